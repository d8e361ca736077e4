"""What an incoming record of a Member of Parliament means for its riding.

One set of rules for every source (our CSV files, the House of Commons members export, the
Represent API), so that importing the same facts from any of them gives the same history:

- the riding is found by its code, or by its English or French name as petitions.ridings.names
  normalizes it, narrowed to the province when the name alone is ambiguous;
- no current MP: a new row from the record's start;
- the current MP's term began after the record's start: the record is older than what is on
  file, and is skipped;
- the same person (surname and first given name, spelled in any normalized way): names are
  updated in place. A change of party is a floor crossing: the current row is closed and a new
  one opened, so the history says which party the MP sat for on any day. It opens on the
  record's start when that is later than the current term's; otherwise on `crossing_date` when
  the source does not date party changes (the House of Commons export's Start Date is the
  start of the seat, not of the affiliation; the API has no dates), or, for a source whose
  rows are a snapshot of one day (our CSV), the party is corrected in place;
- a different person (a by-election, a new Parliament): the current row is closed
  (active_to = the new row's start) and a new current row opened;
- a record with an end date is a finished term: it closes the current row when it is that
  term (same person, started no later, ended after the current term began), and is otherwise
  history we do not keep, skipped.

A new row for the same person keeps what organizers set on the old one (email, constituency
office, honorific, preferred language).
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from home.text import comparison_key
from petitions.models import CURRENT_REPRESENTATION_ORDER, Member
from petitions.ridings.names import RidingNameIndex, normalize_riding_name
from petitions.ridings.provinces import riding_code_problem
from spreadsheets.errors import DataImportError

# Kept from the previous row when the same person opens a new one (a floor crossing).
PERSONAL_FIELDS = ("honorific", "email", "constituency_office", "preferred_language")
# Words that name no party in particular: "Green Party of Canada" is the "Green" party.
_PARTY_FILLER = {"party", "of", "canada", "parti", "du", "le", "la", "l", "the"}
_PARTY_ALIASES = {
    "new democratic": "ndp",
    "npd": "ndp",
    "nouveau democratique": "ndp",
    "bloc quebecois": "bloc",
    "conservateur": "conservative",
    "vert": "green",
    "liberal": "liberal",
    "independant": "independent",
}


class RidingNotFound(DataImportError):
    """A record's riding could not be found.

    `column` says which of the record's values is at fault: "code", "name" or "province".
    """

    def __init__(self, column, message, params=None):
        super().__init__(message, params)
        self.column = column


class RidingFinder:
    """The current ridings by code and by normalized name, loaded once per import."""

    def __init__(self, ridings):
        ridings = list(ridings)
        self.by_code = {riding.code: riding for riding in ridings}
        self.names = RidingNameIndex(ridings)

    def by_riding_code(self, code, province=None):
        problem = riding_code_problem(code)
        if problem:
            raise RidingNotFound("code", *problem)
        riding = self.by_code.get(code)
        if riding is None:
            raise RidingNotFound(
                "code",
                _("No riding of the %(order)s representation order has the code %(code)s."),
                {"order": CURRENT_REPRESENTATION_ORDER.value, "code": code},
            )
        if province and riding.province != province:
            raise RidingNotFound(
                "province",
                _("“%(value)s” is not the province of riding %(code)s (%(expected)s)."),
                {"value": province, "code": code, "expected": riding.province},
            )
        return riding

    def by_name(self, name, province=None):
        candidates = self.names.candidates(name, province)
        if not candidates:
            if province:
                raise RidingNotFound(
                    "name",
                    _(
                        "No riding of the %(order)s representation order is named “%(name)s” "
                        "in %(province)s."
                    ),
                    {
                        "order": CURRENT_REPRESENTATION_ORDER.value,
                        "name": name,
                        "province": province,
                    },
                )
            raise RidingNotFound(
                "name",
                _("No riding of the %(order)s representation order is named “%(name)s”."),
                {"order": CURRENT_REPRESENTATION_ORDER.value, "name": name},
            )
        if len(candidates) > 1:
            raise RidingNotFound(
                "name",
                _("“%(name)s” is the name of several ridings (%(codes)s): give the code."),
                {"name": name, "codes": ", ".join(riding.code for riding in candidates)},
            )
        return candidates[0]

    def name_fits(self, riding, name):
        """Whether `name` is the riding's English or French name, in any spelling."""
        key = normalize_riding_name(name)
        return key in {
            normalize_riding_name(riding.name_en),
            normalize_riding_name(riding.name_fr),
        }


