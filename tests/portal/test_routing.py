"""A page's address follows what editors do, although routing reads the pages from the cache."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


class RoutingTests:
    def test_a_renamed_page_answers_at_its_new_address_only(self, client, site_pages):
        page = site_pages["fr"]["news"]
        old_url = page.url
        assert client.get(old_url).status_code == 200
        page.slug = "cafe-en-ligne"
        page.save_revision().publish()
        new_url = Page.objects.get(pk=page.pk).url
        assert new_url.endswith("/cafe-en-ligne/")
        assert client.get(old_url).status_code != 200
        assert "Un café en ligne" in client.get(new_url).text

    def test_an_unpublished_page_is_gone_and_a_republished_one_back(self, client, site_pages):
        page = site_pages["de"]["news"]
        assert client.get(page.url).status_code == 200
        page.unpublish()
        assert client.get(page.url).status_code == 404
        page.save_revision().publish()
        assert client.get(page.url).status_code == 200

    def test_a_moved_page_answers_under_its_new_parent_and_its_old_address_leads_there(self, client, site_pages):
        news, standard = site_pages["fr"]["news"], site_pages["fr"]["standard"]
        old_url = news.url
        assert client.get(old_url).status_code == 200
        news.move(standard, pos="last-child")
        news = Page.objects.get(pk=news.pk)
        assert news.url.startswith(standard.url)
        assert client.get(old_url).headers["Location"] == news.url  # Wagtail's automatic redirect
        assert "Un café en ligne" in client.get(news.url).text

    def test_a_saved_draft_leaves_the_live_page_as_it_was(self, client, site_pages):
        page = site_pages["fr"]["news"]
        client.get(page.url)
        page.title = "Brouillon pas encore publié"
        page.save_revision()
        html = client.get(page.url).text
        assert "Un café en ligne" in html and "Brouillon" not in html
