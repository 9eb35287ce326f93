package com.nashir.wpimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.system.InputText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 12, fuzzing: the WXR reader given random bytes, a real export with random bytes changed,
 * or random text (control characters, lone surrogates, bidi overrides) in its fields either reads
 * it or refuses it as a broken export ({@link WxrException}); nothing else escapes, and every field
 * it hands on obeys the input rule.
 */
class WxrReaderFuzzTest {
    private static final byte[] FIXTURE;

    static {
        try {
            FIXTURE = Files.readAllBytes(WxrReaderTest.FIXTURE);
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Provide
    Arbitrary<byte[]> exports() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> mutated = Combinators.combine(
                        Arbitraries.integers()
                                .between(0, FIXTURE.length - 1)
                                .list()
                                .ofMaxSize(20),
                        Arbitraries.bytes().list().ofSize(20))
                .as((at, by) -> {
                    byte[] copy = FIXTURE.clone();
                    for (int i = 0; i < at.size(); i++) {
                        copy[at.get(i)] = by.get(i);
                    }
                    return copy;
                });
        Arbitrary<byte[]> odd = Arbitraries.strings()
                .withCharRange('\u0000', '\u0040')
                .withChars('\u202E', '\u2066', '\uD800', '\uFFFE', 'ع')
                .ofMaxLength(200)
                .map(text -> new String(FIXTURE, StandardCharsets.UTF_8)
                        .replace("<title>", "<title><![CDATA[" + text.replace("]]>", "") + "]]>")
                        .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, mutated, odd);
    }

    @Property(tries = 150)
    void readsOrRefusesNeverCrashes(@ForAll("exports") byte[] export) throws Exception {
        Path file = Files.createTempFile("fuzz", ".xml");
        try {
            Files.write(file, export);
            List<Wxr.Item> items = new ArrayList<>();
            try {
                WxrReader.read(file, WxrReaderTest.handler(items), bytes -> {});
            } catch (WxrException refused) {
                return;
            }
            for (Wxr.Item item : items) {
                String title = item.raw("title");
                assertThat(InputText.clean(title)).isEqualTo(title);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
