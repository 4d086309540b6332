from home.models.easy_read import EasyReadMixin
from home.models.media import PortalDocument, PortalImage, PortalRendition
from home.models.pages import HomePage, NewsIndexPage, NewsPage, StandardPage
from home.models.settings import FooterLink, SiteSettings

__all__ = [
    "EasyReadMixin",
    "FooterLink",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "PortalDocument",
    "PortalImage",
    "PortalRendition",
    "SiteSettings",
    "StandardPage",
]
