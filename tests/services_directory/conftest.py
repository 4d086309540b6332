import pytest
from django.conf import settings

from demo.toolkit import T, translate
from services_directory.models import DirectoryPage
from tests.factories.directory import (
    DirectoryPageFactory,
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    TaxonomyTermFactory,
)
from tests.factories.once import fresh, rolled_back_after
from tests.factories.pages import french_home, translated_home, translation_of

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
SLUGS = {"fr": "services", "de": "dienste", "lb": "servicer", "en": "services", "pt": "servicos"}


def quiet(message):
    pass


def directory_pages() -> dict[str, DirectoryPage]:
    """The directory page under the home page, translated into the other languages."""
    page = DirectoryPageFactory(parent=french_home())
    pages = {"fr": page}
    for language in LANGUAGES[1:]:
        translated_home(language)
        pages[language] = translation_of(page, language, title=f"Directory {language}", slug=SLUGS[language])
    return pages


@pytest.fixture(scope="class")
def _directory_pages(django_db_setup, django_db_blocker):
    with rolled_back_after(django_db_blocker):
        yield directory_pages()


@pytest.fixture
def directory(db, _directory_pages):
    """The directory page in every language: {language: DirectoryPage}, built once per class."""
    return fresh(_directory_pages)


def web_cafe_in_schifflange(**extra):
    """A French web café in Schifflange, translated into the other languages."""
    organization = OrganizationFactory(name="CIGL Schifflange", description="Centre local.")
    translate(
        organization,
        {
            "name": T(
                "CIGL Schifflange", "CIGL Schifflingen", "CIGL Schëffleng", "CIGL Schifflange", "CIGL Schifflange"
            ),
            "description": T("Centre local.", "Lokales Zentrum.", "Lokalen Zenter.", "Local centre.", "Centro local."),
        },
        log=quiet,
    )
    web_cafe = TaxonomyTermFactory(code="web-cafe", name="Web café")
    service = ServiceFactory(
        organization=organization,
        name="Web café Schifflange",
        description="Aide pour utiliser un ordinateur.",
        categories=[web_cafe],
        service_areas=["schifflange"],
        languages=["lb", "pt"],
        locations=[LocationFactory(name="Maison des jeunes", address_1="12 rue de la Gare")],
        hours=[(0, "09:00", "12:00"), (0, "14:00", "17:30"), (2, "14:00", "18:00")],
        phones=["+352 26 54 32 10"],
        is_free=True,
        **extra,
    )
    service.save_revision().publish()
    translate(
        service,
        {
            "name": T(
                "Web café Schifflange",
                "Webcafé Schifflingen",
                "Webcafé Schëffleng",
                "Web café Schifflange",
                "Web café Schifflange",
            ),
            "description": T(
                "Aide pour utiliser un ordinateur.",
                "Hilfe am Computer.",
                "Hëllef mam Computer.",
                "Computer help.",
                "Ajuda com o computador.",
            ),
        },
        log=quiet,
    )
    return service


@pytest.fixture(scope="class")
def _web_cafe(_directory_pages):
    """``web_cafe_in_schifflange`` for classes whose every test visits it, in the class's transaction."""
    return web_cafe_in_schifflange()


@pytest.fixture
def web_cafe(db, _web_cafe):
    return fresh(_web_cafe)
