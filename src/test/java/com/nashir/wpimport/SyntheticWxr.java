package com.nashir.wpimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a large WordPress export on the fly for the streaming test and for measuring by hand:
 * {@code posts} published posts of about {@code bodyBytes} of Arabic text each, in ten
 * categories, every tenth with a comment. Run {@code main} with a path and a post count to make
 * a file by hand (20,000 posts of 5 kB ≈ 115 MB).
 */
final class SyntheticWxr {
    private static final String PARAGRAPH =
            "قال مسؤولون في البلدية إن أعمال الصيانة في شبكة المياه ستستمر حتى نهاية الشهر، "
                    + "وإن الأحياء الشمالية ستتأثر بانقطاعات متقطعة خلال ساعات النهار. ";

    private SyntheticWxr() {}

    static void write(Path file, int posts, int bodyBytes) throws IOException {
        write(file, posts, bodyBytes, 0, 0);
    }

    /** The same plus {@code pages} pages of about {@code pageBytes} each, after the posts (bulk an import may skip). */
    static void write(Path file, int posts, int bodyBytes, int pages, int pageBytes) throws IOException {
        String pageText = PARAGRAPH.repeat(Math.max(1, pageBytes / 2 / PARAGRAPH.length()));
        String paragraph = PARAGRAPH.repeat(Math.max(1, bodyBytes / 2 / PARAGRAPH.length() / 3));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                      xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel><title>أرشيف كبير</title><wp:wxr_version>1.2</wp:wxr_version>
                    <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[archive]]></wp:author_login>
                    <wp:author_display_name><![CDATA[محرر الأرشيف]]></wp:author_display_name></wp:author>
                    """);
            for (int c = 1; c <= 10; c++) {
                w.write("<wp:category><wp:term_id>" + (900 + c) + "</wp:term_id><wp:category_nicename><![CDATA[bulk-"
                        + c + "]]></wp:category_nicename><wp:cat_name><![CDATA[قسم الأرشيف " + c
                        + "]]></wp:cat_name></wp:category>\n");
            }
            for (int i = 1; i <= posts; i++) {
                int id = 100_000 + i;
                String date = String.format(
                        Locale.ROOT,
                        "20%02d-%02d-%02d %02d:%02d:00",
                        10 + i % 14,
                        1 + i % 12,
                        1 + i % 28,
                        i % 24,
                        i % 60);
                w.write("<item><title>خبر من الأرشيف رقم " + i
                        + "</title><dc:creator><![CDATA[archive]]></dc:creator>\n");
                w.write("<content:encoded><![CDATA[" + paragraph + "\n\n" + paragraph + "\n\n" + paragraph
                        + "]]></content:encoded>\n");
                w.write("<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>" + id + "</wp:post_id>");
                w.write("<wp:post_date><![CDATA[" + date + "]]></wp:post_date><wp:post_date_gmt><![CDATA[" + date
                        + "]]></wp:post_date_gmt>");
                w.write("<wp:comment_status><![CDATA[open]]></wp:comment_status><wp:post_name><![CDATA[archive-" + i
                        + "]]></wp:post_name>");
                w.write("<wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>\n");
                w.write("<category domain=\"category\" nicename=\"bulk-" + (1 + i % 10) + "\"><![CDATA[قسم الأرشيف "
                        + (1 + i % 10) + "]]></category>\n");
                if (i % 10 == 0) {
                    w.write("<wp:comment><wp:comment_id>" + id
                            + "</wp:comment_id><wp:comment_author><![CDATA[قارئ]]></wp:comment_author>"
                            + "<wp:comment_date_gmt><![CDATA[" + date
                            + "]]></wp:comment_date_gmt><wp:comment_content><![CDATA[شكراً على المتابعة]]>"
                            + "</wp:comment_content><wp:comment_approved><![CDATA[1]]></wp:comment_approved>"
                            + "<wp:comment_parent>0</wp:comment_parent></wp:comment>\n");
                }
                w.write("</item>\n");
            }
            for (int i = 1; i <= pages; i++) {
                w.write("<item><title>صفحة " + i + "</title><content:encoded><![CDATA[" + pageText
                        + "]]></content:encoded><wp:post_id>" + (500_000 + i)
                        + "</wp:post_id><wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>\n");
            }
            w.write("</channel>\n</rss>\n");
        }
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        write(file, Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5000);
        System.out.printf(Locale.ROOT, "%s: %.1f MB%n", file, Files.size(file) / 1e6);
    }
}
