"""press.coalition.group_members, without HTTP or the database."""

from press.coalition import group_members
from press.models import Organization

Membership = Organization.Membership


def org(name, province, membership=Membership.MEMBER):
    return Organization(name=name, province=province, membership=membership)


def names(role_group):
    return [o.name for o in role_group.organizations]


def test_groups_by_province_alphabetically_then_by_role():
    coalition = group_members(
        [
            org("zeta Workers", "ON", Membership.MEMBER),
            org("Alpha Centre", "QC", Membership.ENDORSER),
            org("Beta Union", "ON", Membership.FOUNDING_MEMBER),
            org("alpha Network", "ON", Membership.MEMBER),
            org("Gamma Collective", "BC", Membership.MEMBER),
            org("Delta Alliance", "ON", Membership.ENDORSER),
        ]
    )

    assert [p.name for p in coalition.provinces] == ["British Columbia", "Ontario", "Quebec"]
    assert [p.code for p in coalition.provinces] == ["BC", "ON", "QC"]
    assert [p.count for p in coalition.provinces] == [1, 4, 1]

    ontario = coalition.provinces[1]
    assert [g.role for g in ontario.roles] == [
        Membership.FOUNDING_MEMBER,
        Membership.MEMBER,
        Membership.ENDORSER,
    ]
    assert [str(g.label) for g in ontario.roles] == ["Founding member", "Member", "Endorser"]
    # Case-insensitive alphabetical order within a role.
    assert names(ontario.roles[1]) == ["alpha Network", "zeta Workers"]
    assert names(ontario.roles[0]) == ["Beta Union"]
    assert names(ontario.roles[2]) == ["Delta Alliance"]

    assert coalition.total == 6
    assert [(str(label), count) for label, count in coalition.role_counts] == [
        ("Founding member", 1),
        ("Member", 3),
        ("Endorser", 2),
    ]


def test_roles_without_members_are_left_out():
    coalition = group_members([org("Only Member", "NS"), org("Another", "NS")])

    [nova_scotia] = coalition.provinces
    assert nova_scotia.name == "Nova Scotia"
    assert [g.role for g in nova_scotia.roles] == [Membership.MEMBER]
    assert nova_scotia.count == 2
    assert [(str(label), count) for label, count in coalition.role_counts] == [("Member", 2)]


def test_membership_values_loaded_from_the_database_as_plain_strings():
    # Model instances read from the database carry str values, not enum members.
    coalition = group_members([org("Plain", "MB", "founding_member")])

    [manitoba] = coalition.provinces
    assert [g.role for g in manitoba.roles] == [Membership.FOUNDING_MEMBER]
    assert str(manitoba.roles[0].label) == "Founding member"


def test_non_members_are_neither_listed_nor_counted():
    coalition = group_members(
        [
            org("Member Org", "ON"),
            org("Ally Org", "ON", Membership.NONE),
            org("Lonely Ally", "YT", Membership.NONE),
        ]
    )

    assert [p.code for p in coalition.provinces] == ["ON"]
    assert [names(g) for g in coalition.provinces[0].roles] == [["Member Org"]]
    assert coalition.provinces[0].count == 1
    assert coalition.total == 1


def test_no_members():
    coalition = group_members([])

    assert coalition.provinces == []
    assert coalition.total == 0
    assert coalition.role_counts == []
