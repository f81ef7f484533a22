"""What every endpoint's OpenAPI operation shares: language inputs, caching headers, problem responses."""

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema

from api.exceptions import PROBLEM_CONTENT_TYPE, PROBLEM_TITLES
from api.serializers import ProblemSerializer

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PROBLEM_CODES = list(PROBLEM_TITLES)

PROBLEM_DESCRIPTIONS = {
    400: "A malformed or unknown query parameter, or an unsupported `lang` (`code` says which).",
    404: "No published, public page with this id or path.",
    403: "A preview token that is forged, expired or for another page (`code` says which).",
    405: "Reads are GET, HEAD and OPTIONS only; the enquiry form is POST only.",
    415: "The enquiry body must be JSON or form-encoded.",
    429: "Too many enquiries from this client; `Retry-After` says when to try again.",
    406: "The client does not accept JSON.",
}

LANGUAGE_PARAMETERS = [
    OpenApiParameter(
        "lang", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=LANGUAGE_CODES,
        description="Language of the content; wins over Accept-Language. Unsupported codes are a 400.",
    ),
    OpenApiParameter(
        "Accept-Language", OpenApiTypes.STR, OpenApiParameter.HEADER,
        description="Used when `lang` is absent (q-values honoured, `kn-IN` means `kn`); default `en`.",
    ),
    OpenApiParameter(
        "If-None-Match", OpenApiTypes.STR, OpenApiParameter.HEADER,
        description="An ETag from an earlier response; a match gets 304 Not Modified.",
    ),
]

RESPONSE_HEADERS = [
    OpenApiParameter("Content-Language", OpenApiTypes.STR, OpenApiParameter.HEADER, response=True,
                     description="The language of the response."),
    OpenApiParameter("ETag", OpenApiTypes.STR, OpenApiParameter.HEADER, response=[200, 304],
                     description="Differs per language and content."),
    OpenApiParameter("Cache-Control", OpenApiTypes.STR, OpenApiParameter.HEADER, response=[200, 304],
                     description="`public, max-age=60` (API_CACHE_MAX_AGE); `no-cache` on sync; "
                                 "`private, no-store` on preview."),
    OpenApiParameter("Vary", OpenApiTypes.STR, OpenApiParameter.HEADER, response=[200, 304],
                     description="Includes Accept-Language."),
]

FIND_PATH_PARAMETER = OpenApiParameter(
    "path", OpenApiTypes.STR, OpenApiParameter.QUERY, required=True,
    description="A page's public path in the request's language or English, e.g. `/conditions/spinal-stenosis/`; "
                "may be percent-encoded.",
)


def problem_responses(*statuses):
    """The problem+json responses of ``statuses``, for ``extend_schema(responses=...)``."""
    return {
        (status, PROBLEM_CONTENT_TYPE): OpenApiResponse(ProblemSerializer, description=PROBLEM_DESCRIPTIONS[status])
        for status in statuses
    }


def content_api_schema(response, *, errors=(400, 404, 405, 406), parameters=(), **kwargs):
    """``extend_schema`` for a content API read: its 200 body plus everything every read shares."""
    responses = {
        200: response,
        304: OpenApiResponse(description="Not modified: If-None-Match matched the current ETag."),
        **problem_responses(*errors),
    }
    return extend_schema(
        parameters=[*LANGUAGE_PARAMETERS, *parameters, *RESPONSE_HEADERS], responses=responses, **kwargs
    )


def only_content_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: document ``/api/v1/`` only."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


SYNC_PARAMETERS = [
    OpenApiParameter(
        "since", OpenApiTypes.STR, OpenApiParameter.QUERY,
        description="The `token` of the previous sync response; absent: start a full download. "
                    "A token this API did not issue is a 400.",
    ),
    OpenApiParameter(
        "limit", OpenApiTypes.INT, OpenApiParameter.QUERY,
        description="Pages per response (default 20; values above 100 are capped to 100).",
    ),
]

PREVIEW_PARAMETERS = [
    OpenApiParameter("content_type", OpenApiTypes.STR, OpenApiParameter.QUERY, required=True,
                     description="From the admin's preview URL, e.g. `pages.articlepage`."),
    OpenApiParameter("token", OpenApiTypes.STR, OpenApiParameter.QUERY, required=True,
                     description="The signed preview token from the admin's preview URL; expires after "
                                 "PREVIEW_TOKEN_MAX_AGE seconds."),
    OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.QUERY,
                     description="The previewed page's id, when the preview URL has one; must match the token."),
]
