package io.consentgateway.gateway.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The rows of ../shared/PIPL.md a test proves, by row id as in {@code pipl/articles.yaml} (e.g. {@code "15"},
 * {@code "38-40"}, {@code "CSL-21"}). Tagged {@code pipl}: {@code -Dgroups=pipl} runs the conformance tests alone,
 * and every run writes {@code target/pipl-conformance.md}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag("pipl")
public @interface Article {
    String[] value();
}
