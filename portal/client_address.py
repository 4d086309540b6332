"""The visitor's address, seen through the reverse proxies named in ``TRUSTED_PROXIES``.

Every rate limit and login throttle counts per this address. ``X-Forwarded-For`` is believed only
when the connection comes from a trusted proxy, and only as far back as the chain of trusted
proxies goes: the right-most entry that is not a trusted proxy is the client (entries further left
were written by the client itself and prove nothing). A malformed entry ends the chain there.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def trusted_proxy_networks() -> tuple[IPNetwork, ...]:
    """``TRUSTED_PROXIES`` as networks; raises ValueError on an entry that is not an address or a CIDR."""
    return _networks(tuple(settings.TRUSTED_PROXIES))


def _parse(value: str) -> IPAddress | None:
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    return address.ipv4_mapped or address if isinstance(address, ipaddress.IPv6Address) else address


def _is_trusted(address: IPAddress) -> bool:
    return any(address in network for network in trusted_proxy_networks())


def client_address(request) -> str:
    """The client's address as a string ('' when the request carries none that can be parsed)."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return ""
    client = remote
    if _is_trusted(remote):
        for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
            forwarded = _parse(entry)
            if forwarded is None:
                break
            client = forwarded
            if not _is_trusted(forwarded):
                break
    return str(client)
