"""Settings shared by every environment.

Production-safe by default: DEBUG is off and every secret or address comes from the environment
(see the README for the full list and defaults). dev.py and test.py relax what they must.
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from portal.env import env_bool, env_int, env_list, env_str
from site_search.config import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", default=False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "home",
    "geography",
    "services_directory",
    "pci_guide",
    "care_requests",
    "feedback",
    "events",
    "site_search",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a cached anonymous page is answered before anything else runs (portal/page_cache.py).
    "portal.middleware.cache.PageCacheMiddleware",
    # A PostgreSQL server that stops answering ends in the 503 page, not a gunicorn timeout.
    "portal.middleware.reliability.DatabaseWatchdogMiddleware",
    "portal.middleware.security.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.locale.LocaleMiddleware",
    "portal.middleware.reliability.DatabaseUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.locale.AdminLanguageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.middleware.sessions.AbsoluteSessionTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.middleware.two_factor.AdminTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: SQLite file by default, anything dj-database-url understands otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable server fails fast (503 page) instead of holding a worker until gunicorn kills it.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int("DATABASE_CONNECT_TIMEOUT", 5)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write transactions take the database lock when they begin, so that counting places and then
    # signing up (events.services) is never interleaved with another sign-up.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("transaction_mode", "IMMEDIATE")
# A hung query ends after this long in a web request (503 page); 0 for no limit. Only the WSGI
# application applies it (portal/wsgi.py), so that migrations, backups, imports and the task worker
# run as long as they need.
DATABASE_STATEMENT_TIMEOUT_MS = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, process memory otherwise (`check --deploy` fails without it:
# portal.checks). A Redis outage never takes the site down: calls fail fast, then are skipped for a
# cool-down (portal.redis_client), and the cache reads as empty meanwhile.
REDIS_URL = env_str("REDIS_URL", "")
REDIS_CONNECT_TIMEOUT_MS = env_int("REDIS_CONNECT_TIMEOUT_MS", 250)
REDIS_TIMEOUT_MS = env_int("REDIS_TIMEOUT_MS", 250)
REDIS_COOLDOWN_SECONDS = env_int("REDIS_COOLDOWN_SECONDS", 5)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "portal.redis_client.CircuitBreakerClient",
                "SOCKET_CONNECT_TIMEOUT": REDIS_CONNECT_TIMEOUT_MS / 1000,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT_MS / 1000,
                "COOLDOWN_SECONDS": REDIS_COOLDOWN_SECONDS,
                "IGNORE_EXCEPTIONS": True,
            },
            "KEY_PREFIX": "portal",
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    # The client logs an outage once when it starts and once when it ends, rather than every call.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    # Room for the pages, the directory's cards and reference lists of a small site (Django's default
    # of 300 entries would drop them, the page cache's generation included, after a few searches).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 3000}}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the default; every public URL carries its language prefix.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("lb", "Lëtzebuergesch"),
    ("en", "English"),
    ("pt", "Português"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Luxembourg"
LANGUAGE_COOKIE_NAME = "portal_language"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A requested translation starts as a draft (never live in the source language); the translator submits
# it for moderation and a moderator publishes it (home/translation_workflow.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "collected_static"
# Front-end packages come from npm (package.json, installed by `make install`), never from a CDN.
STATICFILES_DIRS = [BASE_DIR / "static", ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist")]
MEDIA_URL = "/media/"
# Serve uploads from Django itself: only for a single server without a web server in front.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=False)
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads in an S3-compatible bucket (AWS, MinIO, Ceph, Scaleway…) when a bucket is named. The keys
# come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by django-storages from the environment.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL", "") or None
AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME", "") or None
AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN", "") or None
AWS_S3_ADDRESSING_STYLE = env_str("AWS_S3_ADDRESSING_STYLE", "") or None
AWS_LOCATION = env_str("AWS_LOCATION", "")
# Signed, expiring URLs for a private bucket; turn off for a public bucket or a CDN (AWS_S3_CUSTOM_DOMAIN).
AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", default=True)
AWS_DEFAULT_ACL = None
AWS_S3_FILE_OVERWRITE = False
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}

# Email.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (Wagtail's task framework). Immediate unless a queue is configured; production.py
# defaults to the database queue of django-tasks-db, worked by `manage.py db_worker`, one worker per
# queue (docs/deployment.md) so that a hanging mail server never holds up the others. "default" has
# Wagtail's own tasks and search indexing (modelsearch queues there, with no setting to change it).
TASK_QUEUES = ["default", "mail", "renditions"]
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
        "QUEUES": TASK_QUEUES,
    }
}

# Map tiles: any XYZ tile server; pages work without tiles (and without JavaScript).
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str("MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors")
# Directions to a service's place: a URL with {lat} and {lon} (where to go; the visitor's map asks where from).
MAP_DIRECTIONS_URL = env_str("MAP_DIRECTIONS_URL", "https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}")

# Search: the database backend unless an Elasticsearch/OpenSearch cluster is named (site_search/).
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL", "")
ELASTICSEARCH_TIMEOUT = env_int("ELASTICSEARCH_TIMEOUT", 3)
WAGTAILSEARCH_BACKENDS = search_backends(elasticsearch_url=ELASTICSEARCH_URL, timeout=ELASTICSEARCH_TIMEOUT)

# Wagtail.
WAGTAIL_SITE_NAME = "Portail CIG & PCI"
# Slugs made from titles are plain ASCII ("Aide à domicile" -> aide-a-domicile), never percent-encoded in links.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.PortalImage"
WAGTAILDOCS_DOCUMENT_MODEL = "home.PortalDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "csv", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.image_form.PortalImageForm"

# Django REST framework, under the admin's APIs: wagtail-localize's snippet API answers only those who may
# see the snippet model (portal/api_permissions.py).
REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["portal.api_permissions.SnippetAPIPermission"]}
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILSEARCH_HITS_MAX_AGE = 30
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security: safe defaults everywhere; production.py adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views set SAMEORIGIN for themselves
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# --- Production layer (issue 7): headers, sessions, login throttling, page cache. ---
# Content-Security-Policy and Permissions-Policy: portal.middleware.security.
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_SECONDS", 60 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_ABSOLUTE_AGE = env_int("SESSION_ABSOLUTE_SECONDS", 10 * 60 * 60)
# The reverse proxies whose X-Forwarded-For is believed (addresses or networks): portal.client_address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")
# Login throttling (portal.login_throttle), counted in the database over LOGIN_LOCKOUT_SECONDS:
# failures per address and username, per address (password spraying), and a growing wait per username.
WAGTAILADMIN_USER_LOGIN_FORM = "portal.forms.ThrottledLoginForm"
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_ADDRESS_FAILURE_LIMIT = env_int("LOGIN_ADDRESS_FAILURE_LIMIT", 20)
LOGIN_USERNAME_MAX_DELAY_SECONDS = env_int("LOGIN_USERNAME_MAX_DELAY_SECONDS", 60)
LOGIN_LOCKOUT_SECONDS = env_int("LOGIN_LOCKOUT_SECONDS", 15 * 60)
# Two-factor login for the admin (portal.two_factor): an authenticator app (TOTP) and backup codes.
# Required of every admin user unless turned off (dev and test turn it off); a user who has set it up
# is always asked for a code.
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", default=True)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# The admin fetches nothing from other origins (the CSP forbids it anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Every document is downloaded, never displayed by the browser in the site's origin.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# A CDN or Varnish in front: pages it may keep (s-maxage), and where to send purges on publish
# (wagtail.contrib.frontend_cache; see docs/architecture.md). Empty: no frontend cache.
FRONTEND_CACHE_SECONDS = env_int("FRONTEND_CACHE_SECONDS", 0)
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL", "")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
# --- End of the production layer. ---

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint (the demo's PDFs) logs each step of every document it writes.
        "weasyprint.progress": {"level": "WARNING"},
    },
}

# The content languages' names in the visitor's language ("allemand" on a French page), shared by
# models and templates; the language switcher names each language in itself (``LANGUAGES``).
# These are the same messages as the directory's spoken languages.
LANGUAGE_LABELS = {
    "fr": _("French"),
    "de": _("German"),
    "lb": _("Luxembourgish"),
    "en": _("English"),
    "pt": _("Portuguese"),
}

# Care requests (care_requests app): see care_requests/README.md.
HELPDESK_EMAIL = env_str("HELPDESK_EMAIL", "helpdesk@localhost")
CARE_REQUEST_OVERDUE_WORKING_DAYS = env_int("CARE_REQUEST_OVERDUE_WORKING_DAYS", 2)
CARE_REQUEST_RETENTION_DAYS = env_int("CARE_REQUEST_RETENTION_DAYS", 365)
FORM_SUBMISSION_RETENTION_DAYS = env_int("FORM_SUBMISSION_RETENTION_DAYS", 365)
EVENT_SIGNUP_RETENTION_DAYS = env_int("EVENT_SIGNUP_RETENTION_DAYS", 90)
CARE_REQUEST_MIN_FILL_SECONDS = env_int("CARE_REQUEST_MIN_FILL_SECONDS", 4)
CARE_REQUEST_RATE_LIMIT = env_int("CARE_REQUEST_RATE_LIMIT", 20)
CARE_REQUEST_RATE_WINDOW_SECONDS = env_int("CARE_REQUEST_RATE_WINDOW_SECONDS", 3600)
CARE_REQUEST_EMAIL_MAX_ATTEMPTS = env_int("CARE_REQUEST_EMAIL_MAX_ATTEMPTS", 12)
# How long an email being sent is left to its sender; longer than EMAIL_TIMEOUT, so that a worker
# killed while sending delays the email by this much and never has it sent twice by a live one.
CARE_REQUEST_EMAIL_LEASE_SECONDS = env_int("CARE_REQUEST_EMAIL_LEASE_SECONDS", 300)
