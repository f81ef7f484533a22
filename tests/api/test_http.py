"""HTTP behaviour of every endpoint: problem+json errors, caching headers, 304s and CORS."""

import pytest

from tests.api.conftest import problem

READ_URLS = ["/api/v1/locales/", "/api/v1/pages/", "/api/v1/pages/{id}/", "/api/v1/pages/find/?path=/blog/"]


def urls(section):
    return [url.format(id=section.pk) for url in READ_URLS]


# ERRORS

@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/v1/nope/", "/api/", "/api/v2/pages/", "/api/v1/pages/abc/"])
def test_unknown_api_url_gives_problem_not_html(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == problem("not_found", 404, f"{url} is not an endpoint of this API", "Not found")


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_give_method_not_allowed(client, section, method):
    for url in urls(section):
        response = getattr(client, method)(url)
        assert response.status_code == 405, url
        assert response["Content-Type"] == "application/problem+json"
        assert response.json() == problem(
            "method_not_allowed", 405, f'Method "{method.upper()}" not allowed.', "Method not allowed"
        )
        assert response["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.django_db
def test_html_only_accept_gives_not_acceptable(client, section):
    for url in urls(section):
        response = client.get(url, headers={"Accept": "text/html"})
        assert response.status_code == 406, url
        assert response["Content-Type"] == "application/problem+json"
        assert response.json() == problem(
            "not_acceptable", 406, "Could not satisfy the request Accept header.", "Not acceptable"
        )


@pytest.mark.django_db
def test_unknown_parameter_on_detail_gives_error(api, section):
    assert api(f"/api/v1/pages/{section.pk}/", fields="*").json() == problem(
        "invalid_parameter", 400, "unknown query parameter fields; this endpoint takes lang", "Invalid parameter"
    )


@pytest.mark.django_db
def test_unexpected_failure_is_a_problem_not_html(api, section, monkeypatch):
    from api import views

    monkeypatch.setattr(views.PageDetailView, "get_object", lambda self: 1 / 0)
    response = api(f"/api/v1/pages/{section.pk}/")
    assert response.status_code == 500
    assert response.json() == problem("server_error", 500, "The server failed.", "Server error")


# CACHING

@pytest.mark.django_db
def test_every_read_has_etag_and_public_cache_control(api, section):
    for url in urls(section):
        response = api(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "public, max-age=60"
        assert response["ETag"].startswith('"')


@pytest.mark.django_db
def test_etag_differs_per_language(api, section):
    for url in urls(section):
        assert api(url, lang="en")["ETag"] != api(url, lang="kn")["ETag"], url


@pytest.mark.django_db
def test_matching_if_none_match_gives_304_with_headers(api, section):
    for url in urls(section):
        first = api(url, headers={"Accept-Language": "te"})
        again = api(url, headers={"Accept-Language": "te", "If-None-Match": first["ETag"]})
        assert again.status_code == 304, url
        assert again.content == b""
        assert again["ETag"] == first["ETag"]
        assert again["Content-Language"] == "te"
        assert "Accept-Language" in again["Vary"]
        assert again["Cache-Control"] == "public, max-age=60"
        other_language = api(url, headers={"Accept-Language": "kn", "If-None-Match": first["ETag"]})
        assert other_language.status_code == 200


@pytest.mark.django_db
def test_etag_changes_when_the_page_is_republished(api, section):
    url = f"/api/v1/pages/{section.pk}/"
    before = api(url)["ETag"]
    section.title_en = "Journal"
    section.save_revision().publish()
    assert api(url)["ETag"] != before


@pytest.mark.django_db
def test_errors_are_not_cached_publicly(api, home):
    response = api("/api/v1/pages/999/")
    assert "ETag" not in response and "Cache-Control" not in response
    assert response["Content-Language"] == "en"


# CORS

@pytest.mark.django_db
def test_cors_allows_configured_origins_on_the_api_only(client, section, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.org"]
    allowed = client.get("/api/v1/pages/", headers={"Origin": "https://app.example.org"})
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.org"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = client.get("/api/v1/pages/", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other
    outside_api = client.get("/admin/login/", headers={"Origin": "https://app.example.org"})
    assert "Access-Control-Allow-Origin" not in outside_api


@pytest.mark.django_db
def test_cors_preflight_for_get(client, section, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.org"]
    response = client.options("/api/v1/pages/", headers={
        "Origin": "https://app.example.org", "Access-Control-Request-Method": "GET",
    })
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "https://app.example.org"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS, POST"  # POST: enquiries


# DOCS

@pytest.mark.django_db
def test_docs_serve_swagger_ui_without_a_cdn(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html and "cdn.jsdelivr.net" not in html
    assert "/api/v1/schema/" in html
