package com.nashir.system;

import java.util.List;

/**
 * Input that breaks a content rule. Features throw it with the offending field and an
 * Arabic message for humans; the API turns it into a 400 problem+json, the public site
 * into a message on the form. Thrown before anything is written.
 */
public class InvalidInputException extends RuntimeException {

    /** One offending field, named as the caller sent it (e.g. "featuredImage.url"). */
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one field error is required");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
