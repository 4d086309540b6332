"""The table and the goals of `make bench` (issue 7), from the rows that ``run.py`` measured.

Each row is a dict: name, path, kind, mode, connections, rps, p50_ms, p95_ms, p99_ms, non2xx, errors, and
for uncached pages ``queries``. Every throughput is shown as a share of the floor's at the same
number of connections (the mean of the floor's first and last measurements).
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.targets import DIRECTORY_SEARCH, EVENTS_COMMUNE_KIND, EVENTS_LANGUAGE_MONTH, EVENTS_SECOND_PAGE, PAGE, SEARCH

CONNECTIONS = (4, 32)
FLOOR = "Floor: bare Django view"
HEADER = [
    "page",
    "mode",
    "conn",
    "req/s",
    "% of floor",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "non-2xx",
    "errors",
    "SQL queries",
]


@dataclass(frozen=True)
class Goal:
    text: str
    applies: Callable[[dict], bool]
    figure: Callable[[dict, dict], float]  # (row, floors) -> the figure the goal is about
    passes: Callable[[float], bool]
    shown: str  # the figure's format
    higher_is_better: bool


def _share(row: dict, floors: dict) -> float:
    return 100 * row["rps"] / floors[row["connections"]]


def _queries(row: dict, floors: dict) -> float:
    return float("inf") if row.get("queries") is None else row["queries"]


def _uncached(row: dict) -> bool:
    return row["mode"] == "uncached" and row["kind"] in (PAGE, SEARCH)


GOALS = [
    Goal(
        "cached pages at 75 % of the floor or more",
        lambda r: r["mode"] == "cached",
        _share,
        lambda share: share >= 75,
        "{:.1f} %",
        higher_is_better=True,
    ),
    Goal(
        "cached pages' p99 under 100 ms at 32 connections",
        lambda r: r["mode"] == "cached" and r["connections"] == 32,
        lambda r, floors: r["p99_ms"],
        lambda ms: ms < 100,
        "{:.1f} ms",
        higher_is_better=False,
    ),
    Goal(
        "uncached pages at 3 % of the floor or more",
        _uncached,
        _share,
        lambda share: share >= 3,
        "{:.1f} %",
        higher_is_better=True,
    ),
    Goal(
        "uncached pages with 12 SQL queries or fewer",
        _uncached,
        _queries,
        lambda queries: queries <= 12,
        "{:.0f} queries",
        higher_is_better=False,
    ),
    Goal(
        "directory search (query + 2 filters) p95 under 150 ms at 4 connections",
        lambda r: r["name"] == DIRECTORY_SEARCH and r["connections"] == 4,
        lambda r, floors: r["p95_ms"],
        lambda ms: ms < 150,
        "{:.1f} ms",
        higher_is_better=False,
    ),
    Goal(
        "what's on with 2 filters p95 under 150 ms at 4 connections",
        lambda r: (
            r["name"] in (EVENTS_COMMUNE_KIND, EVENTS_LANGUAGE_MONTH, EVENTS_SECOND_PAGE) and r["connections"] == 4
        ),
        lambda r, floors: r["p95_ms"],
        lambda ms: ms < 150,
        "{:.1f} ms",
        higher_is_better=False,
    ),
    Goal(
        "no non-2xx response, socket error or timeout",
        lambda r: True,
        lambda r, floors: r["non2xx"] + r["errors"],
        lambda count: count == 0,
        "{:.0f}",
        higher_is_better=False,
    ),
]


def floor_rps(rows: list[dict]) -> dict[int, float]:
    floors = {}
    for connections in CONNECTIONS:
        values = [r["rps"] for r in rows if r["name"].startswith(FLOOR) and r["connections"] == connections]
        floors[connections] = sum(values) / len(values)
    return floors


def table(rows: list[dict]) -> list[list[str]]:
    floors = floor_rps(rows)
    lines = [HEADER]
    for row in rows:
        queries = row.get("queries", "")
        lines.append(
            [
                row["name"],
                row["mode"],
                str(row["connections"]),
                f"{row['rps']:.0f}",
                f"{_share(row, floors):.1f}",
                f"{row['p50_ms']:.1f}",
                f"{row['p95_ms']:.1f}",
                f"{row['p99_ms']:.1f}",
                str(row["non2xx"]),
                str(row["errors"]),
                "failed" if queries is None else str(queries),
            ]
        )
    return lines


def verdicts(rows: list[dict]) -> list[tuple[str, str, str, str]]:
    """(goal, "met"/"MISSED"/"not measured", the worst figure, its row) for each goal."""
    floors = floor_rps(rows)
    results = []
    for goal in GOALS:
        applicable = [row for row in rows if goal.applies(row)]
        if not applicable:
            results.append((goal.text, "not measured", "", ""))
            continue
        worst = (min if goal.higher_is_better else max)(applicable, key=lambda row: goal.figure(row, floors))
        value = goal.figure(worst, floors)
        shown = "failed" if value == float("inf") else goal.shown.format(value)
        where = f"{worst['name']}, {worst['mode']}, {worst['connections']} connections"
        results.append((goal.text, "met" if goal.passes(value) else "MISSED", shown, where))
    return results


def drift(rows: list[dict]) -> str:
    parts = []
    for connections in CONNECTIONS:
        first, last = (r["rps"] for r in rows if r["name"].startswith(FLOOR) and r["connections"] == connections)
        parts.append(f"{first:.0f} -> {last:.0f} req/s at {connections} connections")
    return "floor first -> last: " + ", ".join(parts)


def print_report(rows: list[dict], heading: str) -> None:
    lines = table(rows)
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    print(f"\n{heading}\n")
    for number, line in enumerate(lines):
        cells = [
            cell.ljust(width) if i < 2 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        print("  ".join(cells))
        if number == 0:
            print("-" * len("  ".join(cells)))
    print()
    for goal, verdict, worst, where in verdicts(rows):
        print(f"{verdict:>12}  {goal}" + (f": worst {worst} ({where})" if where else ""))


def write_markdown(rows: list[dict], heading: str, path: Path, notes: list[str] = ()) -> None:
    lines = table(rows)
    text = [heading, "", "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    text += ["| " + " | ".join(line) + " |" for line in lines[1:]]
    text += ["", "| goal | verdict | worst | where |", "|---|---|---|---|"]
    text += [f"| {goal} | {verdict} | {worst} | {where} |" for goal, verdict, worst, where in verdicts(rows)]
    if notes:
        text += ["", "```", *notes, "```"]
    path.write_text("\n".join(text) + "\n")
