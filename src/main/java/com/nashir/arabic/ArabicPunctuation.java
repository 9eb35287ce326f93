package com.nashir.arabic;

/** Arabic punctuation used when joining text. */
public final class ArabicPunctuation {
    /** Between the items of a list: the Arabic comma and a space ("أ، ب، ج"). */
    public static final String LIST_SEPARATOR = "\u060C ";

    private ArabicPunctuation() {}
}
