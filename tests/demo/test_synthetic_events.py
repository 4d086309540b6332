import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils import timezone

from events.models import Event, EventIndexPage, Occurrence
from events.services import occurrences_refresh
from services_directory.models import Organization


def generate(*args, events=120):
    out = io.StringIO()
    call_command("generate_synthetic_events", "--events", str(events), *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def directory():
    call_command(
        "generate_synthetic_directory",
        "--services=20",
        "--organizations=10",
        "--locations=200",
        stdout=io.StringIO(),
    )


@pytest.mark.django_db
class SyntheticEventsTests:
    def test_live_events_with_their_sessions_over_the_next_twelve_months(self, directory):
        output = generate()
        events = Event.objects.all()
        assert events.filter(live=True).count() == 120
        sessions = Occurrence.objects.filter(event__in=events)
        assert f"Created 120 events with {sessions.count()} sessions" in output
        assert not events.annotate(n=Count("occurrences")).filter(n=0).exists()
        today = timezone.now()
        assert sessions.filter(starts_at__gt=today).count() == sessions.count()
        assert not sessions.filter(starts_at__gt=today + timedelta(days=366)).exists()

    def test_sessions_are_those_publishing_would_make(self, directory):
        generate(events=20)
        for event in Event.objects.all():
            generated = list(event.occurrences.values_list("starts_at", "ends_at"))
            published = [(s.starts_at, s.ends_at) for s in occurrences_refresh(event=event)]
            assert generated == published

    def test_spread_over_kinds_languages_schedules_and_communes(self, directory):
        generate()
        events = list(Event.objects.select_related("location"))
        assert {e.kind for e in events} == {"course", "workshop", "tour", "open_day"}
        assert {code for e in events for code in e.session_languages} == {"fr", "lb", "de", "en", "pt"}
        assert {block.block_type for e in events for block in e.schedule} == {"session", "weekly"}
        assert len({e.location.commune_id for e in events if e.location}) > 10
        assert len({e.organization_id for e in events}) == Organization.objects.count()
        assert any(e.capacity and e.signup_required for e in events) and any(e.is_free for e in events)

    def test_they_show_on_a_what_s_on_page(self, client, directory):
        generate()
        page = EventIndexPage.objects.get()
        response = client.get(page.url + "?kind=course")
        assert response.status_code == 200
        assert response.content.decode().count('class="events__item"') == 20

    def test_a_second_run_needs_replace_and_the_directory_takes_its_events_along(self, directory):
        generate()
        with pytest.raises(CommandError, match="--replace"):
            generate()
        generate("--replace", "--seed", "2", events=30)
        assert Event.objects.count() == 30
        call_command("generate_synthetic_directory", "--delete", stdout=io.StringIO())
        assert not Event.objects.exists() and not Occurrence.objects.exists()

    def test_without_a_synthetic_directory_it_says_what_to_do(self):
        with pytest.raises(CommandError, match="synthetic directory"):
            generate()
