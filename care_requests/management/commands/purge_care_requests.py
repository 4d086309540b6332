from django.conf import settings
from django.core.management.base import BaseCommand

from care_requests.retention import care_requests_purge, form_submissions_purge
from portal.personal_data import personal_data_sources


class Command(BaseCommand):
    help = (
        "Delete care requests closed more than CARE_REQUEST_RETENTION_DAYS days ago, keeping anonymous counts, "
        "and messages sent through editors' forms more than FORM_SUBMISSION_RETENTION_DAYS days ago; "
        "then the personal details other apps keep past their own retention (events' sign-ups: "
        "EVENT_SIGNUP_RETENTION_DAYS after the last session or the cancellation). "
        "Safe to run daily: a second run deletes nothing new."
    )

    def handle(self, *args, **options):
        references = care_requests_purge()
        self.stdout.write(
            f"Deleted {len(references)} request(s) closed more than {settings.CARE_REQUEST_RETENTION_DAYS} days ago."
        )
        count = form_submissions_purge()
        self.stdout.write(
            f"Deleted {count} form submission(s) sent more than {settings.FORM_SUBMISSION_RETENTION_DAYS} days ago."
        )
        for source in personal_data_sources():
            self.stdout.write(f"Erased the personal details of {source.purge()} record(s) of {source.key}.")
