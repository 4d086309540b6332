from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Pages"

    def ready(self):
        from django.db.models.signals import post_save

        from home.models import PortalImage

        post_save.connect(_image_saved, sender=PortalImage, dispatch_uid="home_image_renditions")


def _image_saved(sender, instance, **kwargs) -> None:
    from home.renditions import image_renditions_schedule

    image_renditions_schedule(image=instance)
