package io.consentgateway.gateway.dsr;

import io.consentgateway.api.model.DataSubjectRequest;
import io.consentgateway.api.model.DataSubjectRequestRefusal;
import io.consentgateway.api.model.RequestKind;
import io.consentgateway.policies.dsr.RequestState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A request as the API shows it, with deadline, overdue flag, refusal reasons and where to fetch results. */
@Component
class RequestViews {

    private final DataSubjectRequests requests;
    private final SubjectExports exports;
    private final Clock clock;

    RequestViews(DataSubjectRequests requests, SubjectExports exports, Clock clock) {
        this.requests = requests;
        this.exports = exports;
        this.clock = clock;
    }

    DataSubjectRequest toApi(DsrRequest request, boolean forCustomer) {
        Instant now = clock.instant();
        DataSubjectRequest view = new DataSubjectRequest(
                        request.id(),
                        RequestKind.fromValue(request.kind().code()),
                        DataSubjectRequest.StateEnum.fromValue(request.state().code()),
                        request.channel(),
                        request.receivedAt().atOffset(ZoneOffset.UTC),
                        request.dueAt().atOffset(ZoneOffset.UTC),
                        requests.overdue(request, now))
                .outcome(request.outcome());
        if (!forCustomer) {
            view.subjectId(request.subjectId());
        }
        exports.progress(request.id()).ifPresent(view::progress);
        if (request.completedAt() != null) {
            view.completedAt(request.completedAt().atOffset(ZoneOffset.UTC));
        }
        if (request.state() == RequestState.REFUSED) {
            view.refusal(new DataSubjectRequestRefusal(request.refusalCode(), request.refusalText()));
        }
        Map<String, String> links = new LinkedHashMap<>();
        if (request.state() == RequestState.COMPLETED) {
            switch (request.kind()) {
                case ACCESS, EXPORT -> links.put("export", "/api/v1/me/requests/" + request.id() + "/export");
                case DELETE -> links.put("certificate", "/api/v1/dsr/requests/" + request.id() + "/certificate");
                default -> {}
            }
        }
        view.setLinks(links.isEmpty() ? null : links);
        return view;
    }
}
