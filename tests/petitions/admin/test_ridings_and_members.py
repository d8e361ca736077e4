"""The riding and MP listings of the organizers' admin.

Search and filters, and a riding in use that cannot be deleted.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import MemberFactory, RidingFactory
from tests.support.admin_pages import listed_ids
from tests.support.html import soup
from tests.support.two_factor import sign_in

pytestmark = pytest.mark.django_db


def test_riding_listing_search_and_filters(client, organizer, ridings):
    sign_in(client, organizer)
    legacy = RidingFactory(province="QC", name_en="Old Laurier", representation_order=2013)
    url = reverse("petition_ridings:index")

    assert listed_ids(client.get(url, {"q": "laurier"})) == {ridings["laurier"].pk, legacy.pk}
    assert listed_ids(client.get(url, {"q": ridings["toronto"].code})) == {ridings["toronto"].pk}
    assert listed_ids(client.get(url, {"q": "Bord"})) == set()
    assert listed_ids(client.get(url, {"province": "QC", "representation_order": 2023})) == {
        ridings["laurier"].pk
    }
    response = client.get(url, {"q": "toronto"})
    assert "Ada Member" in soup(response).select_one("table").get_text()


def test_member_listing_search_and_filters(client, organizer, ridings):
    sign_in(client, organizer)
    ada = ridings["toronto"].members.get()
    luc = ridings["laurier"].members.get()
    former = MemberFactory(
        riding=ridings["ottawa"],
        first_name="Former",
        last_name="Member",
        party="NDP",
        active_to=timezone.localdate(),
    )
    url = reverse("petition_members:index")

    assert listed_ids(client.get(url, {"q": "Député"})) == {luc.pk}
    assert listed_ids(client.get(url, {"q": "toronto"})) == {ada.pk}
    assert listed_ids(client.get(url, {"province": "QC"})) == {luc.pk}
    assert listed_ids(client.get(url, {"current": "true"})) == {ada.pk, luc.pk}
    assert listed_ids(client.get(url, {"current": "false"})) == {former.pk}
    assert listed_ids(client.get(url, {"party": "ndp"})) == {former.pk}


def test_deleting_a_riding_in_use_is_refused_politely(client, organizer, signatures, ridings):
    sign_in(client, organizer)
    toronto = ridings["toronto"]

    response = client.post(reverse("petition_ridings:delete", args=[toronto.pk]), follow=True)

    assert response.status_code == 200
    assert toronto.__class__.objects.filter(pk=toronto.pk).exists()
    assert "cannot be deleted" in response.content.decode()
