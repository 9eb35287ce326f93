package com.nashir.feed;

import com.nashir.system.InputText;
import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndImage;
import com.rometools.rome.feed.synd.SyndImageImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Feed} as RSS 2.0 or Atom 1.0 with Rome: dates as RFC 822 (RSS) and RFC 3339
 * (Atom), both in UTC; the language as {@code <language>ar</language>} and {@code xml:lang="ar"};
 * the featured image as an enclosure and as Media RSS {@code media:content}; the section and tags as
 * categories; a self link in both.
 */
@Component
public class RomeFeedWriter {
    /** Where the output buffer starts: a summary feed fits; one of twenty whole articles (about 150 KB) grows it twice. */
    private static final int OUTPUT_BUFFER = 64 * 1024;

    /** The two XML formats. */
    private enum Format {
        RSS,
        ATOM
    }

    /** The RSS document, UTF-8. */
    public byte[] rss(Feed feed) {
        return write(feed, Format.RSS);
    }

    /** The Atom document, UTF-8. */
    public byte[] atom(Feed feed) {
        return write(feed, Format.ATOM);
    }

    private byte[] write(Feed feed, Format format) {
        SyndFeed f = new SyndFeedImpl();
        f.setFeedType(format == Format.RSS ? "rss_2.0" : "atom_1.0");
        f.setTitle(x(feed.title()));
        f.setDescription(x(feed.description()));
        f.setLink(feed.pageUrl());
        f.setLanguage(feed.language());
        f.setPublishedDate(Date.from(feed.updated()));
        f.setGenerator("Nashir");
        String self = format == Format.RSS ? feed.rssUrl() : feed.atomUrl();
        String selfType = format == Format.RSS ? "application/rss+xml" : "application/atom+xml";
        if (format == Format.ATOM) {
            f.setUri(feed.atomUrl());
            f.setLinks(List.of(link("alternate", feed.pageUrl(), "text/html"), link("self", self, selfType)));
            f.setIcon(image(feed));
        } else {
            AtomLinkModule atom = new AtomLinkModuleImpl();
            Link link = new Link();
            link.setRel("self");
            link.setHref(self);
            link.setType(selfType);
            atom.setLinks(List.of(link));
            f.getModules().add(atom);
            // RSS readers show only GIF, JPEG or PNG channel images: the SVG icon is left out.
            if (!feed.iconUrl().endsWith(".svg")) {
                f.setImage(image(feed));
            }
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            entries.add(entry(e, format));
        }
        f.setEntries(entries);
        try {
            WireFeed wire = f.createWireFeed();
            Document doc = new WireFeedOutput().outputJDom(wire);
            if (format == Format.ATOM) {
                // Rome's Atom generator does not write the feed language; Atom says it with xml:lang.
                doc.getRootElement().setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE);
            }
            // Written as UTF-8 bytes once: as a String, the response encoded it twice (its length, then its body).
            ByteArrayOutputStream out = new ByteArrayOutputStream(OUTPUT_BUFFER);
            new XMLOutputter(org.jdom2.output.Format.getPrettyFormat().setEncoding("UTF-8")).output(doc, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the " + format + " feed " + self, e);
        }
    }

    private static SyndEntry entry(FeedEntry e, Format format) {
        SyndEntry s = new SyndEntryImpl();
        s.setUri(e.id());
        s.setLink(e.url());
        s.setTitle(x(e.title()));
        s.setDescription(content("text/plain", x(e.summary())));
        if (e.contentHtml() != null) {
            s.setContents(List.of(content("text/html", x(e.contentHtml()))));
        }
        s.setPublishedDate(Date.from(e.published()));
        s.setUpdatedDate(Date.from(e.updated()));
        if (format == Format.ATOM) {
            List<SyndPerson> people = new ArrayList<>();
            for (FeedPerson p : e.authors()) {
                SyndPerson person = new SyndPersonImpl();
                person.setName(x(p.name()));
                person.setUri(p.url());
                people.add(person);
            }
            s.setAuthors(people);
        } else {
            // RSS's <author> wants an e-mail address; names go in dc:creator.
            ((DCModule) s.getModule(DCModule.URI))
                    .setCreators(e.authors().stream().map(p -> x(p.name())).toList());
        }
        List<SyndCategory> categories = new ArrayList<>();
        for (String name : e.categories()) {
            SyndCategory c = new SyndCategoryImpl();
            c.setName(x(name));
            categories.add(c);
        }
        s.setCategories(categories);
        if (e.image() != null) {
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(e.image().url());
            enclosure.setType(e.image().type());
            enclosure.setLength(e.image().bytes());
            s.setEnclosures(List.of(enclosure));
            Module media = media(e.image());
            if (media != null) {
                s.getModules().add(media);
            }
        }
        return s;
    }

    /** media:content with the picture's size and its caption as media:description; null for an address Rome cannot hold. */
    private static Module media(FeedImage image) {
        URI uri;
        try {
            uri = new URI(image.url());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        MediaContent content = new MediaContent(new UrlReference(uri));
        content.setType(image.type());
        content.setMedium("image");
        content.setWidth(image.width());
        content.setHeight(image.height());
        if (image.bytes() > 0) {
            content.setFileSize(image.bytes());
        }
        Metadata metadata = new Metadata();
        if (!image.caption().isBlank()) {
            metadata.setDescription(x(image.caption()));
        }
        if (!image.alt().isBlank()) {
            metadata.setTitle(x(image.alt()));
        }
        content.setMetadata(metadata);
        MediaEntryModuleImpl module = new MediaEntryModuleImpl();
        module.setMediaContents(new MediaContent[] {content});
        return module;
    }

    /**
     * Text as XML may hold it ({@link InputText}): text stored before the input rule existed, or
     * that reached the database another way, must not make the whole feed fail (JDOM refuses
     * U+000B and its kind, and the feed answered 500).
     */
    private static String x(String text) {
        return InputText.clean(text);
    }

    private static SyndContent content(String type, String value) {
        SyndContent c = new SyndContentImpl();
        c.setType(type);
        c.setValue(value);
        return c;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink l = new SyndLinkImpl();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        return l;
    }

    private static SyndImage image(Feed feed) {
        SyndImage i = new SyndImageImpl();
        i.setUrl(feed.iconUrl());
        i.setTitle(x(feed.title()));
        i.setLink(feed.pageUrl());
        return i;
    }
}
