"""What the synthetic generators share: the batch size of bulk writes, and fresh planner statistics."""

from __future__ import annotations

from django.db import connection, transaction

BATCH = 1000


def chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def planner_statistics_refresh() -> None:
    """Give the query planner the new table sizes (SQLite keeps none until asked).

    Without them SQLite joins the search index the wrong way round and runs the full-text match
    once per indexed service: a directory search then takes seconds instead of milliseconds.
    Run once the rows are committed: statistics outlive a rollback, and PostgreSQL would keep
    believing the tables of a rolled-back run empty (a test's, say) and plan for one row.
    """

    def analyze():
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    transaction.on_commit(analyze)
