"""factory_boy factories for pages, snippets and images; pages are created under ``parent``."""

import io

import factory
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from pages import models


def png_bytes(width=64, height=48, color=(30, 120, 160)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Image

    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.LazyAttribute(lambda o: ImageFile(io.BytesIO(png_bytes()), name=f"{o.title}.png"))


class ClinicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Clinic

    name_en = factory.Sequence(lambda n: f"Clinic {n}")
    city_en = "Bangalore"
    address_en = "12 Example Road"
    phone = "+91 80 4000 0000"


class ProfessionalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Professional

    name_en = factory.Sequence(lambda n: f"Dr Example {n}")
    role_en = "Physiotherapist"
    clinic = factory.SubFactory(ClinicFactory)


class PageFactory(factory.Factory):
    """Builds a page and adds it under ``parent`` (default: the site's home page), published."""

    class Meta:
        abstract = True

    title_en = factory.Sequence(lambda n: f"Page {n}")
    parent = None
    publish = True

    @classmethod
    def _create(cls, model_class, parent=None, publish=True, **kwargs):
        parent = parent or home_page()
        page = model_class(**kwargs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page


class HomePageFactory(PageFactory):
    class Meta:
        model = models.HomePage


class SectionIndexPageFactory(PageFactory):
    class Meta:
        model = models.SectionIndexPage


class ConditionPageFactory(PageFactory):
    class Meta:
        model = models.ConditionPage


class TherapyPageFactory(PageFactory):
    class Meta:
        model = models.TherapyPage


class TreatmentPageFactory(PageFactory):
    class Meta:
        model = models.TreatmentPage


class SymptomPageFactory(PageFactory):
    class Meta:
        model = models.SymptomPage


class ArticlePageFactory(PageFactory):
    class Meta:
        model = models.ArticlePage


def home_page():
    """The site's home page, created (with its Site) on first use."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, models.HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    if root is None:  # an earlier transactional test flushed the root page Wagtail's migration made
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    root.get_children().delete()  # Wagtail's "Welcome" page and its Site
    home = models.HomePage(title_en="Home", slug_en="home")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home
