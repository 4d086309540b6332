"""Security headers that Django's SecurityMiddleware does not set: Content-Security-Policy and Permissions-Policy.

Public pages get a strict policy: scripts and styles only from the site itself, no inline code, images
from the site, ``data:`` URIs (Leaflet's CSS), the map tile server named by ``MAP_TILE_URL`` and the
media bucket when uploads live in S3-compatible storage.

The Wagtail admin (everything under ``/admin/``) gets a relaxed policy because Wagtail itself still
writes inline ``<script>`` and ``style`` attributes in its templates and widgets (Draftail, the page
chooser, the preview panel). It still allows nothing from other origins. A response that already
carries its own policy (Wagtail's document view sets ``default-src 'none'``) keeps it.
"""

from urllib.parse import urlsplit

from django.conf import settings


def map_tile_source(tile_url: str) -> str:
    """The CSP source for an XYZ tile URL template: ``https://{s}.tile.example.org/...`` -> ``https://*.tile.example.org``."""
    parts = urlsplit(tile_url)
    if not parts.scheme or not parts.netloc:
        return ""
    host = parts.netloc
    if host.startswith("{s}."):
        host = "*." + host[len("{s}.") :]
    return f"{parts.scheme}://{host}"


def media_sources() -> list[str]:
    """CSP sources for uploads kept in an S3-compatible bucket (``AWS_STORAGE_BUCKET_NAME``), none otherwise.

    A CDN or custom domain is the only source; else the endpoint's host, with its subdomains for
    virtual-hosted bucket addresses (``https://bucket.s3.example``); else Amazon S3.
    """
    if not settings.AWS_STORAGE_BUCKET_NAME:
        return []
    if settings.AWS_S3_CUSTOM_DOMAIN:
        return [f"https://{settings.AWS_S3_CUSTOM_DOMAIN}"]
    parts = urlsplit(settings.AWS_S3_ENDPOINT_URL or "https://s3.amazonaws.com")
    host = parts.netloc if settings.AWS_S3_ENDPOINT_URL else "amazonaws.com"
    return [f"{parts.scheme}://{host}", f"{parts.scheme}://*.{host}"]


def _serialise(directives: dict[str, list[str]]) -> str:
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def public_policy() -> str:
    images = ["'self'", "data:"]
    tiles = map_tile_source(settings.MAP_TILE_URL)
    if tiles:
        images.append(tiles)
    images += media_sources()
    return _serialise(
        {
            "default-src": ["'self'"],
            "script-src": ["'self'"],
            "style-src": ["'self'"],
            "img-src": images,
            "font-src": ["'self'"],
            "connect-src": ["'self'"],
            "frame-src": ["'none'"],
            "frame-ancestors": ["'self'"],
            "form-action": ["'self'"],
            "base-uri": ["'self'"],
            "object-src": ["'none'"],
        }
    )


def admin_policy() -> str:
    return _serialise(
        {
            "default-src": ["'self'"],
            "script-src": ["'self'", "'unsafe-inline'"],
            "style-src": ["'self'", "'unsafe-inline'"],
            "img-src": ["'self'", "data:", "blob:", *media_sources()],
            "font-src": ["'self'", "data:"],
            "connect-src": ["'self'"],
            "frame-src": ["'self'"],
            "frame-ancestors": ["'self'"],
            "form-action": ["'self'"],
            "base-uri": ["'self'"],
            "object-src": ["'none'"],
        }
    )


# Nothing on the site uses these devices; geolocation stays available to the site itself for "near me".
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), accelerometer=(), gyroscope=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public = public_policy()
        self.admin = admin_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.admin if request.path.startswith("/admin/") else self.public
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
