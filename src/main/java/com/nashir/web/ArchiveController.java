package com.nashir.web;

import com.nashir.address.Permalinks;
import com.nashir.published.PublicCard;
import com.nashir.published.PublishedArchive;
import com.nashir.system.ContentKeys;
import com.nashir.system.ListingPage;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The archive by date, where listings stop ({@link com.nashir.published.PublishedArticles#MAX_DEPTH}):
 * {@code /archive} names every month since the first article, {@code /archive/2024/06} lists a
 * month's articles under their days, newest first, {@value #PER_PAGE} a page. Months are those of
 * the site's time zone. A page costs one range of the publication index however old the month.
 */
@Controller
class ArchiveController {
    static final int PER_PAGE = 100;

    private final PublishedArchive archive;
    private final FrameFactory frames;
    private final Clock clock;

    ArchiveController(PublishedArchive archive, FrameFactory frames, Clock clock) {
        this.archive = archive;
        this.frames = frames;
        this.clock = clock;
    }

    @GetMapping("/archive")
    String index(HttpServletRequest request, Model model) {
        ZoneId zone = frames.site().dateStyle().zone();
        YearMonth last = YearMonth.from(clock.instant().atZone(zone));
        Map<Integer, List<YearMonth>> byYear = new LinkedHashMap<>();
        archive.firstPublished().ifPresent(first -> {
            for (YearMonth m = last; !m.isBefore(YearMonth.from(first.atZone(zone))); m = m.minusMonths(1)) {
                byYear.computeIfAbsent(m.getYear(), y -> new ArrayList<>()).add(m);
            }
        });
        PageKeys.add(request, ContentKeys.LATEST);
        model.addAttribute(
                "frame",
                frames.frame(
                        request,
                        Messages.text("web.archive.title"),
                        Messages.text("web.archive.description"),
                        Permalinks.archive(),
                        null));
        model.addAttribute(
                "years",
                byYear.entrySet().stream()
                        .map(e -> new ArchiveYear(e.getKey(), e.getValue()))
                        .toList());
        return "archive";
    }

    @GetMapping("/archive/{year:\\d{4}}/{month:\\d{2}}")
    String month(
            @PathVariable int year,
            @PathVariable int month,
            @RequestParam(defaultValue = "1") String page,
            HttpServletRequest request,
            Model model) {
        ZoneId zone = frames.site().dateStyle().zone();
        YearMonth m;
        try {
            m = YearMonth.of(year, month);
        } catch (DateTimeException e) {
            throw new NotFoundException(Messages.text("web.archive.month-not-found"));
        }
        int p = pageNumber(page);
        Instant from = m.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (!from.isBefore(clock.instant())) {
            throw new NotFoundException(Messages.text("web.archive.month-not-found"));
        }
        ListingPage<PublicCard> found =
                ListingPage.of(archive.cardsBetween(from, to, (long) (p - 1) * PER_PAGE, PER_PAGE + 1), p, PER_PAGE);
        if (p > 1 && found.items().isEmpty()) {
            throw new NotFoundException(Messages.text("web.paging.not-found"));
        }
        Map<LocalDate, List<PublicCard>> byDay = new LinkedHashMap<>();
        for (PublicCard c : found.items()) {
            byDay.computeIfAbsent(c.publishedAt().atZone(zone).toLocalDate(), d -> new ArrayList<>())
                    .add(c);
        }
        // The month in the site's zone overlaps the UTC months beside it: a change in any of them may show here.
        PageKeys.add(
                request, ContentKeys.month(m.minusMonths(1)), ContentKeys.month(m), ContentKeys.month(m.plusMonths(1)));
        PageKeys.cards(request, found.items());
        String title =
                Messages.text("web.archive.month-title", frames.site().fmt().month(m));
        String path = Permalinks.archiveMonth(m);
        model.addAttribute(
                "frame",
                frames.frame(
                        request,
                        p > 1
                                ? Messages.text(
                                        "web.paging.title",
                                        title,
                                        frames.site().fmt().number(p))
                                : title,
                        Messages.text(
                                "web.archive.month-description",
                                frames.site().fmt().month(m)),
                        Permalinks.page(path, p),
                        null));
        model.addAttribute("month", m);
        model.addAttribute(
                "days",
                byDay.entrySet().stream()
                        .map(e -> new ArchiveDay(e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute("page", found);
        model.addAttribute("path", path);
        return "archive-month";
    }

    private static int pageNumber(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            if (p >= 1 && p <= 10_000) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new NotFoundException(Messages.text("web.paging.not-found"));
    }
}
