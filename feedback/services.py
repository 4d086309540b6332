from wagtail.models import Page

from .models import PageFeedback


def page_feedback_record(*, page: Page, language: str, useful: bool, comment: str) -> PageFeedback:
    return PageFeedback.objects.create(page=page, language=language, useful=useful, comment=comment.strip())
