"""Coalition members (the Organization snippet) in the admin's Import and Export buttons.

Columns: name, acronym, role, province, city, website, description, translation_key. A file
needs name and province; the other columns are applied when present.

Translations: Organization is translatable (wagtail-localize). An import reads and writes the
source-language (English) organizations only, and the export lists only those: a
spreadsheet has one name per organization, and translators, not spreadsheets, write the
French or Tagalog name and description. What is the same in every language (acronym, role,
province, city, website: wagtail-localize's synchronized fields) is copied at once to the
existing translations of an organization the import changed, so that every language's
coalition page lists the same members under the same province and role; translated names and
descriptions are left to translators (the English text changed shows in "Sync translated
content"). An organization the import creates is listed in English on the other languages'
pages until it is translated, as the coalition page already does.

Rows are matched to organizations by translation_key (our export has it), else by name
ignoring case, accents and typographic quotes and dashes. The import never deletes: an
organization that left the coalition gets the role "none" ("Not a coalition member") and
leaves the coalition page. The logo is not imported or exported (images are uploaded in the
admin).
"""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from import_export import fields
from wagtail.models import Locale

from home.provinces import clean_province
from home.text import comparison_key
from press.models import Organization
from spreadsheets.resources import (
    REQUIRED,
    PlannedRowResource,
    clean_cell,
    row_error,
    row_values,
    within_length,
)

Membership = Organization.Membership
# Copied to translations: what wagtail-localize synchronizes rather than translates.
SYNCHRONIZED_FIELDS = ("acronym", "membership", "province", "city", "website")
# Exported for "Not a coalition member", whose stored value is empty.
NO_ROLE = "none"


def _field_length(name):
    return Organization._meta.get_field(name).max_length


def role_value(text):
    """The Membership of a role cell.

    The cell holds its value ("founding_member"), its English or current-language label ("Founding
    member"), or "none"; None when it is none of them.
    """
    key = comparison_key(text).replace("_", " ")
    if key == NO_ROLE:
        return Membership.NONE
    for member in Membership:
        keys = {comparison_key(str(member.label))}
        with translation.override("en"):
            keys.add(comparison_key(str(member.label)))
        if member.value:
            keys.add(member.value.replace("_", " "))
        if key in keys:
            return member
    return None


class OrganizationResource(PlannedRowResource):
    required_columns = ("name", "province")
    format_label = _("coalition members (name, province, role)")
    help_text = _(
        "Columns: name, province (code or name), and optionally acronym, role (founding "
        "member, member, endorser or none), city, website, description. Rows update the "
        "English organizations of the same name; translations get the new role, province, "
        "city, acronym and website."
    )

    name = fields.Field(attribute="name", column_name="name")
    acronym = fields.Field(attribute="acronym", column_name="acronym")
    role = fields.Field(attribute="membership", column_name="role")
    province = fields.Field(attribute="province", column_name="province")
    city = fields.Field(attribute="city", column_name="city")
    website = fields.Field(attribute="website", column_name="website")
    description = fields.Field(attribute="description", column_name="description")
    translation_key = fields.Field(attribute="translation_key", column_name="translation_key")

    class Meta:
        model = Organization
        fields = (
            "name",
            "acronym",
            "role",
            "province",
            "city",
            "website",
            "description",
            "translation_key",
        )
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        skip_diff = True

    def get_queryset(self):
        return Organization.objects.filter(locale=Locale.get_default()).order_by("name", "pk")

    def dehydrate_role(self, organization):
        return organization.membership or NO_ROLE

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self.headers = {str(h).strip() for h in dataset.headers or ()}
        self.locale = Locale.get_default()
        self.by_key, self.by_name = {}, {}
        for organization in self.get_queryset():
            self.by_key[str(organization.translation_key)] = organization
            key = comparison_key(organization.name)
            self.by_name.setdefault(key, []).append(organization)
        self.seen = set()
        self.planned = None

    def before_import_row(self, row, **kwargs):
        values = row_values(row)
        checked, errors = {}, {}
        for column, check in (
            ("name", self.parse_name),
            ("province", self.parse_province),
            ("role", self.parse_role),
            ("acronym", self.parse_text),
            ("city", self.parse_text),
            ("website", self.parse_website),
            ("description", self.parse_text),
            ("translation_key", self.parse_translation_key),
        ):
            if column not in self.headers:
                continue
            try:
                checked[column] = check(column, values.get(column, ""))
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

        organization = self.find(checked)
        new = organization is None
        if new:
            organization = Organization(locale=self.locale, membership=Membership.MEMBER)
            if checked.get("translation_key"):
                organization.translation_key = checked["translation_key"]
        identity = organization.translation_key if not new else checked["name"].casefold()
        if identity in self.seen:
            raise row_error(
                "name",
                _("“%(name)s” is on another row of the file too."),
                {"name": checked["name"]},
            )
        self.seen.add(identity)

        values = {
            "name": checked["name"],
            "province": checked["province"],
            **{
                c: checked[c]
                for c in ("acronym", "city", "website", "description")
                if c in checked
            },
        }
        if checked.get("role") is not None:
            values["membership"] = checked["role"]
        changed = new or any(getattr(organization, k) != v for k, v in values.items())
        self.planned = (organization, new, values, changed)

    def find(self, checked):
        if checked.get("translation_key"):
            found = self.by_key.get(str(checked["translation_key"]))
            if found is not None:
                return found
        matches = self.by_name.get(comparison_key(checked["name"]), [])
        if len(matches) > 1:
            raise row_error(
                "name",
                _(
                    "%(count)s organizations are named “%(name)s”: add the translation_key "
                    "column of an export to say which one."
                ),
                {"count": len(matches), "name": checked["name"]},
            )
        return matches[0] if matches else None

    def parse_text(self, column, value):
        return within_length(column, value, _field_length(column))

    def parse_name(self, column, value):
        if not value:
            raise row_error(column, REQUIRED)
        return self.parse_text(column, value)

    def parse_province(self, column, value):
        if not value:
            raise row_error(column, REQUIRED)
        return clean_cell(column, clean_province, value)

    def parse_role(self, column, value):
        if not value:
            return None  # a new organization is a member; an existing one keeps its role
        role = role_value(value)
        if role is None:
            raise row_error(
                column,
                _("“%(value)s” is not a role (founding member, member, endorser or none)."),
                {"value": value},
            )
        return role.value

    def parse_website(self, column, value):
        if not value:
            return ""
        if "://" not in value:
            value = f"https://{value}"
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise row_error(
                column, _("“%(value)s” is not a web address."), {"value": value}
            ) from None
        return self.parse_text(column, value)

    def parse_translation_key(self, column, value):
        if not value:
            return None
        try:
            return uuid.UUID(value)
        except ValueError:
            raise row_error(
                column,
                _("“%(value)s” is not a translation key from an export."),
                {"value": value},
            ) from None

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        if instance.pk:
            Organization.objects.filter(translation_key=instance.translation_key).exclude(
                pk=instance.pk
            ).update(**{name: getattr(instance, name) for name in SYNCHRONIZED_FIELDS})
