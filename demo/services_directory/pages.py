"""The directory's page in every language, under each language's home page."""

from __future__ import annotations

from demo.easy_read import with_easy_read, write_easy_read
from demo.toolkit import T, ensure_child_page, translate
from home.models import HomePage
from services_directory.models import DirectoryPage

DIRECTORY_PAGE = {
    "slug": T(fr="services", de="dienste", lb="servicer", en="services", pt="servicos"),
    "title": T(
        fr="Trouver un service près de chez vous",
        de="Einen Dienst in Ihrer Nähe finden",
        lb="E Service bei Iech an der Géigend fannen",
        en="Find a service near you",
        pt="Encontrar um serviço perto de si",
    ),
    "intro": T(
        fr="Aide à domicile, web cafés, équipes pour l'environnement : cherchez par commune, "
        "par type de service ou par langue parlée.",
        de="Hilfe zu Hause, Webcafés, Umweltteams: Suchen Sie nach Gemeinde, "
        "Art des Dienstes oder gesprochener Sprache.",
        lb="Hëllef doheem, Webcaféen, Ëmweltequippen: Sicht no Gemeng, Zort vu Service oder geschwatener Sprooch.",
        en="Help at home, web cafés, environmental teams: search by commune, type of service or language spoken.",
        pt="Ajuda em casa, web cafés, equipas do ambiente: pesquise por comuna, tipo de serviço ou língua falada.",
    ),
}


def load_pages(*, log) -> None:
    home = HomePage.objects.get(locale__language_code="fr", depth=2)
    page, _created = ensure_child_page(
        home,
        DirectoryPage(
            title=DIRECTORY_PAGE["title"].fr,
            slug=DIRECTORY_PAGE["slug"].fr,
            intro=DIRECTORY_PAGE["intro"].fr,
            show_in_menus=True,
        ),
        log=log,
    )
    data = with_easy_read("directory", DIRECTORY_PAGE)
    write_easy_read(page, data, log=log)
    translate(page, data, log=log)
