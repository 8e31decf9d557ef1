package io.consentgateway.gateway.report;

import io.consentgateway.api.ReportsApi;
import io.consentgateway.api.model.ActivityReport;
import io.consentgateway.api.model.ConsentCoverage;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportsController implements ReportsApi {

    private final ConsentCoverageReport coverage;
    private final DailyActivityReport activity;

    ReportsController(ConsentCoverageReport coverage, DailyActivityReport activity) {
        this.coverage = coverage;
        this.activity = activity;
    }

    @Override
    public ResponseEntity<ConsentCoverage> getConsentCoverage() {
        return ResponseEntity.ok(coverage.now());
    }

    @Override
    public ResponseEntity<ActivityReport> getActivityReport(LocalDate from, LocalDate to) {
        return ResponseEntity.ok(activity.over(ReportRange.requested(from, to, activity.today())));
    }
}
