package com.nashir.web;

import com.nashir.author.Desk;
import com.nashir.search.SearchResults;
import com.nashir.section.Section;
import java.util.List;

/**
 * What the search page shows: the form as typed, the results (null before a search or after a
 * refused one), an Arabic message for refused input, the choices of the filter form, and the
 * names of the tag and the author being filtered by (chosen from the results' facets; null when none).
 */
public record SearchPage(
        SearchForm form,
        SearchResults results,
        String error,
        List<Section> sections,
        List<Desk> desks,
        String tagName,
        String authorName) {}
