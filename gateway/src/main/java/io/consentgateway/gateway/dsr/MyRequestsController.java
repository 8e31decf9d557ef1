package io.consentgateway.gateway.dsr;

import io.consentgateway.api.MyRequestsApi;
import io.consentgateway.api.model.DataSubjectRequest;
import io.consentgateway.api.model.NewRequest;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.subject.CustomerAccounts;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.dsr.RequestKind;
import io.consentgateway.policies.dsr.RequestState;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's own requests (PIPL Art. 50: a convenient way to exercise the rights). The subject is always the one
 * bound to the signed-in account; a request id of someone else's request is simply not found.
 */
@RestController
class MyRequestsController implements MyRequestsApi {

    private final CurrentCaller caller;
    private final CustomerAccounts accounts;
    private final DataSubjectRequests requests;
    private final RequestViews views;
    private final SubjectExports exports;

    MyRequestsController(
            CurrentCaller caller,
            CustomerAccounts accounts,
            DataSubjectRequests requests,
            RequestViews views,
            SubjectExports exports) {
        this.caller = caller;
        this.accounts = accounts;
        this.requests = requests;
        this.views = views;
        this.exports = exports;
    }

    @Override
    public ResponseEntity<DataSubjectRequest> fileMyRequest(NewRequest asked) {
        UUID me = accounts.subjectOf(caller.name());
        RequestKind kind = RequestIntake.kind(asked.getKind());
        RequestDetails details =
                RequestIntake.details(kind, asked.getPurpose(), asked.getCorrections(), asked.getMessage());
        DsrRequest filed = requests.file(me, kind, details, caller.name());
        return ResponseEntity.created(URI.create("/api/v1/me/requests/" + filed.id()))
                .body(views.toApi(filed, true));
    }

    @Override
    public ResponseEntity<List<DataSubjectRequest>> listMyRequests() {
        UUID me = accounts.subjectOf(caller.name());
        return ResponseEntity.ok(requests.of(me).stream()
                .map(request -> views.toApi(request, true))
                .toList());
    }

    @Override
    public ResponseEntity<DataSubjectRequest> getMyRequest(UUID requestId) {
        return ResponseEntity.ok(views.toApi(mine(requestId), true));
    }

    @Override
    public ResponseEntity<Resource> downloadMyExport(UUID requestId) {
        DsrRequest request = mine(requestId);
        boolean exportable = request.kind() == RequestKind.ACCESS || request.kind() == RequestKind.EXPORT;
        if (!exportable || request.state() != RequestState.COMPLETED) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT, "requestId", "Only a completed access or export request has a download");
        }
        byte[] zip = exports.download(request.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("my-data.zip")
                                .build()
                                .toString())
                .body(new ByteArrayResource(zip));
    }

    private DsrRequest mine(UUID requestId) {
        UUID me = accounts.subjectOf(caller.name());
        return requests.get(requestId)
                .filter(request -> request.subjectId().equals(me))
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "requestId", "No such request"));
    }
}
