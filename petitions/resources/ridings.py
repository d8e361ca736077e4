"""Ridings in the admin's Import and Export buttons: our ridings CSV.

Its columns: code, name_en, name_fr, province. The 2013 legacy file (its valid_from/valid_through
columns, or a representation_order column of 2013) imports as the legacy representation order,
beside the current ridings. Same checks as `manage.py import_ridings` (RidingRowChecker of
petitions/ridings/riding_csv.py).
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from import_export import fields

from petitions.models import CURRENT_REPRESENTATION_ORDER, RepresentationOrder, Riding
from petitions.ridings.cache import forget_ridings
from petitions.ridings.csv_import import Row, RowError
from petitions.ridings.riding_csv import LEGACY_COLUMNS, RidingRowChecker
from spreadsheets.resources import PlannedRowResource, row_error, row_values


class RidingResource(PlannedRowResource):
    required_columns = ("code", "name_en", "name_fr", "province")
    format_label = _("ridings (code, name_en, name_fr, province)")
    help_text = _(
        "Columns: code, name_en, name_fr, province, and optionally representation_order "
        "(2023, or 2013 for the legacy file, which its valid_from and valid_through columns "
        "also mark). Ridings are updated by code, never deleted."
    )

    code = fields.Field(attribute="code", column_name="code")
    name_en = fields.Field(attribute="name_en", column_name="name_en")
    name_fr = fields.Field(attribute="name_fr", column_name="name_fr")
    province = fields.Field(attribute="province", column_name="province")
    representation_order = fields.Field(
        attribute="representation_order", column_name="representation_order"
    )

    class Meta:
        model = Riding
        fields = ("code", "name_en", "name_fr", "province", "representation_order")
        skip_unchanged = True
        report_skipped = True
        skip_diff = True

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        headers = {str(h).strip() for h in dataset.headers or ()}
        legacy = bool(set(LEGACY_COLUMNS) & headers)
        self.default_order = RepresentationOrder(
            int(kwargs.get("representation_order") or 0)
            or (RepresentationOrder.RO_2013 if legacy else CURRENT_REPRESENTATION_ORDER)
        )
        self.existing = {(r.representation_order, r.code): r for r in Riding.objects.all()}
        # One checker per representation order: a code may appear once in each.
        self.checkers = {}
        self.planned = None

    def _order(self, text):
        if not text:
            return self.default_order
        number = text.split(" ")[0]
        if number.isdigit() and int(number) in RepresentationOrder.values:
            return RepresentationOrder(int(number))
        raise row_error(
            "representation_order",
            _("“%(value)s” is not a representation order (%(choices)s)."),
            {"value": text, "choices": ", ".join(map(str, RepresentationOrder.values))},
        )

    def before_import_row(self, row, row_number=None, **kwargs):
        values = row_values(row)
        order = self._order(values.get("representation_order", ""))
        checker = self.checkers.setdefault(order, RidingRowChecker())
        try:
            code, checked = checker(Row((row_number or 0) + 1, values))
        except RowError as error:
            raise row_error(error.column, error.message, error.params) from None
        riding = self.existing.get((order, code))
        new = riding is None
        if new:
            riding = Riding(code=code, representation_order=order)
            self.existing[(order, code)] = riding
        changed = any(getattr(riding, name) != value for name, value in checked.items())
        self.planned = (riding, new, checked, new or changed)

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if not kwargs.get("dry_run"):
            transaction.on_commit(forget_ridings)

    def dehydrate_representation_order(self, riding):
        return riding.representation_order
