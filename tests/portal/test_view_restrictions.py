"""Private pages stay private although view restrictions are read once per request and cached."""

import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


class ViewRestrictionTests:
    def test_restricting_a_page_takes_effect_on_the_next_visit_and_lifting_it_too(self, client, site_pages):
        news = site_pages["fr"]["news"]
        assert client.get(news.url).status_code == 200
        assert "Un café en ligne" in client.get("/fr/").text

        restriction = PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
        response = client.get(news.url)
        assert response.status_code == 302
        assert "login" in response["Location"]
        assert "Un café en ligne" not in client.get("/fr/").text

        restriction.delete()
        assert client.get(news.url).status_code == 200
        assert "Un café en ligne" in client.get("/fr/").text

    def test_a_password_protected_section_asks_for_the_password(self, client, site_pages):
        index = site_pages["de"]["news_index"]
        PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.PASSWORD, password="x")
        response = client.get(site_pages["de"]["news"].url)
        assert response.status_code == 200
        assert 'name="password"' in response.text
