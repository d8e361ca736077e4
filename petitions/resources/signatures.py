"""Importing signatures (paper sign-up sheets, other platforms) and the postal-code-to-riding
table in the admin (spreadsheets/ runs them: dry-run preview, then all rows or none).

Signatures: each row is cleaned like a web signature (petitions/signing/cleaning.py), its riding is
resolved from the postal-code table like a web signer's (a full code, else its forward
sortation area, else a province with a single riding); a code that gives several ridings, or
none, leaves the riding empty for organizers to assign on the dashboard, and the preview says
so: never a guess. Imported signatures were signed on paper or elsewhere: they are confirmed
at once and count like web ones (totals, per-riding counts, packets).

Duplicates are not imported and are listed in the preview: an email that already signed the
petition, or one that an earlier row of the file has. They do not block the rest of the file
(a sign-up sheet often has people who also signed online).

Speed: bulk inserts, and one query per 5,000 distinct postal codes or emails of the file for
the ridings and the signatures already there, never a query per row."""

import contextlib
import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields
from import_export.results import RowResult
from psycopg import sql

from petitions import tally
from petitions.models import (
    CURRENT_REPRESENTATION_ORDER,
    PetitionPage,
    PostalCodeRiding,
    Riding,
    Signature,
)
from petitions.ridings import represent
from petitions.signing.cleaning import (
    canonical_email,
    clean_name,
    normalize_postal_code,
    provinces_for_postal_code,
)
from spreadsheets.forms import ImportOptionsForm
from spreadsheets.resources import SpreadsheetResource, cell_date, cell_text

LOOKUP_CHUNK = 5000
FSA = re.compile(r"[A-Z]\d[A-Z]")

# Spellings of the consent column, in English and French (compared lower-cased, accents
# and punctuation kept out by key()).
SHARE_VALUES = {
    "share_name_with_mp",
    "share",
    "share with mp",
    "share my name",
    "share my name with my mp",
    "yes",
    "y",
    "x",
    "true",
    "1",
    "oui",
    "o",
    "vrai",
    "partager",
    "partager avec le depute",
    "partager avec la deputee",
    "partager mon nom",
    "nom partage",
}
COUNT_ONLY_VALUES = {
    "",
    "count_only",
    "count only",
    "count my signature only",
    "no",
    "n",
    "false",
    "0",
    "non",
    "faux",
    "compter seulement",
    "compter ma signature seulement",
    "compte seulement",
    "compter",
}
YES_VALUES = {"yes", "y", "x", "true", "1", "oui", "o", "vrai"}
NO_VALUES = {"", "no", "n", "false", "0", "non", "faux"}
LANGUAGES = {"en", "fr", "es", "pa", "tl"}

_ACCENTS = str.maketrans("àâäéèêëîïôöùûüç’'", "aaaeeeeiioouuuc  ")


def key(value):
    text = cell_text(value).casefold().translate(_ACCENTS)
    return re.sub(r"[\s_\-]+", " ", text).strip()


def clean_consent(value):
    word = key(value)
    if word.replace(" ", "_") == Signature.Consent.SHARE_WITH_MP or word in SHARE_VALUES:
        return Signature.Consent.SHARE_WITH_MP
    if word in COUNT_ONLY_VALUES or word.replace(" ", "_") == Signature.Consent.COUNT_ONLY:
        return Signature.Consent.COUNT_ONLY
    raise ValidationError(
        _(
            "Write “share” (or “yes”, “oui”, “partager”) when the signer shares their name "
            "with their MP, “count only” (or “no”, “non”, empty) otherwise."
        )
    )


def clean_yes_no(value):
    word = key(value)
    if word in YES_VALUES:
        return True
    if word in NO_VALUES:
        return False
    raise ValidationError(_("Write yes or no (oui ou non)."))


def clean_date_signed(value, today):
    try:
        day = cell_date(value)
    except ValueError:
        raise ValidationError(_("Write the date as YYYY-MM-DD, for example 2026-11-21.")) from None
    if day is not None and day > today:
        raise ValidationError(_("This date is in the future."))
    return day


