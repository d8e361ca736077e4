"""Grouping of coalition members for the coalition page."""

from collections import Counter
from dataclasses import dataclass, field

from localflavor.ca.ca_provinces import PROVINCE_CHOICES

from press.choices import Membership

ROLE_ORDER = [Membership.FOUNDING_MEMBER, Membership.MEMBER, Membership.ENDORSER]


@dataclass
class RoleGroup:
    role: str
    label: str
    organizations: list = field(default_factory=list)


@dataclass
class ProvinceGroup:
    code: str
    name: str
    roles: list
    count: int


@dataclass
class Coalition:
    provinces: list
    total: int
    role_counts: list  # (label, count) for each role, in ROLE_ORDER


def group_members(organizations):
    """Members grouped by province or territory (alphabetical by name), then by role."""
    by_province = {}
    role_totals = Counter()
    for organization in organizations:
        if organization.membership not in ROLE_ORDER:
            continue  # not a coalition member (Membership.NONE): neither listed nor counted
        roles = by_province.setdefault(organization.province, {})
        roles.setdefault(organization.membership, []).append(organization)
        role_totals[organization.membership] += 1

    province_names = dict(PROVINCE_CHOICES)
    provinces = []
    for code, roles in by_province.items():
        groups = [
            RoleGroup(role, role.label, sorted(roles[role], key=lambda o: o.name.casefold()))
            for role in ROLE_ORDER
            if role in roles
        ]
        provinces.append(
            ProvinceGroup(
                code=code,
                name=str(province_names.get(code, code)),
                roles=groups,
                count=sum(len(g.organizations) for g in groups),
            )
        )
    provinces.sort(key=lambda p: p.name)
    return Coalition(
        provinces=provinces,
        total=sum(role_totals.values()),
        role_counts=[(role.label, role_totals[role]) for role in ROLE_ORDER if role_totals[role]],
    )
