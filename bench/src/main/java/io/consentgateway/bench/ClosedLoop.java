package io.consentgateway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: each of N threads sends one request, waits for the whole response, and sends the next, on its
 * own keep-alive connection, until the time is up. Each request picks one of the phase's URLs at random. Any
 * answer other than 2xx, or an I/O failure, is an error; a round with errors is no measurement.
 */
final class ClosedLoop {

    private final int connections;
    private final String authorization;

    ClosedLoop(int connections, String authorization) {
        this.connections = connections;
        this.authorization = authorization;
    }

    LoadRound run(String phase, int round, List<URL> urls, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Latencies> perThread = new ArrayList<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong lastFinish = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections);
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Latencies latencies = new Latencies();
            perThread.add(latencies);
            Thread thread = new Thread(
                    () -> {
                        try {
                            load(urls, deadline, latencies, errors);
                        } finally {
                            lastFinish.accumulateAndGet(System.nanoTime(), Math::max);
                            done.countDown();
                        }
                    },
                    "load-" + phase + "-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(
                    "phase " + phase + " round " + round + ": requests failed " + new TreeMap<>(errors));
        }
        Latencies all = Latencies.merged(perThread);
        return new LoadRound(
                phase,
                round,
                all.size(),
                (lastFinish.get() - started) / 1e9,
                all.percentileMillis(0.50),
                all.percentileMillis(0.99));
    }

    private void load(List<URL> urls, long deadline, Latencies latencies, Map<String, AtomicLong> errors) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline) {
            URL url = urls.get(random.nextInt(urls.size()));
            long sent = System.nanoTime();
            String failure = send(url);
            long latency = System.nanoTime() - sent;
            if (failure == null) {
                latencies.add(latency);
            } else {
                errors.computeIfAbsent(failure, key -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    /** @return null for a 2xx answer, else what went wrong (a status or an exception class, never a body) */
    private String send(URL url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setRequestProperty("Authorization", authorization);
            connection.setRequestProperty("Accept", "application/json");
            int status = connection.getResponseCode();
            // reading the body to its end and closing the stream keeps the connection for the next request
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }
}
