package com.nashir.search;

import com.nashir.arabic.ArabicSearchForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a reader types, turned into a Lucene query. The syntax is small and cannot fail: words
 * (all required), "exact phrases", OR (also written أو or |) between alternatives, and -word to
 * exclude. Every other character (* ~ : \ ( ) and the like) is plain text, which the analyzer
 * drops, so no input is a syntax error.
 */
final class QueryText {
    private static final int FLAGS = SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    private QueryText() {}

    /** Control and format characters become spaces; runs of space become one; ends trimmed. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 4096));
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int type = Character.getType(c);
            // Zero-width non-joiner is part of some spellings; other format characters (bidi marks) are noise.
            boolean blank = Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || (type == Character.FORMAT && c != '\u200C');
            if (blank) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** OR, أو and او standing alone become the parser's "|". */
    static String withOperators(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.split(" ")) {
            out.add(word.equals("OR") || ArabicSearchForms.isOr(word) ? "|" : word);
        }
        return String.join(" ", out);
    }

    /** The query over the weighted text fields; null when nothing searchable is left (only stop words, say). */
    static Query parse(String text, Analyzer analyzer, Map<String, Float> weights) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(withOperators(text));
        if (query == null || (query instanceof BooleanQuery b && b.clauses().isEmpty())) {
            return null;
        }
        if (query instanceof BooleanQuery b
                && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            // Only exclusions ("-كلمة"): everything except them.
            BooleanQuery.Builder all =
                    new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            b.clauses().forEach(all::add);
            return all.build();
        }
        return query;
    }

    /**
     * The same text with every word optional, for a score that grows with each word found (the
     * headline bonus); null when no word could add anything (only stop words or exclusions).
     */
    static Query parseAny(String text, Analyzer analyzer, Map<String, Float> weights) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query query = parser.parse(withOperators(text));
        if (query == null
                || (query instanceof BooleanQuery b
                        && b.clauses().stream()
                                .noneMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD
                                        || c.getOccur() == BooleanClause.Occur.MUST))) {
            return null;
        }
        return query;
    }

    /** The plain words of the text (no operators, no excluded words): what spelling suggestions look at. */
    static List<String> positiveWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.replace('"', ' ').split(" ")) {
            if (!word.isEmpty()
                    && !word.startsWith("-")
                    && !word.equals("|")
                    && !word.equals("OR")
                    && !ArabicSearchForms.isOr(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
