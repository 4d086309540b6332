from django.core.management.base import BaseCommand

from care_requests.notifications import outbox_send_pending


class Command(BaseCommand):
    help = "Send the care requests' emails still waiting in the outbox (run every few minutes)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--ignore-schedule", action="store_true", help="Try every waiting email now, not only those due."
        )

    def handle(self, *args, ignore_schedule=False, **options):
        sent, waiting = outbox_send_pending(ignore_schedule=ignore_schedule)
        self.stdout.write(f"Sent {sent} email(s); {waiting} still waiting.")
