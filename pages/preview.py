"""Headless preview: signed, expiring tokens in wagtail-headless-preview's conventions.

Pressing Preview in the admin stores the unsaved page state under a signed token and shows
``PREVIEW_FRONTEND_URL?content_type=pages.articlepage&token=...&lang=kn`` in the preview
panel; the front end then reads the draft from ``/api/v1/preview/`` with those parameters.
The package's own check never expires a token, so the token is checked here.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.signing import BadSignature, SignatureExpired
from django.shortcuts import render
from django.utils.http import urlencode
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview


class PreviewTokenError(Exception):
    def __init__(self, code, detail):
        self.code = code
        super().__init__(detail)


@dataclass(frozen=True)
class PreviewRequest:
    content_type: str
    token: str
    page_id: int | None = None


class HeadlessPreviewPage(HeadlessPreviewMixin):
    """Preview modes are the languages: the editor previews the draft in the one they pick."""

    @property
    def preview_modes(self):
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return settings.MODELTRANSLATION_DEFAULT_LANGUAGE

    def serve_preview(self, request, mode_name):
        PagePreview.garbage_collect()
        preview = self.create_page_preview()
        query = {"content_type": self.get_content_type_str(), "token": preview.token, "lang": mode_name}
        if self.pk:
            query["id"] = self.pk
        url = f"{settings.PREVIEW_FRONTEND_URL.rstrip('/')}/?{urlencode(query)}"
        return render(request, "wagtail_headless_preview/preview.html", {"preview_url": url})


def _identifier_matches(identifier, page_id):
    return page_id is None or identifier == f"id={page_id}"


def page_from_preview_token(preview_request):
    """The previewed (unsaved) page; raises ``PreviewTokenError`` for a forged, expired or misused token."""
    signer = HeadlessPreviewMixin.get_preview_signer()
    try:
        identifier = signer.unsign(preview_request.token, max_age=settings.PREVIEW_TOKEN_MAX_AGE)
    except SignatureExpired as error:
        raise PreviewTokenError("preview_token_expired", "This preview token has expired.") from error
    except BadSignature as error:
        raise PreviewTokenError("preview_token_invalid", "This preview token is not valid.") from error
    preview = PagePreview.objects.select_related("content_type").filter(token=preview_request.token).first()
    if preview is None:
        raise PreviewTokenError("preview_token_invalid", "This preview token is not valid.")
    content_type = f"{preview.content_type.app_label}.{preview.content_type.model}"
    if content_type != preview_request.content_type or not _identifier_matches(identifier, preview_request.page_id):
        raise PreviewTokenError("preview_token_mismatch", "This preview token is for another page.")
    return preview.as_page()
