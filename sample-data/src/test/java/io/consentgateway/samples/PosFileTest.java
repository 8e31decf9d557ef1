package io.consentgateway.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PosFileTest {

    private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SampleSet set = SampleData.generate(Settings.defaults());

    @Test
    void severalStoresDropSeveralFiles() {
        assertThat(set.posFiles().stream().map(PosFile::storeCode).distinct()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(set.posFiles().stream().map(PosFile::dropDate).distinct()).hasSizeGreaterThan(5);
    }

    @Test
    void everyRowHasTheHeadersColumnsExceptTheDeclaredShortRows() {
        for (PosFile file : set.posFiles()) {
            List<String> lines = file.csv().lines().toList();
            assertThat(lines.get(0)).isEqualTo(PosFile.HEADER);
            assertThat(lines).as(file.path()).hasSize(file.recordCount() + 1);
            Set<String> shortRows = Set.copyOf(file.cases().get(CaseKind.SHORT_CSV_ROW));
            for (String line : lines.subList(1, lines.size())) {
                List<String> fields = WrittenSamples.csvFields(line);
                assertThat(fields)
                        .as("%s %s", file.path(), fields.get(1))
                        .hasSize(shortRows.contains(fields.get(1)) ? 6 : 8);
                assertThat(fields.get(0)).isEqualTo(file.storeCode());
            }
        }
    }

    @Test
    void amountsHaveTwoDecimalsExceptTheDeclaredMalformedOnes() {
        for (PosFile file : set.posFiles()) {
            Set<String> malformed = Set.copyOf(file.cases().get(CaseKind.MALFORMED_AMOUNT));
            file.csv().lines().skip(1).map(WrittenSamples::csvFields).forEach(fields -> {
                if (malformed.contains(fields.get(1))) {
                    assertThat(fields.get(4)).matches("[0-9]+,[0-9]元");
                } else {
                    assertThat(fields.get(4)).matches("[0-9]+\\.[0-9]{2}");
                }
                assertThat(fields.get(5)).matches("[0-9]+\\.[0-9]{2}");
            });
        }
    }

    @Test
    void salesArePaidInBeijingTimeBeforeTheFileIsDropped() {
        LocalDate reference = set.settings().referenceDate();
        for (PosFile file : set.posFiles()) {
            assertThat(file.dropDate()).isBeforeOrEqualTo(reference);
            file.csv()
                    .lines()
                    .skip(1)
                    .map(WrittenSamples::csvFields)
                    .filter(f -> f.size() == 8)
                    .forEach(fields -> {
                        LocalDateTime paidAt = LocalDateTime.parse(fields.get(6), PAID_AT);
                        assertThat(paidAt.toLocalDate())
                                .isBeforeOrEqualTo(file.dropDate())
                                .isAfter(file.dropDate().minusMonths(1).minusDays(1));
                        assertThat(Catalogue.CATEGORIES).contains(fields.get(7));
                    });
        }
    }
}
