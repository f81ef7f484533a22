"""Indexes for counting the public pages and joining search results to them, on PostgreSQL.

Every list counts the pages ``api/querysets.public_pages`` lets through: a ``path`` prefix and
the live, expiry and schedule columns. ``wagtailcore_page`` rows are wide (every translated
title, slug and path), so reading them to count took 20 ms at 10,000 pages; this index holds
the columns the count reads, and it becomes an index-only scan (about 2 ms).

Wagtail's search backend joins its entries to pages on ``object_id = id::varchar(50)``, which
the primary key cannot serve, so a search read every page row; an index on that expression
lets a search read only the pages it found. Other databases: nothing.
"""

from django.db import migrations

INDEXES = {
    "pages_public_pages_covering": "(path varchar_pattern_ops) "
    "INCLUDE (depth, live, expired, go_live_at, expire_at, content_type_id)",
    "pages_page_id_as_object_id": "(((id)::varchar(50)))",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page {definition}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("pages", "0005_search_title_body_index")]

    operations = [migrations.RunPython(create, drop)]
