"""Who may reach the organizers' admin (petitions/admin/).

Organizers everywhere, editors and translators nowhere (and no menu). Also the Organizers group's
permissions, and the export's own permission.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from petitions.models import Signature
from tests.support.admin_pages import SPAM_IP, assert_denied, content, viewer_without
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator_fr(db):
    return staff_user("translator-fr", "Translators (fr)")


def admin_urls(petition, signature, riding, member):
    """Every organizer admin URL (GET)."""
    return [
        reverse("petitions_admin:index"),
        reverse("petitions_admin:dashboard", args=[petition.pk]),
        reverse("petitions_admin:abuse", args=[petition.pk]),
        reverse("petitions_admin:invalidate", args=[petition.pk]) + f"?ip_hash={SPAM_IP}",
        reverse("petition_signatures:index"),
        reverse("petition_signatures:index_results"),
        reverse("petition_signatures:index") + "?export=csv",
        reverse("petition_signatures:index") + "?export=xlsx",
        reverse("petition_signatures:edit", args=[signature.pk]),
        reverse("petition_signatures:inspect", args=[signature.pk]),
        reverse("petition_signatures:delete", args=[signature.pk]),
        reverse("petition_signatures:history", args=[signature.pk]),
        reverse("petition_ridings:index"),
        reverse("petition_ridings:add"),
        reverse("petition_ridings:edit", args=[riding.pk]),
        reverse("petition_ridings:inspect", args=[riding.pk]),
        reverse("petition_members:index"),
        reverse("petition_members:edit", args=[member.pk]),
        reverse("petition_members:inspect", args=[member.pk]),
        reverse("petition_postal_codes:index"),
    ]


@pytest.fixture
def every_admin_url(petition, signatures, ridings):
    member = ridings["toronto"].members.get()
    return admin_urls(petition, signatures["toronto0"], ridings["toronto"], member)


def test_anonymous_is_sent_to_the_login_page(client, every_admin_url):
    for url in every_admin_url:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


@pytest.mark.parametrize("who", ["editor", "translator", "translator_fr"])
def test_editors_and_translators_are_denied_everywhere(client, request, who, every_admin_url):
    sign_in(client, request.getfixturevalue(who))
    for url in every_admin_url:
        response = client.get(url)
        assert_denied(response)
        assert b"Nadia" not in content(response), url


@pytest.mark.parametrize("who", ["editor", "translator"])
def test_editors_and_translators_cannot_post(client, request, who, petition, signatures, ridings):
    sign_in(client, request.getfixturevalue(who))
    unassigned = signatures["unassigned"]

    assert_denied(
        client.post(
            reverse("petitions_admin:assign", args=[petition.pk]),
            {"signature": unassigned.pk, "riding": ridings["ottawa"].pk},
        )
    )
    assert_denied(
        client.post(
            reverse("petitions_admin:invalidate", args=[petition.pk]),
            {"domain": "example.org", "confirm": "on", "reason": "spam"},
        )
    )
    assert_denied(client.post(reverse("petition_signatures:delete", args=[unassigned.pk])))

    unassigned.refresh_from_db()
    assert unassigned.riding is None
    assert Signature.objects.invalid().count() == 1
    assert Signature.objects.filter(pk=unassigned.pk).exists()


def test_organizer_reaches_every_page(client, organizer, every_admin_url):
    sign_in(client, organizer)
    for url in every_admin_url:
        response = client.get(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize("who", ["editor", "translator"])
def test_the_menu_is_hidden_from_editors_and_translators(client, request, who, home_page):
    sign_in(client, request.getfixturevalue(who))

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert reverse("petitions_admin:index").encode() not in response.content
    assert reverse("petition_signatures:index").encode() not in response.content


def test_the_menu_shows_organizers_the_petition_tools(client, organizer, home_page):
    sign_in(client, organizer)

    response = client.get(reverse("wagtailadmin_home"))

    for name in [
        "petitions_admin:index",
        "petition_signatures:index",
        "petition_ridings:index",
        "petition_members:index",
    ]:
        assert reverse(name).encode() in response.content, name


def test_organizers_hold_the_petitions_permissions(db):
    organizers = Group.objects.get(name="Organizers")
    codenames = set(
        organizers.permissions.filter(content_type__app_label="petitions").values_list(
            "codename", flat=True
        )
    )
    for model in ["riding", "member", "postalcoderiding", "signature"]:
        for action in ["view", "add", "change", "delete"]:
            assert f"{action}_{model}" in codenames
    assert "export_signature" in codenames
    for name in ["Editors", "Translators", "Translators (fr)"]:
        assert not Group.objects.get(name=name).permissions.filter(
            content_type__app_label="petitions"
        )


def test_export_needs_its_own_permission(client, signatures):
    client.force_login(viewer_without("export_signature"))
    url = reverse("petition_signatures:index")

    assert client.get(url).status_code == 200
    assert_denied(client.get(url + "?export=csv"))
    assert_denied(client.get(url + "?export=xlsx"))
    assert b"export=csv" not in client.get(url).content
