package com.nashir.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Broken plurals by their patterns, for words no list holds: the singulars a plural's shape allows
 * and the plurals a singular's shape allows. These are only candidates — مصانع could come from مصنع
 * or مصنعة — so search keeps a candidate only when the index's own vocabulary has it (and, for the
 * shapes many singulars also have, only when it is at least as common as the word typed:
 * {@link Candidate#ambiguous()}). Words are normalized as search takes them (ا for أ إ آ, ه for ة,
 * ي for ى, ء for ؤ ئ) and bare (no article or other prefix).
 *
 * <p>Plural → singular: فعائل → فعالة، فعيلة (رسائل → رسالة)؛ فواعل → فاعل، فاعلة (شوارع → شارع،
 * عواصم → عاصمة)؛ مفاعل → مفعل، مفعلة (مصانع → مصنع، مدارس → مدرسة)؛ مفاعيل → مفعول، مفعل
 * (مشاريع → مشروع)؛ فعاليل → فعليل، فاعول (تقارير → تقرير، صواريخ → صاروخ)؛ فعالل → فعلل (فنادق → فندق)؛
 * أفعال → فعل (أسعار → سعر، أموال → مال)؛ أفعلة → فعال (أسلحة → سلاح، أدوية → دواء)؛ فعلاء → فعيل، فاعل
 * (وزراء → وزير)؛ and, ambiguous: فعول → فعل (جيوش → جيش)، فعال → فعل (جبال → جبل)، فُعّال → فاعل
 * (حرّاس → حارس، نقّاد → ناقد)، فعلة → فاعل
 * (طلبة → طالب)، فعلى → فعيل (جرحى → جريح)، فعل → فعيلة، فعلة (مدن → مدينة، دول → دولة).
 * Singular → plural: the same patterns the other way.
 */
public final class BrokenPluralPatterns {
    private static final char ALEF = '\u0627';
    private static final char HAMZA = '\u0621';
    private static final char HEH = '\u0647';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char MEEM = '\u0645';

    /** A candidate form; {@code ambiguous} ones come from shapes that many other words share. */
    public record Candidate(String word, boolean ambiguous) {}

    private BrokenPluralPatterns() {}

    /** Singulars the shape of a plural allows: شوارع → شارع، شارعة. */
    public static List<Candidate> singulars(String plural) {
        Objects.requireNonNull(plural, "plural");
        List<Candidate> out = new ArrayList<>();
        String w = plural;
        int n = w.length();
        if (n == 5 && at(w, 2, ALEF) && at(w, 3, HAMZA)) { // فعائل
            add(out, false, s(w, 0), s(w, 1), ALEF, s(w, 4), HEH);
            add(out, false, s(w, 0), s(w, 1), YEH, s(w, 4), HEH);
            add(out, false, s(w, 0), s(w, 1), YEH, s(w, 4));
        }
        if (n == 5 && at(w, 1, WAW) && at(w, 2, ALEF)) { // فواعل
            add(out, false, s(w, 0), ALEF, s(w, 3), s(w, 4));
            add(out, false, s(w, 0), ALEF, s(w, 3), s(w, 4), HEH);
        }
        if (n == 5 && at(w, 2, ALEF) && !at(w, 3, HAMZA) && !at(w, 1, WAW)) { // مفاعل، فعالل
            add(out, false, s(w, 0), s(w, 1), s(w, 3), s(w, 4));
            add(out, false, s(w, 0), s(w, 1), s(w, 3), s(w, 4), HEH);
        }
        if (n == 6 && at(w, 2, ALEF) && at(w, 4, YEH)) { // مفاعيل، فعاليل
            add(out, false, s(w, 0), s(w, 1), s(w, 3), WAW, s(w, 5));
            add(out, false, s(w, 0), s(w, 1), s(w, 3), YEH, s(w, 5));
            add(out, false, s(w, 0), s(w, 1), s(w, 3), ALEF, s(w, 5));
            if (at(w, 0, MEEM)) {
                add(out, false, s(w, 0), s(w, 1), s(w, 3), s(w, 5));
            }
            if (at(w, 1, WAW)) {
                add(out, false, s(w, 0), ALEF, s(w, 3), WAW, s(w, 5));
            }
        }
        if (n == 5 && at(w, 0, ALEF) && at(w, 3, ALEF)) { // أفعال
            add(out, false, s(w, 1), s(w, 2), s(w, 4));
            add(out, false, s(w, 1), s(w, 2), s(w, 4), HEH);
            add(out, false, s(w, 1), YEH, s(w, 2), s(w, 4));
            if (at(w, 2, WAW) || at(w, 2, YEH)) {
                add(out, false, s(w, 1), ALEF, s(w, 4));
            }
        }
        if (n == 5 && at(w, 0, ALEF) && at(w, 4, HEH)) { // أفعلة
            add(out, false, s(w, 1), s(w, 2), ALEF, s(w, 3));
            add(out, false, s(w, 1), s(w, 2), YEH, s(w, 3));
            if (at(w, 3, YEH)) {
                add(out, false, s(w, 1), s(w, 2), ALEF, HAMZA);
            }
        }
        if (n == 5 && at(w, 3, ALEF) && at(w, 4, HAMZA)) { // فعلاء
            add(out, false, s(w, 0), s(w, 1), YEH, s(w, 2));
            add(out, false, s(w, 0), ALEF, s(w, 1), s(w, 2));
        }
        if (n == 4 && at(w, 2, WAW)) { // فعول
            add(out, true, s(w, 0), s(w, 1), s(w, 3));
        }
        if (n == 4 && at(w, 2, ALEF)) { // فعال، فُعّال
            add(out, true, s(w, 0), s(w, 1), s(w, 3));
            add(out, true, s(w, 0), ALEF, s(w, 1), s(w, 3));
        }
        if (n == 4 && at(w, 3, HEH)) { // فعلة
            add(out, true, s(w, 0), ALEF, s(w, 1), s(w, 2));
            if (at(w, 2, ALEF)) {
                add(out, true, s(w, 0), ALEF, s(w, 1), YEH);
            }
        }
        if (n == 4 && at(w, 3, YEH)) { // فعلى
            add(out, true, s(w, 0), s(w, 1), YEH, s(w, 2));
        }
        if (n == 3) { // فعل
            add(out, true, s(w, 0), s(w, 1), YEH, s(w, 2), HEH);
            add(out, true, s(w, 0), s(w, 1), s(w, 2), HEH);
        }
        out.removeIf(c -> c.word().equals(plural));
        return out;
    }

