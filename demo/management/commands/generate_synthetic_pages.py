import time

from django.core.management.base import BaseCommand, CommandError

from demo.synthetic.pages import synthetic_pages_generate


class Command(BaseCommand):
    help = "Generate live standard pages in every language for benchmarks (2,000 per language by default)."

    def add_arguments(self, parser):
        parser.add_argument("--per-language", type=int, default=2_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--no-index", action="store_true", help="Skip the search index.")

    def handle(self, *args, **options):
        if options["per_language"] < 1:
            raise CommandError("--per-language must be at least 1.")
        started = time.perf_counter()
        count = synthetic_pages_generate(
            per_language=options["per_language"], seed=options["seed"], index=not options["no_index"]
        )
        self.stdout.write(f"Created {count} synthetic pages in {time.perf_counter() - started:.1f} s.")
