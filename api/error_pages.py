"""Django's own error views (``handler400`` ...), as problem+json for ``/api/`` and as usual elsewhere.

DRF's exception handler covers errors raised inside API views; these cover the ones Django
raises before or around a view: a disallowed ``Host``, a request too large, a crash in
middleware.
"""

from django.http import JsonResponse
from django.views import defaults

from api.exceptions import PROBLEM_CONTENT_TYPE, problem

DETAILS = {
    400: ("invalid_parameter", "The request could not be understood."),
    403: ("permission_denied", "Access to this resource is denied."),
    404: ("not_found", "This is not an endpoint of this API."),
    500: ("server_error", "The server failed."),
}


def _problem_or(default_view, status):
    def view(request, *args, **kwargs):
        if request.path.startswith("/api/"):
            code, detail = DETAILS[status]
            return JsonResponse(
                problem(code, status, detail),
                status=status,
                content_type=PROBLEM_CONTENT_TYPE,
                json_dumps_params={"ensure_ascii": False},
            )
        return default_view(request, *args, **kwargs)

    return view


bad_request = _problem_or(defaults.bad_request, 400)
permission_denied = _problem_or(defaults.permission_denied, 403)
page_not_found = _problem_or(defaults.page_not_found, 404)
server_error = _problem_or(defaults.server_error, 500)
