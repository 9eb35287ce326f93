package com.nashir.search;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces each token by what a word rule (one of the {@code arabic/} functions) makes of it. */
final class WordMappingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final UnaryOperator<String> rule;

    WordMappingFilter(TokenStream input, UnaryOperator<String> rule) {
        super(input);
        this.rule = rule;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String before = term.toString();
            String after = rule.apply(before);
            if (!after.equals(before)) {
                term.setEmpty().append(after);
            }
        }
        return true;
    }
}
