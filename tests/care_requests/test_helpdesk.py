import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from care_requests.models import AuditEntry, CannedReply, CareRequest, MonthlyCount, OutboxEmail, Status
from geography.models import Commune
from tests.factories.care import submitted_care_request
from tests.factories.pages import make_user

ROLES = ["superuser", "helpdesk", "cig_own", "cig_other", "editor", "moderator", "translator"]
# fmt: off
EXPECTED = {
    #              list detail export delete report results bulk: assign close export people audit audit results
    "superuser":  (200, 200,   200,   200,   200,   200,          200,   200,  200,   200,   200,  200),
    "helpdesk":   (200, 200,   200,   200,   200,   200,          200,   200,  200,   200,   200,  200),
    "cig_own":    (200, 200,   200,   403,   403,   200,          200,   200,  200,   403,   403,  403),
    "cig_other":  (200, 403,   200,   403,   403,   200,          403,   403,  403,   403,   403,  403),
    "editor":     (403, 403,   403,   403,   403,   403,          403,   403,  403,   403,   403,  403),
    "moderator":  (403, 403,   403,   403,   403,   403,          403,   403,  403,   403,   403,  403),
    "translator": (403, 403,   403,   403,   403,   403,          403,   403,  403,   403,   403,  403),
}
# fmt: on


def submit(**overrides):
    return submitted_care_request(description='=HYPERLINK("http://evil.example")', availability="@SUM(1)", **overrides)


def bulk(action, care_request):
    return reverse("wagtail_bulk_action", args=["care_requests", "carerequest", action]) + f"?id={care_request.pk}"


def urls(care_request):
    return [
        reverse("care_requests_admin:index"),
        reverse("care_requests_admin:inspect", args=[care_request.pk]),
        reverse("care_requests_admin:index") + "?export=csv",
        reverse("care_requests_admin:delete", args=[care_request.pk]),
        reverse("care_requests_admin:report"),
        reverse("care_requests_admin:index_results"),
        bulk("assign", care_request),
        bulk("close", care_request),
        bulk("export", care_request),
        reverse("care_requests_admin:people"),
        reverse("care_requests_audit:index"),
        reverse("care_requests_audit:index_results"),
    ]


@pytest.mark.django_db
class HelpdeskPermissionTests:
    @pytest.mark.parametrize("role", ROLES)
    def test_role_matrix(self, client, users, role):
        care_request = submit()
        client.force_login(users[role])
        got = tuple(client.get(url).status_code for url in urls(care_request))
        assert got == EXPECTED[role]

    def test_refused_detail_is_audited_with_the_reference(self, client, users):
        care_request = submit()
        client.force_login(users["cig_other"])
        assert client.get(reverse("care_requests_admin:inspect", args=[care_request.pk])).status_code == 403
        entry = AuditEntry.objects.get(action="refused")
        assert entry.reference == care_request.reference and entry.username == "cig-other"

    def test_anonymous_is_sent_to_the_login(self, client, users):
        care_request = submit()
        for url in urls(care_request):
            assert client.get(url).status_code == 302

    def test_cig_list_shows_only_their_requests(self, client, users):
        mine = submit()
        other = submit(commune_object=Commune.objects.get(slug="mersch"))
        client.force_login(users["cig_own"])
        html = client.get(reverse("care_requests_admin:index")).content.decode()
        assert mine.reference in html and other.reference not in html


