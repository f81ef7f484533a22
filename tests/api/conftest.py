"""Helpers for the content API tests: a JSON client, problem bodies and small page trees."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests import factories

LANGUAGES = ["en", "kn", "te", "hi"]
ZWJ, ZWNJ = "\u200d", "\u200c"

# Titles with combining marks, ZWJ and ZWNJ, which must come back byte for byte.
TITLES = {
    "en": "Dry needling for spinal stenosis",
    "kn": "ಸ್ಪೈನಲ್ ಸ್ಟೆನೋಸಿಸ್‌ಗೆ ಡ್ರೈ ನೀಡ್ಲಿಂಗ್",
    "te": f"స్పైనల్ స్టెనోసిస్ కోసం డ్రై నీడ్లింగ్ క్{ZWNJ}ష",
    "hi": f"स्पाइनल स्टेनोसिस के लिए ड्राई नीडलिंग क्{ZWJ}ष",
}


def problem(code, status, detail, title):
    return {"type": f"urn:physio-cms:problem:{code}", "title": title, "status": status, "detail": detail, "code": code}


@pytest.fixture
def api(client):
    """``api(url, lang=..., headers=..., **params)``: a GET whose ``.json()`` is the body."""

    def get(url, headers=None, **params):
        # Keep a query string written into ``url``: the test client would replace it with ``params``.
        path, _, query = url.partition("?")
        return client.get(path, {**QueryDict(query).dict(), **params}, headers=headers or {})

    return get


@pytest.fixture
def section(home):
    return factories.SectionIndexPageFactory(
        parent=home, title_en="Blog", title_kn="ಬ್ಲಾಗ್", title_te="బ్లాగ్", title_hi="ब्लॉग"
    )


def translated(field, values=TITLES):
    return {f"{field}_{code}": value for code, value in values.items()}


@pytest.fixture
def article(section):
    """A fully translated blog post under ``/blog/``."""
    return factories.ArticlePageFactory(
        parent=section,
        **translated("title"),
        **translated("search_description", {code: f"{code} description" for code in LANGUAGES}),
        **translated("intro", {code: f"<p>{code} intro</p>" for code in LANGUAGES}),
        **translated("body", {code: [{"type": "callout", "value": {"tone": "tip", "text": f"{code} tip"}}]
                             for code in LANGUAGES}),
    )


HIDDEN_CASES = [
    "draft", "unpublished", "scheduled", "scheduled_flagged_live", "expired", "password", "login", "groups",
    "restricted_ancestor",
]


def hidden_condition(case, section, title_en="Zebra condition"):
    """A ConditionPage under ``section`` that no API client may see, for the reason ``case``."""
    now = timezone.now()
    kwargs = {"title_en": title_en, "title_kn": "ಜೀಬ್ರಾ ಸ್ಥಿತಿ"}
    if case == "draft":
        return factories.ConditionPageFactory(parent=section, publish=False, live=False, **kwargs)
    if case == "scheduled":
        page = factories.ConditionPageFactory(
            parent=section, publish=False, live=False, go_live_at=now + timedelta(days=1), **kwargs
        )
        page.save_revision().publish()
        page.refresh_from_db()
        return page
    if case == "restricted_ancestor":
        private = factories.SectionIndexPageFactory(parent=section, title_en="Members only")
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        return factories.ConditionPageFactory(parent=private, **kwargs)
    page = factories.ConditionPageFactory(parent=section, **kwargs)
    if case == "unpublished":
        page.unpublish()
    elif case == "scheduled_flagged_live":
        # Inconsistent but possible (an import, a direct edit): live, yet not due until tomorrow.
        Page.objects.filter(pk=page.pk).update(go_live_at=now + timedelta(days=1))
    elif case == "expired":
        # publish_scheduled has not run yet, so the page is still flagged live.
        Page.objects.filter(pk=page.pk).update(expire_at=now - timedelta(hours=1))
    else:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=case, password="secret")
        if case == "groups":
            restriction.groups.add(Group.objects.create(name="Clinicians"))
    page.refresh_from_db()
    return page
