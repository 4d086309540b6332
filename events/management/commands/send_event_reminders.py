from django.core.management.base import BaseCommand

from events.reminders import reminders_send


class Command(BaseCommand):
    help = (
        "Email every confirmed sign-up a reminder of its sessions starting tomorrow (Luxembourg date). "
        "Run daily; each sign-up is reminded once per session, however often it runs."
    )

    def handle(self, *args, **options):
        sent = reminders_send()
        self.stdout.write(f"Queued {sent} reminder(s) for tomorrow's sessions.")
