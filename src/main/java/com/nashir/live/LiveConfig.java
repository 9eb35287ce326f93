package com.nashir.live;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live "عاجل" stream's servlet: outside Spring MVC and the page cache (which lets {@code /live/}
 * pass, see {@code web/CachedPageWriter}); its connection leaves HTTP (see {@link LiveClient}).
 */
@Configuration
class LiveConfig {

    @Bean
    ServletRegistrationBean<LiveBreakingServlet> liveBreakingServlet(LiveBreakingHub hub, LiveStreamLimits limits) {
        var registration =
                new ServletRegistrationBean<>(new LiveBreakingServlet(hub, limits), LiveBreakingServlet.PATH);
        registration.setName("liveBreaking");
        return registration;
    }
}
