"""The fixed lists an event chooses from: kinds, attendance, status, time zones, languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from localflavor.ca.ca_provinces import PROVINCE_CHOICES


class Kind(models.TextChoices):
    RALLY = "rally", _("Rally")
    VIGIL = "vigil", _("Vigil")
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    MEETING = "meeting", _("Meeting")
    WORKSHOP = "workshop", _("Workshop")
    ONLINE_ASSEMBLY = "online_assembly", _("Online assembly")
    OTHER = "other", _("Other")


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class Status(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


class PrivacyMode(models.TextChoices):
    STANDARD = "standard", _("Standard: name and email")
    ANONYMOUS = "anonymous", _("Anonymous: a nickname at most, a code and a private link")


# Canada's time zones, by the IANA name a calendar understands. Saskatchewan (Regina) keeps
# Central Standard Time all year; St. John's is half an hour off the others.
TIME_ZONES = [
    ("America/St_Johns", _("Newfoundland (St. John’s)")),
    ("America/Halifax", _("Atlantic (Halifax)")),
    ("America/Moncton", _("Atlantic (Moncton)")),
    ("America/Toronto", _("Eastern (Toronto, Montréal, Ottawa)")),
    ("America/Iqaluit", _("Eastern (Iqaluit)")),
    ("America/Winnipeg", _("Central (Winnipeg)")),
    ("America/Regina", _("Saskatchewan (Regina, no daylight saving)")),
    ("America/Edmonton", _("Mountain (Edmonton, Calgary)")),
    ("America/Whitehorse", _("Yukon (Whitehorse)")),
    ("America/Vancouver", _("Pacific (Vancouver)")),
]
DEFAULT_TIME_ZONE = "America/Toronto"

# Languages an event is held in or interpreted into: the site's own, the two sign languages of
# Canada, and the languages coalition members most often interpret.
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pa", _("Punjabi")),
    ("tl", _("Tagalog")),
    ("ase", _("American Sign Language (ASL)")),
    ("fcs", _("Quebec Sign Language (LSQ)")),
    ("zh", _("Chinese")),
    ("vi", _("Vietnamese")),
    ("ar", _("Arabic")),
    ("hi", _("Hindi")),
    ("pt", _("Portuguese")),
]

# Provinces and territories: the site's one list (django-localflavor's, translated through our
# catalogues), which coalition members and ridings use too.
PROVINCES = PROVINCE_CHOICES
