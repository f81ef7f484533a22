"""Grow the benchmark database to ``--total`` generated pages, each with the demo article's blocks in four languages.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.generate --total 10000

Pages are added under one section with ``add_child`` (so paths and translated url paths are
exactly what the admin would make), in transactions of 500, without revisions and without the
sibling-slug validation (slugs are unique by construction), and added to the search index in
bulk, as the worker's indexing task would. Re-running only adds what is missing.
"""

import argparse
import os
import sys
import time

import django


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--total", type=int, default=10000)
    total = parser.parse_args().total
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    # No worker in this process: Wagtail's background tasks (reference index) are skipped.
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.dummy.DummyBackend"
    django.setup()
    from django.db import transaction
    from django.utils import timezone
    from wagtail.search.backends import get_search_backend

    from pages.models import ArticlePage, HomePage, SectionIndexPage

    home = HomePage.objects.get()
    section = SectionIndexPage.objects.filter(slug_en="bench").first()
    if section is None:
        section = SectionIndexPage(title_en="Bench", slug_en="bench", title_kn="ಬೆಂಚ್", title_te="బెంచ్",
                                   title_hi="बेंच", live=True, first_published_at=timezone.now())
        home.add_child(instance=section)
    source = ArticlePage.objects.exclude(body_en=[]).order_by("pk").first()
    languages = ("en", "kn", "te", "hi")
    fields = ("intro", "body", "search_description")
    content = {f"{field}_{code}": getattr(source, f"{field}_{code}") for field in fields for code in languages}
    titles = {code: getattr(source, f"title_{code}") for code in languages}
    existing = section.get_children().count()
    started = time.monotonic()
    for start in range(existing, total, 500):
        with transaction.atomic():
            section.refresh_from_db()
            batch = []
            for n in range(start, min(start + 500, total)):
                page = ArticlePage(
                    **{f"title_{code}": f"{titles[code]} {n}" for code in languages},
                    **{f"slug_{code}": f"bench-{n}" for code in languages},
                    **content, live=True, first_published_at=timezone.now(), last_published_at=timezone.now(),
                )
                # Slugs are unique by construction; validating them reads every sibling (O(n) per page).
                page.full_clean = lambda *args, **kwargs: None
                section.add_child(instance=page)
                batch.append(page)
            get_search_backend().add_bulk(ArticlePage, batch)
        print(f"  {min(start + 500, total)} pages ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return section


if __name__ == "__main__":
    main()
