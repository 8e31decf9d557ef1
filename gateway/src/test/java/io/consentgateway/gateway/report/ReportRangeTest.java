package io.consentgateway.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consentgateway.gateway.system.FieldProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void withoutDatesTheRangeIsTheThirtyDaysEndingToday() {
        ReportRange range = ReportRange.requested(null, null, TODAY);

        assertThat(range).isEqualTo(new ReportRange(LocalDate.of(2026, 1, 31), TODAY));
        assertThat(range.days())
                .hasSize(30)
                .startsWith(LocalDate.of(2026, 1, 31))
                .endsWith(TODAY);
    }

    @Test
    void withOnlyAnEndTheRangeIsTheThirtyDaysEndingThen() {
        assertThat(ReportRange.requested(null, LocalDate.of(2024, 3, 1), TODAY).from())
                .isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void aLeapYearFitsButOneDayMoreIsRefusedNamingFrom() {
        assertThat(new ReportRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).days())
                .hasSize(366);
        assertThatThrownBy(() -> new ReportRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("from"));
    }

    @Test
    void aStartAfterTheEndIsRefusedNamingFrom() {
        assertThatThrownBy(() -> ReportRange.requested(TODAY.plusDays(1), null, TODAY))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("from"));
    }

    @Test
    void aSingleDayIsARange() {
        assertThat(new ReportRange(TODAY, TODAY).days()).containsExactly(TODAY);
    }

    @Test
    void aDateBeyondYear9999IsRefusedNamingItsParameter() {
        assertThatThrownBy(() -> ReportRange.requested(null, LocalDate.of(10_000, 1, 1), TODAY))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("to"));
    }
}
