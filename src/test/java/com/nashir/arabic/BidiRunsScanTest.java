package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link BidiRuns#runs} passes over the characters no piece can start with before it tries the
 * regex: the test that this skips exactly what the regex's own guard would, and changes nothing.
 */
class BidiRunsScanTest {

    @Test
    void theScanSkipsExactlyTheCharactersTheGuardRefuses() {
        Pattern guard = Pattern.compile(BidiRuns.PIECE_START_CLASS);
        List<String> differ = new ArrayList<>();
        for (int cp = 0; cp <= 0x2FFFF; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            boolean regex = guard.matcher(new String(Character.toChars(cp))).matches();
            if (regex != BidiRuns.mayStartPiece(cp)) {
                differ.add(Integer.toHexString(cp));
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void mixedTextIsCutAsBefore() {
        // Runs joined back give the text (digits kept in the Western style), and every isolated piece is
        // one a reader would expect, for random mixtures of Arabic, Latin, digits, addresses and signs.
        String[] parts = {
            "الاقتصاد",
            " ",
            "IMF",
            ": ",
            "2%",
            "996-1010",
            "https://www.apple.com/newsroom/",
            ".",
            "،",
            "iPhone 15",
            "+966 11 123",
            "٢٠٢٤",
            "٣٫٥",
            "Café",
            "مـ",
            "(",
            ")",
            "«",
            "»",
            "a@b.co",
            "5G",
            "AT&T",
            "\u00A0",
            "—",
            "ß",
            "𝐀"
        };
        Random random = new Random(7);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String s = text.toString();
            List<BidiRuns.Run> runs = BidiRuns.runs(s, DigitStyle.WESTERN);
            assertThat(String.join("", runs.stream().map(BidiRuns.Run::text).toList()))
                    .as(s)
                    .isEqualTo(s);
            assertThat(runs).as(s).isEqualTo(Reference.runs(s));
        }
    }

    /** The loop as it was (m.find() over the whole text), Western digits: the reference the scan must equal. */
    private static final class Reference {
        private static final Pattern PIECES = pieces();

        private static Pattern pieces() {
            try {
                var field = BidiRuns.class.getDeclaredField("PIECES");
                field.setAccessible(true);
                return (Pattern) field.get(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        static List<BidiRuns.Run> runs(String text) {
            List<BidiRuns.Run> out = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            var m = PIECES.matcher(text);
            int at = 0;
            while (m.find()) {
                plain.append(text, at, m.start());
                String piece = m.group();
                at = m.end();
                if (m.group("url") != null) {
                    var tail = Pattern.compile("[.,،؛:;!?؟)\\]»'\"]+$").matcher(piece);
                    String kept = tail.find() ? piece.substring(0, tail.start()) : piece;
                    at = m.start() + kept.length();
                    isolate(out, plain, kept, false);
                } else if (m.group("email") != null || m.group("latin") != null) {
                    isolate(out, plain, piece, false);
                } else {
                    boolean range = piece.indexOf('-') > 0 || piece.indexOf('\u2013') > 0 || piece.startsWith("+");
                    if (m.group("phone") != null || range || piece.endsWith("%")) {
                        isolate(out, plain, piece, true);
                    } else {
                        plain.append(piece);
                    }
                }
            }
            plain.append(text, at, text.length());
            if (plain.length() > 0) {
                out.add(new BidiRuns.Run(plain.toString(), false));
            }
            return out;
        }

        private static void isolate(List<BidiRuns.Run> out, StringBuilder plain, String text, boolean numeric) {
            if (plain.length() > 0) {
                out.add(new BidiRuns.Run(plain.toString(), false));
                plain.setLength(0);
            }
            out.add(new BidiRuns.Run(text, true, numeric));
        }
    }
}
