package com.nashir.demo;

import com.nashir.access.Actor;
import com.nashir.address.Permalinks;
import com.nashir.article.Article;
import com.nashir.article.ArticleInput;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleService;
import com.nashir.author.BylineService;
import com.nashir.breaking.BreakingNews;
import com.nashir.coverage.LiveCoverage;
import com.nashir.coverage.LiveUpdate;
import com.nashir.section.SectionRepository;
import com.nashir.section.SectionService;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo content written for Nashir (src/main/resources/demo/demo-content.json), loaded into an
 * empty database so a new install has a living site. Times are relative to the load, so the
 * demo always looks current. Everything goes through the same services as the API.
 */
@Component
public class DemoContent {
    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final Actor DEMO = Actor.system("demo");

    record Demo(
            List<Map<String, String>> sections,
            List<Map<String, String>> desks,
            List<Map<String, String>> authors,
            List<DemoArticle> articles,
            List<DemoBreaking> breaking) {}

    record DemoArticle(
            String headline,
            String kicker,
            String summary,
            String section,
            Map<String, Object> byline,
            int publishedHoursAgo,
            Integer updatedHoursAfterPublish,
            Map<String, Object> featuredImage,
            String body,
            List<String> tags,
            String comments,
            DemoLive live) {}

    /** A demo article that is live coverage: its updates, each some minutes before the load. */
    record DemoLive(String state, List<DemoUpdate> updates) {}

    record DemoUpdate(int minutesAgo, String body, Boolean pinned) {}

    record DemoBreaking(String text, int expiresInHours, Integer articleIndex) {}

    private final SectionService sectionService;
    private final SectionRepository sections;
    private final BylineService bylines;
    private final ArticleService articleService;
    private final ArticleRepository articles;
    private final BreakingNews breaking;
    private final LiveCoverage coverage;
    private final JsonMapper json;
    private final Clock clock;

    DemoContent(
            SectionService sectionService,
            SectionRepository sections,
            BylineService bylines,
            ArticleService articleService,
            ArticleRepository articles,
            BreakingNews breaking,
            LiveCoverage coverage,
            JsonMapper json,
            Clock clock) {
        this.coverage = coverage;
        this.sectionService = sectionService;
        this.sections = sections;
        this.bylines = bylines;
        this.articleService = articleService;
        this.articles = articles;
        this.breaking = breaking;
        this.json = json;
        this.clock = clock;
    }

    /** Loads the demo when the database has no sections and no articles; returns whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        if (!sections.findAll().isEmpty() || articles.count(null) > 0) {
            return false;
        }
        Demo demo = read();
        for (var s : demo.sections()) {
            sectionService.create(
                    DEMO, new SectionService.SectionInput(s.get("slug"), s.get("name"), s.get("description"), null));
        }
        for (var d : demo.desks()) {
            bylines.createDesk(DEMO, new BylineService.DeskInput(d.get("slug"), d.get("name"), d.get("description")));
        }
        for (var a : demo.authors()) {
            bylines.createAuthor(
                    DEMO, new BylineService.AuthorInput(a.get("slug"), a.get("name"), a.get("bio"), null, null, null));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<Article> created = new ArrayList<>();
        for (DemoArticle a : demo.articles()) {
            Article article = articleService.create(DEMO, input(a, now));
            created.add(article);
            if (a.live() != null) {
                cover(article.id(), a.live(), now);
            }
        }
        for (DemoBreaking b : demo.breaking()) {
            Article linked = b.articleIndex() == null ? null : created.get(b.articleIndex());
            String url = linked == null ? null : Permalinks.article(linked.id(), linked.slug());
            breaking.post(
                    DEMO,
                    new BreakingNews.BreakingInput(b.text(), url, iso(now.plus(Duration.ofHours(b.expiresInHours())))));
        }
        log.info(
                "Loaded demo content: {} sections, {} articles", demo.sections().size(), created.size());
        return true;
    }

    /** The desk posts the updates, oldest first; the coverage stays live unless the demo says it ended. */
    private void cover(long articleId, DemoLive live, Instant now) {
        Actor desk = Actor.system("فريق التحرير");
        coverage.start(desk, articleId);
        for (DemoUpdate u : live.updates()) {
            LiveUpdate posted = coverage.post(
                    desk,
                    articleId,
                    new LiveCoverage.UpdateInput(u.body(), null, iso(now.minus(Duration.ofMinutes(u.minutesAgo())))));
            if (Boolean.TRUE.equals(u.pinned())) {
                coverage.pin(desk, posted.id(), true);
            }
        }
        if ("ended".equals(live.state())) {
            coverage.end(desk, articleId);
        }
    }

    @SuppressWarnings("unchecked")
    private static ArticleInput input(DemoArticle a, Instant now) {
        Instant published = now.minus(Duration.ofHours(a.publishedHoursAgo()));
        Instant updated = a.updatedHoursAfterPublish() == null
                ? null
                : published.plus(Duration.ofHours(a.updatedHoursAfterPublish()));
        Map<String, Object> img = a.featuredImage();
        var image = img == null
                ? null
                : new ArticleInput.ImageInput(
                        (String) img.get("url"),
                        (String) img.get("caption"),
                        (String) img.get("credit"),
                        (String) img.get("alt"),
                        (Boolean) img.get("archive"));
        return new ArticleInput(
                a.headline(),
                a.kicker(),
                a.summary(),
                null,
                a.section(),
                (String) a.byline().get("desk"),
                (List<String>) a.byline().get("authors"),
                "published",
                iso(published),
                updated == null ? null : iso(updated),
                image,
                a.body(),
                a.tags(),
                a.comments(),
                false,
                null);
    }

    private static String iso(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toString();
    }

    private Demo read() {
        try (InputStream in = new ClassPathResource("demo/demo-content.json").getInputStream()) {
            return json.readValue(in, Demo.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo content", e);
        }
    }
}
