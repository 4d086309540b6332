from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page
from wagtail.search import index

from home.blocks import CallToActionBlock, ContentStreamBlock
from home.models.easy_read import EasyReadMixin
from home.sitemaps import TranslatedSitemapMixin
from portal.caching import NAVIGATION, cached

NEWS_PER_PAGE = 10


class HomePage(TranslatedSitemapMixin, EasyReadMixin, Page):
    """The home page of one language: entry points for the portal's main tasks, then the latest news."""

    intro = models.TextField(_("introduction"), blank=True)
    entry_points = StreamField(
        [("entry_point", CallToActionBlock())],
        verbose_name=_("entry points"),
        blank=True,
        max_num=6,
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("easy_read"),
        FieldPanel("entry_points"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.live().public().filter(locale=self.locale).order_by("-date", "-pk")[:3]
        )
        if getattr(request, "is_preview", False):  # an editor's unsaved changes: never from the cache
            context.update(self._links(request))
        else:
            context.update(cached(f"home-links:{self.pk}", lambda: self._links(request), depends_on=[NAVIGATION]))
        context["translation_missing"] = request.GET.get("translation") == "missing"
        return context

    def _links(self, request) -> dict:
        """The entry-point cards, each linking to its page in this home page's language (or the page
        itself where it has no live translation), and the news index. Kept in the cache until the
        next publish: the lb, de and en home pages otherwise ask for each card's translation."""
        targets = [block.value.get("page") for block in self.entry_points]
        translations = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                translation_key__in=[target.translation_key for target in targets if target], locale_id=self.locale_id
            )
        }
        cards = []
        for block, target in zip(self.entry_points, targets, strict=True):
            value = block.value
            if target is not None:
                shown_page = translations.get(target.translation_key) or target
                url = shown_page.get_url(request) if shown_page.live else None
            else:
                url = value.get("url")
            if not url:  # its page was unpublished or deleted: no card leading to "page not found"
                continue
            shown = {name: value.get(name) for name in ("title", "text", "link_label")}
            cards.append({**shown, "url": url})
        news_index = NewsIndexPage.objects.live().public().filter(locale_id=self.locale_id).first()
        return {"entry_cards": cards, "news_index_url": news_index.get_url(request) if news_index else None}


class StandardPage(TranslatedSitemapMixin, EasyReadMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("easy_read"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(TranslatedSitemapMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        paginator = Paginator(news, NEWS_PER_PAGE)
        try:
            context["news_page"] = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            context["news_page"] = paginator.page(1)
        return context


class NewsPage(TranslatedSitemapMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"))
    image = StreamField(
        [("image", ImageBlock())],
        verbose_name=_("image"),
        blank=True,
        max_num=1,
        help_text=_("The image and its alternative text, which is translated with the page."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")

    @property
    def illustration(self):
        """The image, its ``contextual_alt_text`` in this page's language (empty when decorative); None if none."""
        return next((block.value for block in self.image if block.value), None)
