package com.nashir.web;

import com.nashir.frontpage.FrontLayout;
import com.nashir.frontpage.FrontPage;
import com.nashir.frontpage.FrontPageStore;
import com.nashir.frontpage.Zone;
import com.nashir.published.PublishedArticles;
import com.nashir.reading.MostRead;
import com.nashir.section.AllSections;
import com.nashir.section.Section;
import com.nashir.system.ContentKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the editors' zones (lead, top stories, strip), the most read, then the section
 * blocks. Three statements whatever it shows (the layout, the sections and the ranking come from
 * memory; {@link PublishedArticles#front} reads the rest).
 */
@Controller
class HomeController {
    private static final int PER_SECTION = 4;

    private final PublishedArticles published;
    private final AllSections sections;
    private final FrontPageStore layouts;
    private final MostRead mostRead;
    private final FrameFactory frames;
    private final Clock clock;

    HomeController(
            PublishedArticles published,
            AllSections sections,
            FrontPageStore layouts,
            MostRead mostRead,
            FrameFactory frames,
            Clock clock) {
        this.published = published;
        this.sections = sections;
        this.layouts = layouts;
        this.mostRead = mostRead;
        this.frames = frames;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Instant now = clock.instant();
        FrontLayout layout = layouts.current();
        List<Section> all = sections.list();
        List<Section> blockSections = FrontPage.blockSections(layout, all);
        PublishedArticles.Front front = published.front(
                FrontPage.newestNeeded(layout, now),
                blockSections.stream().map(Section::id).toList(),
                FrontPage.perSectionNeeded(PER_SECTION),
                layout.activeIds(now));
        FrontPage page =
                FrontPage.compose(layout, now, front.byId(), front.latest(), front.bySection(), all, PER_SECTION);
        List<MostRead.Entry> popular = mostRead.current().site();

        Frame plain = frames.frame(request, null, frames.site().tagline(), "/", null);
        PageMeta meta =
                plain.meta().withJsonLd(StructuredData.home(plain.site(), path -> frames.absolute(request, path)));
        if (plain.site().logo() != null) {
            meta = meta.withImage(
                    frames.absolute(request, plain.site().logo().url()),
                    plain.site().name());
        }
        PageKeys.add(request, ContentKeys.LATEST, ContentKeys.FRONT);
        for (Zone z : Zone.values()) {
            PageKeys.cards(request, page.cards(z));
        }
        page.blocks().forEach(b -> {
            PageKeys.add(request, ContentKeys.sectionList(b.section().id()));
            PageKeys.cards(request, b.articles());
        });
        blockSections.forEach(s -> PageKeys.add(request, ContentKeys.sectionList(s.id())));
        PageKeys.cards(request, popular.stream().map(MostRead.Entry::card).toList());
        // A pin that lapses puts the newest story in its slot: the page is due again then.
        layout.nextLapse(now).ifPresent(at -> PageKeys.freshUntil(request, at));
        model.addAttribute("frame", plain.with(meta));
        model.addAttribute("front", page);
        model.addAttribute("mostRead", popular);
        return "home";
    }
}
