package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.nashir.author.Author;
import com.nashir.author.AuthorRepository;
import com.nashir.author.DeskChoices;
import com.nashir.search.SearchRequest;
import com.nashir.search.SearchResults;
import com.nashir.search.SiteSearch;
import com.nashir.section.AllSections;
import com.nashir.site.SiteProperties;
import com.nashir.site.SiteSettings;
import com.nashir.system.PageOf;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import com.nashir.testing.ViewNamesOnly;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The search page's controller alone: which view, with what in its model, for what the reader typed. */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({SearchController.class, ViewNamesOnly.class})
class SearchControllerTest {
    private static final SiteSettings SITE = SiteSettings.from(
            new SiteProperties(null, null, null, null, null, null, false, 0, null, false, null, null));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SiteSearch search;

    @MockitoBean
    FrameFactory frames;

    @MockitoBean
    AllSections sections;

    @MockitoBean
    DeskChoices desks;

    @MockitoBean
    AuthorRepository authors;

    @MockitoBean
    TagRepository tags;

    @BeforeEach
    void setUp() {
        given(frames.site()).willReturn(SITE);
        given(desks.current()).willReturn(List.of());
    }

    private static SearchPage searchPage(MvcTestResult result) {
        return (SearchPage) result.getMvcResult().getModelAndView().getModel().get("search");
    }

    @Test
    void anEmptyFormShowsThePageWithoutSearching() {
        MvcTestResult result = mvc.get().uri("/search").exchange();
        assertThat(result).hasStatusOk().hasViewName("search").model().containsKeys("frame", "search");
        SearchPage page = searchPage(result);
        assertThat(page.results()).isNull();
        assertThat(page.error()).isNull();
        verify(search, never()).search(any());
        verify(frames).frame(any(), eq("البحث"), eq("البحث في أخبار ناشر"), anyString(), isNull());
    }

    @Test
    void wordsAreSearchedAndTheResultsShown() {
        SearchResults found =
                new SearchResults(null, new PageOf<>(List.of(), 1, SearchController.PAGE_SIZE, 0), true, null, null);
        given(search.search(any())).willReturn(found);
        MvcTestResult result =
                mvc.get().uri("/search?q={q}&sort=date", "الانتخابات البلدية").exchange();
        assertThat(result).hasStatusOk().hasViewName("search");
        assertThat(searchPage(result).results()).isSameAs(found);
        assertThat(searchPage(result).form().q()).isEqualTo("الانتخابات البلدية");
        ArgumentCaptor<SearchRequest> asked = ArgumentCaptor.forClass(SearchRequest.class);
        verify(search).search(asked.capture());
        assertThat(asked.getValue().text()).isEqualTo("الانتخابات البلدية");
        assertThat(asked.getValue().newestFirst()).isTrue();
        assertThat(asked.getValue().size()).isEqualTo(SearchController.PAGE_SIZE);
        verify(frames).frame(any(), eq("بحث: الانتخابات البلدية"), anyString(), anyString(), isNull());
    }

    @Test
    void refusedInputIsAMessageAboveTheFormNotAnErrorPage() {
        MvcTestResult result =
                mvc.get().uri("/search?q=غزة&from=2025-05-10&to=2025-05-01").exchange();
        assertThat(result).hasStatusOk().hasViewName("search");
        assertThat(searchPage(result).error()).isEqualTo("تاريخ النهاية قبل تاريخ البداية");
        assertThat(searchPage(result).results()).isNull();
        verify(search, never()).search(any());
    }

    @Test
    void aLongQueryIsCutInThePageTitle() {
        given(search.search(any())).willReturn(null);
        String words = "مجلس ".repeat(20).strip();
        mvc.get().uri("/search?q={q}", words).exchange();
        verify(frames).frame(any(), eq("بحث: " + words.substring(0, 60) + "…"), anyString(), anyString(), isNull());
    }

    @Test
    void aTagFilterShowsTheTagsName() {
        given(tags.findBySlug("economy")).willReturn(Optional.of(new Tag(7, "economy", "اقتصاد", "")));
        given(search.search(any())).willReturn(null);
        assertThat(searchPage(mvc.get().uri("/search?tag=economy").exchange()).tagName())
                .isEqualTo("اقتصاد");
        assertThat(searchPage(mvc.get().uri("/search?tag=unknown").exchange()).tagName())
                .as("an unknown tag shows its slug")
                .isEqualTo("unknown");
    }

    @Test
    void anAuthorFilterShowsTheAuthorsName() {
        given(authors.findBySlug("amal")).willReturn(Optional.of(new Author(3, "amal", "أمل حداد", "", null)));
        given(search.search(any())).willReturn(null);
        SearchPage page = searchPage(mvc.get().uri("/search?q=مياه&author=amal").exchange());
        assertThat(page.authorName()).isEqualTo("أمل حداد");
        assertThat(page.form().author()).isEqualTo("amal");
        assertThat(searchPage(mvc.get().uri("/search?q=مياه&author=nobody").exchange())
                        .authorName())
                .as("an unknown author shows the slug")
                .isEqualTo("nobody");
        assertThat(searchPage(mvc.get().uri("/search?q=مياه").exchange()).authorName())
                .isNull();
    }
}
