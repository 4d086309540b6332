"""The site search and its suggestions over the demo content, as a visitor uses them."""

import logging

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from modelsearch.tasks import insert_or_update_object_task
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from services_directory.models import Service
from site_search.config import search_backends
from tests.demo.site import DemoSite

UNREACHABLE_CLUSTER = search_backends(elasticsearch_url="http://127.0.0.1:9", timeout=1)


def url(language: str, name: str = "site_search") -> str:
    with translation.override(language):
        return reverse(name)


def search(client, language: str, query: str, **params):
    response = client.get(url(language), {"q": query, **params})
    assert response.status_code == 200
    return response


def suggestions(client, language: str, typed: str) -> list[dict]:
    return client.get(url(language, "site_search_suggestions"), {"q": typed}).json()["suggestions"]


def results(response) -> list[dict]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        {
            "kind": item.select_one(".site-search-result__kind").get_text(strip=True),
            "title": item.select_one(".site-search-result__title").get_text(strip=True),
            "url": item.select_one(".site-search-result__title a")["href"],
            "excerpt": item.select_one(".site-search-result__excerpt"),
        }
        for item in soup.select("ol.site-search-results > li")
    ]


class SearchPageTests(DemoSite):
    def test_every_language_has_its_own_address(self):
        assert [url(language) for language in ("fr", "de", "lb", "en")] == [
            "/fr/recherche/",
            "/de/suche/",
            "/lb/sichen/",
            "/en/search/",
        ]

    def test_the_language_switcher_keeps_the_words_searched_for(self, client):
        soup = BeautifulSoup(search(client, "de", "Garten & Haus").content, "html.parser")
        links = {a["lang"]: a["href"] for a in soup.select(".language-switcher a")}
        assert links == {
            "fr": "/fr/recherche/?q=Garten+%26+Haus",
            "lb": "/lb/sichen/?q=Garten+%26+Haus",
            "en": "/en/search/?q=Garten+%26+Haus",
            "pt": "/pt/pesquisa/?q=Garten+%26+Haus",
        }

    def test_garten_in_german_finds_gardening_services_and_pages_with_the_word_highlighted(self, client):
        found = results(search(client, "de", "Garten"))
        services = [r for r in found if r["kind"] == "Dienst"]
        assert any(r["title"].startswith("Gartendienst") for r in services)
        assert any(r["kind"] in ("Seite", "Nachricht") for r in found)
        assert all(r["url"].startswith("/de/") for r in found)
        marked = [mark.get_text() for r in found if r["excerpt"] for mark in r["excerpt"].select("mark")]
        assert "Garten" in marked

    def test_cafe_internet_without_accent_finds_the_web_cafes_in_french(self, client):
        found = results(search(client, "fr", "cafe internet"))
        assert sum(r["title"].startswith("Web café – ") for r in found[:5]) >= 3
        assert all(r["url"].startswith("/fr/") for r in found)

    def test_results_are_labelled_with_their_kind(self, client):
        kinds = {r["kind"] for r in results(search(client, "en", "help"))} | {
            r["kind"] for r in results(search(client, "en", "CIGL Schifflange"))
        }
        assert {"Service", "Organisation", "Page"} <= kinds

    def test_results_are_paginated(self, client):
        first = search(client, "fr", "commune")
        soup = BeautifulSoup(first.content, "html.parser")
        next_link = soup.select_one(".pagination a[rel=next]")
        assert next_link is not None
        second = client.get(url("fr") + next_link["href"])
        assert second.status_code == 200
        assert {r["title"] for r in results(second)}.isdisjoint({r["title"] for r in results(first)})

    def test_no_results_give_help(self, client):
        response = search(client, "lb", "zzzqqqxxx")
        assert results(response) == []
        soup = BeautifulSoup(response.content, "html.parser")
        help_links = [a["href"] for a in soup.select(".site-search-empty a")]
        assert help_links and all(link.startswith("/lb/") for link in help_links)

    def test_the_header_of_every_page_has_the_search_box(self, client):
        soup = BeautifulSoup(client.get("/de/").content, "html.parser")
        form = soup.select_one("header form[role=search]")
        assert form["action"] == "/de/suche/"
        field = form.select_one("input[name=q]")
        assert soup.select_one(f"label[for={field['id']}]").get_text(strip=True)


