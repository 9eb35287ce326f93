package com.nashir.frontpage;

import com.nashir.published.PublicCard;
import com.nashir.section.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The home page as readers see it: each zone's slots filled, and the section blocks. A slot shows
 * its pinned article while the pin holds and the article is public; every other slot takes the
 * newest article not already shown above (pins first, so a pinned story never appears twice), and
 * the section blocks leave out what the zones show. Pure: {@link #compose} is given the articles.
 *
 * @param lead   the lead story, null on a site with nothing published
 * @param slots  every zone's filled slots in order (the lead's too), for the newsroom's view
 * @param blocks the section blocks in order; sections with nothing to show are left out
 */
public record FrontPage(PublicCard lead, Map<Zone, List<Slot>> slots, List<Block> blocks) {
    /** A filled slot: the article, and whether an editor pinned it there. */
    public record Slot(PublicCard card, boolean pinned) {}

    /** A section's block. */
    public record Block(Section section, List<PublicCard> articles) {}

    /** The cards of one zone. */
    public List<PublicCard> cards(Zone zone) {
        return slots.getOrDefault(zone, List.of()).stream().map(Slot::card).toList();
    }

    /** How many newest articles {@link #compose} may need: every slot, plus as many as the pins may duplicate. */
    public static int newestNeeded(FrontLayout layout, Instant now) {
        return Zone.allSlots() + layout.activeIds(now).size();
    }

    /** How many of a section's newest a block may need: the block, plus as many as the zones may have taken. */
    public static int perSectionNeeded(int perSection) {
        return perSection + Zone.allSlots();
    }

    /**
     * @param pinned     the public cards of pinned articles, by id (unpublished ones absent)
     * @param newest     the site's newest public cards, newest first
     * @param bySection  each section's newest public cards
     * @param sections   every section, in menu order
     */
    public static FrontPage compose(
            FrontLayout layout,
            Instant now,
            Map<Long, PublicCard> pinned,
            List<PublicCard> newest,
            Map<Long, List<PublicCard>> bySection,
            List<Section> sections,
            int perSection) {
        Set<Long> shown = new HashSet<>();
        Map<Zone, Slot[]> filled = new EnumMap<>(Zone.class);
        for (Zone z : Zone.values()) {
            filled.put(z, new Slot[z.slots()]);
        }
        for (Pin p : layout.pins()) {
            PublicCard c = pinned.get(p.articleId());
            Slot[] zone = filled.get(p.zone());
            if (c != null
                    && p.holdsAt(now)
                    && p.position() < zone.length
                    && zone[p.position()] == null
                    && shown.add(c.id())) {
                zone[p.position()] = new Slot(c, true);
            }
        }
        var fresh = newest.stream().filter(c -> !shown.contains(c.id())).iterator();
        Map<Zone, List<Slot>> slots = new EnumMap<>(Zone.class);
        for (Zone z : Zone.values()) {
            Slot[] zone = filled.get(z);
            List<Slot> list = new ArrayList<>();
            for (Slot s : zone) {
                Slot slot = s;
                while (slot == null && fresh.hasNext()) {
                    PublicCard c = fresh.next();
                    if (shown.add(c.id())) {
                        slot = new Slot(c, false);
                    }
                }
                if (slot != null) {
                    list.add(slot);
                }
            }
            slots.put(z, List.copyOf(list));
        }
        List<Block> blocks = new ArrayList<>();
        for (Section s : blockSections(layout, sections)) {
            List<PublicCard> cards = bySection.getOrDefault(s.id(), List.of()).stream()
                    .filter(c -> !shown.contains(c.id()))
                    .limit(perSection)
                    .toList();
            if (!cards.isEmpty()) {
                blocks.add(new Block(s, cards));
            }
        }
        List<Slot> lead = slots.get(Zone.LEAD);
        return new FrontPage(lead.isEmpty() ? null : lead.get(0).card(), slots, List.copyOf(blocks));
    }

    /** The sections whose blocks the home page shows, in order: the editors' choice, or every section. */
    public static List<Section> blockSections(FrontLayout layout, List<Section> sections) {
        if (!layout.sectionsChosen()) {
            return sections;
        }
        return layout.sectionIds().stream()
                .map(id -> sections.stream().filter(s -> s.id() == id).findFirst())
                .flatMap(Optional::stream)
                .toList();
    }
}
