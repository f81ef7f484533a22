"""Reads a PO or XLIFF file back into a language's fields: all of it, or nothing."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from wagtail.models import Page

from pages.catalogs.entries import CatalogError, editable_version
from pages.catalogs.po import read_po
from pages.catalogs.xliff import canonical_rich_text, read_xliff
from pages.segments import build_translated_fields, source_segments, translated_strings
from pages.translation_status import record_translated_segments

SCRIPT_RANGES = {"kn": (0x0C80, 0x0CFF), "te": (0x0C00, 0x0C7F), "hi": (0x0900, 0x097F)}


@dataclass
class ImportReport:
    language: str
    entries: int = 0
    translated: int = 0
    unchanged: int = 0
    untranslated: int = 0
    fuzzy: int = 0
    pages: list = field(default_factory=list)
    changed_sources: list = field(default_factory=list)
    published: bool = False

    def summary(self):
        return (
            f"{self.language}: {self.entries} entries, {self.translated} translations written to "
            f"{len(self.pages)} page(s), {self.unchanged} unchanged, {self.untranslated} untranslated, "
            f"{self.fuzzy} fuzzy skipped, {len(self.changed_sources)} with a changed source"
            + (", published" if self.published else "")
        )


class CatalogRejected(CatalogError):
    """The file is readable but some entries' English source no longer matches; nothing was written."""

    def __init__(self, report):
        self.report = report
        super().__init__(
            f"{len(report.changed_sources)} entries' English source changed since export; nothing imported "
            "(export again, or import with --skip-changed)."
        )


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def read_catalog(data):
    """(language, entries) of PO or XLIFF bytes, told apart by their first characters."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CatalogError(f"The file is not UTF-8 text ({error.reason} at byte {error.start}).") from error
    if text.lstrip().startswith("<"):
        return read_xliff(data)
    if not text.strip():
        raise CatalogError("The file is empty.")
    return read_po(text)


def _check_language(language, expected, entries):
    targets = [code for code, _name in settings.LANGUAGES if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE]
    if language not in targets:
        raise CatalogError(f"The file's language is {language or 'not given'!r}; expected one of {', '.join(targets)}.")
    if expected and language != expected:
        raise CatalogError(
            f"The file is for {language_name(language)} ({language}), not {language_name(expected)} ({expected})."
        )
    counts = dict.fromkeys(SCRIPT_RANGES, 0)
    for entry in entries:
        for char in entry.translation:
            for code, (low, high) in SCRIPT_RANGES.items():
                if low <= ord(char) <= high:
                    counts[code] += 1
    written_in = max(counts, key=counts.get)
    if counts[written_in] and written_in != language and counts[written_in] > counts.get(language, 0):
        raise CatalogError(
            f"The file says {language_name(language)} ({language}) but its translations are in "
            f"{language_name(written_in)} script."
        )


def _page_id(key):
    head = key.split(":", 1)[0]
    if not head.isdigit():
        raise CatalogError(f"Entry key {key!r} does not start with a page id.")
    return int(head)


def _same_source(segment, source):
    if segment.is_rich_text:
        return canonical_rich_text(segment.source) == canonical_rich_text(source)
    return segment.source == source


def import_catalog(data, *, expected_language=None, publish=False, user=None, skip_changed=False):
    """Write a file's translations into its language's fields; returns an ``ImportReport``.

    Raises ``CatalogError`` (nothing written) for an unreadable or wrong-language file, an
    unknown page or key, and, unless ``skip_changed``, entries whose English source changed.
    """
    language, entries = read_catalog(data)
    _check_language(language, expected_language, entries)
    report = ImportReport(language=language, entries=len(entries))

    by_page = defaultdict(list)
    for entry in entries:
        by_page[_page_id(entry.key)].append(entry)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=by_page).specific()}
    unknown = sorted(set(by_page) - set(pages))
    if unknown:
        raise CatalogError(f"Unknown page id(s): {', '.join(map(str, unknown))}.")
    if user is not None:
        forbidden = sorted(pk for pk, page in pages.items() if not page.permissions_for_user(user).can_edit())
        if forbidden:
            raise CatalogError(f"You may not edit page(s) {', '.join(map(str, forbidden))}.")

    plans = []
    for page_id, page_entries in by_page.items():
        page = editable_version(pages[page_id])
        sources = {segment.key: segment for segment in source_segments(page)}
        current = translated_strings(page, language)
        translations = {}
        for entry in page_entries:
            segment = sources.get(entry.key)
            if segment is None or not _same_source(segment, entry.source):
                report.changed_sources.append(entry.key)
            elif entry.fuzzy:
                report.fuzzy += 1
            elif not entry.translation.strip():
                report.untranslated += 1
            elif current.get(entry.key) == entry.translation:
                report.unchanged += 1
            else:
                translations[entry.key] = entry.translation
        if translations:
            plans.append((page, translations))
    if report.changed_sources and not skip_changed:
        raise CatalogRejected(report)

    with transaction.atomic():
        for page, translations in plans:
            for name, value in build_translated_fields(page, language, translations).items():
                model_field = page._meta.get_field(name)
                setattr(page, name, model_field.to_python(value) if name.startswith("body_") else value)
            revision = page.save_revision(user=user, log_action=True)
            record_translated_segments(page, language, confirmed_keys=frozenset(translations))
            if publish:
                revision.publish(user=user)
            report.translated += len(translations)
            report.pages.append(page.pk)
    report.published = publish and bool(plans)
    return report
