from django.db import models
from wagtail.admin import widgets
from wagtail.admin.forms.models import register_form_field_override
from wagtail.models import Page

from pages.slugs import SlugKeepingMarksFormField, validate_slug_keeping_marks


def allow_marks_in_slugs():
    """Make every page slug field (``slug``, ``slug_kn``, ...) accept Indic combining marks."""
    for field in Page._meta.get_fields():
        if isinstance(field, models.SlugField):
            field.default_validators = [validate_slug_keeping_marks]
            field.__dict__.pop("validators", None)
    register_form_field_override(
        models.SlugField, override={"form_class": SlugKeepingMarksFormField, "widget": widgets.SlugInput}
    )
