"""Importing signatures (paper sign-up sheets, other platforms) in the admin.

spreadsheets/ runs it: dry-run preview, then all rows or none; the options form is in options.py,
what the cells may say in signature_cells.py.

Each row is cleaned like a web signature (petitions/signing/cleaning.py), its riding is
resolved from the postal-code table like a web signer's (RidingMap, beside resolve_riding in
petitions/ridings/resolve.py: a full code, else its forward sortation area, else a province
with a single riding); a code that gives several ridings, or none, leaves the riding empty for
organizers to assign on the dashboard, and the preview says so: never a guess. Imported
signatures were signed on paper or elsewhere: they are confirmed at once and count like web
ones (totals, per-riding counts, packets).

Duplicates are not imported and are listed in the preview: an email that already signed the
petition, or one that an earlier row of the file has. They do not block the rest of the file
(a sign-up sheet often has people who also signed online).

Speed: bulk inserts, and one query per 5,000 distinct postal codes or emails of the file for
the ridings and the signatures already there, never a query per row.
"""

import contextlib
import datetime

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields
from import_export.results import RowResult
from psycopg import sql

from petitions import tally
from petitions.models import PetitionPage, Riding, Signature
from petitions.resources.signature_cells import (
    LANGUAGES,
    clean_consent,
    clean_date_signed,
    clean_yes_no,
    key,
)
from petitions.ridings import represent
from petitions.ridings.postal_codes import normalize_postal_code
from petitions.ridings.provinces import provinces_for_postal_code
from petitions.ridings.resolve import LOOKUP_CHUNK, RidingMap
from petitions.ridings.tasks import backfill_ridings
from petitions.signing.cleaning import canonical_email, clean_name
from spreadsheets.resources import SpreadsheetResource, cell_text


class QuietRowResult(RowResult):
    """A row's result without the signature's text.

    Nothing shows it, and it costs a translation per row.
    """

    def add_instance_info(self, instance):
        pass


