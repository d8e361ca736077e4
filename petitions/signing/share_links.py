"""Share links for a petition.

Plain links built on the server, no third-party scripts, so nothing is loaded from (or tells) a
social network until the visitor clicks.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext as _

from home.public_url import page_public_url


@dataclass
class ShareLink:
    key: str  # "email", "whatsapp", ...: a CSS class suffix
    label: str
    url: str


def share_links(page, request=None):
    """Links sharing `page` (its absolute URL and share text, else its title)."""
    url = page_public_url(page, request) or ""
    text = page.share_text or page.title
    message = f"{text} {url}"

    def query(**params):
        return urlencode(params, quote_via=quote)

    return [
        ShareLink(
            "email",
            _("Email"),
            "mailto:?" + query(subject=page.title, body=f"{text}\n\n{url}"),
        ),
        ShareLink("whatsapp", "WhatsApp", "https://wa.me/?" + query(text=message)),
        ShareLink(
            "facebook",
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + query(u=url),
        ),
        ShareLink("x", "X", "https://x.com/intent/post?" + query(text=text, url=url)),
        ShareLink("bluesky", "Bluesky", "https://bsky.app/intent/compose?" + query(text=message)),
    ]
