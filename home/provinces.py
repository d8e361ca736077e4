"""Canada's provinces and territories: codes, names, and reading a code or a name.

Their names are in the site's languages. Site-wide (coalition members and ridings alike have a
province); what ties provinces to riding codes and postal codes is in
petitions/ridings/provinces.py.

Codes and names are django-localflavor's PROVINCE_CHOICES (in English; in the site's other
languages through our catalogues, see config/third_party_strings.py). Model fields use that list
directly as their choices.
"""

import functools

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from localflavor.ca.ca_provinces import PROVINCE_CHOICES

from home.text import comparison_key

# Code → name (lazily translated), in localflavor's order: alphabetical by English name.
PROVINCE_NAMES = dict(PROVINCE_CHOICES)
PROVINCES = set(PROVINCE_NAMES)

# Names of provinces that files may use and PROVINCE_CHOICES lacks: the French ones, read
# whether or not our French catalogue is compiled (localflavor has no French catalogue, and
# ours is build output), and older English ones.
OTHER_PROVINCE_NAMES = {
    "Terre-Neuve-et-Labrador": "NL",
    "Île-du-Prince-Édouard": "PE",
    "Nouvelle-Écosse": "NS",
    "Nouveau-Brunswick": "NB",
    "Québec": "QC",
    "Colombie-Britannique": "BC",
    "Territoires du Nord-Ouest": "NT",
    "Yukon Territory": "YT",
    "Newfoundland": "NL",
}


def province_name(code, default=None):
    """The name of the province or territory `code` in the active language.

    For example "Québec" in French; `default` when `code` is none of them.
    """
    name = PROVINCE_NAMES.get(code)
    return default if name is None else str(name)


def province_code(value):
    """The two-letter code of a province or territory given by its code or its name.

    The name may be English or French; code and name may be in any case and with or without accents
    ("Québec", "British Columbia", "Colombie-Britannique", "bc"). None when it is none of them.
    """
    key = comparison_key(value)
    if not key:
        return None
    if key.upper() in PROVINCES:
        return key.upper()
    return _provinces_by_name().get(key)


def clean_province(value):
    """province_code() as a cleaner.

    The code, or a ValidationError when `value` names no province or territory.
    """
    code = province_code(value)
    if code is None:
        raise ValidationError(
            _("“%(value)s” is not a province or territory."), params={"value": value}
        )
    return code


@functools.cache
def _provinces_by_name():
    names = {}
    for language in ("en", "fr"):
        with translation.override(language):
            for code, name in PROVINCE_NAMES.items():
                names[comparison_key(str(name))] = code
    for name, code in OTHER_PROVINCE_NAMES.items():
        names[comparison_key(name)] = code
    return names
