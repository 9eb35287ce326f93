package com.nashir.web;

import com.nashir.author.Author;
import com.nashir.author.Desk;
import com.nashir.search.SearchResults;
import com.nashir.section.Section;
import java.util.List;

/**
 * What the search page shows: the form as typed, the results (null before a search or after a
 * refused one), an Arabic message for refused input, the choices of the filter form, and the
 * name of the tag being filtered by.
 */
public record SearchPage(
        SearchForm form,
        SearchResults results,
        String error,
        List<Section> sections,
        List<Author> authors,
        List<Desk> desks,
        String tagName) {}
