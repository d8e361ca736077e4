"""Who a request comes from: the client address, its network, and the network's salted hash.

The client address is the one behind the site's trusted reverse proxies; its salted hash is the
only form in which an address is ever stored.

The client address is REMOTE_ADDR, unless NUM_PROXIES reverse proxies that each append the address
they received a request from to X-Forwarded-For stand in front of the site: then it is the
NUM_PROXIES-th address from the right of that header (the one the outermost trusted proxy saw).
Addresses further left are whatever the client sent and are never trusted.

Limits count networks, not addresses: an IPv4 client is its address, an IPv6 client its /64. An
IPv6 subscriber is handed a whole /64 (often a /56 or /48) and may use any of its 2**64 addresses,
so counting IPv6 addresses one by one would let anyone rotate past the signing rate limit and the
admin sign-in lockout. Both use client_network(), and hash_ip() hashes the network too, so the
stored hash of a signature matches the rate limit's key.
"""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.utils.crypto import salted_hmac

# The prefix an IPv6 subscriber gets at least (RFC 6177: a /64 per site, at the very least).
IPV6_CLIENT_PREFIX = 64


def client_ip(request):
    """The address of the client behind the trusted proxies (NUM_PROXIES)."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    if settings.NUM_PROXIES <= 0:
        return remote_addr
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < settings.NUM_PROXIES:
        return remote_addr  # did not come through every proxy
    candidate = forwarded[-settings.NUM_PROXIES]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_addr


def network(ip):
    """The network an address is counted as: IPv4 itself, IPv6 its /64 ("" for no address).

    The /64 is written as its first address (2001:db8:1:2::), a valid address, so that django-axes
    stores and compares it like any other. An IPv4 address written as IPv6 (::ffff:192.0.2.1, as
    dual-stack sockets report it) is the IPv4 address. Anything that is not an address is returned
    as it is.
    """
    if not ip:
        return ""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        prefix = ipaddress.ip_network(f"{address}/{IPV6_CLIENT_PREFIX}", strict=False)
        return str(prefix.network_address)
    return str(address)


def client_network(request):
    """The network of the request's client (see network()): what every limit counts.

    django-axes calls it (AXES_CLIENT_IP_CALLABLE).
    """
    return network(client_ip(request))


def _ip_hash_key():
    if settings.IP_HASH_SALT:
        return settings.IP_HASH_SALT.encode()
    return salted_hmac("petitions.ip-hash", "key").digest()


def hash_ip(ip):
    """HMAC-SHA256 of an address's network with IP_HASH_SALT (64 hex digits); "" for none.

    The network, not the address: the /64 of an IPv6 address (see network()), so that the stored
    hash and the rate limit that counts by it hold against address rotation.
    """
    if not ip:
        return ""
    return hmac.new(_ip_hash_key(), network(ip).encode(), hashlib.sha256).hexdigest()
