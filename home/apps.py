from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Pages"

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from home.models import PortalImage

        post_save.connect(_image_saved, sender=PortalImage, dispatch_uid="home_image_renditions")
        post_migrate.connect(_migrated, sender=self, dispatch_uid="home_content_locales")


def _image_saved(sender, instance, **kwargs) -> None:
    from home.renditions import image_renditions_schedule

    image_renditions_schedule(image=instance)


def _migrated(sender, using, apps=None, plan=None, **kwargs) -> None:
    """After ``migrate``: a locale for every content language in the settings."""
    from home.locales import content_locales_create

    if apps is not None and "wagtailcore" in apps.app_configs:
        content_locales_create(using=using, apps=apps)
