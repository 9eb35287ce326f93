package com.nashir.arabic;

import java.util.Map;

/**
 * Broken plurals of words common in news, with their singulars: وزراء → وزير, مشاريع → مشروع,
 * أسعار → سعر. Light stemming only removes affixes, so it cannot bring a plural made by changing
 * the word's pattern to its singular; this list can. Search indexes the singular beside each
 * plural found (and a query for a plural also asks for the singular), so وزير finds an article
 * that only says "الوزراء".
 *
 * <p>Left out on purpose: plurals whose singular spelling is also a common different word, where
 * the link would bring in unrelated articles (فرق "teams" / فرق "difference", ديون / دين "religion", علماء /
 * عالم "world", أعوام / عام "general", أشهر "most famous", عقود / عقد "held", حقوق / حق in "من حق",
 * كتب "wrote"). Sound plurals (ـون، ـين، ـات) need no entry: the stemmer handles them.
 */
public final class BrokenPlurals {
    private BrokenPlurals() {}

    /**
     * Whether a normalized word (as {@link ArabicSearchForms} takes them) is one of the list's
     * plurals or singulars: a known word, so a letter before it is a preposition (لطلاب → طلاب).
     */
    public static boolean knows(String normalizedWord) {
        return KNOWN.contains(normalizedWord);
    }

