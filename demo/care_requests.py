# ruff: noqa: E501 -- demo texts in five languages
"""Demo content: the care request form (linking to the privacy notice), canned replies, and (DEBUG only)
a helpdesk user and a CIG staff user."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from care_requests.models import CannedReply, CareRequestPage, OrganisationMembership
from demo.easy_read import with_easy_read, write_easy_read
from demo.toolkit import TARGET_LANGUAGES, T, ensure_child_page, localise, translate
from geography.models import Commune
from home.models import HomePage, StandardPage
from services_directory.selectors import care_organisations_for_commune

DEMO_PASSWORD = "portal-care-local"  # noqa: S105 -- local demo accounts, created only with DEBUG on

# The privacy notice is one of the home app's footer pages (demo/home/legal.py); the form links to it.
PRIVACY_SLUG = "protection-des-donnees"

FORM = {
    "slug": T(fr="demander-de-l-aide", de="hilfe-anfragen", lb="hellef-ufroen", en="ask-for-help", pt="pedir-ajuda"),
    "title": T(
        fr="Demander de l'aide à domicile",
        de="Hilfe zu Hause anfragen",
        lb="Hëllef doheem ufroen",
        en="Ask for help at home",
        pt="Pedir ajuda em casa",
    ),
    "intro": T(
        fr="Pour vous ou pour un proche : petites réparations, jardinage, courses, accompagnement, aide informatique.",
        de="Für Sie oder einen Angehörigen: kleine Reparaturen, Gartenarbeit, Einkäufe, Begleitung, Computerhilfe.",
        lb="Fir Iech oder fir ee Famillemember: kleng Reparaturen, Gaardenaarbecht, Akeef, Begleedung, Computerhëllef.",
        en="For you or someone close to you: small repairs, gardening, shopping, accompaniment, computer help.",
        pt="Para si ou para alguém próximo: pequenas reparações, jardinagem, compras, acompanhamento, "
        "ajuda com o computador.",
    ),
    "next_steps": T(
        fr="Le service local de votre commune ou notre helpdesk vous contacte dans les deux jours ouvrables.",
        de="Der lokale Dienst Ihrer Gemeinde oder unser Helpdesk meldet sich innerhalb von zwei Werktagen bei Ihnen.",
        lb="De lokale Service vun Ärer Gemeng oder eisen Helpdesk mellt sech bannent zwee Aarbechtsdeeg bei Iech.",
        en="The local service of your commune or our helpdesk will contact you within two working days.",
        pt="O serviço local da sua comuna ou o nosso helpdesk vai contactá-lo no prazo de dois dias úteis.",
    ),
}

CANNED_REPLIES = [
    {
        "title": T(
            fr="Nous vous appelons bientôt",
            de="Wir rufen Sie bald an",
            lb="Mir ruffen Iech geschwënn un",
            en="We will call you soon",
            pt="Vamos ligar-lhe em breve",
        ),
        "subject": T(
            fr="Votre demande {reference}",
            de="Ihre Anfrage {reference}",
            lb="Är Ufro {reference}",
            en="Your request {reference}",
            pt="O seu pedido {reference}",
        ),
        "body": T(
            fr="Bonjour,\n\nNous avons bien lu votre demande et nous vous appelons dans les prochains jours.\n\nLe helpdesk",
            de="Guten Tag,\n\nwir haben Ihre Anfrage gelesen und rufen Sie in den nächsten Tagen an.\n\nIhr Helpdesk",
            lb="Moien,\n\nmir hunn Är Ufro gelies a ruffen Iech an den nächsten Deeg un.\n\nÄren Helpdesk",
            en="Hello,\n\nWe have read your request and will call you in the next few days.\n\nThe helpdesk",
            pt="Olá,\n\nLemos o seu pedido e vamos ligar-lhe nos próximos dias.\n\nO helpdesk",
        ),
    },
    {
        "title": T(
            fr="Orientation vers le CIG",
            de="Weiterleitung an das CIG",
            lb="Weiderleedung un de CIG",
            en="Referred to the CIG",
            pt="Encaminhado para o CIG",
        ),
        "subject": T(
            fr="Votre demande {reference}",
            de="Ihre Anfrage {reference}",
            lb="Är Ufro {reference}",
            en="Your request {reference}",
            pt="O seu pedido {reference}",
        ),
        "body": T(
            fr="Bonjour,\n\nLe service local de votre commune s'occupe de votre demande et vous contactera directement.\n\nLe helpdesk",
            de="Guten Tag,\n\nder lokale Dienst Ihrer Gemeinde kümmert sich um Ihre Anfrage und meldet sich direkt bei Ihnen.\n\nIhr Helpdesk",
            lb="Moien,\n\nde lokale Service vun Ärer Gemeng këmmert sech ëm Är Ufro a mellt sech direkt bei Iech.\n\nÄren Helpdesk",
            en="Hello,\n\nThe local service of your commune is taking care of your request and will contact you directly.\n\nThe helpdesk",
            pt="Olá,\n\nO serviço local da sua comuna está a tratar do seu pedido e vai contactá-lo "
            "diretamente.\n\nO helpdesk",
        ),
    },
]


def load(*, log) -> None:
    home = HomePage.objects.get(locale__language_code="fr", depth=2)
    privacy = StandardPage.objects.child_of(home).filter(slug=PRIVACY_SLUG).first()
    fr = localise(FORM, "fr")
    form_page, _ = ensure_child_page(
        home,
        CareRequestPage(
            title=fr["title"],
            slug=fr["slug"],
            intro=fr["intro"],
            next_steps=fr["next_steps"],
            privacy_page=privacy,
            show_in_menus=True,
        ),
        log=log,
    )
    data = with_easy_read("care_request", FORM)
    write_easy_read(form_page, data, log=log)
    translate(form_page, data, log=log)
    # Canned replies are multi-line plain text, which wagtail-localize splits at line breaks:
    # their language copies are written directly (translators can still edit them).
    french = Locale.objects.get(language_code="fr")
    for data in CANNED_REPLIES:
        reply = CannedReply.objects.filter(locale=french, title=data["title"].fr).first()
        if reply is None:
            reply = CannedReply.objects.create(locale=french, **localise(data, "fr"))
            log(f"  created canned reply “{reply.title}”")
        for language in TARGET_LANGUAGES:
            target = Locale.objects.get(language_code=language)
            if reply.get_translation_or_none(target) is None:
                copy = reply.copy_for_translation(target)
                for name, value in localise(data, language).items():
                    setattr(copy, name, value)
                copy.save()
                log(f"  translated canned reply “{reply.title}” into {language}")
    if settings.DEBUG:
        demo_users(log=log)


def demo_users(*, log) -> None:
    """A helpdesk user and a CIG staff user for Schifflange's CIG, to try the helpdesk locally."""
    users = get_user_model().objects
    helpdesk, created = users.get_or_create(username="helpdesk", defaults={"email": "helpdesk@localhost"})
    if created:
        helpdesk.set_password(DEMO_PASSWORD)
        helpdesk.save()
    helpdesk.groups.add(Group.objects.get(name="Helpdesk"))
    log(f"  helpdesk user “helpdesk”, password “{DEMO_PASSWORD}”")
    schifflange = Commune.objects.get(slug="schifflange")
    organisations = care_organisations_for_commune(schifflange)
    if not organisations:
        log("  no community-care service covers Schifflange: no CIG staff user created")
        return
    cig, created = users.get_or_create(username="cig-schifflange", defaults={"email": "cig@localhost"})
    if created:
        cig.set_password(DEMO_PASSWORD)
        cig.save()
    cig.groups.add(Group.objects.get(name="CIG staff"))
    OrganisationMembership.objects.get_or_create(user=cig, organisation=organisations[0])
    log(f"  CIG staff user “cig-schifflange” ({organisations[0]}), password “{DEMO_PASSWORD}”")