class ScopingTests(DemoSite):
    def test_only_the_visitors_language_is_searched(self, client):
        for language in ("fr", "de", "lb", "en"):
            found = results(search(client, language, "Schifflange"))
            assert found, language
            assert all(r["url"].startswith(f"/{language}/") for r in found), language

    def test_unpublished_services_and_private_pages_are_not_found(self, client):
        service = Service.objects.get(locale__language_code="en", name="Help at home – Schifflange")
        service.live = False
        service.save(update_fields=["live"])
        page = Page.objects.get(locale__language_code="en", title__icontains="accessibility")
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")
        titles = {r["title"] for r in results(search(client, "en", "Schifflange help"))}
        assert "Help at home – Schifflange" not in titles
        assert page.title not in {r["title"] for r in results(search(client, "en", "accessibility"))}
        page.unpublish()
        assert page.title not in {r["title"] for r in results(search(client, "en", page.title))}

    def test_a_result_shows_what_was_published_since_the_last_search(self, client):
        name = "Help at home – Schifflange"
        assert name in {r["title"] for r in results(search(client, "en", "Schifflange help"))}
        service = Service.objects.get(locale__language_code="en", name=name)
        service.name = "Help at home – Schifflange and Kayl"
        service.save_revision().publish()
        assert service.name in {r["title"] for r in results(search(client, "en", "Schifflange help"))}

    @override_settings(
        TASKS={
            "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": settings.TASK_QUEUES},
            "now": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": settings.TASK_QUEUES},
        }
    )
    def test_a_search_made_before_the_index_task_ran_does_not_hide_the_record_after_it(self, client):
        """With a task queue, a publish reaches the index later: the rankings cached meanwhile must go then."""
        service = Service.objects.get(locale__language_code="en", name="Help at home – Schifflange")
        service.name = "Help at home – Zwiebelkuchen"
        service.save_revision().publish()  # its index task waits in the queue
        assert service.name not in {r["title"] for r in results(search(client, "en", "Zwiebelkuchen"))}
        insert_or_update_object_task.using(backend="now").enqueue("services_directory", "service", str(service.pk))
        assert service.name in {r["title"] for r in results(search(client, "en", "Zwiebelkuchen"))}

    def test_a_search_made_before_an_unpublish_no_longer_finds_the_service(self, client):
        """Rankings and suggestions are kept between searches, until something is published or unpublished."""
        name = "Help at home – Schifflange"
        assert name in {r["title"] for r in results(search(client, "en", "Schifflange help"))}
        suggested = suggestions(client, "en", "Help at home Schiffl")
        assert name in {item["title"] for item in suggested}
        Service.objects.get(locale__language_code="en", name=name).unpublish()
        assert name not in {r["title"] for r in results(search(client, "en", "Schifflange help"))}
        suggested = suggestions(client, "en", "Help at home Schiffl")
        assert name not in {item["title"] for item in suggested}


