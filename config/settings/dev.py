"""`make run`: SQLite, the local SeaweedFS, console email, DEBUG on.

The local SeaweedFS is the one config/devserver.py starts.
"""

import os

# Defaults for the local S3 server, set before base.py reads the environment, so that every
# manage.py command talks to it and never to a real AWS account.
os.environ.setdefault("AWS_S3_ENDPOINT_URL", "http://127.0.0.1:8333")
os.environ.setdefault("AWS_ACCESS_KEY_ID", "dev-access-key")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "dev-secret-key-not-for-production")
# What `make run` serves (config/devserver.py), so that links in emails sent by any manage.py
# command open on this machine.
os.environ.setdefault(
    "PUBLIC_BASE_URL", f"http://127.0.0.1:{os.environ.get('DEV_HTTP_PORT', '8000')}"
)

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")

# The web process and the tasks worker share the cache: background imports report their
# progress through it (spreadsheets/runner.py), and the rate limits count in it. Without
# REDIS_URL, a file-based cache under var/ (per-process memory would hide the progress), or
# under DEV_CACHE_DIR: tests that start workers with these settings give them their own, since
# what they cache (the Wagtail site's root paths...) comes from the test database.
if not env("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("DEV_CACHE_DIR", default=str(BASE_DIR / "var" / "cache")),
        }
    }

# Without EMAIL_URL, each email is written to var/mail/ and named in one console line
# (home/dev_mail.py), instead of being printed whole among the other processes' output.
if not env("EMAIL_URL", default=""):
    EMAIL_BACKEND = "home.dev_mail.FileMailBackend"
    EMAIL_FILE_PATH = BASE_DIR / "var" / "mail"

# The console shows what a developer acts on: background tasks report each run at INFO (two
# lines per task, dozens at the first start), so they go to var/log/dev.log, with everything
# else at INFO; the console keeps warnings and errors.
(BASE_DIR / "var" / "log").mkdir(parents=True, exist_ok=True)
LOGGING = {
    **LOGGING,  # noqa: F405
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "level": "WARNING",
        },
        "file": {
            "class": "logging.FileHandler",
            "filename": str(BASE_DIR / "var" / "log" / "dev.log"),
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["console", "file"], "level": env("LOG_LEVEL", default="INFO")},
}
