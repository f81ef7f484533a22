"""API error titles and enquiry messages read in Kannada, Telugu and Hindi (the locale/ catalogs)."""

import json

import pytest
from django.utils import translation

from api.exceptions import PROBLEM_TITLES


def translated(text, lang):
    with translation.override(lang):
        return str(text)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kn", "te", "hi"])
def test_every_error_title_has_a_translation(lang):
    for code, title in PROBLEM_TITLES.items():
        assert translated(title, lang) != translated(title, "en"), f"{code} is not translated into {lang}"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kn", "te", "hi"])
def test_not_found_title_is_in_the_request_language(api, home, lang):
    body = api("/api/v1/pages/999999/", lang=lang).json()
    assert body["code"] == "not_found"
    assert body["title"] == translated(PROBLEM_TITLES["not_found"], lang)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kn", "te", "hi"])
def test_enquiry_thank_you_and_field_errors_in_the_request_language(client, home, lang):
    from api.enquiries import THANK_YOU

    good = {"name": "Asha", "phone": "089510 47001", "message": "Neck pain"}
    headers = {"Accept-Language": lang}
    thanks = client.post("/api/v1/enquiries/", json.dumps(good), content_type="application/json", headers=headers)
    assert thanks.json()["message"] == translated(THANK_YOU, lang) != translated(THANK_YOU, "en")

    bad = client.post(
        "/api/v1/enquiries/", json.dumps({**good, "phone": "12"}), content_type="application/json", headers=headers
    )
    body = bad.json()
    assert body["title"] == translated(PROBLEM_TITLES["validation_failed"], lang)
    english = "Enter a valid phone number, for example +91 89510 47001."
    assert body["errors"]["phone"] != [english] and len(body["errors"]["phone"]) == 1
