"""Demo events and their pages.

A week of action in six provinces, a nightly gathering, a press conference in five cities at
once and an anonymous online assembly. Places are public; dates are counted from the day the demo
is loaded.
"""

EVENT_INDEX = {
    "title": "Events",
    "slug": "events",
    "show_in_menus": True,
    "introduction": "Rallies, vigils, press conferences and assemblies across Canada.",
}

WEEK = {
    "title": "Week of action for status for all",
    "slug": "week-of-action",
    "introduction": "Seven days, six provinces: find the action nearest you.",
    "starts_in_days": 14,
    "days": 7,
    # Partner organizations may submit their events into it (events/moderation.py).
    "accepts_partner_events": True,
}

# A partner organization's event, submitted into the week and awaiting an Events moderator
# (with DEBUG on only, like the demo accounts: events/demo/partners.py).
PARTNER_EVENT = {
    "title": "Sign-painting party",
    "slug": "sign-painting-party",
    "summary": "Paint the signs and banners for the week's rallies. Paint and snacks provided.",
    "day_of_week": 1,
    "venue_name": "Workers' Action Centre",
    "city": "Toronto",
    "province": "ON",
    "postal_code": "M6J 1H4",
}

# The week's rally that takes standard registrations (name and email), with a capacity: the
# demo's walk through registering, the waitlist and the organizers' registrations screen.
REGISTERING_RALLY = {"city": "Toronto", "capacity": 500}

RALLY_SUMMARY = "Join migrant workers and neighbours to demand permanent status for all."

# (city, province, postal code, venue, time zone, day of the week of action)
WEEK_EVENTS = [
    ("Vancouver", "BC", "V6B 1A1", "Vancouver Art Gallery north plaza", "America/Vancouver", 0),
    ("Edmonton", "AB", "T5J 2R7", "Churchill Square", "America/Edmonton", 1),
    ("Regina", "SK", "S4P 3V7", "Victoria Park", "America/Regina", 2),
    ("Winnipeg", "MB", "R3C 0V8", "Manitoba Legislative Building", "America/Winnipeg", 3),
    ("Toronto", "ON", "M7A 1A2", "Queen's Park", "America/Toronto", 4),
    ("Montréal", "QC", "H2X 1Y4", "Place Émilie-Gamelin", "America/Toronto", 5),
]

PRESS_CITIES = [
    ("Halifax", "NS", "America/Halifax"),
    ("Montréal", "QC", "America/Toronto"),
    ("Toronto", "ON", "America/Toronto"),
    ("Winnipeg", "MB", "America/Winnipeg"),
    ("Vancouver", "BC", "America/Vancouver"),
]
PRESS_SUMMARY = "Workers speak to the media in five cities at the same hour."

NIGHTLY = {
    "title": "Permanent protest: community gathering every night",
    "slug": "permanent-protest",
    "summary": "Eighteen nights outside the immigration office, every evening at 7 pm.",
    "city": "Toronto",
    "province": "ON",
    "postal_code": "M5G 1Z6",
    "venue_name": "Outside the immigration office",
    "address": "74 Victoria Street",
    "starts_in_days": 3,
    "nights": 18,
}

ASSEMBLY = {
    "title": "Open and anonymous assembly",
    "slug": "open-assembly",
    "summary": (
        "An online assembly for people without status. No name needed: register to get the "
        "video link. Spanish–English interpretation."
    ),
    "starts_in_days": 6,
}