@pytest.mark.django_db
class AssignmentTests:
    """Only people who can open a request are offered (and accepted) as its assignee."""

    def offered(self, client, care_request) -> set[str]:
        html = client.get(reverse("care_requests_admin:inspect", args=[care_request.pk])).content.decode()
        select = BeautifulSoup(html, "html.parser").select_one('select[name="assignee"]')
        return {option.get_text(strip=True) for option in select.find_all("option") if option.get("value")}

    def test_the_list_holds_the_helpdesk_and_the_cig_the_request_went_to(self, client, users, django_user_model):
        gone = make_user(django_user_model, "desk-gone", "Helpdesk")
        gone.is_active = False
        gone.save()
        care_request = submit()
        for role in ("helpdesk", "cig_own"):
            client.force_login(users[role])
            assert self.offered(client, care_request) == {"desk", "cig-own"}, role

    def test_someone_who_cannot_open_it_cannot_be_given_it(self, client, users):
        care_request = submit()
        client.force_login(users["cig_own"])
        detail = reverse("care_requests_admin:inspect", args=[care_request.pk])
        for outsider in ("cig_other", "editor", "superuser"):
            response = client.post(detail, {"action": "assign", "assignee": users[outsider].pk})
            assert response.status_code == 200, outsider
            assert CareRequest.objects.get().assignee is None
        assert client.post(detail, {"action": "assign", "assignee": users["helpdesk"].pk}).status_code == 302
        assert CareRequest.objects.get().assignee == users["helpdesk"]

    def test_the_queue_filter_offers_only_people_assigned_in_this_queue(self, client, users):
        mine = submit()
        other = submit(commune_object=Commune.objects.get(slug="mersch"))
        CareRequest.objects.filter(pk=mine.pk).update(assignee=users["cig_own"])
        CareRequest.objects.filter(pk=other.pk).update(assignee=users["cig_other"])
        client.force_login(users["cig_own"])
        html = client.get(reverse("care_requests_admin:index")).content.decode()
        select = BeautifulSoup(html, "html.parser").select_one('select[name="assignee"]')
        assert {option.get_text(strip=True) for option in select.find_all("option") if option.get("value")} == {
            "cig-own"
        }


