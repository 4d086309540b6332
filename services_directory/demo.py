"""Demo content of the directory."""

from .demo_pages import load_pages


def load(*, log) -> None:
    """The directory's sample records (provided on the ``directory`` branch)."""


def finish(*, log) -> None:
    load_pages(log=log)
