package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The grouped lookup chooses exactly what Spring's own lookup over all mappings chooses, testing fewer. */
class HandlerLookupTest {
    private static final AtomicInteger tested = new AtomicInteger();
    private static RequestMappingHandlerMapping spring;
    private static HandlerLookup.Mapping grouped;

    @Controller
    static class Routes {
        @GetMapping("/news/{id:\\d+}/{slug}")
        void article(@PathVariable long id, @PathVariable String slug) {}

        @GetMapping("/news/{id:\\d+}")
        void shortArticle(@PathVariable long id) {}

        @PostMapping("/news/{id:\\d+}/comments")
        void comment(@PathVariable long id) {}

        @GetMapping("/{slug}/")
        void wordPressSlug(@PathVariable String slug) {}

        @GetMapping("/{kind:section|tag}/{slug}/feed")
        void feed(@PathVariable String kind, @PathVariable String slug) {}

        @GetMapping("/{file:sitemap-[a-z0-9-]+\\.xml}")
        void sitemap(@PathVariable String file) {}

        @GetMapping("/section/{slug}")
        void section(@PathVariable String slug) {}

        @GetMapping("/sitemap.xml")
        void sitemapIndex() {}

        @GetMapping("/")
        void home() {}

        @GetMapping({"/search", "/بحث/{q}"})
        void search() {}

        @RequestMapping("/admin/**")
        void admin() {}
    }

    @Controller
    @RequestMapping("/api/v1/articles")
    static class Api {
        @GetMapping
        void list() {}

        @PostMapping
        void create() {}

        @GetMapping("/{ref}")
        void one(@PathVariable String ref) {}

        @PutMapping("/{ref}")
        void replace(@PathVariable String ref) {}

        @GetMapping("/{id:\\d+}/revisions/{n}")
        void revision(@PathVariable long id, @PathVariable int n) {}
    }

    @BeforeAll
    static void mappings() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("routes", Routes.class);
        context.registerSingleton("api", Api.class);
        context.refresh();
        spring = new RequestMappingHandlerMapping();
        spring.setApplicationContext(context);
        spring.afterPropertiesSet();
        grouped = new HandlerLookup.Mapping() {
            @Override
            protected RequestMappingInfo getMatchingMapping(
                    RequestMappingInfo info, jakarta.servlet.http.HttpServletRequest request) {
                tested.incrementAndGet();
                return super.getMatchingMapping(info, request);
            }
        };
        grouped.setApplicationContext(context);
        grouped.afterPropertiesSet();
    }

    @Test
    void choosesWhatSpringChooses() {
        List<String> methods = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");
        List<String> paths = List.of(
                "/",
                "/news/12/some-slug",
                "/news/12",
                "/news/x/slug",
                "/news/12/comments",
                "/%6Eews/12/slug",
                "/news/12/%D8%B9%D8%A7%D8%AC%D9%84",
                "/old-post/",
                "/news/",
                "/section/economy",
                "/section/economy/feed",
                "/tag/water/feed",
                "/author/x/feed",
                "/sitemap.xml",
                "/sitemap-2024-06.xml",
                "/sitemap-X.xml",
                "/search",
                "/%D8%A8%D8%AD%D8%AB/%D9%85%D8%A7%D8%A1",
                "/admin/articles/3/edit",
                "/api/v1/articles",
                "/api/v1/articles/12",
                "/api/v1/articles/12/revisions/3",
                "/api/v1/articles/12/revisions/x",
                "/nothing/here",
                "/news;a=b/12/slug");
        List<String> differences = new ArrayList<>();
        for (String method : methods) {
            for (String path : paths) {
                String expected = choice(spring, method, path);
                String actual = choice(grouped, method, path);
                if (!Objects.equals(expected, actual)) {
                    differences.add(method + " " + path + ": Spring " + expected + ", grouped " + actual);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void anArticleAddressIsTestedOnlyAgainstItsOwnGroupAndTheVariableFirstOnes() {
        tested.set(0);
        assertThat(choice(grouped, "GET", "/news/12/some-slug")).startsWith("article ");
        // news/* (3) and the three patterns that start with a variable; not the API's, the section's or the admin's.
        assertThat(tested.get()).isEqualTo(6);
    }

    /** The handler method and path variables chosen, or the exception's type. */
    private static String choice(RequestMappingHandlerMapping mapping, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if ("OPTIONS".equals(method) && path.startsWith("/api")) {
            request.addHeader("Origin", "https://example.org");
            request.addHeader("Access-Control-Request-Method", "PUT");
        }
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            Object handler = chain.getHandler();
            String name = handler instanceof HandlerMethod hm
                    ? hm.getMethod().getName()
                    : handler.getClass().getSimpleName();
            return name + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
                    + request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE) + " "
                    + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }
}
