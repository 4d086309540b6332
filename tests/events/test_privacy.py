import json
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from care_requests.models import AuditEntry, OutboxEmail
from events.models import Attendance, SignUp, SignUpStatus
from events.privacy import signups_purge
from events.services import SignUpData, signup_cancel, signup_create
from tests.factories.events import EventFactory, publish_event, session
from tests.factories.pages import make_user

LAST_SESSION_ENDS = datetime(2027, 1, 20, 11, 0, tzinfo=UTC)  # 12:00 in Luxembourg


def sign_up(event, name, *, email, phone="621 123 456", needs="Fauteuil roulant"):
    data = SignUpData(name=name, phone=phone, email=email, language="pt", places=2, needs=needs)
    return signup_create(event=event, data=data, locale="fr")


@pytest.fixture
def course(db):
    return publish_event(
        EventFactory(
            title="Smartphone pour débutants",
            signup_required=True,
            schedule=[session(date(2027, 1, 13)), session(date(2027, 1, 20))],
        )
    )


def erased(signup) -> bool:
    signup.refresh_from_db()
    return (signup.name, signup.phone, signup.email, signup.needs) == ("", "", "", "") and signup.erased_at is not None


@pytest.mark.django_db
class RetentionTests:
    def test_details_are_erased_after_the_retention_counted_from_the_last_session(self, course, settings):
        settings.EVENT_SIGNUP_RETENTION_DAYS = 90
        ana = sign_up(course, "Ana Silva", email="ana@example.lu")
        Attendance.objects.create(signup=ana, session_start=course.occurrences.first().starts_at, attended=True)
        assert signups_purge(now=LAST_SESSION_ENDS + timedelta(days=89)) == 0
        assert not erased(ana)
        assert signups_purge(now=LAST_SESSION_ENDS + timedelta(days=91)) == 1
        assert erased(ana)
        assert (ana.status, ana.places, ana.language) == (SignUpStatus.CONFIRMED, 2, "pt")  # counts stay
        assert ana.attendances.get().attended
        assert not OutboxEmail.objects.filter(subject__contains=ana.reference).exists()
        assert AuditEntry.objects.filter(reference=ana.reference, action="purged").exists()
        assert signups_purge(now=LAST_SESSION_ENDS + timedelta(days=92)) == 0

    def test_a_cancelled_sign_up_is_erased_counted_from_its_cancellation(self, course, settings):
        settings.EVENT_SIGNUP_RETENTION_DAYS = 30
        cancelled = sign_up(course, "Jean Muller", email="jean@example.lu")
        staying = sign_up(course, "Ana Silva", email="ana@example.lu")
        signup_cancel(token=cancelled.cancel_token)
        cancelled_at = datetime(2026, 11, 1, tzinfo=UTC)
        SignUp.objects.filter(pk=cancelled.pk).update(cancelled_at=cancelled_at)
        assert signups_purge(now=cancelled_at + timedelta(days=31)) == 1
        assert erased(cancelled) and not erased(staying)

    def test_the_daily_purge_command_erases_sign_ups_too(self, course, settings, capsys):
        settings.EVENT_SIGNUP_RETENTION_DAYS = 1
        old = sign_up(course, "Ana Silva", email="ana@example.lu")
        SignUp.objects.filter(pk=old.pk).update(cancelled_at=timezone.now() - timedelta(days=2))
        call_command("purge_care_requests")
        assert "Erased the personal details of 1 record(s) of event_signups" in capsys.readouterr().out
        assert erased(old)


@pytest.mark.django_db
class PersonRightsTests:
    @pytest.fixture
    def helpdesk(self, client, django_user_model):
        client.force_login(make_user(django_user_model, "desk", "Helpdesk"))
        return client

    def test_the_person_export_includes_their_sign_ups(self, helpdesk, course):
        ana = sign_up(course, "Ana Silva", email="ana@example.lu", phone="+352 621 123 456")
        sign_up(course, "Jean Muller", email="jean@example.lu", phone="691 000 000")
        Attendance.objects.create(signup=ana, session_start=course.occurrences.first().starts_at, attended=True)
        for identifier in ("ANA@example.lu", "621123456"):
            response = helpdesk.post(
                reverse("care_requests_admin:people"), {"identifier": identifier, "action": "export"}
            )
            data = json.loads(response.content)
            assert [s["reference"] for s in data["event_signups"]] == [ana.reference]
            exported = data["event_signups"][0]
            assert exported["name"] == "Ana Silva" and exported["needs"] == "Fauteuil roulant"
            assert exported["event"] == "Smartphone pour débutants"
            assert exported["attendance"] == [{"session": "2027-01-13T09:00:00+00:00", "came": True}]

    def test_finding_a_person_lists_their_sign_ups(self, helpdesk, course):
        ana = sign_up(course, "Ana Silva", email="ana@example.lu")
        page = helpdesk.post(reverse("care_requests_admin:people"), {"identifier": "ana@example.lu"}).content.decode()
        assert ana.reference in page and "Smartphone pour débutants" in page

    def test_erasure_erases_their_sign_ups_and_keeps_the_others(self, helpdesk, course):
        ana = sign_up(course, "Ana Silva", email="ana@example.lu")
        jean = sign_up(course, "Jean Muller", email="jean@example.lu")
        url = reverse("care_requests_admin:people")
        helpdesk.post(url, {"identifier": "ana@example.lu", "action": "erase"})
        assert not erased(ana)  # not confirmed yet
        helpdesk.post(url, {"identifier": "ana@example.lu", "action": "erase", "confirm": "on"})
        assert erased(ana) and not erased(jean)
        assert ana.places == 2 and ana.status == SignUpStatus.CONFIRMED
        assert AuditEntry.objects.filter(reference=ana.reference, action="erased").exists()
        again = helpdesk.post(url, {"identifier": "ana@example.lu", "action": "export"})
        assert again.status_code == 200 and again["Content-Type"].startswith("text/html")  # nothing left to export
