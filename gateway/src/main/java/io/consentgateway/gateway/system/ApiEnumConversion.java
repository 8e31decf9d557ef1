package io.consentgateway.gateway.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query and path parameters arrive as the spec spells enum values ({@code view=full}); the generated enums carry
 * that spelling in {@code fromValue}, which plain enum conversion ({@code FULL}) does not know.
 */
@Configuration(proxyBeanMethods = false)
class ApiEnumConversion implements WebMvcConfigurer {

    private static final String API_PACKAGE = "io.consentgateway.api.model";

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new SpecSpelling());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SpecSpelling implements ConverterFactory<String, Enum> {
        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            if (!type.getPackageName().equals(API_PACKAGE)) {
                return value -> (T) Enum.valueOf(type, value.strip());
            }
            return value -> {
                try {
                    Method fromValue = type.getMethod("fromValue", String.class);
                    return (T) fromValue.invoke(null, value.strip());
                } catch (InvocationTargetException e) {
                    throw new IllegalArgumentException("not one of the values the spec allows", e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("generated enum without fromValue: " + type.getName(), e);
                }
            };
        }
    }
}
