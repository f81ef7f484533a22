"""``/api/v1/sync/``: a full download, then only changes; a client that syncs ends with exactly the live set."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from api.querysets import public_pages
from pages.models import ArticlePage
from tests import factories
from tests.api.conftest import problem


class OfflineApp:
    """What a mobile app keeps: page id -> the page JSON it last received."""

    def __init__(self, api, lang="en", limit=None):
        self.api, self.lang, self.limit = api, lang, limit
        self.pages, self.token, self.calls = {}, None, 0

    def sync(self):
        while True:
            params = {"lang": self.lang}
            if self.token:
                params["since"] = self.token
            if self.limit:
                params["limit"] = self.limit
            response = self.api("/api/v1/sync/", **params)
            assert response.status_code == 200, response.content
            data = response.json()
            self.calls += 1
            self.pages.update({page["id"]: page for page in data["pages"]})
            for page_id in data["removed"]:
                self.pages.pop(page_id, None)
            self.token = data["token"]
            if not data["has_more"]:
                return data


def live_ids(home):
    return set(public_pages(home).values_list("pk", flat=True))


@pytest.fixture
def posts(section):
    return [factories.ArticlePageFactory(parent=section, title_en=f"Post {n}", title_kn=f"ಲೇಖನ {n}") for n in range(5)]


@pytest.mark.django_db
def test_first_sync_pages_through_every_public_page(api, home, posts):
    factories.ArticlePageFactory(parent=posts[0].get_parent(), title_en="Draft", live=False, publish=False)
    app = OfflineApp(api, lang="kn", limit=2)
    app.sync()
    assert set(app.pages) == live_ids(home)
    assert app.calls == 4  # 7 public pages (home, section, five posts), two at a time
    assert app.pages[posts[3].pk]["title"] == "ಲೇಖನ 3"


@pytest.mark.django_db
def test_second_sync_without_changes_is_empty(api, home, posts):
    app = OfflineApp(api)
    app.sync()
    data = app.sync()
    assert (data["pages"], data["removed"], data["has_more"]) == ([], [], False)


@pytest.mark.django_db
def test_sync_sequence_with_publish_edit_unpublish_delete(api, home, section, posts):
    app = OfflineApp(api)
    app.sync()

    new = factories.ArticlePageFactory(parent=section, title_en="New post")
    edited = ArticlePage.objects.get(pk=posts[0].pk)
    edited.title_en = "Post 0, edited"
    edited.save_revision().publish()
    data = app.sync()
    assert {page["id"] for page in data["pages"]} == {new.pk, posts[0].pk} and data["removed"] == []
    assert app.pages[posts[0].pk]["title"] == "Post 0, edited"

    ArticlePage.objects.get(pk=posts[1].pk).unpublish()
    ArticlePage.objects.get(pk=posts[2].pk).delete()
    data = app.sync()
    assert data["pages"] == [] and data["removed"] == [posts[1].pk, posts[2].pk]

    draft = ArticlePage.objects.get(pk=posts[3].pk)
    draft.title_en = "Unpublished edit"
    draft.save_revision()  # a draft is not a change the app may see
    data = app.sync()
    assert data["pages"] == [] and data["removed"] == []
    assert app.pages[posts[3].pk]["title"] == "Post 3"
    assert set(app.pages) == live_ids(home)


@pytest.mark.django_db
def test_hidden_pages_are_removed_and_a_move_is_resent(api, home, section, posts):
    app = OfflineApp(api)
    app.sync()
    PageViewRestriction.objects.create(page=posts[0], restriction_type=PageViewRestriction.LOGIN)
    other = factories.SectionIndexPageFactory(parent=home, title_en="Elsewhere", slug_en="elsewhere")
    ArticlePage.objects.get(pk=posts[4].pk).move(other, pos="last-child")
    data = app.sync()
    assert posts[0].pk in data["removed"]
    moved = next(page for page in data["pages"] if page["id"] == posts[4].pk)
    assert moved["path"].startswith("/elsewhere/")
    assert set(app.pages) == live_ids(home)


@pytest.mark.django_db
def test_expiry_alone_removes_a_page(api, home, posts):
    app = OfflineApp(api)
    app.sync()
    # Set without an event, as if the editor had scheduled it long ago; then let the moment pass.
    ArticlePage.objects.filter(pk=posts[0].pk).update(expire_at=timezone.now() + timedelta(milliseconds=300))
    time.sleep(0.4)
    data = app.sync()
    assert data["removed"] == [posts[0].pk]
    assert set(app.pages) == live_ids(home)


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["garbage", "eyJjIjoxfQ:1abc:forged"])
def test_bad_token_is_a_400_problem(api, home, token):
    response = api("/api/v1/sync/", since=token)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == problem(
        "invalid_parameter", 400, "since is not a sync token this API issued", "Invalid parameter"
    )


@pytest.mark.django_db
def test_sync_responses_are_not_publicly_cached(api, home):
    response = api("/api/v1/sync/")
    assert response["Cache-Control"] == "no-cache"
