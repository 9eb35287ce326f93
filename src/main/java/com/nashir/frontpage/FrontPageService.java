package com.nashir.frontpage;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.published.PublishedArticles;
import com.nashir.section.AllSections;
import com.nashir.section.Section;
import com.nashir.system.Messages;
import com.nashir.system.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' control of the home page (editors and admins, {@link Permission#CURATE_FRONT}):
 * the whole layout saved at once, from the newsroom's page or the API, checked whole before
 * anything is written (only published articles are pinned, an "until" lies ahead), audited, and
 * announced as a {@link FrontPageChanged} so every node shows it at once.
 */
@Service
public class FrontPageService {
    /** One pinned article as sent: its id, and until when (ISO-8601 with offset; null or blank: until taken off). */
    public record PinInput(Long articleId, String until) {}

    /** A whole layout as sent: each zone's pins in slot order; {@code sections} null means every section in menu order. */
    public record LayoutInput(List<PinInput> lead, List<PinInput> top, List<PinInput> strip, List<Long> sections) {
        List<PinInput> of(Zone zone) {
            List<PinInput> l = switch (zone) {
                case LEAD -> lead;
                case TOP -> top;
                case STRIP -> strip;
            };
            return l == null ? List.of() : l;
        }
    }

    private final FrontPageRepository repository;
    private final FrontPageStore store;
    private final PublishedArticles published;
    private final AllSections sections;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrontPageService(
            FrontPageRepository repository,
            FrontPageStore store,
            PublishedArticles published,
            AllSections sections,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.store = store;
        this.published = published;
        this.sections = sections;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The layout in force, without the pins whose time has passed. */
    public FrontLayout current() {
        Instant now = clock.instant();
        FrontLayout l = store.current();
        return new FrontLayout(
                l.pins().stream().filter(p -> p.holdsAt(now)).toList(), l.sectionsChosen(), l.sectionIds());
    }

    /** Replaces the whole layout. */
    @Transactional
    public FrontLayout save(Actor actor, LayoutInput in) {
        actor.require(Permission.CURATE_FRONT);
        FrontLayout layout = validate(in);
        repository.replace(layout, clock.instant());
        audit.record(actor, "front.update", "front", describe(layout));
        events.publishEvent(new FrontPageChanged());
        return layout;
    }

    /**
     * Pins one article in the first slot of a zone (the lead's only one), pushing the zone's
     * other pins down; a pin beyond the zone's slots falls off. The same article pinned elsewhere
     * moves here. Pins whose article is no longer published are dropped on the way (the API's
     * whole-layout save refuses them instead).
     */
    @Transactional
    public FrontLayout pin(Actor actor, Zone zone, long articleId, String until) {
        FrontLayout current = current();
        Set<Long> open =
                published.publicIds(current.pins().stream().map(Pin::articleId).toList());
        FrontLayout now = new FrontLayout(
                current.pins().stream()
                        .filter(p -> open.contains(p.articleId()))
                        .toList(),
                current.sectionsChosen(),
                current.sectionIds());
        List<PinInput> lead = new ArrayList<>();
        List<PinInput> top = new ArrayList<>();
        List<PinInput> strip = new ArrayList<>();
        Map<Zone, List<PinInput>> byZone = Map.of(Zone.LEAD, lead, Zone.TOP, top, Zone.STRIP, strip);
        byZone.get(zone).add(new PinInput(articleId, until));
        for (Pin p : now.pins()) {
            List<PinInput> list = byZone.get(p.zone());
            if (p.articleId() != articleId && list.size() < p.zone().slots()) {
                list.add(new PinInput(
                        p.articleId(), p.until() == null ? null : p.until().toString()));
            }
        }
        return save(actor, new LayoutInput(lead, top, strip, now.sectionsChosen() ? now.sectionIds() : null));
    }

    private FrontLayout validate(LayoutInput in) {
        Instant now = clock.instant();
        Validation v = new Validation();
        List<Long> ids = new ArrayList<>();
        for (Zone z : Zone.values()) {
            in.of(z).stream()
                    .map(PinInput::articleId)
                    .filter(java.util.Objects::nonNull)
                    .forEach(ids::add);
        }
        Set<Long> existing = repository.existingArticles(ids);
        Set<Long> visible = published.publicIds(ids);
        Set<Long> seen = new HashSet<>();
        List<Pin> pins = new ArrayList<>();
        for (Zone z : Zone.values()) {
            List<PinInput> list = in.of(z);
            v.require(
                    list.size() <= z.slots(),
                    z.wire(),
                    Messages.text(
                            "frontpage.zone.too-many",
                            ArabicCount.of(z.slots(), CountedNoun.ARTICLE, DigitStyle.WESTERN)));
            for (int i = 0; i < list.size() && i < z.slots(); i++) {
                PinInput p = list.get(i);
                String field = z.wire() + "[" + i + "]";
                if (p == null || p.articleId() == null) {
                    v.add(field + ".articleId", Messages.text("frontpage.pin.article-required"));
                    continue;
                }
                long id = p.articleId();
                if (!existing.contains(id)) {
                    v.add(field + ".articleId", Messages.text("frontpage.pin.article-not-found", id));
                } else if (!visible.contains(id)) {
                    v.add(field + ".articleId", Messages.text("frontpage.pin.not-published", id));
                } else if (!seen.add(id)) {
                    v.add(field + ".articleId", Messages.text("frontpage.pin.twice", id));
                }
                Instant until = null;
                if (Validation.present(p.until())) {
                    try {
                        until = OffsetDateTime.parse(p.until().strip()).toInstant();
                        v.require(until.isAfter(now), field + ".until", Messages.text("frontpage.pin.until-past"));
                    } catch (DateTimeParseException e) {
                        v.add(field + ".until", Messages.text("frontpage.pin.until-invalid"));
                    }
                }
                pins.add(new Pin(z, i, id, until));
            }
        }
        List<Long> chosen = in.sections() == null ? List.of() : in.sections();
        Set<Long> known = sections.list().stream().map(Section::id).collect(Collectors.toSet());
        Set<Long> seenSections = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            Long s = chosen.get(i);
            v.require(
                    s != null && known.contains(s),
                    "sections[" + i + "]",
                    Messages.text("frontpage.section.not-found", s));
            v.require(
                    s == null || seenSections.add(s),
                    "sections[" + i + "]",
                    Messages.text("frontpage.section.twice", s));
        }
        v.throwIfInvalid();
        return new FrontLayout(pins, in.sections() != null, chosen);
    }

    /** The audit entry's detail: "lead: 42; top: 17, 18 (until 2026-12-04T15:00:00Z); strip: —; sections: 3, 1". */
    private static String describe(FrontLayout layout) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (Zone z : Zone.values()) {
            List<Pin> pins = layout.pins(z);
            parts.put(
                    z.wire(),
                    pins.isEmpty()
                            ? "—"
                            : pins.stream()
                                    .map(p -> p.articleId() + (p.until() == null ? "" : " (until " + p.until() + ")"))
                                    .collect(Collectors.joining(", ")));
        }
        parts.put(
                "sections",
                layout.sectionsChosen()
                        ? layout.sectionIds().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        : "auto");
        return parts.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
