"""The production settings plus the demo app, to seed a throwaway database as production would run it.

``make bench`` and the CI's backup drill load the demo and synthetic content with these settings,
then serve or back up the database with ``portal.settings.production``. Never for a real site.
"""

from portal.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
