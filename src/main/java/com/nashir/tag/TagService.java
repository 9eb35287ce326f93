package com.nashir.tag;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
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
 * Tags are made on the fly by articles; this is for managing them by hand (editors and up). A tag
 * that articles carry is never deleted: it must be taken off them first. A changed slug is
 * remembered so old links answer 301.
 */
@Service
public class TagService {
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 2000;

    private final TagRepository tags;
    private final SlugHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TagService(TagRepository tags, SlugHistory history, ApplicationEventPublisher events, Clock clock) {
        this.tags = tags;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** A blank slug is made from the name; on update a null description keeps the stored one. */
    public record TagInput(String name, String slug, String description) {}

    /** A tag by name alone (its slug made from the name). */
    @Transactional
    public Tag create(Actor actor, String name) {
        return create(actor, new TagInput(name, null, null));
    }

    @Transactional
    public Tag create(Actor actor, TagInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        validate(in);
        String name = TagRepository.clean(in.name());
        boolean madeSlug = !Validation.present(in.slug());
        String slug = madeSlug ? TagRepository.slugFor(name) : in.slug().strip();
        if (tags.findByName(name).isPresent()) {
            throw new ConflictException("name", Messages.text("tag.name.taken", name));
        }
        if (tags.findBySlug(slug).isPresent()) {
            throw madeSlug
                    ? new ConflictException("name", Messages.text("tag.name.taken", name))
                    : new ConflictException("slug", Messages.text("tag.slug.taken", slug));
        }
        long id = tags.insert(
                name, slug, in.description() == null ? "" : in.description().strip(), clock.instant());
        events.publishEvent(new TagChanged(id));
        return tags.findById(id).orElseThrow();
    }

    /** A new name; the slug follows it and the description stays. */
    @Transactional
    public Tag rename(Actor actor, long id, String name) {
        return update(actor, id, new TagInput(name, null, null));
    }

    @Transactional
    public Tag update(Actor actor, long id, TagInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Tag current = tags.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("tag.not-found")));
        validate(in);
        String name = TagRepository.clean(in.name());
        boolean madeSlug = !Validation.present(in.slug());
        String slug = madeSlug ? TagRepository.slugFor(name) : in.slug().strip();
        tags.findByName(name).filter(t -> t.id() != id).ifPresent(t -> {
            throw new ConflictException("name", Messages.text("tag.name.taken-by-other", name));
        });
        tags.findBySlug(slug).filter(t -> t.id() != id).ifPresent(t -> {
            throw madeSlug
                    ? new ConflictException("name", Messages.text("tag.name.taken-by-other", name))
                    : new ConflictException("slug", Messages.text("tag.slug.taken-by-other", slug));
        });
        if (!slug.equals(current.slug())) {
            history.remember("tag", current.slug(), id, clock.instant());
        }
        tags.update(
                id,
                name,
                slug,
                in.description() == null
                        ? current.description()
                        : in.description().strip());
        events.publishEvent(new TagChanged(id));
        return tags.findById(id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Tag tag = tags.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("tag.not-found")));
        long articles = tags.countArticles(id);
        if (articles > 0) {
            throw new ConflictException("id", Messages.text("tag.delete.in-use", tag.name(), articles));
        }
        tags.delete(id);
        history.forget("tag", id);
        events.publishEvent(new TagChanged(id));
    }

    static void validate(TagInput in) {
        String name = in.name();
        new Validation()
                .require(Validation.present(name), "name", Messages.text("tag.name.required"))
                .require(
                        name == null || name.strip().length() <= MAX_NAME,
                        "name",
                        Messages.text(
                                "tag.name.too-long",
                                ArabicCount.after(MAX_NAME, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(
                        !Validation.present(in.slug())
                                || Slugs.isValid(in.slug().strip()),
                        "slug",
                        Slugs.RULE_AR)
                .require(
                        in.description() == null || in.description().strip().length() <= MAX_DESCRIPTION,
                        "description",
                        Messages.text(
                                "tag.description.too-long",
                                ArabicCount.after(MAX_DESCRIPTION, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .throwIfInvalid();
    }
}
