package com.nashir.admin;

import com.nashir.setup.SiteSetup.SetupInput;

/**
 * The setup page's form as typed, to fill it in again when something must be corrected. The
 * passwords are never sent back to the page.
 */
public record SetupForm(
        String code, String siteName, String displayName, String email, String password, String passwordAgain) {

    static SetupForm initial(String siteName) {
        return new SetupForm("", siteName, "", "", "", "");
    }

    SetupInput toInput() {
        return new SetupInput(code, siteName, displayName, email, password, passwordAgain);
    }

    /** The same fields without the passwords, for showing the form again. */
    SetupForm withoutPasswords() {
        return new SetupForm(text(code), text(siteName), text(displayName), text(email), "", "");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
