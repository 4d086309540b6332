from django.urls import path

from . import views

app_name = "care_requests"

urlpatterns = [
    path("report-error/<int:service_id>/", views.report_listing_error, name="report_listing_error"),
    path("report-error/sent/", views.listing_error_sent, name="listing_error_sent"),
]
