package com.nashir.api;

import com.nashir.access.Actor;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class ApiConfig implements WebMvcConfigurer {

    /** Controllers take the caller as an {@link Actor} parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer mav,
                    NativeWebRequest request,
                    WebDataBinderFactory binderFactory) {
                Object actor = request.getAttribute(ApiAuthFilter.CALLER, RequestAttributes.SCOPE_REQUEST);
                if (actor == null) {
                    throw new IllegalStateException("no API caller on this request");
                }
                return actor;
            }
        });
    }

    @Bean
    FilterRegistrationBean<ApiAuthFilter> apiAuthFilter(com.nashir.user.ApiTokens tokens) {
        var registration = new FilterRegistrationBean<>(new ApiAuthFilter(tokens));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
