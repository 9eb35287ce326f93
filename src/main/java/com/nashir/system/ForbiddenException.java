package com.nashir.system;

/**
 * The caller is known but may not do this. Carries the least role that may (in its wire name,
 * e.g. "editor"), so a 403 can say what it needs.
 */
public class ForbiddenException extends RuntimeException {
    private final String requiredRole;

    public ForbiddenException(String requiredRole, String message) {
        super(message);
        this.requiredRole = requiredRole;
    }

    public String requiredRole() {
        return requiredRole;
    }
}
