import pytest
from wagtail.models import Locale

from demo.toolkit import T, translate
from services_directory.models import DirectoryPage
from tests.factories.directory import LocationFactory, OrganizationFactory, ServiceFactory, TaxonomyTermFactory
from tests.factories.pages import french_home, translated_home

LANGUAGES = ("fr", "de", "lb", "en")
SLUGS = {"fr": "services", "de": "dienste", "lb": "servicer", "en": "services"}


def quiet(message):
    pass


@pytest.fixture
def directory(db):
    """The directory page in the four languages: {language: DirectoryPage}."""
    page = DirectoryPage(title="Services", slug="services", intro="Trouver un service.")
    french_home().add_child(instance=page)
    page.save_revision().publish()
    pages = {"fr": page}
    for language in LANGUAGES[1:]:
        translated_home(language)
        copy = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=False)
        copy.title = f"Directory {language}"
        copy.slug = SLUGS[language]
        copy.save_revision().publish()
        pages[language] = DirectoryPage.objects.get(pk=copy.pk)
    return pages


def web_cafe_in_schifflange(**extra):
    """A French web café in Schifflange, translated into German and Luxembourgish."""
    organization = OrganizationFactory(name="CIGL Schifflange", description="Centre local.")
    translate(
        organization,
        {
            "name": T("CIGL Schifflange", "CIGL Schifflingen", "CIGL Schëffleng", "CIGL Schifflange"),
            "description": T("Centre local.", "Lokales Zentrum.", "Lokalen Zenter.", "Local centre."),
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
            "name": T("Web café Schifflange", "Webcafé Schifflingen", "Webcafé Schëffleng", "Web café Schifflange"),
            "description": T(
                "Aide pour utiliser un ordinateur.", "Hilfe am Computer.", "Hëllef mam Computer.", "Computer help."
            ),
        },
        log=quiet,
    )
    return service
