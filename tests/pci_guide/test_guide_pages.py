import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from demo.pci_guide import load
from home.models import PortalDocument
from pci_guide.models import (
    CommuneProgress,
    CommuneProgressPage,
    DocumentLibraryPage,
    GuideDocument,
    GuideIndexPage,
    GuideStepPage,
    ResolutionGeneratorPage,
    ResolutionTemplate,
)
from pci_guide.selectors import guide_steps
from tests.pci_guide.helpers import LANGUAGES, GuideTestCase, html_lang

pytestmark = pytest.mark.django_db  # the demo content lives in the test database (see conftest)

EXPECTED_PHASES = [1, 1, 1, 2, 2, 2, 2, 2, 3, 3]
STEP_WORD = {"fr": "Étape", "de": "Schritt", "lb": "Schrëtt", "en": "Step", "pt": "Etapa"}


def guide_in(language: str) -> GuideIndexPage:
    return GuideIndexPage.objects.get(locale__language_code=language)


def step_in(language: str, number: int) -> GuideStepPage:
    return GuideStepPage.objects.get(locale__language_code=language, step_number=number)


class GuideStructureTests(GuideTestCase):
    def test_ten_steps_in_order_with_their_phases_in_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                steps = guide_steps(guide_in(language))
                self.assertEqual([step.step_number for step in steps], list(range(1, 11)))
                self.assertEqual([step.phase for step in steps], EXPECTED_PHASES)
                self.assertEqual({step.locale.language_code for step in steps}, {language})

    def test_overview_lists_the_steps_numbered_in_order_in_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(guide_in(language).url)
                soup = BeautifulSoup(response.content, "html.parser")
                numbers = [card.get_text(strip=True) for card in soup.select(".step-card__number")]
                self.assertEqual(numbers, [f"{STEP_WORD[language]} {number}" for number in range(1, 11)])
                titles = [link.get_text(strip=True) for link in soup.select(".step-card__title a")]
                self.assertEqual(titles, [step_in(language, number).title for number in range(1, 11)])

    def test_every_page_type_answers_in_every_language_with_its_language(self):
        models = [GuideIndexPage, GuideStepPage, DocumentLibraryPage, ResolutionGeneratorPage, CommuneProgressPage]
        for language in LANGUAGES:
            guide = guide_in(language)
            urls = [model.objects.filter(locale__language_code=language).first().url for model in models]
            urls += [guide.print_url, guide.checklist_url]
            for url in urls:
                with self.subTest(url=url):
                    self.assertTrue(url.startswith(f"/{language}/"))
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertEqual(html_lang(response.content), language)

    def test_the_guide_is_in_the_main_menu_of_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/")
                soup = BeautifulSoup(response.content, "html.parser")
                menu_links = [link["href"] for link in soup.select(".main-menu a")]
                self.assertIn(guide_in(language).url, menu_links)

    def test_german_step_shows_german_content(self):
        response = self.client.get(step_in("de", 7).url)
        soup = BeautifulSoup(response.content, "html.parser")
        items = [item.get_text(strip=True) for item in soup.select(".step-section--checklist .checklist li")]
        self.assertIn("Das Budget und das benötigte Personal schätzen", items)
        self.assertEqual(
            soup.h1.get_text(" ", strip=True), "Schritt 7 Aktionsplan: Akteure, Mittel, Budget und Zeitplan"
        )
        self.assertNotIn("Estimer le budget", response.content.decode())

    def test_language_switcher_on_a_route_leads_to_the_same_route(self):
        response = self.client.get(guide_in("de").print_url)
        soup = BeautifulSoup(response.content, "html.parser")
        links = {link["lang"]: link["href"] for link in soup.select(".language-switcher a")}
        self.assertEqual(links["fr"], guide_in("fr").print_url)
        self.assertEqual(links["lb"], guide_in("lb").print_url)


