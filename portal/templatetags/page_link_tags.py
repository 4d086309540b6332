"""Links to pages chosen by editors, shown only while their target is live."""

from django import template

register = template.Library()


@register.filter
def live_page(page):
    """The chosen page in the visitor's language (or itself where it has no live translation), or nothing
    when that page is unpublished or deleted, so that no button leads to a "page not found"."""
    if page is None:
        return None
    shown = page.localized
    return shown if shown.live else None