    /** Plurals the shape of a singular allows: شارع → شوارع، طلبة، طلاب. */
    public static List<Candidate> plurals(String singular) {
        Objects.requireNonNull(singular, "singular");
        List<Candidate> out = new ArrayList<>();
        String w = singular.endsWith(String.valueOf(HEH)) ? singular.substring(0, singular.length() - 1) : singular;
        boolean feminine = w.length() < singular.length();
        int n = w.length();
        if (n == 3 && !feminine) { // فعل → أفعال، فعول، فعال
            add(out, false, ALEF, s(w, 0), s(w, 1), ALEF, s(w, 2));
            add(out, true, s(w, 0), s(w, 1), WAW, s(w, 2));
            add(out, true, s(w, 0), s(w, 1), ALEF, s(w, 2));
            if (at(w, 1, ALEF)) { // مال → أموال
                add(out, false, ALEF, s(w, 0), WAW, ALEF, s(w, 2));
                add(out, false, ALEF, s(w, 0), YEH, ALEF, s(w, 2));
            }
        }
        if (n == 3 && feminine) { // فعلة → فعل، أفعال
            add(out, true, s(w, 0), s(w, 1), s(w, 2));
            add(out, false, ALEF, s(w, 0), s(w, 1), ALEF, s(w, 2));
        }
        if (n == 4 && at(w, 1, ALEF)) { // فاعل(ة) → فواعل، فعلة، فعال
            add(out, false, s(w, 0), WAW, ALEF, s(w, 2), s(w, 3));
            if (!feminine) {
                add(out, true, s(w, 0), s(w, 2), s(w, 3), HEH);
                add(out, false, s(w, 0), s(w, 2), ALEF, s(w, 3));
            }
        }
        if (n == 4 && at(w, 2, YEH)) { // فعيل(ة) → فعلاء، فعال، فعائل، فعل، فعلى
            if (feminine) {
                add(out, false, s(w, 0), s(w, 1), ALEF, HAMZA, s(w, 3));
                add(out, true, s(w, 0), s(w, 1), s(w, 3));
            } else {
                add(out, false, s(w, 0), s(w, 1), s(w, 3), ALEF, HAMZA);
                add(out, false, s(w, 0), s(w, 1), ALEF, s(w, 3));
                add(out, true, s(w, 0), s(w, 1), s(w, 3), YEH);
            }
        }
        if (n == 4 && at(w, 2, ALEF)) { // فعال(ة) → أفعلة، فعائل
            if (feminine) {
                add(out, false, s(w, 0), s(w, 1), ALEF, HAMZA, s(w, 3));
            } else {
                add(out, false, ALEF, s(w, 0), s(w, 1), s(w, 3), HEH);
            }
        }
        if (n == 4 && at(w, 0, MEEM)) { // مفعل(ة) → مفاعل
            add(out, false, s(w, 0), s(w, 1), ALEF, s(w, 2), s(w, 3));
        }
        if (n == 4 && !at(w, 0, MEEM) && !at(w, 1, ALEF) && !at(w, 2, ALEF) && !at(w, 2, YEH)) { // فعلل → فعالل
            add(out, false, s(w, 0), s(w, 1), ALEF, s(w, 2), s(w, 3));
        }
        if (n == 5
                && (at(w, 3, WAW) || at(w, 3, YEH) || at(w, 3, ALEF))) { // مفعول، تفعيل، فاعول، مفعال → مفاعيل، فعاليل
            if (at(w, 1, ALEF)) {
                add(out, false, s(w, 0), WAW, ALEF, s(w, 2), YEH, s(w, 4));
            } else {
                add(out, false, s(w, 0), s(w, 1), ALEF, s(w, 2), YEH, s(w, 4));
            }
        }
        if (n == 4 && at(w, 3, ALEF) && feminine) { // unusual; nothing
            return out;
        }
        out.removeIf(c -> c.word().equals(singular));
        return out;
    }

    private static boolean at(String w, int i, char c) {
        return i < w.length() && w.charAt(i) == c;
    }

    private static char s(String w, int i) {
        return w.charAt(i);
    }

    private static void add(List<Candidate> out, boolean ambiguous, char... letters) {
        String word = new String(letters);
        if (out.stream().noneMatch(c -> c.word().equals(word))) {
            out.add(new Candidate(word, ambiguous));
        }
    }
}
