package com.nashir.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ApiConfig {

    @Bean
    FilterRegistrationBean<ApiAuthFilter> apiAuthFilter(ApiTokens tokens) {
        var registration = new FilterRegistrationBean<>(new ApiAuthFilter(tokens));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
