"""Absolute links to the public site, from settings.PUBLIC_BASE_URL.

Every absolute link the site hands out (confirmation and other emails, share links, canonical
and hreflang, the sitemap) is built here, so that one setting decides where they point: a link
that opens on another host (Wagtail's default Site is `localhost:80`) is a dead link for a
signer. The Wagtail Site is pointed at the same address (`manage.py sync_site_address`) so that
the admin's "view live" links agree.
"""

from urllib.parse import urlsplit

from django.conf import settings


def public_url(path):
    """`path` (absolute, from the site's root) on the public site."""
    return settings.PUBLIC_BASE_URL.rstrip("/") + "/" + path.lstrip("/")


def page_public_url(page, request=None):
    """The absolute public URL of a Wagtail `page`, or None when it has no URL (not routable)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    _site_id, _root_url, page_path = parts
    return public_url(page_path)


def site_address(base_url):
    """(hostname, port) of a base URL, the way a Wagtail Site stores them."""
    address = urlsplit(base_url)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname, address.port or default_port


def point_site_at(site, base_url):
    """Give Wagtail `site` the hostname and port of `base_url`; returns whether it changed."""
    hostname, port = site_address(base_url)
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True
