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


@dataclass
class MemberFilters:
    """The coalition page's filters: a province or territory, a role; unknown values are ignored.

    The choices are those the members have, so no filter leads to an empty page.
    """

    province: str = ""
    role: str = ""
    provinces: list = field(default_factory=list)  # (code, name) of provinces with members
    roles: list = field(default_factory=list)  # (value, label) of roles members have

    @classmethod
    def from_query(cls, query, organizations):
        names = dict(PROVINCE_CHOICES)
        members = [o for o in organizations if o.membership in ROLE_ORDER]
        provinces = sorted(
            {(o.province, str(names.get(o.province, o.province))) for o in members if o.province},
            key=lambda choice: choice[1],
        )
        roles = [(r.value, r.label) for r in ROLE_ORDER if any(o.membership == r for o in members)]
        province = query.get("province", "")
        role = query.get("role", "")
        return cls(
            province=province if province in dict(provinces) else "",
            role=role if role in dict(roles) else "",
            provinces=provinces,
            roles=roles,
        )

    @property
    def active(self):
        return bool(self.province or self.role)

    def apply(self, organizations):
        return [
            o
            for o in organizations
            if (not self.province or o.province == self.province)
            and (not self.role or o.membership == self.role)
        ]
