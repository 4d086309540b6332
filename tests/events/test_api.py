from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories.directory import LocationFactory, OrganizationFactory, commune
from tests.factories.events import EventFactory, publish_event, session


def in_days(n: int):
    return timezone.localdate() + timedelta(days=n)


@pytest.mark.django_db
class EventsOpenDataTests:
    @pytest.fixture
    def events(self):
        web_cafe = OrganizationFactory(name="Web café Differdange")
        place = LocationFactory(commune=commune("differdange"))
        course = publish_event(
            EventFactory(
                title="Smartphone",
                organization=web_cafe,
                location=place,
                session_languages=["pt"],
                schedule=[session(in_days(3)), session(in_days(10))],
            )
        )
        tour = publish_event(EventFactory(title="Visite", kind="tour", price=5, schedule=[session(in_days(1))]))
        past = publish_event(EventFactory(title="Passé", schedule=[session(in_days(-2))]))
        return {"course": course, "tour": tour, "past": past, "web_cafe": web_cafe}

    def test_upcoming_events_soonest_first_once_each(self, client, events):
        data = client.get(reverse("hsds:events")).json()
        assert [item["name"] for item in data["contents"]] == ["Visite", "Smartphone"]
        smartphone = data["contents"][1]
        assert smartphone["languages"] == ["pt"]
        assert smartphone["commune"] == commune("differdange").lau2_code
        assert len(smartphone["sessions"]) == 2
        assert data["contents"][0]["price"] == "5.00"

    def test_filters(self, client, events):
        url = reverse("hsds:events")
        assert [i["name"] for i in client.get(url, {"kind": "tour"}).json()["contents"]] == ["Visite"]
        by_org = client.get(url, {"organization_id": str(events["web_cafe"].translation_key)}).json()
        assert [i["name"] for i in by_org["contents"]] == ["Smartphone"]
        assert client.get(url, {"kind": "party"}).status_code == 400

    def test_a_past_event_keeps_its_record(self, client, events):
        response = client.get(reverse("hsds:event", args=[events["past"].translation_key]))
        assert response.status_code == 200
        assert response.json()["sessions"] == []

    def test_the_openapi_document_describes_the_events(self, client):
        document = client.get(reverse("hsds:openapi")).json()
        assert {"/events", "/events/{id}"} <= set(document["paths"])
        assert "sessions" in document["components"]["schemas"]["Event"]["properties"]
