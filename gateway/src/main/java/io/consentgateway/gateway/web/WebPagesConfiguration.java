package io.consentgateway.gateway.web;

import io.consentgateway.gateway.security.KeycloakProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the console at /console/ and the portal at /privacy/ (static files under classpath:/static). */
@Configuration(proxyBeanMethods = false)
class WebPagesConfiguration implements WebMvcConfigurer {

    static final String[] PAGES = {"/console", "/privacy"};

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : PAGES) {
            registry.addRedirectViewController(page, page + "/");
            registry.addViewController(page + "/").setViewName("forward:" + page + "/index.html");
        }
    }

    @Bean
    FilterRegistrationBean<PageSecurityHeaders> pageSecurityHeaders(KeycloakProperties keycloak) {
        FilterRegistrationBean<PageSecurityHeaders> registration =
                new FilterRegistrationBean<>(new PageSecurityHeaders(PageSecurityHeaders.keycloakOrigin(keycloak)));
        registration.addUrlPatterns("/", "/index.html", "/console/*", "/privacy/*", "/assets/*");
        return registration;
    }
}
