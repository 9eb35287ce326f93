package com.nashir.media;

/** New descriptive text for a media item; the files never change (their addresses are cached for a year). */
public record MediaChange(String alt, String caption, String credit, Boolean archive) {}
