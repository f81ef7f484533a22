"""The demo's content pages: the dry-needling article and the pages it relates to.

Each page's block structure is written once, in a builder that takes one language's strings
(``article_<lang>``, ``short_pages_<lang>``), so every language has exactly the English shape:
same blocks, same list lengths, same levels, styles, tones, phone, image keys and page keys.
Internal links in rich text are written ``<a href="page:KEY">``; the loader resolves them.
"""

from . import (
    article_en,
    article_hi,
    article_kn,
    article_te,
    short_pages_en,
    short_pages_hi,
    short_pages_kn,
    short_pages_te,
)

LANGUAGES = ("en", "kn", "te", "hi")
CLINIC_PHONE = "+91 89510 47001"
BOOKING_URL = "https://example.com/book-appointment/"

ARTICLE_STRINGS = {
    "en": article_en.ARTICLE,
    "kn": article_kn.ARTICLE,
    "te": article_te.ARTICLE,
    "hi": article_hi.ARTICLE,
}
SHORT_PAGE_STRINGS = {
    "en": short_pages_en.SHORT_PAGES,
    "kn": short_pages_kn.SHORT_PAGES,
    "te": short_pages_te.SHORT_PAGES,
    "hi": short_pages_hi.SHORT_PAGES,
}
PROFESSIONAL_KEYS = ["dr-ananya-rao", "dr-karthik-reddy"]


# Block helpers: each returns one ``{"type", "value"}`` item of a body.


