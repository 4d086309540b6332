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
            hint="Set REDIS_URL: page cache purges must reach every worker.",
            id="portal.E001",
        )
    ]


@register(Tags.security)
def trusted_proxies_are_addresses(app_configs, **kwargs):
    from portal.client_address import trusted_proxy_networks

    try:
        trusted_proxy_networks()
    except ValueError as error:
        return [
            Error(
                f"TRUSTED_PROXIES has an entry that is neither an address nor a network: {error}",
                hint="A comma-separated list such as 127.0.0.1,::1,10.0.0.0/24.",
                id="portal.E002",
            )
        ]
    return []
