from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command

from events.models import SignUpReminder
from events.reminders import reminders_send
from events.services import SignUpData, signup_cancel, signup_create
from tests.factories.events import EventFactory, publish_event, session, weekly


def sign_up(event, name, *, email=None, language="fr", places=1):
    email = f"{name.split()[0].lower()}@example.lu" if email is None else email
    data = SignUpData(name=name, phone="621 000 000", email=email, language=language, places=places, needs="")
    return signup_create(event=event, data=data, locale="fr")


def course(*sessions, capacity=None, title="Smartphone pour débutants"):
    return publish_event(EventFactory(title=title, capacity=capacity, signup_required=True, schedule=list(sessions)))


def reminded(today: date, capture) -> list:
    mail.outbox.clear()
    with capture(execute=True):
        reminders_send(today=today)
    return mail.outbox


@pytest.mark.django_db
class ReminderTests:
    def test_only_sessions_starting_tomorrow_are_reminded(self, django_capture_on_commit_callbacks):
        tomorrow = course(session(date(2027, 1, 13), "14:00", "16:00"), title="Appels vidéo")
        later = course(session(date(2027, 1, 14)), title="Formulaires en ligne")
        today = course(session(date(2027, 1, 12), "18:00", "19:00"), title="Traitement de texte")
        sign_up(tomorrow, "Ana Silva")
        sign_up(later, "Jean Muller")
        sign_up(today, "Lea Weber")
        sent = reminded(date(2027, 1, 12), django_capture_on_commit_callbacks)
        assert [message.to for message in sent] == [["ana@example.lu"]]
        body = sent[0].body
        assert "Appels vidéo" in body and "13 janvier 2027" in body and "14:00" in body and "16:00" in body

    def test_a_weekly_course_reminds_of_the_next_session_only(self, django_capture_on_commit_callbacks):
        event = course(weekly(2, date(2027, 1, 6), date(2027, 2, 24), start="09:30", end="11:00"))
        sign_up(event, "Ana Silva")
        sent = reminded(date(2027, 1, 19), django_capture_on_commit_callbacks)
        assert len(sent) == 1
        assert "20 janvier 2027" in sent[0].body and "09:30" in sent[0].body
        assert reminded(date(2027, 1, 18), django_capture_on_commit_callbacks) == []

    @pytest.mark.parametrize("dst_day", [date(2027, 3, 28), date(2027, 10, 31)])
    def test_a_session_just_after_midnight_on_a_clock_change_day_is_reminded_the_day_before(
        self, dst_day, django_capture_on_commit_callbacks
    ):
        """00:30 in Luxembourg is still the previous day in UTC: the Luxembourg date decides."""
        after_midnight = course(session(dst_day, "00:30", "02:00"), title="Nuit des étoiles")
        late_the_day_before = course(session(date(dst_day.year, dst_day.month, dst_day.day - 1), "23:30", "23:45"))
        sign_up(after_midnight, "Ana Silva")
        sign_up(late_the_day_before, "Jean Muller")
        the_day_before = date(dst_day.year, dst_day.month, dst_day.day - 1)
        sent = reminded(the_day_before, django_capture_on_commit_callbacks)
        assert [message.to for message in sent] == [["ana@example.lu"]]
        assert "00:30" in sent[0].body
        two_days_before = date(dst_day.year, dst_day.month, dst_day.day - 2)
        assert [m.to for m in reminded(two_days_before, django_capture_on_commit_callbacks)] == [["jean@example.lu"]]

    def test_waiting_cancelled_and_email_less_sign_ups_are_not_reminded(self, django_capture_on_commit_callbacks):
        event = course(session(date(2027, 1, 13)), capacity=2)
        sign_up(event, "Ana Silva")
        cancelled = sign_up(event, "Jean Muller")
        sign_up(event, "Paul Schmit", email="")
        sign_up(event, "Lea Weber")  # waiting, and still waiting after Paul moves up
        signup_cancel(token=cancelled.cancel_token)
        sent = reminded(date(2027, 1, 12), django_capture_on_commit_callbacks)
        assert [message.to for message in sent] == [["ana@example.lu"]]

    def test_a_second_run_sends_nothing_and_a_recorded_reminder_is_never_sent_again(
        self, django_capture_on_commit_callbacks
    ):
        event = course(session(date(2027, 1, 13)))
        ana, jean = sign_up(event, "Ana Silva"), sign_up(event, "Jean Muller")
        start = event.occurrences.get().starts_at
        SignUpReminder.objects.create(signup=jean, session_start=start)  # as a concurrent run would have
        assert [m.to for m in reminded(date(2027, 1, 12), django_capture_on_commit_callbacks)] == [["ana@example.lu"]]
        assert reminded(date(2027, 1, 12), django_capture_on_commit_callbacks) == []
        assert SignUpReminder.objects.filter(signup=ana).count() == 1

    def test_the_reminder_is_in_the_sign_ups_language(self, django_capture_on_commit_callbacks):
        event = course(session(date(2027, 1, 13), "14:00", "16:00"))
        sign_up(event, "Maria Ferreira", language="pt")
        sign_up(event, "Lea Weber", language="de")
        sent = {message.to[0]: message for message in reminded(date(2027, 1, 12), django_capture_on_commit_callbacks)}
        portuguese, german = sent["maria@example.lu"], sent["lea@example.lu"]
        assert portuguese.subject.startswith("Amanhã") and german.subject.startswith("Morgen")
        assert "Um lembrete" in portuguese.body and "13 de janeiro de 2027" in portuguese.body.lower()
        assert "Zur Erinnerung" in german.body and "13. Januar 2027" in german.body

    def test_the_command_says_how_many_it_queued(self, capsys):
        call_command("send_event_reminders")
        assert "0 reminder(s)" in capsys.readouterr().out
