package com.nashir.wordpress;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link RestRouteFilter} in front of the application (after the page cache, which skips its
 * addresses), and {@link WpDiscoveryFilter} before the page cache.
 */
@Configuration
class WordPressConfig {

    @Bean
    FilterRegistrationBean<RestRouteFilter> restRouteFilter(WpResponses responses) {
        var registration = new FilterRegistrationBean<>(new RestRouteFilter(responses));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<WpDiscoveryFilter> wpDiscoveryFilter(com.nashir.address.SiteAddress address) {
        var registration = new FilterRegistrationBean<>(new WpDiscoveryFilter(address));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
