"""The related lists, professionals and tags of full pages, for one page or a sync batch at once.

``page_relations(pages)`` answers with a constant number of queries however many pages it is
given: one ``UNION ALL`` for the five related page lists, one for the professionals (with their
clinics), one for the tags, each compiled once per number of pages (``CompiledQuery``). A draft
being previewed (built from a revision) has these in memory, and they are read from there.
"""

from dataclasses import dataclass, field

from django.db.models import QuerySet, Value

from api.compiled_queries import CompiledQuery
from pages.models import RELATED_LISTS, ContentPage, ContentPageTag, RelatedProfessional

PAGE_LISTS = [name for name, _label in RELATED_LISTS if name != "related_professionals"]


@dataclass
class PageRelations:
    # ``{"therapies": [target ids in the editor's order], ...}`` for the five page lists.
    page_ids: dict = field(default_factory=dict)
    professionals: list = field(default_factory=list)  # RelatedProfessional rows, targets and clinics loaded
    tags: list = field(default_factory=list)  # tag names, sorted


def _is_stored(page):
    return all(isinstance(getattr(page, name).all(), QuerySet) for name in PAGE_LISTS)


def _from_memory(page):
    return PageRelations(
        page_ids={name.removeprefix("related_"): [item.target_id for item in getattr(page, name).all()]
                  for name in PAGE_LISTS},
        professionals=list(page.related_professionals.all()),
        tags=sorted(tag.name for tag in page.tags.all()),
    )


def _related_page_ids(source_ids):
    lists = [
        ContentPage._meta.get_field(name).related_model.objects.filter(source_id__in=source_ids)
        .annotate(list=Value(name.removeprefix("related_")))
        .values_list("source_id", "list", "sort_order", "target_id").order_by()
        for name in PAGE_LISTS
    ]
    return lists[0].union(*lists[1:], all=True)


def _related_professionals(source_ids):
    return (
        RelatedProfessional.objects.filter(source_id__in=source_ids)
        .select_related("target__clinic").order_by("source_id", "sort_order")
    )


def _tags(source_ids):
    return ContentPageTag.objects.filter(content_object_id__in=source_ids).select_related("tag")


related_page_ids = CompiledQuery(_related_page_ids)
related_professionals = CompiledQuery(_related_professionals)
tags_of = CompiledQuery(_tags)


def page_relations(pages):
    """``{page id: PageRelations}`` for ``pages`` (non-content pages have none)."""
    content = [page for page in pages if isinstance(page, ContentPage)]
    relations = {page.pk: PageRelations() for page in pages}
    stored = {page.pk: relations[page.pk] for page in content if _is_stored(page)}
    for page in content:
        if page.pk not in stored:
            relations[page.pk] = _from_memory(page)
    if not stored:
        return relations
    for entry in stored.values():
        entry.page_ids = {name.removeprefix("related_"): [] for name in PAGE_LISTS}
    source_ids = sorted(stored)
    for source_id, name, _order, target_id in sorted(related_page_ids((), source_ids), key=lambda row: row[:3]):
        stored[source_id].page_ids[name].append(target_id)
    for item in related_professionals((), source_ids):
        stored[item.source_id].professionals.append(item)
    for item in tags_of((), source_ids):
        stored[item.content_object_id].tags.append(item.tag.name)
    for entry in stored.values():
        entry.tags.sort()
    return relations
