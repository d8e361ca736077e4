"""What ties provinces and territories to ridings and postal codes.

The province a federal riding code starts with, and the province or provinces a postal code's first
letter gives. (Codes and names of the provinces themselves, and reading one from a file:
home/provinces.py.)
"""

from django.utils.translation import gettext_lazy as _

# The first two digits of a federal riding code give its province or territory.
PROVINCE_BY_CODE_PREFIX = {
    "10": "NL",
    "11": "PE",
    "12": "NS",
    "13": "NB",
    "24": "QC",
    "35": "ON",
    "46": "MB",
    "47": "SK",
    "48": "AB",
    "59": "BC",
    "60": "YT",
    "61": "NT",
    "62": "NU",
}
CODE_PREFIX_BY_PROVINCE = {
    province: prefix for prefix, province in PROVINCE_BY_CODE_PREFIX.items()
}


def riding_code_problem(code):
    """Why `code` is not a federal riding code: (message, params), or None.

    None when it is one: five digits, the first two a province's or territory's.
    """
    if not (len(code) == 5 and code.isascii() and code.isdigit()):
        return _("“%(value)s” is not a five-digit riding code."), {"value": code}
    if code[:2] not in PROVINCE_BY_CODE_PREFIX:
        return (
            _("“%(value)s” does not start with a province's two digits (10 to 62)."),
            {"value": code},
        )
    return None


# The first letter of a postal code gives the province (X: both NT and NU).
PROVINCES_BY_POSTAL_LETTER = {
    "A": ["NL"],
    "B": ["NS"],
    "C": ["PE"],
    "E": ["NB"],
    "G": ["QC"],
    "H": ["QC"],
    "J": ["QC"],
    "K": ["ON"],
    "L": ["ON"],
    "M": ["ON"],
    "N": ["ON"],
    "P": ["ON"],
    "R": ["MB"],
    "S": ["SK"],
    "T": ["AB"],
    "V": ["BC"],
    "X": ["NT", "NU"],
    "Y": ["YT"],
}


def provinces_for_postal_code(postal_code):
    """The codes of the provinces a postal code may be in: one, or NT and NU for X."""
    return PROVINCES_BY_POSTAL_LETTER.get(postal_code[:1].upper(), [])
