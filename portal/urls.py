from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from site_search import views as search_views

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("home.urls")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("api/hsds/", include("services_directory.api_urls")),
    path("healthz/live", views.liveness, name="healthz_live"),
    path("healthz/ready", views.readiness, name="healthz_ready"),
    path("healthz", views.readiness, name="healthz"),  # the readiness check's earlier address
]

if settings.DEBUG or settings.SERVE_MEDIA:
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search_page, name="site_search"),
    path(_("search/suggestions/"), search_views.suggestions, name="site_search_suggestions"),
    path("directory/", include("services_directory.urls")),
    path("pci/", include("pci_guide.urls")),
    path("help/", include("care_requests.urls")),
    path("feedback/", include("feedback.urls")),
    path("events/", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
