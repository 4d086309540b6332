"""Care requests as the form would hand them to ``care_request_submit``."""

from care_requests.services import care_request_submit
from geography.models import Commune


def submitted_care_request(**overrides):
    """A request from Schifflange (routed to the CIG serving it), with ``overrides`` applied."""
    data = {
        "requester_role": "self",
        "name": "Jean Weber",
        "address": "1 rue Principale",
        "commune_object": Commune.objects.get(slug="schifflange"),
        "phone": "+352 691 000 111",
        "email": "jean@example.lu",
        "contact_language": "fr",
        "help_kind": "gardening",
        "description": "Tondre la pelouse.",
        "availability": "Matin",
    }
    data.update(overrides)
    return care_request_submit(data=data, locale="fr")
