"""Security headers on public pages and in the admin.

The Content-Security-Policy (strict on the public site, the admin's own relaxations in the admin),
Referrer-Policy, nosniff, framing, Permissions-Policy; public HTML that runs under that policy (no
inline script, event handler or style); secure cookies in production; the admin login's lockout
(django-axes).
"""

import json
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt
from django.conf import settings as settings_module
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from config import csp
from tests.support.html import soup
from tests.support.public_site import build_public_site
from tests.support.two_factor import login_verified
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db

INLINE_SOURCES = {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "*", "https:"}


def directives(response):
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = set(words[1:])
    return parsed


@pytest.fixture
def public_site(home_page, press_index, policy_index, coalition_page):
    return build_public_site(home_page, press_index, policy_index, coalition_page)


def assert_strict_public_policy(response):
    policy = directives(response)
    url = response.request["PATH_INFO"]
    assert policy["default-src"] == {"'self'"}, url
    for name in ["script-src", "style-src"]:
        assert policy[name] == {"'self'"}, (url, name, policy[name])
    assert policy["object-src"] == {"'none'"}, url
    assert policy["frame-ancestors"] == {"'none'"}, url
    assert policy["base-uri"] == {"'self'"}, url
    assert policy["form-action"] == {"'self'"}, url
    assert not INLINE_SOURCES & policy["frame-src"], url
    assert "script-src-attr" not in policy and "style-src-attr" not in policy, url


def assert_common_headers(response):
    url = response.request["PATH_INFO"]
    # Token pages (petition steps) send none at all.
    assert response["Referrer-Policy"] in {"same-origin", "no-referrer"}, url
    assert response["X-Content-Type-Options"] == "nosniff", url
    assert response["X-Frame-Options"] in {"DENY", "SAMEORIGIN"}, url
    permissions = response["Permissions-Policy"]
    for feature in ["camera", "microphone", "geolocation", "payment"]:
        assert f"{feature}=()" in permissions, (url, feature)


def test_every_public_url_has_the_strict_policy_and_headers(client, public_site):
    for url in public_site.urls:
        response = client.get(url)
        assert response.status_code in (200, 404), (url, response.status_code)
        assert_strict_public_policy(response)
        assert_common_headers(response)
        assert response["X-Frame-Options"] == "DENY", url


def test_a_petition_page_served_from_the_cache_keeps_its_headers(client, public_site):
    first = client.get(public_site.petition.url)
    second = client.get(public_site.petition.url)

    assert first.status_code == second.status_code == 200
    assert_strict_public_policy(second)
    assert_common_headers(second)


def test_public_html_runs_under_the_policy(client, public_site):
    """Public HTML runs under the policy.

    No inline script, event handler, javascript: URL, style element or style attribute, and every
    script, stylesheet, image and frame from this site (or an allowed embed host).
    """
    for url in public_site.urls:
        response = client.get(url)
        if not response["Content-Type"].startswith("text/html"):
            continue
        document = soup(response)
        for script in document.find_all("script"):
            assert script.get("src"), (url, str(script)[:200])
            assert script["src"].startswith("/static/"), (url, script["src"])
        assert document.find("style") is None, url
        for element in document.find_all(True):
            for name, value in element.attrs.items():
                assert not name.lower().startswith("on"), (url, element.name, name)
                assert name.lower() != "style", (url, element.name)
                if name in ("href", "src", "action"):
                    assert not str(value).strip().lower().startswith("javascript:"), url
        for link in document.find_all("link", rel="stylesheet"):
            # Static files, and the brand colours' stylesheet (home/views.py), also this site's.
            brand = link["href"].split("?")[0] == reverse("brand_stylesheet")
            assert link["href"].startswith("/static/") or brand, (url, link["href"])


def test_the_sign_form_posts_to_this_site(client, public_site):
    form = soup(client.get(public_site.petition.url)).find("form", attrs={"method": "post"})

    action = form["action"]
    assert action.startswith("/") and not action.startswith("//")


def test_admin_pages_have_the_admin_policy(client, home_page):
    login_verified(client, User.objects.create_superuser("root", "root@example.org", "x"))
    for url in [reverse("wagtailadmin_home"), reverse("wagtailadmin_explore_root")]:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert policy["script-src"] == {"'self'", "'unsafe-inline'"}
        assert policy["style-src"] == {"'self'", "'unsafe-inline'"}
        # A nonce would make browsers ignore 'unsafe-inline'.
        assert not any(source.startswith("'nonce-") for source in policy["script-src"])
        assert policy["frame-ancestors"] == {"'self'"}
        assert policy["object-src"] == {"'none'"}
        assert policy["form-action"] == {"'self'"}
        assert not {"*", "https:", "http:"} & set().union(*policy.values())
        assert_common_headers(response)


