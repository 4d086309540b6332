import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale

from geography.models import Commune
from services_directory.models import DataOrigin, Location, Organization, Service
from services_directory.selectors import directory_services


def generate(*args):
    out = io.StringIO()
    call_command(
        "generate_synthetic_directory",
        "--services",
        "50",
        "--organizations",
        "10",
        "--locations",
        "40",
        *args,
        stdout=out,
    )
    return out.getvalue()


@pytest.mark.django_db
class SyntheticDirectoryTests:
    def test_generates_the_requested_counts_marked_synthetic(self):
        assert "Created 50 services, 10 organisations and 40 places" in generate()
        assert Service.objects.filter(data_origin=DataOrigin.SYNTHETIC, live=True).count() == 50
        assert Organization.objects.filter(data_origin=DataOrigin.SYNTHETIC).count() == 10
        assert Location.objects.filter(data_origin=DataOrigin.SYNTHETIC).count() == 40
        service = Service.objects.filter(data_origin=DataOrigin.SYNTHETIC).first()
        assert service.categories.exists() and service.service_areas.exists() and service.schedules.exists()
        assert service.languages.filter(code="lb").exists()
        assert service.locale == Locale.get_default()
        assert service.is_sample

    def test_the_services_show_in_the_directory(self):
        generate()
        french = Locale.get_default()
        visible = directory_services(locale=french)
        assert 0 < visible.count() <= 50
        served = Commune.objects.filter(directory_services__isnull=False).distinct().first()
        assert directory_services(locale=french, commune=served).exists()

    def test_a_second_run_needs_replace(self):
        generate()
        with pytest.raises(CommandError, match="--replace"):
            generate()
        generate("--replace", "--seed", "2")
        assert Service.objects.filter(data_origin=DataOrigin.SYNTHETIC).count() == 50
        call_command("generate_synthetic_directory", "--delete", stdout=io.StringIO())
        assert not Service.objects.filter(data_origin=DataOrigin.SYNTHETIC).exists()
        assert not Location.objects.exists()
