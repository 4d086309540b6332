"""The home app's demo content, in French with German, Luxembourgish, English and Portuguese translations.

``load`` builds the French pages under the French home page: the CIG network, living together in
the municipality, the news, and the accessibility, privacy and legal pages linked from the footer.
``finish`` runs once every app has built its pages: it points the home page's entry points at the
directory, the care request form and the PCI guide (those that exist), then translates the home
page and every page built here through wagtail-localize. The home page is translated last among
the French changes because its entry points are only final then; a later run that finds new
entry points updates the translations from the French page.
"""

from django.apps import apps
from wagtail.models import Page, Site

from demo.easy_read import with_easy_read, write_easy_read
from demo.home import integration, legal, media, network, news
from demo.toolkit import SOURCE_LANGUAGE, Log, T, ensure_child_page, localise, translate, translate_or_update
from home.models import FooterLink, HomePage, NewsIndexPage, NewsPage, SiteSettings, StandardPage

HOME = {
    "title": T(fr="Accueil", de="Startseite", lb="Haaptsäit", en="Home", pt="Início"),
    "slug": T(fr="accueil", de="startseite", lb="haaptsaeit", en="home", pt="inicio"),
    "intro": T(
        fr="Trouvez un service près de chez vous, demandez de l'aide à domicile et découvrez comment votre "
        "commune organise le vivre-ensemble.",
        de="Finden Sie einen Dienst in Ihrer Nähe, fragen Sie Hilfe zu Hause an und erfahren Sie, wie Ihre "
        "Gemeinde das Zusammenleben gestaltet.",
        lb="Fannt e Service no bei Iech, frot Hëllef doheem un a gitt gewuer, wéi Är Gemeng d'Zesummeliewen "
        "organiséiert.",
        en="Find a service near you, ask for help at home and find out how your municipality helps people live "
        "together.",
        pt="Encontre um serviço perto de si, peça ajuda em casa e fique a saber como a sua comuna "
        "ajuda as pessoas a viver em conjunto.",
    ),
}

# (app label, model name of the page an entry point leads to, the entry point's texts)
ENTRY_POINTS = [
    (
        "services_directory",
        "DirectoryPage",
        {
            "title": T(
                fr="Trouver un service près de chez moi",
                de="Einen Dienst in meiner Nähe finden",
                lb="E Service no bei mir fannen",
                en="Find a service near me",
                pt="Encontrar um serviço perto de mim",
            ),
            "text": T(
                fr="Aide à domicile, cafés internet, équipes environnement : cherchez par commune et par langue.",
                de="Hilfe zu Hause, Internetcafés, Umweltteams: Suchen Sie nach Gemeinde und Sprache.",
                lb="Hëllef doheem, Internetcaféen, Ëmweltequippen: Sicht no Gemeng an no Sprooch.",
                en="Help at home, web cafés, environment teams: search by municipality and language.",
                pt="Ajuda em casa, web cafés, equipas do ambiente: pesquise por comuna e por língua.",
            ),
            "link_label": T(
                fr="Ouvrir l'annuaire",
                de="Zum Verzeichnis",
                lb="Op de Verzeechnes",
                en="Open the directory",
                pt="Abrir o diretório",
            ),
        },
    ),
    (
        "care_requests",
        "CareRequestPage",
        {
            "title": T(
                fr="Demander de l'aide à domicile",
                de="Hilfe zu Hause anfragen",
                lb="Hëllef doheem ufroen",
                en="Ask for help at home",
                pt="Pedir ajuda em casa",
            ),
            "text": T(
                fr="Pour vous ou pour un proche : le CIG de votre commune vous recontacte.",
                de="Für sich oder einen Angehörigen: Das CIG Ihrer Gemeinde meldet sich bei Ihnen.",
                lb="Fir Iech oder fir ee vun Ären Noen: De CIG vun Ärer Gemeng mellt sech bei Iech.",
                en="For yourself or a relative: the CIG in your municipality will get back to you.",
                pt="Para si ou para um familiar: o CIG da sua comuna volta a contactá-lo.",
            ),
            "link_label": T(
                fr="Faire une demande",
                de="Anfrage stellen",
                lb="Eng Ufro maachen",
                en="Make a request",
                pt="Fazer um pedido",
            ),
        },
    ),
    (
        "pci_guide",
        "GuideIndexPage",
        {
            "title": T(
                fr="Le guide du plan communal d'intégration",
                de="Der Leitfaden zum kommunalen Integrationsplan",
                lb="De Guide fir de kommunalen Integratiounsplang",
                en="The communal integration plan guide",
                pt="O guia do plano comunal de integração",
            ),
            "text": T(
                fr="Pour les communes : trois phases, dix étapes et un modèle de délibération.",
                de="Für Gemeinden: drei Phasen, zehn Schritte und eine Mustervorlage für den Gemeinderatsbeschluss.",
                lb="Fir d'Gemengen: dräi Phasen, zéng Schrëtt an e Modell fir de Gemengerotsbeschloss.",
                en="For municipalities: three phases, ten steps and a model council resolution.",
                pt="Para as comunas: três fases, dez etapas e um modelo de deliberação do conselho comunal.",
            ),
            "link_label": T(
                fr="Lire le guide", de="Zum Leitfaden", lb="Op de Guide", en="Read the guide", pt="Ler o guia"
            ),
        },
    ),
]


