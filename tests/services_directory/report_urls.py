"""The portal's URLs plus a stand-in for the care-request app's "report an error in a listing" page."""

from django.http import HttpResponse
from django.urls import include, path

from portal.urls import urlpatterns as portal_urlpatterns


def report_listing_error(request, service_id):
    return HttpResponse(f"report {service_id}")


care_requests = ([path("<int:service_id>/", report_listing_error, name="report_listing_error")], "care_requests")

urlpatterns = [path("report/", include(care_requests)), *portal_urlpatterns]
