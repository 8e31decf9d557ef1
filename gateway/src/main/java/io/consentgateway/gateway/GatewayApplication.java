package io.consentgateway.gateway;

import io.consentgateway.gateway.audit.AuditVerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@EntityScan(basePackages = {"io.consentgateway.gateway", "io.consentgateway.audit"})
public class GatewayApplication {

    public static void main(String[] args) {
        if (AuditVerifyCommand.matches(args)) {
            System.exit(AuditVerifyCommand.run(GatewayApplication.class, args, System.out));
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
