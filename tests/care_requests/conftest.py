import re
import socket
import time

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Locale

from care_requests.models import CareRequestPage, OrganisationMembership
from care_requests.spam import HONEYPOT_FIELD, STARTED_FIELD, started_token
from tests.factories.directory import OrganizationFactory, ServiceFactory
from tests.factories.pages import french_home, make_user, translated_home


def unused_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (so parallel runs never collide)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    def __init__(self, port: int):
        self.port = port
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [content for recipients, content in self.messages if address in recipients]


@pytest.fixture
def smtp(settings):
    """A real SMTP server on 127.0.0.1 that keeps what it receives."""
    inbox = Inbox(unused_port())
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = inbox.port
    settings.EMAIL_TIMEOUT = 2
    yield inbox
    controller.stop()


@pytest.fixture(autouse=True)
def _care_settings(settings):
    settings.CARE_REQUEST_MIN_FILL_SECONDS = 3
    settings.HELPDESK_EMAIL = "helpdesk@portal.example.lu"
    cache.clear()


@pytest.fixture
def care_page(db):
    home = french_home()
    page = CareRequestPage(title="Demander de l'aide", slug="demander-de-l-aide")
    home.add_child(instance=page)
    page.save_revision().publish()
    translated_home("lb")
    lb_page = page.copy_for_translation(Locale.objects.get(language_code="lb"))
    lb_page.title = "Hëllef ufroen"
    lb_page.slug = "hellef-ufroen"
    lb_page.save_revision().publish()
    return page


@pytest.fixture
def schifflange_cig(db):
    """A CIG with an active community-care service for Schifflange, and one for Mersch."""
    cig = OrganizationFactory(name="CIGL Schifflange", email="cig@schifflange.example")
    ServiceFactory(organization=cig, categories=["community-care"], service_areas=["schifflange"])
    other = OrganizationFactory(name="CIGL Mersch", email="cig@mersch.example")
    ServiceFactory(organization=other, categories=["community-care"], service_areas=["mersch"])
    return cig, other


@pytest.fixture
def users(db, django_user_model, schifflange_cig):
    cig, other = schifflange_cig
    people = {
        "superuser": make_user(django_user_model, "root", superuser=True),
        "helpdesk": make_user(django_user_model, "desk", "Helpdesk"),
        "cig_own": make_user(django_user_model, "cig-own", "CIG staff"),
        "cig_other": make_user(django_user_model, "cig-other", "CIG staff"),
        "editor": make_user(django_user_model, "editor", "Editors"),
        "moderator": make_user(django_user_model, "moderator", "Moderators"),
        "translator": make_user(django_user_model, "translator", "Translators"),
    }
    OrganisationMembership.objects.create(user=people["cig_own"], organisation=cig)
    OrganisationMembership.objects.create(user=people["cig_other"], organisation=other)
    assert Group.objects.filter(name="Helpdesk").exists()
    return people


def answers(**overrides) -> dict:
    data = {
        "requester_role": "other",
        "relationship": "Duechter",
        "name": "Marie Muller",
        "address": "12 rue de la Gare",
        "commune": "Schifflange",
        "phone": "+352 621 123 456",
        "email": "marie@example.lu",
        "contact_language": "lb",
        "help_kind": "shopping",
        "description": "Akeef all Woch.",
        "availability": "Moies",
        "consent": "on",
        STARTED_FIELD: started_token(time.time() - 60),
        HONEYPOT_FIELD: "",
    }
    data.update(overrides)
    return data


def guard(*, honeypot: str = "", started: str | None = None) -> dict:
    """The spam guards' fields as a person's browser sends them (``honeypot``/``started`` to play a robot)."""
    return {STARTED_FIELD: started or started_token(time.time() - 60), HONEYPOT_FIELD: honeypot}


def post(client, url, data, **extra):
    return client.post(url, data, REMOTE_ADDR=extra.pop("ip", "10.0.0.1"), **extra)


def check_then_send(client, url, data, capture, **extra):
    """Check the answers, then send them; the callbacks run after the request's commit are executed."""
    check = post(client, url, {**data, "action": "check"}, **extra)
    assert check.status_code == 200
    payload = re.search(r'name="payload" value="([^"]+)"', check.content.decode()).group(1)
    with capture(execute=True):
        sent = post(client, url, {"payload": payload, "action": "send"}, **extra)
    return check, sent
