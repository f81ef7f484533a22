from pages.models.changes import PageChange
from pages.models.enquiries import Enquiry
from pages.models.pages import (
    RELATED_LISTS,
    ArticlePage,
    ConditionPage,
    ContentPage,
    ContentPageTag,
    HomePage,
    SectionIndexPage,
    SymptomPage,
    TherapyPage,
    TreatmentPage,
)
from pages.models.related import (
    RelatedBlogPost,
    RelatedCondition,
    RelatedProfessional,
    RelatedSymptom,
    RelatedTherapy,
    RelatedTreatment,
)
from pages.models.segment_records import SegmentTranslation
from pages.models.snippets import Clinic, Professional
from pages.models.webhooks import WebhookDelivery, WebhookEndpoint

__all__ = [
    "RELATED_LISTS",
    "ArticlePage",
    "Clinic",
    "Enquiry",
    "ConditionPage",
    "ContentPage",
    "ContentPageTag",
    "HomePage",
    "PageChange",
    "Professional",
    "RelatedBlogPost",
    "RelatedCondition",
    "RelatedProfessional",
    "RelatedSymptom",
    "RelatedTherapy",
    "RelatedTreatment",
    "SectionIndexPage",
    "SegmentTranslation",
    "SymptomPage",
    "TherapyPage",
    "TreatmentPage",
    "WebhookDelivery",
    "WebhookEndpoint",
]
