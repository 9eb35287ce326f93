package com.nashir.admin;

import com.nashir.user.UserRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Security for the newsroom at /admin: form login with a session cookie (HttpOnly,
 * SameSite=Lax, Secure behind HTTPS), CSRF on every form, logout. Only /admin is covered: the
 * public site stays cookie-free and cacheable, and the JSON API uses bearer tokens.
 */
@Configuration
@ConditionalOnWebApplication
class AdminSecurity {

    @Bean
    SecurityFilterChain adminChain(HttpSecurity http, NewsroomLogin login, UserRepository users) throws Exception {
        var failure = new SimpleUrlAuthenticationFailureHandler("/admin/login?error");
        failure.setUseForward(false);
        http.securityMatcher("/admin/**")
                .authenticationProvider(login)
                .authorizeHttpRequests(a -> a.requestMatchers("/admin/login", "/admin/assets/**").permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/admin/login").loginProcessingUrl("/admin/login")
                        .usernameParameter("login").passwordParameter("password")
                        .defaultSuccessUrl("/admin", false).failureHandler(failure).permitAll())
                .logout(l -> l.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?out"))
                .addFilterBefore(new SessionCheck(users), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' https: data: blob:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'")));
        return http.build();
    }
}
