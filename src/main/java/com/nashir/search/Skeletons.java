package com.nashir.search;

import com.nashir.arabic.ScriptSkeleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The index's words by {@link ScriptSkeleton}: the Latin words and the longer Arabic ones, so a
 * name written in one script finds the other spelling the articles use. Built per segment when a
 * search first needs it and kept as long as the segment lives (segments never change).
 */
final class Skeletons {
    /** Arabic spellings of foreign names are not short (غوغل، سامسونج، مايكروسوفت); shorter words are left out. */
    private static final int MIN_ARABIC_LETTERS = 4;

    private static final int MIN_SKELETON = 3;

    private final Map<Object, Map<String, List<String>>> latinWords = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Object, Map<String, List<String>>> arabicWords = Collections.synchronizedMap(new WeakHashMap<>());

    /** Words of the other script with the same skeleton as {@code word} (Latin → Arabic, Arabic → Latin). */
    List<String> otherScript(IndexReader reader, String word) throws IOException {
        String skeleton = ScriptSkeleton.of(word);
        boolean latin = ScriptSkeleton.isLatin(word);
        if (skeleton.length() < MIN_SKELETON) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            // Latin words sort first in the terms dictionary (ASCII bytes), so that map costs little to build.
            Map<String, List<String>> words = segment(leaf, latin ? arabicWords : latinWords, !latin);
            for (String w : words.getOrDefault(skeleton, List.of())) {
                if (!out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> segment(
            LeafReaderContext leaf, Map<Object, Map<String, List<String>>> cache, boolean latin) throws IOException {
        var helper = leaf.reader().getCoreCacheHelper();
        Object key = helper == null ? leaf.reader() : helper.getKey();
        Map<String, List<String>> words = cache.get(key);
        if (words == null) {
            words = build(leaf, latin);
            cache.put(key, words);
        }
        return words;
    }

    private static Map<String, List<String>> build(LeafReaderContext leaf, boolean latin) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        Terms terms = leaf.reader().terms(SearchFields.WORDS);
        if (terms == null) {
            return out;
        }
        TermsEnum e = terms.iterator();
        if (!latin && e.seekCeil(new BytesRef("\u0621")) == TermsEnum.SeekStatus.END) {
            return out;
        }
        for (BytesRef t = latin ? e.next() : e.term(); t != null; t = e.next()) {
            if (latin && (t.bytes[t.offset] & 0x80) != 0) {
                break;
            }
            String w = t.utf8ToString();
            if (latin ? !ScriptSkeleton.isLatin(w) : w.length() < MIN_ARABIC_LETTERS || w.charAt(0) > '\u064A') {
                continue;
            }
            String skeleton = ScriptSkeleton.of(w);
            if (skeleton.length() >= MIN_SKELETON) {
                out.computeIfAbsent(skeleton, k -> new ArrayList<>(2)).add(w);
            }
        }
        return out;
    }
}
