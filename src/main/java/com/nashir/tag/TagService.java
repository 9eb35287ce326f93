package com.nashir.tag;

import com.nashir.system.ConflictException;
import com.nashir.system.ContentChangedEvent;
import com.nashir.system.NotFoundException;
import com.nashir.system.Validation;
import java.time.Clock;
import com.nashir.user.Actor;
import com.nashir.user.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tags are made on the fly by articles; this is for managing them by hand. */
@Service
public class TagService {
    private final TagRepository tags;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TagService(TagRepository tags, ApplicationEventPublisher events, Clock clock) {
        this.tags = tags;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Tag create(Actor actor, String name) {
        actor.require(Permission.MANAGE_TAXONOMY);
        validate(name);
        if (tags.findBySlug(TagRepository.slugFor(name.trim())).isPresent()) {
            throw new ConflictException("name", "الوسم موجود مسبقاً: " + name.trim());
        }
        Tag tag = tags.findOrCreate(name, clock.instant());
        events.publishEvent(new ContentChangedEvent("tag", tag.id()));
        return tag;
    }

    @Transactional
    public Tag rename(Actor actor, long id, String name) {
        actor.require(Permission.MANAGE_TAXONOMY);
        tags.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد وسم بهذا الرقم"));
        validate(name);
        String clean = name.trim().replaceAll("\\s+", " ");
        tags.findBySlug(TagRepository.slugFor(clean)).filter(t -> t.id() != id).ifPresent(t -> {
            throw new ConflictException("name", "يوجد وسم آخر بهذا الاسم: " + clean);
        });
        tags.rename(id, clean);
        events.publishEvent(new ContentChangedEvent("tag", id));
        return tags.findById(id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Permission.MANAGE_TAXONOMY);
        tags.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد وسم بهذا الرقم"));
        tags.delete(id);
        events.publishEvent(new ContentChangedEvent("tag", id));
    }

    static void validate(String name) {
        new Validation()
                .require(Validation.present(name), "name", "اسم الوسم مطلوب")
                .require(name == null || name.trim().length() <= 100, "name", "اسم الوسم أطول من 100 حرف")
                .throwIfInvalid();
    }
}
