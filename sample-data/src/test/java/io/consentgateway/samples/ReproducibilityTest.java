package io.consentgateway.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibilityTest {

    private static final Settings SMALL = Settings.defaults().withCustomers(300);

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        WrittenSamples one = WrittenSamples.write(SampleData.generate(SMALL), first);
        WrittenSamples two = WrittenSamples.write(SampleData.generate(SMALL), second);

        assertThat(two.paths()).isEqualTo(one.paths());
        for (String path : one.paths()) {
            assertThat(two.bytes(path))
                    .as("%s from seed %d", path, SMALL.seed())
                    .isEqualTo(one.bytes(path));
        }
    }

    @Test
    void anotherSeedGivesOtherPeopleAndOtherOrders() {
        SampleSet one = SampleData.generate(SMALL);
        SampleSet other = SampleData.generate(SMALL.withSeed(43));
        SampleWriter writer = new SampleWriter();

        for (String path : new String[] {"web.json", "wechat.json", "taobao.json", "jd.json"}) {
            assertThat(writer.json(other.channelFile(path))).as(path).isNotEqualTo(writer.json(one.channelFile(path)));
        }
        assertThat(other.customers().get(0).mobile())
                .isNotEqualTo(one.customers().get(0).mobile());
    }

    @Test
    void anotherReferenceDateMovesTheOrdersNotThePeople() {
        SampleSet one = SampleData.generate(SMALL);
        SampleSet later = SampleData.generate(
                SMALL.withReferenceDate(SMALL.referenceDate().plusDays(30)));

        assertThat(later.customers().get(5).name())
                .isEqualTo(one.customers().get(5).name());
        assertThat(later.customers().get(5).idNumber())
                .isEqualTo(one.customers().get(5).idNumber());
        assertThat(later.customers())
                .flatExtracting(Customer::orders)
                .allSatisfy(order -> assertThat(order.placedAt().toLocalDate())
                        .isBefore(later.settings().referenceDate()));
    }
}
