from home.models.media import PortalDocument, PortalImage, PortalRendition
from home.models.pages import HomePage, NewsIndexPage, NewsPage, StandardPage
from home.models.settings import FooterLink, SiteSettings

__all__ = [
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
