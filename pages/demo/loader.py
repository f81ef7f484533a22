"""Builds the demo site from ``pages.demo.content``; safe to run again (it only adds what is missing)."""

from collections import Counter

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from pages import models
from pages.demo.content import pages as page_content
from pages.demo.content import people, site
from pages.demo.images import ensure_demo_images
from pages.demo.stream import DemoReferences

PLAIN_FIELDS = ("title", "slug", "seo_title", "search_description")
SNIPPET_FIELDS = {
    models.Clinic: ("name", "city", "address", "hours"),
    models.Professional: ("name", "role", "bio", "languages_spoken"),
}


@transaction.atomic
def load_demo():
    """Create whatever part of the demo is missing; returns a Counter of what was created."""
    created = Counter()
    with translation.override("en"):
        images = ensure_demo_images()
        clinics = {
            spec["key"]: _ensure_snippet(models.Clinic, spec, created, phone=spec["phone"]) for spec in people.CLINICS
        }
        professionals = {
            spec["key"]: _ensure_snippet(
                models.Professional, spec, created, clinic=clinics[spec["clinic"]], photo=images[spec["photo"]]
            )
            for spec in people.PROFESSIONALS
        }

        home, home_is_new = _ensure_home()
        shells = {"home": (home, site.HOME, home_is_new)}
        sections = {}
        for spec in site.SECTIONS:
            sections[spec["key"]], is_new = _ensure_child(home, models.SectionIndexPage, spec)
            shells[spec["key"]] = (sections[spec["key"]], spec, is_new)
        for spec in page_content.PAGES:
            page_class = getattr(models, spec["type"])
            page, is_new = _ensure_child(sections[spec["section"]], page_class, spec)
            shells[spec["key"]] = (page, spec, is_new)

        references = DemoReferences(
            page_ids={key: page.pk for key, (page, _spec, _new) in shells.items()},
            image_ids={key: image.pk for key, image in images.items()},
        )
        for key, (page, spec, is_new) in shells.items():
            if is_new:
                _fill_and_publish(page, key, spec, references, images, professionals)
                created[type(page).__name__] += 1
    return created


def _ensure_snippet(model, spec, created, **extra):
    existing = model.objects.filter(name_en=spec["fields"]["en"]["name"]).first()
    if existing:
        return existing
    snippet = model(**extra)
    for lang, values in spec["fields"].items():
        for name in SNIPPET_FIELDS[model]:
            if name in values:
                setattr(snippet, f"{name}_{lang}", values[name])
    snippet.save()
    created[model.__name__] += 1
    return snippet


def _ensure_home():
    """The HomePage at the top of the tree, replacing Wagtail's stock welcome page on first run."""
    home = models.HomePage.objects.first()
    is_new = home is None
    if is_new:
        root = Page.get_first_root_node()
        root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore").delete()
        # The root's slug never shows in a public path, so it stays "home" in every language.
        home = models.HomePage(title_en=site.HOME["fields"]["en"]["title"], live=False)
        for code, _name in settings.LANGUAGES:
            setattr(home, f"slug_{code}", "home")
        root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Physio Health"},
    )
    return home, is_new


def _ensure_child(parent, page_class, spec):
    key = spec["key"]
    existing = parent.get_children().filter(slug_en=key).specific().first()
    if existing:
        return existing, False
    page = page_class(title_en=spec["fields"]["en"]["title"], slug_en=key, live=False)
    parent.add_child(instance=page)
    return page, True


def _fill_and_publish(page, key, spec, references, images, professionals):
    for lang, values in spec["fields"].items():
        for name in PLAIN_FIELDS:
            if name in values:
                setattr(page, f"{name}_{lang}", values[name])
        if "intro" in values:
            setattr(page, f"intro_{lang}", references.rich_text(values["intro"]))
        if "body" in values:
            setattr(page, f"body_{lang}", references.raw_stream(key, values["body"]))
    if spec.get("hero_image"):
        page.hero_image = images[spec["hero_image"]]
    if isinstance(page, models.ContentPage):
        page.tags.set(spec.get("tags", []))
        for relation, keys in spec.get("related", {}).items():
            _set_related(page, relation, keys, references, professionals)
    page.save_revision().publish()


def _set_related(page, relation, keys, references, professionals):
    link_model = page._meta.get_field(relation).related_model
    target_model = link_model._meta.get_field("target").related_model
    if target_model is models.Professional:
        targets = [professionals[key] for key in keys]
    else:
        by_id = target_model.objects.in_bulk([references.page_ids[key] for key in keys])
        targets = [by_id[references.page_ids[key]] for key in keys]
    setattr(page, relation, [link_model(target=target, sort_order=i) for i, target in enumerate(targets)])
