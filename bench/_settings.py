"""Settings for the benchmarks: production settings, on plain HTTP on 127.0.0.1.

The production settings are kept (DEBUG off, persistent database connections, the Redis cache from
REDIS_URL, the database task queue), plus the bench-only routes of bench/_urls.py.

Named with a leading underscore so that `make bench` does not run it as a benchmark.
"""

import os

# What production.py requires from the environment, for a loopback-only server.
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-never-used-anywhere-else-0123456789")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
# Plain HTTP on loopback: no redirect to HTTPS. Everything else stays as in production.
os.environ.setdefault("SECURE_SSL_REDIRECT", "False")
# Clients connect to gunicorn directly: no proxy in front.
os.environ.setdefault("NUM_PROXIES", "0")

from config.settings.production import *  # noqa: F403
from config.settings.production import STORAGES, env

if not env("REDIS_URL", default=""):
    raise RuntimeError("The benchmarks run with the Redis cache: set REDIS_URL.")

ROOT_URLCONF = "bench._urls"
# Production serves static files from a manifest that collectstatic writes; the benchmarks
# never request static files, and pages only need their URLs.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
# Every bench client comes from 127.0.0.1: the per-address signing limit
# (petitions/signing/ratelimit.py) stays on, counted in Redis as in production, with a
# ceiling no run reaches.
PETITION_RATE_LIMIT = (10_000_000, 3600)
# Traffic stays on 127.0.0.1: no Represent API lookups (the signer picks from the province's
# ridings), whatever the environment says.
REPRESENT_API_URL = ""
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
