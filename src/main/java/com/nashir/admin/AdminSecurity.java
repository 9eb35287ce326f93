package com.nashir.admin;

import com.nashir.setup.SiteSetup;
import com.nashir.user.UserRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Security for the newsroom at /admin: form login with a session cookie (HttpOnly,
 * SameSite=Lax, Secure behind HTTPS), CSRF on every form, logout. Only /admin is covered: the
 * public site stays cookie-free and cacheable, and the JSON API uses bearer tokens. On a new site
 * with no account yet, a newsroom address leads to the setup page instead of the login.
 */
@Configuration
@ConditionalOnWebApplication
class AdminSecurity {

    /**
     * Spring Security's own observations off: they wrapped every request's pass through the filter
     * chains, public pages included (which no chain here secures), in three observations: 2.7 % of
     * an uncached article's time (docs/performance.md). Requests stay measured by Spring MVC's
     * {@code http.server.requests}; failed logins are logged and audited.
     */
    /**
     * Spring Session's filter only where sessions live: the newsroom ({@code /admin}). Public pages,
     * feeds and the APIs never open one, and its request and response wrappers cost 1.7 % of an
     * uncached article's time (docs/performance.md).
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor sessionsOnlyInTheNewsroom() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if ("sessionRepositoryFilterRegistration".equals(name)
                        && bean instanceof org.springframework.boot.web.servlet.AbstractFilterRegistrationBean<?> r) {
                    r.setUrlPatterns(java.util.List.of("/admin/*"));
                }
                return bean;
            }
        };
    }

    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain adminChain(HttpSecurity http, NewsroomLogin login, UserRepository users, SiteSetup setup)
            throws Exception {
        var failure = new SimpleUrlAuthenticationFailureHandler("/admin/login?error");
        failure.setUseForward(false);
        var toLogin = new LoginUrlAuthenticationEntryPoint("/admin/login");
        http.securityMatcher("/admin/**")
                // This provider alone, with no parent manager: Spring Boot also registers the provider bean in the
                // global manager, which asked it a second time after every failure (two counts, two audit rows).
                .authenticationManager(new org.springframework.security.authentication.ProviderManager(login))
                .authorizeHttpRequests(a -> a.requestMatchers("/admin/login", SetupController.PATH, "/admin/assets/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, denied) -> {
                    if (setup.open()) {
                        response.sendRedirect(SetupController.PATH);
                    } else {
                        toLogin.commence(request, response, denied);
                    }
                }))
                .formLogin(f -> f.loginPage("/admin/login")
                        .loginProcessingUrl("/admin/login")
                        .usernameParameter("login")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/admin", false)
                        .failureHandler(failure)
                        .permitAll())
                .logout(l -> l.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?out"))
                .addFilterBefore(new SessionCheck(users), AuthorizationFilter.class)
                .headers(
                        h -> h.contentSecurityPolicy(
                                c -> c.policyDirectives(
                                        "default-src 'self'; img-src 'self' https: data: blob:; style-src 'self' 'unsafe-inline'; "
                                                + "script-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'")));
        return http.build();
    }
}
