package com.nashir.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Where {@link InputText} is applied to what HTTP clients send: every string in a JSON body (the
 * API) and every request parameter (the newsroom's forms, readers' comments, searches). The
 * WordPress import applies it in its reader ({@code wpimport/WxrReader}). Features then never see
 * a control character, a lone surrogate or an unbalanced bidi override.
 */
@Configuration
public class InputTextBoundary {

    /** JSON: every string value, wherever it sits in the body. */
    @Bean
    JsonMapperBuilderCustomizer inputTextStrings() {
        SimpleModule module = new SimpleModule("nashir-input-text");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                return InputText.clean(super.deserialize(p, ctxt));
            }
        });
        return builder -> builder.addModule(module);
    }

    /** Parameters: query strings and form bodies, after the body limit and before anything reads them. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> inputTextParameters() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new CleanParameters(request), response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static final class CleanParameters extends HttpServletRequestWrapper {
        private Map<String, String[]> cleaned;

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (cleaned == null) {
                Map<String, String[]> map = new LinkedHashMap<>();
                super.getParameterMap().forEach((k, v) -> {
                    String[] copy = new String[v.length];
                    for (int i = 0; i < v.length; i++) {
                        copy[i] = InputText.clean(v[i]);
                    }
                    map.put(InputText.clean(k), copy);
                });
                cleaned = java.util.Collections.unmodifiableMap(map);
            }
            return cleaned;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }
    }
}
