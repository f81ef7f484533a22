from django.utils.translation import gettext_lazy as _
from drf_spectacular.plumbing import build_basic_type, build_parameter_type
from drf_spectacular.types import OpenApiTypes
from rest_framework.pagination import LimitOffsetPagination

from api.exceptions import ApiError


def _non_negative_int(request, name):
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError as e:
        raise ApiError(f"{name} must be an integer; got {raw!r}") from e
    if value < 0:
        raise ApiError(f"{name} must not be negative; got {raw!r}")
    return value


class LimitOffsetPagination(LimitOffsetPagination):
    """``{"count", "next", "previous", "results"}`` with ``limit`` and ``offset``.

    DRF falls back to the default on a malformed value; here a malformed, zero or negative
    ``limit`` or a malformed or negative ``offset`` is a 400. A ``limit`` above ``max_limit``
    is capped, as Wagtail's own API does, so a client asking for "everything" gets a page.
    """

    default_limit = 20
    max_limit = 100

    def get_limit(self, request):
        limit = _non_negative_int(request, self.limit_query_param)
        if limit is None:
            return self.default_limit
        if limit == 0:
            raise ApiError("limit must be a positive integer; got '0'")
        return min(limit, self.max_limit)

    def get_offset(self, request):
        return _non_negative_int(request, self.offset_query_param) or 0

    def get_paginated_response_schema(self, schema):
        # DRF's version marks next/previous with OpenAPI 3.0's ``nullable``; this document is 3.1.
        link = {"type": ["string", "null"], "format": "uri"}
        return {
            "type": "object",
            "required": ["count", "next", "previous", "results"],
            "properties": {"count": {"type": "integer"}, "next": link, "previous": link, "results": schema},
        }

    def get_schema_operation_parameters(self, view):
        return [
            build_parameter_type(
                name=self.limit_query_param, location="query", description=str(_(
                    "Number of results per page (default 20; values above 100 are capped to 100)."
                )),
                schema={**build_basic_type(OpenApiTypes.INT), "minimum": 1},
            ),
            build_parameter_type(
                name=self.offset_query_param, location="query",
                description=str(_("Index of the first result (default 0).")),
                schema={**build_basic_type(OpenApiTypes.INT), "minimum": 0},
            ),
        ]
