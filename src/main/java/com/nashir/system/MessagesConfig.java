package com.nashir.system;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes {@link Messages}' bundle as the context's {@code messageSource}: one bundle, one instance. */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {
    @Bean
    MessageSource messageSource() {
        return Messages.source();
    }
}
