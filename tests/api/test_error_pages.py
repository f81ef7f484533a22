"""Errors Django raises outside the API views are problem+json under /api/ too, never HTML."""

import pytest
from django.test import Client


@pytest.mark.django_db
def test_disallowed_host_is_a_problem(home):
    response = Client(HTTP_HOST="evil.example").get("/api/v1/pages/")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "invalid_parameter"


@pytest.mark.django_db
def test_crash_outside_a_view_is_a_problem(home, monkeypatch):
    from api import views

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views.ContentApiView, "dispatch", explode)
    response = Client(raise_request_exception=False).get("/api/v1/pages/")
    assert response.status_code == 500
    assert response.json() == {
        "type": "urn:physio-cms:problem:server_error",
        "title": "Server error",
        "status": 500,
        "detail": "The server failed.",
        "code": "server_error",
    }


@pytest.mark.django_db
def test_site_pages_keep_django_error_pages(home):
    response = Client(HTTP_HOST="evil.example").get("/admin/")
    assert response.status_code == 400
    assert "problem" not in response["Content-Type"]
