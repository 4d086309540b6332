"""The directory in the Wagtail admin: one "Directory" menu with organisations, services, places and categories."""

from __future__ import annotations

from datetime import date

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.models import Locale
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from geography.models import Commune

from .admin_import import DirectoryImportViewSet
from .models import Location, Organization, Service, ServiceStatus, TaxonomyTerm
from .selectors import verification_cutoff


def source_terms(request=None):
    return TaxonomyTerm.objects.filter(locale=Locale.get_default())


class ServiceFilterSet(WagtailFilterSet):
    category = django_filters.ModelChoiceFilter(label=_("Category"), queryset=source_terms, field_name="categories")
    commune = django_filters.ModelChoiceFilter(
        label=_("Commune"), queryset=Commune.objects.all(), method="filter_commune"
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ServiceStatus.choices)
    not_verified = django_filters.BooleanFilter(
        label=_("Not verified for 6 months"),
        method="filter_not_verified",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Service
        fields = ["organization", "live"]

    def filter_commune(self, queryset, name, commune):
        return queryset.filter(
            Q(pk__in=Service.objects.filter(service_areas=commune).values("pk"))
            | Q(pk__in=Service.objects.filter(service_at_locations__location__commune=commune).values("pk"))
        )

    def filter_not_verified(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=verification_cutoff(date.today())))


class LocationFilterSet(WagtailFilterSet):
    class Meta:
        model = Location
        fields = ["commune", "step_free_access"]


class OrganizationFilterSet(WagtailFilterSet):
    class Meta:
        model = Organization
        fields = ["kind", "live"]


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = _("Services")
    list_display = ["name", "organization", "status", "last_verified", LiveStatusTagColumn(label=_("Published"))]
    list_per_page = 50
    search_fields = ["name", "description"]
    filterset_class = ServiceFilterSet
    ordering = ["name"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("organization"),
                    FieldPanel("name"),
                    FieldPanel("description"),
                    FieldPanel("eligibility_description"),
                    FieldRowPanel([FieldPanel("is_free"), FieldPanel("fees_description")]),
                    FieldPanel("application_process"),
                    FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("What"),
            ),
            ObjectList(
                [
                    FieldPanel("service_areas", widget=forms.CheckboxSelectMultiple),
                    InlinePanel(
                        "service_at_locations",
                        heading=_("Places"),
                        panels=[
                            FieldPanel(
                                "location",
                                help_text=_("Choose the French version of the place; its translations follow."),
                            )
                        ],
                    ),
                ],
                heading=_("Where"),
            ),
            ObjectList(
                [
                    InlinePanel("schedules", heading=_("Weekly opening hours")),
                    FieldPanel("open_on_public_holidays"),
                    InlinePanel("closures", heading=_("Announced closures")),
                ],
                heading=_("When"),
            ),
            ObjectList(
                [
                    InlinePanel("phones", heading=_("Phone numbers")),
                    FieldPanel("email"),
                    FieldPanel("url"),
                    MultiFieldPanel(
                        [
                            FieldPanel("status"),
                            FieldPanel("last_verified"),
                            FieldPanel("external_id"),
                            FieldPanel("data_origin"),
                        ],
                        heading=_("Status"),
                    ),
                ],
                heading=_("Contact and status"),
            ),
        ]
    )

    def get_queryset(self, request):
        return Service.objects.select_related("organization", "locale")


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "phone", LiveStatusTagColumn(label=_("Published"))]
    search_fields = ["name", "description"]
    filterset_class = OrganizationFilterSet
    panels = [
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Contact details")
        ),
        FieldPanel("external_id"),
        FieldPanel("data_origin"),
    ]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Places")
    list_display = ["name", "address_1", "commune", "step_free_access"]
    search_fields = ["name", "address_1"]
    filterset_class = LocationFilterSet
    panels = [
        FieldPanel("name"),
        FieldPanel("address_1"),
        FieldRowPanel([FieldPanel("postal_code"), FieldPanel("commune")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("step_free_access"),
        FieldPanel("accessibility_details"),
        FieldPanel("transportation"),
        FieldPanel("external_id"),
    ]

    def get_queryset(self, request):
        return Location.objects.select_related("commune", "locale")


class TaxonomyTermViewSet(SnippetViewSet):
    model = TaxonomyTerm
    icon = "tag"
    menu_label = _("Categories")
    list_display = ["name", "code"]
    search_fields = ["name", "code"]
    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("description"), FieldPanel("parent")]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (ServiceViewSet, OrganizationViewSet, LocationViewSet, TaxonomyTermViewSet, DirectoryImportViewSet)
