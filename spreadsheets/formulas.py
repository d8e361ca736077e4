"""Text cells that a spreadsheet must show as text ("CSV injection", OWASP).

A cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which Excel
and LibreOffice show as text and never evaluate. Apostrophes already in front of such a character
get one more, so unescape_formula() gives back exactly the original text: exports and packet CSVs
import again unchanged.
"""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    """`value` unchanged unless it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def unescape_formula(text):
    """The text escape_formula() was given."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_PREFIXES):
        return text[1:]
    return text
