import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
import schemathesis
from django.core.signals import request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    status_code_conformance,
)
from wagtail.models import Locale

from demo.toolkit import T, translate
from services_directory.api.serializers import TAXONOMY_ID
from services_directory.importers import directory_import
from services_directory.models import Service
from tests.factories.directory import LocationFactory, OrganizationFactory, ServiceFactory, commune
from tests.factories.once import fresh, rolled_back_after

HSDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "hsds-3.0"
needs_schemas = pytest.mark.skipif(
    not (HSDS / "compiled").is_dir(), reason="the HSDS 3.0 schemas are not beside the repository"
)


def validator(name: str) -> Draft202012Validator:
    registry = Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012))
        for path in HSDS.glob("*.json")
    )
    schema = json.loads((HSDS / name).read_text())
    return Draft202012Validator(schema, registry=registry)


def assert_valid(name: str, instance):
    errors = sorted(validator(name).iter_errors(instance), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def log(message):
    pass


def directory_records() -> dict:
    """A published web café with its German translation, a community-care service and a draft."""
    organization = OrganizationFactory(name="CIGL Schifflange", description="Centre local.", external_id="ORG-1")
    place = LocationFactory(name="Maison des jeunes", step_free_access="yes", external_id="LOC-1")
    web_cafe = ServiceFactory(
        organization=organization,
        name="Web café",
        description="Aide informatique.",
        external_id="SRV-1",
        categories=["web-cafe"],
        service_areas=["schifflange", "kayl"],
        languages=["fr", "lb", "pt"],
        locations=[place],
        hours=[(1, "14:00", "17:00"), (4, "20:00", "02:00")],
        phones=["+352 26 54 00 01"],
        is_free=True,
    )
    web_cafe.save_revision().publish()
    care = ServiceFactory(
        name="Aide à domicile",
        description="Petits travaux.",
        external_id="SRV-2",
        categories=["community-care"],
        service_areas=["esch-sur-alzette"],
        locations=[LocationFactory(commune=commune("esch-sur-alzette"), external_id="LOC-2")],
    )
    ServiceFactory(name="Brouillon", live=False, categories=["web-cafe"])
    translate(
        organization,
        {
            "name": T("CIGL Schifflange", "CIGL Schifflingen", "CIGL Schëffleng", "CIGL Schifflange"),
            "description": T("Centre local.", "Lokales Zentrum.", "Lokale Zenter.", "Local centre."),
        },
        log=log,
        languages=("de",),
    )
    translate(
        web_cafe,
        {
            "name": T("Web café", "Webcafé", "Internetstuff", "Web café"),
            "description": T("Aide informatique.", "Computerhilfe.", "Hëllef mam Computer.", "Computer help."),
        },
        log=log,
        languages=("de",),
    )
    return {"web_cafe": web_cafe, "care": care, "organization": organization, "place": place}


@pytest.fixture(scope="class")
def _directory_records(django_db_setup, django_db_blocker):
    with rolled_back_after(django_db_blocker):
        yield directory_records()


@pytest.fixture
def directory(db, _directory_records):
    """The records of ``directory_records``, built once per class."""
    return fresh(_directory_records)


def get(client, name, *args, **params):
    response = client.get(reverse(f"hsds:{name}", args=args), params)
    return response


@pytest.mark.django_db
class ApiTests:
    def test_root_gives_version_profile_and_openapi(self, client):
        response = get(client, "root")
        assert response.status_code == 200
        data = response.json()
        assert data["version"] == "3.0"
        assert data["profile"].startswith("https://")
        openapi = client.get(data["openapi_url"]).json()
        assert openapi["openapi"].startswith("3.")
        assert {"/services", "/services/{id}", "/organizations", "/service_at_locations", "/taxonomy_terms"} <= set(
            openapi["paths"]
        )

    def test_anyone_may_read_from_any_origin_but_not_write(self, client, directory):
        response = get(client, "services")
        assert response["Access-Control-Allow-Origin"] == "*"
        preflight = client.options(reverse("hsds:services"), HTTP_ORIGIN="https://example.org")
        assert preflight.status_code == 204
        assert "GET" in preflight["Access-Control-Allow-Methods"]
        assert client.post(reverse("hsds:services"), {}).status_code == 405

    def test_services_page_lists_published_services_only(self, client, directory):
        data = get(client, "services").json()
        assert [item["name"] for item in data["contents"]] == ["Aide à domicile", "Web café"]
        assert data | {"contents": None} == {
            "total_items": 2,
            "total_pages": 1,
            "page_number": 1,
            "size": 2,
            "first_page": True,
            "last_page": True,
            "empty": False,
            "contents": None,
        }

    def test_pagination(self, client, directory):
        data = get(client, "services", per_page=1, page=2).json()
        assert (data["total_pages"], data["page_number"], data["size"]) == (2, 2, 1)
        assert (data["first_page"], data["last_page"]) == (False, True)
        assert [item["name"] for item in data["contents"]] == ["Web café"]
        assert get(client, "services", page=5).json()["empty"] is True
        assert get(client, "services", per_page=1000).status_code == 400

    def test_a_service_in_german_has_the_same_id_and_facts(self, client, directory):
        key = str(directory["web_cafe"].translation_key)
        french = get(client, "service", key).json()
        german = get(client, "service", key, lang="de").json()
        assert german["id"] == french["id"] == key
        assert (french["name"], german["name"]) == ("Web café", "Webcafé")
        assert german["organization"]["name"] == "CIGL Schifflingen"
        for facts in ("schedules", "service_areas", "phones"):
            assert [(x["id"], x.get("number"), x.get("extent"), x.get("byday")) for x in german[facts]] == [
                (x["id"], x.get("number"), x.get("extent"), x.get("byday")) for x in french[facts]
            ]
        assert {area["extent"] for area in french["service_areas"]} == {"0214", "0206"}
        assert [s["byday"] + s["opens_at"] + s["closes_at"] for s in french["schedules"]] == [
            "TU14:0017:00",
            "FR20:0002:00",
        ]
        assert french["cost_options"][0]["amount"] == 0
        assert get(client, "service", str(directory["care"].translation_key), lang="de").status_code == 404
        assert get(client, "service", key, lang="xx").status_code == 400

    def test_filters(self, client, directory):
        def names(**params):
            return [item["name"] for item in get(client, "services", **params).json()["contents"]]

        web_cafe_term = directory["web_cafe"].categories.get()
        assert names(search="informatique") == ["Web café"]
        assert names(search="INFORMATIQUE") == ["Web café"]
        assert names(taxonomy_term_id=str(web_cafe_term.translation_key)) == ["Web café"]
        assert names(taxonomy_id=TAXONOMY_ID) == ["Aide à domicile", "Web café"]
        assert names(organization_id=str(directory["organization"].translation_key)) == ["Web café"]
        assert names(commune="0206") == ["Web café"]  # Kayl: served, not located
        assert names(commune="0204") == ["Aide à domicile"]  # Esch: located there
        assert names(lang="de") == ["Webcafé"]
        future = (timezone.now() + timedelta(days=1)).isoformat()
        assert names(modified_after=future) == []
        assert names(modified_after="2000-01-01") == ["Aide à domicile", "Web café"]
        for bad in ({"commune": "9999"}, {"modified_after": "yesterday"}, {"taxonomy_term_id": "web-cafe"}):
            response = get(client, "services", **bad)
            assert response.status_code == 400
            assert response.json()["error"]

    def test_impossible_dates_get_a_clear_400_on_every_collection(self, client, directory):
        for collection in ("services", "organizations", "service_at_locations"):
            for value in ("2024-02-30", "2024-13-01", "0000-01-01", "9999-12-31T23:59:59+99:00", "2024-05-31T25:00"):
                response = get(client, collection, modified_after=value)
                assert response.status_code == 400, (collection, value)
                assert "modified_after must be an ISO 8601 date" in response.json()["error"]

    def test_dates_at_the_ends_of_the_calendar_are_valid(self, client, directory):
        for collection in ("services", "organizations", "service_at_locations"):
            everything = get(client, collection, modified_after="0001-01-01T00:00:00")
            assert everything.status_code == 200
            assert everything.json()["total_items"] == get(client, collection).json()["total_items"] > 0
            nothing = get(client, collection, modified_after="9999-12-31T23:59:59-05:00")
            assert nothing.status_code == 200
            assert nothing.json()["total_items"] == 0

    def test_nul_bytes_empty_values_and_loose_numbers_are_refused(self, client, directory):
        for bad in (
            {"search": "caf\x00é"},
            {"organization_id": ""},
            {"commune": ""},
            {"full": "maybe"},
            {"page": "1_0"},
            {"per_page": "２"},
            {"taxonomy_id": "categories"},
        ):
            response = get(client, "services", **bad)
            assert response.status_code == 400, bad
            assert next(iter(bad)) in response.json()["error"]
        assert get(client, "services", search="", full="true").status_code == 200
        assert get(client, "services", lang="xx").status_code == 400
        assert get(client, "service", str(directory["web_cafe"].translation_key), lang="xx").status_code == 400

    def test_other_collections(self, client, directory):
        organizations = get(client, "organizations").json()["contents"]
        assert "CIGL Schifflange" in [o["name"] for o in organizations]
        key = str(directory["organization"].translation_key)
        organization = get(client, "organization", key, lang="de").json()
        assert organization["name"] == "CIGL Schifflingen"
        assert [s["name"] for s in organization["services"]] == ["Webcafé"]
        links = get(client, "service_at_locations", commune="0214").json()["contents"]
        assert [(link["service"]["name"], link["location"]["name"]) for link in links] == [
            ("Web café", "Maison des jeunes")
        ]
        link = get(client, "service_at_location", links[0]["id"]).json()
        assert link["location"]["addresses"][0]["city"] == "Schifflange"
        terms = get(client, "taxonomy_terms").json()["contents"]
        assert {term["code"] for term in terms} == {"web-cafe", "community-care"}
        assert get(client, "taxonomy_term", terms[0]["id"]).json()["code"] == terms[0]["code"]
        assert get(client, "taxonomies").json()["contents"][0]["id"] == TAXONOMY_ID
        assert get(client, "taxonomy", TAXONOMY_ID).json()["id"] == TAXONOMY_ID

    def test_csv_export_uses_the_import_template_and_imports_back_unchanged(self, client, directory):
        response = get(client, "services", format="csv")
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        web_cafe = next(row for row in rows if row["service_id"] == "SRV-1")
        assert web_cafe["service_area"] == "0206;0214"
        assert web_cafe["hours"] == "Tu 14:00-17:00;Fr 20:00-02:00"
        assert web_cafe["commune"] == "0214"
        report = directory_import(name="export.csv", content=response.content)
        assert report.problems == []
        assert not report.outcome.changed
        assert Service.objects.filter(locale=Locale.get_default()).count() == 3

    def test_the_json_export_imports_back_unchanged(self, client, directory):
        response = get(client, "services", full="true")
        report = directory_import(name="export.json", content=response.content)
        assert report.problems == []
        assert not report.outcome.changed

    def test_other_collections_export_as_csv(self, client, directory):
        response = get(client, "organizations", format="csv")
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        assert "CIGL Schifflange" in [row["name"] for row in rows]
        assert get(client, "services", format="xml").status_code == 400

    def test_queries_per_page_do_not_grow_with_the_number_of_services(
        self, client, directory, django_assert_max_num_queries
    ):
        for number in range(20):
            ServiceFactory(
                name=f"Umweltteam {number}",
                categories=["environment"],
                service_areas=["wiltz", "kiischpelt"],
                languages=["lb", "de"],
                locations=[LocationFactory(commune=commune("wiltz"))],
                hours=[(0, "08:00", "16:00")],
                phones=["+352 95 00 00 00"],
            )
        with django_assert_max_num_queries(16):
            data = get(client, "services", full="true", per_page=50).json()
        assert data["size"] == 22
        with django_assert_max_num_queries(12):
            assert get(client, "service_at_locations").json()["size"] == 22


@needs_schemas
@pytest.mark.django_db
class HsdsSchemaTests:
    def test_service_list_and_full_services(self, client, directory):
        for item in get(client, "services").json()["contents"]:
            assert_valid("compiled/service_list.json", item)
        for item in get(client, "services", full="true", lang="de").json()["contents"]:
            assert_valid("compiled/service.json", item)
        assert_valid("compiled/service.json", get(client, "service", str(directory["web_cafe"].translation_key)).json())

    def test_organizations(self, client, directory):
        for item in get(client, "organizations").json()["contents"]:
            assert_valid("compiled/organization_list.json", item)
        key = str(directory["organization"].translation_key)
        assert_valid("compiled/organization.json", get(client, "organization", key).json())

    def test_service_at_locations(self, client, directory):
        links = get(client, "service_at_locations").json()["contents"]
        assert links
        for item in links:
            assert_valid("compiled/service_at_location_list.json", item)
        assert_valid("compiled/service_at_location.json", get(client, "service_at_location", links[0]["id"]).json())

    def test_taxonomies_and_terms(self, client, directory):
        for item in get(client, "taxonomy_terms", lang="lb").json()["contents"]:
            assert_valid("taxonomy_term.json", item)
        for item in get(client, "taxonomies").json()["contents"]:
            assert_valid("taxonomy.json", item)


# response_schema_conformance is left out on purpose: the document points at the published HSDS 3.0
# schemas, which would need the network; HsdsSchemaTests validates the bodies against them.
CONTRACT_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
]
CONTRACT_EXAMPLES = 25


