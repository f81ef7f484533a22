"""Gettext PO files: ``msgctxt`` is the segment key, ``msgid`` the English, ``msgstr`` the translation."""

import polib

from pages.catalogs.entries import CatalogEntry, CatalogError

RICH_TEXT_NOTE = "Rich text: keep the HTML tags, translate the text between them."


def write_po(entries, language):
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Project-Id-Version": "physio-health-cms",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": "en",
    }
    for entry in entries:
        notes = [f"Page: {entry.page_title} (id {entry.page_id})", f"Field: {entry.label}"]
        if entry.is_rich_text:
            notes.append(RICH_TEXT_NOTE)
        if entry.stale:
            notes.append("The English changed since this was translated: check the translation.")
        catalog.append(
            polib.POEntry(
                msgctxt=entry.key,
                msgid=entry.source,
                msgstr=entry.translation,
                comment="\n".join(notes),
                flags=["fuzzy"] if entry.stale else [],
            )
        )
    return str(catalog).encode("utf-8")


def read_po(text):
    """(language, entries) of a PO file's text."""
    try:
        catalog = polib.pofile(text)
    except (OSError, ValueError, UnicodeError) as error:
        raise CatalogError(f"Not a valid PO file: {error}") from error
    language = catalog.metadata.get("Language", "").strip()
    if not language and not len(catalog):
        raise CatalogError("Not a valid PO file: no header and no entries.")
    entries = []
    for po_entry in catalog:
        if po_entry.obsolete:
            continue
        if not po_entry.msgctxt:
            raise CatalogError(f"Entry {po_entry.msgid[:40]!r} has no msgctxt (segment key).")
        entries.append(
            CatalogEntry(
                key=po_entry.msgctxt,
                source=po_entry.msgid,
                translation=po_entry.msgstr,
                fuzzy="fuzzy" in po_entry.flags,
            )
        )
    return language, entries
