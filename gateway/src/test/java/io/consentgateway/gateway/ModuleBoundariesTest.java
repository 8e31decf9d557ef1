package io.consentgateway.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.consentgateway.policies.consent.ConsentDecision;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module dependencies go one way: openapi, policies and sample-data depend on nothing of ours; audit on policies;
 * routes on policies and audit; gateway on all. policies stays plain Java. sample-data is for tests and the bench:
 * no production code uses it.
 */
class ModuleBoundariesTest {

    private static final String POLICIES = "io.consentgateway.policies..";
    private static final String AUDIT = "io.consentgateway.audit..";
    private static final String ROUTES = "io.consentgateway.routes..";
    private static final String GATEWAY = "io.consentgateway.gateway..";
    private static final String API = "io.consentgateway.api..";
    private static final String CLIENT = "io.consentgateway.client..";
    private static final String SAMPLES = "io.consentgateway.samples..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.consentgateway");
    }

    @Test
    void policiesIsPlainJavaWithoutFrameworks() {
        noClasses()
                .that()
                .resideInAPackage(POLICIES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.camel..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "org.apache.shiro..",
                        "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void policiesDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage(POLICIES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(AUDIT, ROUTES, GATEWAY, API, CLIENT, SAMPLES)
                .check(classes);
    }

    @Test
    void openapiDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAnyPackage(API, CLIENT)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(POLICIES, AUDIT, ROUTES, GATEWAY)
                .check(classes);
    }

    @Test
    void sampleDataDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage(SAMPLES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(POLICIES, AUDIT, ROUTES, GATEWAY, API, CLIENT)
                .check(classes);
    }

    @Test
    void noProductionCodeUsesSampleData() {
        noClasses()
                .that()
                .resideInAnyPackage(POLICIES, AUDIT, ROUTES, GATEWAY, API, CLIENT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(SAMPLES)
                .check(classes);
    }

    @Test
    void auditDependsOnlyOnPolicies() {
        noClasses()
                .that()
                .resideInAPackage(AUDIT)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROUTES, GATEWAY, API, CLIENT)
                .check(classes);
    }

    @Test
    void routesDependOnlyOnPoliciesAndAudit() {
        noClasses()
                .that()
                .resideInAPackage(ROUTES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(GATEWAY, API, CLIENT, "org.springframework..")
                .check(classes);
    }

    // PIPL Art. 13: one function decides whether processing has a lawful basis; nobody else may say "allowed".
    @Test
    void onlyThePoliciesConsentPackageMakesAnAllowedDecision() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.consentgateway.policies.consent..")
                .should()
                .callConstructor(ConsentDecision.Allowed.class, Set.class)
                .check(classes);
    }

    @Test
    void onlyTheConsentFeatureTouchesTheConsentLedgerTables() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.consentgateway.gateway.consent..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("ConsentEvent")
                .check(classes);
    }

    @Test
    void onlyTheKeysFeatureTouchesCipherPrimitives() {
        noClasses()
                .that()
                .resideInAPackage(GATEWAY)
                .and()
                .resideOutsideOfPackage("io.consentgateway.gateway.keys..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.crypto..")
                .check(classes);
    }
}