@pytest.mark.django_db
class OpenApiContractTests:
    @pytest.fixture
    def wsgi_in_test_transaction(self):
        """As Django's test client does: each request must not close the connection holding the test's data."""
        request_started.disconnect(close_old_connections)
        yield get_wsgi_application()
        request_started.connect(close_old_connections)

    def test_every_operation_does_what_the_openapi_document_says(self, directory, wsgi_in_test_transaction):
        """Schemathesis, in-process against the WSGI application: valid requests (as the document describes
        them) get an answer, invalid ones a 400 or 404, never a 500 or an undocumented status or content type."""
        schema = schemathesis.openapi.from_wsgi(reverse("hsds:openapi"), wsgi_in_test_transaction)
        failures = []
        checked = 0
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) == 13  # the HSDS operations and the two of events
        for operation in operations:
            # The API's root takes no parameter: there is no invalid request to make of it.
            has_parameters = bool(list(operation.query) or list(operation.path_parameters))
            modes = list(schemathesis.GenerationMode) if has_parameters else [schemathesis.GenerationMode.POSITIVE]
            for mode in modes:

                @given(case=operation.as_strategy(generation_mode=mode))
                @settings(
                    max_examples=CONTRACT_EXAMPLES,
                    deadline=timedelta(seconds=2),
                    derandomize=True,
                    database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
                )
                def check(case):
                    case.call_and_validate(checks=CONTRACT_CHECKS)

                checked += 1
                try:
                    check()
                except (AssertionError, FailureGroup) as error:
                    failures.append(f"{operation.label} ({mode}): {error}")
        assert not failures, "\n\n".join(failures)
        assert checked == 25  # 13 operations, 12 of which take parameters
