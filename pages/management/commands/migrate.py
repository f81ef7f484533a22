from django.db.models import F, Q
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail_modeltranslation.management.commands.migrate_translation import Command as MigrateTranslationCommand

from pages.translation_status import source_language


def fill_source_language_columns():
    """Copy each translated field's original column into its empty English column; rows whose
    English column is already right are not touched. The number of rows updated.

    modeltranslation's ``update_translation_fields`` does this too, but it rewrites every row
    whose English column is an empty string, even when the original is empty as well (most
    pages' ``seo_title``): every deploy would rewrite every page row.
    """
    updated = 0
    for model in translator.get_registered_models(abstract=False):
        if model._meta.proxy or not model._meta.managed:
            continue
        for name in translator.get_options_for_model(model).all_fields:
            column = build_localized_fieldname(name, source_language())
            empty = Q(**{f"{column}__isnull": True})
            if model._meta.get_field(name).empty_strings_allowed:
                empty |= Q(**{column: ""}) & ~Q(**{name: ""}) & Q(**{f"{name}__isnull": False})
            else:
                empty &= Q(**{f"{name}__isnull": False})
            updated += model._default_manager.filter(empty).rewrite(False).order_by().update(**{column: F(name)})
    return updated


class Command(MigrateTranslationCommand):
    """``migrate``, then add the Page translation columns, then fill the English ones.

    wagtail-modeltranslation adds ``title_en``, ``url_path_en``, ... by SQL after the
    migrations, so rows created by migrations (Wagtail's root page) have them empty until
    their original values are copied in.
    """

    def handle(self, *args, **options):
        super().handle(*args, **options)
        fill_source_language_columns()
