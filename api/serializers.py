"""JSON shapes of the content API. Each serializer's docstring shows what it produces.

Every serializer reads ``language`` (a language code) and ``site_root`` from its context; the
full page also builds a ``References`` there, for its page and image lookups.
"""

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.images.models import Filter

from api.exceptions import PROBLEM_TITLES
from api.language import localized_value
from api.page_relations import page_relations
from api.paths import public_path
from api.querysets import PAGE_TYPES
from pages.blocks import RICH_TEXT_SCHEMA, ArticleStreamBlock
from pages.translation_status import complete_languages, translation_statuses

# Renditions every image comes with, by name: a card crop and two content widths.
RENDITIONS = {"thumbnail": "fill-400x300", "medium": "width-800", "large": "width-1600"}
# Parsed once: a Filter keeps its parsed operations, which Wagtail would otherwise parse per image.
RENDITION_FILTERS = [Filter(spec=spec) for spec in RENDITIONS.values()]

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@extend_schema_field(OpenApiTypes.STR)
class TranslatedField(serializers.Field):
    """A translated model field in the request's language, or its fallback: ``"Spinal stenosis"``."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        return localized_value(instance, self.field_name, self.context["language"]) or ""


class RenditionSerializer(serializers.Serializer):
    """``{"url": "/media/images/x.fill-400x300.png", "width": 400, "height": 300}``"""

    url = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class RenditionsSerializer(serializers.Serializer):
    """``{"thumbnail": {...}, "medium": {...}, "large": {...}}``, one rendition per name."""

    thumbnail = RenditionSerializer()
    medium = RenditionSerializer()
    large = RenditionSerializer()


RENDITIONS_SERIALIZER = RenditionsSerializer()  # no context: one instance serves every image


class ImageSerializer(serializers.Serializer):
    """``{"id": 7, "alt": "Spine model", "width": 1200, "height": 800, "url": "/media/...", "renditions": {...}}``"""

    id = serializers.IntegerField()
    alt = serializers.CharField(source="default_alt_text")
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    url = serializers.SerializerMethodField()
    renditions = serializers.SerializerMethodField()

    def get_url(self, image) -> str:
        return image.file.url

    @extend_schema_field(RenditionsSerializer)
    def get_renditions(self, image):
        # Served from the renditions prefetched by ``References``; missing ones are created once.
        by_spec = image.get_renditions(*RENDITION_FILTERS)
        return RENDITIONS_SERIALIZER.to_representation({name: by_spec[spec] for name, spec in RENDITIONS.items()})


class PageSummarySerializer(serializers.Serializer):
    """A page reference anywhere in the API.

    ``{"id": 12, "type": "ConditionPage", "title": "Spinal stenosis", "slug": "spinal-stenosis",
    "path": "/conditions/spinal-stenosis/", "language": "en", "search_description": "...",
    "first_published_at": "2025-01-05T10:00:00+05:30", "last_published_at": "..."}``
    """

    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=list(PAGE_TYPES), source="specific_class.__name__")
    title = TranslatedField()
    slug = TranslatedField()
    path = serializers.SerializerMethodField()
    language = serializers.SerializerMethodField()
    search_description = TranslatedField()
    first_published_at = serializers.DateTimeField()
    last_published_at = serializers.DateTimeField()

    def get_path(self, page) -> str:
        return public_path(page, self.context["site_root"], self.context["language"])

    @extend_schema_field(serializers.ChoiceField(choices=LANGUAGE_CODES))
    def get_language(self, page):
        return self.context["language"]


class ClinicSerializer(serializers.Serializer):
    """``{"id": 1, "name": "...", "city": "...", "address": "...", "phone": "+91 ...", "hours": "..."}``"""

    id = serializers.IntegerField()
    name = TranslatedField()
    city = TranslatedField()
    address = TranslatedField()
    phone = serializers.CharField()
    hours = TranslatedField()


class ProfessionalSerializer(serializers.Serializer):
    """``{"id": 3, "name": "...", "role": "...", "bio": "...", "photo": {image} | null,
    "languages_spoken": "English, Kannada", "clinic": {clinic} | null}``"""

    id = serializers.IntegerField()
    name = TranslatedField()
    role = TranslatedField()
    bio = TranslatedField()
    photo = serializers.SerializerMethodField()
    languages_spoken = TranslatedField()
    clinic = ClinicSerializer(allow_null=True)

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_photo(self, professional):
        return self.context["references"].image(professional.photo_id)


class RelatedListsSerializer(serializers.Serializer):
    """The six related lists, always all present: ``{"therapies": [summary, ...], ..., "blog_posts": []}``"""

    therapies = PageSummarySerializer(many=True)
    symptoms = PageSummarySerializer(many=True)
    conditions = PageSummarySerializer(many=True)
    treatments = PageSummarySerializer(many=True)
    professionals = ProfessionalSerializer(many=True)
    blog_posts = PageSummarySerializer(many=True)


RELATED_LIST_NAMES = tuple(RelatedListsSerializer().fields)


class TranslationMetaSerializer(serializers.Serializer):
    """``{"language": "kn", "status": "partial", "fallback_fields": ["seo_title"]}``"""

    language = serializers.ChoiceField(choices=LANGUAGE_CODES)
    status = serializers.ChoiceField(choices=["complete", "partial", "missing"])
    fallback_fields = serializers.ListField(child=serializers.CharField())


class PageMetaSerializer(serializers.Serializer):
    """``{"translation": {...}, "available_languages": ["en", "kn"], "structured_data": {JSON-LD}}``"""

    translation = TranslationMetaSerializer()
    available_languages = serializers.ListField(child=serializers.ChoiceField(choices=LANGUAGE_CODES))
    structured_data = serializers.JSONField()


def _body_schema():
    """``[{"type": "heading", "id": "<uuid>", "value": {...}}, ...]``: one shape per block type."""
    variants = [
        {
            "type": "object",
            "properties": {
                "type": {"type": "string", "enum": [name]},
                "id": {"type": "string"},
                "value": block.api_schema,
            },
            "required": ["type", "id", "value"],
            "additionalProperties": False,
        }
        for name, block in ArticleStreamBlock().child_blocks.items()
    ]
    return {"type": "array", "items": {"oneOf": variants}}


def prepare_full_pages(pages, context):
    """Collect everything ``pages`` show into one ``References`` (``context["references"]``) and
    load their related lists and tags, so that serializing all of them takes a constant number of
    queries."""
    from api.references import References  # it serializes through the classes above

    references = context.get("references") or References(context=context)
    context["references"] = references
    relations = context.setdefault("page_relations", {})
    relations.update(page_relations(pages))
    language = context["language"]
    for page in pages:
        professionals = relations[page.pk].professionals
        references.note_shown(page, professionals)
        references.collect_stream(localized_value(page, "body", language))
        references.collect_rich_text(localized_value(page, "intro", language))
        references.collect_page_ids(pk for ids in relations[page.pk].page_ids.values() for pk in ids)
        references.collect_image_ids([page.hero_image_id] + [item.target.photo_id for item in professionals])


class FullPageListSerializer(serializers.ListSerializer):
    """Full pages in bulk (the sync batch): everything they show is loaded once for all of them."""

    def to_representation(self, data):
        pages = list(data)
        prepare_full_pages(pages, self.context)
        return super().to_representation(pages)


class PageDetailSerializer(PageSummarySerializer):
    """One page in full: the summary plus its content, related lists, tags and ``meta``."""

    seo_title = TranslatedField()
    intro = serializers.SerializerMethodField()
    hero_image = serializers.SerializerMethodField()
    body = serializers.SerializerMethodField()
    related = serializers.SerializerMethodField()
    tags = serializers.SerializerMethodField()
    meta = serializers.SerializerMethodField()

    class Meta:
        list_serializer_class = FullPageListSerializer

    def to_representation(self, page):
        if page.pk not in self.context.get("page_relations", {}):
            prepare_full_pages([page], self.context)
        with self.context["references"].choices_loaded():
            return super().to_representation(page)

    @extend_schema_field(RICH_TEXT_SCHEMA)
    def get_intro(self, page):
        return self.context["references"].rich_text(localized_value(page, "intro", self.context["language"]))

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_hero_image(self, page):
        return self.context["references"].image(page.hero_image_id)

    @extend_schema_field(_body_schema())
    def get_body(self, page):
        body = localized_value(page, "body", self.context["language"])
        return body.stream_block.get_api_representation(body, context=self.context)

    @extend_schema_field(RelatedListsSerializer)
    def get_related(self, page):
        # Plain dicts in the declared shapes: serializers made per page would copy their fields each time.
        references, relations = self.context["references"], self.context["page_relations"][page.pk]
        lists = {name: [] for name in RELATED_LIST_NAMES}
        for name, ids in relations.page_ids.items():
            lists[name] = [summary for summary in map(references.page, ids) if summary is not None]
        lists["professionals"] = [references.professional(item.target) for item in relations.professionals]
        return lists

    def get_tags(self, page) -> list[str]:
        return self.context["page_relations"][page.pk].tags

    @extend_schema_field(PageMetaSerializer)
    def get_meta(self, page):
        from api.structured_data import structured_data

        language = self.context["language"]
        statuses = translation_statuses(page)
        # The counted fields not translated are exactly those shown in a fallback language.
        status = statuses[language]
        fallback_fields = list(status.missing_fields)
        return {
            "translation": {"language": language, "status": status.status, "fallback_fields": fallback_fields},
            "available_languages": complete_languages(statuses),
            "structured_data": structured_data(page, context=self.context),
        }


class LocaleSerializer(serializers.Serializer):
    """``{"code": "kn", "name": "Kannada", "native_name": "ಕನ್ನಡ", "fallback_chain": ["en"], "default": false}``"""

    code = serializers.ChoiceField(choices=LANGUAGE_CODES)
    name = serializers.CharField()
    native_name = serializers.CharField()
    fallback_chain = serializers.ListField(child=serializers.ChoiceField(choices=LANGUAGE_CODES))
    default = serializers.BooleanField()


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details: ``{"type", "title", "status", "detail", "code"}``, and for a form,
    ``"errors": {"phone": ["Enter a valid phone number, ..."]}``."""

    type = serializers.CharField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    code = serializers.ChoiceField(choices=list(PROBLEM_TITLES))
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False)


