"""Reading the reference files in ``geography/data/``."""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class PostcodeLocality:
    postcode: str
    locality: str
    lau2_code: str


@cache
def postcode_index() -> dict[str, tuple[PostcodeLocality, ...]]:
    index: dict[str, list[PostcodeLocality]] = {}
    for row in read_rows("postcodes.csv"):
        index.setdefault(row["postcode"], []).append(PostcodeLocality(**row))
    return {postcode: tuple(rows) for postcode, rows in index.items()}
