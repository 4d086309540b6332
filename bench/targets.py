"""What `make bench` measures. Add a page by appending a Target here.

``targets()`` runs inside Django against the freshly seeded benchmark database, so URLs can be
looked up from the content. Kinds:
- ``PAGE``: a public page, measured with the page cache on and off;
- ``SEARCH``: a search, never cached (measured once, on the production server); its figures count
  towards the goals of uncached pages;
- ``ENDPOINT``: anything else worth a line (static file, trivial view, suggestions), without goals.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

PAGE, SEARCH, ENDPOINT = "page", "search", "endpoint"
TRIVIAL = "Trivial view behind the middleware"
DIRECTORY_SEARCH = "Directory search: query + 2 filters (fr)"
EVENTS_COMMUNE_KIND = "Events: what's on, commune + kind (fr)"
EVENTS_LANGUAGE_MONTH = "Events: what's on, language + this month (fr)"
EVENTS_SECOND_PAGE = "Events: what's on, commune + kind, page 2 (fr)"


@dataclass(frozen=True)
class Target:
    name: str
    path: str
    kind: str = PAGE


def targets() -> list[Target]:
    from django.templatetags.static import static

    from home.models import NewsPage

    found = [
        Target(TRIVIAL, "/bench/trivial/", ENDPOINT),
        Target("Home page (fr)", "/fr/"),
        Target("Home page (lb)", "/lb/"),
    ]
    news = NewsPage.objects.live().public().filter(locale__language_code="fr").order_by("-date").first()
    if news is not None:
        found.append(Target("News page (fr)", news.url))
    found += [*guide_targets(), *directory_targets(), *events_targets(), *site_search_targets()]
    found.append(Target("Static file (portal.css)", static("css/portal.css"), ENDPOINT))
    return found


def guide_targets() -> list[Target]:
    from pci_guide.models import GuideStepPage

    step = GuideStepPage.objects.live().filter(locale__language_code="fr", step_number=7).first()
    return [Target("Guide step 7 (fr)", step.url)] if step else []


def directory_targets() -> list[Target]:
    """A service page, and a search with a query and two filters (issue 3's figure)."""
    from services_directory.models import DirectoryPage, Service, name_slug

    page = DirectoryPage.objects.live().filter(locale__language_code="fr").first()
    if page is None:
        return []
    found = []
    service = Service.objects.filter(locale=page.locale, live=True, name__icontains="Schifflange").first()
    if service is not None:
        found.append(
            Target(
                "Service page (fr)",
                page.url + page.reverse_subpage("service", args=[service.translation_key, name_slug(service.name)]),
            )
        )
    found.append(
        Target(DIRECTORY_SEARCH, f"{page.url}?q=aide&category=community-care&commune=esch-sur-alzette", SEARCH)
    )
    return found


def events_targets() -> list[Target]:
    """The "What's on" page, and listings with two filters (issue 18's figure), never page-cached: the
    commune with the most events and courses, and sessions in Portuguese this month. The first page of
    a combination of filters keeps its rows in the cache until content is published or a session ends;
    its second page is read from the database every time, as a combination never asked before is."""
    from django.db.models import Count

    from events.models import EventIndexPage
    from geography.models import Commune

    page = EventIndexPage.objects.live().filter(locale__language_code="fr").first()
    if page is None:
        return []
    busiest = Commune.objects.annotate(n=Count("directory_locations__events")).order_by("-n", "slug").first()
    return [
        Target("Events: what's on (fr)", page.url),
        Target(EVENTS_COMMUNE_KIND, f"{page.url}?{urlencode({'place': busiest.name_fr, 'kind': 'course'})}", SEARCH),
        Target(
            EVENTS_SECOND_PAGE,
            f"{page.url}?{urlencode({'place': busiest.name_fr, 'kind': 'course', 'page': 2})}",
            SEARCH,
        ),
        Target(EVENTS_LANGUAGE_MONTH, f"{page.url}?{urlencode({'language': 'pt', 'when': 'month'})}", SEARCH),
    ]


def site_search_targets() -> list[Target]:
    """Site searches and suggestions (issue 6's figures: p95 under 150 ms and 50 ms). Never cached."""
    from django.urls import reverse
    from django.utils import translation

    found = []
    for language, query, prefix in (("fr", "aide domicile", "aide"), ("de", "Garten", "Gart")):
        with translation.override(language):
            search, suggestions = reverse("site_search"), reverse("site_search_suggestions")
        found += [
            Target(f'Site search ("{query}", {language})', f"{search}?{urlencode({'q': query})}", SEARCH),
            Target(f'Suggestions ("{prefix}", {language})', f"{suggestions}?{urlencode({'q': prefix})}", ENDPOINT),
        ]
    return found
