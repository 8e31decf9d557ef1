package io.consentgateway.gateway.keys;

import io.consentgateway.api.KeysApi;
import io.consentgateway.api.model.KeyRotation;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditContexts;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.system.FieldProblem;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KeysController implements KeysApi {

    private final KeyRotations rotations;
    private final AuditContexts contexts;
    private final AuditTrail trail;

    KeysController(KeyRotations rotations, AuditContexts contexts, AuditTrail trail) {
        this.rotations = rotations;
        this.contexts = contexts;
        this.trail = trail;
    }

    @Override
    public ResponseEntity<KeyRotation> startKeyRotation() {
        KeyRotationStatus started = rotations.start(contexts.forCaller("api", KeyRotations.PURPOSE));
        trail.recordAdmin(
                AuditAction.KEY_ROTATION_STARTED,
                KeyRotations.PURPOSE,
                "rotation " + started.id() + ": " + started.fromKek() + " -> " + started.toKek());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/keys/rotations/" + started.id()))
                .body(toApi(started));
    }

    @Override
    public ResponseEntity<KeyRotation> getKeyRotation(UUID rotationId) {
        return rotations
                .status(rotationId)
                .map(status -> ResponseEntity.ok(toApi(status)))
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "rotationId", "No such key rotation"));
    }

    private static KeyRotation toApi(KeyRotationStatus status) {
        return new KeyRotation()
                .id(status.id())
                .fromKek(status.fromKek())
                .toKek(status.toKek())
                .status(KeyRotation.StatusEnum.fromValue(status.status()))
                .rewrapped(status.rewrapped())
                .requestedBy(status.requestedBy())
                .startedAt(status.startedAt().atOffset(ZoneOffset.UTC))
                .completedAt(
                        status.completedAt() == null
                                ? null
                                : status.completedAt().atOffset(ZoneOffset.UTC));
    }
}
