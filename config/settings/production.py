"""Production: everything from the environment, secure by default. SECRET_KEY is required."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

# Behind the TLS proxy that docs/deploying.md describes, NUM_PROXIES=0 (base.py's default) makes
# every client the proxy's own address: the signing rate limit and the admin sign-in lockout then
# hold back everyone at once (after LOGIN_FAILURE_LIMIT failures nobody can sign in). No default
# is right for every deployment, so production must say it.
if "NUM_PROXIES" not in os.environ:
    raise ImproperlyConfigured(
        "NUM_PROXIES is not set. Set it to the number of reverse proxies in front of the site "
        "that append the client address to X-Forwarded-For: 1 behind one TLS proxy (nginx), 0 "
        "only when clients reach gunicorn directly. Left at 0 behind a proxy, every visitor "
        "shares the proxy's address, and the signing rate limit and the admin sign-in lockout "
        "hold everyone back together (docs/deploying.md, Proxies)."
    )

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
# Behind TLS, on the first allowed host, unless said otherwise.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", default=f"https://{ALLOWED_HOSTS[0]}").rstrip("/")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=PUBLIC_BASE_URL)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
}