def french_home() -> HomePage:
    return HomePage.objects.get(locale__language_code=SOURCE_LANGUAGE, depth=2)


def _pages(home: HomePage, *, log: Log) -> list[tuple[Page, dict]]:
    """Every page this app shows under the French home page, with its data; created the first time.

    Parents come before their children and a page before the pages that link to it, which is the
    order they must be translated in.
    """
    communes_image = media.ensure_image(drawing=media.draw_communes, log=log, **network.IMAGE)
    network_document = media.ensure_pdf(log=log, **network.DOCUMENT)
    workshop_document = media.ensure_pdf(log=log, **news.WORKSHOP_DOCUMENT)

    def build(parent: Page, model: type[Page], data: dict) -> tuple[Page, dict]:
        page, _ = ensure_child_page(parent, model(**localise(data, SOURCE_LANGUAGE)), log=log)
        return page, data

    living_together = build(home, StandardPage, integration.page(contact=legal.CONTACT))
    pages = [
        living_together,
        build(
            home,
            StandardPage,
            network.page(image=communes_image, document=network_document, living_together=living_together[0]),
        ),
    ]
    news_index = build(home, NewsIndexPage, news.INDEX)
    pages.append(news_index)
    for item in news.items(workshop_document=workshop_document):
        picture = dict(item["image"])
        alt_text = picture.pop("alt_text")
        image = media.ensure_image(log=log, **picture)
        stream = [{"type": "image", "value": {"image": image.pk, "decorative": False, "alt_text": alt_text}}]
        pages.append(build(news_index[0], NewsPage, {**item["page"], "image": stream}))
    pages += [
        build(home, StandardPage, data)
        for data in (legal.accessibility(), with_easy_read("privacy", legal.privacy()), legal.legal_notice())
    ]
    return pages


def _site_settings(footer_pages: list[Page], *, log: Log) -> None:
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    contact = {
        "organisation_name": legal.ORGANISATION,
        "phone": legal.PHONE,
        "email": legal.EMAIL,
        "address": legal.ADDRESS,
    }
    changed = [name for name, value in contact.items() if getattr(settings, name) != value]
    linked = [link.page_id for link in settings.footer_links.all()]
    if not changed and linked == [page.pk for page in footer_pages]:
        return
    for name, value in contact.items():
        setattr(settings, name, value)
    settings.footer_links = [FooterLink(page=page, sort_order=index) for index, page in enumerate(footer_pages)]
    settings.save()
    log("  filled the site settings and footer links")


def load(*, log: Log) -> None:
    home = french_home()
    if not home.intro:
        home.intro = localise(HOME["intro"], SOURCE_LANGUAGE)
        home.save_revision().publish()
        log(f"  wrote the introduction of “{home.title}”")
    pages = _pages(home, log=log)
    footer_slugs = [
        localise(data["slug"], SOURCE_LANGUAGE)
        for data in (legal.accessibility(), legal.privacy(), legal.legal_notice())
    ]
    footer_pages = [page for page, data in pages if page.slug in footer_slugs]
    _site_settings(footer_pages, log=log)


def _entry_points(home: HomePage, *, log: Log) -> list[dict]:
    """The entry points whose page exists, in the order of ENTRY_POINTS; logs the ones that are missing."""
    entry_points = []
    for app_label, model_name, texts in ENTRY_POINTS:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            log(f"  no entry point to {app_label}.{model_name}: the model does not exist")
            continue
        target = model.objects.live().descendant_of(home).filter(locale=home.locale).first()
        if target is None:
            log(f"  no entry point to {app_label}.{model_name}: there is no such page")
            continue
        entry_points.append({"type": "entry_point", "value": {**texts, "page": target.pk, "url": ""}})
    return entry_points


def finish(*, log: Log) -> None:
    home = french_home()
    entry_points = _entry_points(home, log=log)
    linked = {block.value["page"].pk for block in home.entry_points if block.value["page"]}
    added = [entry_point for entry_point in entry_points if entry_point["value"]["page"] not in linked]
    if added:
        home.entry_points = [*home.entry_points.raw_data, *localise(added, SOURCE_LANGUAGE)]
        home.save_revision().publish()
        log(f"  added {len(added)} entry points to “{home.title}”")
    home_data = {**with_easy_read("home", HOME), "entry_points": entry_points}
    write_easy_read(home, home_data, log=log)
    translate_or_update(french_home(), home_data, log=log)
    for page, data in _pages(home, log=log):
        write_easy_read(page, data, log=log)
        translate(page, data, log=log)
