"""Staff who sign in with their password through the admin's real sign-in form."""

import re
from base64 import b32decode

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django_otp.oath import totp

from tests.support.html import soup
from tests.support.users import staff_user

PASSWORD = "a long enough password"
# What a browser sends when it opens a page (the middleware redirects only those).
PAGE = {"HTTP_ACCEPT": "text/html,application/xhtml+xml,*/*;q=0.8"}


def password_sign_in(client, username, password=PASSWORD, **extra):
    """The first step, as a person does it: the admin's sign-in form."""
    response = client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, **extra
    )
    assert response.status_code == 302, "the password was refused"
    return response


def with_password(user):
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def organizer(db):
    return with_password(staff_user("organizer", "Organizers"))


@pytest.fixture
def editor(db):
    return with_password(staff_user("editor", "Editors"))


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("root", "root@example.org", PASSWORD)


def secret_on(response):
    """The secret the setup page prints for people who cannot scan the QR code."""
    text = soup(response).select_one(".staff-auth-secret").get_text()
    return "".join(text.split())


def code_from_secret(secret):
    """What an authenticator app shows now for a secret typed into it."""
    return f"{totp(b32decode(secret)):06d}"


def location_path(response):
    return re.sub(r"^https?://[^/]+", "", response["Location"])
