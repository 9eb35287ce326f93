package com.nashir.ops;

import com.nashir.user.ApiTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Operators' side of a node: the gate in front of /actuator (see {@link ActuatorAccess}). */
@Configuration
@ConditionalOnWebApplication
class OpsConfig {

    @Bean
    FilterRegistrationBean<ActuatorAccess> actuatorAccess(
            ApiTokens tokens, @Value("${nashir.metrics.token:}") String metricsToken) {
        var registration = new FilterRegistrationBean<>(new ActuatorAccess(tokens, metricsToken));
        registration.addUrlPatterns(ActuatorAccess.PREFIX, ActuatorAccess.PREFIX + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
