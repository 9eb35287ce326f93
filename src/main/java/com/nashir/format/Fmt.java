package com.nashir.format;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.ArabicDates;
import com.nashir.arabic.ArabicDigits;
import com.nashir.arabic.ArabicRelativeTime;
import com.nashir.arabic.BidiRuns;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DateStyle;
import gg.jte.Content;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, numbers, counted nouns and editorial text as the site's settings write them; handed to every template. */
public record Fmt(DateStyle style) {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public String date(Instant t) {
        return ArabicDates.date(t, style);
    }

    /** Date, plus the Hijri date when the site shows it. */
    public String display(Instant t) {
        return ArabicDates.display(t, style);
    }

    /** "يونيو 2024". */
    public String month(java.time.YearMonth m) {
        return ArabicDates.month(m, style);
    }

    public String dateTime(Instant t) {
        return ArabicDates.dateTime(t, style);
    }

    /** Clock time "14:05" in the site's zone. */
    public String time(Instant t) {
        return ArabicDigits.apply(HH_MM.format(t.atZone(style.zone())), style.digits());
    }

    public String iso(Instant t) {
        return ArabicDates.iso(t, style);
    }

    public String number(long n) {
        return ArabicDigits.apply(Long.toString(n), style.digits());
    }

    /** "نتيجة واحدة", "نتيجتان", "٣ نتائج" ({@link ArabicCount#of}). */
    public String count(long n, CountedNoun noun) {
        return ArabicCount.of(n, noun, style.digits());
    }

    /** After a preposition: "من حرفين إلى ٣٠٠٠ حرف" ({@link ArabicCount#after}). */
    public String countAfter(long n, CountedNoun noun) {
        return ArabicCount.after(n, noun, style.digits());
    }

    /** "40%", or "٤٠٪" with Eastern digits. */
    public String percent(long n) {
        return BidiRuns.digitsForReading(n + "%", style.digits());
    }

    /** A measured amount: "14.3 ميغابايت", "٢٫٥ ثانية" ({@link ArabicCount#decimal}). */
    public String decimal(double amount, int fractionDigits, CountedNoun noun) {
        return ArabicCount.decimal(amount, fractionDigits, noun, style.digits());
    }

    /** {@link ArabicCount#patterns} of a noun, for a script that counts as the page does. */
    public java.util.Map<String, String> countPatterns(CountedNoun noun) {
        return ArabicCount.patterns(noun, ArabicCount.Case.NOMINATIVE);
    }

    /**
     * A message made by a service, for a script that shows it as it is (a JSON answer): its numbers
     * in the site's digits, as the page around it writes them ("العنوان أطول من ٥٠٠ حرف").
     */
    public String message(String text) {
        return text == null ? null : BidiRuns.digitsForReading(text, style.digits());
    }

    /** "منذ ساعتين" ({@link ArabicRelativeTime}). */
    public String ago(Instant then, Instant now) {
        return ArabicRelativeTime.ago(then, now, style.digits());
    }

    /** Editorial plain text (a headline, a caption): escaped, left-to-right pieces isolated, digits per style. */
    public Content text(String plain) {
        String html = ReadingText.text(plain == null ? "" : plain, style.digits());
        return output -> output.writeContent(html);
    }

    /** Sanitized editorial HTML (an article body): the same, in its text only. */
    public Content html(String sanitized) {
        String html = ReadingText.html(sanitized == null ? "" : sanitized, style.digits());
        return output -> output.writeContent(html);
    }
}
