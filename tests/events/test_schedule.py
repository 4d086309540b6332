from datetime import UTC, date, datetime

import pytest

from events.models import Event, Occurrence
from services_directory.hours import LUXEMBOURG
from tests.factories.events import EventFactory, publish_event, session, weekly


def local_times(event: Event) -> list[str]:
    return [o.starts_at.astimezone(LUXEMBOURG).strftime("%Y-%m-%d %H:%M") for o in event.occurrences.all()]


@pytest.mark.django_db
class RecurrenceTests:
    def test_a_weekly_slot_skips_a_public_holiday_and_the_excepted_dates(self):
        # Mondays in May–June 2026: Whit Monday is 25 May; 8 June is cancelled by the organiser.
        event = publish_event(
            EventFactory(schedule=[weekly(0, date(2026, 5, 18), date(2026, 6, 15), except_dates=[date(2026, 6, 8)])])
        )
        assert local_times(event) == ["2026-05-18 10:00", "2026-06-01 10:00", "2026-06-15 10:00"]

    def test_a_slot_can_keep_its_public_holidays(self):
        event = publish_event(EventFactory(schedule=[weekly(0, date(2026, 5, 18), date(2026, 5, 25), holidays=False)]))
        assert local_times(event) == ["2026-05-18 10:00", "2026-05-25 10:00"]

    def test_a_sunday_slot_stays_at_ten_across_both_daylight_saving_changes(self):
        # DST starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
        march = publish_event(EventFactory(schedule=[weekly(6, date(2026, 3, 22), date(2026, 4, 5))]))
        assert local_times(march) == ["2026-03-22 10:00", "2026-03-29 10:00", "2026-04-05 10:00"]
        assert [o.starts_at.astimezone(UTC).hour for o in march.occurrences.all()] == [9, 8, 8]
        autumn = weekly(6, date(2026, 10, 18), date(2026, 11, 1), holidays=False)  # 1 November is a holiday
        october = publish_event(EventFactory(schedule=[autumn]))
        assert local_times(october) == ["2026-10-18 10:00", "2026-10-25 10:00", "2026-11-01 10:00"]
        assert [o.starts_at.astimezone(UTC).hour for o in october.occurrences.all()] == [8, 9, 9]

    def test_a_session_in_the_night_of_the_change_keeps_its_length(self):
        event = publish_event(EventFactory(schedule=[session(date(2026, 10, 25), "01:00", "04:00")]))
        occurrence = event.occurrences.get()
        assert (occurrence.ends_at - occurrence.starts_at).total_seconds() == 4 * 3600  # 02:00–03:00 happens twice

    def test_a_series_of_sessions_in_order_without_duplicates(self):
        event = publish_event(
            EventFactory(
                schedule=[session(date(2026, 12, 17)), session(date(2026, 12, 10)), session(date(2026, 12, 17))]
            )
        )
        assert local_times(event) == ["2026-12-10 10:00", "2026-12-17 10:00"]


@pytest.mark.django_db
class MaterialisationTests:
    def test_drafts_have_no_sessions_until_published(self):
        event = EventFactory()
        event.save_revision()
        assert not Occurrence.objects.filter(event=event).exists()
        publish_event(event)
        assert event.occurrences.count() == 1

    def test_a_new_draft_leaves_the_live_sessions_alone_until_published(self):
        event = publish_event(EventFactory())
        event.schedule = [session(date(2027, 1, 7))]
        event.save_revision()
        assert local_times(event) == ["2026-12-10 10:00"]
        event.get_latest_revision().publish()
        assert local_times(event) == ["2027-01-07 10:00"]

    def test_unpublishing_or_deleting_removes_the_sessions(self):
        event = publish_event(EventFactory())
        event.unpublish()
        assert not Occurrence.objects.filter(event=event).exists()
        publish_event(event)
        pk = event.pk
        event.delete()
        assert not Occurrence.objects.filter(event_id=pk).exists()

    def test_the_sessions_are_stored_in_utc(self):
        event = publish_event(EventFactory(schedule=[session(date(2026, 7, 1), "18:00", "20:00")]))
        occurrence = event.occurrences.get()
        assert occurrence.starts_at == datetime(2026, 7, 1, 16, 0, tzinfo=UTC)
