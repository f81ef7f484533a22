from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import Clinic, Professional


class ClinicViewSet(SnippetViewSet):
    model = Clinic
    icon = "site"
    list_display = ["name", "city", "phone"]
    search_fields = ["name", "city"]


class ProfessionalViewSet(SnippetViewSet):
    model = Professional
    icon = "user"
    list_display = ["name", "role", "clinic"]
    list_filter = ["clinic"]
    search_fields = ["name", "role"]


register_snippet(ClinicViewSet)
register_snippet(ProfessionalViewSet)
