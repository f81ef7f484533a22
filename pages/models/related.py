"""The six typed, ordered related lists every content page has, chosen in the admin."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class RelatedTherapy(Orderable):
    source = ParentalKey("pages.ContentPage", on_delete=models.CASCADE, related_name="related_therapies")
    target = models.ForeignKey("pages.TherapyPage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("target")]


class RelatedSymptom(Orderable):
    source = ParentalKey("pages.ContentPage", on_delete=models.CASCADE, related_name="related_symptoms")
    target = models.ForeignKey("pages.SymptomPage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("target")]


class RelatedCondition(Orderable):
    source = ParentalKey("pages.ContentPage", on_delete=models.CASCADE, related_name="related_conditions")
    target = models.ForeignKey("pages.ConditionPage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("target")]


class RelatedTreatment(Orderable):
    source = ParentalKey("pages.ContentPage", on_delete=models.CASCADE, related_name="related_treatments")
    target = models.ForeignKey("pages.TreatmentPage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("target")]


class RelatedProfessional(Orderable):
    source = ParentalKey("pages.ContentPage", on_delete=models.CASCADE, related_name="related_professionals")
    target = models.ForeignKey("pages.Professional", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("target")]


class RelatedBlogPost(Orderable):
    source = ParentalKey("pages.ContentPage", on_delete=models.CASCADE, related_name="related_blog_posts")
    target = models.ForeignKey("pages.ArticlePage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("target")]