def heading(text, level="2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def bullet_list(title, style, items):
    return {
        "type": "bullet_list",
        "value": {"title": title, "style": style, "items": [{"title": t, "text": x} for t, x in items]},
    }


def callout(tone, text):
    return {"type": "callout", "value": {"tone": tone, "text": text}}


def image(key, caption, alt_text):
    return {"type": "image", "value": {"image": key, "caption": caption, "alt_text": alt_text}}


def cta(t, link_page=None, link_url=""):
    """A call to action with the clinic's phone number; links to a page key or a URL, never both."""
    if link_page and link_url:
        raise ValueError("A CTA links to a page or to a URL, not both.")
    return {
        "type": "cta",
        "value": {
            "heading": t["cta_heading"],
            "text": t["cta_text"],
            "phone": CLINIC_PHONE,
            "button_label": t["cta_button"],
            "link_page": link_page,
            "link_url": link_url,
        },
    }


# Bodies, one builder per page.


def article_body(t):
    """The main article, modelled on the reference article; uses every block type."""
    return [
        heading(t["h_basics"], "2"),
        paragraph(t["p_basics"]),
        heading(t["h_what_stenosis"], "3"),
        paragraph(t["p_what_stenosis"]),
        image("spine", t["image_caption"], t["image_alt"]),
        {
            "type": "analogy",
            "value": {"title": t["analogy_title"], "text": t["analogy_text"], "image": "garden-hose"},
        },
        {
            "type": "symptom_list",
            "value": {
                "title": t["symptoms_title"],
                "intro": t["symptoms_intro"],
                "items": [{"text": text, "detail": detail} for text, detail in t["symptoms"]],
            },
        },
        heading(t["h_what_dn"], "2"),
        paragraph(t["p_what_dn"]),
        heading(t["h_vs_acupuncture"], "3"),
        paragraph(t["p_vs_acupuncture"]),
        {
            "type": "comparison",
            "value": {
                "title": t["comparison_title"],
                "left_label": t["comparison_left"],
                "right_label": t["comparison_right"],
                "rows": [{"aspect": a, "left": left, "right": right} for a, left, right in t["comparison_rows"]],
            },
        },
        heading(t["h_how_it_helps"], "2"),
        callout("info", t["callout_not_a_cure"]),
        paragraph(t["p_how_it_helps"]),
        {
            "type": "mechanism_steps",
            "value": {
                "title": t["mechanism_title"],
                "steps": [
                    {"title": t["step1_title"], "body": t["step1_body"], "points": list(t["step1_points"])},
                    {"title": t["step2_title"], "body": t["step2_body"], "points": list(t["step2_points"])},
                ],
            },
        },
        heading(t["h_trigger_points"], "3"),
        paragraph(t["p_trigger_points"]),
        bullet_list(t["muscles_title"], "bullet", t["muscles"]),
        heading(t["h_pain_modulation"], "3"),
        bullet_list(t["pain_title"], "bullet", t["pain_items"]),
        heading(t["h_blood_flow"], "3"),
        paragraph(t["p_blood_flow"]),
        heading(t["h_function"], "3"),
        paragraph(t["p_function"]),
        heading(t["h_standalone"], "2"),
        paragraph(t["p_standalone"]),
        bullet_list(t["fit_title"], "bullet", t["fit_items"]),
        bullet_list(t["plan_title"], "bullet", t["plan_items"]),
        heading(t["h_candidates"], "2"),
        paragraph(t["p_candidates"]),
        bullet_list(t["candidates_title"], "check", t["candidates"]),
        {
            "type": "contraindications",
            "value": {
                "title": t["contra_title"],
                "intro": t["contra_intro"],
                "items": [{"title": title, "text": text} for title, text in t["contra_items"]],
            },
        },
        callout("warning", t["callout_consult"]),
        heading(t["h_expect"], "2"),
        bullet_list(t["expect_title"], "bullet", t["expect_items"]),
        callout("tip", t["callout_clothing"]),
        heading(t["h_care"], "2"),
        paragraph(t["p_summary"]),
        paragraph(t["p_clinics"]),
        cta(t, link_page="spinal-stenosis"),
        {
            "type": "faq",
            "value": {
                "title": t["faq_title"],
                "items": [{"question": q, "answer": a} for q, a in t["faq"]],
            },
        },
        {
            "type": "related_items",
            "value": {
                "title": t["related_title"],
                "items": ["spinal-stenosis", "dry-needling", "spinal-stenosis-exercise-programme"],
            },
        },
    ]


def condition_body(t):
    return [
        heading(t["h_causes"]),
        paragraph(t["p_causes"]),
        bullet_list(t["warning_title"], "warning", t["warning_items"]),
        paragraph(t["p_treatment"]),
        cta(t, link_page="dry-needling-for-spinal-stenosis"),
    ]


def therapy_body(t):
    return [
        heading(t["h_uses"]),
        bullet_list(t["uses_title"], "bullet", t["uses_items"]),
        callout("info", t["callout"]),
        paragraph(t["p_article"]),
        cta(t, link_page="spinal-stenosis"),
    ]


def sciatica_body(t):
    return [
        heading(t["h_feel"]),
        bullet_list(t["feel_title"], "bullet", t["feel_items"]),
        paragraph(t["p_causes"]),
        callout("warning", t["callout"]),
        cta(t, link_page="spinal-stenosis-exercise-programme"),
    ]


def numbness_body(t):
    return [
        heading(t["h_causes"]),
        bullet_list(t["causes_title"], "bullet", t["causes_items"]),
        callout("warning", t["callout"]),
        cta(t, link_page="spinal-stenosis"),
    ]


def programme_body(t):
    return [
        heading(t["h_includes"]),
        bullet_list(t["includes_title"], "check", t["includes_items"]),
        image("stretching", t["image_caption"], t["image_alt"]),
        callout("tip", t["callout"]),
        cta(t, link_page="dry-needling-for-spinal-stenosis"),
    ]


def staying_active_body(t):
    return [
        heading(t["h_tips"]),
        bullet_list(t["tips_title"], "check", t["tips_items"]),
        image("stretching", t["image_caption"], t["image_alt"]),
        callout("tip", t["callout"]),
        paragraph(t["p_programme"]),
        cta(t, link_url=BOOKING_URL),
    ]


def page_fields(strings_by_language, build_body):
    """``fields`` of a page: per language its title, seo_title, search_description, intro, body (+ slug).

    A language whose strings stop at title and slug is a deliberately partial translation: the
    missing fields are left out, so the API falls back to English for them.
    """
    fields = {}
    for lang in LANGUAGES:
        t = strings_by_language[lang]
        values = {"title": t["title"]}
        if lang != "en":
            values["slug"] = t["slug"]
        if "intro" in t:
            values.update(
                seo_title=t["seo_title"],
                search_description=t["search_description"],
                intro=t["intro"],
                body=build_body(t),
            )
        fields[lang] = values
    return fields


def related(therapies=(), symptoms=(), conditions=(), treatments=(), professionals=(), blog_posts=()):
    """The six related lists; every key is always present."""
    return {
        "related_therapies": list(therapies),
        "related_symptoms": list(symptoms),
        "related_conditions": list(conditions),
        "related_treatments": list(treatments),
        "related_professionals": list(professionals),
        "related_blog_posts": list(blog_posts),
    }


def short_page_strings(key):
    return {lang: SHORT_PAGE_STRINGS[lang][key] for lang in LANGUAGES}


PAGES = [
    {
        "key": "dry-needling-for-spinal-stenosis",
        "type": "ArticlePage",
        "section": "blog",
        "hero_image": "dry-needling",
        "tags": ["spinal-stenosis", "dry-needling", "back-pain"],
        "related": related(
            therapies=["dry-needling"],
            symptoms=["sciatica-leg-pain", "numbness-and-tingling"],
            conditions=["spinal-stenosis"],
            treatments=["spinal-stenosis-exercise-programme"],
            professionals=PROFESSIONAL_KEYS,
            blog_posts=["staying-active-with-lumbar-stenosis"],
        ),
        "fields": page_fields(ARTICLE_STRINGS, article_body),
    },
    {
        "key": "spinal-stenosis",
        "type": "ConditionPage",
        "section": "conditions",
        "hero_image": "spine",
        "tags": ["spinal-stenosis", "back-pain"],
        "related": related(
            therapies=["dry-needling"],
            symptoms=["sciatica-leg-pain", "numbness-and-tingling"],
            treatments=["spinal-stenosis-exercise-programme"],
            professionals=PROFESSIONAL_KEYS,
            blog_posts=["dry-needling-for-spinal-stenosis", "staying-active-with-lumbar-stenosis"],
        ),
        "fields": page_fields(short_page_strings("spinal-stenosis"), condition_body),
    },
    {
        "key": "dry-needling",
        "type": "TherapyPage",
        "section": "therapies",
        "hero_image": "dry-needling",
        "tags": ["dry-needling"],
        "related": related(
            symptoms=["sciatica-leg-pain"],
            conditions=["spinal-stenosis"],
            treatments=["spinal-stenosis-exercise-programme"],
            professionals=["dr-ananya-rao"],
            blog_posts=["dry-needling-for-spinal-stenosis"],
        ),
        "fields": page_fields(short_page_strings("dry-needling"), therapy_body),
    },
    {
        "key": "sciatica-leg-pain",
        "type": "SymptomPage",
        "section": "symptoms",
        "hero_image": None,
        "tags": ["sciatica", "back-pain", "spinal-stenosis"],
        "related": related(
            therapies=["dry-needling"],
            symptoms=["numbness-and-tingling"],
            conditions=["spinal-stenosis"],
            treatments=["spinal-stenosis-exercise-programme"],
            professionals=["dr-karthik-reddy"],
            blog_posts=["dry-needling-for-spinal-stenosis"],
        ),
        "fields": page_fields(short_page_strings("sciatica-leg-pain"), sciatica_body),
    },
    {
        "key": "numbness-and-tingling",
        "type": "SymptomPage",
        "section": "symptoms",
        "hero_image": None,
        "tags": ["numbness", "spinal-stenosis"],
        "related": related(
            symptoms=["sciatica-leg-pain"],
            conditions=["spinal-stenosis"],
            treatments=["spinal-stenosis-exercise-programme"],
        ),
        "fields": page_fields(short_page_strings("numbness-and-tingling"), numbness_body),
    },
    {
        "key": "spinal-stenosis-exercise-programme",
        "type": "TreatmentPage",
        "section": "treatments",
        "hero_image": "stretching",
        "tags": ["spinal-stenosis", "exercise", "back-pain"],
        "related": related(
            therapies=["dry-needling"],
            symptoms=["sciatica-leg-pain"],
            conditions=["spinal-stenosis"],
            professionals=PROFESSIONAL_KEYS,
            blog_posts=["staying-active-with-lumbar-stenosis"],
        ),
        "fields": page_fields(short_page_strings("spinal-stenosis-exercise-programme"), programme_body),
    },
    {
        "key": "staying-active-with-lumbar-stenosis",
        "type": "ArticlePage",
        "section": "blog",
        "hero_image": "stretching",
        "tags": ["spinal-stenosis", "exercise", "back-pain"],
        "related": related(
            conditions=["spinal-stenosis"],
            treatments=["spinal-stenosis-exercise-programme"],
            blog_posts=["dry-needling-for-spinal-stenosis"],
        ),
        "fields": page_fields(short_page_strings("staying-active-with-lumbar-stenosis"), staying_active_body),
    },
]
