package com.nashir.system;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors so a request reports all its mistakes at once, then fails before any write. */
public final class Validation {
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new InvalidInputException.FieldError(field, message));
        }
        return this;
    }

    public Validation add(String field, String message) {
        return require(false, field, message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A single check: throws at once when it fails. */
    public static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidInputException(field, message);
        }
    }

    /** True when the text has something other than white space. */
    public static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
