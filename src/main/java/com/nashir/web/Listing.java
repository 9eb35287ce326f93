package com.nashir.web;

import com.nashir.article.ArticleCard;
import com.nashir.system.ListingPage;

/** What a listing page shows. {@code kind} is the Arabic word for the listing type ("قسم"). */
public record Listing(
        String kind, String heading, String intro, String path, String photoUrl, ListingPage<ArticleCard> page) {}
