import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse

from portal.page_cache import response_is_cacheable

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


class PageCacheTests:
    def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
        self, client, site_pages, page_cache, django_assert_num_queries
    ):
        url = site_pages["de"]["news"].url
        first = client.get(url)
        assert first[HEADER] == "miss"
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second[HEADER] == "hit"
        assert second.content == first.content
        assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
        assert second["Content-Language"] == "de"

    def test_each_language_has_its_own_entry(self, client, site_pages, page_cache):
        for language in ("fr", "de", "lb", "en"):
            client.get(f"/{language}/")
        for language in ("fr", "de", "lb", "en"):
            response = client.get(f"/{language}/")
            assert response[HEADER] == "hit"
            assert f'<html lang="{language}"' in response.text

    def test_publishing_purges_the_cached_pages(self, client, site_pages, page_cache):
        page = site_pages["fr"]["standard"]
        client.get(page.url)
        client.get("/en/")
        page.title = "Déclaration d’accessibilité révisée"
        page.save_revision().publish()
        response = client.get(page.url)
        assert response[HEADER] == "miss"
        assert "Déclaration d’accessibilité révisée" in response.text
        assert client.get("/en/")[HEADER] == "miss"

    def test_a_page_cached_before_the_publish_is_committed_is_purged_at_the_commit(
        self, client, site_pages, page_cache, django_capture_on_commit_callbacks
    ):
        """Another worker may render the old page between the publish and its commit."""
        page = site_pages["fr"]["standard"]
        with django_capture_on_commit_callbacks(execute=True):
            page.title = "Déclaration d’accessibilité révisée"
            page.save_revision().publish()
            Page = type(page)
            Page.objects.filter(pk=page.pk).update(title="Ancien titre")  # what a reader sees before the commit
            assert "Ancien titre" in client.get(page.url).text
            Page.objects.filter(pk=page.pk).update(title="Déclaration d’accessibilité révisée")
        response = client.get(page.url)
        assert response[HEADER] == "miss"
        assert "Déclaration d’accessibilité révisée" in response.text

    def test_unpublishing_purges_the_cached_page(self, client, site_pages, page_cache):
        page = site_pages["lb"]["news"]
        assert client.get(page.url).status_code == 200
        page.unpublish()
        assert client.get(page.url).status_code == 404

    def test_signed_in_editors_never_get_or_fill_the_cache(self, client, site_pages, page_cache):
        editor = get_user_model().objects.create_superuser("ed", "ed@example.lu", "a long enough passphrase")
        client.get("/fr/")
        client.force_login(editor)
        assert HEADER not in client.get("/fr/")
        client.logout()
        client.cookies.clear()
        assert client.get("/fr/")[HEADER] == "hit"

    def test_search_and_other_query_strings_are_not_cached(self, client, site_pages, page_cache):
        for _ in range(2):
            assert HEADER not in client.get("/fr/?q=caf%C3%A9")
            assert HEADER not in client.get(site_pages["fr"]["news_index"].url, {"page": "1"})

    def test_posts_and_errors_are_not_cached(self, client, site_pages, page_cache):
        client.get("/fr/")
        assert HEADER not in client.post("/fr/", {})
        for _ in range(2):
            assert HEADER not in client.get("/fr/missing/")

    def test_disabled_when_the_lifetime_is_zero(self, client, site_pages, settings):
        settings.PAGE_CACHE_SECONDS = 0
        client.get("/fr/")
        assert HEADER not in client.get("/fr/")


class CacheableResponseTests:
    def test_only_plain_public_html_is_cacheable(self):
        assert response_is_cacheable(HttpResponse("<p>hi</p>"))
        with_cookie = HttpResponse("<form>")
        with_cookie.set_cookie("csrftoken", "x")
        varies = HttpResponse("<form>", headers={"Vary": "Cookie"})
        private = HttpResponse("<p>", headers={"Cache-Control": "private, max-age=0"})
        json = HttpResponse("{}", content_type="application/json")
        not_found = HttpResponse("<p>", status=404)
        for response in (with_cookie, varies, private, json, not_found):
            assert not response_is_cacheable(response)


class QueryCeilingTests:
    """Every home-app page type renders, uncached, in at most 12 SQL queries, in every language."""

    def test_query_count(self, client, site_pages, django_assert_max_num_queries):
        for pages in site_pages.values():
            for page in pages.values():
                client.get(page.url)
                with django_assert_max_num_queries(12, info=page.url):
                    assert client.get(page.url).status_code == 200


class NavigationCacheTests:
    """The menu and footer are cached across requests and renewed when editors change them."""

    def test_menu_follows_publishing(self, client, site_pages):
        home = site_pages["fr"]["home"]
        assert "Nos services" not in client.get("/fr/").text
        page = site_pages["fr"]["standard"]
        page.title = "Nos services"
        page.show_in_menus = True
        page.save_revision().publish()
        assert 'href="/fr/accessibilite/">Nos services</a>' in client.get(home.url).text
        page.unpublish()
        assert "Nos services" not in client.get("/fr/").text

    def test_footer_follows_the_site_settings(self, client, site_pages):
        from wagtail.models import Site

        from home.models import SiteSettings

        client.get("/de/")
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.phone = "+352 26 00 00 00"
        site_settings.save()
        assert "+352 26 00 00 00" in client.get("/de/").text

    def test_locale_home_is_a_page_for_pageurl(self, rf, site_pages):
        from django.template import Context, Template
        from django.utils import translation

        template = Template("{% load navigation_tags wagtailcore_tags %}{% locale_home as home %}{% pageurl home %}")
        for language in ("lb", "de"):
            with translation.override(language):
                html = template.render(Context({"request": rf.get(f"/{language}/")}))
            assert html == site_pages[language]["home"].url
