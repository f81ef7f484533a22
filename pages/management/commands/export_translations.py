from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from pages.catalogs.exporter import WRITERS, export_catalog


class Command(BaseCommand):
    help = "Export pages' strings for translators as a PO or XLIFF 2 file."

    def add_arguments(self, parser):
        targets = [code for code, _ in settings.LANGUAGES if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE]
        parser.add_argument("--lang", required=True, choices=targets)
        parser.add_argument(
            "--page", type=int, action="append", dest="page_ids", help="page id (repeatable; default: all)"
        )
        parser.add_argument("--format", choices=sorted(WRITERS), default="po")
        parser.add_argument("--untranslated-only", action="store_true", help="only missing and stale strings")
        parser.add_argument("-o", "--output", required=True, help="file to write ('-' for standard output)")

    def handle(self, *args, lang, page_ids, format, untranslated_only, output, **options):
        pages = Page.objects.filter(depth__gt=1).order_by("path")
        if page_ids:
            pages = pages.filter(pk__in=page_ids)
            missing = set(page_ids) - set(pages.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"Unknown page id(s): {', '.join(map(str, sorted(missing)))}.")
        data = export_catalog(pages.specific(), lang, format, untranslated_only)
        if output == "-":
            self.stdout.write(data.decode("utf-8"))
        else:
            with open(output, "wb") as handle:
                handle.write(data)
            self.stderr.write(f"Wrote {output}.")
