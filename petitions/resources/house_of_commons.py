"""The members export of the House of Commons in the admin's Import and Export buttons.

The export is ourcommons.ca's: Honorific Title, First Name, Last Name, Constituency,
Province / Territory, Political Affiliation, Start Date, End Date. Rows are matched to ridings by
normalized name within the province. The MP history rules and import options are those of
members.py.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from import_export import fields

from home.provinces import clean_province, province_name
from petitions.models import Member
from petitions.resources.members import (
    HONORIFIC_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PARTY_MAX_LENGTH,
    MemberImportMixin,
    collect,
)
from petitions.ridings.mp_history import MemberRecord, RidingNotFound
from spreadsheets.resources import REQUIRED, SpreadsheetResource, clean_cell, row_error


class HouseOfCommonsMemberResource(MemberImportMixin, SpreadsheetResource):
    """The members export of the House of Commons.

    From ourcommons.ca, Members of Parliament, "Export as CSV". Its Province / Territory is a name
    ("British Columbia"), its Start Date the start of the seat ("2025-04-28 12:00:00 AM"), its End
    Date empty for sitting MPs. A row with an End Date closes that term when it is the current one
    on record, and is skipped otherwise (also when its constituency is not one of today's ridings).
    """

    required_columns = (
        "First Name",
        "Last Name",
        "Constituency",
        "Province / Territory",
        "Political Affiliation",
        "Start Date",
    )
    format_label = _("House of Commons members export")
    help_text = _(
        "The CSV of ourcommons.ca's Members of Parliament search. Constituencies are matched "
        "to ridings by name within their province; a new MP closes the current one's term, "
        "and a change of party opens a new row from the date of party changes (default: "
        "today)."
    )

    honorific = fields.Field(attribute="honorific", column_name="Honorific Title")
    first_name = fields.Field(attribute="first_name", column_name="First Name")
    last_name = fields.Field(attribute="last_name", column_name="Last Name")
    constituency = fields.Field(column_name="Constituency")
    province = fields.Field(column_name="Province / Territory")
    party = fields.Field(attribute="party", column_name="Political Affiliation")
    active_from = fields.Field(attribute="active_from", column_name="Start Date")
    active_to = fields.Field(attribute="active_to", column_name="End Date")

    class Meta:
        model = Member
        fields = (
            "honorific",
            "first_name",
            "last_name",
            "constituency",
            "province",
            "party",
            "active_from",
            "active_to",
        )
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        skip_diff = True

    @property
    def crossing_date_default(self):
        # The export does not date changes of affiliation: a floor crossing counts from the
        # day we learn of it.
        return timezone.localdate()

    def get_queryset(self):
        return Member.objects.select_related("riding")

    def riding_column(self, values):
        return "Constituency"

    def parse_record(self, values):
        first_name, last_name, party, start, end, honorific = collect(
            [
                lambda: self.text(values, "First Name", NAME_MAX_LENGTH),
                lambda: self.text(values, "Last Name", NAME_MAX_LENGTH),
                lambda: self.text(values, "Political Affiliation", PARTY_MAX_LENGTH),
                lambda: self.date(values, "Start Date"),
                lambda: self.date(values, "End Date"),
                lambda: self.text(values, "Honorific Title", HONORIFIC_MAX_LENGTH, False),
            ]
        )
        if start is None and not end:
            raise row_error("Start Date", REQUIRED)
        try:
            riding = self.parse_riding(values)
        except ValidationError:
            if end:
                riding = None  # a past term, maybe of a riding of an older order
            else:
                raise
        details = {"honorific": honorific} if "Honorific Title" in self.headers else {}
        return MemberRecord(
            riding=riding,
            first_name=first_name,
            last_name=last_name,
            party=party,
            start=start,
            end=end,
            details=details,
        )

    def parse_riding(self, values):
        name = self.text(values, "Constituency", 200)
        province = clean_cell(
            "Province / Territory",
            clean_province,
            self.text(values, "Province / Territory", 100),
        )
        try:
            return self.finder.by_name(name, province)
        except RidingNotFound as problem:
            raise row_error("Constituency", problem.message, problem.params) from None

    def dehydrate_constituency(self, member):
        return member.riding.name_en if member.riding_id else ""

    def dehydrate_province(self, member):
        if not member.riding_id:
            return ""
        # The export's names are English, whatever the language of the admin.
        with translation.override("en"):
            return province_name(member.riding.province, "")
