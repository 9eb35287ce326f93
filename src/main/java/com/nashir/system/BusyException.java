package com.nashir.system;

/**
 * The node cannot take this piece of work now (its memory budget for it is in use): answered 503
 * with {@code Retry-After} by the API, 503 with the error page in the newsroom; never as the caller's mistake.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE)
public class BusyException extends RuntimeException {
    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
