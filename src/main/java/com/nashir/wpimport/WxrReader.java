package com.nashir.wpimport;

import com.nashir.system.Messages;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export file as a stream (StAX), one item at a time, so memory stays flat
 * whatever the file's size: only the item being read is held.
 *
 * <p>Safe against hostile files: no DTD is processed (a DOCTYPE is refused outright), so no
 * external entity is ever fetched (XXE) and no entity can expand (billion laughs). A file that is
 * not well-formed or is cut short stops the reading with a {@link WxrException} naming the line.
 */
final class WxrReader {
    static final String WP = "wp:";

    /** What the reader hands over, in file order. */
    interface Handler {
        void author(Wxr.Entry author);

        void category(Wxr.Entry category);

        void tag(Wxr.Entry tag);

        void item(Wxr.Item item);
    }

    private static final XMLInputFactory FACTORY = secureFactory();

    private WxrReader() {}

    private static XMLInputFactory secureFactory() {
        // The JDK's own parser, whatever else is on the class path.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /**
     * Reads the whole file, calling {@code handler} for each author, category, tag and item;
     * {@code bytesRead} hears how far into the file the reading is.
     */
    static void read(Path file, Handler handler, LongConsumer bytesRead) {
        try (InputStream in = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16), bytesRead)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                readDocument(r, handler);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new WxrException(line, Messages.text("wpimport.wxr.malformed", line, parserMessage(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void readDocument(XMLStreamReader r, Handler handler) throws XMLStreamException {
        boolean sawRss = false;
        boolean sawChannel = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new WxrException(line(r), Messages.text("wpimport.wxr.doctype", line(r)));
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String key = key(r.getName());
            if (!sawRss) {
                if (!"rss".equals(key)) {
                    throw new WxrException(line(r), Messages.text("wpimport.wxr.not-rss", line(r), r.getLocalName()));
                }
                sawRss = true;
                continue;
            }
            switch (key) {
                case "channel" -> sawChannel = true;
                case "wp:author" -> handler.author(new Wxr.Entry(flat(r), line(r)));
                case "wp:category" -> handler.category(new Wxr.Entry(flat(r), line(r)));
                case "wp:tag" -> handler.tag(new Wxr.Entry(flat(r), line(r)));
                case "item" -> handler.item(item(r));
                default -> {
                    if (sawChannel) {
                        text(r); // a channel field (title, link, wp:base_site_url, wp:term…): not needed
                    }
                }
            }
        }
        if (!sawChannel) {
            throw new WxrException(line(r), Messages.text("wpimport.wxr.no-channel"));
        }
    }

    private static Wxr.Item item(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        Map<String, String> fields = new LinkedHashMap<>();
        List<Wxr.ItemTerm> terms = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        List<Wxr.Comment> comments = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String key = key(r.getName());
            switch (key) {
                case "category" -> {
                    String domain = attr(r, "domain");
                    String nicename = attr(r, "nicename");
                    terms.add(new Wxr.ItemTerm(domain, nicename, text(r).strip()));
                }
                case "wp:postmeta" -> {
                    Map<String, String> m = flat(r);
                    String metaKey = m.getOrDefault("wp:meta_key", "").strip();
                    if (!metaKey.isEmpty()) {
                        meta.put(metaKey, m.getOrDefault("wp:meta_value", ""));
                    }
                }
                case "wp:comment" -> comments.add(new Wxr.Comment(flat(r)));
                default -> fields.put(key, text(r));
            }
        }
        return new Wxr.Item(fields, terms, meta, comments, line);
    }

    /** The child elements of the current element as key → text, up to its end tag. */
    private static Map<String, String> flat(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return fields;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String key = key(r.getName());
                String value = text(r);
                fields.merge(key, value, (a, b) -> a);
            }
        }
    }

    /** All text (CDATA included) inside the current element, up to its end tag, by Nashir's input rule ({@link com.nashir.system.InputText}). */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (r.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
        return com.nashir.system.InputText.clean(sb.toString());
    }

    /**
     * "wp:post_id", "content:encoded", "excerpt:encoded", "dc:creator" or the bare local name,
     * by namespace: WXR 1.0–1.2 differ in the wp namespace's version, never in these roots.
     */
    static String key(QName name) {
        String ns = name.getNamespaceURI();
        String local = name.getLocalPart();
        if (ns == null || ns.isEmpty()) {
            return local;
        }
        if (ns.startsWith("http://wordpress.org/export/") && ns.endsWith("/excerpt/")) {
            return "excerpt:" + local;
        }
        if (ns.startsWith("http://wordpress.org/export/")) {
            return WP + local;
        }
        if (ns.equals("http://purl.org/rss/1.0/modules/content/")) {
            return "content:" + local;
        }
        if (ns.equals("http://purl.org/dc/elements/1.1/")) {
            return "dc:" + local;
        }
        return local;
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : com.nashir.system.InputText.clean(v.strip());
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }

    /** The parser's own words without its "ParseError at [row,col]" preamble. */
    private static String parserMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    /** Counts the bytes the parser has taken from the file. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer progress;
        private long count;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
                progress.accept(count);
            }
            return n;
        }
    }
}
