package com.nashir.backup;

/** A restore that would not be safe or cannot be done, with the reason for the operator. */
public class RestoreRefused extends RuntimeException {
    public RestoreRefused(String message) {
        super(message);
    }
}
