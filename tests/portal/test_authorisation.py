"""Every role against every sensitive admin URL, as one table.

``ok``: the page opens (200); ``no``: refused (403, or Wagtail's redirect to the dashboard with a
"permission denied" message); ``login``: sent to the sign-in page. Listings that filter what each
user sees (site history, the forms index) open for everyone with admin access. The care requests' own finer
matrix (own and other CIG, audit entries of refusals) is in tests/care_requests/test_helpdesk.py.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.models import Site

from care_requests.models import ContactFormPage, OrganisationMembership
from home.models import PortalDocument, PortalImage
from tests.factories.care import submitted_care_request
from tests.factories.directory import OrganizationFactory, ServiceFactory
from tests.factories.pages import add_standard_page, french_home

ROLES = ["anonymous", "editor", "moderator", "translator", "helpdesk", "cig", "superuser"]
GROUPS = {
    "editor": "Editors",
    "moderator": "Moderators",
    "translator": "Translators",
    "helpdesk": "Helpdesk",
    "cig": "CIG staff",
}

# fmt: off
EXPECTED = {
    #                           anonymous editor moderator translator helpdesk cig   superuser
    "page edit":                ("login", "ok",  "ok",     "ok",      "no",    "no",  "ok"),
    "page add child":           ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "page unpublish":           ("login", "no",  "ok",     "no",      "no",    "no",  "ok"),
    "page delete":              ("login", "no",  "ok",     "no",      "no",    "no",  "ok"),
    "page move":                ("login", "no",  "ok",     "no",      "no",    "no",  "ok"),
    "service edit":             ("login", "ok",  "ok",     "ok",      "no",    "no",  "ok"),
    "service delete":           ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "organisation edit":        ("login", "ok",  "ok",     "ok",      "no",    "no",  "ok"),
    "directory import":         ("login", "no",  "ok",     "no",      "no",    "no",  "ok"),
    "canned replies":           ("login", "no",  "no",     "no",      "ok",    "no",  "ok"),
    "CIG memberships":          ("login", "no",  "no",     "no",      "ok",    "no",  "ok"),
    "localize API memberships": ("login", "no",  "no",     "no",      "ok",    "no",  "ok"),
    "localize API replies":     ("login", "no",  "no",     "no",      "ok",    "no",  "ok"),
    "localize API services":    ("login", "ok",  "ok",     "ok",      "no",    "no",  "ok"),
    "users":                    ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "user edit":                ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "groups":                   ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "2FA reset":                ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "site settings":            ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "sites":                    ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "locales":                  ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "redirects":                ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "collections":              ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "workflows":                ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "workflow tasks":           ("login", "no",  "no",     "no",      "no",    "no",  "ok"),
    "search promotions":        ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "search terms report":      ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "site history":             ("login", "ok",  "ok",     "ok",      "ok",    "ok",  "ok"),
    "documents":                ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "document edit":            ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "images":                   ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "image edit":               ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "translations overview":    ("login", "ok",  "ok",     "ok",      "no",    "no",  "ok"),
    "form submissions":         ("login", "ok",  "ok",     "ok",      "no",    "no",  "ok"),
    "a form's submissions":     ("login", "ok",  "ok",     "no",      "no",    "no",  "ok"),
    "care list":                ("login", "no",  "no",     "no",      "ok",    "ok",  "ok"),
    "care detail":              ("login", "no",  "no",     "no",      "ok",    "ok",  "ok"),
    "care export":              ("login", "no",  "no",     "no",      "ok",    "ok",  "ok"),
    "care delete":              ("login", "no",  "no",     "no",      "ok",    "no",  "ok"),
    "care report":              ("login", "no",  "no",     "no",      "ok",    "no",  "ok"),
    "care people":              ("login", "no",  "no",     "no",      "ok",    "no",  "ok"),
    "care audit log":           ("login", "no",  "no",     "no",      "ok",    "no",  "ok"),
    "care bulk assign":         ("login", "no",  "no",     "no",      "ok",    "ok",  "ok"),
    "care bulk export":         ("login", "no",  "no",     "no",      "ok",    "ok",  "ok"),
}
# fmt: on


def _png() -> ContentFile:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="square.png")


def snippet_api(app_label: str, model_name: str) -> str:
    """wagtail-localize's snippet listing, which its translation editor reads."""
    return reverse("wagtail_localize:snippets_api_listing", args=[app_label, model_name])


def bulk_action_url(action: str, care_request) -> str:
    return reverse("wagtail_bulk_action", args=["care_requests", "carerequest", action]) + f"?id={care_request.pk}"


