package com.nashir.admin;

import com.nashir.access.Permission;
import com.nashir.article.ArticleStatus;
import com.nashir.article.NewsroomFilter;
import com.nashir.frontpage.FrontLayout;
import com.nashir.frontpage.FrontPage;
import com.nashir.frontpage.FrontPageService;
import com.nashir.frontpage.FrontPageService.LayoutInput;
import com.nashir.frontpage.FrontPageService.PinInput;
import com.nashir.frontpage.Zone;
import com.nashir.published.ArticleScope;
import com.nashir.published.PublicCard;
import com.nashir.published.PublishedArticles;
import com.nashir.search.NewsroomSearch;
import com.nashir.section.AllSections;
import com.nashir.section.Section;
import com.nashir.system.ForbiddenException;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page desk ("الواجهة") for editors: each zone's pins in order (moved by drag and drop,
 * by the move buttons, or by each pin's zone menu without JavaScript), until when each holds, what
 * fills the other slots now, which sections' blocks follow and in what order; and the newest
 * published articles (or those a search finds) to pin. All rules are {@link FrontPageService}'s.
 */
@Controller
class FrontPageDeskController {
    private static final int PER_SECTION = 4;
    private static final int CANDIDATES = 20;

    private final AdminPages pages;
    private final FrontPageService front;
    private final PublishedArticles published;
    private final NewsroomSearch search;
    private final AllSections sections;
    private final Clock clock;

    FrontPageDeskController(
            AdminPages pages,
            FrontPageService front,
            PublishedArticles published,
            NewsroomSearch search,
            AllSections sections,
            Clock clock) {
        this.pages = pages;
        this.front = front;
        this.published = published;
        this.search = search;
        this.sections = sections;
        this.clock = clock;
    }

    @GetMapping("/admin/front")
    String show(@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        AdminPage page = desk(request);
        Instant now = clock.instant();
        FrontLayout layout = front.current();
        List<Section> all = sections.list();
        List<Section> blockSections = FrontPage.blockSections(layout, all);
        PublishedArticles.Front found = published.front(
                FrontPage.newestNeeded(layout, now),
                blockSections.stream().map(Section::id).toList(),
                FrontPage.perSectionNeeded(PER_SECTION),
                layout.activeIds(now));
        FrontPage shown =
                FrontPage.compose(layout, now, found.byId(), found.latest(), found.bySection(), all, PER_SECTION);
        ZoneId zone = page.site().zone();
        Map<Zone, List<FrontPinRow>> pins = new EnumMap<>(Zone.class);
        for (Zone z : Zone.values()) {
            pins.put(
                    z,
                    layout.pins(z).stream()
                            .map(p -> new FrontPinRow(
                                    p,
                                    found.byId().get(p.articleId()),
                                    BreakingDeskController.localTime(p.until(), zone)))
                            .toList());
        }
        List<Section> chosen = layout.sectionsChosen() ? FrontPage.blockSections(layout, all) : all;
        List<Section> others = all.stream().filter(s -> !chosen.contains(s)).toList();
        String query = q == null ? "" : q.strip();
        // The newest, an article by its number ("4521"), or what a search finds (the newsroom's search, shown as the
        // public cards the other two are).
        List<PublicCard> candidates = query.isEmpty()
                ? published.listing(ArticleScope.site(), 1, CANDIDATES).items()
                : query.matches("\\d{1,18}")
                        ? published.cards(List.of(Long.parseLong(query)))
                        : search
                                .find(
                                        new NewsroomFilter(ArticleStatus.PUBLISHED, null, null, query, null, null),
                                        1,
                                        CANDIDATES)
                                .items()
                                .stream()
                                .map(PublicCard::of)
                                .toList();
        model.addAttribute("page", page);
        model.addAttribute("pins", pins);
        model.addAttribute("shown", shown);
        model.addAttribute("sectionsChosen", layout.sectionsChosen());
        model.addAttribute("chosen", chosen);
        model.addAttribute("others", others);
        model.addAttribute("q", query);
        model.addAttribute("candidates", candidates);
        model.addAttribute("message", model.getAttribute("flash"));
        return "admin/front";
    }

    /**
     * Saves the whole desk. Each pin posts its {@code article}, {@code zone} ("none" takes it off)
     * and {@code until} (blank: no end), in page order; the sections' boxes post the chosen
     * {@code section} ids in page order.
     */
    @PostMapping("/admin/front")
    String save(
            @RequestParam(defaultValue = "auto") String sectionsMode,
            HttpServletRequest request,
            RedirectAttributes flash) {
        AdminPage page = desk(request);
        ZoneId zone = page.site().zone();
        String[] articles = values(request, "article");
        String[] zones = values(request, "zone");
        String[] untils = values(request, "until");
        Map<Zone, List<PinInput>> byZone = new EnumMap<>(Zone.class);
        for (Zone z : Zone.values()) {
            byZone.put(z, new ArrayList<>());
        }
        for (int i = 0; i < articles.length; i++) {
            Zone z = Zone.fromWire(i < zones.length ? zones[i] : "");
            if (z != null) {
                String until = i < untils.length ? untils[i] : "";
                byZone.get(z).add(new PinInput(number(articles[i]), offsetTime(until, zone)));
            }
        }
        List<Long> chosen = null;
        if ("chosen".equals(sectionsMode)) {
            chosen = new ArrayList<>();
            for (String s : values(request, "section")) {
                chosen.add(number(s));
            }
        }
        LayoutInput input =
                new LayoutInput(byZone.get(Zone.LEAD), byZone.get(Zone.TOP), byZone.get(Zone.STRIP), chosen);
        return Flash.run(
                flash, "/admin/front", () -> front.save(actor(request), input), Messages.text("admin.front.saved"));
    }

    /** Pins one article first in a zone (the candidates' buttons). */
    @PostMapping("/admin/front/pin")
    String pin(
            @RequestParam String article,
            @RequestParam String zone,
            @RequestParam(required = false) String until,
            HttpServletRequest request,
            RedirectAttributes flash) {
        AdminPage page = desk(request);
        Zone z = Zone.fromWire(zone);
        Long id = number(article);
        if (z == null || id == null) {
            flash.addFlashAttribute("flash", Messages.text("admin.front.pin-choose"));
            return "redirect:/admin/front";
        }
        String end = offsetTime(until, page.site().zone());
        return Flash.run(
                flash,
                "/admin/front",
                () -> front.pin(actor(request), z, id, end),
                Messages.text("admin.front.pinned"));
    }

    private AdminPage desk(HttpServletRequest request) {
        AdminPage page = pages.page(request, Messages.text("admin.front.title"), "front");
        if (!page.can(Permission.CURATE_FRONT)) {
            throw new ForbiddenException("editor", Messages.text("admin.front.forbidden"));
        }
        return page;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? new String[0] : v;
    }

    /** A number, or null for anything else (the service names the missing article). */
    private static Long number(String s) {
        try {
            return s == null ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The form's local time as ISO-8601 with the site's offset; unparsable text goes on for the service to refuse. */
    private static String offsetTime(String local, ZoneId zone) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(local.strip())
                    .atZone(zone)
                    .toOffsetDateTime()
                    .toString();
        } catch (java.time.format.DateTimeParseException e) {
            return local;
        }
    }

    private static com.nashir.access.Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }
}
