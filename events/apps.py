from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from events import moderation
        from events.models import ActionDayPage, EventPage
        from events.registration import facts, signals

        # Registrants hear of a change, postponement or cancellation when it is published.
        page_published.connect(
            signals.notify_registrants, sender=EventPage, dispatch_uid="events-change-notice"
        )
        # Forget what the register view knows of an event (every translation's) when it
        # changes, as home/page_cache.py forgets the cached page.
        facts.facts_cache.connect(dispatch_uid="event-facts")
        # An action day opens to partner organizations' events, or closes, when it is published
        # or unpublished (events/moderation.py).
        page_published.connect(
            moderation.on_published, sender=ActionDayPage, dispatch_uid="events-partners-open"
        )
        page_unpublished.connect(
            moderation.on_unpublished, sender=ActionDayPage, dispatch_uid="events-partners-close"
        )
