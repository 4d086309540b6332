"""StreamField blocks for the guide's step pages.

Each section of a step (why, what to do, who, what comes out, tips, documents, sources) is a
block with a fixed, translated heading, so that every step reads the same way in every language.
Generic content (text, call to action, contact card) comes from ``home.blocks``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import CallToActionBlock, ContactCardBlock, ParagraphBlock, field_error


class PurposeBlock(blocks.StructBlock):
    text = ParagraphBlock(label=_("Why this step matters"))

    class Meta:
        icon = "help"
        label = _("Purpose")
        template = "components/blocks/guide_purpose.html"


class ChecklistBlock(blocks.StructBlock):
    """The things to do in a step; visitors can tick them, and the ticks stay in their browser."""

    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Things to do"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("What to do (checklist)")
        template = "components/blocks/guide_checklist.html"


class ParticipantBlock(blocks.StructBlock):
    who = blocks.CharBlock(label=_("Who"), max_length=200)
    role = blocks.CharBlock(label=_("Their part"), required=False, max_length=300)


class InvolvedBlock(blocks.StructBlock):
    people = blocks.ListBlock(ParticipantBlock(), label=_("People and bodies"), min_num=1)

    class Meta:
        icon = "group"
        label = _("Who is involved")
        template = "components/blocks/guide_involved.html"


class OutcomesBlock(blocks.StructBlock):
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Results"), min_num=1)

    class Meta:
        icon = "success"
        label = _("What comes out of it")
        template = "components/blocks/guide_outcomes.html"


class TipsBlock(blocks.StructBlock):
    text = ParagraphBlock(label=_("Tips"))

    class Meta:
        icon = "pick"
        label = _("Tips")
        template = "components/blocks/guide_tips.html"


class StepDocumentsBlock(blocks.StructBlock):
    documents = blocks.ListBlock(
        SnippetChooserBlock("pci_guide.GuideDocument"), label=_("Documents from the library"), min_num=1
    )

    class Meta:
        icon = "doc-full"
        label = _("Documents for this step")
        template = "components/blocks/guide_documents.html"

    def get_context(self, value, parent_context=None):
        """Each document in the visitor's language where it has a version in it (one query for all)."""
        from pci_guide.selectors import documents_in_language

        context = super().get_context(value, parent_context=parent_context)
        context["versions"] = documents_in_language([document for document in value["documents"] if document])
        return context

    def clean(self, value):
        value = super().clean(value)
        keys = [document.translation_key for document in value["documents"] if document]
        if len(keys) != len(set(keys)):
            raise field_error("documents", _("Each document can only be listed once."))
        return value


class SourceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    url = blocks.URLBlock(label=_("Address"))


class SourcesBlock(blocks.StructBlock):
    links = blocks.ListBlock(SourceLinkBlock(), label=_("Sources"), min_num=1)

    class Meta:
        icon = "link"
        label = _("Sources")
        template = "components/blocks/guide_sources.html"


class StepStreamBlock(blocks.StreamBlock):
    purpose = PurposeBlock()
    checklist = ChecklistBlock()
    involved = InvolvedBlock()
    outcomes = OutcomesBlock()
    tips = TipsBlock()
    documents = StepDocumentsBlock()
    sources = SourcesBlock()
    paragraph = ParagraphBlock()
    call_to_action = CallToActionBlock()
    contact = ContactCardBlock()
