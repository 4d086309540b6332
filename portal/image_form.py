"""The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``)."""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class ReadableImageField(WagtailImageField):
    """Wagtail's image field; a file whose first bytes name an image format that the image library then cannot
    read (a GIF header in front of a script, a truncated file) is "not a valid image", not a server error."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except (OSError, SyntaxError, ValueError) as error:  # what Pillow raises for a file it cannot decode
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class PortalImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built with each form, as Wagtail builds its own, so that it reads the upload limits of the moment.
        self.fields["file"] = ReadableImageField(label=self.fields["file"].label, required=self.fields["file"].required)
