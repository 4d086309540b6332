import os

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")  # noqa: S105

from portal.settings.base import *  # noqa: E402,F403

DEBUG = False
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405 -- demo and synthetic content
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": TASK_QUEUES}}  # noqa: F405
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WHITENOISE_USE_FINDERS = True  # the browser tests' server serves static files without collectstatic
WAGTAILADMIN_BASE_URL = "https://portal.example.lu"
# Cached pages would outlive each test's database rollback; tests of the page cache turn it on.
PAGE_CACHE_SECONDS = 0
# The admin tests sign in with a password; the two-factor tests turn it on.
ADMIN_REQUIRE_2FA = False
