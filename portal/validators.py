"""Validators shared by the public forms."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Control characters other than tab and line breaks, and the code points XML 1.0 cannot hold (surrogates,
# U+FFFE, U+FFFF): nobody types them, and a document made from the text (DOCX is XML) could not be written.
# NUL is left to the check every Django CharField makes.
INVISIBLE_CHARACTERS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def validate_plain_text(value: str) -> None:
    if INVISIBLE_CHARACTERS.search(value):
        raise ValidationError(
            _("This text contains invisible control characters. Type it again without them."),
            code="control_characters",
        )
