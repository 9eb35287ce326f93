package com.nashir.author;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.ArabicSlugs;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.system.ConflictException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.SafeUrls;
import com.nashir.system.SlugHistory;
import com.nashir.system.Slugs;
import com.nashir.system.Validation;
import com.nashir.user.User;
import com.nashir.user.UserRepository;
import com.nashir.user.UserService;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing the names that stand in a byline: authors (people, with or without a newsroom account)
 * and desks (editors and up). One that signs articles is never deleted. A changed slug is
 * remembered so old links answer 301.
 */
@Service
public class BylineService {
    static final int MAX_DESCRIPTION = 2000;

    private final AuthorRepository authors;
    private final DeskRepository desks;
    private final SlugHistory history;
    private final MediaLibrary media;
    private final UserRepository userRows;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BylineService(
            AuthorRepository authors,
            DeskRepository desks,
            SlugHistory history,
            MediaLibrary media,
            UserRepository userRows,
            UserService users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.authors = authors;
        this.desks = desks;
        this.history = history;
        this.media = media;
        this.userRows = userRows;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An author as a caller sends it. The photo is an image of the media library by number
     * ({@code photoMediaId}, which wins) or any safe URL. {@code user} is the username of the
     * account that signs as this author: null keeps the current link (none on create), "" removes it.
     */
    public record AuthorInput(String slug, String name, String bio, String photoUrl, Long photoMediaId, String user) {}

    /** A blank slug is made from the name; on update a null description keeps the stored one. */
    public record DeskInput(String slug, String name, String description) {}

    @Transactional
    public Author createAuthor(Actor actor, AuthorInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Validation v = new Validation();
        validateAuthor(in, v);
        String photo = photo(in, v);
        Long userId = user(in.user(), null, v);
        v.throwIfInvalid();
        if (authors.findBySlug(in.slug().strip()).isPresent()) {
            throw new ConflictException(
                    "slug", Messages.text("author.slug.taken", in.slug().strip()));
        }
        long id = authors.insert(in.slug().strip(), in.name().strip(), nullToEmpty(in.bio()), photo, clock.instant());
        if (userId != null) {
            users.linkAuthor(actor, id, userId);
        }
        events.publishEvent(new AuthorChanged(id));
        return authors.findById(id).orElseThrow();
    }

    @Transactional
    public Author updateAuthor(Actor actor, long id, AuthorInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Author current =
                authors.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("author.not-found")));
        Validation v = new Validation();
        validateAuthor(in, v);
        String photo = photo(in, v);
        Long userId = user(in.user(), id, v);
        v.throwIfInvalid();
        String slug = in.slug().strip();
        authors.findBySlug(slug).filter(a -> a.id() != id).ifPresent(a -> {
            throw new ConflictException("slug", Messages.text("author.slug.taken-other", slug));
        });
        if (!slug.equals(current.slug())) {
            history.remember("author", current.slug(), id, clock.instant());
        }
        authors.update(id, slug, in.name().strip(), nullToEmpty(in.bio()), photo);
        if (in.user() != null) {
            users.linkAuthor(actor, id, userId);
        }
        events.publishEvent(new AuthorChanged(id));
        return authors.findById(id).orElseThrow();
    }

    /** Refused while the author signs articles; an account that signed as them stays, unlinked. */
    @Transactional
    public void deleteAuthor(Actor actor, long id) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Author author =
                authors.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("author.not-found")));
        long articles = authors.countArticles(id);
        if (articles > 0) {
            throw new ConflictException("id", Messages.text("author.delete.signs-articles", author.name(), articles));
        }
        users.linkAuthor(actor, id, null);
        authors.delete(id);
        history.forget("author", id);
        events.publishEvent(new AuthorChanged(id));
    }

    /** The account that signs as this author, if any. */
    public Optional<User> linkedUser(long authorId) {
        return userRows.findByAuthorId(authorId);
    }

    @Transactional
    public Desk createDesk(Actor actor, DeskInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        String slug = Validation.present(in.slug()) ? in.slug().strip() : slugForDesk(in.name());
        validateDesk(slug, in);
        String name = in.name().strip();
        if (desks.findBySlug(slug).isPresent()) {
            throw new ConflictException("slug", Messages.text("author.desk.slug-taken", slug));
        }
        if (desks.findByName(name).isPresent()) {
            throw new ConflictException("name", Messages.text("author.desk.name-taken", name));
        }
        long id = desks.insert(slug, name, nullToEmpty(in.description()), clock.instant());
        events.publishEvent(new DeskChanged(id));
        return desks.findById(id).orElseThrow();
    }

    @Transactional
    public Desk updateDesk(Actor actor, long id, DeskInput in) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Desk current =
                desks.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("author.desk.not-found")));
        String slug = nullToEmpty(in.slug());
        validateDesk(slug, in);
        String name = in.name().strip();
        desks.findBySlug(slug).filter(d -> d.id() != id).ifPresent(d -> {
            throw new ConflictException("slug", Messages.text("author.desk.slug-taken-other", slug));
        });
        desks.findByName(name).filter(d -> d.id() != id).ifPresent(d -> {
            throw new ConflictException("name", Messages.text("author.desk.name-taken-other", name));
        });
        if (!slug.equals(current.slug())) {
            history.remember("desk", current.slug(), id, clock.instant());
        }
        desks.update(
                id,
                slug,
                name,
                in.description() == null
                        ? current.description()
                        : in.description().strip());
        events.publishEvent(new DeskChanged(id));
        return desks.findById(id).orElseThrow();
    }

    @Transactional
    public void deleteDesk(Actor actor, long id) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Desk desk = desks.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("author.desk.not-found")));
        long articles = desks.countArticles(id);
        if (articles > 0) {
            throw new ConflictException(
                    "id", Messages.text("author.desk.delete-signs-articles", desk.name(), articles));
        }
        desks.delete(id);
        history.forget("desk", id);
        events.publishEvent(new DeskChanged(id));
    }

    /**
     * The desk a byline names, by slug or by its shown name; created when missing, because a
     * desk is only a name (an article posted with "فريق التحرير" should just work).
     */
    @Transactional
    /** The desk {@link #deskFor} would give, if it exists already. */
    public Optional<Desk> findDesk(String slugOrName) {
        String clean = slugOrName.trim().replaceAll("\\s+", " ");
        return desks.findBySlug(clean).or(() -> desks.findByName(clean));
    }

    public Desk deskFor(String slugOrName) {
        String clean = slugOrName.trim().replaceAll("\\s+", " ");
        Optional<Desk> found = desks.findBySlug(clean).or(() -> desks.findByName(clean));
        return found.orElseGet(() -> {
            String slug = slugForDesk(clean);
            if (desks.findBySlug(slug).isPresent()) {
                slug = slug + "-" + (desks.findAll().size() + 1);
            }
            long id = desks.insert(slug, clean, "", clock.instant());
            events.publishEvent(new DeskAdded(id));
            return desks.findById(id).orElseThrow();
        });
    }

    /** The photo's address: the media item's smallest size (author photos are shown small), or the URL as given. */
    private String photo(AuthorInput in, Validation v) {
        if (in.photoMediaId() != null) {
            try {
                MediaItem item = media.get(in.photoMediaId());
                return item.sizes().get(0).path();
            } catch (NotFoundException e) {
                v.add("photoMediaId", Messages.text("author.photo.not-found", in.photoMediaId()));
                return null;
            }
        }
        return blankToNull(in.photoUrl());
    }

    /** The account to link, by username; null for none. Adds a field error for an unknown one or one that signs as another author. */
    private Long user(String username, Long authorId, Validation v) {
        if (username == null || username.isBlank()) {
            return null;
        }
        Optional<User> user = userRows.findByLogin(username.strip());
        if (user.isEmpty()) {
            v.add("user", Messages.text("author.user.unknown", username.strip()));
            return null;
        }
        Long signsAs = user.get().authorId();
        if (signsAs != null && !signsAs.equals(authorId)) {
            String other = authors.findById(signsAs).map(Author::name).orElse("#" + signsAs);
            v.add("user", Messages.text("author.user.signs-as-other", user.get().username(), other));
        }
        return user.get().id();
    }

    private static String slugForDesk(String name) {
        String slug = name == null ? "" : ArabicSlugs.slugify(name, 100);
        return slug.isEmpty() ? "desk" : slug;
    }

    private static void validateAuthor(AuthorInput in, Validation v) {
        v.require(Validation.present(in.slug()), "slug", Messages.text("author.slug.required"))
                .require(
                        !Validation.present(in.slug())
                                || Slugs.isValid(in.slug().strip()),
                        "slug",
                        Slugs.RULE_AR)
                .require(Validation.present(in.name()), "name", Messages.text("author.name.required"))
                .require(
                        in.name() == null || in.name().strip().length() <= 200,
                        "name",
                        Messages.text(
                                "author.name.too-long",
                                ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(
                        in.bio() == null || in.bio().strip().length() <= 2000,
                        "bio",
                        Messages.text(
                                "author.bio.too-long",
                                ArabicCount.after(2000, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(
                        in.photoMediaId() != null
                                || in.photoUrl() == null
                                || in.photoUrl().isBlank()
                                || SafeUrls.isSafe(in.photoUrl()),
                        "photoUrl",
                        SafeUrls.RULE_AR);
    }

    private static void validateDesk(String slug, DeskInput in) {
        new Validation()
                .require(Validation.present(in.name()), "name", Messages.text("author.desk.name-required"))
                .require(
                        in.name() == null || in.name().strip().length() <= 200,
                        "name",
                        Messages.text(
                                "author.desk.name-too-long",
                                ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(Slugs.isValid(slug), "slug", Slugs.RULE_AR)
                .require(
                        in.description() == null || in.description().strip().length() <= MAX_DESCRIPTION,
                        "description",
                        Messages.text(
                                "author.desk.description-too-long",
                                ArabicCount.after(MAX_DESCRIPTION, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .throwIfInvalid();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
