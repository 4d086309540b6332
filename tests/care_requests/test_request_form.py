import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from care_requests.models import AuditEntry, CareRequest, EmailStatus, OutboxEmail, Status

from .conftest import answers, check_then_send, guard, post, unused_port


def lb_url(page):
    return page.get_translation(page.locale.__class__.objects.get(language_code="lb")).url


@pytest.mark.django_db
class CareRequestFormTests:
    def test_luxembourgish_journey_with_one_mistake(
        self, client, care_page, schifflange_cig, smtp, django_capture_on_commit_callbacks
    ):
        url = lb_url(care_page)
        form = client.get(url + "?commune=schifflange")
        assert form.status_code == 200
        assert "no-store" in form["Cache-Control"]
        assert 'value="Schëffleng"' in form.content.decode()
        assert client.cookies.get("sessionid") is None

        mistake = post(client, url, answers(email="marie@", phone=""))
        html = mistake.content.decode()
        assert 'class="error-summary"' in html and 'href="#id_email"' in html
        assert 'value="Marie Muller"' in html and "Akeef all Woch." in html
        assert CareRequest.objects.count() == 0

        check, sent = check_then_send(client, url, answers(), django_capture_on_commit_callbacks)
        assert "Marie Muller" in check.content.decode()
        assert sent.status_code == 302 and "Marie" not in sent["Location"]
        confirmation = client.get(sent["Location"])
        assert "no-store" in confirmation["Cache-Control"]
        care_request = CareRequest.objects.get()
        assert re.fullmatch(r"CR-\d{4}-000001", care_request.reference)
        assert care_request.reference in confirmation.content.decode()
        assert care_request.language == "lb"
        assert list(care_request.organisations.all()) == [schifflange_cig[0]]

        to_cig = smtp.to("cig@schifflange.example")
        assert len(to_cig) == 1 and care_request.reference in to_cig[0]
        assert "Marie" not in to_cig[0] and "621 123" not in to_cig[0] and "/admin/care-requests/" in to_cig[0]
        assert smtp.to("helpdesk@portal.example.lu")
        assert not smtp.to("cig@mersch.example")
        to_requester = smtp.to("marie@example.lu")
        assert len(to_requester) == 1 and care_request.reference in to_requester[0]
        assert OutboxEmail.objects.filter(status=EmailStatus.SENT).count() == 3

    def test_commune_without_service_goes_to_the_helpdesk_flagged(
        self, client, care_page, schifflange_cig, smtp, django_capture_on_commit_callbacks
    ):
        check_then_send(client, care_page.url, answers(commune="Clervaux"), django_capture_on_commit_callbacks)
        care_request = CareRequest.objects.get()
        assert care_request.no_local_service and not care_request.organisations.exists()
        assert (
            "No local service" in smtp.to("helpdesk@portal.example.lu")[0]
            or "Aucun service local" in smtp.to("helpdesk@portal.example.lu")[0]
        )

    def test_ambiguous_postcode_asks_which_commune(self, client, care_page):
        from geography.reference import postcode_index

        shared = next(code for code, rows in postcode_index().items() if len({r.lau2_code for r in rows}) > 1)
        response = post(client, care_page.url, answers(commune=shared))
        html = response.content.decode()
        assert 'name="commune_choice"' in html and "error-summary" in html

    def test_tampered_answers_are_refused_and_the_form_shown_again(self, client, care_page):
        response = post(client, care_page.url, {"payload": "forged", "action": "send"})
        assert response.status_code == 200 and 'name="name"' in response.content.decode()
        assert CareRequest.objects.count() == 0

    def test_change_my_answers_keeps_everything(self, client, care_page, schifflange_cig):
        check = post(client, care_page.url, {**answers(), "action": "check"})
        payload = re.search(r'name="payload" value="([^"]+)"', check.content.decode()).group(1)
        back = post(client, care_page.url, {"payload": payload, "action": "change"}).content.decode()
        assert 'value="Marie Muller"' in back and "Akeef all Woch." in back and "error-summary" not in back

    def test_references_are_sequential(self, client, care_page, schifflange_cig, django_capture_on_commit_callbacks):
        for _ in range(2):
            check_then_send(client, care_page.url, answers(), django_capture_on_commit_callbacks)
        numbers = sorted(int(ref[-6:]) for ref in CareRequest.objects.values_list("reference", flat=True))
        assert numbers == [1, 2]

    def test_mail_server_down_loses_nothing(
        self, client, care_page, schifflange_cig, settings, smtp, django_capture_on_commit_callbacks
    ):
        settings.EMAIL_PORT = unused_port()
        _check, sent = check_then_send(client, care_page.url, answers(), django_capture_on_commit_callbacks)
        confirmation = client.get(sent["Location"])
        care_request = CareRequest.objects.get()
        assert care_request.reference in confirmation.content.decode()
        pending = OutboxEmail.objects.filter(status=EmailStatus.PENDING)
        # The first email met the refusal; the others are left to send_pending_emails (one timeout, not three).
        assert pending.count() == 3 and sorted(pending.values_list("attempts", flat=True)) == [0, 0, 1]
        assert smtp.messages == []

        settings.EMAIL_PORT = smtp.port
        call_command("send_pending_emails", "--ignore-schedule")
        assert OutboxEmail.objects.filter(status=EmailStatus.SENT).count() == 3
        assert smtp.to("cig@schifflange.example")
        call_command("send_pending_emails", "--ignore-schedule")
        assert len(smtp.messages) == 3


