"""A page's translatable strings ("segments"), keyed by page id, field and block path.

A key reads ``42:title`` for a page field, or ``42:body:<block id>:items:<item id>:text`` for a
string inside the body: stream and list items are named by their ids, struct children by
their names, so a key survives blocks being reordered. Keys use only characters XLIFF allows
in ids. The English field is the source; a language's field holds the same structure with
the same ids, and its string at the same key is the translation.
"""

import copy
from dataclasses import dataclass

from wagtail import blocks

PAGE_TEXT_FIELDS = ("title", "seo_title", "search_description", "intro")
RICH_TEXT_FIELDS = {"intro"}
STREAM_FIELD = "body"
TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)
# Struct children that hold text but are the same in every language.
UNTRANSLATED_CHILDREN = {"phone"}


@dataclass(frozen=True)
class Segment:
    key: str
    field: str
    path: tuple
    source: str
    label: str
    is_rich_text: bool


def _is_translatable(block):
    return isinstance(block, TEXT_BLOCKS) and getattr(block, "translatable", True)


def _label(block, fallback):
    return str(getattr(block, "label", None) or fallback).strip()


def _walk(block, raw, path, labels):
    """Yield (path, labels, block, text) for every translatable string in ``raw``."""
    if isinstance(block, blocks.StreamBlock):
        for child in raw or []:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from _walk(
                    child_block, child.get("value"), (*path, child["id"]), (*labels, _label(child_block, ""))
                )
    elif isinstance(block, blocks.ListBlock):
        for item in raw or []:
            yield from _walk(block.child_block, item["value"], (*path, item["id"]), labels)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if isinstance(raw, dict) and name in raw and name not in UNTRANSLATED_CHILDREN:
                yield from _walk(child_block, raw[name], (*path, name), (*labels, _label(child_block, name)))
    elif _is_translatable(block) and isinstance(raw, str):
        yield path, labels, block, raw


def stream_raw(page, field, lang):
    """The raw (JSON-ready) data of ``field`` in ``lang``, with ids on every stream and list item."""
    model_field = page._meta.get_field(f"{field}_{lang}")
    value = getattr(page, f"{field}_{lang}")
    return model_field.stream_block.get_prep_value(value) if value is not None else []


def _stream_block(page, field):
    return page._meta.get_field(f"{field}_en").stream_block


def _field_label(page, field):
    return str(page._meta.get_field(field).verbose_name).capitalize()


def page_segments(page, lang="en"):
    """Every string of ``page`` in ``lang`` (English: the sources), in document order."""
    segments = []
    for field in PAGE_TEXT_FIELDS:
        if hasattr(page, f"{field}_{lang}"):
            text = getattr(page, f"{field}_{lang}") or ""
            segments.append(
                Segment(f"{page.pk}:{field}", field, (), text, _field_label(page, field), field in RICH_TEXT_FIELDS)
            )
    if hasattr(page, f"{STREAM_FIELD}_{lang}"):
        stream_block = _stream_block(page, STREAM_FIELD)
        base_label = _field_label(page, STREAM_FIELD)
        for path, labels, block, text in _walk(stream_block, stream_raw(page, STREAM_FIELD, lang), (), ()):
            key = ":".join((str(page.pk), STREAM_FIELD, *map(str, path)))
            label = " › ".join(label for label in (base_label, *labels) if label)
            segments.append(Segment(key, STREAM_FIELD, path, text, label, isinstance(block, blocks.RichTextBlock)))
    return segments


def source_segments(page):
    """The English strings worth translating: empty ones are left out."""
    return [segment for segment in page_segments(page, "en") if segment.source.strip()]


def translated_strings(page, lang):
    """{key: text} of the strings present in ``lang``'s own fields (no fallback), empty ones left out."""
    return {segment.key: segment.source for segment in page_segments(page, lang) if segment.source.strip()}


def _set_at(raw, path, text):
    node = raw
    for step in path[:-1]:
        node = _child(node, step)
    last = path[-1]
    if isinstance(node, list):
        _child_item(node, last)["value"] = text
    else:
        node[last] = text


def _child_item(items, item_id):
    return next(item for item in items if item.get("id") == item_id)


def _child(node, step):
    if isinstance(node, list):
        return _child_item(node, step)["value"]
    return node[step]


def build_translated_fields(page, lang, translations):
    """The values of ``lang``'s fields with ``translations`` ({key: text}) applied.

    A translated body is the English body (structure and block ids) with each string replaced
    by, in order: the new translation, the translation already stored at the same key, or
    the English string, so a reader sees English where nothing is translated yet. A body
    with no translated string at all is left out, so the field keeps falling back whole.
    """
    current = translated_strings(page, lang)
    values = {}
    for segment in source_segments(page):
        if segment.field == STREAM_FIELD:
            continue
        text = translations.get(segment.key, current.get(segment.key))
        if text is not None:
            values[f"{segment.field}_{lang}"] = text
    body_segments = [segment for segment in source_segments(page) if segment.field == STREAM_FIELD]
    if any(segment.key in translations or segment.key in current for segment in body_segments):
        raw = copy.deepcopy(stream_raw(page, STREAM_FIELD, "en"))
        for segment in body_segments:
            _set_at(raw, segment.path, translations.get(segment.key, current.get(segment.key, segment.source)))
        values[f"{STREAM_FIELD}_{lang}"] = raw
    return values


def align_block_ids(source, target):
    """Give ``target`` (a translation's raw stream data) the block ids of ``source`` where shapes match.

    Walks both structures together: stream and list items at the same position and of the
    same type take the English id; a list whose length differs is left as it is.
    """
    if isinstance(source, list) and isinstance(target, list):
        if len(source) != len(target):
            return
        for source_item, target_item in zip(source, target, strict=True):
            if (
                isinstance(source_item, dict)
                and isinstance(target_item, dict)
                and "id" in source_item
                and "id" in target_item
                and source_item.get("type") == target_item.get("type")
            ):
                target_item["id"] = source_item["id"]
                align_block_ids(source_item.get("value"), target_item.get("value"))
    elif isinstance(source, dict) and isinstance(target, dict):
        for name in source.keys() & target.keys():
            align_block_ids(source[name], target[name])
