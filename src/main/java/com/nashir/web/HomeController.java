package com.nashir.web;

import com.nashir.article.ArticleCard;
import com.nashir.article.PublishedArticles;
import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.system.PageOf;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private static final int LATEST = 10;
    private static final int PER_SECTION = 4;

    private final PublishedArticles published;
    private final SectionRepository sections;
    private final FrameFactory frames;

    HomeController(PublishedArticles published, SectionRepository sections, FrameFactory frames) {
        this.published = published;
        this.sections = sections;
        this.frames = frames;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        PageOf<ArticleCard> latest = published.latest(1, LATEST + 1);
        List<ArticleCard> items = latest.items();
        ArticleCard lead = items.isEmpty() ? null : items.get(0);
        List<ArticleCard> rest = items.size() > 1 ? items.subList(1, items.size()) : List.of();
        Map<Long, List<ArticleCard>> bySection = published.newestPerSection(PER_SECTION);
        List<SectionBlock> blocks = sections.findAll().stream()
                .filter(s -> bySection.containsKey(s.id()))
                .map(s -> new SectionBlock(s, bySection.get(s.id())))
                .toList();
        Frame plain = frames.frame(request, null, frames.site().tagline(), "/", null);
        PageMeta meta = plain.meta().withJsonLd(StructuredData.home(plain.site(), path -> frames.absolute(request, path)));
        if (plain.site().logo() != null) {
            meta = meta.withImage(frames.absolute(request, plain.site().logo().url()), plain.site().name());
        }
        Frame frame = plain.with(meta);
        model.addAttribute("frame", frame);
        model.addAttribute("lead", lead);
        model.addAttribute("latest", rest);
        model.addAttribute("blocks", blocks);
        return "home";
    }
}
