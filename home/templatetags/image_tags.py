from django import template

from home.renditions import public_rendition_find

register = template.Library()


@register.simple_tag
def public_rendition(image, spec: str):
    """``{% public_rendition image "width-960|format-webp" as img %}``: never resizes while rendering.

    ``img`` is ``None`` when there is no image (a deleted one, for instance).
    """
    return public_rendition_find(image=image, spec=spec) if image else None
