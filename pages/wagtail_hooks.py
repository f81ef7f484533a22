from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import Clinic, Enquiry, Professional
from pages.views import translations

translation_urlpatterns = [
    path("", translations.progress_report, name="report"),
    path("upload/", translations.upload, name="upload"),
    path("download/<int:page_id>/", translations.download, name="download"),
]


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


@hooks.register("register_admin_urls")
def translation_urls():
    return [path("translations/", include((translation_urlpatterns, "pages_translations")))]


@hooks.register("register_admin_menu_item")
def translations_menu_item():
    return MenuItem(_("Translations"), reverse("pages_translations:report"), icon_name="globe", order=350)


@hooks.register("register_page_listing_more_buttons")
def translations_button(page, user, next_url=None):
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        url = reverse("pages_translations:report")
        yield Button(_("Translations"), f"{url}?root={page.pk}", icon_name="globe", priority=70)


class EnquiryViewSet(ModelViewSet):
    """Enquiries in the admin: listed newest first, searchable, exported as CSV or XLSX."""

    model = Enquiry
    icon = "mail"
    menu_label = _("Enquiries")
    add_to_admin_menu = True
    menu_order = 360
    list_display = ["name", "phone", "page", "language", "created_at"]
    list_filter = ["language"]
    list_export = ["name", "phone", "message", "page", "language", "created_at"]
    export_filename = "enquiries"
    search_fields = ["name", "phone", "message"]
    form_fields = ["name", "phone", "message", "page", "language"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def enquiry_viewset():
    return EnquiryViewSet("enquiries")
