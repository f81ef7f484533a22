"""A GIN index on ``title || body`` of Wagtail's PostgreSQL search index.

Wagtail's PostgreSQL backend matches ``(title || body) @@ query``; its indexes cover ``title``
and ``body`` apart, which that expression cannot use, so every search read every page's
entry. With this index a search reads only the entries that match. Other databases: nothing.
"""

from django.db import migrations

INDEX = "pages_search_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_webhooks"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