def _build() -> dict:
    user_model = get_user_model()
    users = {}
    for role, group in GROUPS.items():
        users[role] = user_model.objects.create_user(role, f"{role}@example.lu", "a-long-test-password")
        users[role].groups.add(Group.objects.get(name=group))
    users["superuser"] = user_model.objects.create_superuser("root", "root@example.lu", "a-long-test-password")
    page = add_standard_page(french_home(), title="Accessibilité", slug="accessibilite")
    contact = ContactFormPage(title="Contact", slug="contact", to_address="team@portal.example.lu", subject="Contact")
    french_home().add_child(instance=contact)
    contact.save_revision().publish()
    organisation = OrganizationFactory(name="CIGL Schifflange", email="cig@schifflange.example")
    service = ServiceFactory(organization=organisation, categories=["community-care"], service_areas=["schifflange"])
    OrganisationMembership.objects.create(user=users["cig"], organisation=organisation)
    care_request = submitted_care_request()
    document = PortalDocument.objects.create(title="Rapport", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="r.pdf"))
    image = PortalImage.objects.create(title="Carré", file=_png())
    site = Site.objects.get(is_default_site=True)
    urls = {
        "page edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "page add child": reverse("wagtailadmin_pages:add_subpage", args=[page.pk]),
        "page unpublish": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        "page delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
        "page move": reverse("wagtailadmin_pages:move", args=[page.pk]),
        "service edit": reverse("wagtailsnippets_services_directory_service:edit", args=[service.pk]),
        "service delete": reverse("wagtailsnippets_services_directory_service:delete", args=[service.pk]),
        "organisation edit": reverse("wagtailsnippets_services_directory_organization:edit", args=[organisation.pk]),
        "directory import": reverse("services_directory_import:index"),
        "canned replies": reverse("wagtailsnippets_care_requests_cannedreply:list"),
        "CIG memberships": reverse("wagtailsnippets_care_requests_organisationmembership:list"),
        "localize API memberships": snippet_api("care_requests", "organisationmembership"),
        "localize API replies": snippet_api("care_requests", "cannedreply"),
        "localize API services": snippet_api("services_directory", "service"),
        "users": reverse("wagtailusers_users:index"),
        "user edit": reverse("wagtailusers_users:edit", args=[users["editor"].pk]),
        "groups": reverse("wagtailusers_groups:index"),
        "2FA reset": reverse("two_factor:reset", args=[users["editor"].pk]),
        "site settings": reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk]),
        "sites": reverse("wagtailsites:index"),
        "locales": reverse("wagtaillocales:index"),
        "redirects": reverse("wagtailredirects:index"),
        "collections": reverse("wagtailadmin_collections:index"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "workflow tasks": reverse("wagtailadmin_workflows:task_index"),
        "search promotions": reverse("wagtailsearchpromotions:index"),
        "search terms report": reverse("portal_search_terms"),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "documents": reverse("wagtaildocs:index"),
        "document edit": reverse("wagtaildocs:edit", args=[document.pk]),
        "images": reverse("wagtailimages:index"),
        "image edit": reverse("wagtailimages:edit", args=[image.pk]),
        "translations overview": reverse("translation_overview"),
        "form submissions": reverse("wagtailforms:index"),
        "a form's submissions": reverse("wagtailforms:list_submissions", args=[contact.pk]),
        "care list": reverse("care_requests_admin:index"),
        "care detail": reverse("care_requests_admin:inspect", args=[care_request.pk]),
        "care export": reverse("care_requests_admin:index") + "?export=csv",
        "care delete": reverse("care_requests_admin:delete", args=[care_request.pk]),
        "care report": reverse("care_requests_admin:report"),
        "care people": reverse("care_requests_admin:people"),
        "care audit log": reverse("care_requests_audit:index"),
        "care bulk assign": bulk_action_url("assign", care_request),
        "care bulk export": bulk_action_url("export", care_request),
    }
    return {"users": users, "urls": urls}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Users, a page, directory records, a care request, a document and an image, built once."""
    media = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=media), django_db_blocker.unblock(), transaction.atomic():
        yield {**_build(), "media": media}
        transaction.set_rollback(True)


def outcome(response) -> str:
    if response.status_code == 200:
        return "ok"
    if response.status_code == 403:
        return "no"
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return "login"
        if location == reverse("wagtailadmin_home"):
            return "no"
    return f"{response.status_code} {response.get('Location', '')}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_authorisation_matrix(client, settings, world, role):
    settings.MEDIA_ROOT = world["media"]
    if role != "anonymous":
        client.force_login(world["users"][role])
    column = ROLES.index(role)
    got = {name: outcome(client.get(url)) for name, url in world["urls"].items()}
    expected = {name: row[column] for name, row in EXPECTED.items()}
    assert got == expected
