"""Options of the signature, riding and MP imports in the admin.

They are passed to the resources' import_data; see signatures.py, ridings.py and members.py for
what they mean.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from petitions.models import PetitionPage, RepresentationOrder, Signature
from spreadsheets.forms import ImportOptionsForm


class RidingImportOptionsForm(ImportOptionsForm):
    representation_order = forms.TypedChoiceField(
        label=_("Representation order"),
        choices=[
            ("", _("Detect from the file (2013 for the legacy file)")),
            *RepresentationOrder.choices,
        ],
        coerce=int,
        empty_value=None,
        required=False,
    )


class MemberImportOptionsForm(ImportOptionsForm):
    active_from = forms.DateField(
        label=_("Start of the terms"),
        required=False,
        help_text=_(
            "Our MP CSV: the day these MPs took their seats, when the file has no active_from "
            "column (empty: the 2025 general election)."
        ),
    )
    crossing_date = forms.DateField(
        label=_("Date of party changes"),
        required=False,
        help_text=_(
            "House of Commons export: the day from which a change of party counts (empty: today)."
        ),
    )


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
