"""Portuguese as written in Luxembourg: Django's formats, with weeks starting on Monday (not Sunday)."""

FIRST_DAY_OF_WEEK = 1
