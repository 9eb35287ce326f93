package com.nashir.system;

/**
 * The request clashes with what is stored (a slug already taken, a section still in use).
 * Becomes a 409 naming the field.
 */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
