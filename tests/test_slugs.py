"""Translated slugs keep Indic vowel signs and viramas, so pages can be found by their paths."""

import pytest
from django.core.exceptions import ValidationError
from django.utils.text import slugify

from pages.slugs import SlugKeepingMarksFormField, repaired_slug, slugify_keeping_marks, validate_slug_keeping_marks
from tests import factories


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("ಡ್ರೈ ನೀಡ್ಲಿಂಗ್ ಚಿಕಿತ್ಸೆ", "ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್-ಚಿಕಿತ್ಸೆ"),
        ("డ్రై నీడ్లింగ్: చికిత్స", "డ్రై-నీడ్లింగ్-చికిత్స"),
        ("ड्राई नीडलिंग, स्पाइनल स्टेनोसिस", "ड्राई-नीडलिंग-स्पाइनल-स्टेनोसिस"),
        ("Dry Needling for Spinal Stenosis", "dry-needling-for-spinal-stenosis"),
        ("क्\u200dष", "क्ष"),  # joiners are invisible and left out of URLs
    ],
)
def test_slug_keeps_combining_marks(title, slug):
    assert slugify_keeping_marks(title) == slug


def test_django_slugify_loses_marks_and_repair_restores_them():
    title = "ಡ್ರೈ ನೀಡ್ಲಿಂಗ್"
    assert slugify(title, allow_unicode=True) == "ಡರ-ನಡಲಗ"
    assert repaired_slug(slugify(title, allow_unicode=True), title) == "ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್"
    assert repaired_slug("", title) == "ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್"
    assert repaired_slug("my-own-slug", title) == "my-own-slug"


def test_slug_validation_accepts_marks_and_rejects_spaces():
    validate_slug_keeping_marks("ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್")
    assert SlugKeepingMarksFormField().clean("ड्राई-नीडलिंग") == "ड्राई-नीडलिंग"
    with pytest.raises(ValidationError):
        validate_slug_keeping_marks("two words")


@pytest.mark.django_db
def test_translated_page_gets_readable_slug_and_path(home):
    section = factories.SectionIndexPageFactory(parent=home, title_en="Therapies", title_kn="ಚಿಕಿತ್ಸೆಗಳು")
    page = factories.TherapyPageFactory(parent=section, title_en="Dry needling", title_kn="ಡ್ರೈ ನೀಡ್ಲಿಂಗ್")
    assert page.slug_kn == "ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್"
    assert page.url_path_kn == "/home/ಚಿಕಿತ್ಸೆಗಳು/ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್/"
    assert page.url_path_te == "/home/therapies/dry-needling/"  # no Telugu title: English path
