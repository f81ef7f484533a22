from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pages import signals, webhooks
        from pages.slug_fields import allow_marks_in_slugs

        allow_marks_in_slugs()
        signals.connect()
        webhooks.connect()
