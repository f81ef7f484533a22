from django.urls import path, re_path

from api import views

app_name = "api"

urlpatterns = [
    path("v1/locales/", views.LocaleListView.as_view(), name="locales"),
    path("v1/pages/", views.PageListView.as_view(), name="pages"),
    path("v1/pages/find/", views.PageFindView.as_view(), name="page-find"),
    path("v1/pages/<int:pk>/", views.PageDetailView.as_view(), name="page-detail"),
    path("v1/pages/<int:pk>/translations/", views.PageTranslationsView.as_view(), name="page-translations"),
    path("v1/preview/", views.PreviewView.as_view(), name="preview"),
    path("v1/enquiries/", views.EnquiryCreateView.as_view(), name="enquiries"),
    path("v1/sync/", views.SyncView.as_view(), name="sync"),
    path("v1/schema/", views.SchemaView.as_view(), name="schema"),
    path("v1/docs/", views.DocsView.as_view(), name="docs"),
    re_path(r"^.*$", views.UnknownEndpointView.as_view(), name="unknown"),
]
