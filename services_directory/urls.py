"""Stable links to directory records in the visitor's language, for other apps and the API."""

from django.urls import path

from . import views

app_name = "services_directory"

urlpatterns = [
    path("service/<uuid:key>/", views.service_link, name="service"),
]
