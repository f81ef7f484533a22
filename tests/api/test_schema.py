"""The OpenAPI document describes the real responses: each endpoint's bodies, errors and headers validate."""

import json
import re

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from pages.models import RelatedProfessional
from tests import factories
from tests.api.test_blocks import body as every_block_body

DOCUMENT_URI = "urn:content-api:openapi"


@pytest.fixture
def openapi(client, db):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.oai.openapi+json"
    return response.json()


def strict(schema):
    """``schema`` with every documented object closed, so undocumented keys fail validation too."""
    if isinstance(schema, dict):
        schema = {key: strict(value) for key, value in schema.items()}
        if schema.get("type") == "object" and "properties" in schema:
            schema.setdefault("additionalProperties", False)
        return schema
    if isinstance(schema, list):
        return [strict(item) for item in schema]
    return schema


def operation_path(document, url):
    path = url.split("?")[0]
    for template in document["paths"]:
        if re.fullmatch(re.sub(r"\{[^}]+\}", r"[^/]+", template), path):
            return template
    raise AssertionError(f"{path} is not documented")


def assert_matches_document(document, url, response, method="get"):
    template = operation_path(document, url)
    responses = document["paths"][template][method]["responses"]
    status = str(response.status_code)
    assert status in responses, f"{status} of {url} is not documented"
    documented = responses[status]
    for header in documented.get("headers", {}):
        assert header in response, f"{header} missing from {status} of {url}"
    if response.status_code == 304:
        return
    content_type = response["Content-Type"]
    assert content_type in documented["content"], f"{content_type} of {status} {url} is not documented"
    pointer = "/".join(part.replace("~", "~0").replace("/", "~1") for part in
                       ["paths", template, method, "responses", status, "content", content_type, "schema"])
    registry = Registry().with_resource(DOCUMENT_URI, Resource(contents=strict(document),
                                                                specification=DRAFT202012))
    validator = Draft202012Validator({"$ref": f"{DOCUMENT_URI}#/{pointer}"}, registry=registry)
    errors = sorted(validator.iter_errors(response.json()), key=lambda error: error.path)
    assert not errors, f"{url}: " + "; ".join(f"{list(e.path)}: {e.message[:300]}" for e in errors[:5])


@pytest.fixture
def content(section):
    image = factories.ImageFactory()
    target = factories.ConditionPageFactory(parent=section, title_en="Spinal stenosis", title_kn="ಸ್ಟೆನೋಸಿಸ್")
    page = factories.ArticlePageFactory(
        parent=section, title_en="Every block", title_kn="ಎಲ್ಲಾ", hero_image=image,
        body_en=every_block_body("en", image.pk, target.pk), body_kn=every_block_body("kn", image.pk, target.pk),
    )
    page.tags.add("spine")
    page.save()
    RelatedProfessional.objects.create(source=page, target=factories.ProfessionalFactory(photo=image))
    RelatedProfessional.objects.create(source=page, target=factories.ProfessionalFactory(clinic=None))
    cta_url = {"type": "cta", "value": {"heading": "h", "text": "", "phone": "", "button_label": "",
                                        "link_page": None, "link_url": "https://example.org/"}}
    factories.ArticlePageFactory(parent=section, title_en="Url cta", body_en=[cta_url])
    return page


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "kn", "te", "hi"])
def test_successful_responses_match_the_document(client, openapi, content, lang):
    urls = [
        "/api/v1/locales/",
        "/api/v1/pages/",
        "/api/v1/pages/?limit=1&offset=1",
        "/api/v1/pages/?search=block",
        f"/api/v1/pages/{content.pk}/",
        f"/api/v1/pages/{content.pk}/translations/",
        "/api/v1/sync/?limit=2",
        "/api/v1/pages/find/?path=/blog/url-cta/",
        f"/api/v1/pages/{content.get_parent().pk}/",
        f"/api/v1/pages/{content.get_parent().get_parent().pk}/",
    ]
    for url in urls:
        separator = "&" if "?" in url else "?"
        response = client.get(f"{url}{separator}lang={lang}")
        assert response.status_code == 200, url
        assert_matches_document(openapi, url, response)
        not_modified = client.get(f"{url}{separator}lang={lang}", headers={"If-None-Match": response["ETag"]})
        assert_matches_document(openapi, url, not_modified)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "headers"),
    [
        ("/api/v1/locales/?lang=xx", {}),
        ("/api/v1/locales/", {"Accept": "text/html"}),
        ("/api/v1/pages/?limit=abc", {}),
        ("/api/v1/pages/?bogus=1", {}),
        ("/api/v1/pages/", {"Accept": "text/html"}),
        ("/api/v1/pages/999999/", {}),
        ("/api/v1/pages/999999/?lang=xx", {}),
        ("/api/v1/pages/1/", {"Accept": "text/html"}),
        ("/api/v1/pages/find/?path=/nope/", {}),
        ("/api/v1/pages/find/", {}),
        ("/api/v1/pages/999999/translations/", {}),
        ("/api/v1/sync/?since=garbage", {}),
        ("/api/v1/preview/", {}),
        ("/api/v1/preview/?content_type=pages.articlepage&token=forged", {}),
    ],
)
def test_error_responses_match_the_document(client, openapi, home, url, headers):
    response = client.get(url, headers=headers)
    assert response.status_code >= 400
    assert_matches_document(openapi, url, response)


