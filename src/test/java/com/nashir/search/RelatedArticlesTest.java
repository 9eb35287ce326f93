package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "اقرأ أيضاً" from the index: the demo's story about water and drought signed in Amman finds the
 * other stories about water first, although they are in another section and share none of its
 * tags, while newer stories of its own section that share its "الأردن" tag (what "same tag or
 * section, newest first" would pick) come after.
 */
class RelatedArticlesTest {
    /** Relevance is judged on whole searches: a cold JVM on a busy machine would cut a 15 ms budget short. */
    private static final Duration UNHURRIED = Duration.ofSeconds(30);

    static final Instant NOW = DemoCorpus.NOW;
    SearchEngine engine;
    SearchDocument water;

    @BeforeEach
    void index() {
        engine = DemoCorpus.index();
        water = DemoCorpus.documents().get(0);
        assertThat(water.headline()).contains("المياه").contains("عمّان");
        SearchDocument.Named economy = new SearchDocument.Named("economy", "اقتصاد");
        SearchDocument.Named politics = water.section();
        SearchDocument.Named jordan = water.tags().stream()
                .filter(t -> t.name().equals("الأردن"))
                .findFirst()
                .orElseThrow();
        put(
                101,
                "انقطاع المياه عن أحياء شرق عمّان مع تراجع ضخ الآبار في ذروة الصيف",
                "سلطة المياه توزع الصهاريج على الأحياء المتضررة وتدعو إلى ترشيد الاستهلاك حتى عودة الضخ. "
                        + "ويقول سكان في عمّان إن المياه لم تصل إلى خزاناتهم منذ أسبوع، فيما تعزو السلطة الانقطاع إلى تراجع منسوب الآبار "
                        + "وارتفاع الطلب مع موجة الحر. وتخطط الحكومة لحفر آبار جديدة ونقل المياه من الجنوب إلى العاصمة.",
                economy,
                List.of(new SearchDocument.Named("t-water-cuts", "انقطاع المياه")),
                NOW.minus(Duration.ofDays(20)));
        put(
                102,
                "مشروع لتحلية مياه البحر يمد عمّان بثلاثمئة مليون متر مكعب سنويا",
                "الحكومة تقول إن الناقل الوطني للمياه سيخفف العجز المائي في العاصمة والمحافظات. "
                        + "وسينقل المشروع المياه المحلاة من العقبة إلى عمّان عبر خط طوله مئات الكيلومترات، في بلد يعد من أفقر دول العالم بالمياه. "
                        + "ويرى خبراء أن الجفاف المتكرر جعل تحلية المياه خيارا لا مفر منه.",
                economy,
                List.of(new SearchDocument.Named("t-desalination", "تحلية المياه")),
                NOW.minus(Duration.ofDays(40)));
        put(
                103,
                "مزارعو الأغوار يشكون شح مياه الري بعد موسم جاف وتراجع مخزون السدود",
                "الجفاف يضرب الزراعة المروية والمزارعون يطالبون بتعويضات عن خسائر الموسم. "
                        + "وتراجع مخزون السدود إلى أدنى مستوى منذ سنوات، وقلصت الوزارة حصص مياه الري للمزارع. "
                        + "ويخشى المزارعون أن يتكرر شح المياه في الصيف المقبل إذا استمر الجفاف.",
                economy,
                List.of(new SearchDocument.Named("t-irrigation", "الري")),
                NOW.minus(Duration.ofDays(30)));
        String[] newer = {
            "مجلس النواب يقر قانون الانتخاب المعدل بعد نقاش طويل",
            "توقيع مذكرة تفاهم في مجال التعليم العالي مع الجامعات",
            "رئيس الوزراء يجري تعديلا وزاريا محدودا على حكومته",
            "اجتماع عربي في العاصمة يبحث أوضاع اللاجئين"
        };
        for (int i = 0; i < newer.length; i++) {
            put(
                    201 + i,
                    newer[i],
                    "تابع المسؤولون في العاصمة تطورات الملف خلال اجتماع رسمي اليوم، وأكدوا أن الاتفاق على التفاصيل "
                            + "سيتم خلال الأسابيع المقبلة بمشاركة الدول المعنية.",
                    politics,
                    List.of(jordan),
                    NOW.minus(Duration.ofHours(i + 1)));
        }
        engine.refresh();
    }

    private void put(
            long id,
            String headline,
            String summary,
            SearchDocument.Named section,
            List<SearchDocument.Named> tags,
            Instant published) {
        engine.put(new SearchDocument(
                id,
                "a-" + id,
                headline,
                "",
                summary,
                summary,
                section,
                tags,
                List.of(),
                null,
                "published",
                published,
                published,
                null));
    }

    private List<Long> related(SearchDocument d, int limit) {
        var subject = new RelatedArticles.Subject(
                d.id(),
                RelatedArticles.Subject.text(d.headline(), d.kicker(), d.summary(), d.bodyText()),
                d.tags().stream().map(SearchDocument.Named::slug).toList(),
                d.tags().stream().map(SearchDocument.Named::name).toList(),
                d.section().slug(),
                d.publishedAt());
        return engine.withSearcher(s -> RelatedArticles.ids(
                s, engine.analyzer(), subject, NOW, Duration.ofDays(30), limit, UNHURRIED, RelatedArticles.WINDOW));
    }

    @Test
    void aStoryAboutWaterFindsTheOtherWaterStoriesFirst() {
        List<Long> ids = related(water, 20);
        assertThat(ids.subList(0, 4))
                .as("the three water stories among the first four")
                .contains(101L, 102L, 103L);
        for (long sameTagAndSection = 201; sameTagAndSection <= 204; sameTagAndSection++) {
            int at = ids.indexOf(sameTagAndSection);
            assertThat(at == -1 || at > ids.indexOf(101L) && at > ids.indexOf(102L) && at > ids.indexOf(103L))
                    .as("newer stories that merely share the section and the tag الأردن come after the water stories: "
                            + ids)
                    .isTrue();
        }
    }

    @Test
    void neverTheArticleItself_neverADraft() {
        engine.put(new SearchDocument(
                301,
                "a-301",
                "مسودة عن انقطاع المياه في عمّان وشح الآبار",
                "",
                "",
                "",
                water.section(),
                water.tags(),
                List.of(),
                null,
                "draft",
                NOW,
                NOW,
                null));
        engine.refresh();
        List<Long> ids = related(water, 10);
        assertThat(ids).doesNotContain(water.id(), 301L);
    }

    @Test
    void aStoryWithoutTellingWordsOrTagsHasNoneRelated() {
        var bare = new RelatedArticles.Subject(999, "و في من", List.of(), List.of(), "politics", NOW);
        List<Long> ids = engine.withSearcher(s -> RelatedArticles.ids(
                s, engine.analyzer(), bare, NOW, Duration.ofDays(30), 4, UNHURRIED, RelatedArticles.WINDOW));
        assertThat(ids).isEmpty();
    }

    @Test
    void relatedArticlesFollowTheirTopicNotMerelyTheSection() {
        SearchDocument football = DemoCorpus.documents().stream()
                .filter(d -> d.headline().contains("الدوري الأردني"))
                .findFirst()
                .orElseThrow();
        List<Long> ids = related(football, 3);
        List<String> headlines = DemoCorpus.documents().stream()
                .filter(d -> ids.contains(d.id()))
                .map(SearchDocument::headline)
                .collect(Collectors.toList());
        assertThat(headlines).anyMatch(h -> h.contains("كرة") || h.contains("المنتخب") || h.contains("ملعب"));
    }

    @Test
    void anOldStoryFindsTheStoriesOfItsOwnTimeBeforeNewerOnesAsClose() {
        SearchDocument.Named economy = new SearchDocument.Named("economy", "اقتصاد");
        Instant old = NOW.minus(Duration.ofDays(3 * 365));
        String text = "موجة جفاف تضرب سهول حوران وتراجع محصول القمح إلى النصف. "
                + "ويقول المزارعون في حوران إن الأمطار لم تبلغ ثلث معدلها وإن آبار الري جفت.";
        put(401, "الجفاف يضرب سهول حوران ومحصول القمح يتراجع", text, economy, List.of(), old);
        put(
                402,
                "مزارعو حوران يحصون خسائر الجفاف في محصول القمح",
                text,
                economy,
                List.of(),
                old.minus(Duration.ofDays(3)));
        put(403, "جفاف جديد في سهول حوران يهدد محصول القمح", text, economy, List.of(), NOW.minus(Duration.ofDays(1)));
        engine.refresh();
        SearchDocument subject = new SearchDocument(
                401,
                "a-401",
                "الجفاف يضرب سهول حوران ومحصول القمح يتراجع",
                "",
                text,
                text,
                economy,
                List.of(),
                List.of(),
                null,
                "published",
                old,
                old,
                null);
        List<Long> ids = related(subject, 2);
        assertThat(ids)
                .as("the story of the same drought three days earlier comes before a story as close in words from this"
                        + " week: an old article's readers are in its own time")
                .containsExactly(402L, 403L);
    }
}
