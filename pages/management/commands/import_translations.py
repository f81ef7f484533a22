from django.core.management.base import BaseCommand, CommandError

from pages.catalogs.entries import CatalogError
from pages.catalogs.importer import CatalogRejected, import_catalog


class Command(BaseCommand):
    help = "Import a translated PO or XLIFF 2 file: all of it, or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--lang", help="refuse the file unless it is for this language")
        parser.add_argument("--publish", action="store_true", help="publish the new revisions")
        parser.add_argument(
            "--skip-changed",
            action="store_true",
            help="import the rest when some entries' English source changed since export",
        )

    def handle(self, *args, file, lang, publish, skip_changed, **options):
        try:
            with open(file, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        try:
            report = import_catalog(data, expected_language=lang, publish=publish, skip_changed=skip_changed)
        except CatalogRejected as error:
            for key in error.report.changed_sources:
                self.stderr.write(f"  source changed or gone: {key}")
            raise CommandError(str(error)) from error
        except CatalogError as error:
            raise CommandError(str(error)) from error
        for key in report.changed_sources:
            self.stderr.write(f"  skipped, source changed or gone: {key}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
