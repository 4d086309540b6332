"""The production settings, served by `make bench` with one more URL (``bench.urls``)."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
