import threading
from datetime import date, datetime

import pytest
from django.db import connection, transaction
from django.utils import timezone

from care_requests.models import CareRequest
from care_requests.selectors import overdue_cutoff
from care_requests.services import reference_allocate, requester_language


class OverdueTests:
    def test_weekend_and_christmas_do_not_count(self):
        cutoff = overdue_cutoff(date(2026, 12, 28), 2)
        assert timezone.localtime(cutoff).date() == date(2026, 12, 23)

    def test_plain_week(self):
        cutoff = overdue_cutoff(date(2026, 11, 19), 2)
        assert cutoff == timezone.make_aware(datetime(2026, 11, 17))


class RequesterLanguageTests:
    @pytest.mark.parametrize(
        ("contact", "form", "expected"), [("lb", "fr", "lb"), ("pt", "de", "pt"), ("other", "en", "en")]
    )
    def test_contact_language_when_the_site_speaks_it(self, contact, form, expected):
        assert requester_language(CareRequest(contact_language=contact, language=form)) == expected


@pytest.mark.django_db(transaction=True, available_apps=["care_requests"])
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
class ConcurrentReferenceTests:
    def test_parallel_submissions_get_distinct_sequential_numbers(self):
        references, errors = [], []

        def allocate():
            try:
                with transaction.atomic():
                    references.append(reference_allocate(year=2026))
            except Exception as error:  # noqa: BLE001
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=allocate) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert sorted(references) == [f"CR-2026-{n:06d}" for n in range(1, 9)]
