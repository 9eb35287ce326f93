package com.nashir.wpimport;

import com.nashir.arabic.ArabicPunctuation;
import com.nashir.system.InvalidInputException;

/** The person-readable reason of a refusal from a feature service, for the report. */
final class Problems {
    private Problems() {}

    static String message(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return String.join(
                    ArabicPunctuation.CLAUSE_SEPARATOR,
                    invalid.errors().stream()
                            .map(InvalidInputException.FieldError::message)
                            .distinct()
                            .toList());
        }
        return e.getMessage();
    }
}
