"""The coalition page's filters: press.coalition.MemberFilters, and the page with them."""

import pytest

from press.coalition import MemberFilters
from press.models import Organization
from tests.factories.press import OrganizationFactory
from tests.support.html import soup

Membership = Organization.Membership


def org(name, province, membership=Membership.MEMBER):
    return Organization(name=name, province=province, membership=membership)


MEMBERS = [
    org("Harvest Union", "ON", Membership.FOUNDING_MEMBER),
    org("Care Network", "ON"),
    org("Fish Plant Workers", "NL", Membership.ENDORSER),
    org("Not a member", "BC", Membership.NONE),
]


def test_choices_are_those_the_members_have():
    filters = MemberFilters.from_query({}, MEMBERS)

    assert filters.provinces == [("NL", "Newfoundland and Labrador"), ("ON", "Ontario")]
    assert [value for value, _label in filters.roles] == [
        Membership.FOUNDING_MEMBER,
        Membership.MEMBER,
        Membership.ENDORSER,
    ]
    assert not filters.active
    assert filters.apply(MEMBERS) == MEMBERS


def test_province_and_role_narrow_the_list():
    filters = MemberFilters.from_query({"province": "ON", "role": "member"}, MEMBERS)

    assert [o.name for o in filters.apply(MEMBERS)] == ["Care Network"]


@pytest.mark.parametrize("query", [{"province": "BC"}, {"province": "<x>"}, {"role": "none"}])
def test_unknown_or_memberless_values_are_ignored(query):
    filters = MemberFilters.from_query(query, MEMBERS)

    assert not filters.active
    assert filters.apply(MEMBERS) == MEMBERS


@pytest.mark.django_db
def test_the_page_lists_the_filtered_members_and_keeps_the_totals(client, coalition_page):
    OrganizationFactory(name="Harvest Union", province="ON", membership=Membership.MEMBER)
    OrganizationFactory(name="Fish Plant Workers", province="NL", membership=Membership.MEMBER)

    document = soup(client.get(coalition_page.url, {"province": "NL"}))

    listed = [h.get_text(strip=True) for h in document.select(".organization__name")]
    assert listed == ["Fish Plant Workers"]
    assert "2 member organizations" in document.find(class_="coalition-summary").get_text()
    selected = document.find("select", id="filter-province").find("option", selected=True)
    assert selected["value"] == "NL"
    assert document.find("a", class_="filters__reset")
