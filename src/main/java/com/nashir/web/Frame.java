package com.nashir.web;

import com.nashir.address.Assets;
import com.nashir.address.Permalinks;
import com.nashir.breaking.BreakingItem;
import com.nashir.format.Fmt;
import com.nashir.section.Section;
import com.nashir.site.SiteSettings;
import java.util.List;

/**
 * What every public page shares: the site's name, the section menu, the "عاجل" strip and the
 * page's own title, description and canonical address. {@code breakingEventId} is the breaking
 * event the strip was read at: the page's live stream resumes from it. {@code preview} marks the
 * newsroom's preview of an unsaved article: same page, with a banner and no indexing. {@code meta} is
 * what the head tells feed readers, search engines and social networks.
 */
public record Frame(
        SiteSettings site,
        Fmt fmt,
        List<Section> sections,
        List<BreakingItem> breaking,
        long breakingEventId,
        String title,
        String description,
        String canonical,
        String activeSection,
        String stylesheet,
        Images images,
        boolean preview,
        PageMeta meta) {

    /** The sections the main menu shows (the newsroom chooses them); the footer lists every section. */
    public List<Section> menu() {
        return sections.stream().filter(Section::inMenu).toList();
    }

    /** The same frame, marked as the newsroom's preview. */
    public Frame asPreview() {
        return new Frame(
                site,
                fmt,
                sections,
                breaking,
                breakingEventId,
                title,
                description,
                canonical,
                activeSection,
                stylesheet,
                images,
                true,
                meta);
    }

    /** The same frame with other feeds, picture or structured data. */
    public Frame with(PageMeta other) {
        return new Frame(
                site,
                fmt,
                sections,
                breaking,
                breakingEventId,
                title,
                description,
                canonical,
                activeSection,
                stylesheet,
                images,
                preview,
                other);
    }

    /** The og:title: the page's own title, or the site's name on the home page. */
    public String socialTitle() {
        return title == null || title.isBlank() ? site.name() : title;
    }

    /** The live strip's stream, resuming after the event this page was rendered at. */
    public String breakingStream() {
        return Permalinks.liveBreaking(breakingEventId);
    }

    /** The content-hashed address of a script in static/assets. */
    public String script(String name) {
        return Assets.versioned(name);
    }

    /** True on the home page (title-less frame), for the menu's current-page mark. */
    public boolean isHome() {
        return title == null;
    }

    /** "headline — site name", or the site name alone for the home page. */
    public String fullTitle() {
        return title == null || title.isBlank() ? site.name() : title + " — " + site.name();
    }
}
