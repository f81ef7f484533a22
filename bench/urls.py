"""The site's URLs plus, for comparison only, Wagtail's v2 and v3 page APIs and a bare JSON view."""

from django.http import JsonResponse
from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.v3.urls import api as wagtail_v3

from cms.urls import urlpatterns as site_urlpatterns

# What v2 and v3 serialize: the pages' ``api_fields`` (pages/models/base.py), body included.

v2 = WagtailAPIRouter("wagtailapi_v2")
v2.register_endpoint("pages", PagesAPIViewSet)


def bare(request):
    """The floor: a Django view that returns a small JSON document and touches no database."""
    return JsonResponse({"id": 1, "title": "Bare", "path": "/bare/"})


urlpatterns = [
    path("bench/bare/", bare),
    path("bench/v2/", v2.urls),
    path("bench/v3/", wagtail_v3.urls),
    *site_urlpatterns,
]
