"""The organizers' panel on the admin's home page (petitions/admin/home_panel.py).

Each open petition's counted, unconfirmed, unassigned and pending-delivery numbers and its latest
packet batch, with links; closed petitions are left out; only organizers see it.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from petitions.models import PacketBatch, PetitionPage
from petitions.packets import batches
from tests.factories.packets import DeliveryFactory
from tests.factories.petitions import make_petition
from tests.support.html import soup
from tests.support.two_factor import sign_in

pytestmark = pytest.mark.django_db

HOME = reverse("wagtailadmin_home")


def panel_rows(response):
    panel = soup(response).select_one("#petitions-organizer-section")
    assert panel is not None, "no organizer panel on the home page"
    return {
        block["data-petition"]: {
            dd["data-number"]: dd.get_text(" ", strip=True)
            for dd in block.select("dd[data-number]")
        }
        | {"batch": " ".join(block.select_one("[data-batch]").get_text(" ").split()), "row": block}
        for block in panel.select("section[data-petition]")
    }


def test_the_panel_shows_each_open_petitions_numbers_and_latest_batch(
    client, organizer, petition, signatures, ridings, home_page
):
    DeliveryFactory(petition=petition, riding=ridings["toronto"])
    batch, _created = batches.create(petition, None)
    PacketBatch.objects.filter(pk=batch.pk).update(
        created_at=datetime.datetime(2026, 12, 6, 1, 11, tzinfo=datetime.UTC)
    )
    make_petition(home_page, title="Closed one", slug="closed", status=PetitionPage.Status.CLOSED)
    past = make_petition(home_page, title="Past one", slug="past")
    PetitionPage.objects.filter(pk=past.pk).update(
        closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    sign_in(client, organizer)

    rows = panel_rows(client.get(HOME))

    assert list(rows) == [str(petition.pk)]
    row = rows[str(petition.pk)]
    # signatures: 7 counted (1 without riding), 2 unconfirmed; ridings Toronto, Ottawa and
    # Laurier have counted signatures, Toronto's packet was delivered.
    assert {key: row[key] for key in ("counted", "unconfirmed", "pending-delivery")} == {
        "counted": "7",
        "unconfirmed": "2",
        "pending-delivery": "2",
    }
    assert row["unassigned"].startswith("1")
    # The batch's moment in Toronto time, written unambiguously; still running.
    assert row["batch"].startswith("Latest packets: 2026-12-05 20:11: running, 0 of 3")
    links = {a["href"] for a in row["row"].find_all("a")}
    dashboard = reverse("petitions_admin:dashboard", args=[petition.pk])
    assert links == {
        dashboard,
        f"{dashboard}#unassigned",
        reverse("petitions_admin:packets", args=[petition.pk]),
    }
    assert row["row"].select_one("[data-goal]").get_text(strip=True) == "7% of the goal"


def test_a_petition_without_batch_says_so(client, organizer, petition):
    sign_in(client, organizer)
    row = panel_rows(client.get(HOME))[str(petition.pk)]
    assert row["batch"].startswith("Latest packets: None yet")
    assert row["counted"] == "0"


def test_editors_do_not_get_the_panel(client, editor, petition, signatures):
    sign_in(client, editor)
    response = client.get(HOME)
    assert response.status_code == 200
    assert soup(response).select_one("#petitions-organizer-section") is None
    assert "Open petitions" not in response.text
