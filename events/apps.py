from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.models import PageViewRestriction
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
        uid = "event-facts"
        page_published.connect(facts.forget_on_publish, dispatch_uid=uid)
        page_unpublished.connect(facts.forget_on_publish, dispatch_uid=uid)
        pre_delete.connect(facts.forget_on_publish, sender=EventPage, dispatch_uid=uid)
        for signal in (post_save, post_delete):
            signal.connect(
                facts.forget_on_restriction, sender=PageViewRestriction, dispatch_uid=uid
            )
        # An action day opens to partner organizations' events, or closes, when it is published
        # or unpublished (events/moderation.py).
        page_published.connect(
            moderation.on_published, sender=ActionDayPage, dispatch_uid="events-partners-open"
        )
        page_unpublished.connect(
            moderation.on_unpublished, sender=ActionDayPage, dispatch_uid="events-partners-close"
        )
