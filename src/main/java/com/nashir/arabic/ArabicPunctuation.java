package com.nashir.arabic;

/** Arabic punctuation used when joining text. */
public final class ArabicPunctuation {
    /** Between the items of a list: the Arabic comma and a space ("أ، ب، ج"). */
    public static final String LIST_SEPARATOR = "\u060C ";

    /** Between clauses or whole messages: the Arabic semicolon and a space ("أ؛ ب"). */
    public static final String CLAUSE_SEPARATOR = "\u061B ";

    /** A regular expression for the commas people type between list items: the Latin or the Arabic one. */
    public static final String ANY_COMMA = "[,\u060C]";

    private ArabicPunctuation() {}
}
