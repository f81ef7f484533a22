from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import Clinic, Enquiry, Professional, WebhookDelivery, WebhookEndpoint
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


# Webhooks --------------------------------------------------------------------------------------

class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are a log: they can be inspected (and deleted) but never added or edited by hand."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery))


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Endpoints")
    list_display = ["name", "url", "active", "on_published", "on_unpublished", "on_deleted"]
    form_fields = ["name", "url", "secret", "active", "on_published", "on_unpublished", "on_deleted"]
    search_fields = ["name", "url"]
    copy_view_enabled = False


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = _("Deliveries")
    list_display = ["event", "page_id", "endpoint", "status", "attempts", "last_status_code", "created_at"]
    list_filter = ["status", "event", "endpoint"]
    form_fields = ["status"]  # required by ModelViewSet; the permission policy hides the form
    inspect_view_enabled = True
    inspect_view_fields = [
        "endpoint", "event", "page_id", "payload", "status", "attempts", "last_status_code", "last_error",
        "next_attempt_at", "created_at", "updated_at", "delivered_at",
    ]
    copy_view_enabled = False


class WebhooksViewSetGroup(ModelViewSetGroup):
    menu_label = _("Webhooks")
    menu_icon = "link-external"
    menu_order = 370
    items = (WebhookEndpointViewSet("webhook_endpoints"), WebhookDeliveryViewSet("webhook_deliveries"))


@hooks.register("register_admin_viewset")
def webhooks_viewset_group():
    return WebhooksViewSetGroup()