class StepNavigationTests(GuideTestCase):
    def test_current_step_is_marked_and_previous_next_lead_to_neighbours(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                step = step_in(language, 7)
                soup = BeautifulSoup(self.client.get(step.url).content, "html.parser")
                current = soup.select('.step-nav a[aria-current="page"]')
                self.assertEqual([link["href"] for link in current], [step.url])
                self.assertEqual(soup.select_one('a[rel="prev"]')["href"], step_in(language, 6).url)
                self.assertEqual(soup.select_one('a[rel="next"]')["href"], step_in(language, 8).url)
                nav_links = [link["href"] for link in soup.select(".step-nav__steps a")]
                self.assertEqual(nav_links, [step_in(language, number).url for number in range(1, 11)])

    def test_first_step_has_no_previous_and_last_no_next(self):
        first = BeautifulSoup(self.client.get(step_in("en", 1).url).content, "html.parser")
        last = BeautifulSoup(self.client.get(step_in("en", 10).url).content, "html.parser")
        self.assertIsNone(first.select_one('a[rel="prev"]'))
        self.assertIsNotNone(first.select_one('a[rel="next"]'))
        self.assertIsNone(last.select_one('a[rel="next"]'))
        self.assertIsNotNone(last.select_one('a[rel="prev"]'))

    def test_steps_and_overview_take_at_most_12_queries_in_every_language(self):
        """Issue 7's ceiling for an uncached public page (the navigation comes from the cache)."""
        for language in LANGUAGES:
            for url in (guide_in(language).url, step_in(language, 7).url):
                self.client.get(url)
                with self.subTest(url=url), CaptureQueriesContext(connection) as queries:
                    self.assertEqual(self.client.get(url).status_code, 200)
                self.assertLessEqual(len(queries), 12, url)

    def test_a_preview_of_the_overview_shows_the_editors_unsaved_phase_titles(self):
        guide = guide_in("fr")
        self.client.get(guide.url)  # the published outline is now in the cache
        guide.phase_two_title = "Écrire le plan ensemble"
        preview = guide.make_preview_request().content.decode()
        self.assertIn("Écrire le plan ensemble", preview)
        self.assertNotIn("Écrire le plan ensemble", self.client.get(guide.url).content.decode())

    def test_a_step_renamed_or_unpublished_changes_every_steps_navigation_at_once(self):
        step_7, step_8 = step_in("fr", 7), step_in("fr", 8)
        self.client.get(step_7.url)  # the navigation is now in the cache
        step_8.title = "Adopter le plan au conseil communal"
        step_8.save_revision().publish()
        soup = BeautifulSoup(self.client.get(step_7.url).content, "html.parser")
        self.assertIn("Adopter le plan au conseil communal", soup.select_one('a[rel="next"]').get_text())
        self.assertIn("Adopter le plan au conseil communal", soup.select_one(".step-nav").get_text())

        step_8.unpublish()
        soup = BeautifulSoup(self.client.get(step_7.url).content, "html.parser")
        self.assertEqual(soup.select_one('a[rel="next"]')["href"], step_in("fr", 9).url)
        overview = BeautifulSoup(self.client.get(guide_in("fr").url).content, "html.parser")
        self.assertEqual(len(overview.select(".step-card__title a")), 9)

    def test_steps_are_grouped_under_their_phase(self):
        soup = BeautifulSoup(self.client.get(step_in("fr", 1).url).content, "html.parser")
        phases = soup.select(".step-nav__phase")
        self.assertEqual(len(phases), 3)
        self.assertEqual([len(phase.select(".step-nav__steps a")) for phase in phases], [3, 5, 2])
        self.assertIn("Phase II : Élaborer le plan", phases[1].select_one(".step-nav__phase-title").get_text())

    def test_step_checklist_can_be_kept_in_the_browser(self):
        step = step_in("de", 7)
        soup = BeautifulSoup(self.client.get(step.url).content, "html.parser")
        checklist = soup.select_one(".step-section--checklist [data-checklist]")
        self.assertTrue(checklist["data-checklist"].startswith(str(step.translation_key)))
        self.assertEqual(len(checklist.select("li")), 4)
        scripts = soup.find_all("script")
        self.assertTrue(scripts)
        self.assertTrue(all(script.get("src") for script in scripts), "no inline scripts")
        self.assertIn("js/pci-guide.js", " ".join(script["src"] for script in scripts))

    def test_translations_share_the_checklist_keys(self):
        keys = {}
        for language in LANGUAGES:
            soup = BeautifulSoup(self.client.get(step_in(language, 4).url).content, "html.parser")
            keys[language] = [element["data-checklist"] for element in soup.select("[data-checklist]")]
        self.assertEqual(len(set(map(tuple, keys.values()))), 1)
        self.assertTrue(keys["fr"])


class TakeAwayTests(GuideTestCase):
    def test_printable_guide_has_every_step_and_a_table_of_contents(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                soup = BeautifulSoup(self.client.get(guide_in(language).print_url).content, "html.parser")
                toc = [link["href"] for link in soup.select(".guide-toc a")]
                self.assertEqual(toc, [f"#step-{number}" for number in range(1, 11)])
                sections = soup.select(".guide-print__step")
                self.assertEqual([section["id"] for section in sections], [f"step-{n}" for n in range(1, 11)])
                self.assertIn(step_in(language, 9).title, sections[8].h2.get_text())
                self.assertEqual(len(soup.select(".guide-print__step .step-section--checklist")), 10)

    def test_print_stylesheet_is_linked(self):
        soup = BeautifulSoup(self.client.get(guide_in("fr").print_url).content, "html.parser")
        stylesheets = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
        self.assertTrue(any("print.css" in href for href in stylesheets))
        self.assertTrue(any("pci-guide.css" in href for href in stylesheets))

    def test_personal_checklist_lists_the_ten_steps_as_a_plain_list(self):
        soup = BeautifulSoup(self.client.get(guide_in("lb").checklist_url).content, "html.parser")
        steps = soup.select(".checklist-step")
        self.assertEqual(len(steps), 10)
        self.assertIn("Schrëtt 7", steps[6].h3.get_text())
        self.assertFalse(soup.select('.checklist input[type="checkbox"]'), "checkboxes come from the script")
        self.assertEqual(len(soup.select('[data-checklist$=":done"]')), 10)


class StepFormTests(GuideTestCase):
    def test_a_second_step_with_the_same_number_is_refused(self):
        guide = guide_in("fr")
        user = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
        form_class = GuideStepPage.get_edit_handler().get_form_class()
        data = {
            "title": "Doublon",
            "slug": "doublon",
            "phase": "2",
            "step_number": "7",
            "summary": "x",
            "easy_read-count": "0",
            "body-count": "0",
        }
        form = form_class(data, instance=GuideStepPage(locale=Locale.get_default()), parent_page=guide, for_user=user)
        self.assertFalse(form.is_valid())
        self.assertIn("step_number", form.errors)
        data["step_number"] = "7"
        form = form_class(data, instance=step_in("fr", 7), parent_page=guide, for_user=user)
        form.is_valid()
        self.assertNotIn("step_number", form.errors)


class DemoContentTests(GuideTestCase):
    def test_loading_again_changes_nothing(self):
        def counts():
            return [
                Page.objects.count(),
                PortalDocument.objects.count(),
                GuideDocument.objects.count(),
                ResolutionTemplate.objects.count(),
                CommuneProgress.objects.count(),
            ]

        before = counts()
        load(log=lambda message: None)
        self.assertEqual(counts(), before)
        languages = len(settings.LANGUAGES)  # three documents and one resolution template per language
        self.assertEqual(before[2:], [3 * languages, languages, 18])
