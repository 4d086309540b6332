from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.two_factor.devices import second_factor_reset


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and backup codes (lost phone); they set up a new one when they next sign in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get(**{user_model.USERNAME_FIELD: username})
        except user_model.DoesNotExist as exc:
            raise CommandError(f"No user named {username!r}.") from exc
        removed = second_factor_reset(user=user)
        self.stdout.write(f"Removed {removed} two-factor device(s) of {username}.")
