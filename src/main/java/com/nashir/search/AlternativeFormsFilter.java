package com.nashir.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps each token and adds other forms of it at the same position (same offsets), so both the
 * word as written and, say, the word without a prefix match; a query analyzed the same way
 * becomes a synonym query over both.
 */
final class AlternativeFormsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Function<String, List<String>> alternatives;
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State original;

    AlternativeFormsFilter(TokenStream input, Function<String, List<String>> alternatives) {
        super(input);
        this.alternatives = alternatives;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(original);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        for (String alt : alternatives.apply(word)) {
            if (!alt.equals(word) && !alt.isEmpty() && !pending.contains(alt)) {
                pending.add(alt);
            }
        }
        if (!pending.isEmpty()) {
            original = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        original = null;
    }
}
