package io.consentgateway.gateway.audit;

import io.consentgateway.audit.chain.ChainReport;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar consent-gateway-exec.jar audit verify}: starts the gateway without its web server against the
 * configured database, verifies the chain, prints the verdict and exits 0 (intact) or 1 (broken). With the embedded
 * PostgreSQL, stop the running gateway first (one server per data directory).
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {}

    public static boolean matches(String[] args) {
        return args.length >= 2 && args[0].equals("audit") && args[1].equals("verify");
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        // quiet by default: the verdict is the output (arguments, unlike defaults, win over application.yaml)
        String[] springArgs = Stream.concat(
                        Stream.of("--logging.level.root=WARN", "--spring.main.log-startup-info=false"),
                        Arrays.stream(args, 2, args.length))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(springArgs)) {
            AuditChainVerification.ChainStatus status =
                    context.getBean(AuditChainVerification.class).verify();
            out.println(describe(status));
            return status.report().intact() ? 0 : 1;
        }
    }

    static String describe(AuditChainVerification.ChainStatus status) {
        ChainReport report = status.report();
        return report.firstBreak()
                .map(found -> "audit chain BROKEN: " + found.describe() + "; " + report.verifiedPositions()
                        + " positions intact before it")
                .orElseGet(() -> "audit chain OK: " + report.verifiedPositions() + " positions, " + report.checkpoints()
                        + " signed checkpoints verified, " + status.pending() + " rows pending");
    }
}
