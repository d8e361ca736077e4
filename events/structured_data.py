"""schema.org Event JSON-LD for an event page (what search engines show as an event).

Like the page, it never holds the video link nor an address sent after registration.
"""

import json

from django.utils.safestring import mark_safe

from events.choices import Attendance, Status

EVENT_STATUS = {
    Status.SCHEDULED: "https://schema.org/EventScheduled",
    Status.CANCELLED: "https://schema.org/EventCancelled",
    Status.POSTPONED: "https://schema.org/EventPostponed",
}
ATTENDANCE_MODE = {
    Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Attendance.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}
# What json.dumps leaves that could end the <script> element or start markup inside it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def event_data(page, url, hosts, now=None):
    """The schema.org Event of `page` as a dict; `url` is its absolute URL."""
    start, end = page.next_occurrence(now)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "startDate": start.isoformat(),
        "endDate": end.isoformat(),
        "eventStatus": EVENT_STATUS.get(page.status, EVENT_STATUS[Status.SCHEDULED]),
        "eventAttendanceMode": ATTENDANCE_MODE[page.attendance],
        "inLanguage": page.locale.language_code,
        "location": _locations(page, url),
        "isAccessibleForFree": True,
    }
    if hosts:
        data["organizer"] = [
            {
                "@type": "Organization",
                "name": host.name,
                **({"url": host.website} if host.website else {}),
            }
            for host in hosts
        ]
    return data


def _organization(host):
    found = {"@type": "Organization", "name": host.name}
    if host.website:
        found["url"] = host.website
    return found


def _locations(page, url):
    locations = []
    if page.is_in_person:
        address = {
            "@type": "PostalAddress",
            "addressLocality": page.city,
            "addressRegion": page.province,
            "addressCountry": "CA",
        }
        if page.public_address:
            address["streetAddress"] = page.public_address
            if page.postal_code:
                address["postalCode"] = page.postal_code
        place = {"@type": "Place", "address": address}
        if page.venue_name and not page.address_after_registration:
            place["name"] = page.venue_name
        locations.append(place)
    if page.is_online:
        # The page, not the video link: the link is for registrants only.
        locations.append({"@type": "VirtualLocation", "url": url})
    return locations


def json_ld(data):
    """`data` as the body of a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))
