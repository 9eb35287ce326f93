package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.nashir.access.Role;
import com.nashir.media.MediaLibrary;
import com.nashir.site.SiteProperties;
import com.nashir.site.SiteSettings;
import com.nashir.site.SiteSettingsStore;
import com.nashir.system.InvalidInputException;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import com.nashir.tag.TagService;
import com.nashir.testing.ViewNamesOnly;
import com.nashir.user.UserRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The tag pages of the newsroom alone (the shared admin frame and error pages real, storage
 * mocked): which view, with what in its model. Sign-in and CSRF are the security filters' work,
 * left out here and covered by {@code TaxonomyAdminIT}.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({TagsAdminController.class, TaxonomyPages.class, AdminPages.class, AdminErrors.class, ViewNamesOnly.class})
class TagsAdminControllerTest {
    private static final SiteSettings SITE = SiteSettings.from(
            new SiteProperties(null, null, null, null, null, null, false, 0, null, false, null, null));
    private static final Tag ECONOMY = new Tag(7, "economy", "اقتصاد", "");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TagRepository tags;

    @MockitoBean
    TagService service;

    @MockitoBean
    SiteSettingsStore settings;

    @MockitoBean
    MediaLibrary media;

    @MockitoBean
    UserRepository users;

    @BeforeEach
    void setUp() {
        given(settings.current()).willReturn(SITE);
        signIn(Role.EDITOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Role role) {
        var me = new SignedIn(3, "huda", "هدى", role, Instant.parse("2025-03-01T09:00:00Z"));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(me, null, List.of()));
    }

    private static Object model(MvcTestResult result, String name) {
        return result.getMvcResult().getModelAndView().getModel().get(name);
    }

    @Test
    void theListShowsEachTagWithItsArticleCount() {
        given(tags.search(isNull(), eq(0L), anyInt())).willReturn(List.of(ECONOMY));
        given(tags.articleCounts(anyCollection())).willReturn(Map.of(7L, 12L));
        given(tags.count(isNull())).willReturn(1L);
        MvcTestResult result = mvc.get().uri("/admin/tags").exchange();
        assertThat(result)
                .hasStatusOk()
                .hasViewName("admin/taxonomy")
                .model()
                .containsKeys("page", "panels", "choices");
        @SuppressWarnings("unchecked")
        List<TaxonomyPanel> panels = (List<TaxonomyPanel>) model(result, "panels");
        assertThat(panels).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(TaxonomyKind.TAG);
            assertThat(p.rows().items())
                    .containsExactly(
                            new TaxonomyRow(7, "اقتصاد", "economy", TaxonomyKind.TAG.publicUrl("economy"), 12, ""));
            assertThat(p.rows().total()).isEqualTo(1);
            assertThat(p.errors()).isEmpty();
        });
        assertThat(((AdminPage) model(result, "page")).active()).isEqualTo(TaxonomyKind.TAG.menu());
    }

    @Test
    void aWriterIsRefusedThePageWithTheRoleItNeeds() {
        signIn(Role.WRITER);
        MvcTestResult result = mvc.get().uri("/admin/tags").exchange();
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasViewName("admin/message");
        assertThat((String) model(result, "message")).contains("محرر");
        verify(tags, never()).search(any(), anyLong(), anyInt());
    }

    @Test
    void aRefusedNewTagShowsTheListAgainWithTheMessageBesideTheField() {
        given(service.create(any(), any(TagService.TagInput.class)))
                .willThrow(new InvalidInputException("name", "اسم الوسم مطلوب"));
        MvcTestResult result = mvc.post()
                .uri("/admin/tags")
                .param("name", "")
                .param("slug", "x")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("admin/taxonomy");
        assertThat(model(result, "message")).isEqualTo(TaxonomyPages.NOT_SAVED);
        @SuppressWarnings("unchecked")
        List<TaxonomyPanel> panels = (List<TaxonomyPanel>) model(result, "panels");
        assertThat(panels.get(0).errors()).containsExactly(Map.entry("name", "اسم الوسم مطلوب"));
        assertThat(panels.get(0).form().slug()).as("what was typed is kept").isEqualTo("x");
    }

    @Test
    void aSavedTagGoesBackToTheListWithAFlash() {
        given(service.create(any(), any(TagService.TagInput.class))).willReturn(ECONOMY);
        MvcTestResult result =
                mvc.post().uri("/admin/tags").param("name", "اقتصاد").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/tags");
        assertThat(result.getMvcResult().getFlashMap().get("flash")).isEqualTo("أُضيف الوسم «اقتصاد».");
    }

    @Test
    void anUnknownTagIsANewsroomNotFoundPage() {
        given(tags.findById(99)).willReturn(Optional.empty());
        MvcTestResult result = mvc.get().uri("/admin/tags/99").exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasViewName("admin/message");
        assertThat(model(result, "message")).isEqualTo("لا يوجد وسم بهذا الرقم");
    }

    @Test
    void aTagsPageShowsItsFormFilledIn() {
        given(tags.findById(7)).willReturn(Optional.of(ECONOMY));
        given(tags.articleCounts(anyCollection())).willReturn(Map.of(7L, 3L));
        MvcTestResult result = mvc.get().uri("/admin/tags/7").exchange();
        assertThat(result).hasStatusOk().hasViewName("admin/taxonomy-edit");
        assertThat(model(result, "form")).isEqualTo(TaxonomyForm.of(ECONOMY));
        assertThat(((AdminPage) model(result, "page")).title()).isEqualTo("الوسم: اقتصاد");
    }
}
