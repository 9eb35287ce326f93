package com.nashir.admin;

/**
 * The "new account" form as typed, to fill it in again when something must be corrected. The
 * password is never sent back to the page; an empty one means "generate one".
 */
public record UserForm(String username, String email, String displayName, String role, String password) {

    static UserForm empty() {
        return new UserForm("", "", "", "writer", "");
    }

    /** The same fields without the password, for showing the form again. */
    UserForm withoutPassword() {
        return new UserForm(text(username), text(email), text(displayName), role == null ? "writer" : role, "");
    }

    boolean generatePassword() {
        return password == null || password.isEmpty();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
