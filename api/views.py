"""Endpoints of the content API (``/api/v1/``); README.md, "API overview", is the contract."""

from functools import cached_property

from django.utils import translation
from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiYamlRenderer
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework import generics
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from api import filters, response_cache
from api.caching import with_language_and_caching
from api.enquiries import THANK_YOU, EnquiryInputSerializer, EnquiryRateThrottle, EnquiryResponseSerializer
from api.exceptions import ApiError
from api.language import (
    LANGUAGE_PARAMETER,
    RequestLanguage,
    default_language,
    fallback_chain,
    locale_descriptions,
    resolve_language,
)
from api.pagination import LimitOffsetPagination
from api.paths import normalise_requested_path, url_path_lookups
from api.querysets import public_page, public_pages, restricted_paths, site_root
from api.schema import (
    FIND_PATH_PARAMETER,
    LANGUAGE_PARAMETERS,
    PREVIEW_PARAMETERS,
    SYNC_PARAMETERS,
    content_api_schema,
    problem_responses,
)
from api.serializers import (
    LocaleSerializer,
    PageDetailSerializer,
    PageSummarySerializer,
    PageTranslationsSerializer,
    SyncSerializer,
)
from api.sync import sync_batch
from api.translations import page_translations
from pages.enquiries import enquiry_create
from pages.preview import PreviewRequest, PreviewTokenError, page_from_preview_token
from pages.translation_status import source_language


class ContentApiView(APIView):
    """Base of every endpoint: the request's language, strict parameters, language and cache headers.

    The language is resolved once, in ``initial`` (after content negotiation, so an
    unacceptable ``Accept`` is a 406 first), and stays active while the response is built.
    """

    filter_backends = []
    pagination_class = None
    # Query parameters this endpoint takes besides ``lang``, filters' and pagination's.
    extra_query_parameters = ()
    # Cache-Control of a successful read; None: public, for API_CACHE_MAX_AGE seconds.
    cache_control = None
    # Server-side response cache (api/response_cache.py): a method returning the names of what a
    # 200 response showed, e.g. ``{"lists"}`` or ``{"page:12", "image:3"}``; None: never cached.
    response_dependencies = None

    def get_known_query_parameters(self):
        known = {LANGUAGE_PARAMETER, *self.extra_query_parameters}
        known.update(backend.query_parameter for backend in self.filter_backends)
        if self.pagination_class:
            paginator = self.pagination_class
            known.update((paginator.limit_query_param, paginator.offset_query_param))
        return known

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.language = resolve_language(request)
        unknown = sorted(set(request.query_params) - self.get_known_query_parameters())
        if unknown:
            known = ", ".join(sorted(self.get_known_query_parameters()))
            raise ApiError(f"unknown query parameter {', '.join(unknown)}; this endpoint takes {known}")
        self._active_language = translation.override(self.language.code)
        self._active_language.__enter__()

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        language = getattr(self, "language", None) or RequestLanguage(default_language(), negotiated=False)
        response = with_language_and_caching(request, response, language, self.cache_control)
        response_cache.cacheable(self, request, response)
        if active := getattr(self, "_active_language", None):
            active.__exit__(None, None, None)
        return response


class PagesView(ContentApiView):
    """Shared by the page endpoints: the site and its public pages, and the serializer context."""

    @cached_property
    def site_root(self):
        return site_root(self.request)

    @cached_property
    def restricted_paths(self):
        return restricted_paths()

    @cached_property
    def _public_pages(self):
        return public_pages(self.site_root, restricted=self.restricted_paths)

    def get_public_pages(self):
        """The request's public pages (built once: querysets are cloned, never changed, by filtering)."""
        return self._public_pages

    def get_queryset(self):
        return self.get_public_pages()

    def get_serializer_context(self):
        # Kept: the detail serializer leaves its References here, which say what it showed.
        self.serializer_context = {
            **super().get_serializer_context(),
            "language": self.language.code,
            "site_root": self.site_root,
            "restricted_paths": self.restricted_paths,
        }
        return self.serializer_context


@content_api_schema(LocaleSerializer(many=True), errors=(400, 405, 406), summary="The languages of the content")
class LocaleListView(ContentApiView, generics.ListAPIView):
    """The configured languages, their native names, fallback chains and which is the default."""

    serializer_class = LocaleSerializer

    def response_dependencies(self):
        return set()  # settings only

    def get_queryset(self):
        return locale_descriptions()


@content_api_schema(PageSummarySerializer(many=True), errors=(400, 405, 406),
                    summary="Summaries of published pages, filtered, searched and paginated")
class PageListView(PagesView, generics.ListAPIView):
    """Summaries of live, public pages in tree order, unless ``ordering`` or ``search`` says otherwise."""

    serializer_class = PageSummarySerializer
    pagination_class = LimitOffsetPagination

    def response_dependencies(self):
        return {response_cache.LISTS}
    filter_backends = [
        filters.TypeFilter,
        filters.ChildOfFilter,
        filters.TagFilter,
        filters.OrderingFilter,
        filters.SearchFilter,  # must be last: it turns the queryset into search results
    ]


@content_api_schema(PageDetailSerializer, summary="One published page in full")
class PageDetailView(PagesView, generics.RetrieveAPIView):
    """A live, public page in full, in the request's language with per-field fallback."""

    serializer_class = PageDetailSerializer

    def response_dependencies(self):
        return self.serializer_context["references"].dependencies()

    def bodies(self):
        """The languages whose body the response shows: its own and those it falls back to."""
        return {*fallback_chain(self.language.code), source_language()}

    def public_page(self, pk):
        return public_page(self.site_root, pk, self.bodies(), self.restricted_paths)

    def get_object(self):
        page = self.public_page(self.kwargs["pk"])
        if page is None:
            raise ApiError(f"no published page has id {self.kwargs['pk']}", code="not_found", status_code=404)
        return page


