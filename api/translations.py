"""The translator-facing status of a published page, for ``/api/v1/pages/{id}/translations/``."""

from django.conf import settings

from pages.segments import source_segments
from pages.translation_status import segment_progress


def page_translations(page):
    """Every configured language's progress on ``page``, its segments named with key, field and label."""
    segments = {segment.key: segment for segment in source_segments(page)}

    def described(keys):
        return [{"key": key, "field": segments[key].field, "label": segments[key].label} for key in keys]

    languages = []
    for code, _name in settings.LANGUAGES:
        progress = segment_progress(page, code)
        languages.append(
            {
                "language": code,
                "status": progress.status,
                "percent": progress.percent,
                "total": progress.total,
                "translated": progress.translated,
                "missing": described(progress.missing),
                "stale": described(progress.stale),
            }
        )
    return {"id": page.pk, "source_language": settings.MODELTRANSLATION_DEFAULT_LANGUAGE, "languages": languages}
