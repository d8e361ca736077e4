from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from wagtail.signals import page_published

        from events.models import EventPage
        from events.registration import signals

        # Registrants hear of a change, postponement or cancellation when it is published.
        page_published.connect(
            signals.notify_registrants, sender=EventPage, dispatch_uid="events-change-notice"
        )
