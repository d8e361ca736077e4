"""The production settings refuse to start while NUM_PROXIES is not set explicitly.

Behind the documented TLS proxy, NUM_PROXIES=0 makes every client the proxy's address, so the
signing rate limit and the admin sign-in lockout would hold everyone back together.
"""

import os
import subprocess
import sys

from django.conf import settings

LOAD = (
    "import importlib; p = importlib.import_module('config.settings.production'); "
    "print('NUM_PROXIES', p.NUM_PROXIES)"
)


def load_production_settings(**variables):
    """Import config.settings.production in a fresh interpreter; (exit code, output)."""
    environment = {
        **os.environ,
        "SECRET_KEY": "production-test-key-" + "x" * 40,
        "ALLOWED_HOSTS": "example.org",
        **variables,
    }
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    if variables.get("NUM_PROXIES") is None:
        environment.pop("NUM_PROXIES", None)
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", LOAD],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.returncode, result.stdout + result.stderr


def test_production_refuses_to_start_without_num_proxies():
    code, output = load_production_settings(NUM_PROXIES=None)

    assert code != 0
    assert "ImproperlyConfigured: NUM_PROXIES is not set" in output
    assert "X-Forwarded-For" in output


def test_production_starts_with_num_proxies_set():
    assert load_production_settings(NUM_PROXIES="1") == (0, "NUM_PROXIES 1\n")
    # 0 too, when said explicitly (clients reach gunicorn directly).
    assert load_production_settings(NUM_PROXIES="0") == (0, "NUM_PROXIES 0\n")
