from django import template

from home.translation_workflow import TranslationReview, translation_review

register = template.Library()


@register.simple_tag(takes_context=True)
def review_of(context, translation) -> TranslationReview | None:
    """``{% review_of translation as review %}``: the translation's moderation, as the signed-in user may act on it."""
    return translation_review(translation=translation, user=context["request"].user)
