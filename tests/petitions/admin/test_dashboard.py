"""The petition dashboard of the organizers' admin.

Totals, the province chart and the ridings table, and assigning a riding to a signature that has
none; the petition list links to it.
"""

import pytest
from django.urls import reverse

from petitions import tally
from tests.factories import RidingFactory
from tests.factories.petitions import make_petition
from tests.support.admin_pages import assert_denied, viewer_without
from tests.support.html import soup
from tests.support.two_factor import sign_in

pytestmark = pytest.mark.django_db


def test_dashboard_totals_chart_and_tables(client, organizer, petition, signatures):
    sign_in(client, organizer)

    response = client.get(reverse("petitions_admin:dashboard", args=[petition.pk]))

    assert response.status_code == 200
    page = soup(response)
    totals = {dd["data-total"]: dd.get_text(strip=True) for dd in page.select("dd[data-total]")}
    assert totals == {"counted": "7", "unconfirmed": "2", "invalid": "1", "unassigned": "1"}
    svg = page.select_one("svg.province-chart")
    assert svg is not None and svg["role"] == "img"
    assert svg.find("title").get_text(strip=True)
    assert svg.find("desc").get_text(strip=True)
    assert len(svg.find_all("rect")) == 13  # every province and territory
    province_table = page.select_one("#provinces-heading").find_next("table")
    province_counts = {
        tr.th.get_text(strip=True): tr.td.get_text(strip=True)
        for tr in province_table.tbody.find_all("tr")
    }
    assert province_counts["Ontario"] == "5"  # 4 with a riding, 1 from the province given
    assert province_counts["Quebec"] == "2"
    assert "Ada Member" in page.select_one("#ridings").get_text()


def riding_order(response):
    return [tr["data-riding"] for tr in soup(response).select("#ridings tbody tr")]


def test_dashboard_sorts_ridings(client, organizer, petition, signatures, ridings):
    sign_in(client, organizer)
    url = reverse("petitions_admin:dashboard", args=[petition.pk])
    toronto, ottawa, laurier = (ridings[k].code for k in ["toronto", "ottawa", "laurier"])

    assert riding_order(client.get(url)) == [toronto, laurier, ottawa]  # most first
    assert riding_order(client.get(url, {"sort": "count"})) == [ottawa, laurier, toronto]
    assert riding_order(client.get(url, {"sort": "riding"})) == [laurier, ottawa, toronto]
    assert riding_order(client.get(url, {"sort": "-riding"})) == [toronto, ottawa, laurier]
    by_province = riding_order(client.get(url, {"sort": "province"}))
    assert by_province[0] in {toronto, ottawa} and by_province[-1] == laurier
    assert riding_order(client.get(url, {"sort": "nonsense"})) == [toronto, laurier, ottawa]


def test_dashboard_of_a_translation_shows_the_source_petition(
    client, organizer, petition, signatures, locales
):
    sign_in(client, organizer)
    french = petition.copy_for_translation(locales["fr"], copy_parents=True)

    response = client.get(reverse("petitions_admin:dashboard", args=[french.pk]))

    assert response.context["petition"].pk == petition.pk
    assert response.context["totals"]["counted"] == 7


def test_dashboard_lists_unassigned_signatures_with_suggestions(
    client, organizer, petition, signatures, ridings
):
    sign_in(client, organizer)

    response = client.get(reverse("petitions_admin:dashboard", args=[petition.pk]))

    rows = soup(response).select("#unassigned tbody tr")
    assert [int(tr["data-signature"]) for tr in rows] == [signatures["unassigned"].pk]
    options = {o["value"] for o in rows[0].select("select[name=riding] option") if o["value"]}
    # Its province's ridings only.
    assert options == {str(ridings["toronto"].pk), str(ridings["ottawa"].pk)}
    assert rows[0].select_one("input[name=csrfmiddlewaretoken]")


def test_assigning_a_riding(client, organizer, petition, signatures, ridings):
    sign_in(client, organizer)
    signature = signatures["unassigned"]
    assert tally.petition_counts(petition).by_riding[ridings["ottawa"].code] == 1

    response = client.post(
        reverse("petitions_admin:assign", args=[petition.pk]),
        {"signature": signature.pk, "riding": ridings["ottawa"].pk},
    )

    assert response.status_code == 302
    signature.refresh_from_db()
    assert signature.riding == ridings["ottawa"]
    counts = tally.petition_counts(petition)
    assert counts.by_riding[ridings["ottawa"].code] == 2
    assert counts.unassigned == 0


def test_assigning_needs_the_change_permission(client, petition, signatures, ridings):
    client.force_login(viewer_without("change_signature"))
    signature = signatures["unassigned"]
    url = reverse("petitions_admin:assign", args=[petition.pk])

    assert_denied(client.post(url, {"signature": signature.pk, "riding": ridings["ottawa"].pk}))
    signature.refresh_from_db()
    assert signature.riding is None
    # They still see the dashboard, without the assignment forms.
    dashboard = client.get(reverse("petitions_admin:dashboard", args=[petition.pk]))
    assert dashboard.status_code == 200
    assert not soup(dashboard).select("#unassigned form")


def test_assigning_is_post_only_and_scoped_to_the_petition(
    client, organizer, home_page, petition, signatures, ridings
):
    sign_in(client, organizer)
    other = make_petition(home_page, title="Another one")
    url = reverse("petitions_admin:assign", args=[other.pk])
    signature = signatures["unassigned"]

    assert client.get(url).status_code == 405
    response = client.post(url, {"signature": signature.pk, "riding": ridings["ottawa"].pk})
    assert response.status_code == 404
    signature.refresh_from_db()
    assert signature.riding is None


def test_assigning_refuses_a_legacy_riding(client, organizer, petition, signatures):
    sign_in(client, organizer)
    legacy = RidingFactory(representation_order=2013)
    signature = signatures["unassigned"]

    client.post(
        reverse("petitions_admin:assign", args=[petition.pk]),
        {"signature": signature.pk, "riding": legacy.pk},
    )

    signature.refresh_from_db()
    assert signature.riding is None


def test_petition_list_links_to_the_dashboards(client, organizer, petition, signatures):
    sign_in(client, organizer)

    response = client.get(reverse("petitions_admin:index"))

    assert reverse("petitions_admin:dashboard", args=[petition.pk]).encode() in response.content
    assert response.context["rows"][0]["totals"]["counted"] == 7
