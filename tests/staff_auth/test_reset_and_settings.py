"""Resetting someone's two-factor authentication, and one's own settings on the account page."""

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from staff_auth import devices
from tests.staff_auth.conftest import PAGE, location_path, password_sign_in
from tests.support.admin_pages import assert_denied
from tests.support.html import main_text, soup
from tests.support.two_factor import code_for, give_app_device, login_verified

pytestmark = pytest.mark.django_db


def devices_of(user):
    return (
        TOTPDevice.objects.filter(user=user).count()
        + StaticDevice.objects.filter(user=user).count()
    )


@pytest.fixture
def organizer_with_2fa(organizer):
    give_app_device(organizer)
    devices.new_recovery_codes(organizer)
    return organizer


def test_a_superuser_resets_a_users_2fa_from_their_edit_page(
    client, superuser, organizer_with_2fa
):
    organizer = organizer_with_2fa
    organizers_browser = Client()
    login_verified(organizers_browser, organizer)
    assert organizers_browser.get("/admin/", **PAGE).status_code == 200
    login_verified(client, superuser)

    edit_page = client.get(reverse("wagtailusers_users:edit", args=[organizer.pk]))
    reset_url = reverse("staff_auth:reset", args=[organizer.pk])
    assert soup(edit_page).select_one(f'a[href="{reset_url}"]') is not None
    confirm = client.get(reset_url)
    assert confirm.status_code == 200
    assert "This removes the authenticator app and the recovery codes of organizer" in (
        main_text(confirm)
    )

    response = client.post(reset_url)

    assert response.status_code == 302
    assert devices_of(organizer) == 0
    assert ModelLogEntry.objects.filter(
        object_id=str(organizer.pk), action="staff_auth.two_factor_reset", user=superuser
    ).exists()
    # The organizer's session, verified with the removed app, is verified no more.
    again = organizers_browser.get("/admin/", **PAGE)
    assert location_path(again).startswith(reverse("staff_auth:setup"))


def test_only_superusers_reset(client, organizer_with_2fa, editor):
    other = give_app_device(editor).user
    login_verified(client, organizer_with_2fa)
    reset_url = reverse("staff_auth:reset", args=[other.pk])

    assert_denied(client.get(reset_url))
    assert_denied(client.post(reset_url))
    assert devices_of(other) == 1
    assert not soup(client.get(reverse("wagtailusers_users:edit", args=[other.pk]))).select(
        f'a[href="{reset_url}"]'
    )


def test_the_reset_command(organizer_with_2fa, capsys):
    call_command("reset_2fa", "organizer")

    assert devices_of(organizer_with_2fa) == 0
    assert "organizer" in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("reset_2fa", "nobody")


def test_an_editor_turns_it_on_from_the_account_page_and_off_again(client, editor):
    password_sign_in(client, "editor")
    account = client.get(reverse("wagtailadmin_account"))
    manage_url = reverse("staff_auth:manage")
    assert soup(account).select_one(f'a[href="{manage_url}"]') is not None
    assert "Two-factor authentication is off" in main_text(client.get(manage_url))

    setup = client.get(reverse("staff_auth:setup"), **PAGE)
    assert setup.status_code == 200
    device = TOTPDevice.objects.get(user=editor)
    client.post(reverse("staff_auth:setup"), {"code": code_for(device)})
    assert "Two-factor authentication is on" in main_text(client.get(manage_url))

    client.post(manage_url, {"action": "turn_off"})

    assert devices_of(editor) == 0
    assert "Two-factor authentication is off" in main_text(client.get(manage_url))


def test_those_who_must_use_it_cannot_turn_it_off(client, organizer_with_2fa):
    login_verified(client, organizer_with_2fa)
    manage = client.get(reverse("staff_auth:manage"))
    assert not soup(manage).select('button[value="turn_off"]')

    client.post(reverse("staff_auth:manage"), {"action": "turn_off"})

    assert devices_of(organizer_with_2fa) == 2


def test_new_recovery_codes_replace_the_old(client, organizer_with_2fa):
    login_verified(client, organizer_with_2fa)
    old = set(
        StaticDevice.objects.get(user=organizer_with_2fa).token_set.values_list("token", flat=True)
    )

    response = client.post(reverse("staff_auth:manage"), {"action": "new_codes"})
    shown = client.get(location_path(response))

    new = {code.get_text() for code in soup(shown).select(".staff-auth-codes code")}
    assert len(new) == devices.RECOVERY_CODE_COUNT
    assert not new & old
    stored = StaticDevice.objects.get(user=organizer_with_2fa).token_set.values_list(
        "token", flat=True
    )
    assert set(stored) == new
