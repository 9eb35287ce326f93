package com.nashir.section;

import com.nashir.system.ConflictException;
import com.nashir.system.ContentChangedEvent;
import com.nashir.system.NotFoundException;
import com.nashir.system.Slugs;
import com.nashir.system.Validation;
import java.time.Clock;
import com.nashir.user.Actor;
import com.nashir.user.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, renaming and removing sections. */
@Service
public class SectionService {
    private final SectionRepository sections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SectionService(SectionRepository sections, ApplicationEventPublisher events, Clock clock) {
        this.sections = sections;
        this.events = events;
        this.clock = clock;
    }

    /** Input as a caller sends it; position null means "after the last one". */
    public record SectionInput(String slug, String name, Integer position) {}

    @Transactional
    public Section create(Actor actor, SectionInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        validate(in);
        if (sections.findBySlug(in.slug()).isPresent()) {
            throw new ConflictException("slug", "يوجد قسم بهذا المعرّف: " + in.slug());
        }
        int position = in.position() != null ? in.position() : sections.nextPosition();
        long id = sections.insert(in.slug(), in.name().trim(), position, clock.instant());
        events.publishEvent(new ContentChangedEvent("section", id));
        return sections.findById(id).orElseThrow();
    }

    @Transactional
    public Section update(Actor actor, long id, SectionInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Section current = sections.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد قسم بهذا الرقم"));
        validate(in);
        sections.findBySlug(in.slug()).filter(other -> other.id() != id).ifPresent(other -> {
            throw new ConflictException("slug", "يوجد قسم آخر بهذا المعرّف: " + in.slug());
        });
        sections.update(id, in.slug(), in.name().trim(), in.position() != null ? in.position() : current.position());
        events.publishEvent(new ContentChangedEvent("section", id));
        return sections.findById(id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Permission.MANAGE_TAXONOMY);
        sections.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد قسم بهذا الرقم"));
        if (sections.countArticles(id) > 0) {
            throw new ConflictException("id", "لا يمكن حذف قسم فيه مقالات؛ انقل المقالات أولاً");
        }
        sections.delete(id);
        events.publishEvent(new ContentChangedEvent("section", id));
    }

    private static void validate(SectionInput in) {
        new Validation()
                .require(Validation.present(in.slug()), "slug", "معرّف القسم مطلوب")
                .require(!Validation.present(in.slug()) || Slugs.isValid(in.slug()), "slug", Slugs.RULE_AR)
                .require(Validation.present(in.name()), "name", "اسم القسم مطلوب")
                .require(in.name() == null || in.name().length() <= 200, "name", "اسم القسم أطول من 200 حرف")
                .throwIfInvalid();
    }
}
