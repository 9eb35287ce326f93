package com.nashir.web;

import com.nashir.published.PublicCard;
import com.nashir.system.ListingPage;

/** What a listing page shows. {@code kind} is the Arabic word for the listing type ("قسم"). */
public record Listing(
        String kind, String heading, String intro, String path, String photoUrl, ListingPage<PublicCard> page) {}
