package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The relevance set (src/test/resources/search/relevance.tsv): recall@10 and MRR of Nashir's
 * search over the demo content, beside the same figures for a plain case-insensitive substring
 * search (WordPress style: every word must appear somewhere; headline matches first, then
 * newest). Fails below recall@10 = 0.95.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceTest {
    record Case(String query, List<Long> expected, String note) {}

    record Score(double recall, double mrr, List<String> misses) {}

    SearchEngine engine;
    List<SearchDocument> docs;

    @BeforeAll
    void index() {
        engine = DemoCorpus.index();
        docs = DemoCorpus.documents();
    }

    @AfterAll
    void close() throws IOException {
        engine.close();
    }

    @Test
    void recallAt10IsAtLeast95PercentAndBeatsTheSubstringBaseline() {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        Score nashir = score(cases, this::nashir);
        Score baseline = score(cases, this::substring);
        System.out.printf(Locale.ROOT, "%nSearch relevance over the demo content (%d queries):%n", cases.size());
        System.out.printf(
                Locale.ROOT,
                "  Nashir (Lucene + Arabic rules)  recall@10 = %.3f   MRR = %.3f%n",
                nashir.recall(),
                nashir.mrr());
        System.out.printf(
                Locale.ROOT,
                "  Substring baseline (WordPress)  recall@10 = %.3f   MRR = %.3f%n",
                baseline.recall(),
                baseline.mrr());
        nashir.misses().forEach(m -> System.out.println("  Nashir missed: " + m));
        assertThat(nashir.recall()).as("recall@10; misses: %s", nashir.misses()).isGreaterThanOrEqualTo(0.95);
        assertThat(nashir.recall()).isGreaterThan(baseline.recall());
    }

    private Score score(List<Case> cases, java.util.function.Function<String, List<Long>> search) {
        double recall = 0;
        double mrr = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<Long> top = search.apply(c.query());
            top = top.subList(0, Math.min(10, top.size()));
            long found = c.expected().stream().filter(top::contains).count();
            recall += (double) found / c.expected().size();
            for (int i = 0; i < top.size(); i++) {
                if (c.expected().contains(top.get(i))) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
            if (found < c.expected().size()) {
                misses.add(c.query() + " → " + top + " (expected " + c.expected() + ")");
            }
        }
        return new Score(recall / cases.size(), mrr / cases.size(), misses);
    }

    private List<Long> nashir(String query) {
        SearchRequest request = SearchRequest.of(query, null, null, null, null, null, null, null, null, 10);
        SearchResults results = IndexQueries.search(
                engine, request, () -> SearchFilters.published(DemoCorpus.NOW), DemoCorpus.NOW, Duration.ofDays(30));
        return results.page().items().stream().map(SearchResults.Hit::id).toList();
    }

    /** Every word (or "quoted phrase") must be a substring, ignoring case; -word excludes. */
    private List<Long> substring(String query) {
        List<String> must = new ArrayList<>();
        List<String> not = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(query.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String term = m.group(1) != null ? m.group(1) : m.group(2);
            if (term.startsWith("-") && term.length() > 1) {
                not.add(term.substring(1));
            } else if (!term.isBlank()) {
                must.add(term);
            }
        }
        return docs.stream()
                .filter(d -> {
                    String all = text(d);
                    return must.stream().allMatch(all::contains) && not.stream().noneMatch(all::contains);
                })
                .sorted(Comparator.comparing((SearchDocument d) ->
                                !must.stream().allMatch(d.headline().toLowerCase(Locale.ROOT)::contains))
                        .thenComparing(SearchDocument::publishedAt, Comparator.reverseOrder()))
                .map(SearchDocument::id)
                .toList();
    }

    private static String text(SearchDocument d) {
        StringBuilder all = new StringBuilder()
                .append(d.headline())
                .append(' ')
                .append(d.kicker())
                .append(' ')
                .append(d.summary())
                .append(' ')
                .append(d.bodyText());
        d.tags().forEach(t -> all.append(' ').append(t.name()));
        return all.toString().toLowerCase(Locale.ROOT);
    }

    static List<Case> cases() {
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/search/relevance.tsv")) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<Long> ids = Arrays.stream(cols[1].trim().split(" +"))
                        .map(Long::parseLong)
                        .toList();
                cases.add(new Case(cols[0], ids, cols.length > 2 ? cols[2] : ""));
            }
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