    /** Plural → singular, as written (hamza, teh marbuta and all; search normalizes both). */
    public static final Map<String, String> SINGULARS = Map.ofEntries(
            // people
            Map.entry("وزراء", "وزير"),
            Map.entry("رؤساء", "رئيس"),
            Map.entry("زعماء", "زعيم"),
            Map.entry("سفراء", "سفير"),
            Map.entry("خبراء", "خبير"),
            Map.entry("أمراء", "أمير"),
            Map.entry("شركاء", "شريك"),
            Map.entry("عملاء", "عميل"),
            Map.entry("أطباء", "طبيب"),
            Map.entry("وكلاء", "وكيل"),
            Map.entry("نواب", "نائب"),
            Map.entry("أعضاء", "عضو"),
            Map.entry("أطفال", "طفل"),
            Map.entry("أشخاص", "شخص"),
            Map.entry("أبناء", "ابن"),
            Map.entry("رجال", "رجل"),
            Map.entry("نساء", "امرأة"),
            Map.entry("شباب", "شاب"),
            Map.entry("طلاب", "طالب"),
            Map.entry("عمال", "عامل"),
            Map.entry("تجار", "تاجر"),
            Map.entry("قادة", "قائد"),
            Map.entry("ضحايا", "ضحية"),
            Map.entry("قتلى", "قتيل"),
            Map.entry("جرحى", "جريح"),
            Map.entry("مرضى", "مريض"),
            Map.entry("أسرى", "أسير"),
            Map.entry("جنود", "جندي"),
            Map.entry("ضباط", "ضابط"),
            Map.entry("جيران", "جار"),
            Map.entry("أجانب", "أجنبي"),
            Map.entry("شهداء", "شهيد"),
            Map.entry("فقراء", "فقير"),
            Map.entry("أثرياء", "ثري"),
            Map.entry("أساتذة", "أستاذ"),
            Map.entry("تلاميذ", "تلميذ"),
            Map.entry("مدراء", "مدير"),
            Map.entry("ملوك", "ملك"),
            Map.entry("أعداء", "عدو"),
            Map.entry("أصدقاء", "صديق"),
            Map.entry("حلفاء", "حليف"),
            Map.entry("شعراء", "شاعر"),
            // places and institutions
            Map.entry("مدن", "مدينة"),
            Map.entry("قرى", "قرية"),
            Map.entry("شوارع", "شارع"),
            Map.entry("مناطق", "منطقة"),
            Map.entry("أحياء", "حي"),
            Map.entry("بلدان", "بلد"),
            Map.entry("عواصم", "عاصمة"),
            Map.entry("أقاليم", "إقليم"),
            Map.entry("مدارس", "مدرسة"),
            Map.entry("مساجد", "مسجد"),
            Map.entry("مكاتب", "مكتب"),
            Map.entry("مواقع", "موقع"),
            Map.entry("مراكز", "مركز"),
            Map.entry("مجالس", "مجلس"),
            Map.entry("مصانع", "مصنع"),
            Map.entry("موانئ", "ميناء"),
            Map.entry("ملاعب", "ملعب"),
            Map.entry("أندية", "نادي"),
            Map.entry("بنوك", "بنك"),
            Map.entry("مصارف", "مصرف"),
            Map.entry("أسواق", "سوق"),
            Map.entry("سجون", "سجن"),
            Map.entry("جيوش", "جيش"),
            Map.entry("أحزاب", "حزب"),
            Map.entry("لجان", "لجنة"),
            Map.entry("حقول", "حقل"),
            Map.entry("أنهار", "نهر"),
            Map.entry("بحار", "بحر"),
            Map.entry("جبال", "جبل"),
            Map.entry("طرق", "طريق"),
            Map.entry("جسور", "جسر"),
            Map.entry("سفن", "سفينة"),
            Map.entry("صحف", "صحيفة"),
            Map.entry("متاحف", "متحف"),
            Map.entry("مطاعم", "مطعم"),
            Map.entry("منازل", "منزل"),
            Map.entry("بيوت", "بيت"),
            Map.entry("مساكن", "مسكن"),
            Map.entry("شعوب", "شعب"),
            // things and matters
            Map.entry("أسعار", "سعر"),
            Map.entry("أموال", "مال"),
            Map.entry("أرقام", "رقم"),
            Map.entry("أهداف", "هدف"),
            Map.entry("أسلحة", "سلاح"),
            Map.entry("أراضي", "أرض"),
            Map.entry("أنظمة", "نظام"),
            Map.entry("أجهزة", "جهاز"),
            Map.entry("أمطار", "مطر"),
            Map.entry("أبواب", "باب"),
            Map.entry("أفلام", "فيلم"),
            Map.entry("ألعاب", "لعبة"),
            Map.entry("أحكام", "حكم"),
            Map.entry("أصوات", "صوت"),
            Map.entry("أفكار", "فكرة"),
            Map.entry("أسباب", "سبب"),
            Map.entry("أطراف", "طرف"),
            Map.entry("أنشطة", "نشاط"),
            Map.entry("أدوية", "دواء"),
            Map.entry("أغذية", "غذاء"),
            Map.entry("أخبار", "خبر"),
            Map.entry("أيام", "يوم"),
            Map.entry("أسابيع", "أسبوع"),
            Map.entry("مشاريع", "مشروع"),
            Map.entry("مسائل", "مسألة"),
            Map.entry("وسائل", "وسيلة"),
            Map.entry("رسائل", "رسالة"),
            Map.entry("قوانين", "قانون"),
            Map.entry("حروب", "حرب"),
            Map.entry("جهود", "جهد"),
            Map.entry("قيود", "قيد"),
            Map.entry("شروط", "شرط"),
            Map.entry("خطط", "خطة"),
            Map.entry("فرص", "فرصة"),
            Map.entry("قمم", "قمة"),
            Map.entry("قضايا", "قضية"),
            Map.entry("مزايا", "ميزة"),
            Map.entry("محاصيل", "محصول"),
            Map.entry("مصادر", "مصدر"),
            Map.entry("تقارير", "تقرير"),
            Map.entry("تفاصيل", "تفصيل"),
            Map.entry("معايير", "معيار"),
            Map.entry("أساليب", "أسلوب"),
            Map.entry("برامج", "برنامج"),
            Map.entry("ضرائب", "ضريبة"),
            Map.entry("رواتب", "راتب"),
            Map.entry("أجور", "أجر"),
            Map.entry("قروض", "قرض"),
            Map.entry("أصول", "أصل"),
            Map.entry("دروس", "درس"),
            Map.entry("مواد", "مادة"),
            Map.entry("أدوات", "أداة"),
            Map.entry("مخاطر", "خطر"),
            Map.entry("أضرار", "ضرر"),
            Map.entry("مياه", "ماء"),
            Map.entry("أجواء", "جو"),
            Map.entry("مواعيد", "موعد"),
            Map.entry("مواسم", "موسم"),
            Map.entry("أعياد", "عيد"),
            Map.entry("مباني", "مبنى"),
            Map.entry("معارك", "معركة"),
            Map.entry("صواريخ", "صاروخ"));

    private static final java.util.Set<String> KNOWN = known();

    private static java.util.Set<String> known() {
        java.util.Set<String> words = new java.util.HashSet<>();
        SINGULARS.forEach((plural, singular) -> {
            words.add(normalized(plural));
            words.add(normalized(singular));
        });
        return java.util.Set.copyOf(words);
    }

    /** Lucene's normalization of these words (hamza on alef, teh marbuta, alef maqsura), then the letter variants. */
    private static String normalized(String word) {
        String w = word.replace('\u0623', '\u0627')
                .replace('\u0625', '\u0627')
                .replace('\u0622', '\u0627')
                .replace('\u0629', '\u0647')
                .replace('\u0649', '\u064A');
        return ArabicSearchForms.foldLetterVariants(w);
    }
}
