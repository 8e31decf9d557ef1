package io.consentgateway.gateway.dsr;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.dsr.*}.
 *
 * @param deadlineWorkingDays working days to answer a request (PIPL asks for timeliness; 15 is the common commitment)
 * @param calendarFile an operator's working-day calendar (holidays and worked weekend days), else the shipped one
 * @param codeValidity how long a one-time verification code is good for
 * @param codeAttempts how many wrong codes end the verification
 */
@ConfigurationProperties("gateway.dsr")
record DsrProperties(
        @DefaultValue("15") int deadlineWorkingDays,
        String calendarFile,
        @DefaultValue("10m") Duration codeValidity,
        @DefaultValue("5") int codeAttempts) {}
