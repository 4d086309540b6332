"""The helpdesk's standard listing: filters, sorting, bulk actions and their scope; the report's period;
the audit log's filters."""

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from care_requests.models import AuditEntry, CareRequest, MonthlyCount, Status
from geography.models import Commune
from tests.factories.care import submitted_care_request

INDEX = "care_requests_admin:index"


def bulk_url(action: str, *care_requests, **params) -> str:
    url = reverse("wagtail_bulk_action", args=["care_requests", "carerequest", action])
    ids = [str(r.pk) for r in care_requests] or ["all"]
    query = "&".join([*(f"id={pk}" for pk in ids), *(f"{key}={value}" for key, value in params.items())])
    return f"{url}?{query}"


def listed(client, **params) -> list[str]:
    """The references in the queue, in the order shown."""
    response = client.get(reverse(INDEX), params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [span.get_text(strip=True) for span in soup.select("td.title span[id^=care_request_]")]


def submitted_on(day: date, **overrides) -> CareRequest:
    care_request = submitted_care_request(**overrides)
    moment = timezone.make_aware(datetime.combine(day, datetime.min.time().replace(hour=10)))
    CareRequest.objects.filter(pk=care_request.pk).update(submitted_at=moment)
    care_request.refresh_from_db()
    return care_request


@pytest.mark.django_db
class QueueListingTests:
    def test_filters_narrow_the_queue(self, client, users):
        anna = submitted_care_request(name="Anna Schmit", contact_language="pt")
        jean = submitted_care_request(name="Jean Weber", contact_language="fr")
        mersch = submitted_care_request(name="Luc Hoffmann", commune_object=Commune.objects.get(slug="mersch"))
        CareRequest.objects.filter(pk=jean.pk).update(status=Status.CONTACTED)
        client.force_login(users["helpdesk"])
        assert set(listed(client)) == {anna.reference, jean.reference, mersch.reference}
        assert listed(client, status="contacted") == [jean.reference]
        assert set(listed(client, status=["new", "contacted"])) == {anna.reference, jean.reference, mersch.reference}
        assert listed(client, language="pt") == [anna.reference]
        assert listed(client, commune=mersch.commune_id) == [mersch.reference]
        schifflange_cig = anna.organisations.get()
        assert set(listed(client, organisation=schifflange_cig.pk)) == {anna.reference, jean.reference}

    def test_the_search_stays_out_of_the_url_and_combines_with_the_filters(self, client, users):
        anna = submitted_care_request(name="Anna Schmit", phone="+352 26 99 88")
        closed_anna = submitted_care_request(name="Anna Schmit", phone="+352 26 99 88")
        submitted_care_request(name="Jean Weber")
        CareRequest.objects.filter(pk=closed_anna.pk).update(status=Status.CLOSED)
        client.force_login(users["helpdesk"])
        response = client.post(f"{reverse(INDEX)}?status=new", {"q": "26 99 88"})
        assert "99" not in response["Location"] and "status=new" in response["Location"]
        page = client.get(response["Location"])
        soup = BeautifulSoup(page.content, "html.parser")
        assert soup.select_one('[data-search-form] input[type=hidden][name="search"]')["value"] == "1"
        assert listed(client, search="1", status="new") == [anna.reference]
        assert set(listed(client, search="1")) == {anna.reference, closed_anna.reference}

    def test_date_range_filter(self, client, users):
        old = submitted_on(date(2026, 3, 10))
        recent = submitted_on(date(2026, 11, 20))
        client.force_login(users["helpdesk"])
        assert listed(client, submitted_from="2026-11-01", submitted_to="2026-11-30") == [recent.reference]
        assert listed(client, submitted_to="2026-03-10") == [old.reference]

    def test_columns_sort_both_ways(self, client, users):
        zoe = submitted_care_request(name="Zoé Martin")
        anna = submitted_care_request(name="Anna Schmit")
        marc = submitted_care_request(name="Marc Thill")
        client.force_login(users["helpdesk"])
        assert listed(client, ordering="name") == [anna.reference, marc.reference, zoe.reference]
        assert listed(client, ordering="-name") == [zoe.reference, marc.reference, anna.reference]
        assert listed(client) == [marc.reference, anna.reference, zoe.reference]  # newest first

    def test_status_tags_name_and_language_columns(self, client, users):
        submitted_care_request(name="Anna Schmit", contact_language="pt")
        client.force_login(users["helpdesk"])
        html = client.get(reverse(INDEX), headers={"accept-language": "en"}).content.decode()
        soup = BeautifulSoup(html, "html.parser")
        tag = soup.select_one(".care-status--new")
        assert tag.get_text(strip=True) == "New"
        row = soup.select_one("tbody tr").get_text(" ", strip=True)
        assert "Anna Schmit" in row and "Portuguese" in row

    def test_the_listing_export_is_the_filtered_queue_and_is_audited(self, client, users):
        anna = submitted_care_request(name="Anna Schmit", phone="+352 621 123 456")
        jean = submitted_care_request(name="Jean Weber")
        CareRequest.objects.filter(pk=jean.pk).update(status=Status.CLOSED)
        client.force_login(users["helpdesk"])
        response = client.get(reverse(INDEX), {"status": "new", "export": "csv"})
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert [row[0] for row in rows[1:]] == [anna.reference]
        assert list(AuditEntry.objects.filter(action="exported").values_list("reference", flat=True)) == [
            anna.reference
        ]


@pytest.mark.django_db
class BulkActionTests:
    def test_bulk_assign_offers_people_who_can_open_every_request_and_assigns(self, client, users):
        first, second = submitted_care_request(), submitted_care_request(name="Anna Schmit")
        client.force_login(users["helpdesk"])
        url = bulk_url("assign", first, second)
        page = client.get(url)
        assert page.status_code == 200
        options = BeautifulSoup(page.content, "html.parser").select('select[name="assignee"] option[value!=""]')
        assert {option.get_text(strip=True) for option in options} == {"desk", "cig-own"}
        response = client.post(url, {"assignee": users["cig_own"].pk})
        assert response.status_code == 302
        assert set(CareRequest.objects.values_list("assignee__username", "status")) == {("cig-own", Status.ASSIGNED)}
        assert AuditEntry.objects.filter(action="assigned", username="desk").count() == 2

    def test_bulk_assign_refuses_someone_who_cannot_open_them(self, client, users):
        care_request = submitted_care_request()
        client.force_login(users["helpdesk"])
        response = client.post(bulk_url("assign", care_request), {"assignee": users["cig_other"].pk})
        assert response.status_code == 200
        assert CareRequest.objects.get().assignee is None

    def test_bulk_close_needs_a_reason_and_closes(self, client, users):
        first, second = submitted_care_request(), submitted_care_request()
        client.force_login(users["helpdesk"])
        url = bulk_url("close", first, second)
        assert client.post(url, {}).status_code == 200
        assert not CareRequest.objects.filter(status=Status.CLOSED).exists()
        assert client.post(url, {"close_reason": "duplicate"}).status_code == 302
        assert set(CareRequest.objects.values_list("status", "close_reason")) == {(Status.CLOSED, "duplicate")}
        assert AuditEntry.objects.filter(action="status", detail="closed (duplicate)").count() == 2

    def test_bulk_export_downloads_the_selection_and_audits_it(self, client, users):
        chosen, other = submitted_care_request(name="Anna Schmit"), submitted_care_request()
        client.force_login(users["helpdesk"])
        response = client.post(bulk_url("export", chosen), {"format": "csv"})
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert [row[0] for row in rows[1:]] == [chosen.reference]
        assert other.reference not in response.content.decode("utf-8-sig")
        entry = AuditEntry.objects.get(action="exported")
        assert entry.reference == chosen.reference and entry.username == "desk"

    def test_select_all_takes_the_queue_as_filtered(self, client, users):
        fresh = submitted_care_request()
        contacted = submitted_care_request()
        CareRequest.objects.filter(pk=contacted.pk).update(status=Status.CONTACTED)
        client.force_login(users["helpdesk"])
        client.post(bulk_url("close", status="new"), {"close_reason": "withdrawn"})
        assert CareRequest.objects.get(pk=fresh.pk).status == Status.CLOSED
        assert CareRequest.objects.get(pk=contacted.pk).status == Status.CONTACTED


@pytest.mark.django_db
class CigScopeTests:
    """A CIG user sees, assigns, closes and exports only what was routed to their organisation."""

    def test_cig_user_cannot_bulk_act_on_another_organisations_request(self, client, users):
        mine = submitted_care_request()
        theirs = submitted_care_request(commune_object=Commune.objects.get(slug="mersch"))
        client.force_login(users["cig_own"])
        for action, data in (
            ("assign", {"assignee": users["cig_own"].pk}),
            ("close", {"close_reason": "helped"}),
            ("export", {"format": "csv"}),
        ):
            assert client.get(bulk_url(action, mine, theirs)).status_code == 403, action
            response = client.post(bulk_url(action, theirs), data)
            assert response.status_code == 403, action
            assert theirs.reference.encode() not in response.content
        theirs.refresh_from_db()
        assert theirs.assignee is None and theirs.status == Status.NEW
        refused = AuditEntry.objects.filter(action="refused", username="cig-own")
        assert refused.count() == 6 and set(refused.values_list("reference", flat=True)) == {theirs.reference}
        assert not AuditEntry.objects.filter(action="exported").exists()

    def test_select_all_covers_only_the_cig_users_own_requests(self, client, users):
        mine = submitted_care_request()
        theirs = submitted_care_request(commune_object=Commune.objects.get(slug="mersch"))
        client.force_login(users["cig_own"])
        export = client.post(bulk_url("export"), {"format": "csv"}).content.decode("utf-8-sig")
        assert mine.reference in export and theirs.reference not in export
        client.post(bulk_url("close"), {"close_reason": "helped"})
        assert CareRequest.objects.get(pk=theirs.pk).status == Status.NEW
        assert CareRequest.objects.get(pk=mine.pk).status == Status.CLOSED

    def test_cig_listing_and_filters_name_nothing_of_another_organisation(self, client, users):
        mine = submitted_care_request()
        theirs = submitted_care_request(commune_object=Commune.objects.get(slug="mersch"))
        client.force_login(users["cig_own"])
        html = client.get(reverse(INDEX)).content.decode()
        assert mine.reference in html and theirs.reference not in html
        assert "CIGL Mersch" not in html and "Mersch" not in html
        export = client.get(reverse(INDEX), {"export": "csv"}).content.decode("utf-8-sig")
        assert mine.reference in export and theirs.reference not in export

    def test_bulk_assign_offers_only_people_who_can_open_the_request(self, client, users):
        care_request = submitted_care_request()
        client.force_login(users["cig_own"])
        page = client.get(bulk_url("assign", care_request))
        options = BeautifulSoup(page.content, "html.parser").select('select[name="assignee"] option[value!=""]')
        assert {option.get_text(strip=True) for option in options} == {"desk", "cig-own"}


@pytest.mark.django_db
class ReportPeriodTests:
    def test_the_report_counts_the_chosen_period(self, client, users):
        submitted_on(date(2026, 2, 14))
        submitted_on(date(2026, 11, 3), commune_object=Commune.objects.get(slug="mersch"))
        MonthlyCount.objects.create(month=date(2026, 2, 1), kind="care", status="closed", count=4)
        client.force_login(users["helpdesk"])
        url = reverse("care_requests_admin:report")
        html = client.get(url, {"start": "2026-01-01", "end": "2026-03-31"}).content.decode()
        soup = BeautifulSoup(html, "html.parser")
        months = {
            row.th.get_text(strip=True): row.select_one(".care-chart__count").get_text()
            for row in soup.select(".care-chart__table tbody tr")[:3]
        }
        assert months == {"2026-01": "0", "2026-02": "5", "2026-03": "0"}
        assert "Mersch" not in html and "Schifflange" in html
        later = client.get(url, {"start": "2026-11-01", "end": "2026-11-30"}).content.decode()
        assert "Mersch" in later and "Schifflange" not in later
        assert AuditEntry.objects.filter(action="viewed report", detail="2026-11-01 – 2026-11-30").exists()

    def test_a_period_ending_before_it_starts_is_explained(self, client, users):
        client.force_login(users["helpdesk"])
        response = client.get(
            reverse("care_requests_admin:report"),
            {"start": "2026-05-01", "end": "2026-04-01"},
            headers={"accept-language": "en"},
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "The end of the period must come after its start." in html
        assert 'value="2026-05-01"' in html

    def test_nonsense_dates_are_explained_not_500(self, client, users):
        client.force_login(users["helpdesk"])
        response = client.get(reverse("care_requests_admin:report"), {"start": "yesterday", "end": "0000-99-99"})
        assert response.status_code == 200
        assert 'value="yesterday"' in response.content.decode()


@pytest.mark.django_db
class AuditLogFilterTests:
    def entries(self, client, **params) -> list[tuple[str, str]]:
        response = client.get(reverse("care_requests_audit:index"), params, headers={"accept-language": "en"})
        assert response.status_code == 200
        rows = BeautifulSoup(response.content, "html.parser").select("tbody tr")
        return [tuple(cell.get_text(strip=True) for cell in row.select("td")[1:4]) for row in rows]

    def test_filter_by_user_action_date_and_reference(self, client, users):
        care_request = submitted_care_request()
        client.force_login(users["cig_own"])
        client.get(reverse("care_requests_admin:inspect", args=[care_request.pk]))
        AuditEntry.objects.create(username="desk", user=users["helpdesk"], action="note", reference="CR-2025-000001")
        AuditEntry.objects.filter(reference="CR-2025-000001").update(at=timezone.now() - timedelta(days=400))
        client.force_login(users["helpdesk"])

        by_cig = self.entries(client, username="cig-own")
        assert by_cig == [("cig-own", "Opened a request", care_request.reference)]
        assert self.entries(client, action="submitted") == [
            ("system or public form", "Submitted by the public form", care_request.reference)
        ]
        assert ("system or public form", "Submitted by the public form", care_request.reference) in self.entries(
            client, username="~system"
        )
        last_year = timezone.localdate() - timedelta(days=400)
        assert self.entries(client, at_from=last_year.isoformat(), at_to=last_year.isoformat()) == [
            ("desk", "Added an internal note", "CR-2025-000001")
        ]
        assert {row[2] for row in self.entries(client, reference=care_request.reference.lower())} == {
            care_request.reference
        }

    def test_the_audit_log_is_refused_to_cig_staff(self, client, users):
        client.force_login(users["cig_own"])
        assert client.get(reverse("care_requests_audit:index")).status_code == 403
        assert AuditEntry.objects.filter(action="refused", username="cig-own").exists()


@pytest.mark.django_db
class RequestPageTests:
    def test_deleting_keeps_an_anonymous_count_and_an_audit_entry(self, client, users):
        care_request = submitted_care_request()
        client.force_login(users["helpdesk"])
        page = client.get(reverse("care_requests_admin:inspect", args=[care_request.pk]))
        delete_url = reverse("care_requests_admin:delete", args=[care_request.pk])
        assert delete_url in page.content.decode()
        response = client.post(delete_url)
        assert response.status_code == 302 and response["Location"] == reverse(INDEX)
        assert not CareRequest.objects.exists()
        assert MonthlyCount.objects.get().count == 1
        assert AuditEntry.objects.filter(action="deleted", reference=care_request.reference, username="desk").exists()

    def test_cig_staff_see_no_delete_and_cannot_post_one(self, client, users):
        care_request = submitted_care_request()
        client.force_login(users["cig_own"])
        page = client.get(reverse("care_requests_admin:inspect", args=[care_request.pk])).content.decode()
        delete_url = reverse("care_requests_admin:delete", args=[care_request.pk])
        assert delete_url not in page
        assert client.post(delete_url).status_code == 403
        assert CareRequest.objects.exists()