class PromotionAndReportTests(DemoSite):
    def test_editors_picks_show_first_in_the_visitors_language_only(self, client):
        french = Page.objects.get(locale__language_code="fr", depth=2)
        english = Page.objects.get(locale__language_code="en", depth=2)
        query = Query.get("ordinateur")
        SearchPromotion.objects.create(query=query, page=french, description="Notre choix", sort_order=0)
        SearchPromotion.objects.create(query=query, page=english, description="Our pick", sort_order=1)
        soup = BeautifulSoup(search(client, "fr", "Ordinateur").content, "html.parser")
        picks = soup.select(".site-search-picks li")
        assert [pick.select_one("a")["href"] for pick in picks] == [french.url]
        assert "Notre choix" in picks[0].get_text()

    def test_a_pick_added_after_a_search_shows_on_the_next_one(self, client):
        assert not BeautifulSoup(search(client, "fr", "ordinateur").content, "html.parser").select(".site-search-picks")
        french = Page.objects.get(locale__language_code="fr", depth=2)
        SearchPromotion.objects.create(query=Query.get("ordinateur"), page=french, description="Notre choix")
        picks = BeautifulSoup(search(client, "fr", "ordinateur").content, "html.parser").select(".site-search-picks li")
        assert [pick.select_one("a")["href"] for pick in picks] == [french.url]

    def test_searches_count_in_the_search_terms_report(self, client):
        search(client, "de", "Garten")
        search(client, "de", "garten ")
        search(client, "de", "Garten", page="2")
        assert Query.get("garten").hits == 2


class RobustInputTests(DemoSite):
    @pytest.mark.parametrize(
        "query",
        [
            "<script>alert(1)</script>",
            '"><img src=x onerror=alert(1)>',
            "AND OR NOT NEAR",
            "café:* & | ! ( ) \" ' \\ % _ * -",
            "\x00\x01\u202e",
            "👵🏽 🌳",
            "مساعدة في المنزل 帮助",
            "a" * 5000,
            "Garten " * 300,
        ],
    )
    def test_any_input_answers_without_error_and_never_as_markup(self, client, query):
        response = search(client, "de", query)
        body = response.content.decode()
        assert "<script>alert" not in body
        assert "<img src=x" not in body
        assert client.get(url("de", "site_search_suggestions"), {"q": query}).status_code == 200

    def test_a_long_query_is_shortened_and_the_visitor_told(self, client):
        response = search(client, "fr", "jardin " * 50)
        assert "100" in BeautifulSoup(response.content, "html.parser").select_one(".notice").get_text()
        assert results(response)

    def test_punctuation_alone_asks_for_a_word(self, client):
        response = search(client, "en", "?!…")
        assert results(response) == []
        assert b"Type at least one word" in response.content


class CachingTests(DemoSite):
    def test_search_responses_are_private_and_never_stored_by_the_page_cache(self, client, settings):
        settings.PAGE_CACHE_SECONDS = 300
        for address in (url("fr"), url("fr") + "?q=jardin", url("fr", "site_search_suggestions") + "?q=jar"):
            first, second = client.get(address), client.get(address)
            assert "private" in first["Cache-Control"] and "no-store" in first["Cache-Control"]
            assert second.get("X-Page-Cache") is None


class SuggestionTests(DemoSite):
    def test_suggestions_start_with_what_was_typed_in_the_visitors_language(self, client):
        data = client.get(url("lb", "site_search_suggestions"), {"q": "Internets"}).json()
        titles = [item["title"] for item in data["suggestions"]]
        assert titles and all(title.startswith("Internetstuff") for title in titles)
        assert len(titles) <= 8
        assert all(item["url"].startswith("/lb/") for item in data["suggestions"])
        assert data["search_url"] == "/lb/sichen/"

    def test_accents_and_case_do_not_matter(self, client):
        data = client.get(url("fr", "site_search_suggestions"), {"q": "equipe envir"}).json()
        assert data["suggestions"][0]["title"].startswith("Équipe environnement")

    def test_nothing_typed_suggests_nothing(self, client):
        assert client.get(url("en", "site_search_suggestions"), {"q": " "}).json()["suggestions"] == []


class FallbackTests(DemoSite):
    def test_an_unreachable_cluster_is_logged_and_the_database_answers(self, client, caplog):
        with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_CLUSTER), caplog.at_level(logging.WARNING):
            found = results(search(client, "de", "Garten"))
            suggestions = client.get(url("de", "site_search_suggestions"), {"q": "Garten"}).json()["suggestions"]
        assert any(r["title"].startswith("Gartendienst") for r in found)
        assert suggestions
        assert "unreachable" in caplog.text
