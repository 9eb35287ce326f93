package com.nashir.web;

import com.nashir.published.PublicCard;
import java.time.LocalDate;
import java.util.List;

/** One day of an archive month page and its articles, newest first. */
public record ArchiveDay(LocalDate date, List<PublicCard> articles) {}