@pytest.mark.django_db
def test_method_not_allowed_is_documented(client, openapi, home):
    for url in ["/api/v1/locales/", "/api/v1/pages/", f"/api/v1/pages/{home.pk}/", "/api/v1/pages/find/"]:
        template = operation_path(openapi, url)
        assert "405" in openapi["paths"][template]["get"]["responses"]
        assert client.post(url).status_code == 405


@pytest.mark.django_db
def test_document_lists_every_endpoint_and_parameter(openapi):
    paths = openapi["paths"]
    assert set(paths) == {
        "/api/v1/locales/", "/api/v1/pages/", "/api/v1/pages/{id}/", "/api/v1/pages/find/",
        "/api/v1/pages/{id}/translations/", "/api/v1/sync/", "/api/v1/preview/", "/api/v1/enquiries/",
    }
    list_parameters = {parameter["name"] for parameter in paths["/api/v1/pages/"]["get"]["parameters"]}
    assert list_parameters == {"lang", "Accept-Language", "If-None-Match", "type", "child_of", "tag", "ordering",
                               "search", "limit", "offset"}
    body_variants = openapi["components"]["schemas"]["PageDetail"]["properties"]["body"]["items"]["oneOf"]
    assert [variant["properties"]["type"]["enum"][0] for variant in body_variants] == [
        "heading", "paragraph", "analogy", "symptom_list", "mechanism_steps", "bullet_list",
        "contraindications", "comparison", "callout", "faq", "related_items", "cta", "image",
    ]


@pytest.mark.django_db
def test_yaml_document_on_request(client):
    response = client.get("/api/v1/schema/", headers={"Accept": "application/vnd.oai.openapi"})
    assert response.status_code == 200
    assert response.content.startswith(b"openapi: 3.1.0")


@pytest.mark.django_db
def test_enquiry_responses_match_the_document(client, openapi, home, settings):
    settings.ENQUIRY_RATE_LIMIT = "2/minute"
    url = "/api/v1/enquiries/"
    good = {"name": "Asha", "phone": "089510 47001", "message": "Neck pain"}
    for data, content_type in [
        (good, "application/json"),
        ({**good, "phone": "123"}, "application/json"),
        ("<x/>", "application/xml"),
        (good, "application/json"),  # the third post from this client: 429
    ]:
        body = data if isinstance(data, str) else json.dumps(data)
        response = client.post(url, body, content_type=content_type)
        assert_matches_document(openapi, url, response, method="post")
    assert response.status_code == 429
    assert set(openapi["paths"][url]) == {"post"}
