"""What the organizers' petition dashboard shows.

Totals, counts per province and per riding (with the riding's current MP), and the counted
signatures whose riding is still unknown.

Counts here are computed fresh (one grouped query each), not read from the public cache:
organizers act on them.
"""

from dataclasses import dataclass

from django.db.models import Count, Q

from home.provinces import PROVINCE_NAMES, province_name
from petitions import tally
from petitions.models import Member, PostalCodeRiding, Riding, Signature
from petitions.models.signatures import COUNTED

RIDING_SORTS = {
    # GET value: key function over a RidingRow (ties broken by riding name)
    "riding": lambda row: (row.name.casefold(), row.code),
    "province": lambda row: (row.province_name.casefold(), row.name.casefold()),
    "count": lambda row: (row.count, row.name.casefold()),
}
DEFAULT_RIDING_SORT = "-count"


# Aggregates over a petition's signatures (usable in aggregate() or per petition in annotate()).
TOTALS = {
    "counted": Count("pk", filter=COUNTED),
    "unconfirmed": Count("pk", filter=Q(confirmed_at__isnull=True, invalidated_at__isnull=True)),
    "invalid": Count("pk", filter=Q(invalidated_at__isnull=False)),
    "unassigned": Count("pk", filter=COUNTED & Q(riding__isnull=True)),
    "all": Count("pk"),
}


def totals_by_petition(petitions):
    """{petition id: TOTALS} of `petitions`, in one query (those with no signature: absent)."""
    return {
        row["petition_id"]: row
        for row in Signature.objects.filter(petition__in=petitions)
        .values("petition_id")
        .annotate(**TOTALS)
        .order_by()
    }


def totals(petition_id):
    """{"counted", "unconfirmed", "invalid", "unassigned", "all"} for a source petition."""
    return Signature.objects.filter(petition_id=petition_id).aggregate(**TOTALS)


@dataclass
class RidingRow:
    riding: Riding
    count: int
    member: Member | None = None

    @property
    def code(self):
        return self.riding.code

    @property
    def name(self):
        return self.riding.name

    @property
    def province(self):
        return self.riding.province

    @property
    def province_name(self):
        return province_name(self.riding.province, self.riding.province)


def normalize_sort(value):
    """A valid riding sort ("riding", "-count", ...), or the default."""
    value = str(value or "")
    return value if value.lstrip("-") in RIDING_SORTS else DEFAULT_RIDING_SORT


def riding_rows(petition_id, sort=DEFAULT_RIDING_SORT):
    """Counted signatures per riding (ridings with at least one), sorted by `sort`."""
    counts = dict(
        Signature.objects.counted()
        .filter(petition_id=petition_id, riding__isnull=False)
        .values_list("riding_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    ridings = Riding.objects.in_bulk(list(counts))
    members = {m.riding_id: m for m in Member.objects.current().filter(riding_id__in=list(counts))}
    rows = [
        RidingRow(riding=riding, count=counts[pk], member=members.get(pk))
        for pk, riding in ridings.items()
    ]
    sort = normalize_sort(sort)
    rows.sort(key=RIDING_SORTS[sort.lstrip("-")], reverse=sort.startswith("-"))
    return rows


@dataclass
class ProvinceRow:
    code: str
    name: str
    count: int


def province_rows(petition_id):
    """Counted signatures per province or territory (all 13, most signatures first).

    The province comes from the signer's riding or, while it is unknown, the province they gave.
    """
    counts = {}
    rows = (
        Signature.objects.counted()
        .filter(petition_id=petition_id)
        .values_list("riding__province", "province")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for riding_province, province, n in rows:
        code = riding_province or province or ""
        counts[code] = counts.get(code, 0) + n
    result = [
        ProvinceRow(code=code, name=str(name), count=counts.pop(code, 0))
        for code, name in PROVINCE_NAMES.items()
    ]
    if counts.get(""):
        result.append(ProvinceRow(code="", name="", count=counts[""]))
    result.sort(key=lambda row: -row.count)
    return result


@dataclass
class Bar:
    label: str
    count: int
    y: int
    width: float
    label_x: float


def province_chart(rows, width=640, bar_height=22, gap=6, label_width=210, count_width=60):
    """Geometry of a horizontal bar chart of `rows` (ProvinceRow), for an inline SVG."""
    top = max((row.count for row in rows), default=0) or 1
    plot_width = width - label_width - count_width
    bars = []
    for i, row in enumerate(rows):
        bar_width = round(plot_width * row.count / top, 1)
        bars.append(
            Bar(
                label=row.name,
                count=row.count,
                y=i * (bar_height + gap),
                width=bar_width,
                label_x=label_width + bar_width + 6,
            )
        )
    return {
        "bars": bars,
        "width": width,
        "height": max(len(rows) * (bar_height + gap) - gap, bar_height),
        "bar_height": bar_height,
        "text_y": bar_height // 2,
        "label_width": label_width,
    }


def unassigned_signatures(petition_id):
    """Counted signatures whose riding is not known, oldest first."""
    return (
        Signature.objects.counted()
        .filter(petition_id=petition_id, riding__isnull=True)
        .order_by("created_at", "pk")
    )


def riding_choices(signatures):
    """Suggested and other ridings for a page of unassigned signatures.

    {signature pk: (suggested ridings, other ridings)}: the ridings the postal-code table gives for
    their postal code or its FSA, then the current ridings of their province (all current ridings
    when the province is unknown).
    """
    signatures = list(signatures)
    keys = set()
    for signature in signatures:
        if signature.postal_code:
            keys.update({signature.postal_code, signature.postal_code[:3]})
    by_key = {}
    for row in (
        PostalCodeRiding.objects.filter(postal_code__in=keys, riding__in=Riding.objects.current())
        .select_related("riding")
        .order_by("-weight", "riding__code")
    ):
        by_key.setdefault(row.postal_code, []).append(row.riding)
    current = sorted(Riding.objects.current(), key=lambda r: r.name.casefold())
    choices = {}
    for signature in signatures:
        code = signature.postal_code
        suggested = by_key.get(code) or by_key.get(code[:3]) or []
        suggested = list(dict.fromkeys(suggested))
        province = signature.province or (suggested[0].province if suggested else "")
        others = [
            r for r in current if (not province or r.province == province) and r not in suggested
        ]
        choices[signature.pk] = (suggested, others)
    return choices


def assign_riding(signature, riding):
    """Set a signature's riding (and its province when unknown), then refresh the counts."""
    signature.riding = riding
    fields = ["riding"]
    if not signature.province:
        signature.province = riding.province
        fields.append("province")
    signature.save(update_fields=fields)
    tally.forget_counts(signature.petition_id)
