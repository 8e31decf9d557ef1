package io.consentgateway.bench;

import java.time.Duration;

/** One run of ScaleOutBench: how many gateway instances, with how many Kafka consumers each, took how long. */
record ScaleOutRun(int instances, int consumersPerInstance, int records, Duration elapsed) {

    double recordsPerSecond() {
        return records / (elapsed.toNanos() / 1e9);
    }

    String label() {
        return instances + (instances == 1 ? " instance" : " instances") + ", " + consumersPerInstance
                + (consumersPerInstance == 1 ? " consumer" : " consumers") + " each";
    }
}
