from django.conf import settings
from django.core.management.base import BaseCommand

from care_requests.retention import care_requests_purge, form_submissions_purge


class Command(BaseCommand):
    help = (
        "Delete care requests closed more than CARE_REQUEST_RETENTION_DAYS days ago, keeping anonymous counts, "
        "and messages sent through editors' forms more than FORM_SUBMISSION_RETENTION_DAYS days ago. "
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
