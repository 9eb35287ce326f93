package com.nashir.comment;

/**
 * A comment turned away by an abuse guard (not by a mistake in its fields, which is an
 * InvalidInputException, nor by closed comments, which is a ConflictException). The message is
 * Arabic and meant for the reader; {@link #reason()} lets each audience pick the HTTP status.
 */
public class CommentRefused extends RuntimeException {

    /** Why: each maps to one HTTP status (see {@link #status()}). */
    public enum Reason {
        /** The hidden field that people never see was filled in. */
        TRAP(400),
        /** The form's token is missing, forged, for another article or too old. */
        STALE_FORM(400),
        /** Posted sooner after the page loaded than a person can write. */
        TOO_FAST(429),
        /** Too many comments from this address, or on this article, in the window. */
        RATE_LIMITED(429),
        /** The address is on the newsroom's blocked list, or the request came from another site. */
        BLOCKED(403);

        private final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;

    public CommentRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status for this refusal (400, 403 or 429). */
    public int status() {
        return reason.status;
    }
}
