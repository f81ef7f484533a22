"""Admin views for translators: progress report, file download (per page or section) and upload."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision

from pages.catalogs.entries import CatalogError
from pages.catalogs.exporter import EXTENSIONS, WRITERS, export_catalog
from pages.catalogs.importer import CatalogRejected, import_catalog
from pages.models import SegmentTranslation
from pages.translation_status import COMPLETE, MISSING, PARTIAL, STALE, segment_progress

STATUSES = [COMPLETE, PARTIAL, STALE, MISSING]
REPORT_PAGE_SIZE = 50


def target_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE]


class ReportFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False, choices=[("", _("All"))])
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All"))] + [(s, s) for s in STATUSES])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All"))] + target_languages()


class DownloadForm(forms.Form):
    language = forms.ChoiceField(choices=target_languages)
    format = forms.ChoiceField(choices=[(name, name.upper()) for name in sorted(WRITERS)], initial="po")
    scope = forms.ChoiceField(choices=[("page", _("This page")), ("section", _("This page and its descendants"))])
    untranslated_only = forms.BooleanField(required=False)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("PO or XLIFF file"))
    language = forms.ChoiceField(label=_("Language"), choices=target_languages)
    publish = forms.BooleanField(label=_("Publish the translated pages"), required=False)
    skip_changed = forms.BooleanField(label=_("Import the rest if some English sources changed"), required=False)


def _translatable_pages(root=None):
    pages = Page.objects.filter(depth__gt=1).order_by("path")
    if root is not None:
        pages = pages.descendant_of(root, inclusive=True)
    return pages


def _latest_versions(pages):
    """The latest revision of each page as a page object, in two queries."""
    pages = list(pages.specific())
    revisions = Revision.objects.filter(pk__in=[p.latest_revision_id for p in pages if p.latest_revision_id])
    by_id = {revision.pk: revision for revision in revisions}
    return [by_id[p.latest_revision_id].as_object() if p.latest_revision_id in by_id else p for p in pages]


def progress_report(request):
    form = ReportFilterForm(request.GET or None)
    form.is_valid()
    language = form.cleaned_data.get("language") if form.is_bound else ""
    status = form.cleaned_data.get("status") if form.is_bound else ""
    languages = [(code, name) for code, name in target_languages() if not language or code == language]

    root = Page.objects.filter(pk=request.GET.get("root")).first() if request.GET.get("root", "").isdigit() else None
    paginator = Paginator(_translatable_pages(root), REPORT_PAGE_SIZE)
    current = paginator.get_page(request.GET.get("p"))
    page_ids = [page.pk for page in current.object_list]
    records = {}
    for record in SegmentTranslation.objects.filter(page_id__in=page_ids):
        records.setdefault((record.page_id, record.language), {})[record.key] = record
    rows = []
    for page in _latest_versions(Page.objects.filter(pk__in=page_ids).order_by("path")):
        cells = [
            (code, name, segment_progress(page, code, records.get((page.pk, code), {}))) for code, name in languages
        ]
        if not status or any(progress.status == status for _code, _name, progress in cells):
            rows.append({"page": page, "cells": cells})
    return TemplateResponse(
        request,
        "pages/translations/report.html",
        {
            "rows": rows,
            "root": root,
            "languages": languages,
            "filter_form": form,
            "paginator_page": current,
        },
    )


def download(request, page_id):
    root = get_object_or_404(Page, pk=page_id)
    if not root.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    form = DownloadForm(request.GET)
    if not form.is_valid():
        messages.error(request, _("Choose a language, a format and a scope."))
        return redirect("pages_translations:report")
    data = form.cleaned_data
    pages = _translatable_pages(root) if data["scope"] == "section" else Page.objects.filter(pk=root.pk)
    content = export_catalog(pages.specific(), data["language"], data["format"], data["untranslated_only"])
    filename = f"{root.slug_en or root.pk}-{data['scope']}-{data['language']}.{EXTENSIONS[data['format']]}"
    content_type = "text/x-gettext-translation" if data["format"] == "po" else "application/xliff+xml"
    response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    report, changed = None, []
    if request.method == "POST" and form.is_valid():
        try:
            report = import_catalog(
                form.cleaned_data["file"].read(),
                expected_language=form.cleaned_data["language"],
                publish=form.cleaned_data["publish"],
                skip_changed=form.cleaned_data["skip_changed"],
                user=request.user,
            )
            messages.success(request, report.summary())
            changed = report.changed_sources
        except CatalogRejected as error:
            form.add_error("file", str(error))
            changed = error.report.changed_sources
        except CatalogError as error:
            form.add_error("file", str(error))
    return TemplateResponse(
        request,
        "pages/translations/upload.html",
        {"form": form, "report": report, "changed": changed},
        status=400 if form.errors else 200,
    )
