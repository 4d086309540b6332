from django import template

from care_requests.spam import started_token

register = template.Library()


@register.inclusion_tag("feedback/form.html")
def page_feedback_form(page):
    """“Was this page useful?” for a live page of the site; nothing for anything else."""
    if page is None or not getattr(page, "pk", None) or not getattr(page, "live", False):
        return {"page_id": None}
    return {"page_id": page.pk, "started": started_token()}
