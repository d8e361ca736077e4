"""The events app's models: pages (events, their index) and registrations."""

from events.models.action_days import ActionDayPage
from events.models.hosts import EventHost
from events.models.index import EventIndexPage
from events.models.pages import EventPage
from events.models.registrations import RegistrantMessage, Registration, RegistrationTally

__all__ = [
    "ActionDayPage",
    "EventHost",
    "EventIndexPage",
    "EventPage",
    "RegistrantMessage",
    "Registration",
    "RegistrationTally",
]
