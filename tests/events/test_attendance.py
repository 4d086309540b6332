from datetime import date

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from care_requests.models import OrganisationMembership
from events.models import Attendance
from events.services import SignUpData, signup_create
from tests.factories.directory import OrganizationFactory
from tests.factories.events import EventFactory, publish_event, weekly
from tests.factories.pages import make_user


def sign_up(event, name, *, places=1, needs=""):
    data = SignUpData(name=name, phone="621 000 000", email="", language="fr", places=places, needs=needs)
    return signup_create(event=event, data=data, locale="fr")


def attendance_url(event, session=None):
    url = reverse("event_signups:attendance", args=[event.pk])
    return f"{url}?session={int(session.timestamp())}" if session else url


@pytest.mark.django_db
class AttendanceListTests:
    @pytest.fixture
    def world(self, django_user_model):
        own, other = OrganizationFactory(name="Web café Differdange"), OrganizationFactory(name="CIGL Esch")
        staff = make_user(django_user_model, "cig-staff", "CIG staff")
        OrganisationMembership.objects.create(user=staff, organisation=own)
        event = publish_event(
            EventFactory(
                organization=own,
                title="Smartphone pour débutants",
                capacity=3,
                signup_required=True,
                schedule=[weekly(2, date(2027, 1, 6), date(2027, 1, 27), except_dates=[date(2027, 1, 13)])],
            )
        )
        people = {
            "ana": sign_up(event, "Ana Silva", needs="Fauteuil roulant"),
            "jean": sign_up(event, "Jean Muller", places=2),
            "lea": sign_up(event, "Lea Weber"),  # waiting: the course is full
        }
        return {"staff": staff, "event": event, "people": people, "other": other, "sessions": event.occurrences.all()}

    def test_the_list_shows_the_confirmed_people_of_the_chosen_session(self, client, world):
        client.force_login(world["staff"])
        second = world["sessions"][1]
        page = client.get(attendance_url(world["event"], second.starts_at)).content.decode()
        assert "Smartphone pour débutants" in page
        assert "Ana Silva" in page and "Fauteuil roulant" in page and "621 000 000" in page
        assert "Jean Muller" in page
        assert "Lea Weber" not in page
        assert "Mercredi 20 janvier 2027" in page  # 13 January is skipped
        assert "events_admin.css" in page

    def test_marking_attendance_for_one_session_leaves_the_others_unmarked(self, client, world):
        client.force_login(world["staff"])
        first, second = world["sessions"][0], world["sessions"][1]
        ana, jean = world["people"]["ana"], world["people"]["jean"]
        response = client.post(
            attendance_url(world["event"]), {"session": int(first.starts_at.timestamp()), "attended": [ana.pk]}
        )
        assert response.status_code == 302
        marked = {(a.signup_id, a.attended) for a in Attendance.objects.filter(session_start=first.starts_at)}
        assert marked == {(ana.pk, True), (jean.pk, False)}
        assert not Attendance.objects.filter(session_start=second.starts_at).exists()
        page = client.get(response.url).content.decode()
        assert f'value="{ana.pk}" checked' in page
        assert f'value="{jean.pk}" checked' not in page

    def test_marking_attendance_is_recorded_in_the_events_history(self, client, world):
        client.force_login(world["staff"])
        first = world["sessions"][0]
        ana = world["people"]["ana"]
        client.post(attendance_url(world["event"]), {"session": int(first.starts_at.timestamp()), "attended": [ana.pk]})
        entry = ModelLogEntry.objects.for_instance(world["event"]).get(action="events.attendance")
        assert entry.user == world["staff"]
        assert entry.data == {"session": first.starts_at.isoformat(), "present": 1, "marked": 2}
        assert "Ana Silva" not in str(entry.data) and "Jean Muller" not in str(entry.data)
        history = client.get(reverse("wagtailsnippets_events_event:history", args=[world["event"].pk]))
        page = history.content.decode()
        assert "Présences enregistrées" in page
        assert "Séance du 6 janvier 2027 10:00. Présent·es : 1 sur 2." in page

    def test_the_site_history_lists_the_attendance_marked(self, client, world, django_user_model):
        client.force_login(world["staff"])
        first = world["sessions"][0]
        client.post(attendance_url(world["event"]), {"session": int(first.starts_at.timestamp()), "attended": []})
        client.force_login(make_user(django_user_model, "editor", "Editors"))
        page = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
        assert "Présences enregistrées" in page
        assert "Smartphone pour débutants" in page

    def test_a_session_that_is_not_the_events_is_refused_with_a_message(self, client, world):
        client.force_login(world["staff"])
        response = client.post(
            attendance_url(world["event"]), {"session": "12345", "attended": [world["people"]["ana"].pk]}, follow=True
        )
        assert "not one of the event" in response.content.decode() or "pas une des séances" in response.content.decode()
        assert not Attendance.objects.exists()

    def test_the_export_includes_attendance(self, client, world):
        client.force_login(world["staff"])
        ana = world["people"]["ana"]
        for occurrence in world["sessions"][:2]:
            client.post(
                attendance_url(world["event"]), {"session": int(occurrence.starts_at.timestamp()), "attended": [ana.pk]}
            )
        export = client.get(reverse("event_signups:index") + "?export=csv")
        lines = b"".join(export.streaming_content).decode().splitlines()
        header = lines[0].split(",")
        rows = {row.split(",")[header.index("Nom")]: row.split(",") for row in lines[1:]}
        column = next(i for i, name in enumerate(header) if "séances" in name.lower())
        assert rows["Ana Silva"][column] == "2"
        assert rows["Jean Muller"][column] == "0"

    def test_staff_of_another_organisation_get_a_refusal(self, client, world, django_user_model):
        outsider = make_user(django_user_model, "cig-elsewhere", "CIG staff")
        OrganisationMembership.objects.create(user=outsider, organisation=world["other"])
        client.force_login(outsider)
        page = client.get(attendance_url(world["event"]), follow=True)
        assert page.redirect_chain == [(reverse("wagtailadmin_home"), 302)]  # Wagtail's "permission denied"
        assert "Ana Silva" not in page.content.decode()
        session = int(world["sessions"][0].starts_at.timestamp())
        response = client.post(attendance_url(world["event"]), {"session": session, "attended": []})
        assert response.status_code in (302, 403)
        assert not Attendance.objects.exists()

    def test_editors_and_moderators_may_open_it(self, client, world, django_user_model):
        for username, group in (("editor", "Editors"), ("moderator", "Moderators")):
            client.force_login(make_user(django_user_model, username, group))
            assert client.get(attendance_url(world["event"])).status_code == 200

    def test_anonymous_visitors_are_sent_to_the_login_page(self, client, world):
        response = client.get(attendance_url(world["event"]))
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))

    def test_a_post_without_the_csrf_token_is_refused(self, world):
        client = Client(enforce_csrf_checks=True)
        client.force_login(world["staff"])
        session = int(world["sessions"][0].starts_at.timestamp())
        assert client.post(attendance_url(world["event"]), {"session": session}).status_code == 403
        assert not Attendance.objects.exists()

    def test_the_sign_ups_and_events_listings_link_to_it(self, client, world):
        client.force_login(world["staff"])
        url = reverse("event_signups:attendance", args=[world["event"].pk])
        assert url in client.get(reverse("event_signups:index")).content.decode()
        assert url in client.get(reverse("wagtailsnippets_events_event:list")).content.decode()
