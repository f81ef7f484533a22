"""An editor, in a real headless Chromium, writes a page in English and Kannada and publishes it."""

import json
import os
import shutil
import urllib.parse
import urllib.request

import pytest

from pages.models import ArticlePage
from tests import factories

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Flags for a closed network: without them Chromium keeps dialling Google's services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
KANNADA_TITLE = "ಬೆನ್ನು ನೋವಿಗೆ ಡ್ರೈ ನೀಡ್ಲಿಂಗ್"
KANNADA_HEADING = "ಚಿಕಿತ್ಸೆಯ ನಂತರ ಏನು ನಿರೀಕ್ಷಿಸಬೇಕು"

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and os.environ.get("CI") != "true",
    reason="Debian's chromium is not installed (CI installs it; locally: apt-get install chromium)",
)


@pytest.fixture
def browser_page(monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls here are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(20_000)
        yield page
        browser.close()


def add_heading(page, field, text):
    page.locator(f"#{field}-root button[title='Insert a block']").first.click()
    page.locator("[role=listbox]:visible [role=option]", has_text="Heading").first.click()
    page.locator(f"#{field}-root input[name$='-value-text']").first.fill(text)


@pytest.mark.django_db(transaction=True)
def test_editor_publishes_english_and_kannada_page_and_api_serves_kannada(live_server, browser_page, django_user_model):
    home = factories.home_page()
    section = factories.SectionIndexPageFactory(parent=home, title_en="Blog", slug_en="blog", title_kn="ಬ್ಲಾಗ್")
    django_user_model.objects.create_superuser("editor", "editor@example.com", "correct-horse")
    page = browser_page

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "correct-horse")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/pages/add/pages/articlepage/{section.pk}/")
    page.click("button.locale-toggle:text-is('kn')")  # show the Kannada fields
    page.fill("input[name=title_en]", "Dry needling for back pain")
    page.fill("input[name=title_kn]", KANNADA_TITLE)
    add_heading(page, "body_en", "What to expect after treatment")
    add_heading(page, "body_kn", KANNADA_HEADING)
    page.get_by_role("button", name="More actions").click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(f"**/admin/pages/{section.pk}/")
    assert "created and published" in page.locator(".messages").inner_text()

    created = ArticlePage.objects.get(title_en="Dry needling for back pain")
    assert created.live and created.slug_kn == "ಬೆನ್ನು-ನೋವಿಗೆ-ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್"

    query = urllib.parse.urlencode({"path": "/ಬ್ಲಾಗ್/ಬೆನ್ನು-ನೋವಿಗೆ-ಡ್ರೈ-ನೀಡ್ಲಿಂಗ್/", "lang": "kn"})
    with urllib.request.urlopen(f"{live_server.url}/api/v1/pages/find/?{query}") as response:
        assert response.headers["Content-Language"] == "kn"
        data = json.loads(response.read().decode("utf-8"))
    assert data["id"] == created.pk
    assert data["title"] == KANNADA_TITLE
    assert data["body"][0]["type"] == "heading"
    assert data["body"][0]["value"]["text"] == KANNADA_HEADING
    assert data["body"][0]["id"] == created.body_en[0].id