@pytest.mark.django_db
class SpamTests:
    def test_honeypot_gets_thanks_and_stores_nothing(self, client, care_page, smtp):
        response = post(client, care_page.url, answers(**guard(honeypot="http://spam.example")))
        assert response.status_code == 200 and "care-panel" in response.content.decode()
        assert CareRequest.objects.count() == 0 and OutboxEmail.objects.count() == 0 and smtp.messages == []

    def test_too_fast_gets_thanks_and_stores_nothing(self, client, care_page):
        from care_requests.spam import started_token

        response = post(client, care_page.url, answers(**guard(started=started_token())))
        assert response.status_code == 200 and "care-panel" in response.content.decode()
        assert CareRequest.objects.count() == 0

    def test_each_request_counts_once_and_the_429_keeps_the_answers_in_the_visitor_language(
        self, client, care_page, schifflange_cig, settings, django_capture_on_commit_callbacks
    ):
        settings.CARE_REQUEST_RATE_LIMIT = 2
        url = lb_url(care_page)
        _check, sent = check_then_send(client, url, answers(name="Marie Muller"), django_capture_on_commit_callbacks)
        assert sent.status_code == 302
        checked = post(client, url, answers(name="Anna Schmit", action="check"))
        payload = re.search(r'name="payload" value="([^"]+)"', checked.content.decode()).group(1)
        _check, sent = check_then_send(client, url, answers(name="Jean Weber"), django_capture_on_commit_callbacks)
        assert sent.status_code == 302

        blocked = post(client, url, {"payload": payload, "action": "send"})
        html = blocked.content.decode()
        assert blocked.status_code == 429
        assert 3500 < int(blocked["Retry-After"]) <= 3600
        assert '<html lang="lb"' in html and "Waart w.e.g. 60 Minutten" in html
        assert "Anna Schmit" in html and payload in html  # the checked answers, ready to send later
        assert f'href="{care_page.url}" lang="fr"' in html  # the switcher: the French form
        assert CareRequest.objects.count() == 2
        form = post(client, url, answers(name="Anna Schmit"))
        assert form.status_code == 429 and 'value="Anna Schmit"' in form.content.decode()
        _check, other = check_then_send(client, url, answers(), django_capture_on_commit_callbacks, ip="10.0.0.2")
        assert other.status_code == 302

    def test_redis_down_lets_people_ask_for_help(
        self, client, care_page, schifflange_cig, redis_down, django_capture_on_commit_callbacks
    ):
        url = lb_url(care_page)
        assert client.get(url).status_code == 200
        mistake = post(client, url, answers(name=""))
        assert mistake.status_code == 200 and "error-summary" in mistake.content.decode()
        _check, sent = check_then_send(client, url, answers(), django_capture_on_commit_callbacks)
        assert sent.status_code == 302 and CareRequest.objects.count() == 1

    def test_listing_error_report_lands_in_the_queue(
        self, client, schifflange_cig, smtp, django_capture_on_commit_callbacks
    ):
        service = schifflange_cig[0].services.first()
        url = reverse("care_requests:report_listing_error", args=[service.pk])
        assert client.get(url).status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, url, {"description": "Den Telefon stëmmt net.", "email": "", **guard()})
        assert response.status_code == 302
        report = CareRequest.objects.get()
        assert report.kind == "listing_error" and report.listing_service == service and report.status == Status.NEW
        assert smtp.to("helpdesk@portal.example.lu")
        assert AuditEntry.objects.filter(reference=report.reference, action="submitted").exists()
