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