def party_key(party):
    """A key under which the spellings of one party are equal.

    "Green" = "Green Party", "NDP" = "New Democratic Party"; empty for no party.
    """
    words = [w for w in comparison_key(party).replace(".", " ").split() if w]
    key = " ".join(w for w in words if w not in _PARTY_FILLER)
    return _PARTY_ALIASES.get(key, key)


def is_same_person(member, first_name, last_name):
    def key(first, last):
        return comparison_key(first).split(" ")[:1], comparison_key(last)

    return key(member.first_name, member.last_name) == key(first_name, last_name)


@dataclass
class MemberRecord:
    """One source's word about a riding's MP.

    `details`: other Member fields the source gives (set as given); `fill_blank`: fields set only
    where the row has none yet.
    """

    riding: object
    first_name: str
    last_name: str
    party: str = ""
    start: datetime.date | None = None
    end: datetime.date | None = None
    details: dict = field(default_factory=dict)
    fill_blank: dict = field(default_factory=dict)

    def values(self):
        return {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "party": self.party,
            **self.details,
        }


# Change.action values.
CREATE, UPDATE, UNCHANGED, CLOSE, NEWER, PAST = (
    "create",
    "update",
    "unchanged",
    "close",
    "newer",
    "past",
)


@dataclass
class Change:
    """What to do for one record.

    `member` is the row to save (new, or the current one with the record's values set); `closes`
    the current row to close first (its active_to is set).
    """

    action: str
    member: Member | None
    closes: Member | None = None

    @property
    def changes_anything(self):
        return self.action in (CREATE, UPDATE, CLOSE)


def _assign(member, values):
    changed = False
    for name, value in values.items():
        if getattr(member, name) != value:
            setattr(member, name, value)
            changed = True
    return changed


def _fill_blank(member, values):
    return _assign(member, {k: v for k, v in values.items() if v and not getattr(member, k)})


def _replace(current, record, start, same_person):
    current.active_to = start
    member = Member(riding=record.riding, active_from=start)
    if same_person:
        _assign(member, {name: getattr(current, name) for name in PERSONAL_FIELDS})
    _assign(member, record.values())
    _fill_blank(member, record.fill_blank)
    return Change(CREATE, member, closes=current)


def plan_change(current, record, default_start, crossing_date=None):
    """The Change that `record` makes to its riding, whose current MP is `current` (or None).

    Assigns the new values to the instances without saving anything. `default_start` is the
    record's start when it has none; `crossing_date` the day a party change took effect when the
    source does not date it (None: a party change on the same start corrects the party).
    """
    start = record.start or default_start
    same_person = current is not None and is_same_person(
        current, record.first_name, record.last_name
    )
    if record.end:
        is_that_term = (
            same_person
            and (
                record.start is None
                or current.active_from is None
                or record.start <= current.active_from
            )
            and (current.active_from is None or record.end > current.active_from)
        )
        if not is_that_term:
            return Change(PAST, current)
        current.active_to = record.end
        return Change(CLOSE, current)
    if current is None:
        member = Member(riding=record.riding, active_from=start)
        _assign(member, record.values())
        _fill_blank(member, record.fill_blank)
        return Change(CREATE, member)
    if current.active_from and start and current.active_from > start:
        return Change(NEWER, current)
    if not same_person:
        return _replace(current, record, start, same_person=False)

    crossed = party_key(current.party) and party_key(record.party)
    crossed = crossed and party_key(current.party) != party_key(record.party)
    if crossed:
        if current.active_from is None or start > current.active_from:
            return _replace(current, record, start, same_person=True)
        if crossing_date and crossing_date > current.active_from:
            return _replace(current, record, crossing_date, same_person=True)
    changed = _assign(current, record.values())
    changed = _fill_blank(current, record.fill_blank) or changed
    return Change(UPDATE if changed else UNCHANGED, current)


def save_change(change):
    """Save what plan_change decided.

    The closed row is saved first, since a riding has one current MP at a time (a database
    constraint).
    """
    if change.closes is not None:
        change.closes.save(update_fields=["active_to"])
    if change.action in (CREATE, UPDATE, CLOSE):
        change.member.save()
