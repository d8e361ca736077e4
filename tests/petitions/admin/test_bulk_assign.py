"""Assigning ridings in bulk to counted signatures whose riding is unknown.

petitions/assignment.py (many signatures, one riding; or the postal-code table again) and the
dashboard's forms that call it, with their entry on the petition's history.
"""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from petitions import assignment
from petitions.admin.log_actions import ASSIGN_RIDINGS
from petitions.models import PostalCodeRiding, Signature
from tests.factories import RidingFactory
from tests.factories.petitions import make_signature
from tests.support.html import soup
from tests.support.two_factor import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def unassigned(petition, ridings):
    """Four counted signatures without riding, one unconfirmed, one on another petition."""
    made = {
        "toronto": make_signature(petition, riding=None, postal_code="M5S 2T9", province=""),
        "toronto2": make_signature(petition, riding=None, postal_code="M5S 1A1", province="ON"),
        "straddles": make_signature(petition, riding=None, postal_code="K1P 1J1", province="ON"),
        "unknown": make_signature(petition, riding=None, postal_code="", province="ON"),
        "unconfirmed": make_signature(
            petition, riding=None, postal_code="M5S 2T9", confirmed=False
        ),
    }
    return made


def riding_of(signature):
    signature.refresh_from_db()
    return signature.riding


def test_assign_many_changes_only_the_petitions_counted_unassigned_signatures(
    petition, ridings, unassigned, signatures
):
    toronto = ridings["toronto"]
    chosen = [s.pk for s in unassigned.values()] + [signatures["ottawa"].pk]

    changed = assignment.assign_many(petition.pk, chosen, toronto)

    assert changed == 4
    for name in ("toronto", "toronto2", "straddles", "unknown"):
        assert riding_of(unassigned[name]) == toronto
    assert unassigned["toronto"].province == "ON"  # taken from the riding
    assert riding_of(unassigned["unconfirmed"]) is None  # not counted: left alone
    assert riding_of(signatures["ottawa"]) == ridings["ottawa"]  # had a riding: kept


def test_resolving_again_assigns_those_the_new_table_gives_one_riding(
    petition, ridings, unassigned
):
    # A table imported since they signed: M5S is Toronto Centre; K1P straddles two ridings.
    PostalCodeRiding.objects.create(postal_code="M5S", riding=ridings["toronto"])
    PostalCodeRiding.objects.create(postal_code="K1P", riding=ridings["ottawa"])
    PostalCodeRiding.objects.create(postal_code="K1P", riding=RidingFactory(province="ON"))

    assert assignment.resolve_unassigned(petition.pk) == 2

    assert riding_of(unassigned["toronto"]) == ridings["toronto"]
    assert riding_of(unassigned["toronto2"]) == ridings["toronto"]
    assert riding_of(unassigned["straddles"]) is None
    assert riding_of(unassigned["unknown"]) is None
    assert riding_of(unassigned["unconfirmed"]) is None
    assert assignment.resolve_unassigned(petition.pk) == 0


def test_an_organizer_assigns_selected_signatures_from_the_dashboard(
    client, organizer, petition, ridings, unassigned
):
    sign_in(client, organizer)
    dashboard_url = reverse("petitions_admin:dashboard", args=[petition.pk])
    page = soup(client.get(dashboard_url))
    boxes = page.select('input[type=checkbox][form="bulk-assign"][name="signatures"]')
    assert len(boxes) == 4
    assert page.select_one("form#bulk-assign select[name=riding]") is not None

    chosen = [unassigned["toronto"].pk, unassigned["straddles"].pk]
    response = client.post(
        reverse("petitions_admin:assign_many", args=[petition.pk]),
        {"signatures": chosen, "riding": ridings["laurier"].pk},
        follow=True,
    )

    assert "2 signatures now count in" in response.text
    assert set(
        Signature.objects.filter(riding=ridings["laurier"]).values_list("pk", flat=True)
    ) >= set(chosen)
    entry = PageLogEntry.objects.get(action=ASSIGN_RIDINGS)
    assert entry.page_id == petition.pk and entry.user == organizer
    assert entry.data == {"count": 2, "riding": ridings["laurier"].code}
    assert "Assigned 2 signatures to riding" in entry.message


def test_bad_input_changes_nothing_and_says_why(client, organizer, petition, ridings, unassigned):
    sign_in(client, organizer)
    url = reverse("petitions_admin:assign_many", args=[petition.pk])
    for data in (
        {"riding": ridings["toronto"].pk},  # nothing selected
        {"signatures": [unassigned["toronto"].pk]},  # no riding
        {"signatures": [unassigned["unconfirmed"].pk], "riding": ridings["toronto"].pk},
    ):
        response = client.post(url, data, follow=True)
        assert "Select at least one signature whose riding is unknown" in response.text
    assert (
        not Signature.objects.filter(petition=petition, riding=ridings["toronto"])
        .filter(pk__in=[s.pk for s in unassigned.values()])
        .exists()
    )
    assert not PageLogEntry.objects.filter(action=ASSIGN_RIDINGS).exists()


def test_an_organizer_resolves_again_through_the_table(
    client, organizer, editor, petition, ridings, unassigned
):
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=ridings["toronto"])
    url = reverse("petitions_admin:resolve", args=[petition.pk])
    sign_in(client, editor)
    assert client.post(url).status_code in (302, 403)
    assert riding_of(unassigned["toronto"]) is None

    sign_in(client, organizer)
    response = client.post(url, follow=True)

    assert "The postal-code table gave 1 signature its riding." in response.text
    assert riding_of(unassigned["toronto"]) == ridings["toronto"]
    entry = PageLogEntry.objects.get(action=ASSIGN_RIDINGS)
    assert entry.data == {"count": 1, "riding": None}
