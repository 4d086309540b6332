"""Settings of the browser tests' server: the test settings, plus what only a real server needs.

Emails are written to files (the tests read them from another process); the care form accepts
instant submissions (a browser fills it faster than a person) and as many as the tests send; the
URLs add a page that fails, to show the 500 page.
"""

import os
from pathlib import Path

from portal.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.browser.urls"
MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
CARE_REQUEST_MIN_FILL_SECONDS = 0
CARE_REQUEST_RATE_LIMIT = 1000  # every test's browser posts from 127.0.0.1
