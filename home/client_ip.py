"""Who a request comes from: the client address and its salted hash.

The client address is the one behind the site's trusted reverse proxies; its salted hash is the
only form in which an address is ever stored.

The client address is REMOTE_ADDR, unless NUM_PROXIES reverse proxies that each append the address
they received a request from to X-Forwarded-For stand in front of the site: then it is the
NUM_PROXIES-th address from the right of that header (the one the outermost trusted proxy saw).
Addresses further left are whatever the client sent and are never trusted.
"""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.utils.crypto import salted_hmac


def client_ip(request):
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


def _ip_hash_key():
    if settings.IP_HASH_SALT:
        return settings.IP_HASH_SALT.encode()
    return salted_hmac("petitions.ip-hash", "key").digest()


def hash_ip(ip):
    """HMAC-SHA256 of an IP address with IP_HASH_SALT (64 hex digits); "" for no address."""
    if not ip:
        return ""
    return hmac.new(_ip_hash_key(), ip.encode(), hashlib.sha256).hexdigest()
