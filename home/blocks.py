"""StreamField blocks shared by every content page of the portal.

Each block renders through its own template in ``portal/templates/components/blocks/``.
Domain blocks (the guide's checklist, for instance) live in their app's ``blocks.py``.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.whitelist import Whitelister, allow_without_attributes, attribute_rule, check_url

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class RichTextFeaturesWhitelister(Whitelister):
    """The elements RICH_TEXT_FEATURES produce, in Wagtail's database format; nothing else is kept.

    The editor only produces these, but rich text also arrives through translations, imports and
    crafted requests (CVE-2021-29434): scripts, event handlers and ``javascript:`` links go.
    """

    element_rules = {
        "[document]": allow_without_attributes,
        "a": attribute_rule({"href": check_url, "linktype": True, "id": True}),
        **dict.fromkeys(("p", "br", "b", "strong", "i", "em", "ol", "ul", "li", "h3", "h4"), allow_without_attributes),
    }


def field_error(field: str, message: str) -> blocks.StructBlockValidationError:
    """A validation error shown next to one field of a StructBlock."""
    return blocks.StructBlockValidationError(block_errors={field: ErrorList([ValidationError(message)])})


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    def get_prep_value(self, value):
        return RichTextFeaturesWhitelister().clean(super().get_prep_value(value))

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "components/blocks/paragraph.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Leave empty only for a decorative image."),
    )
    decorative = blocks.BooleanBlock(label=_("Decorative only"), required=False)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not value.get("alt_text"):
            raise field_error("alt_text", _("Describe the image, or mark it as decorative."))
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise field_error("page", _("Choose a page or enter an address, not both."))
        return value


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = ParagraphBlock(label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "components/blocks/accordion.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A document with the link's text in the page's language (translated with the page)."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=250,
        help_text=_("The document's name as readers of this page see it. Leave empty to show its title."),
    )


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Documents")
        template = "components/blocks/document_list.html"


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    role = blocks.CharBlock(label=_("Role or service"), required=False, max_length=200)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=40)
    email = blocks.EmailBlock(label=_("Email"), required=False)
    address = blocks.TextBlock(label=_("Address"), required=False)
    hours = blocks.CharBlock(label=_("Opening hours"), required=False, max_length=200)

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "components/blocks/contact_card.html"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("phone") or value.get("email") or value.get("address")):
            raise field_error("phone", _("Give at least a phone number, an email or an address."))
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    documents = DocumentListBlock()
    contact = ContactCardBlock()
    quote = QuoteBlock()
