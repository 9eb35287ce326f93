package com.nashir.section;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.ArabicSlugs;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.system.ConflictException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.SlugHistory;
import com.nashir.system.Slugs;
import com.nashir.system.Validation;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, renaming and removing sections (editors and up). A section with articles is never
 * deleted: its articles must move first. A changed slug is remembered so old links answer 301.
 */
@Service
public class SectionService {
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_POSITION = 10_000;

    private final SectionRepository sections;
    private final SlugHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SectionService(SectionRepository sections, SlugHistory history, ApplicationEventPublisher events, Clock clock) {
        this.sections = sections;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Input as a caller sends it. On create a blank slug is made from the name, a null position
     * means "after the last one" and a null {@code inMenu} "in the main menu"; on update a null
     * description, position, {@code inMenu} or {@code opinion} keeps the stored one.
     */
    public record SectionInput(
            String slug, String name, String description, Integer position, Boolean inMenu, Boolean opinion) {
        /** Without a say on the menu (callers that only name the section). */
        public SectionInput(String slug, String name, String description, Integer position) {
            this(slug, name, description, position, null, null);
        }

        /** Without a say on opinion (callers written before sections could be opinion sections). */
        public SectionInput(String slug, String name, String description, Integer position, Boolean inMenu) {
            this(slug, name, description, position, inMenu, null);
        }
    }

    @Transactional
    public Section create(Actor actor, SectionInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        String slug =
                Validation.present(in.slug()) ? in.slug().strip() : ArabicSlugs.slugify(nullToEmpty(in.name()), 100);
        validate(slug, in);
        if (sections.findBySlug(slug).isPresent()) {
            throw new ConflictException("slug", Messages.text("section.slug.taken", slug));
        }
        int position = in.position() != null ? in.position() : sections.nextPosition();
        long id = sections.insert(
                slug,
                in.name().strip(),
                nullToEmpty(in.description()),
                position,
                !Boolean.FALSE.equals(in.inMenu()),
                Boolean.TRUE.equals(in.opinion()),
                clock.instant());
        events.publishEvent(new SectionChanged(id));
        return sections.findById(id).orElseThrow();
    }

    @Transactional
    public Section update(Actor actor, long id, SectionInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Section current =
                sections.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("section.not-found")));
        String slug = nullToEmpty(in.slug());
        validate(slug, in);
        sections.findBySlug(slug).filter(other -> other.id() != id).ifPresent(other -> {
            throw new ConflictException("slug", Messages.text("section.slug.taken-by-other", slug));
        });
        if (!slug.equals(current.slug())) {
            history.remember("section", current.slug(), id, clock.instant());
        }
        sections.update(
                id,
                slug,
                in.name().strip(),
                in.description() != null ? in.description().strip() : current.description(),
                in.position() != null ? in.position() : current.position(),
                in.inMenu() != null ? in.inMenu() : current.inMenu(),
                in.opinion() != null ? in.opinion() : current.opinion());
        events.publishEvent(new SectionChanged(id));
        return sections.findById(id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Section section =
                sections.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("section.not-found")));
        long articles = sections.countArticles(id);
        if (articles > 0) {
            throw new ConflictException("id", Messages.text("section.delete.in-use", section.name(), articles));
        }
        sections.delete(id);
        history.forget("section", id);
        events.publishEvent(new SectionChanged(id));
    }

    private static void validate(String slug, SectionInput in) {
        new Validation()
                .require(Validation.present(slug), "slug", Messages.text("section.slug.required"))
                .require(!Validation.present(slug) || Slugs.isValid(slug), "slug", Slugs.RULE_AR)
                .require(Validation.present(in.name()), "name", Messages.text("section.name.required"))
                .require(
                        in.name() == null || in.name().strip().length() <= 200,
                        "name",
                        Messages.text(
                                "section.name.too-long",
                                ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(
                        in.description() == null || in.description().strip().length() <= MAX_DESCRIPTION,
                        "description",
                        Messages.text(
                                "section.description.too-long",
                                ArabicCount.after(MAX_DESCRIPTION, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(
                        in.position() == null || (in.position() >= 0 && in.position() <= MAX_POSITION),
                        "position",
                        Messages.text("section.position.out-of-range", MAX_POSITION))
                .throwIfInvalid();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
