from django.core.management import call_command
from wagtail_modeltranslation.management.commands.migrate_translation import Command as MigrateTranslationCommand


class Command(MigrateTranslationCommand):
    """``migrate``, then add the Page translation columns, then fill the English ones.

    wagtail-modeltranslation adds ``title_en``, ``url_path_en``, ... by SQL after the
    migrations, so rows created by migrations (Wagtail's root page) have them empty until
    ``update_translation_fields`` copies the original values in.
    """

    def handle(self, *args, **options):
        super().handle(*args, **options)
        call_command("update_translation_fields", verbosity=0)
