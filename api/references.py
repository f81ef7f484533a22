"""Bulk lookups of the pages and images one response refers to, so queries don't grow with content.

A serializer first collects everything the pages it shows refer to (body blocks, read from
their stored data; intro; related lists; hero image), for one page or a whole sync batch, then
asks for each reference by id. The first question loads every collected id at once: one query
for the public pages among them, two for the images and their renditions. The blocks' page and
image choosers take their objects from these loads (``choices_loaded``) instead of querying.
A reference that was not collected still works, with one more query.
"""

import re
from functools import cached_property

from django.utils import translation
from wagtail.images import get_image_model
from wagtail.rich_text.rewriters import extract_attrs

from api.compiled_queries import CompiledQuery
from api.language import default_language
from api.paths import public_path
from api.querysets import public_pages_by_id, site_root
from api.serializers import RENDITIONS, ImageSerializer, PageSummarySerializer, ProfessionalSerializer
from pages.blocks import chosen_in, loaded_choices

FIND_LINK = re.compile(r"<a(\b[^>]*)>(.*?)</a>", re.DOTALL)
FIND_EMBED = re.compile(r"<embed\b[^>]*/?>")


images_with_ids = CompiledQuery(lambda ids: get_image_model().objects.filter(pk__in=ids))
renditions_of = CompiledQuery(
    lambda image_ids: get_image_model().get_rendition_model().objects
    .filter(image_id__in=image_ids, filter_spec__in=list(RENDITIONS.values()))
)


def images_by_id(ids):
    """``{id: image}`` for the images with these ids, with the API's renditions loaded."""
    images = {image.pk: image for image in images_with_ids((), sorted(ids))}
    for image in images.values():
        image.prefetched_renditions = []  # what ``prefetch_renditions()`` would leave
    for rendition in renditions_of((), sorted(images)):
        rendition.image = images[rendition.image_id]
        rendition.image.prefetched_renditions.append(rendition)
    return images


def _page_link_ids(html):
    for match in FIND_LINK.finditer(html or ""):
        attrs = extract_attrs(match.group(1))
        if attrs.get("linktype") == "page" and attrs.get("id", "").isdigit():
            yield int(attrs["id"])


class References:
    def __init__(self, *, context):
        self._root = context["site_root"]
        self._restricted = context.get("restricted_paths")
        self._context = context
        self._wanted_page_ids, self._wanted_image_ids = set(), set()
        self._pages, self._images = {}, {}
        self._shown = set()  # response cache names of the page and snippets shown (see dependencies)

    @classmethod
    def for_request(cls, request):
        """References for the site of ``request``, in the active language."""
        context = {"language": translation.get_language() or default_language(), "site_root": site_root(request)}
        return cls(context=context)

    # Collecting ------------------------------------------------------------------------

    def collect_stream(self, stream):
        """Note every page, image and rich-text page link in a StreamField value, from its stored data."""
        for kind, value in chosen_in(stream.stream_block, list(stream.raw_data)):
            if kind == "page" and value is not None:
                self._wanted_page_ids.add(value)
            elif kind == "image" and value is not None:
                self._wanted_image_ids.add(value)
            elif kind == "rich_text":
                self.collect_rich_text(value)

    def collect_rich_text(self, html):
        self._wanted_page_ids.update(_page_link_ids(html))

    def collect_page_ids(self, ids):
        self._wanted_page_ids.update(i for i in ids if i is not None)

    def collect_image_ids(self, ids):
        self._wanted_image_ids.update(i for i in ids if i is not None)

    def note_shown(self, page, professionals=()):
        """Record the page itself and the related professionals (and their clinics) it shows."""
        self._shown.add(f"page:{page.pk}")
        for item in professionals:
            self._shown.add(f"professional:{item.target_id}")
            if item.target.clinic_id:
                self._shown.add(f"clinic:{item.target.clinic_id}")

    def dependencies(self):
        """Names in ``api/response_cache.py`` of everything the response may show.

        Every page collected counts, public or not: a linked page that is published later
        must make this response stale, since it would now show the link.
        """
        return (
            self._shown
            | {f"page:{pk}" for pk in self._wanted_page_ids}
            | {f"image:{pk}" for pk in self._wanted_image_ids}
        )

    # Loading ---------------------------------------------------------------------------

    def _load_pages(self):
        missing = self._wanted_page_ids - self._pages.keys()
        if missing:
            found = public_pages_by_id(self._root, missing, self._restricted)
            self._pages.update({pk: found.get(pk) for pk in missing})

    def _load_images(self):
        missing = self._wanted_image_ids - self._images.keys()
        if missing:
            found = images_by_id(missing)
            self._images.update({pk: found.get(pk) for pk in missing})

    def choices_loaded(self):
        """Load everything collected; while active, the blocks' choosers use it (``pages.blocks``)."""
        self._load_pages()
        self._load_images()
        return loaded_choices(self._pages, self._images)

    # Answering -------------------------------------------------------------------------
    # One serializer of each kind per response, its fields bound once, for every page, image and
    # professional (a sync batch shows up to 100 pages).

    @cached_property
    def _summaries(self):
        return PageSummarySerializer(context=self._context)

    @cached_property
    def _image_serializer(self):
        return ImageSerializer(context=self._context)

    @cached_property
    def _professional_serializer(self):
        return ProfessionalSerializer(context=self._context)

    def public_page(self, page_or_id):
        """The public ``Page`` (not specific) with this id, or ``None``."""
        if page_or_id is None:
            return None
        pk = getattr(page_or_id, "pk", page_or_id)
        self._wanted_page_ids.add(pk)
        self._load_pages()
        return self._pages[pk]

    def page(self, page_or_id):
        """The page's summary in the request's language, or ``None`` unless live and public."""
        page = self.public_page(page_or_id)
        return self._summaries.to_representation(page) if page else None

    def image(self, image_or_id):
        """``{"id", "alt", "width", "height", "url", "renditions"}``, or ``None``."""
        if image_or_id is None:
            return None
        pk = getattr(image_or_id, "pk", image_or_id)
        self._wanted_image_ids.add(pk)
        self._load_images()
        image = self._images[pk]
        return self._image_serializer.to_representation(image) if image else None

    def professional(self, professional):
        """A related professional, with clinic and photo, in the request's language."""
        return self._professional_serializer.to_representation(professional)

    def rich_text(self, html):
        """Wagtail's stored rich text as plain HTML: page links become public paths.

        A link to a page that is not live and public loses its ``<a>`` but keeps its text, as
        do links of other Wagtail link types; ``<embed>`` tags are dropped.
        """
        self.collect_rich_text(html)
        self._load_pages()
        return FIND_EMBED.sub("", FIND_LINK.sub(self._rewrite_link, html or ""))

    def _rewrite_link(self, match):
        attrs = extract_attrs(match.group(1))
        link_type = attrs.get("linktype")
        if link_type is None:
            return match.group(0)
        page = self._pages.get(int(attrs["id"])) if link_type == "page" and attrs.get("id", "").isdigit() else None
        if page is None:
            return match.group(2)
        path = public_path(page, self._context["site_root"], self._context["language"])
        return f'<a href="{path}">{match.group(2)}</a>'
