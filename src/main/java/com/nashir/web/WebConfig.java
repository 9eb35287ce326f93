package com.nashir.web;

import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class WebConfig implements WebMvcConfigurer {

    /** First in the chain, so a cache hit costs as little as possible. */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
        // Second: WordPress's discovery header goes on first, so cached pages carry it.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The live "عاجل" stream: asynchronous, outside Spring MVC and the page cache. */
    @Bean
    ServletRegistrationBean<LiveBreakingServlet> liveBreakingServlet(LiveBreakingHub hub, LiveStreamLimits limits) {
        var registration = new ServletRegistrationBean<>(new LiveBreakingServlet(hub, limits), LiveBreakingServlet.PATH);
        registration.setAsyncSupported(true);
        registration.setName("liveBreaking");
        return registration;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Asset URLs carry a content hash (see Assets), so they never change: cache for a year.
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        // Third-party browser code, vendored with its version in the path (see README: the editor).
        registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/demo/**").addResourceLocations("classpath:/static/demo/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