class TranslationSegmentSerializer(serializers.Serializer):
    """``{"key": "9:body:5f0c...:text", "field": "body", "label": "Body › Heading › Text"}``"""

    key = serializers.CharField()
    field = serializers.CharField()
    label = serializers.CharField()


class LanguageProgressSerializer(serializers.Serializer):
    """One language's progress: ``{"language": "kn", "status": "stale", "percent": 96, "total": 120,
    "translated": 115, "missing": [...], "stale": [...]}`` (``missing``/``stale`` are segments)."""

    language = serializers.ChoiceField(choices=LANGUAGE_CODES)
    status = serializers.ChoiceField(choices=["complete", "partial", "stale", "missing"])
    percent = serializers.IntegerField(min_value=0, max_value=100)
    total = serializers.IntegerField(min_value=0)
    translated = serializers.IntegerField(min_value=0)
    missing = TranslationSegmentSerializer(many=True)
    stale = TranslationSegmentSerializer(many=True)


class PageTranslationsSerializer(serializers.Serializer):
    """``{"id": 9, "source_language": "en", "languages": [...one entry per configured language...]}``"""

    id = serializers.IntegerField()
    source_language = serializers.CharField()
    languages = LanguageProgressSerializer(many=True)


class SyncSerializer(serializers.Serializer):
    """``{"token": "...", "has_more": false, "pages": [full pages...], "removed": [12, 40]}``

    Store ``pages`` (replacing any copy with the same id), drop ``removed``, keep ``token`` for
    the next call; while ``has_more`` is true, call again at once with the new token.
    """

    token = serializers.CharField()
    has_more = serializers.BooleanField()
    pages = PageDetailSerializer(many=True)
    removed = serializers.ListField(child=serializers.IntegerField())
