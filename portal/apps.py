from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from portal import cache_registry, checks  # noqa: F401 - registers the system checks
        from portal.middleware.sessions import session_mark_signed_in

        user_logged_in.connect(session_mark_signed_in, dispatch_uid="portal_session_signed_in")
        cache_registry.connect()
