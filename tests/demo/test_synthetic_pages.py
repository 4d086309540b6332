import io

import pytest
from django.core.management import call_command

from home.models import HomePage, StandardPage


@pytest.mark.django_db
class SyntheticPagesTests:
    def test_live_pages_under_each_home_page_that_open(self, client):
        out = io.StringIO()
        call_command("generate_synthetic_pages", "--per-language", "3", stdout=out)
        pages = StandardPage.objects.filter(slug__startswith="synthetic-pages-", live=True)
        assert pages.count() == 3 * HomePage.objects.filter(depth=2).count() > 0
        assert f"Created {pages.count()} synthetic pages" in out.getvalue()
        page = pages.first()
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()
