"""Production: HTTPS only. Everything else is in base.py and comes from the environment."""

from portal.env import env_bool, env_int, env_str
from portal.settings.base import *  # noqa: F403

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers and process managers probe the health checks over plain HTTP, straight at gunicorn.
SECURE_REDIRECT_EXEMPT = [r"^healthz(/live|/ready)?$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# A web request's query ends after 5 s (portal/wsgi.py; management commands have no limit).
DATABASE_STATEMENT_TIMEOUT_MS = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 5000)

# Emails and Wagtail's background work wait in the database until `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"), "QUEUES": TASK_QUEUES}}  # noqa: F405
