"""Query-parameter filters of the page list, one backend per parameter, applied in the order listed
by ``PageListView.filter_backends``. Every backend raises ``ApiError`` (400) for a value it can't use,
including an empty one."""

from django.db.models import CharField, F, Value
from django.db.models.functions import Coalesce, NullIf
from drf_spectacular.plumbing import build_parameter_type
from rest_framework.filters import BaseFilterBackend
from wagtail.models import Page

from api.exceptions import ApiError
from api.language import fallback_chain
from api.querysets import PAGE_TYPES
from pages.models import ContentPageTag


class QueryParameterFilter(BaseFilterBackend):
    """A filter driven by one query parameter, ``query_parameter``, described by ``schema``."""

    query_parameter = None
    description = ""
    schema = {"type": "string"}

    def value(self, request):
        raw = request.query_params.get(self.query_parameter)
        if raw is not None and not raw.strip():
            raise ApiError(f"{self.query_parameter} must not be empty")
        return raw.strip() if raw is not None else None

    def filter_queryset(self, request, queryset, view):
        value = self.value(request)
        return queryset if value is None else self.apply(request, queryset, value, view)

    def apply(self, request, queryset, value, view):
        raise NotImplementedError

    def get_schema_operation_parameters(self, view):
        return [build_parameter_type(
            name=self.query_parameter, location="query", description=self.description, schema=self.schema,
        )]


class TypeFilter(QueryParameterFilter):
    """``?type=ConditionPage`` (or ``ConditionPage,TherapyPage``): pages of exactly these types."""

    query_parameter = "type"

    description = f"Page type name, or a comma-separated list of them: {', '.join(PAGE_TYPES)}."

    def apply(self, request, queryset, value, view):
        names = [name.strip() for name in value.split(",")]
        unknown = [name for name in names if name not in PAGE_TYPES]
        if unknown:
            raise ApiError(f"type must be one of {', '.join(PAGE_TYPES)}; got {', '.join(map(repr, unknown))}")
        return queryset.exact_type(*(PAGE_TYPES[name] for name in names))


class ChildOfFilter(QueryParameterFilter):
    """``?child_of=12``: the public children of public page 12 (how a section lists its pages)."""

    query_parameter = "child_of"
    description = "Id of a published page; only its direct children are listed."
    schema = {"type": "integer", "minimum": 1}

    def apply(self, request, queryset, value, view):
        if not value.isdigit() or int(value) < 1:
            raise ApiError(f"child_of must be a positive integer; got {value!r}")
        parent = view.get_public_pages().filter(pk=int(value)).first()
        if parent is None:
            raise ApiError(f"child_of must be the id of a published page; got {value!r}")
        return queryset.child_of(parent)


class TagFilter(QueryParameterFilter):
    """``?tag=back-pain``: pages tagged with this tag (case-insensitive)."""

    query_parameter = "tag"
    description = "A tag name; only pages with this tag are listed."

    def apply(self, request, queryset, value, view):
        tagged = ContentPageTag.objects.filter(tag__name__iexact=value).values("content_object_id")
        return queryset.filter(pk__in=tagged)


class OrderingFilter(QueryParameterFilter):
    """``?ordering=-first_published_at``: one of ``orderings``; a leading ``-`` means descending.

    Without it, pages come in tree order (``path``). Titles sort in the request's language,
    with each untranslated title sorting under its fallback. Ties break on tree order.
    """

    query_parameter = "ordering"
    fields = ("title", "first_published_at", "last_published_at")
    orderings = tuple(f"{prefix}{field}" for field in fields for prefix in ("", "-"))
    description = f"Sort order: one of {', '.join(orderings)}. Not allowed with search."
    schema = {"type": "string", "enum": list(orderings)}

    def filter_queryset(self, request, queryset, view):
        value = self.value(request)
        if value is None:
            return queryset.order_by("path")
        if value not in self.orderings:
            raise ApiError(f"ordering must be one of {', '.join(self.orderings)}; got {value!r}")
        field = value.lstrip("-")
        if field == "title":
            chain = fallback_chain(view.language.code)
            queryset = queryset.annotate(
                ordering_title=Coalesce(
                    *(NullIf(F(f"title_{code}"), Value("")) for code in chain), Value(""), output_field=CharField()
                )
            )
            field = "ordering_title"
        expression = F(field).desc(nulls_last=True) if value.startswith("-") else F(field).asc(nulls_last=True)
        return queryset.order_by(expression, "path")


class SearchFilter(QueryParameterFilter):
    """``?search=stenosis``: full-text search (Wagtail's search backend), best match first.

    It must run last: it turns the queryset into search results. A query matches in
    whichever language it is written.
    Combined with ``ordering`` it is a 400, because results are ordered by relevance.
    """

    query_parameter = "search"
    description = "Words to search for; results come best match first. Not allowed with ordering."

    def apply(self, request, queryset, value, view):
        if OrderingFilter.query_parameter in request.query_params:
            raise ApiError("search results are ordered by relevance; ordering cannot be combined with search")
        # The search backend only accepts filters on indexed fields, so the public, filtered
        # pages reach it as a subquery of ids.
        return Page.objects.filter(pk__in=queryset.order_by().values("pk")).search(value)
