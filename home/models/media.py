"""The portal's own image and document models, swapped in from the first migration."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from portal.uploads import document_file_validate


class PortalImage(AbstractImage):
    admin_form_fields = Image.admin_form_fields


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PortalDocument(AbstractDocument):
    admin_form_fields = Document.admin_form_fields

    def clean(self):
        """Wagtail checks the extension; the content must then match it (portal.uploads)."""
        super().clean()
        if self.file:
            try:
                document_file_validate(self.file)
            except ValidationError as exc:
                raise ValidationError({"file": exc.messages}) from exc
