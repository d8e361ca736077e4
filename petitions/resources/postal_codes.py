"""The postal-code-to-riding table in the admin's Import button.

spreadsheets/ runs the import: dry-run preview, then all rows or none. A row holds a full postal
code or a forward sortation area, the riding, and optionally the share of the code's population in
that riding. Riding resolution reads the table (petitions/ridings/resolve.py).

Speed: bulk inserts, and one query per 5,000 distinct postal codes of the file for the rows
already there, never a query per row.
"""

import contextlib

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export import fields

from petitions.models import PostalCodeRiding, Riding
from petitions.ridings.resolve import LOOKUP_CHUNK, normalize_postal_key
from spreadsheets.resources import SpreadsheetResource, cell_text


class PostalCodeRidingResource(SpreadsheetResource):
    """Rows of a postal-code-to-riding table.

    A full postal code or an FSA, the code of a riding of the current representation order, and
    optionally the share of the code's population in that riding. A row already in the table gets
    the new weight.
    """

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
                codes.add(normalize_postal_key(cell_text(value)))
        codes = sorted(codes)
        for start in range(0, len(codes), LOOKUP_CHUNK):
            for row in PostalCodeRiding.objects.filter(
                postal_code__in=codes[start : start + LOOKUP_CHUNK]
            ):
                self.existing[(row.postal_code, row.riding_id)] = row

    def get_or_init_instance(self, instance_loader, row):
        try:
            postal_code = normalize_postal_key(cell_text(row.get("postal_code")))
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
            postal_code = normalize_postal_key(cell_text(row.get("postal_code")))
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