@pytest.mark.django_db
class HelpdeskWorkTests:
    def test_assign_note_reply_close_then_purge_leaves_counts_and_audit(
        self, client, users, smtp, settings, django_capture_on_commit_callbacks
    ):
        care_request = submit()
        desk = users["helpdesk"]
        client.force_login(desk)
        detail = reverse("care_requests_admin:inspect", args=[care_request.pk])
        assert client.get(detail).status_code == 200
        assert client.post(detail, {"action": "assign", "assignee": desk.pk}).status_code == 302
        client.post(detail, {"action": "note", "text": "Called, no answer."})
        canned = CannedReply.objects.create(
            locale=care_request.source_page.locale if care_request.source_page else _fr(),
            title="Rappel",
            subject="Votre demande {reference}",
            body="Bonjour, nous vous rappelons. {reference}",
        )
        prefilled = client.post(detail, {"action": "use_canned", "canned_reply": canned.pk})
        assert f"Votre demande {care_request.reference}" in prefilled.content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            client.post(detail, {"action": "reply", "subject": "Votre demande", "body": "Nous vous appelons demain."})
        assert any("Nous vous appelons demain." in m for m in smtp.to("jean@example.lu"))
        client.post(detail, {"action": "status", "status": "closed", "close_reason": ""})
        assert CareRequest.objects.get().status == Status.ASSIGNED
        client.post(detail, {"action": "status", "status": "closed", "close_reason": "helped"})
        care_request.refresh_from_db()
        assert care_request.status == Status.CLOSED and care_request.first_contact_at is not None
        history = client.get(detail, headers={"accept-language": "en"}).content.decode()
        assert "Called, no answer." in history and "Nous vous appelons demain." in history
        assert "Closed (Help arranged)" in history

        CareRequest.objects.filter(pk=care_request.pk).update(closed_at=timezone.now() - timedelta(days=366))
        call_command("purge_care_requests")
        assert CareRequest.objects.count() == 0 and OutboxEmail.objects.count() == 0
        assert MonthlyCount.objects.get().count == 1
        call_command("purge_care_requests")
        assert MonthlyCount.objects.get().count == 1
        actions = list(
            AuditEntry.objects.filter(reference=care_request.reference)
            .order_by("at", "pk")
            .values_list("action", flat=True)
        )
        assert actions[0] == "submitted" and actions[-1] == "purged"
        assert {"viewed", "assigned", "note", "reply", "status"} <= set(actions)
        for entry in AuditEntry.objects.all():
            assert "Jean" not in str(entry.detail) and "691" not in str(entry.detail)
        report = client.get(reverse("care_requests_admin:report")).content.decode()
        assert "Schifflange" in report

    def test_recently_closed_request_is_kept(self, users):
        care_request = submit()
        CareRequest.objects.filter(pk=care_request.pk).update(status=Status.CLOSED, closed_at=timezone.now())
        call_command("purge_care_requests")
        assert CareRequest.objects.count() == 1

    def test_csv_export_neutralises_formulas_and_keeps_phone_numbers(self, client, users):
        submit(name="+Jean", email="-1+1+cmd|' /C calc'!A0", phone="+352 26 12 34 56")
        submitted_care_request(name="Anna Schmit", phone="-621 123 456", availability="-12.5")
        client.force_login(users["helpdesk"])
        response = client.get(reverse("care_requests_admin:index") + "?export=csv")
        cells = [cell for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig"))) for cell in row]
        assert "+352 26 12 34 56" in cells and "+352 691 000 111" not in cells
        assert "-621 123 456" in cells and "-12.5" in cells
        assert "'+Jean" in cells and "'@SUM(1)" in cells and "'-1+1+cmd|' /C calc'!A0" in cells
        assert '\'=HYPERLINK("http://evil.example")' in cells
        assert not any(cell.startswith(("=", "@")) for cell in cells)
        assert AuditEntry.objects.filter(action="exported").count() == 2

    def test_xlsx_export_types_every_cell_as_text(self, client, users):
        submit(name="+Jean", phone="+352 26 12 34 56")
        client.force_login(users["helpdesk"])
        response = client.get(reverse("care_requests_admin:index") + "?export=xlsx")
        sheet = load_workbook(io.BytesIO(response.content)).active
        cells = [cell for row in sheet.iter_rows() for cell in row]
        values = [cell.value for cell in cells]
        assert "+352 26 12 34 56" in values and "+Jean" in values and "@SUM(1)" in values
        assert '=HYPERLINK("http://evil.example")' in values
        assert all(cell.data_type == "s" for cell in cells if cell.value)
        assert {cell.number_format for cell in cells} == {"@"}

    def test_search_keeps_personal_details_out_of_the_url(self, client, users):
        care_request = submit()
        other = submit(name="Anna Schmit", phone="+352 26 99 88")
        client.force_login(users["helpdesk"])
        response = client.post(reverse("care_requests_admin:index"), {"q": "691 000"})
        assert "691" not in response["Location"]
        html = client.get(response["Location"]).content.decode()
        assert care_request.reference in html and other.reference not in html

    def test_overdue_after_two_working_days(self, client, users):
        care_request = submit()
        CareRequest.objects.filter(pk=care_request.pk).update(submitted_at=timezone.now() - timedelta(days=6))
        client.force_login(users["helpdesk"])
        html = client.get(reverse("care_requests_admin:index") + "?age=overdue").content.decode()
        assert care_request.reference in html and "care-overdue" in html

    def test_person_export_and_erase(self, client, users):
        care_request = submit()
        client.force_login(users["helpdesk"])
        url = reverse("care_requests_admin:people")
        exported = client.post(url, {"identifier": "JEAN@example.lu", "action": "export"})
        assert exported["Content-Type"] == "application/json" and b"Jean Weber" in exported.content
        refused = client.post(url, {"identifier": "+352691000111", "action": "erase"})
        assert refused.status_code == 200 and CareRequest.objects.count() == 1
        client.post(url, {"identifier": "+352691000111", "action": "erase", "confirm": "on"})
        assert CareRequest.objects.count() == 0
        assert AuditEntry.objects.filter(reference=care_request.reference, action="erased").exists()
        assert MonthlyCount.objects.get().count == 1


def _fr():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="fr")
