from urllib.parse import urlsplit

from django import template
from wagtail.whitelist import check_url

register = template.Library()

SAFE_SCHEMES = {"", "http", "https", "mailto", "tel"}


@register.filter
def safe_url(value) -> str:
    """The address when it is a web page, an email address, a phone number or relative, else nothing.

    Editors and translators set addresses in blocks, snippets and translation overrides; whatever path a
    value took, a link built with this filter never runs code in the visitor's browser (``javascript:``,
    ``data:``, ``vbscript:``). Wagtail's check also sees through schemes hidden by spaces or control
    characters; ``urlsplit`` then keeps only the schemes listed here.
    """
    url = str(value or "").strip()
    if not url or check_url(url) is None:
        return ""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:  # e.g. an unbalanced "[" in the host
        return ""
    return url if scheme in SAFE_SCHEMES else ""
