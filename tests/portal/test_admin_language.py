"""The admin speaks each editor's language: dates, choosers, messages, 404s; editors reach search insights."""

import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest
import wagtail
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import formats, translation
from wagtail.contrib.search_promotions.models import Query
from wagtail.users.models import UserProfile

from home.models import StandardPage
from tests.factories.pages import french_home

PROJECT_CHOOSER = Path(__file__).resolve().parents[2] / "portal/templates/wagtailadmin/generic/chooser/chooser.html"
WAGTAIL_CHOOSER = Path(wagtail.__file__).parent / "admin/templates/wagtailadmin/generic/chooser/chooser.html"


def admin_user(django_user_model, *, language: str, group: str = "Editors", superuser: bool = False):
    user = django_user_model.objects.create_user(f"{group.lower()}-{language}", password="x", is_superuser=superuser)
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


class EnglishFormatTests:
    def test_english_dates_put_the_day_first(self):
        with translation.override("en"):
            assert formats.date_format(date(2026, 12, 3)) == "3 December 2026"
            assert formats.date_format(date(2026, 12, 3), "SHORT_DATE_FORMAT") == "03/12/2026"
            assert formats.date_format(datetime(2026, 12, 3, 14, 5), "SHORT_DATETIME_FORMAT") == "03/12/2026 14:05"


@pytest.mark.django_db
class AdminLanguageTests:
    @pytest.mark.parametrize(("language", "label"), [("en", "Search"), ("de", "Suchen"), ("fr", "Rechercher")])
    def test_the_image_chooser_tabs_are_in_the_editors_language(self, client, django_user_model, language, label):
        client.force_login(admin_user(django_user_model, language=language))
        html = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
        tab = re.search(r'id="tab-label-search"[^>]*>\s*([^<]+?)\s*<', html).group(1)
        assert tab == label

    def test_the_no_permission_message_is_in_english(self, client, django_user_model):
        client.force_login(admin_user(django_user_model, language="en"))
        response = client.get(reverse("wagtailusers_users:index"), follow=True)
        html = response.content.decode()
        assert "Sorry, you do not have permission to access this area." in html
        assert "Désolé" not in html

    def test_a_mistyped_admin_address_gets_the_admins_404_in_english(self, client, django_user_model):
        client.force_login(admin_user(django_user_model, language="en"))
        for url in ("/admin/pagess/", "/admin/pagess"):
            response = client.get(url, follow=True)
            html = response.content.decode()
            assert response.status_code == 404, url
            assert all(not target.startswith("/fr/") for target, _ in response.redirect_chain)
            assert '<html lang="en"' in html and "w-theme" in html and "introuvable" not in html

    def test_the_chooser_template_is_wagtails_but_for_the_search_label(self):
        ours = [line for line in PROJECT_CHOOSER.read_text().splitlines() if "search_tab_label" not in line]
        theirs = [
            line
            for line in WAGTAIL_CHOOSER.read_text().splitlines()
            if "search_tab_label" not in line and '_("Search")' not in line
        ]
        ours = [line for line in ours if '_("Search")' not in line]
        start = ours.index("{% endcomment %}") + 1
        assert [ours[0], *ours[start:]] == theirs, "Wagtail's chooser template changed: update the project's copy"


@pytest.mark.django_db
class SearchInsightTests:
    def test_an_editor_promotes_results_and_reads_the_search_terms(self, client, django_user_model):
        Query.get("aide à domicile").add_hit()
        client.force_login(admin_user(django_user_model, language="en"))
        promotions = client.get(reverse("wagtailsearchpromotions:index"))
        assert promotions.status_code == 200
        report = client.get(reverse("portal_search_terms"))
        assert report.status_code == 200 and "aide à domicile" in report.content.decode()
        menu = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("portal_search_terms") in menu and reverse("wagtailsearchpromotions:index") in menu

    def test_people_who_may_not_promote_results_cannot_read_the_search_terms(self, client, django_user_model):
        client.force_login(admin_user(django_user_model, language="en", group="Translators"))
        response = client.get(reverse("portal_search_terms"))
        assert response.status_code == 302
        assert reverse("portal_search_terms") not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
class SlugTests:
    def test_a_page_titled_with_accents_gets_a_plain_ascii_slug(self):
        page = StandardPage(title="Aide à domicile pour les aînés")
        french_home().add_child(instance=page)
        assert page.slug == "aide-a-domicile-pour-les-aines"
        assert "%" not in page.url


@pytest.mark.django_db
class DevAdminTests:
    def test_the_printed_admin_link_follows_the_configured_address(self, settings):
        settings.DEBUG = True
        settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8042"
        out = io.StringIO()
        call_command("create_dev_admin", stdout=out)
        assert "http://127.0.0.1:8042/admin/" in out.getvalue() and "8000" not in out.getvalue()
