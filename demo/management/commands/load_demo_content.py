import importlib

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Build the demo site in French with its German, Luxembourgish, English and Portuguese translations. "
        "Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        # demo.<app label> holds an installed app's demo content; apps load in INSTALLED_APPS order.
        modules = []
        for app_config in apps.get_app_configs():
            try:
                module = importlib.import_module(f"demo.{app_config.label}")
            except ModuleNotFoundError as exc:
                if exc.name != f"demo.{app_config.label}":
                    raise
                continue
            modules.append((app_config, module))
        for app_config, demo in modules:
            self.stdout.write(f"Demo content: {app_config.verbose_name}")
            demo.load(log=self.stdout.write)
        # A second pass for content that points at what other apps created (the home page's entry points).
        for _app_config, demo in modules:
            if hasattr(demo, "finish"):
                demo.finish(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
