package io.consentgateway.bench;

import io.consentgateway.gateway.GatewayApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway itself, without its web server (or with it, on a free loopback port), on a fresh embedded PostgreSQL
 * under {@code bench/target/<kind>-*}; and the benches' command-line options.
 */
final class BenchGateway {

    private BenchGateway() {}

    static ConfigurableApplicationContext start(String kind, String... settings) throws IOException {
        return start(kind, WebApplicationType.NONE, settings);
    }

    /** With its servlet web server on a free port of the loopback address: {@link #port} says which. */
    static ConfigurableApplicationContext startServing(String kind, String... settings) throws IOException {
        List<String> serving = new ArrayList<>(List.of("--server.port=0"));
        serving.addAll(List.of(settings));
        return start(kind, WebApplicationType.SERVLET, serving.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext gateway) {
        return gateway.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static ConfigurableApplicationContext start(String kind, WebApplicationType web, String... settings)
            throws IOException {
        Path data = Files.createTempDirectory(Path.of("bench", "target"), kind + "-");
        System.err.printf(
                "Starting the gateway (%s) on %s%n",
                web == WebApplicationType.NONE ? "no web server" : "web server on loopback", data);
        List<String> arguments = new ArrayList<>(List.of(
                "--gateway.data-dir=" + data.toAbsolutePath(),
                "--gateway.keys.password=bench-only",
                "--logging.level.root=WARN",
                "--logging.structured.format.console=",
                "--spring.main.log-startup-info=false"));
        arguments.addAll(List.of(settings));
        // as command-line arguments: they must win over application.yaml
        return new SpringApplicationBuilder(GatewayApplication.class).web(web).run(arguments.toArray(String[]::new));
    }

    /** The gateway's executable jar, as the package phase builds it (the benches run from the repository root). */
    static Path executableJar() {
        Path jar = Path.of(System.getProperty("bench.gateway.jar", "gateway/target/consent-gateway-exec.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -pl bench -am package");
        }
        return jar;
    }

    /**
     * The load average after a run whose processes the bench started itself: they are not under its own CPU-time
     * watch, so a machine shared with other work is only visible here.
     */
    static void printLoad() {
        MachineFacts machine = MachineFacts.probe();
        String[] averages = machine.loadAverage().split(" ");
        boolean crowded = averages.length == 3 && Double.parseDouble(averages[1]) > machine.processors();
        System.out.printf(
                "Load average (1, 5, 15 min) at the end: %s on %d cores%s%n",
                machine.loadAverage(),
                machine.processors(),
                crowded ? ": other work competed for the CPU, the figures are noisier than they look" : "");
    }

    /** {@code --name value} from the command line, else the default. */
    static String textOption(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    /** {@code --quick} on the command line: the suite's short mode, a first look in minutes. */
    static boolean quick(String[] args) {
        return List.of(args).contains("--quick");
    }

    /** {@code --name N} from the command line (underscores and commas allowed: 1_000_000), else the default. */
    static int option(String[] args, String name, int otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return otherwise;
    }
}
