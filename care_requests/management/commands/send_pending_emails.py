from django.core.management.base import BaseCommand

from care_requests.notifications import outbox_send_pending


class Command(BaseCommand):
    help = "Send the care requests' emails still waiting in the outbox (run every few minutes)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--ignore-schedule", action="store_true", help="Try every waiting email now, not only those due."
        )

    def handle(self, *args, ignore_schedule=False, **options):
        run = outbox_send_pending(ignore_schedule=ignore_schedule)
        self.stdout.write(
            f"Sent {run.sent} email(s), {run.failed} not accepted by the mail server; "
            f"{run.waiting} still waiting, {run.gave_up} given up."
        )
        if run.server_unreachable:
            self.stdout.write("The mail server did not answer: stopped early, the next run tries again.")
