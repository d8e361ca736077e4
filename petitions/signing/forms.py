"""The sign form and the riding choice.

Cleaning is petitions/cleaning.py's; every message is our own (translated in locale/), never
Django's, whose catalogue has no Tagalog.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from petitions.models import Signature
from petitions.ridings import postal_codes
from petitions.signing import cleaning

# The honeypot: a text input hidden from people (visually and from assistive technology, out
# of the tab order) that form-filling bots fill in. Its name is one no browser autofills.
HONEYPOT_FIELD = "ref_code"
MAX_EMAIL_LENGTH = 254  # Signature.email
MAX_CITY_LENGTH = 100  # Signature.city
UNKNOWN_RIDING = "unknown"

EMAIL_REQUIRED = _("Enter your email address.")
EMAIL_INVALID = _("Enter a valid email address, for example name@example.com.")


def clean_email(value):
    email = cleaning.canonical_email(value)
    if len(email) > MAX_EMAIL_LENGTH:
        raise ValidationError(EMAIL_INVALID, code="invalid")
    return email


def clean_city(value):
    """Optional; control and invisible format characters removed, white space folded."""
    city = cleaning.fold_text(value)
    if len(city) > MAX_CITY_LENGTH:
        raise ValidationError(
            _("The city can have at most %(limit)d characters.") % {"limit": MAX_CITY_LENGTH},
            code="max_length",
        )
    return city


class CleanedField(forms.CharField):
    """A text field whose value goes through one of the cleaning.py functions.

    That function gives the errors. Null characters are removed by that cleaning instead of being
    refused with Django's own message.
    """

    def __init__(self, *, cleaner, **kwargs):
        self.cleaner = cleaner
        super().__init__(**kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def clean(self, value):
        value = self.to_python(value)
        if not value:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return ""
        return self.cleaner(value)


class SignatureForm(forms.Form):
    full_name = CleanedField(
        label=_("Full name"),
        cleaner=cleaning.clean_name,
        error_messages={"required": _("Enter your full name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = CleanedField(
        label=_("Email"),
        help_text=_("We send you a link to confirm your signature."),
        cleaner=clean_email,
        error_messages={"required": EMAIL_REQUIRED},
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )
    postal_code = CleanedField(
        label=_("Postal code"),
        help_text=_("For example K1A 0A6. It tells us your federal riding."),
        cleaner=postal_codes.normalize_postal_code,
        error_messages={"required": _("Enter your postal code.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "postal-code",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "size": "8",
            }
        ),
    )
    city = CleanedField(
        label=_("City or town (optional)"),
        required=False,
        cleaner=clean_city,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    consent = forms.ChoiceField(
        label=_("Your name"),
        choices=Signature.Consent.choices,
        initial=Signature.Consent.COUNT_ONLY,
        # A signer who sends no choice (no browser does) is counted, not named.
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the two options.")},
    )
    updates_opt_in = forms.BooleanField(
        label=_("Send me updates about this campaign"), required=False
    )

    def clean_consent(self):
        return self.cleaned_data.get("consent") or Signature.Consent.COUNT_ONLY

    def error_links(self):
        """(field id, message) for the error summary at the top of the form."""
        return [
            (self[name].auto_id, error)
            for name in self.fields
            for error in self.errors.get(name, [])
        ]


def honeypot_filled(data):
    return bool(str(data.get(HONEYPOT_FIELD, "")).strip())


class RidingChoiceForm(forms.Form):
    """The riding choice: any of the candidates is valid, the `shown` ones are listed.

    `shown` is a petitions.ridings.choice.Narrowed: the few the page lists without JavaScript (the
    others are rendered hidden, for the search script to reveal).
    """

    riding = forms.ChoiceField(
        label=_("Your riding"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose your riding, or “I don't know”."),
            "invalid_choice": _("Choose one of the ridings listed."),
        },
    )

    def __init__(self, *args, candidates, shown=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.narrowed = shown
        # The shown ridings first, in the order they were narrowed to (the city's first).
        first = list(shown.shown) if shown else []
        ordered = first + [riding for riding in candidates if riding not in first]
        self.candidates = {str(riding.pk): riding for riding in ordered}
        self.shown_values = {str(riding.pk) for riding in first} if shown else set(self.candidates)
        self.fields["riding"].choices = [
            *((pk, riding.name) for pk, riding in self.candidates.items()),
            (UNKNOWN_RIDING, _("I don't know")),
        ]

    def options(self):
        """(radio subwidget, riding or None for "I don't know", shown?) in the choices' order."""
        for radio in self["riding"]:
            value = str(radio.data["value"])
            riding = self.candidates.get(value)
            yield radio, riding, riding is None or value in self.shown_values

    def chosen_riding(self):
        """The Riding chosen, or None for "I don't know"."""
        return self.candidates.get(self.cleaned_data["riding"])


class ConsentForm(forms.Form):
    """Who may see the signer's name, changed from the emailed "manage my signature" link."""

    consent = forms.ChoiceField(
        label=_("Your name"),
        choices=Signature.Consent.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose one of the two options."),
            "invalid_choice": _("Choose one of the two options."),
        },
    )
