package com.nashir.admin;

import com.nashir.author.Author;
import com.nashir.author.BylineService.AuthorInput;
import com.nashir.author.BylineService.DeskInput;
import com.nashir.author.Desk;
import com.nashir.section.Section;
import com.nashir.section.SectionService.SectionInput;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.tag.Tag;
import com.nashir.tag.TagService.TagInput;

/**
 * The fields of the section, tag, author and desk forms as the browser posts them; each kind uses
 * its own subset. Numbers arrive as text so that a mistyped one is a message on the form, not a
 * binding error: a position that is not a number goes on as -1, which the service refuses with the
 * other mistakes of the same form. The author photo is a media library image ({@code photoMediaId}, chosen from the
 * list) or else whatever {@code photoUrl} says: an image number or an address. A section's "in
 * the main menu" box posts {@code menu=on} when ticked and nothing when not; the hidden
 * {@code menuAsked} field says the form showed the box, so "not ticked" is told from "not asked".
 */
public record TaxonomyForm(
        String name,
        String slug,
        String description,
        String position,
        String bio,
        String photoUrl,
        String photoMediaId,
        String user,
        String menu,
        String menuAsked,
        String opinion) {

    public static TaxonomyForm empty() {
        return new TaxonomyForm("", "", "", "", "", "", "", "", "on", "", "");
    }

    public static TaxonomyForm of(Section s) {
        return new TaxonomyForm(
                s.name(),
                s.slug(),
                s.description(),
                Integer.toString(s.position()),
                "",
                "",
                "",
                "",
                s.inMenu() ? "on" : "",
                "",
                s.opinion() ? "on" : "");
    }

    public static TaxonomyForm of(Tag t) {
        return new TaxonomyForm(t.name(), t.slug(), t.description(), "", "", "", "", "", "", "", "");
    }

    public static TaxonomyForm of(Desk d) {
        return new TaxonomyForm(d.name(), d.slug(), d.description(), "", "", "", "", "", "", "", "");
    }

    public static TaxonomyForm of(Author a, String username) {
        return new TaxonomyForm(
                a.name(),
                a.slug(),
                "",
                "",
                a.bio(),
                a.photoUrl() == null ? "" : a.photoUrl(),
                "",
                username == null ? "" : username,
                "",
                "",
                "");
    }

    /** Whether the section form shows the opinion box ticked. */
    public boolean isOpinion() {
        return !blank(opinion);
    }

    /** Whether the section form shows the menu box ticked. */
    public boolean inMenu() {
        return !blank(menu);
    }

    /** Blank position: after the last section (new) or where it is (edit); no menu box: in the menu (new) or as it is (edit). */
    public SectionInput toSection() {
        Integer at;
        try {
            at = blank(position) ? null : Integer.valueOf(position.strip());
        } catch (NumberFormatException e) {
            at = -1;
        }
        Boolean inMenu = blank(menuAsked) ? null : !blank(menu);
        // The opinion box sits beside the menu box: asked together, so "not ticked" means "not opinion".
        Boolean isOpinion = blank(menuAsked) ? null : !blank(opinion);
        return new SectionInput(slug, name, text(description), at, inMenu, isOpinion);
    }

    public TagInput toTag() {
        return new TagInput(name, slug, text(description));
    }

    public DeskInput toDesk() {
        return new DeskInput(slug, name, text(description));
    }

    /** An empty user field means a guest writer, without an account. */
    public AuthorInput toAuthor() {
        String error = Messages.text("admin.taxonomy.photo-not-number");
        Long media = blank(photoMediaId) ? null : number(photoMediaId, "photoMediaId", error);
        String url = blank(photoUrl) ? null : photoUrl.strip();
        if (media == null && url != null && url.chars().allMatch(Character::isDigit)) {
            media = number(url, "photoUrl", error);
            url = null;
        }
        return new AuthorInput(slug, name, text(bio), url, media, user == null ? "" : user.strip());
    }

    private static Long number(String text, String field, String message) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, message);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
