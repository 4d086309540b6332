import contextlib
import os

os.environ.setdefault("SECRET_KEY", "dev-only-not-secret")  # noqa: S105

from portal.env import env_bool  # noqa: E402
from portal.settings.base import *  # noqa: E402,F403

DEBUG = True
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405 -- demo and synthetic content
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
PAGE_CACHE_SECONDS = 0  # templates change under the developer's feet
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", default=False)  # the local admin signs in with a password

with contextlib.suppress(ImportError):
    from portal.settings.local import *  # noqa: F403
