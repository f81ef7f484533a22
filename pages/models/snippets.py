from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Clinic(index.Indexed, models.Model):
    """A physiotherapy clinic; its text fields are translated."""

    name = models.CharField(_("name"), max_length=255)
    city = models.CharField(_("city"), max_length=100)
    address = models.TextField(_("address"))
    phone = models.CharField(_("phone"), max_length=32)
    hours = models.TextField(_("opening hours"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("city"), FieldPanel("address"), FieldPanel("phone"), FieldPanel("hours")]
    search_fields = [index.SearchField("name"), index.SearchField("city"), index.SearchField("address")]

    class Meta:
        ordering = ["city", "name"]
        verbose_name = _("clinic")
        verbose_name_plural = _("clinics")

    def __str__(self):
        return f"{self.name} ({self.city})"


class Professional(index.Indexed, models.Model):
    """A physiotherapist or doctor shown in a page's "Our professionals" list."""

    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(_("role"), max_length=255)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    languages_spoken = models.CharField(
        _("languages spoken"), max_length=255, blank=True, help_text=_("For example: English, Kannada, Hindi")
    )
    clinic = models.ForeignKey(
        Clinic, verbose_name=_("clinic"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="professionals",
    )

    panels = [
        FieldPanel("name"), FieldPanel("role"), FieldPanel("bio"), FieldPanel("photo"),
        FieldPanel("languages_spoken"), FieldPanel("clinic"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("role"), index.SearchField("bio")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("professional")
        verbose_name_plural = _("professionals")

    def __str__(self):
        return self.name
