import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import RequestFactory

from portal.client_address import client_address


def _address(remote: str, forwarded: str | None = None) -> str:
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **headers))


class ClientAddressTests:
    def test_without_a_proxy_the_connection_is_the_client(self):
        assert _address("203.0.113.5") == "203.0.113.5"

    def test_forwarded_for_from_an_untrusted_peer_is_ignored(self):
        assert _address("203.0.113.5", "198.51.100.1") == "203.0.113.5"

    def test_behind_the_local_proxy_the_right_most_entry_is_the_client(self):
        assert _address("127.0.0.1", "10.9.9.9, 203.0.113.9") == "203.0.113.9"
        assert _address("::1", "2001:db8::7") == "2001:db8::7"

    def test_entries_written_by_the_client_before_the_proxy_are_not_believed(self):
        assert _address("127.0.0.1", "127.0.0.1, 198.51.100.1, 203.0.113.9") == "203.0.113.9"

    def test_a_chain_of_trusted_proxies_is_followed(self, settings):
        settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
        assert _address("127.0.0.1", "198.51.100.1, 203.0.113.9, 10.1.2.3") == "203.0.113.9"
        assert _address("10.4.4.4", "203.0.113.9") == "203.0.113.9"

    def test_malformed_values_are_ignored(self):
        assert _address("127.0.0.1", "203.0.113.9, <script>") == "127.0.0.1"
        assert _address("127.0.0.1", "") == "127.0.0.1"
        assert _address("not an address", "203.0.113.9") == ""

    def test_ipv4_mapped_addresses_count_as_ipv4(self):
        assert _address("::ffff:127.0.0.1", "203.0.113.9") == "203.0.113.9"


def test_a_trusted_proxy_that_is_not_an_address_stops_the_checks(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "proxy.example.lu"]
    with pytest.raises(SystemCheckError, match="portal.E002"):
        call_command("check")
