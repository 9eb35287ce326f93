package com.nashir.article;

/**
 * The lead picture of an article. {@code archive} marks an archive photo: the caption is then
 * shown with "ـ أرشيف" appended, as Arabic papers print it.
 */
public record FeaturedImage(String url, String caption, String credit, String alt, boolean archive) {

    public static final String ARCHIVE_SUFFIX = com.nashir.system.Messages.text("article.image.archive-suffix");

    /** Caption as readers see it: "قوات وطائرات روسية في قاعدة حميميم ـ أرشيف". */
    public String displayCaption() {
        if (!archive) {
            return caption;
        }
        return caption.isBlank() ? ARCHIVE_SUFFIX : caption + " " + ARCHIVE_SUFFIX;
    }
}
