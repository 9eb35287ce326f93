package com.nashir.search;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.system.Messages;
import com.nashir.system.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One search as asked: the words (cleaned of control characters), filters by slug, a date range
 * (whole days in the site's zone), the order and the page. Build it with {@link #of}, which
 * checks everything and reports every mistake at once in Arabic.
 */
public record SearchRequest(
        String text,
        String section,
        String tag,
        String author,
        String desk,
        LocalDate from,
        LocalDate to,
        boolean newestFirst,
        int page,
        int size) {
    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE = 100;

    /** True when there is something to search for: words or at least one filter. */
    public boolean isEmpty() {
        return text.isEmpty()
                && section == null
                && tag == null
                && author == null
                && desk == null
                && from == null
                && to == null;
    }

    /**
     * Reads the request parameters as typed. Blank values do not filter; {@code sort} is
     * "date" for newest first, anything else (or nothing) for relevance.
     *
     * @throws com.nashir.system.InvalidInputException naming each bad parameter
     */
    public static SearchRequest of(
            String q,
            String section,
            String tag,
            String author,
            String desk,
            String from,
            String to,
            String sort,
            String page,
            int size) {
        Validation v = new Validation();
        String text = QueryText.clean(q);
        v.require(
                text.length() <= MAX_TEXT,
                "q",
                Messages.text(
                        "search.query.too-long",
                        ArabicCount.after(MAX_TEXT, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        LocalDate fromDay = day(from, "from", v);
        LocalDate toDay = day(to, "to", v);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            v.add("to", Messages.text("search.dates.reversed"));
        }
        int p = 1;
        if (Validation.present(page)) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                p = -1;
            }
            v.require(p >= 1 && p <= MAX_PAGE, "page", Messages.text("search.page.out-of-range", MAX_PAGE));
        }
        v.throwIfInvalid();
        return new SearchRequest(
                text,
                slug(section),
                slug(tag),
                slug(author),
                slug(desk),
                fromDay,
                toDay,
                "date".equals(sort == null ? null : sort.strip()),
                p,
                size);
    }

    public SearchRequest withText(String other) {
        return new SearchRequest(other, section, tag, author, desk, from, to, newestFirst, page, size);
    }

    private static String slug(String s) {
        return Validation.present(s) ? s.strip() : null;
    }

    private static LocalDate day(String text, String field, Validation v) {
        if (!Validation.present(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(field, Messages.text("search.date.invalid"));
            return null;
        }
    }
}
