package com.nashir.web;

import com.nashir.system.Messages;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@Configuration
@EnableConfigurationProperties(PageCacheSettings.class)
class WebConfig implements WebMvcConfigurer {

    /**
     * Every answer is in the site's language ({@link Messages#LOCALE}), whatever the reader's browser prefers:
     * Spring MVC's default took the language from {@code Accept-Language} and declared an Arabic page in it
     * ("Content-Language: en-US"). Cached pages say the same ({@link CachedPageWriter}).
     */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Messages.LOCALE);
    }

    /** Renders and stores pages; second in the chain, after WordPress's discovery header (which cached pages then carry). */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCache cache, PageCacheSettings settings, CachedPageWriter writer) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, settings, writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** First: every answer, error pages included, carries the security headers. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeadersFilter(SecurityHeaders headers) {
        var registration = new FilterRegistrationBean<>(headers);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(SecurityHeaders.dispatches()[0], SecurityHeaders.dispatches()[1]);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Inside the page cache: a cached page is stored with its digits already written (see the filter). */
    @Bean
    FilterRegistrationBean<EasternDigitsFilter> easternDigitsFilter(com.nashir.site.SiteSettingsStore site) {
        var registration = new FilterRegistrationBean<>(new EasternDigitsFilter(site));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** After the page cache: a page that is rendered holds one pooled connection for all its statements. */
    @Bean
    FilterRegistrationBean<OneConnectionPerPage> oneConnectionPerPage(javax.sql.DataSource dataSource) {
        var registration = new FilterRegistrationBean<>(new OneConnectionPerPage(dataSource));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Fresh cached pages are answered by a valve in Tomcat's engine, before any filter. Ordered
     * last among the factory's customizers: Spring Boot's own adds the forwarded-header valve, which
     * must run first.
     */
    @Bean
    @org.springframework.core.annotation.Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> cachedPageValve(
            PageCache cache, PageCacheSettings settings, CachedPageWriter writer) {
        return factory -> factory.addEngineValves(new CachedPageValve(cache, writer, settings));
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Asset URLs carry a content hash (see Assets), so they never change: cache for a year.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        // Third-party browser code, vendored with its version in the path (see docs/newsroom.md: the editor).
        registry.addResourceHandler("/vendor/**")
                .addResourceLocations("classpath:/static/vendor/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        // Web fonts, their version in the path (see static/fonts/README.txt): cache for a year.
        registry.addResourceHandler("/fonts/**")
                .addResourceLocations("classpath:/static/fonts/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/demo/**")
                .addResourceLocations("classpath:/static/demo/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
        registry.addResourceHandler("/favicon.svg")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
