"""``POST /api/v1/enquiries/``: validation, honeypot, rate limit, nothing lost, nothing leaked."""

import json
import logging
import threading
import urllib.request

import pytest
from django.db import connection

from pages.models import Enquiry
from tests import factories

URL = "/api/v1/enquiries/"
GOOD = {"name": "ಅನನ್ಯಾ", "phone": "089510 47001", "message": "ಬೆನ್ನು ನೋವು ಇದೆ, ದಯವಿಟ್ಟು ಕರೆ ಮಾಡಿ"}


@pytest.fixture(autouse=True)
def _generous_rate_limit(settings):
    settings.ENQUIRY_RATE_LIMIT = "1000/minute"


def post(client, data, headers=None, **environ):
    return client.post(URL, json.dumps(data), content_type="application/json", headers=headers or {}, **environ)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "phone", ["+91 89510 47001", "089510 47001", "8951047001", "+91-89510-47001", "0091 89510 47001"]
)
def test_valid_enquiry_is_stored_with_e164_phone(client, home, phone):
    response = post(client, {**GOOD, "phone": phone, "page": home.pk})
    assert response.status_code == 201
    assert response.json() == {"message": "Thank you! Our team will call you back soon."}
    enquiry = Enquiry.objects.get()
    assert (enquiry.phone, enquiry.page_id, enquiry.language) == ("+918951047001", home.pk, "en")
    assert enquiry.name.encode() == GOOD["name"].encode() and enquiry.message == GOOD["message"]


@pytest.mark.django_db
def test_form_encoded_posts_work_too(client, home):
    response = client.post(URL, {**GOOD, "language": "kn"})
    assert response.status_code == 201
    assert Enquiry.objects.get().language == "kn"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({**GOOD, "phone": "12345"}, {"phone": ["Enter a valid phone number, for example +91 89510 47001."]}),
        ({**GOOD, "phone": "call me"}, {"phone": ["Enter a valid phone number, for example +91 89510 47001."]}),
        ({"phone": GOOD["phone"]}, {"name": ["This field is required."], "message": ["This field is required."]}),
        ({**GOOD, "name": "  "}, {"name": ["Please tell us your name."]}),
        ({**GOOD, "page": 999999}, {"page": ["page must be the id of a published page."]}),
        ({**GOOD, "page": "abc"}, {"page": ["page must be the id of a published page."]}),
        ({**GOOD, "language": "ta"}, {"language": ["language must be one of en, kn, te, hi."]}),
    ],
)
def test_bad_enquiries_are_400_with_errors_per_field_and_store_nothing(client, home, data, errors):
    response = post(client, data)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert (body["code"], body["title"], body["errors"]) == ("validation_failed", "The form has errors", errors)
    assert not Enquiry.objects.exists()


@pytest.mark.django_db
def test_draft_page_is_not_a_valid_page(client, section):
    draft = factories.ArticlePageFactory(parent=section, title_en="Draft", live=False, publish=False)
    assert post(client, {**GOOD, "page": draft.pk}).status_code == 400


@pytest.mark.django_db
def test_malformed_json_and_wrong_media_type(client, home):
    broken = client.post(URL, "{not json", content_type="application/json")
    assert broken.status_code == 400 and broken.json()["code"] == "invalid_parameter"
    xml = client.post(URL, "<x/>", content_type="application/xml")
    assert xml.status_code == 415 and xml.json()["code"] == "unsupported_media_type"
    assert not Enquiry.objects.exists()


@pytest.mark.django_db
def test_enquiry_language_defaults_to_the_request_language(client, home):
    response = post(client, GOOD, headers={"Accept-Language": "kn-IN,kn;q=0.9"})
    assert response.status_code == 201
    assert response["Content-Language"] == "kn"
    assert Enquiry.objects.get().language == "kn"


@pytest.mark.django_db
def test_honeypot_gets_the_same_answer_and_stores_nothing(client, home):
    response = post(client, {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 201
    assert response.json() == {"message": "Thank you! Our team will call you back soon."}
    assert not Enquiry.objects.exists()


@pytest.mark.django_db
def test_rate_limit_is_a_429_problem_with_retry_after(client, home, settings):
    settings.ENQUIRY_RATE_LIMIT = "2/minute"
    assert [post(client, GOOD).status_code for _ in range(2)] == [201, 201]
    response = post(client, GOOD)
    assert response.status_code == 429
    assert response.json()["code"] == "rate_limited" and response.json()["title"] == "Too many requests"
    assert 0 < int(response["Retry-After"]) <= 60
    assert Enquiry.objects.count() == 2
    assert post(client, GOOD, REMOTE_ADDR="10.0.0.9").status_code == 201  # another client is not limited


@pytest.mark.django_db
def test_personal_data_is_not_logged_nor_readable(client, home, caplog):
    caplog.set_level(logging.DEBUG)
    post(client, GOOD)
    post(client, {**GOOD, "phone": "12345"})
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (GOOD["name"], GOOD["message"], "8951047001", "12345"):
        assert secret not in logged
    listing = client.get(URL)
    assert listing.status_code == 405 and listing.json()["code"] == "method_not_allowed"
    for page_response in (client.get("/api/v1/pages/"), client.get(f"/api/v1/pages/{home.pk}/")):
        assert "8951047001" not in page_response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writes need PostgreSQL (CI runs it)")
@pytest.mark.django_db(transaction=True)
def test_200_concurrent_enquiries_give_200_rows(live_server):
    factories.home_page()
    body = json.dumps(GOOD).encode()
    statuses = []

    def send():
        request = urllib.request.Request(
            f"{live_server.url}{URL}", data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                statuses.append(response.status)
        except OSError as error:
            statuses.append(repr(error))

    threads = [threading.Thread(target=send) for _ in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * 200
    assert Enquiry.objects.count() == 200
