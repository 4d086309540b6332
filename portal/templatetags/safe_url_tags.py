from django import template
from wagtail.whitelist import check_url

register = template.Library()


@register.filter
def safe_url(value) -> str:
    """The address, or nothing when its scheme could run code in the visitor's browser (``javascript:``, ``data:``).

    Forms and the import only accept web addresses; this keeps a link inert whatever path the value took.
    """
    return (check_url(str(value)) or "") if value else ""
