"""Deployment checks of the portal's own (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.caches, deploy=True)
def redis_in_production(app_configs, **kwargs):
    if settings.REDIS_URL:
        return []
    return [
        Error(
            "REDIS_URL is not set, so each gunicorn worker would have its own cache.",
            hint="Set REDIS_URL: page cache purges and login throttling must reach every worker.",
            id="portal.E001",
        )
    ]
