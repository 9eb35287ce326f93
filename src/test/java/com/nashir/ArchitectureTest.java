package com.nashir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Features own data and rules; audiences (web, live, admin, api, wordpress) depend on them, never the reverse. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.nashir");

    static final String[] FEATURES = {
        "com.nashir.article..",
        "com.nashir.section..",
        "com.nashir.tag..",
        "com.nashir.author..",
        "com.nashir.media..",
        "com.nashir.comment..",
        "com.nashir.breaking..",
        "com.nashir.search..",
        "com.nashir.feed..",
        "com.nashir.site..",
        "com.nashir.address..",
        "com.nashir.format..",
        "com.nashir.system..",
        "com.nashir.arabic..",
        "com.nashir.user..",
        "com.nashir.audit..",
        "com.nashir.wpimport..",
        "com.nashir.setup..",
        "com.nashir.embed..",
        "com.nashir.frontpage..",
        "com.nashir.reading..",
        "com.nashir.coverage..",
        "com.nashir.access..",
        "com.nashir.published..",
        "com.nashir.backup.."
    };

    /** Who calls the features over HTTP (or, for {@code demo/}, fills them at start). */
    static final String[] AUDIENCES = {
        "com.nashir.web..",
        "com.nashir.admin..",
        "com.nashir.api..",
        "com.nashir.wordpress..",
        "com.nashir.ops..",
        "com.nashir.demo..",
        "com.nashir.live.."
    };

    /** No package reaches back to itself through others: each can be read, and changed, from the bottom up. */
    @Test
    void packagesHaveNoCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("com.nashir.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnAudiences() {
        noClasses()
                .that()
                .resideInAnyPackage(FEATURES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(AUDIENCES)
                .check(CLASSES);
    }

    @Test
    void audiencesDoNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("com.nashir.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.nashir.api..", "com.nashir.admin..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("com.nashir.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.nashir.web..", "com.nashir.admin..", "com.nashir.wordpress..", "com.nashir.live..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage("com.nashir.web..", "com.nashir.admin..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.nashir.wordpress..")
                .check(CLASSES);
    }

    /** The WordPress-compatible API is an audience of its own: features only, never the site, the newsroom or the Nashir API. */
    @Test
    void theWordPressApiUsesFeaturesOnly() {
        noClasses()
                .that()
                .resideInAPackage("com.nashir.wordpress..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.nashir.web..",
                        "com.nashir.admin..",
                        "com.nashir.api..",
                        "com.nashir.demo..",
                        "com.nashir.live..")
                .check(CLASSES);
    }

    /**
     * The live streams ({@code live/}) sit above the public site: a live coverage update is sent
     * as the article page renders it, so {@code live/} uses {@code web/}'s {@code LiveUpdateViews}
     * and its two views, and nothing else of it; {@code web/} (its pages, templates, metrics and
     * configuration) never reaches the streams, and neither do the newsroom and the APIs. The
     * stream's address comes to the pages from {@code address/Permalinks}.
     */
    @Test
    void theLiveStreamsSitAboveThePublicSite() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.nashir.web..",
                        "com.nashir.admin..",
                        "com.nashir.api..",
                        "com.nashir.wordpress..",
                        "com.nashir.ops..",
                        "com.nashir.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.nashir.live..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("com.nashir.live..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are web classes other than LiveUpdateViews, LiveUpdateView and LiveCoverageView",
                        c -> c.getPackageName().startsWith("com.nashir.web")
                                && !java.util.Set.of("LiveUpdateViews", "LiveUpdateView", "LiveCoverageView")
                                        .contains(c.getSimpleName())))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("com.nashir.admin..", "com.nashir.api..", "com.nashir.wordpress..")
                .check(CLASSES);
    }

    /** The newsroom's preview renders the public article page; that one door is all admin/ sees of web/. */
    @Test
    void theNewsroomUsesThePublicSiteOnlyForPreview() {
        noClasses()
                .that()
                .resideInAPackage("com.nashir.admin..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "web classes other than ArticlePreview",
                        c -> c.getPackageName().startsWith("com.nashir.web")
                                && !c.getSimpleName().equals("ArticlePreview")))
                .check(CLASSES);
    }

    @Test
    void languageRulesNeedNoSpring() {
        noClasses()
                .that()
                .resideInAPackage("com.nashir.arabic..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    /**
     * Readers' pages, feeds and the WordPress API receive {@code PublicArticle}s and
     * {@code PublicCard}s from {@code published/}, never the newsroom's {@code Article} (version,
     * owner, workflow state) or {@code ArticleCard} (workflow state, when the row last changed),
     * so no field added for editors can reach them.
     */
    @Test
    void thePublicSideNeverSeesTheNewsroomsArticle() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.nashir.web..", "com.nashir.live..", "com.nashir.wordpress..", "com.nashir.feed..")
                .should(seeTheNewsroomsArticle())
                .because("they read articles through published/ (PublishedArticles, PublishedArchive) as PublicArticle"
                        + " and PublicCard, which have no newsroom fields (workflow state, version, owner, when the"
                        + " row last changed)")
                .check(CLASSES);
    }

    /**
     * The public site's templates (every one outside {@code admin/}, compiled by jte into
     * {@code gg.jte.generated.precompiled}) take the same public types: a template's parameters
     * are where a newsroom field would be shown.
     */
    @Test
    void thePublicTemplatesNeverSeeTheNewsroomsArticle() {
        JavaClasses templates = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gg.jte.generated.precompiled");
        noClasses()
                .that()
                .resideInAPackage("gg.jte.generated.precompiled..")
                .and()
                .resideOutsideOfPackage("gg.jte.generated.precompiled.admin..")
                .should(seeTheNewsroomsArticle())
                .because("public pages render PublicArticle and PublicCard, which have no newsroom fields")
                .check(templates);
    }

    /** Depends on the newsroom's article, its card or its repository. */
    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>
            seeTheNewsroomsArticle() {
        java.util.Set<String> newsroom = java.util.Set.of(
                com.nashir.article.Article.class.getName(),
                com.nashir.article.ArticleCard.class.getName(),
                com.nashir.article.ArticleRepository.class.getName());
        return com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                "are the newsroom's Article, ArticleCard or ArticleRepository",
                                c -> newsroom.contains(c.getFullName())))
                .as("see the newsroom's Article, ArticleCard or ArticleRepository");
    }

    /** The public read side is built on articles, never the reverse, and knows nothing of HTTP. */
    @Test
    void thePublishedSideIsAFeatureAboveArticles() {
        noClasses()
                .that()
                .resideInAPackage("com.nashir.article..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.nashir.published..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("com.nashir.published..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.http..")
                .check(CLASSES);
    }

    @Test
    void onlyTheArticlePackageTouchesArticleRows() {
        noClasses()
                .that()
                .resideInAnyPackage("com.nashir.web..", "com.nashir.live..", "com.nashir.wordpress..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.nashir.article.ArticleRepository")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.nashir.article.ArticleRows")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.nashir.article.ArticleLinks")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.nashir.article.NewsroomArticles")
                .because("the public site and the WordPress API read articles through PublishedArticles only")
                .check(CLASSES);
    }
}
