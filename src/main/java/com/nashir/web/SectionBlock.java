package com.nashir.web;

import com.nashir.article.ArticleCard;
import com.nashir.section.Section;
import java.util.List;

/** A section's block on the home page. */
public record SectionBlock(Section section, List<ArticleCard> articles) {}