def test_the_admin_login_page_has_the_admin_policy(client):
    response = client.get(reverse("wagtailadmin_login"))

    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == {"'self'"}
    assert_common_headers(response)


def test_staff_avatars_come_from_this_site(client, home_page):
    """No Gravatar: the admin would send a hash of each staff email to a third party."""
    login_verified(client, User.objects.create_superuser("root", "root@example.org", "x"))

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "gravatar" not in html.lower()


PRODUCTION_NAMES = [
    "DEBUG",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
]


@pytest.fixture(scope="module")
def production_settings():
    """The production settings, read in a separate process.

    Importing them here would change this process's settings (production.py updates dictionaries it
    shares with base.py).
    """
    code = (
        "import json, importlib; p = importlib.import_module('config.settings.production'); "
        f"print(json.dumps({{n: getattr(p, n) for n in {PRODUCTION_NAMES!r}}}))"
    )
    environment = {
        **os.environ,
        "SECRET_KEY": "production-test-key-" + "x" * 40,
        "ALLOWED_HOSTS": "example.org",
        "NUM_PROXIES": "1",
    }
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        cwd=settings_module.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return SimpleNamespace(**json.loads(result.stdout.strip().splitlines()[-1]))


def test_production_cookies_and_transport_are_secure(production_settings):
    production = production_settings

    assert production.DEBUG is False
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
    assert production.SESSION_COOKIE_HTTPONLY
    assert production.SECURE_SSL_REDIRECT
    assert production.SECURE_HSTS_SECONDS >= 60 * 60 * 24 * 365
    assert production.SECURE_CONTENT_TYPE_NOSNIFF
    assert production.SECURE_REFERRER_POLICY == "same-origin"
    assert production.X_FRAME_OPTIONS == "DENY"
    script_src = production.CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"]
    assert script_src == ["'self'"]


def test_the_policy_allows_the_public_media_bucket_only_when_there_is_one():
    assert csp.media_origins("", "https://objects.example.net", "ca-central-1") == []
    assert csp.media_origins("media", "https://objects.example.net:9000/x", "ca-central-1") == [
        "https://objects.example.net:9000"
    ]
    assert csp.media_origins("media", None, "ca-central-1") == [
        "https://s3.ca-central-1.amazonaws.com"
    ]
    policy = csp.public_directives(media=["https://objects.example.net"], frames=[])
    assert policy["img-src"] == ["'self'", "data:", "https://objects.example.net"]
    assert policy["script-src"] == ["'self'"]


# The admin login's lockout (django-axes)


def sign_in(client, password, address="198.51.100.7", **extra):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "staffer", "password": password},
        REMOTE_ADDR=address,
        **extra,
    )


@pytest.fixture
def staffer(db):
    user = staff_user("staffer", "Editors")
    user.set_password("correct horse battery")
    user.save()
    return user


@pytest.fixture
def three_failures(settings):
    settings.AXES_FAILURE_LIMIT = 3


def test_failed_sign_ins_lock_the_address_out(client, staffer, three_failures):
    for _ in range(2):
        response = sign_in(client, "wrong")
        assert response.status_code == 200  # the login form again, with its error

    locked = sign_in(client, "wrong")
    assert locked.status_code == 429
    text = " ".join(soup(locked).get_text(" ").split())
    assert "Signing in is blocked for 15 minutes after too many failed attempts" in text
    assert "staffer" not in text
    assert_common_headers(locked)

    # Even the right password is refused while the address is locked out...
    refused = sign_in(client, "correct horse battery")
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session

    # ...but another address may still sign in.
    other = sign_in(client, "correct horse battery", address="203.0.113.9")
    assert other.status_code == 302
    assert other["Location"] == reverse("wagtailadmin_home")


def test_the_lockout_ends_after_the_cool_off(client, staffer, three_failures):
    for _ in range(3):
        sign_in(client, "wrong")
    assert sign_in(client, "correct horse battery").status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timezone.timedelta(minutes=16))

    response = sign_in(client, "correct horse battery")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_lockout_counts_the_address_behind_the_proxy(
    client, staffer, three_failures, settings
):
    """Behind one proxy (NUM_PROXIES=1) the client is the last X-Forwarded-For address.

    Clients behind the same proxy are therefore not locked out together.
    """
    settings.NUM_PROXIES = 1
    proxy = "10.0.0.2"
    for _ in range(3):
        sign_in(client, "wrong", address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")

    assert (
        sign_in(client, "x", address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    )
    other = sign_in(
        client, "correct horse battery", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    assert other.status_code == 302


def test_the_lockout_page_is_translated(client, staffer, three_failures):
    for _ in range(3):
        sign_in(client, "wrong")

    response = sign_in(client, "wrong", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 429
    assert soup(response).html["lang"].startswith("fr")
