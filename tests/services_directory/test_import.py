import csv
import io
import json
import re
from datetime import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Revision

from services_directory.importers import CREATED, UNCHANGED, UPDATED, directory_import
from services_directory.models import DataOrigin, Location, Organization, Service
from tests.factories.directory import TaxonomyTermFactory

TEMPLATE = Path(__file__).resolve().parents[2] / "services_directory" / "import_template.csv"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def categories(db):
    for code in ("web-cafe", "digital-inclusion", "community-care", "environment"):
        TaxonomyTermFactory(code=code)


def template_rows():
    with TEMPLATE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def as_csv(rows) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def import_csv(content, **kwargs):
    return directory_import(name="directory.csv", content=content, **kwargs)


@pytest.mark.django_db
class CsvImportTests:
    def test_the_template_imports(self, categories):
        report = import_csv(TEMPLATE.read_bytes())
        assert report.problems == []
        assert report.outcome.count("service", CREATED) == 2
        web_cafe = Service.objects.get(external_id="CIGL-EXEMPLE-WEBCAFE")
        assert web_cafe.live
        assert web_cafe.data_origin == DataOrigin.IMPORT
        assert web_cafe.locale.language_code == "fr"
        assert web_cafe.organization.name == "CIGL Exemple (exemple fictif)"
        assert {c.code for c in web_cafe.categories.all()} == {"web-cafe", "digital-inclusion"}
        assert {c.slug for c in web_cafe.service_areas.all()} == {"schifflange", "kayl"}
        assert {lang.code for lang in web_cafe.languages.all()} == {"fr", "lb", "pt"}
        assert [(s.weekday, s.opens_at, s.closes_at) for s in web_cafe.schedules.all()] == [
            (1, time(14), time(17)),
            (3, time(9), time(12)),
        ]
        assert web_cafe.is_free
        [place] = [link.location for link in web_cafe.service_at_locations.all()]
        assert (place.commune.slug, place.postal_code, place.step_free_access) == ("schifflange", "3850", "yes")
        assert Organization.objects.count() == 1

    def test_importing_the_same_file_twice_changes_nothing(self, categories):
        import_csv(TEMPLATE.read_bytes())
        revisions = Revision.objects.count()
        stamps = list(Service.objects.order_by("pk").values_list("updated_at", flat=True))
        report = import_csv(TEMPLATE.read_bytes())
        assert report.problems == []
        assert not report.outcome.changed
        assert report.outcome.count("service", UNCHANGED) == 2
        assert Revision.objects.count() == revisions
        assert list(Service.objects.order_by("pk").values_list("updated_at", flat=True)) == stamps
        assert (Organization.objects.count(), Location.objects.count(), Service.objects.count()) == (1, 1, 2)

    def test_a_changed_row_updates_that_service_only(self, categories):
        import_csv(TEMPLATE.read_bytes())
        rows = template_rows()
        rows[1]["hours"] = "Mo 08:00-12:00;Fr 20:00-02:00"
        rows[1]["status"] = "temporarily closed"
        report = import_csv(as_csv(rows))
        assert report.outcome.count("service", UPDATED) == 1
        [change] = [c for c in report.outcome.changes if c.action == UPDATED]
        assert change.external_id == "CIGL-EXEMPLE-AIDE"
        assert set(change.fields) == {"status", "schedules"}
        care = Service.objects.get(external_id="CIGL-EXEMPLE-AIDE")
        assert care.status == "temporarily closed"
        assert care.opening_hours().slots[-1].crosses_midnight

    def test_bad_rows_are_named_and_nothing_is_imported(self, categories):
        rows = template_rows()
        rows[0]["hours"] = "Tuesday afternoon"
        rows[1]["service_area"] = "Atlantis"
        rows[1]["last_verified"] = "31/12/2026"
        report = import_csv(as_csv(rows))
        messages = [str(problem) for problem in report.problems]
        assert len(messages) == 3, "every problem of every row"
        assert messages[0].startswith("Line 2:") and "Tuesday afternoon" in messages[0]
        assert messages[1].startswith("Line 3:") and messages[2].startswith("Line 3:")
        assert any("Atlantis" in m for m in messages[1:]) and any("31/12/2026" in m for m in messages[1:])
        assert not report.written
        assert Service.objects.count() == Organization.objects.count() == Location.objects.count() == 0

    def test_skip_invalid_imports_the_good_rows(self, categories):
        rows = template_rows()
        rows[1]["categories"] = "knitting"
        report = import_csv(as_csv(rows), skip_invalid=True)
        assert [str(p) for p in report.problems] == ["Line 3: Unknown category code(s): knitting."]
        assert list(Service.objects.values_list("external_id", flat=True)) == ["CIGL-EXEMPLE-WEBCAFE"]

    def test_dry_run_writes_nothing(self, categories):
        report = import_csv(TEMPLATE.read_bytes(), dry_run=True)
        assert report.outcome.count("service", CREATED) == 2
        assert Service.objects.count() == 0

    def test_an_organisation_described_two_ways_is_refused(self, categories):
        rows = template_rows()
        rows[1]["organization_phone"] = "+352 99 99 99 99"
        report = import_csv(as_csv(rows))
        assert [p.line for p in report.problems] == [3]
        assert "CIGL-EXEMPLE" in report.problems[0].message

    def test_missing_columns_are_named(self, categories):
        report = import_csv(b"organization_id,service_name\nA,B\n")
        assert "description" in str(report.problems[0]) and report.problems[0].line == 1

    def test_semicolon_separated_files_are_read(self, categories):
        rows = template_rows()
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
        assert import_csv(out.getvalue().encode()).problems == []
        assert Service.objects.count() == 2


