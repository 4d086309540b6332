"""The guide's snippets in the admin, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pci_guide.models import CommuneProgress, GuideDocument, ResolutionTemplate


class GuideDocumentViewSet(SnippetViewSet):
    model = GuideDocument
    icon = "doc-full"
    menu_label = _("Documents")
    list_display = ["title", "document_type", "locale", "date"]
    list_filter = ["document_type", "locale"]
    search_fields = ["title", "description"]


class ResolutionTemplateViewSet(SnippetViewSet):
    model = ResolutionTemplate
    icon = "doc-empty"
    menu_label = _("Council resolution text")
    list_display = ["title", "locale"]


class CommuneProgressViewSet(SnippetViewSet):
    model = CommuneProgress
    icon = "site"
    menu_label = _("Where the communes stand")
    list_display = ["commune", "status", "since", "updated_at"]
    list_filter = ["status", "commune__canton"]
    search_fields = ["commune__name_fr", "commune__name_de", "commune__name_lb"]
    ordering = ["commune__name_fr"]


class GuideSnippetGroup(SnippetViewSetGroup):
    items = (GuideDocumentViewSet, ResolutionTemplateViewSet, CommuneProgressViewSet)
    menu_icon = "list-ul"
    menu_label = _("PCI guide")
    menu_name = "pci_guide"


register_snippet(GuideSnippetGroup)