class SignatureImportOptionsForm(ImportOptionsForm):
    petition = forms.ModelChoiceField(
        label=_("Petition"),
        queryset=PetitionPage.objects.none(),
        help_text=_("The signatures are added to this petition (in every language)."),
    )
    source = forms.ChoiceField(
        label=_("Where the signatures come from"),
        choices=[
            (Signature.Source.PAPER, _("Paper sign-up sheets")),
            (Signature.Source.IMPORT, _("Another source (a partner's list, another website)")),
        ],
        initial=Signature.Source.PAPER,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["petition"].queryset = PetitionPage.objects.sources()


class RidingMap:
    """Postal code → riding for the codes of one file, loaded once per import."""

    def __init__(self, postal_codes):
        keys = set()
        for code in postal_codes:
            keys.add(code)
            keys.add(code[:3])
        self.by_key = {}
        keys = sorted(keys)
        for start in range(0, len(keys), LOOKUP_CHUNK):
            rows = PostalCodeRiding.objects.filter(
                postal_code__in=keys[start : start + LOOKUP_CHUNK],
                riding__representation_order=CURRENT_REPRESENTATION_ORDER,
            ).values_list("postal_code", "riding_id")
            for postal_code, riding_id in rows:
                self.by_key.setdefault(postal_code, set()).add(riding_id)
        self.provinces = {}
        ridings = Riding.objects.current().values_list("pk", "province")
        for riding_id, province in ridings:
            self.provinces.setdefault(province, set()).add(riding_id)
        self.province_of = {pk: province for province, ids in self.provinces.items() for pk in ids}

    def resolve(self, postal_code):
        """The riding id when the code gives exactly one riding, else None."""
        for lookup in (postal_code, postal_code[:3]):
            ridings = self.by_key.get(lookup)
            if ridings:
                return next(iter(ridings)) if len(ridings) == 1 else None
        candidates = set()
        for province in provinces_for_postal_code(postal_code):
            candidates |= self.provinces.get(province, set())
        return next(iter(candidates)) if len(candidates) == 1 else None


class QuietRowResult(RowResult):
    """A row's result without the signature's text (nothing shows it; it costs a
    translation per row)."""

    def add_instance_info(self, instance):
        pass


class SignatureResource(SpreadsheetResource):
    required_columns = ("name", "postal_code")
    format_label = _("Signatures (paper sign-up sheets or another source)")
    help_text = _(
        "email is optional for paper signatures; date_signed is YYYY-MM-DD (empty: today); "
        "consent is “share” to share the name with the MP, “count only” or empty otherwise; "
        "updates is yes or no; language is en, fr, es, pa or tl."
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
    }

    name = fields.Field(attribute="full_name", column_name="name")
    email = fields.Field(attribute="email", column_name="email")
    postal_code = fields.Field(attribute="postal_code", column_name="postal_code")
    city = fields.Field(attribute="city", column_name="city")
    date_signed = fields.Field(attribute="created_at", column_name="date_signed")
    consent = fields.Field(attribute="consent", column_name="consent")
    updates = fields.Field(attribute="updates_opt_in", column_name="updates")
    language = fields.Field(attribute="language", column_name="language")

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

        riding_id = self.ridings.resolve(values["postal_code"])
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
    """Insert model instances with PostgreSQL's COPY: several times faster than the
    parameters of a multi-row INSERT for large imports. Inside the import's transaction, so
    all or nothing like any other write."""
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
        from petitions.ridings.tasks import backfill_ridings

        backfill_ridings.enqueue()


# --- The postal-code table -------------------------------------------------------------------


def normalize_postal_key(value):
    """ "m5s 2t9" → "M5S 2T9"; "m5s" → "M5S" (a forward sortation area)."""
    compact = re.sub(r"[\s\-]+", "", cell_text(value)).upper()
    if FSA.fullmatch(compact):
        return compact
    return normalize_postal_code(compact)


class PostalCodeRidingResource(SpreadsheetResource):
    """Rows of a postal-code-to-riding table: a full postal code or an FSA, the code of a
    riding of the current representation order, and optionally the share of the code's
    population in that riding. A row already in the table gets the new weight."""

    required_columns = ("postal_code", "riding_code")
    format_label = _("Postal-code-to-riding table")
    help_text = _(
        "postal_code is a full code (K1A 0A6) or its first three characters (K1A); "
        "riding_code is a riding's five-digit code; weight (optional) is the share of the "
        "code's population in that riding."
    )
    column_aliases = {"fsa": "postal_code", "code_postal": "postal_code", "riding": "riding_code"}

    postal_code = fields.Field(attribute="postal_code", column_name="postal_code")
    riding_code = fields.Field(attribute="riding__code", column_name="riding_code")
    weight = fields.Field(attribute="weight", column_name="weight")

    class Meta:
        model = PostalCodeRiding
        fields = ("postal_code", "riding_code", "weight")
        use_bulk = True
        batch_size = 2000
        force_init_instance = True
        skip_diff = True
        skip_html_diff = True
        clean_model_instances = False
        report_skipped = False

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self.ridings = dict(Riding.objects.current().values_list("code", "pk"))
        self.existing = {}
        self.seen = set()
        codes = set()
        for value in dataset["postal_code"] if "postal_code" in (dataset.headers or []) else []:
            with contextlib.suppress(ValidationError):
                codes.add(normalize_postal_key(value))
        codes = sorted(codes)
        for start in range(0, len(codes), LOOKUP_CHUNK):
            for row in PostalCodeRiding.objects.filter(
                postal_code__in=codes[start : start + LOOKUP_CHUNK]
            ):
                self.existing[(row.postal_code, row.riding_id)] = row

    def get_or_init_instance(self, instance_loader, row):
        try:
            postal_code = normalize_postal_key(row.get("postal_code"))
        except ValidationError:
            return self.init_instance(row), True
        riding_id = self.ridings.get(cell_text(row.get("riding_code")))
        existing = self.existing.get((postal_code, riding_id))
        if existing is not None:
            return existing, False
        return self.init_instance(row), True

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            postal_code = normalize_postal_key(row.get("postal_code"))
        except ValidationError:
            errors["postal_code"] = [
                _("Write a postal code (K1A 0A6) or its first three characters (K1A).")
            ]
        code = cell_text(row.get("riding_code"))
        riding_id = self.ridings.get(code)
        if riding_id is None:
            errors["riding_code"] = [
                _("No riding of the current representation order has this code.")
            ]
        weight = None
        raw_weight = cell_text(row.get("weight", ""))
        if raw_weight:
            try:
                weight = float(raw_weight.rstrip("%").replace(",", "."))
                if not 0 <= weight <= 100:
                    raise ValueError
                if weight > 1 or raw_weight.endswith("%"):
                    weight /= 100
            except ValueError:
                errors["weight"] = [_("Write a number between 0 and 1 (or a percentage).")]
        if errors:
            raise ValidationError(errors)
        pair = (postal_code, riding_id)
        instance._skip_import = pair in self.seen
        self.seen.add(pair)
        instance.postal_code = postal_code
        instance.riding_id = riding_id
        instance.weight = weight

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors:
            return False
        return getattr(instance, "_skip_import", False)

    def get_bulk_update_fields(self):
        return ["weight"]
