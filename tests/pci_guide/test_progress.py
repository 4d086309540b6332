import pytest
from bs4 import BeautifulSoup
from django.test import override_settings

from geography.models import Canton, Commune
from pci_guide.models import CommuneProgress, CommuneProgressPage, ProgressStatus
from tests.pci_guide.helpers import LANGUAGES, GuideTestCase, html_lang

pytestmark = pytest.mark.django_db  # the demo content lives in the test database (see conftest)


def progress_page(language: str) -> CommuneProgressPage:
    return CommuneProgressPage.objects.get(locale__language_code=language)


class CommuneProgressTests(GuideTestCase):
    def rows(self, language: str, query: str = ""):
        response = self.client.get(progress_page(language).url + query)
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        return soup, soup.select(".progress-table tbody tr")

    def test_table_lists_every_recorded_commune_in_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                _soup, rows = self.rows(language)
                self.assertEqual(len(rows), CommuneProgress.objects.count())
        _soup, rows = self.rows("de")
        names = [row.th.get_text(strip=True) for row in rows]
        self.assertIn("Düdelingen", names)
        self.assertEqual(names, sorted(names, key=str.casefold))

    def test_canton_filter_keeps_only_that_cantons_communes(self):
        capellen = Canton.objects.get(name_fr="Capellen")
        expected = set(
            CommuneProgress.objects.filter(commune__canton=capellen).values_list("commune__name_fr", flat=True)
        )
        soup, rows = self.rows("fr", f"?canton={capellen.code}")
        self.assertEqual({row.th.get_text(strip=True) for row in rows}, expected)
        self.assertTrue(expected)
        self.assertEqual(soup.select_one("#id_canton option[selected]")["value"], capellen.code)
        self.assertIn("Capellen", soup.select_one('[role="status"]').get_text())

    def test_canton_without_records_says_so(self):
        recorded = CommuneProgress.objects.values_list("commune__canton", flat=True)
        empty = Canton.objects.exclude(pk__in=recorded).first()
        soup, rows = self.rows("en", f"?canton={empty.code}")
        self.assertEqual(rows, [])
        self.assertIn("No commune is recorded for this canton yet.", soup.get_text())

    def test_unknown_canton_shows_every_commune(self):
        _soup, rows = self.rows("fr", "?canton=C99")
        self.assertEqual(len(rows), CommuneProgress.objects.count())

    def test_status_and_date_come_from_the_record(self):
        commune = Commune.objects.get(name_fr="Kiischpelt")
        CommuneProgress.objects.create(commune=commune, status=ProgressStatus.ADOPTED, since="2025-06-30")
        soup, rows = self.rows("lb", f"?canton={commune.canton.code}")
        row = next(row for row in rows if row.th.get_text(strip=True) == commune.name_lb)
        self.assertEqual(row.select_one(".status").get_text(strip=True), "Ugeholl")
        self.assertEqual(row.time["datetime"], "2025-06-30")

    @override_settings(PAGE_CACHE_SECONDS=300)
    def test_a_saved_record_shows_on_the_next_visit_with_the_page_cache_on(self):
        commune = Commune.objects.get(name_fr="Kiischpelt")
        url = progress_page("fr").url
        self.client.get(url)
        self.assertEqual(self.client.get(url)["X-Page-Cache"], "hit")
        CommuneProgress.objects.update_or_create(
            commune=commune, defaults={"status": ProgressStatus.ADOPTED, "since": "2025-06-30"}
        )
        response = self.client.get(url)
        self.assertEqual(response["X-Page-Cache"], "miss")
        soup = BeautifulSoup(response.content, "html.parser")
        row = next(row for row in soup.select(".progress-table tbody tr") if commune.name_fr in row.th.get_text())
        self.assertEqual(row.time["datetime"], "2025-06-30")

    @override_settings(MAP_TILE_URL="https://tiles.example.lu/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION="© Example")
    def test_map_is_an_enhancement_of_the_table(self):
        soup, rows = self.rows("fr")
        map_element = soup.select_one("[data-progress-map]")
        self.assertTrue(map_element.has_attr("hidden"), "hidden until the script draws it")
        self.assertEqual(map_element["data-tile-url"], "https://tiles.example.lu/{z}/{x}/{y}.png")
        self.assertEqual(map_element["data-tile-attribution"], "© Example")
        first = rows[0]
        commune = Commune.objects.get(name_fr=first.th.get_text(strip=True))
        self.assertAlmostEqual(float(first["data-lat"]), float(commune.latitude))
        self.assertAlmostEqual(float(first["data-lng"]), float(commune.longitude))
        scripts = [script.get("src") for script in soup.find_all("script")]
        self.assertTrue(all(scripts))
        self.assertIn("/static/vendor/leaflet/leaflet.js", scripts)
        self.assertEqual(html_lang(self.client.get(progress_page("fr").url).content), "fr")
