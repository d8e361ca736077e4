"""Events in any page's template: the door through which home and petitions show events.

`{% upcoming_events %}` lists the next events of the page's language (or of a petition), and
`language_name` names an event's language codes.
"""

from django import template
from django.utils.translation import get_language

from events import choices
from events.listing import upcoming_events as find_upcoming

register = template.Library()
LANGUAGE_NAMES = dict(choices.LANGUAGES)


@register.filter
def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


@register.inclusion_tag("events/includes/upcoming_events.html", takes_context=True)
def upcoming_events(context, petition=None, limit=3):
    """The next live events in the current page's locale; about `petition` when given."""
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    events = find_upcoming(locale_id=locale_id, limit=limit, related_petition=petition)
    return {"events": events, "LANGUAGE_CODE": get_language()}
