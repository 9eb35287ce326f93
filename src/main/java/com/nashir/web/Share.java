package com.nashir.web;

/** Share links for an article: plain links to the services, no third-party scripts on the page. */
public record Share(
        String url, String shortUrl, String whatsapp, String telegram, String x, String facebook, String email) {}