def hsds_service(**changes):
    service = {
        "id": "7a1b2c3d-0000-4000-8000-000000000001",
        "name": "Umweltteam Wiltz",
        "description": "Entretien des espaces verts.",
        "status": "active",
        "assured_date": "2026-10-01",
        "organization": {
            "id": "7a1b2c3d-0000-4000-8000-0000000000aa",
            "name": "CIGL Wiltz",
            "description": "CIG local.",
            "attributes": [
                {"id": "x", "taxonomy_term": {"id": "y", "name": "Local", "description": "", "code": "local"}}
            ],
        },
        "attributes": [
            {"id": "a", "taxonomy_term": {"id": "b", "name": "Env", "description": "", "code": "environment"}}
        ],
        "service_areas": [{"id": "c", "name": "Wiltz", "extent": "0807", "extent_type": "lau2"}],
        "languages": [{"id": "d", "code": "lb"}, {"id": "e", "code": "de"}],
        "phones": [{"id": "f", "number": "+352 95 00 00 00", "type": "voice"}],
        "schedules": [{"id": "g", "freq": "WEEKLY", "byday": "MO,WE", "opens_at": "08:00", "closes_at": "16:00"}],
        "cost_options": [{"id": "h", "amount": 0, "option": "Free"}],
        "service_at_locations": [
            {
                "id": "i",
                "location": {
                    "id": "7a1b2c3d-0000-4000-8000-0000000000bb",
                    "location_type": "physical",
                    "name": "Atelier",
                    "latitude": 49.9664,
                    "longitude": 5.9329,
                    "addresses": [
                        {
                            "id": "j",
                            "address_1": "1, Grand-Rue",
                            "city": "Wiltz",
                            "postal_code": "9530",
                            "state_province": "Wiltz",
                            "country": "LU",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
    }
    service.update(changes)
    return service


@pytest.mark.django_db
class HsdsJsonImportTests:
    def import_json(self, data, **kwargs):
        return directory_import(name="services.json", content=json.dumps(data).encode(), **kwargs)

    def test_an_hsds_service_imports_with_its_facts(self, categories):
        report = self.import_json([hsds_service()])
        assert report.problems == []
        service = Service.objects.get(external_id="7a1b2c3d-0000-4000-8000-000000000001")
        assert service.is_free
        assert [c.code for c in service.categories.all()] == ["environment"]
        assert [c.lau2_code for c in service.service_areas.all()] == ["0807"]
        assert [(s.weekday, s.opens_at) for s in service.schedules.all()] == [(0, time(8)), (2, time(8))]
        assert service.service_at_locations.get().location.commune.slug == "wiltz"
        assert self.import_json({"contents": [hsds_service()]}).outcome.changed is False

    def test_a_bad_record_is_named_by_its_position(self, categories):
        report = self.import_json([hsds_service(), hsds_service(id="other", status="closed forever", email="nobody")])
        messages = [str(p) for p in report.problems]
        assert len(messages) == 2 and all(m.startswith("Record 2:") for m in messages)
        assert any("closed forever" in m for m in messages) and any("nobody" in m for m in messages)
        assert Service.objects.count() == 0

    def test_broken_json_is_reported(self, categories):
        report = directory_import(name="services.json", content=b'[{"id": ')
        assert report.problems and "JSON" in str(report.problems[0])


@pytest.mark.django_db
class ImportCommandTests:
    def test_the_command_names_the_bad_line_and_fails(self, categories, tmp_path):
        rows = template_rows()
        rows[1]["email"] = "not-an-address"
        rows[1]["hours"] = "Mo 09:00-12:00; Tuesday; We 25:00-26:00"
        rows[1]["languages"] = "tlh"
        path = tmp_path / "directory.csv"
        path.write_bytes(as_csv(rows))
        err = io.StringIO()
        with pytest.raises(CommandError, match="nothing imported"):
            call_command("import_directory", str(path), stderr=err)
        assert re.search(r"(Line|Ligne) 3\b", err.getvalue()) and "not-an-address" in err.getvalue()
        for problem in ("“Tuesday”", "“We 25:00-26:00”", "tlh"):
            assert problem in err.getvalue(), problem
        assert Service.objects.count() == 0

    def test_the_command_reports_what_it_did(self, categories):
        out = io.StringIO()
        call_command("import_directory", str(TEMPLATE), stdout=out)
        assert "services: 2 created, 0 updated, 0 unchanged" in out.getvalue()
        out = io.StringIO()
        call_command("import_directory", str(TEMPLATE), stdout=out)
        assert "services: 0 created, 0 updated, 2 unchanged" in out.getvalue()


@pytest.mark.django_db
class AdminImportTests:
    url = "/admin/directory-import/"

    def login(self, client, django_user_model, group="Moderators"):
        from django.contrib.auth.models import Group

        user = django_user_model.objects.create_user(username=f"someone-{group}", password="x" * 12)
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)

    def upload(self, client, content, name="directory.csv"):
        from django.core.files.uploadedfile import SimpleUploadedFile

        return client.post(self.url, {"file": SimpleUploadedFile(name, content, content_type="text/csv")})

    def test_preview_then_confirm(self, client, django_user_model, categories):
        self.login(client, django_user_model)
        response = self.upload(client, TEMPLATE.read_bytes())
        assert response.status_code == 200
        page = response.content.decode()
        assert "CIGL-EXEMPLE-WEBCAFE" in page and 'name="confirm"' in page
        assert Service.objects.count() == 0
        response = client.post(self.url, {"confirm": "1", "fingerprint": response.context["fingerprint"]})
        assert response.status_code == 302
        assert Service.objects.count() == 2
        again = self.upload(client, TEMPLATE.read_bytes())
        assert again.context["changes"] == [] and again.context["unchanged_count"] == 4
        assert 'name="confirm"' not in again.content.decode()

    def test_a_bad_file_names_its_rows_and_cannot_be_confirmed(self, client, django_user_model, categories):
        self.login(client, django_user_model)
        rows = template_rows()
        rows[1]["hours"] = "every day"
        response = self.upload(client, as_csv(rows))
        page = response.content.decode()
        assert [problem.line for problem in response.context["report"].problems] == [3]
        assert "every day" in page
        assert 'name="confirm"' not in page
        response = client.post(self.url, {"confirm": "1", "fingerprint": "anything"})
        assert response.status_code == 302
        assert Service.objects.count() == 0

    def test_the_template_can_be_downloaded(self, client, django_user_model):
        self.login(client, django_user_model)
        response = client.get(self.url + "template.csv")
        assert b"".join(response.streaming_content) == TEMPLATE.read_bytes()

    @pytest.mark.parametrize("group", ["Helpdesk", "Editors"])
    def test_people_without_the_permission_are_refused(self, client, django_user_model, categories, group):
        """An import publishes at once: editors, whose changes are moderated, may not run it."""
        self.login(client, django_user_model, group=group)
        assert client.get(self.url).status_code in (302, 403)
        assert self.upload(client, TEMPLATE.read_bytes()).status_code in (302, 403)
        assert Service.objects.count() == 0
