/**
 * Feature: the public read side, no HTTP — what readers may see ("published and due") written once
 * and handed out as {@code PublicArticle}, never the newsroom's {@code Article}. {@code web/},
 * {@code feed/} and {@code wordpress/} read only through here.
 */
package com.nashir.published;
