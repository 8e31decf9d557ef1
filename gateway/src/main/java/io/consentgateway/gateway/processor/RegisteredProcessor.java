package io.consentgateway.gateway.processor;

import io.consentgateway.policies.processor.ProcessorContract;
import java.util.Optional;

/** A processor in the registry: its contract and, once given, its deletion confirmation. */
record RegisteredProcessor(ProcessorContract contract, Optional<DeletionConfirmationRecord> confirmation) {}
