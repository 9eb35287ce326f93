/**
 * Feature: the public read side, no HTTP — what readers may see ("published and due") written once
 * and handed out as {@code PublicArticle} and {@code PublicCard}, never the newsroom's
 * {@code Article} or {@code ArticleCard}. {@code web/}, {@code feed/} and {@code wordpress/} read
 * only through here.
 */
package com.nashir.published;
