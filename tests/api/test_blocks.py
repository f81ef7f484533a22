"""Every block type's JSON in every language, and rich text without Wagtail's internal markup."""

import pytest

from tests import factories
from tests.api.conftest import LANGUAGES, TITLES

BLOCK_TYPES = [
    "heading", "paragraph", "analogy", "symptom_list", "mechanism_steps", "bullet_list",
    "contraindications", "comparison", "callout", "faq", "related_items", "cta", "image",
]


def body(lang, image_id, page_id):
    """Raw StreamField data with every block type once; the ids are the same in every language."""
    t = TITLES[lang]
    link = f'<p>{t} <a linktype="page" id="{page_id}">{t}</a> <a href="https://example.org/">x</a></p>'
    values = {
        "heading": {"text": t, "level": "3"},
        "paragraph": link,
        "analogy": {"title": t, "text": t, "image": image_id},
        "symptom_list": {"title": t, "intro": "", "items": [{"text": t, "detail": t}]},
        "mechanism_steps": {"title": t, "steps": [{"title": t, "body": f"<p>{t}</p>", "points": [t, t]}]},
        "bullet_list": {"title": t, "style": "warning", "items": [{"title": t, "text": t}]},
        "contraindications": {"title": t, "intro": t, "items": [{"title": t, "text": ""}]},
        "comparison": {"title": t, "left_label": "A", "right_label": "B",
                       "rows": [{"aspect": t, "left": t, "right": t}]},
        "callout": {"tone": "warning", "text": t},
        "faq": {"title": t, "items": [{"question": t, "answer": link}]},
        "related_items": {"title": t, "items": [page_id]},
        "cta": {"heading": t, "text": t, "phone": "+91 80 4000 0000", "button_label": t, "link_page": page_id,
                "link_url": ""},
        "image": {"image": image_id, "caption": t, "alt_text": t},
    }
    return [
        {"type": name, "id": f"00000000-0000-4000-8000-{index:012d}", "value": values[name]}
        for index, name in enumerate(BLOCK_TYPES)
    ]


@pytest.fixture
def page_with_every_block(section):
    image = factories.ImageFactory(title="Spine model")
    target = factories.ConditionPageFactory(
        parent=section, title_en="Spinal stenosis", title_kn="ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್", title_hi="स्पाइनल स्टेनोसिस",
    )
    page = factories.ArticlePageFactory(
        parent=section, **{f"title_{lang}": TITLES[lang] for lang in LANGUAGES},
        **{f"body_{lang}": body(lang, image.pk, target.pk) for lang in LANGUAGES},
    )
    return page, image, target


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_block_type_serialises_in_every_language(api, page_with_every_block, lang):
    page, image, target = page_with_every_block
    data = api(f"/api/v1/pages/{page.pk}/", lang=lang).json()
    t = TITLES[lang]
    target_path = {"kn": "/ಬ್ಲಾಗ್/ಸ್ಪೈನಲ್-ಸ್ಟೆನೋಸಿಸ್/", "hi": "/ब्लॉग/स्पाइनल-स्टेनोसिस/",
                   "te": "/బ్లాగ్/spinal-stenosis/"}.get(lang, "/blog/spinal-stenosis/")
    paragraph = f'<p>{t} <a href="{target_path}">{t}</a> <a href="https://example.org/">x</a></p>'
    blocks = {block["type"]: block for block in data["body"]}
    assert [block["type"] for block in data["body"]] == BLOCK_TYPES
    assert all(set(block) == {"type", "id", "value"} for block in data["body"])
    image_json = blocks["analogy"]["value"]["image"]
    assert image_json["id"] == image.pk and image_json["alt"] == "Spine model"
    summary = blocks["related_items"]["value"]["items"][0]
    assert summary["id"] == target.pk and summary["path"] == target_path and summary["language"] == lang
    values = {name: block["value"] for name, block in blocks.items()}
    assert values == {
        "heading": {"text": t, "level": 3},
        "paragraph": paragraph,
        "analogy": {"title": t, "text": t, "image": image_json},
        "symptom_list": {"title": t, "intro": "", "items": [{"text": t, "detail": t}]},
        "mechanism_steps": {"title": t, "steps": [{"title": t, "body": f"<p>{t}</p>", "points": [t, t]}]},
        "bullet_list": {"title": t, "style": "warning", "items": [{"title": t, "text": t}]},
        "contraindications": {"title": t, "intro": t, "items": [{"title": t, "text": ""}]},
        "comparison": {"title": t, "left_label": "A", "right_label": "B",
                       "rows": [{"aspect": t, "left": t, "right": t}]},
        "callout": {"tone": "warning", "text": t},
        "faq": {"title": t, "items": [{"question": t, "answer": paragraph}]},
        "related_items": {"title": t, "items": [summary]},
        "cta": {"heading": t, "text": t, "phone": "+91 80 4000 0000", "button_label": t, "link": {"page": summary}},
        "image": {"image": {**image_json, "alt": t}, "caption": t, "alt_text": t},
    }
    assert "linktype" not in str(data) and "embedtype" not in str(data)


@pytest.mark.django_db
def test_cta_link_to_a_url(api, section):
    cta = {"type": "cta", "value": {"heading": "Call", "text": "", "phone": "", "button_label": "",
                                    "link_page": None, "link_url": "https://example.org/book"}}
    page = factories.ArticlePageFactory(parent=section, title_en="Post", body_en=[cta, {**cta, "value": {
        **cta["value"], "link_url": ""}}])
    links = [block["value"]["link"] for block in api(f"/api/v1/pages/{page.pk}/").json()["body"]]
    assert links == [{"url": "https://example.org/book"}, None]


@pytest.mark.django_db
def test_rich_text_loses_links_to_missing_pages_and_embeds(api, section):
    intro = '<p><a linktype="page" id="999999">gone</a> <a linktype="document" id="3">doc</a></p>' \
            '<embed embedtype="image" id="1" format="left" alt="x"/>'
    page = factories.ArticlePageFactory(parent=section, title_en="Post", intro_en=intro)
    assert api(f"/api/v1/pages/{page.pk}/").json()["intro"] == "<p>gone doc</p>"


@pytest.mark.django_db
def test_deleted_image_is_null(api, section):
    image = factories.ImageFactory()
    page = factories.ArticlePageFactory(parent=section, title_en="Post", body_en=[
        {"type": "image", "value": {"image": image.pk, "caption": "c", "alt_text": ""}},
    ])
    image.delete()
    value = api(f"/api/v1/pages/{page.pk}/").json()["body"][0]["value"]
    assert value == {"image": None, "caption": "c", "alt_text": ""}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "kn"])
def test_blocks_serialise_the_same_for_wagtails_own_api(api, rf, page_with_every_block, lang):
    """Wagtail's v2 API passes a context without our References; the blocks make their own."""
    from django.utils import translation

    page, _image, _target = page_with_every_block
    ours = api(f"/api/v1/pages/{page.pk}/", lang=lang).json()["body"]
    page.refresh_from_db()
    with translation.override(lang):
        body = page.body
        theirs = body.stream_block.get_api_representation(body, context={"request": rf.get("/")})
    assert theirs == ours
