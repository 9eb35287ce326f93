package com.nashir.web;

/** A feed announced in a page's head: {@code <link rel="alternate" type=… title=… href=…>}. */
public record FeedLink(String type, String title, String href) {}
