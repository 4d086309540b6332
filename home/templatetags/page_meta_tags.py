"""What every public page says about itself: its description for search engines and when it last changed."""

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator

register = template.Library()

DESCRIPTION_LENGTH = 160
DESCRIPTION_FIELDS = ("search_description", "intro", "summary")


def page_description(page) -> str:
    """The editors' search description, else the page's introduction (or summary), else its first paragraph."""
    text = ""
    for field in DESCRIPTION_FIELDS:
        text = getattr(page, field, "") or ""
        if text.strip():
            break
    else:
        for block in getattr(page, "body", None) or ():
            if block.block_type == "paragraph":
                text = strip_tags(str(block.value))
                break
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


@register.inclusion_tag("components/meta_description.html", takes_context=True)
def meta_description(context):
    """Views that serve something else than the page itself (a directory record) put ``meta_description``
    in their context."""
    text = context.get("meta_description")
    if text is None:
        page = context.get("page")
        text = page_description(page) if page is not None else ""
    return {"description": Truncator(" ".join(str(text).split())).chars(DESCRIPTION_LENGTH)}
