package com.nashir.author;

import com.nashir.arabic.ArabicSlugs;
import com.nashir.system.ConflictException;
import com.nashir.system.ContentChangedEvent;
import com.nashir.system.NotFoundException;
import com.nashir.system.SafeUrls;
import com.nashir.system.Slugs;
import com.nashir.system.Validation;
import java.time.Clock;
import java.util.Optional;
import com.nashir.user.Actor;
import com.nashir.user.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing the names that stand in a byline: authors (people) and desks. */
@Service
public class BylineService {
    private final AuthorRepository authors;
    private final DeskRepository desks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BylineService(AuthorRepository authors, DeskRepository desks, ApplicationEventPublisher events, Clock clock) {
        this.authors = authors;
        this.desks = desks;
        this.events = events;
        this.clock = clock;
    }

    public record AuthorInput(String slug, String name, String bio, String photoUrl) {}

    public record DeskInput(String slug, String name) {}

    @Transactional
    public Author createAuthor(Actor actor, AuthorInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        validateAuthor(in);
        if (authors.findBySlug(in.slug()).isPresent()) {
            throw new ConflictException("slug", "يوجد كاتب بهذا المعرّف: " + in.slug());
        }
        long id = authors.insert(in.slug(), in.name().trim(), nullToEmpty(in.bio()), blankToNull(in.photoUrl()), clock.instant());
        events.publishEvent(new ContentChangedEvent("author", id));
        return authors.findById(id).orElseThrow();
    }

    @Transactional
    public Author updateAuthor(Actor actor, long id, AuthorInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        authors.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد كاتب بهذا الرقم"));
        validateAuthor(in);
        authors.findBySlug(in.slug()).filter(a -> a.id() != id).ifPresent(a -> {
            throw new ConflictException("slug", "يوجد كاتب آخر بهذا المعرّف: " + in.slug());
        });
        authors.update(id, in.slug(), in.name().trim(), nullToEmpty(in.bio()), blankToNull(in.photoUrl()));
        events.publishEvent(new ContentChangedEvent("author", id));
        return authors.findById(id).orElseThrow();
    }

    @Transactional
    public void deleteAuthor(Actor actor, long id) {
        actor.require(Permission.MANAGE_TAXONOMY);
        authors.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد كاتب بهذا الرقم"));
        if (authors.countArticles(id) > 0) {
            throw new ConflictException("id", "لا يمكن حذف كاتب له مقالات");
        }
        authors.delete(id);
        events.publishEvent(new ContentChangedEvent("author", id));
    }

    @Transactional
    public Desk createDesk(Actor actor, DeskInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        DeskInput filled = new DeskInput(Validation.present(in.slug()) ? in.slug() : slugForDesk(in.name()), in.name());
        validateDesk(filled);
        if (desks.findBySlug(filled.slug()).isPresent() || desks.findByName(filled.name().trim()).isPresent()) {
            throw new ConflictException("name", "يوجد مكتب تحرير بهذا الاسم أو المعرّف");
        }
        long id = desks.insert(filled.slug(), filled.name().trim(), clock.instant());
        events.publishEvent(new ContentChangedEvent("desk", id));
        return desks.findById(id).orElseThrow();
    }

    @Transactional
    public Desk updateDesk(Actor actor, long id, DeskInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        desks.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد مكتب تحرير بهذا الرقم"));
        validateDesk(in);
        desks.findBySlug(in.slug()).filter(d -> d.id() != id).ifPresent(d -> {
            throw new ConflictException("slug", "يوجد مكتب آخر بهذا المعرّف");
        });
        desks.findByName(in.name().trim()).filter(d -> d.id() != id).ifPresent(d -> {
            throw new ConflictException("name", "يوجد مكتب آخر بهذا الاسم");
        });
        desks.update(id, in.slug(), in.name().trim());
        events.publishEvent(new ContentChangedEvent("desk", id));
        return desks.findById(id).orElseThrow();
    }

    @Transactional
    public void deleteDesk(Actor actor, long id) {
        actor.require(Permission.MANAGE_TAXONOMY);
        desks.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد مكتب تحرير بهذا الرقم"));
        if (desks.countArticles(id) > 0) {
            throw new ConflictException("id", "لا يمكن حذف مكتب تحرير له مقالات");
        }
        desks.delete(id);
        events.publishEvent(new ContentChangedEvent("desk", id));
    }

    /**
     * The desk a byline names, by slug or by its shown name; created when missing, because a
     * desk is only a name (an article posted with "فريق التحرير" should just work).
     */
    @Transactional
    public Desk deskFor(String slugOrName) {
        String clean = slugOrName.trim().replaceAll("\\s+", " ");
        Optional<Desk> found = desks.findBySlug(clean).or(() -> desks.findByName(clean));
        return found.orElseGet(() -> {
            String slug = slugForDesk(clean);
            if (desks.findBySlug(slug).isPresent()) {
                slug = slug + "-" + (desks.findAll().size() + 1);
            }
            long id = desks.insert(slug, clean, clock.instant());
            return desks.findById(id).orElseThrow();
        });
    }

    private static String slugForDesk(String name) {
        String slug = name == null ? "" : ArabicSlugs.slugify(name, 100);
        return slug.isEmpty() ? "desk" : slug;
    }

    private static void validateAuthor(AuthorInput in) {
        new Validation()
                .require(Validation.present(in.slug()), "slug", "معرّف الكاتب مطلوب")
                .require(!Validation.present(in.slug()) || Slugs.isValid(in.slug()), "slug", Slugs.RULE_AR)
                .require(Validation.present(in.name()), "name", "اسم الكاتب مطلوب")
                .require(in.name() == null || in.name().length() <= 200, "name", "اسم الكاتب أطول من 200 حرف")
                .require(in.bio() == null || in.bio().length() <= 2000, "bio", "النبذة أطول من 2000 حرف")
                .require(in.photoUrl() == null || in.photoUrl().isBlank() || SafeUrls.isSafe(in.photoUrl()), "photoUrl", SafeUrls.RULE_AR)
                .throwIfInvalid();
    }

    private static void validateDesk(DeskInput in) {
        new Validation()
                .require(Validation.present(in.name()), "name", "اسم مكتب التحرير مطلوب")
                .require(in.name() == null || in.name().length() <= 200, "name", "الاسم أطول من 200 حرف")
                .require(Slugs.isValid(in.slug()), "slug", Slugs.RULE_AR)
                .throwIfInvalid();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
