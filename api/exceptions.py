"""The API's one error class and the handler that writes every error as RFC 9457 problem+json.

    {"type": "urn:physio-cms:problem:invalid_parameter", "title": "Invalid parameter",
     "status": 400, "detail": "limit must be a positive integer", "code": "invalid_parameter"}
"""

import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, status
from rest_framework.response import Response

logger = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"

# code -> title. Titles are gettext so that a later issue can translate them.
PROBLEM_TITLES = {
    "invalid_parameter": _("Invalid parameter"),
    "unsupported_language": _("Unsupported language"),
    "not_found": _("Not found"),
    "method_not_allowed": _("Method not allowed"),
    "not_acceptable": _("Not acceptable"),
    "permission_denied": _("Permission denied"),
    "preview_token_invalid": _("Invalid preview token"),
    "preview_token_expired": _("Preview token expired"),
    "preview_token_mismatch": _("Preview token for another page"),
    "server_error": _("Server error"),
    "validation_failed": _("The form has errors"),
    "unsupported_media_type": _("Unsupported media type"),
    "rate_limited": _("Too many requests"),
}


def problem_type(code):
    """A stable, non-dereferenceable URI naming the kind of problem (RFC 9457 ``type``)."""
    return f"urn:physio-cms:problem:{code}"


class ApiError(exceptions.APIException):
    """A request the API refuses; ``code`` must be a key of ``PROBLEM_TITLES``."""

    def __init__(self, detail, *, code="invalid_parameter", status_code=status.HTTP_400_BAD_REQUEST):
        assert code in PROBLEM_TITLES, f"Add a title for {code!r} to PROBLEM_TITLES"
        super().__init__(detail=detail, code=code)
        self.status_code = status_code
        self.problem_code = code


# DRF's own exceptions, by class, mapped to our problem codes.
DRF_PROBLEM_CODES = [
    (exceptions.NotFound, "not_found"),
    (exceptions.MethodNotAllowed, "method_not_allowed"),
    (exceptions.NotAcceptable, "not_acceptable"),
    (exceptions.PermissionDenied, "permission_denied"),
    (exceptions.ParseError, "invalid_parameter"),
    (exceptions.UnsupportedMediaType, "unsupported_media_type"),
    (exceptions.Throttled, "rate_limited"),
]


def problem(code, status_code, detail):
    return {
        "type": problem_type(code),
        "title": str(PROBLEM_TITLES[code]),
        "status": status_code,
        "detail": str(detail),
        "code": code,
    }


def problem_response(code, status_code, detail, headers=None):
    return Response(problem(code, status_code, detail), status=status_code, headers=headers,
                    content_type=PROBLEM_CONTENT_TYPE)


def _as_api_exception(exc):
    if isinstance(exc, Http404):
        return exceptions.NotFound()
    if isinstance(exc, PermissionDenied):
        return exceptions.PermissionDenied()
    return exc


def problem_exception_handler(exc, context):
    """DRF ``EXCEPTION_HANDLER``: every exception becomes a problem+json response, never HTML."""
    exc = _as_api_exception(exc)
    if isinstance(exc, ApiError):
        return problem_response(exc.problem_code, exc.status_code, exc.detail)
    if isinstance(exc, exceptions.ValidationError):
        body = problem("validation_failed", exc.status_code, _("Some fields need correcting: see errors."))
        errors = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        body["errors"] = {field: [str(message) for message in messages] for field, messages in errors.items()}
        return Response(body, status=exc.status_code, content_type=PROBLEM_CONTENT_TYPE)
    if isinstance(exc, exceptions.APIException):
        code = next((code for cls, code in DRF_PROBLEM_CODES if isinstance(exc, cls)), "invalid_parameter")
        headers = {"Retry-After": str(exc.wait)} if getattr(exc, "wait", None) else None
        return problem_response(code, exc.status_code, exc.detail, headers=headers)
    # Anything else is a bug; the client still gets JSON, and the traceback goes to the log.
    logger.exception("Unhandled error in the content API", exc_info=exc)
    return problem_response("server_error", status.HTTP_500_INTERNAL_SERVER_ERROR, _("The server failed."))
