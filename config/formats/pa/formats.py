"""Punjabi (Gurmukhi) date and number formats.

Django ships translations for pa but no format module, so without this file dates would fall back
to the global "N j, Y" (an abbreviated month first). Formats follow CLDR's pa locale:
"21 ਨਵੰਬਰ 2026"; digits stay Western Arabic (CLDR's default numbering for pa).

Month names come from Django's own pa catalogue (and ours, see config/third_party_strings.py).
"""

# The *_FORMAT strings use the Django date format syntax,
# see https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
DATE_FORMAT = "j F Y"  # 21 ਨਵੰਬਰ 2026
TIME_FORMAT = "g:i A"
DATETIME_FORMAT = "j F Y, g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y g:i A"
FIRST_DAY_OF_WEEK = 0  # Sunday

# The *_INPUT_FORMATS strings use the Python strftime format syntax,
# see https://docs.python.org/library/datetime.html#strftime-strptime-behavior
DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # '21/11/2026'
    "%d/%m/%y",  # '21/11/26'
    "%Y-%m-%d",  # '2026-11-21'
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M:%S.%f",
    "%d/%m/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
# CLDR's Indian grouping: thousands, then lakhs and crores (1,234 / 12,345 / 1,23,456).
NUMBER_GROUPING = (3, 2, 0)