@content_api_schema(PageDetailSerializer, parameters=[FIND_PATH_PARAMETER],
                    summary="The published page at a URL path, in full")
class PageFindView(PageDetailView):
    """``?path=/conditions/spinal-stenosis/``: the page at that path in the request's language,
    or else at that path in a fallback language (English paths always work)."""

    extra_query_parameters = ("path",)

    def response_dependencies(self):
        # Which page a path leads to changes with any publish, move or delete: like a list.
        return {response_cache.LISTS, *super().response_dependencies()}

    def get_object(self):
        raw = self.request.query_params.get("path", "")
        if not raw.strip():
            raise ApiError("path is required, e.g. path=/conditions/spinal-stenosis/")
        path = normalise_requested_path(raw)
        for field, value in url_path_lookups(path, self.site_root, self.language.code):
            pk = self.get_queryset().filter(**{field: value}).values_list("pk", flat=True).first()
            if pk is not None and (page := self.public_page(pk)) is not None:
                return page
        raise ApiError(f"no published page at {path}", code="not_found", status_code=404)


@content_api_schema(PageTranslationsSerializer, summary="How far a published page is translated, per language")
class PageTranslationsView(PageDetailView):
    """Per language: ``complete``, ``partial``, ``stale`` or ``missing``, percent, and the missing and stale strings.

    Judged on the published content, string by string (see pages/translation_status.py).
    """

    def response_dependencies(self):
        return {f"page:{self.kwargs['pk']}"}

    def bodies(self):
        return None  # every language's body counts

    def retrieve(self, request, *args, **kwargs):
        return Response(PageTranslationsSerializer(page_translations(self.get_object())).data)


@content_api_schema(SyncSerializer, errors=(400, 405, 406), parameters=SYNC_PARAMETERS,
                    summary="Pages changed and ids removed since a sync token, for offline apps")
class SyncView(PagesView, generics.GenericAPIView):
    """Without ``since``: every public page, ``limit`` at a time. With it: only what changed since."""

    extra_query_parameters = ("since", "limit")
    cache_control = {"no_cache": True}

    def get(self, request, *args, **kwargs):
        limit = LimitOffsetPagination().get_limit(request)
        # Specific pages: one query per page type in the batch, not one per page.
        batch = sync_batch(self.get_public_pages().specific(), request.query_params.get("since"), limit)
        data = {"token": batch.token, "has_more": batch.has_more, "pages": batch.pages, "removed": batch.removed}
        return Response(SyncSerializer(data, context=self.get_serializer_context()).data)


@content_api_schema(PageDetailSerializer, errors=(400, 403, 405, 406), parameters=PREVIEW_PARAMETERS,
                    summary="An editor's unpublished draft, with a preview token")
class PreviewView(PagesView, generics.RetrieveAPIView):
    """The draft an editor is previewing in the admin, as ``/pages/{id}/`` would show it once published.

    Only with the signed, expiring token the admin put in the front end's preview URL; never cached.
    """

    serializer_class = PageDetailSerializer
    extra_query_parameters = ("content_type", "token", "id")
    cache_control = {"private": True, "no_store": True}

    def get_object(self):
        params = self.request.query_params
        missing = [name for name in ("content_type", "token") if not params.get(name, "").strip()]
        if missing:
            raise ApiError(f"{' and '.join(missing)} required: use the preview URL the admin made")
        page_id = params.get("id")
        if page_id is not None and not page_id.isdigit():
            raise ApiError(f"id must be a positive integer; got {page_id!r}")
        preview = PreviewRequest(params["content_type"], params["token"], int(page_id) if page_id else None)
        try:
            return page_from_preview_token(preview)
        except PreviewTokenError as error:
            raise ApiError(str(error), code=error.code, status_code=403) from error


@extend_schema(
    request=EnquiryInputSerializer,
    parameters=LANGUAGE_PARAMETERS[:2],
    responses={
        201: EnquiryResponseSerializer,
        **problem_responses(400, 405, 406, 415, 429),
    },
    summary="Send a \"Get in touch\" enquiry",
)
class EnquiryCreateView(ContentApiView):
    """Stores an enquiry; answers with a thank-you in the request's language. Rate limited per client."""

    throttle_classes = [EnquiryRateThrottle]
    parser_classes = [JSONParser, FormParser, MultiPartParser]

    def post(self, request, *args, **kwargs):
        context = {"public_pages": public_pages(site_root(request))}
        serializer = EnquiryInputSerializer(data=request.data, context=context)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if not data.get("website"):  # a filled honeypot gets the same answer, and nothing is stored
            enquiry_create(
                name=data["name"], phone=data["phone"], message=data["message"], page_id=data.get("page"),
                language=data.get("language") or self.language.code,
            )
        return Response(EnquiryResponseSerializer({"message": str(THANK_YOU)}).data, status=201)


class SchemaView(ContentApiView, SpectacularAPIView):
    """The OpenAPI 3.1 document, JSON unless YAML is asked for (``Accept: application/yaml``)."""

    renderer_classes = [OpenApiJsonRenderer, OpenApiYamlRenderer]


class DocsView(SpectacularSwaggerView):
    """Swagger UI for the schema, with its assets served from this site (no CDN)."""

    url_name = "api:schema"


class UnknownEndpointView(APIView):
    """Every other URL under ``/api/``, whatever the method: a problem+json 404, not an HTML page."""

    schema = None

    def initial(self, request, *args, **kwargs):
        raise ApiError(f"{request.path} is not an endpoint of this API", code="not_found", status_code=404)
