"""Content-Security-Policy directives and the Permissions-Policy, as plain data.

The Content-Security-Policy directives are those of the public site and of the Wagtail admin. All
are read by the settings (config/settings/base.py) and applied by config/security.py, which
explains why the admin needs its own policy.
"""

from urllib.parse import urlsplit

SELF = "'self'"
NONE = "'none'"

# Video hosts whose players editors may embed (home/blocks.py EmbedBlock); EMBED_FRAME_ORIGINS
# overrides them.
DEFAULT_EMBED_FRAME_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]

# Browser features no page of the site uses, refused to every origin (embedded players keep
# what they need to play video: autoplay, fullscreen and picture-in-picture are not listed).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    ]
)


def origin(url):
    """scheme://host[:port] of a URL, or "" when it has none."""
    parts = urlsplit(url or "")
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}"


def media_origins(media_bucket, endpoint_url, region):
    """Where public images and documents are served from when they live in a media bucket.

    The S3 endpoint (path-style addressing, config/settings/base.py STORAGES).
    """
    if not media_bucket:
        return []
    if endpoint_url:
        return [origin(endpoint_url)]
    return [f"https://s3.{region}.amazonaws.com"]


def public_directives(*, media, frames):
    return {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *media],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *media],
        "frame-src": frames,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }


def admin_directives(*, media, frames):
    return {
        "default-src": [SELF],
        # No 'unsafe-eval': the browser journeys (tests/e2e/: page editor, snippet chooser,
        # wagtail-localize's editor, packet progress) run without it and raise no violation.
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *media],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, *media],
        # Page previews are framed by the admin itself, and show the embeds a page holds.
        "frame-src": [SELF, *frames],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
