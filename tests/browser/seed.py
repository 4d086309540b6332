"""What the browser tests' server needs on top of the demo content: people and a simple form.

Run inside the server's database with ``manage.py shell -c "from tests.browser.seed import seed; seed()"``;
prints the facts the tests need as one line of JSON, with one URL per page type and language.
"""

import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page

from care_requests.models import ContactFormField, ContactFormPage, OrganisationMembership
from demo.care_requests import DEMO_PASSWORD, demo_users
from geography.models import Commune
from home.models import HomePage, StandardPage
from services_directory.models import Organization
from services_directory.selectors import care_organisations_for_commune

PASSWORD = DEMO_PASSWORD
CONTACT_SLUG = "contact-test"


def _user(username: str, *groups: str):
    user, _ = get_user_model().objects.get_or_create(username=username, defaults={"email": f"{username}@localhost"})
    user.set_password(PASSWORD)
    user.save()
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def _contact_form() -> dict[str, str]:
    """A contact form (name, email, message) in every language, as editors build with the form builder."""
    home = HomePage.objects.get(locale__language_code="fr", depth=2)
    page = ContactFormPage(title="Contact", slug=CONTACT_SLUG, to_address="team@portal.example.lu", subject="Contact")
    for order, (label, field_type) in enumerate(
        [("Nom", "singleline"), ("Courriel", "email"), ("Message", "multiline")]
    ):
        page.form_fields.add(ContactFormField(sort_order=order, label=label, field_type=field_type, required=True))
    home.add_child(instance=page)
    page.save_revision().publish()
    urls = {"fr": page.url}
    for code in [code for code, _name in settings.LANGUAGES if code != page.locale.language_code]:
        copy = page.copy_for_translation(Locale.objects.get(language_code=code))
        copy.save_revision().publish()
        urls[code] = copy.url
    return urls


def _french_only_page() -> dict[str, object]:
    """A live French page that nobody has translated yet, for the translators' journey."""
    home = HomePage.objects.get(locale__language_code="fr", depth=2)
    page = StandardPage(title="Café des langues", slug="cafe-des-langues", intro="Chaque jeudi, on parle ensemble.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return {"id": page.pk, "url": page.url}


def _one_url_per_page_type_and_language() -> list[list[str]]:
    seen = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        seen.setdefault((type(page).__name__, page.locale.language_code), page.get_url())
    return [[name, language, url] for (name, language), url in seen.items()]


def seed() -> None:
    demo_users(log=lambda message: None)
    schifflange = Commune.objects.get(slug="schifflange")
    serving = care_organisations_for_commune(schifflange)
    elsewhere = Organization.objects.filter(locale=Locale.get_default()).exclude(
        pk__in=[organisation.pk for organisation in serving]
    )
    other = _user("cig-elsewhere", "CIG staff")
    OrganisationMembership.objects.get_or_create(user=other, organisation=elsewhere.first())
    _user("editor", "Editors")
    _user("moderator", "Moderators", "Translators")
    _user("translator", "Translators")
    facts = {
        "password": PASSWORD,
        "schifflange_cig_emails": [organisation.email for organisation in serving if organisation.email],
        "contact_urls": _contact_form(),
        "french_only_page": _french_only_page(),
    }
    facts["pages"] = _one_url_per_page_type_and_language()
    print(json.dumps(facts))
