package com.nashir.web;

import com.nashir.article.Correction;
import com.nashir.published.PublicArticle;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public article page for an article that is not (or not yet in this form) public: the
 * newsroom's preview. It is the same template and model as {@link ArticlePageController}, so
 * "exactly as readers will see it" holds by construction; only a banner and noindex are added.
 * The newsroom (admin/) calls this; it is the one place the public site renders for it.
 */
@Component
public class ArticlePreview {
    private final ArticlePageController pages;

    ArticlePreview(ArticlePageController pages) {
        this.pages = pages;
    }

    public ModelAndView page(HttpServletRequest request, PublicArticle article, List<Correction> corrections) {
        return new ModelAndView("article", pages.page(request, article, corrections, true));
    }
}
