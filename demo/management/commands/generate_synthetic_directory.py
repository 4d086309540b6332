import time

from django.core.management.base import BaseCommand, CommandError

from demo.synthetic.directory import synthetic_directory_delete, synthetic_directory_generate
from services_directory.models import DataOrigin, Service


class Command(BaseCommand):
    help = (
        "Generate a synthetic directory for benchmarks (French only, marked synthetic): by default 10,000 "
        "services, 3,000 organisations and 12,000 places over the 100 communes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=10_000)
        parser.add_argument("--organizations", type=int, default=3_000)
        parser.add_argument("--locations", type=int, default=12_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--replace", action="store_true", help="Delete the synthetic records there first.")
        parser.add_argument("--delete", action="store_true", help="Only delete the synthetic records.")
        parser.add_argument("--no-index", action="store_true", help="Skip the search index.")

    def handle(self, *args, **options):
        started = time.perf_counter()
        existing = Service.objects.filter(data_origin=DataOrigin.SYNTHETIC).exists()
        if options["delete"] or (options["replace"] and existing):
            self.stdout.write(f"Deleted {synthetic_directory_delete()} synthetic services.")
            if options["delete"]:
                return
        elif existing:
            raise CommandError("A synthetic directory is already there: use --replace or --delete.")
        if min(options["services"], options["organizations"], options["locations"]) < 1:
            raise CommandError("--services, --organizations and --locations must be at least 1.")
        counts = synthetic_directory_generate(
            organizations=options["organizations"],
            locations=options["locations"],
            services=options["services"],
            seed=options["seed"],
            index=not options["no_index"],
        )
        self.stdout.write(
            f"Created {counts.services} services, {counts.organizations} organisations and {counts.locations} "
            f"places in {time.perf_counter() - started:.1f} s."
        )
