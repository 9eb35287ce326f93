package com.nashir.admin;

import com.nashir.user.User;
import com.nashir.user.UserRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks the account on every admin request: a disabled account, a changed role or a reset
 * password ends the session at once, not when it times out.
 */
class SessionCheck extends OncePerRequestFilter {
    private final UserRepository users;

    SessionCheck(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedIn signedIn) {
            Optional<User> user = users.findById(signedIn.userId());
            boolean stale = user.isEmpty()
                    || !user.get().enabled()
                    || user.get().role() != signedIn.role()
                    || user.get().passwordChangedAt().isAfter(signedIn.signedInAt());
            if (stale) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect("/admin/login?ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
