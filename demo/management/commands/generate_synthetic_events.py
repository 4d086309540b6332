import time

from django.core.management.base import BaseCommand, CommandError

from demo.synthetic.events import synthetic_events, synthetic_events_delete, synthetic_events_generate


class Command(BaseCommand):
    help = (
        "Generate synthetic events for benchmarks (French only, live, with their sessions) for the synthetic "
        "directory's organisations and places: by default 5,000 over the next twelve months."
    )

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=5_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--replace", action="store_true", help="Delete the synthetic events there first.")
        parser.add_argument("--delete", action="store_true", help="Only delete the synthetic events.")
        parser.add_argument("--no-index", action="store_true", help="Skip the search index.")

    def handle(self, *args, **options):
        started = time.perf_counter()
        existing = synthetic_events().exists()
        if options["delete"] or (options["replace"] and existing):
            self.stdout.write(f"Deleted {synthetic_events_delete()} synthetic events.")
            if options["delete"]:
                return
        elif existing:
            raise CommandError("Synthetic events are already there: use --replace or --delete.")
        if options["events"] < 1:
            raise CommandError("--events must be at least 1.")
        try:
            events, sessions = synthetic_events_generate(
                events=options["events"], seed=options["seed"], index=not options["no_index"]
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Created {events} events with {sessions} sessions in {time.perf_counter() - started:.1f} s.")
