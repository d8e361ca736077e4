"""Tagalog date and number formats.

Django ships neither translations nor a format module for tl (config/settings/base.py declares the
language). Formats follow CLDR's fil (Filipino) locale, the standard form of Tagalog:
"Nobyembre 21, 2026", 1,234.5.

Month names: Django translates them with its own catalogue, which has no tl, so our catalogue
carries them (config/third_party_strings.py; the F format below uses the full names only).
"""

# The *_FORMAT strings use the Django date format syntax,
# see https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
DATE_FORMAT = "F j, Y"  # Nobyembre 21, 2026
TIME_FORMAT = "g:i A"
DATETIME_FORMAT = "F j, Y, g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
SHORT_DATE_FORMAT = "n/j/Y"  # 11/21/2026
SHORT_DATETIME_FORMAT = "n/j/Y g:i A"
FIRST_DAY_OF_WEEK = 0  # Sunday

# The *_INPUT_FORMATS strings use the Python strftime format syntax,
# see https://docs.python.org/library/datetime.html#strftime-strptime-behavior
DATE_INPUT_FORMATS = [
    "%m/%d/%Y",  # '11/21/2026'
    "%m/%d/%y",  # '11/21/26'
    "%Y-%m-%d",  # '2026-11-21'
]
DATETIME_INPUT_FORMATS = [
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M:%S.%f",
    "%m/%d/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
