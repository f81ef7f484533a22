"""XLIFF 2.0 files. Rich text markup becomes ``<ph>`` placeholders, so CAT tools protect the tags."""

import html
import re
import xml.etree.ElementTree as ET

from defusedxml import ElementTree as SafeET

from pages.catalogs.entries import CatalogEntry, CatalogError

NS = "urn:oasis:names:tc:xliff:document:2.0"
Q = f"{{{NS}}}"
TAG = re.compile(r"(<[^>]*>)")


def html_to_parts(markup):
    """Rich text as a list of text strings and ``("tag", "<b>")`` tuples."""
    parts = []
    for piece in TAG.split(markup):
        if piece.startswith("<"):
            parts.append(("tag", piece))
        elif piece:
            parts.append(html.unescape(piece))
    return parts


def parts_to_html(parts):
    return "".join(part[1] if isinstance(part, tuple) else html.escape(part, quote=False) for part in parts)


def canonical_rich_text(markup):
    """Rich text as it comes back from XLIFF, for comparing sources."""
    return parts_to_html(html_to_parts(markup))


def _fill_inline(element, parts, data_ids):
    """Append ``parts`` to ``element``: text, and a ``<ph>`` for each tag (its markup in ``data_ids``).

    The n-th occurrence of a tag gets the id ``<dataRef>_<n>`` in both source and target, so
    corresponding codes share ids as XLIFF 2 requires.
    """
    last, seen = None, {}
    for part in parts:
        if isinstance(part, tuple):
            data_id = data_ids.setdefault(part[1], f"d{len(data_ids) + 1}")
            seen[data_id] = seen.get(data_id, 0) + 1
            last = ET.SubElement(element, f"{Q}ph", {"id": f"{data_id}_{seen[data_id]}", "dataRef": data_id})
        elif last is None:
            element.text = (element.text or "") + part
        else:
            last.tail = (last.tail or "") + part


def write_xliff(entries, language):
    root = ET.Element(f"{Q}xliff", {"version": "2.0", "srcLang": "en", "trgLang": language})
    files, inline_content = {}, []
    for entry in entries:
        file_element = files.get(entry.page_id)
        if file_element is None:
            attributes = {"id": f"page-{entry.page_id}", "original": f"page:{entry.page_id}"}
            file_element = ET.SubElement(root, f"{Q}file", attributes)
            notes = ET.SubElement(file_element, f"{Q}notes")
            ET.SubElement(notes, f"{Q}note", {"category": "page-title"}).text = entry.page_title
            files[entry.page_id] = file_element
        unit = ET.SubElement(file_element, f"{Q}unit", {"id": entry.key, "name": entry.label})
        if entry.stale:
            notes = ET.SubElement(unit, f"{Q}notes")
            ET.SubElement(
                notes, f"{Q}note", {"category": "stale"}
            ).text = "The English changed since this was translated."
        state = "initial" if entry.stale or not entry.translation else "translated"
        segment = ET.SubElement(unit, f"{Q}segment", {"state": state})
        texts = [(ET.SubElement(segment, f"{Q}source"), entry.source)]
        if entry.translation:
            texts.append((ET.SubElement(segment, f"{Q}target"), entry.translation))
        inline_content.append((unit, entry.is_rich_text, texts))
    ET.register_namespace("", NS)
    # Indent first: indenting afterwards would add whitespace inside <source> and <target>.
    ET.indent(root)
    for unit, is_rich_text, texts in inline_content:
        data_ids = {}
        for element, text in texts:
            _fill_inline(element, _parts(text, is_rich_text), data_ids)
        if data_ids:
            original_data = ET.Element(f"{Q}originalData")
            unit.insert(list(unit).index(unit.find(f"{Q}segment")), original_data)
            for markup, data_id in data_ids.items():
                ET.SubElement(original_data, f"{Q}data", {"id": data_id}).text = markup
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _parts(text, is_rich_text):
    return html_to_parts(text) if is_rich_text else [text]


def _read_inline(element, data):
    """The text of a <source> or <target>, its placeholders turned back into their markup."""
    if element is None:
        return None
    parts = [element.text or ""]
    for child in element:
        if child.tag != f"{Q}ph" or child.get("dataRef") not in data:
            raise CatalogError(f"Unit has inline markup this importer does not know: <{child.tag.split('}')[-1]}>.")
        parts += [("tag", data[child.get("dataRef")]), child.tail or ""]
    return parts_to_html(parts) if len(parts) > 1 else parts[0]


def read_xliff(data):
    """(language, entries) of an XLIFF 2.0 document."""
    try:
        root = SafeET.fromstring(data)
    except Exception as error:  # defusedxml raises several unrelated types for bad or hostile XML
        raise CatalogError(f"Not a valid XLIFF file: {error}") from error
    if root.tag != f"{Q}xliff" or root.get("version") != "2.0":
        raise CatalogError('Not an XLIFF 2.0 document (expected <xliff version="2.0"> in the 2.0 namespace).')
    if root.get("srcLang") != "en":
        raise CatalogError(f"Source language must be en, not {root.get('srcLang')!r}.")
    entries = []
    for unit in root.iter(f"{Q}unit"):
        original = {d.get("id"): d.text or "" for d in unit.iter(f"{Q}data")}
        for segment in unit.iter(f"{Q}segment"):
            source = _read_inline(segment.find(f"{Q}source"), original)
            target = _read_inline(segment.find(f"{Q}target"), original)
            if source is None:
                raise CatalogError(f"Unit {unit.get('id')!r} has no <source>.")
            entries.append(
                CatalogEntry(
                    key=unit.get("id", ""), source=source, translation=target or "", is_rich_text=bool(original)
                )
            )
    return root.get("trgLang", ""), entries
