"""Members of Parliament in the admin's Import and Export buttons.

Our MP CSV (mps_2025.csv, and what MemberResource's export writes): a riding by code or by
riding_name_en, given_name, surname, party; optionally honorific, email, constituency_office,
preferred_language, active_from, active_to. The House of Commons members export:
house_of_commons.py.

Both MP resources follow the MP history rules (petitions/ridings/mp_history.py), the ones
`manage.py import_members` and `sync_members` use: a by-election closes the current MP's row
and opens one for the new MP; a floor crossing opens a new row from its date (House of
Commons export: from the day of the import, since the export dates seats, not affiliations;
our CSV: from its active_from when later, else the party is corrected in place); a file
older than what is on record is skipped. Import options (import_data keyword arguments):
`active_from` (our CSV's start when it has no active_from column; default the 2025 general
election) and `crossing_date` (House of Commons export; default today).
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from import_export import fields

from home.provinces import clean_province
from petitions.models import CURRENT_REPRESENTATION_ORDER, Member, Riding
from petitions.ridings.member_csv import GENERAL_ELECTION_2025
from petitions.ridings.mp_history import (
    CREATE,
    Change,
    MemberRecord,
    RidingFinder,
    RidingNotFound,
    plan_change,
    save_change,
)
from spreadsheets.resources import (
    REQUIRED,
    SpreadsheetResource,
    cell_date,
    clean_cell,
    row_error,
    row_values,
    within_length,
)

NAME_MAX_LENGTH = Member._meta.get_field("first_name").max_length
PARTY_MAX_LENGTH = Member._meta.get_field("party").max_length
HONORIFIC_MAX_LENGTH = Member._meta.get_field("honorific").max_length


def _date_option(value, default):
    if value in (None, ""):
        return default
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


class MemberImportMixin:
    """Turns each row into a MemberRecord and applies plan_change to it.

    The record is a petitions.ridings.mp_history.MemberRecord (parse_record, raising a
    ValidationError naming the row's columns). import-export counts what plan_change decided: new,
    update, or skip (unchanged, older than on record, past terms).
    """

    crossing_date_default = None

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self.headers = {str(h).strip() for h in dataset.headers or ()}
        self.finder = RidingFinder(Riding.objects.current())
        self.current = {m.riding_id: m for m in Member.objects.current().select_related("riding")}
        self.seen = {}
        self.default_start = _date_option(kwargs.get("active_from"), GENERAL_ELECTION_2025)
        self.crossing_date = _date_option(kwargs.get("crossing_date"), self.crossing_date_default)
        self.change = None

    def before_import_row(self, row, **kwargs):
        values = row_values(row)
        if not self.finder.by_code:
            raise ValidationError(
                _(
                    "There are no ridings of the %(order)s representation order yet: "
                    "import the ridings first."
                )
                % {"order": CURRENT_REPRESENTATION_ORDER.value}
            )
        record = self.parse_record(values)
        if record.riding is None:
            self.change = Change("past", None)
            return
        if not record.end:
            if record.riding.pk in self.seen:
                raise row_error(
                    self.riding_column(values),
                    _("Riding %(code)s (%(name)s) is on another row of the file too."),
                    {"code": record.riding.code, "name": record.riding.name_en},
                )
            self.seen[record.riding.pk] = True
        current = self.current.get(record.riding.pk)
        self.change = plan_change(current, record, self.default_start, self.crossing_date)

    def get_or_init_instance(self, instance_loader, row):
        change = self.change
        return change.member or Member(), change.action == CREATE

    def import_instance(self, instance, row, **kwargs):
        """plan_change has set the values already."""

    def skip_row(self, instance, original, row, import_validation_errors=None):
        return not self.change.changes_anything

    def save_instance(self, instance, is_create, row, **kwargs):
        if kwargs.get("dry_run") and not kwargs.get("using_transactions"):
            return
        save_change(self.change)
        riding_id = self.change.member.riding_id
        if self.change.member.active_to is None:
            self.current[riding_id] = self.change.member
        else:
            self.current.pop(riding_id, None)

    # Helpers for parse_record.

    def text(self, values, column, max_length, required=True):
        value = values.get(column, "")
        if required and not value:
            raise row_error(column, REQUIRED)
        return within_length(column, value, max_length)

    def date(self, values, column):
        try:
            return cell_date(values.get(column))
        except ValueError:
            raise row_error(
                column, _("“%(value)s” is not a date (YYYY-MM-DD)."), {"value": values[column]}
            ) from None


def collect(checks):
    """Run every check (a callable) and merge their ValidationErrors into one.

    A row then reports all its problems at once. Returns the checks' results otherwise.
    """
    results, errors = [], {}
    for check in checks:
        try:
            results.append(check())
        except ValidationError as error:
            errors = error.update_error_dict(errors)
            results.append(None)
    if errors:
        raise ValidationError(errors)
    return results


class MemberResource(MemberImportMixin, SpreadsheetResource):
    """Our MP CSV format, as mps_2025.csv and this resource's export write it."""

    required_columns = ("given_name", "surname")
    format_label = _("Members of Parliament (our CSV: code, given_name, surname, party)")
    help_text = _(
        "Columns: code or riding_name_en, given_name, surname, and optionally province, "
        "middle_names, party, honorific, email, constituency_office, preferred_language (en "
        "or fr), active_from, active_to. A different MP for a riding closes the current one's "
        "term and keeps it in the history."
    )

    code = fields.Field(column_name="code")
    riding_name_en = fields.Field(column_name="riding_name_en")
    province = fields.Field(column_name="province")
    honorific = fields.Field(attribute="honorific", column_name="honorific")
    given_name = fields.Field(attribute="first_name", column_name="given_name")
    middle_names = fields.Field(column_name="middle_names")
    surname = fields.Field(attribute="last_name", column_name="surname")
    party = fields.Field(attribute="party", column_name="party")
    email = fields.Field(attribute="email", column_name="email")
    constituency_office = fields.Field(
        attribute="constituency_office", column_name="constituency_office"
    )
    preferred_language = fields.Field(
        attribute="preferred_language", column_name="preferred_language"
    )
    active_from = fields.Field(attribute="active_from", column_name="active_from")
    active_to = fields.Field(attribute="active_to", column_name="active_to")

    class Meta:
        model = Member
        fields = (
            "code",
            "riding_name_en",
            "province",
            "honorific",
            "given_name",
            "middle_names",
            "surname",
            "party",
            "email",
            "constituency_office",
            "preferred_language",
            "active_from",
            "active_to",
        )
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        skip_diff = True

    def get_export_fields(self, selected_fields=None):
        return [
            f
            for f in super().get_export_fields(selected_fields)
            if f.column_name != "middle_names"
        ]

    def get_queryset(self):
        return Member.objects.select_related("riding")

    def riding_column(self, values):
        return "code" if values.get("code") else "riding_name_en"

    def parse_record(self, values):
        province_checks = []
        if values.get("province"):
            province_checks.append(lambda: self.parse_province(values))
        province = collect(province_checks)[0] if province_checks else None
        riding, first_name, last_name, party, details, start, end = collect(
            [
                lambda: self.parse_riding(values, province),
                lambda: self.parse_first_name(values),
                lambda: self.text(values, "surname", NAME_MAX_LENGTH),
                lambda: self.text(values, "party", PARTY_MAX_LENGTH, required=False),
                lambda: self.parse_details(values),
                lambda: self.date(values, "active_from"),
                lambda: self.date(values, "active_to"),
            ]
        )
        if start and end and end < start:
            raise row_error("active_to", _("The term ends before it starts."))
        return MemberRecord(
            riding=riding,
            first_name=first_name,
            last_name=last_name,
            party=party,
            start=start,
            end=end,
            details=details,
        )

    def parse_province(self, values):
        return clean_cell("province", clean_province, values["province"])

    def parse_riding(self, values, province):
        code, name = values.get("code", ""), values.get("riding_name_en", "")
        try:
            if code:
                return self.finder.by_riding_code(code, province)
            if name:
                return self.finder.by_name(name, province)
        except RidingNotFound as problem:
            column = {"code": "code", "name": "riding_name_en", "province": "province"}
            raise row_error(column[problem.column], problem.message, problem.params) from None
        raise row_error(self.riding_column(values), _("Give the riding's code or its name."))

    def parse_first_name(self, values):
        given = self.text(values, "given_name", NAME_MAX_LENGTH)
        first_name = " ".join(filter(None, [given, values.get("middle_names", "")]))
        if len(first_name) > NAME_MAX_LENGTH:
            raise row_error(
                "middle_names",
                _("The given and middle names are longer than %(max)s characters."),
                {"max": NAME_MAX_LENGTH},
            )
        return first_name

    def parse_details(self, values):
        """The columns organizers may fill, applied only when the file has them."""
        details = {}
        if "honorific" in self.headers:
            details["honorific"] = self.text(
                values, "honorific", HONORIFIC_MAX_LENGTH, required=False
            )
        if "email" in self.headers:
            email = values.get("email", "")
            if email:
                try:
                    validate_email(email)
                except ValidationError:
                    raise row_error(
                        "email", _("“%(value)s” is not an email address."), {"value": email}
                    ) from None
            details["email"] = email
        if "constituency_office" in self.headers:
            details["constituency_office"] = values.get("constituency_office", "")
        if "preferred_language" in self.headers:
            details["preferred_language"] = self.parse_language(
                values.get("preferred_language", "")
            )
        return details

    def parse_language(self, value):
        key = value.casefold()
        if not key:
            return ""
        for code, label in Member.Language.choices:
            with translation.override("en"):
                english = str(label).casefold()
            if key in (code, english, str(label).casefold()):
                return code
        raise row_error(
            "preferred_language",
            _("“%(value)s” is not a language (en, fr, or empty for the riding's default)."),
            {"value": value},
        )

    def dehydrate_code(self, member):
        return member.riding.code if member.riding_id else ""

    def dehydrate_riding_name_en(self, member):
        return member.riding.name_en if member.riding_id else ""

    def dehydrate_province(self, member):
        return member.riding.province if member.riding_id else ""

    def dehydrate_middle_names(self, member):
        return ""
