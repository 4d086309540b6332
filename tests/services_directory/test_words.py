"""The directory's words as residents read them: opening hours, language names, dates."""

from datetime import date

import pytest
from django.template import Context, Template
from django.utils import translation
from lxml import html as lxml_html

from services_directory.models import Service
from services_directory.search import directory_page
from tests.demo.site import DemoSite

WEEKDAY_DATE = Template(
    '{% load i18n %}{% translate "l j F" context "date format: weekday, day and month" as format %}'
    "{{ day|date:format }} / {{ day|date:'DATE_FORMAT' }}"
)
CHRISTMAS = date(2026, 12, 25)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "vendredi 25 décembre / 25 décembre 2026"),
        ("de", "Freitag, 25. Dezember / 25. Dezember 2026"),
        ("lb", "Freideg, 25. Dezember / 25. Dezember 2026"),
        ("en", "Friday 25 December / 25 December 2026"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(language, expected):
    with translation.override(language):
        assert WEEKDAY_DATE.render(Context({"day": CHRISTMAS})) == expected


def service_url(service: Service) -> str:
    page = directory_page(locale=service.locale)
    return page.url + page.reverse_subpage("service", args=[service.translation_key])


def hours_table(html: str) -> dict[str, str]:
    rows = lxml_html.fromstring(html).xpath("//table//tr[td]")
    return {row.xpath("string(th)").strip(): row.xpath("string(td)").strip() for row in rows}


class DirectoryWordsTests(DemoSite):
    @pytest.mark.parametrize(
        ("language", "closed", "case_status"),
        [
            ("fr", "Fermé", "Clôturée"),
            ("de", "Geschlossen", "Abgeschlossen"),
            ("lb", "Zou", "Ofgeschloss"),
            ("en", "Closed", None),
        ],
    )
    def test_a_day_without_hours_is_closed_not_concluded(self, client, language, closed, case_status):
        services = Service.objects.filter(locale__language_code=language, live=True, schedules__isnull=False)
        cells = set()
        for service in services.distinct()[:5]:
            cells |= set(hours_table(client.get(service_url(service), follow=True).content.decode()).values())
        assert closed in cells
        if case_status:
            assert case_status not in cells

    def test_the_language_filter_names_languages_in_french_with_one_capital_style(self, client):
        html = client.get("/fr/services/").content.decode()
        options = lxml_html.fromstring(html).xpath("//select[@name='language']/option[@value!='']/text()")
        assert "Allemand" in options and "Albanais" in options
        assert "Deutsch" not in options
        assert all(option[0].isupper() for option in options)
