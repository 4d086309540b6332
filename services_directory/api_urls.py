from django.urls import path

from .api import events, views

app_name = "hsds"

urlpatterns = [
    path("", views.root, name="root"),
    path("openapi.json", views.openapi, name="openapi"),
    path("services", views.service_list, name="services"),
    path("services/<uuid:key>", views.service_detail, name="service"),
    path("organizations", views.organization_list, name="organizations"),
    path("organizations/<uuid:key>", views.organization_detail, name="organization"),
    path("service_at_locations", views.service_at_location_list, name="service_at_locations"),
    path("service_at_locations/<uuid:key>", views.service_at_location_detail, name="service_at_location"),
    path("taxonomies", views.taxonomy_list, name="taxonomies"),
    path("taxonomies/<uuid:key>", views.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_term_list, name="taxonomy_terms"),
    path("taxonomy_terms/<uuid:key>", views.taxonomy_term_detail, name="taxonomy_term"),
    path("events", events.event_list, name="events"),
    path("events/<uuid:key>", events.event_detail, name="event"),
]
