"""What `make bench` measures. Add a page by appending a Target here (the directory and guide later).

``targets()`` runs inside Django against the freshly seeded benchmark database, so URLs can be
looked up from the content. ``page=True`` marks Wagtail/Django pages: they are measured with the
page cache on and off; the static file and the trivial view are measured once per server.
"""

from dataclasses import dataclass

TRIVIAL = "Trivial Django view"


@dataclass(frozen=True)
class Target:
    name: str
    path: str
    page: bool = True


def targets() -> list[Target]:
    from django.templatetags.static import static

    from home.models import NewsPage

    found = [Target("Home page (fr)", "/fr/"), Target("Home page (lb)", "/lb/")]
    news = NewsPage.objects.live().public().filter(locale__language_code="fr").order_by("-date").first()
    if news is not None:
        found.append(Target("News page (fr)", news.url))
    found += [
        Target("Static file (portal.css)", static("css/portal.css"), page=False),
        Target(TRIVIAL, "/bench/trivial/", page=False),
    ]
    return found
