package com.nashir.testing;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * For controller slice tests ({@code @WebMvcTest}): every view name resolves to a view that
 * writes nothing, so a test asserts the view's name and its model (as spring-petclinic's
 * controller tests do) without rendering a template. The templates are covered by the
 * integration tests, which render whole pages. Redirects are left to Spring.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ViewNamesOnly {

    @Bean
    ViewResolver viewNamesOnly() {
        return new NothingResolver();
    }

    /** First in line, so Spring's fallback never tries to forward to a view named like the request ("/search" → "search"). */
    private static final class NothingResolver implements ViewResolver, Ordered {
        private static final View NOTHING = new View() {
            @Override
            public String getContentType() {
                return "text/html";
            }

            @Override
            public void render(
                    Map<String, ?> model,
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) {}
        };

        @Override
        public View resolveViewName(String name, Locale locale) {
            return name.startsWith("redirect:") || name.startsWith("forward:") ? null : NOTHING;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
