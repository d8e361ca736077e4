"""Strings Django and django-localflavor translate, repeated here for our catalogue.

Django and django-localflavor translate them with their own catalogues; they are repeated here so
that `makemessages` copies them into ours. Nothing imports this module: gettext_noop only marks the
strings for extraction.

Why: Django looks a string up in our catalogue (LOCALE_PATHS) before the catalogues of Django
and of the installed apps, so ours can fill the gaps in theirs:

- Month names. Django has no Tagalog catalogue, so `|date:"DATE_FORMAT"` would print
  "November 21, 2026" on /tl/ pages. Only the full names (django.utils.dates.MONTHS, the "F"
  format character) are listed: they are all the date formats of config/formats/ and
  Django's fr, es and en formats use for DATE_FORMAT, YEAR_MONTH_FORMAT and MONTH_DAY_FORMAT.
  The other forms (MONTHS_3 "b", MONTHS_AP "N", pgettext "abbrev. month" / "alt. month" for
  "E") stay untranslated in Tagalog; add them here if a template starts using those
  characters. For fr, es and pa our entries copy Django's own translations, so nothing
  changes there.
- AM and PM (the "A" format character of pa's TIME_FORMAT, config/formats/pa): Django's pa
  catalogue has "ਸਵੇਰ" (morning) and "ਸ਼ਾਮ" (evening), so noon printed as "12:00 ਸ਼ਾਮ". Ours
  uses CLDR's pa day periods (ਪੂ.ਦੁ., ਬਾ.ਦੁ.: before and after midday); fr, es and tl copy
  Django's or keep the Latin abbreviations (their formats are 24-hour or use them as they are).
- Province and territory names (localflavor.ca.ca_provinces.PROVINCE_CHOICES, shown on the
  coalition page). django-localflavor has no pa or tl catalogue; for fr and es our entries
  use the official names.
"""

from django.utils.translation import gettext_noop

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]

TIME_OF_DAY = [
    gettext_noop("AM"),
    gettext_noop("PM"),
]

PROVINCES_AND_TERRITORIES = [
    gettext_noop("Alberta"),
    gettext_noop("British Columbia"),
    gettext_noop("Manitoba"),
    gettext_noop("New Brunswick"),
    gettext_noop("Newfoundland and Labrador"),
    gettext_noop("Northwest Territories"),
    gettext_noop("Nova Scotia"),
    gettext_noop("Nunavut"),
    gettext_noop("Ontario"),
    gettext_noop("Prince Edward Island"),
    gettext_noop("Quebec"),
    gettext_noop("Saskatchewan"),
    gettext_noop("Yukon"),
]