class SignatureResource(SpreadsheetResource):
    required_columns = ("name", "postal_code")
    format_label = _("Signatures (paper sign-up sheets or another source)")
    help_text = _(
        "email is optional for paper signatures; date_signed is YYYY-MM-DD (empty: today); "
        "consent is “share” to share the name with the MP, “count only” or empty otherwise; "
        "updates is yes or no; language is en, fr, es, pa or tl; riding_code (optional) is "
        "the riding's code (empty: found from the postal code)."
    )
    column_aliases = {
        "full_name": "name",
        "nom": "name",
        "nom_complet": "name",
        "courriel": "email",
        "e_mail": "email",
        "code_postal": "postal_code",
        "postal": "postal_code",
        "ville": "city",
        "date": "date_signed",
        "signed": "date_signed",
        "consentement": "consent",
        "langue": "language",
        # The signature listing's own export (its headers), so that it imports back.
        "signed_at": "date_signed",
        "signed_on": "date_signed",
        "created_at": "date_signed",
        "wants_updates": "updates",
        "updates_opt_in": "updates",
        "circonscription": "riding_code",
        "code_de_circonscription": "riding_code",
    }
    # A column no field reads whose cells are dates is offered as this one (column_matching).
    date_columns = ("date_signed",)

    name = fields.Field(attribute="full_name", column_name="name")
    email = fields.Field(attribute="email", column_name="email")
    postal_code = fields.Field(attribute="postal_code", column_name="postal_code")
    city = fields.Field(attribute="city", column_name="city")
    date_signed = fields.Field(attribute="created_at", column_name="date_signed")
    consent = fields.Field(attribute="consent", column_name="consent")
    updates = fields.Field(attribute="updates_opt_in", column_name="updates")
    language = fields.Field(attribute="language", column_name="language")
    riding_code = fields.Field(attribute="riding_code", column_name="riding_code")

    class Meta:
        model = Signature
        fields = (
            "name",
            "email",
            "postal_code",
            "city",
            "date_signed",
            "consent",
            "updates",
            "language",
            "riding_code",
        )
        use_bulk = True
        batch_size = 5000
        force_init_instance = True
        skip_diff = True
        skip_html_diff = True
        clean_model_instances = False
        report_skipped = False

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        petition_id = kwargs.get("petition")
        petition = PetitionPage.objects.sources().filter(pk=petition_id).first()
        if petition is None:
            raise ValidationError(_("Choose the petition the signatures belong to."))
        self.petition = petition
        self.source = kwargs.get("source") or Signature.Source.PAPER
        if self.source not in (Signature.Source.PAPER, Signature.Source.IMPORT):
            raise ValidationError(_("Choose where the signatures come from."))
        self.row_numbers = getattr(dataset, "row_numbers", None)
        self.row_notes = []
        self.seen_emails = {}
        self.unresolved = 0
        self.now = timezone.now()
        self.today = timezone.localdate()

        headers = dataset.headers or []
        postal_codes, emails = set(), set()
        # Sheets repeat postal codes: each distinct spelling is normalized once.
        self.postal_codes = {}
        if "postal_code" in headers:
            for value in dataset["postal_code"]:
                text = cell_text(value)
                if text in self.postal_codes:
                    continue
                with contextlib.suppress(ValidationError):
                    self.postal_codes[text] = normalize_postal_code(text)
            postal_codes = set(self.postal_codes.values())
        if "email" in headers:
            emails = {cell_text(v).lower() for v in dataset["email"] if cell_text(v)}
        self.ridings = RidingMap(postal_codes)
        # A file that names its ridings (an export imported back) keeps them.
        self.riding_codes = (
            dict(Riding.objects.current().values_list("code", "pk"))
            if "riding_code" in headers
            else {}
        )
        self.signed_emails = set()
        emails = sorted(emails)
        for start in range(0, len(emails), LOOKUP_CHUNK):
            self.signed_emails.update(
                Signature.objects.filter(
                    petition=petition, email__in=emails[start : start + LOOKUP_CHUNK]
                ).values_list("email", flat=True)
            )

    def spreadsheet_row(self, row_number):
        if self.row_numbers and 0 < row_number <= len(self.row_numbers):
            return self.row_numbers[row_number - 1]
        return row_number + 1

    def note(self, row_number, column, message):
        self.row_notes.append({"row": row_number, "column": column, "message": str(message)})

    def clean_postal_code(self, value):
        text = cell_text(value)
        known = self.postal_codes.get(text)
        return known if known is not None else normalize_postal_code(text)

    def clean_riding_code(self, value):
        """The id of the current riding the cell names, or None when it is empty."""
        code = cell_text(value)
        if not code:
            return None
        if code not in self.riding_codes:
            raise ValidationError(_("No current riding has the code “%(code)s”.") % {"code": code})
        return self.riding_codes[code]

    def clean_row(self, row):
        """{attribute: value} of a row; ValidationError {column: message} when it is wrong."""
        errors = {}
        values = {}

        def take(column, clean, attribute, default=""):
            raw = row.get(column, "")
            try:
                values[attribute] = clean(raw)
            except ValidationError as error:
                errors[column] = error.messages
            if attribute not in values and column not in errors:
                values[attribute] = default

        take("name", lambda v: clean_name(cell_text(v)), "full_name")
        take("postal_code", self.clean_postal_code, "postal_code")

        def email(value):
            text = cell_text(value)
            if not text:
                if self.source == Signature.Source.IMPORT:
                    raise ValidationError(_("An email address is required for this source."))
                return ""
            return canonical_email(text)

        take("email", email, "email")
        take("city", lambda v: cell_text(v)[:100], "city")
        take("date_signed", lambda v: clean_date_signed(v, self.today), "date_signed")
        take("consent", clean_consent, "consent")
        take("updates", clean_yes_no, "updates_opt_in")

        def language(value):
            code = key(value)[:2]
            if not code:
                return self.petition.locale.language_code
            if code not in LANGUAGES:
                raise ValidationError(_("Write one of en, fr, es, pa, tl."))
            return code

        take("language", language, "language")
        take("riding_code", self.clean_riding_code, "riding_id", default=None)
        if errors:
            raise ValidationError(errors)
        return values

    def import_instance(self, instance, row, **kwargs):
        values = self.clean_row(row)
        row_number = kwargs.get("row_number", 0)
        instance._skip_import = False
        email = values["email"]
        if email:
            if email in self.signed_emails:
                instance._skip_import = True
                self.note(row_number, "email", _("Already signed this petition: not imported."))
                return
            earlier = self.seen_emails.get(email)
            if earlier is not None:
                instance._skip_import = True
                self.note(
                    row_number,
                    "email",
                    _("Same email as row %(row)s: not imported.")
                    % {"row": self.spreadsheet_row(earlier)},
                )
                return
            self.seen_emails[email] = row_number

        riding_id = values.pop("riding_id") or self.ridings.resolve(values["postal_code"])
        if riding_id is None:
            self.unresolved += 1
            self.note(
                row_number,
                "postal_code",
                _("The riding of this postal code is not known for sure: assign it later."),
            )
        provinces = provinces_for_postal_code(values["postal_code"])
        day = values.pop("date_signed")
        created_at = self.now
        if day is not None and day != self.today:
            created_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
        for attribute, value in values.items():
            setattr(instance, attribute, value)
        instance.petition = self.petition
        instance.riding_id = riding_id
        instance.province = (
            self.ridings.province_of.get(riding_id)
            if riding_id
            else (provinces[0] if len(provinces) == 1 else "")
        )
        instance.source = self.source
        instance.created_at = created_at
        instance.confirmed_at = self.now

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors:
            return False
        return getattr(instance, "_skip_import", False)

    def get_row_result_class(self):
        return QuietRowResult

    def save_m2m(self, instance, row, **kwargs):
        pass

    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        # The dry run checks every row and every duplicate (known emails are preloaded)
        # without inserting and rolling back: that would only add the database's own checks,
        # which a real import runs anyway, all or nothing.
        if dry_run:
            self.create_instances.clear()
            return
        if connection.vendor != "postgresql":
            super().bulk_create(using_transactions, dry_run, raise_errors, batch_size, result)
            return
        try:
            copy_rows(self.create_instances)
        except Exception as error:
            self.handle_import_error(result, error, raise_errors)
        finally:
            self.create_instances.clear()

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if kwargs.get("dry_run"):
            return
        petition_id = self.petition.pk
        unresolved = self.unresolved
        transaction.on_commit(lambda: forget_counts_and_backfill(petition_id, unresolved))


def copy_rows(instances):
    """Insert model instances with PostgreSQL's COPY.

    Several times faster than the parameters of a multi-row INSERT for large imports. Inside the
    import's transaction, so all or nothing like any other write.
    """
    if not instances:
        return
    model = type(instances[0])
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(model._meta.db_table),
        sql.SQL(", ").join(sql.Identifier(f.column) for f in fields),
    )
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for instance in instances:
            copy.write_row(
                [f.get_db_prep_save(getattr(instance, f.attname), connection) for f in fields]
            )


def forget_counts_and_backfill(petition_id, unresolved):
    tally.forget_counts(petition_id)
    if unresolved and represent.is_enabled():
        backfill_ridings.enqueue()
