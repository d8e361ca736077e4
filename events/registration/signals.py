"""Signal receivers of registration (connected in events/apps.py)."""

from django.db import transaction

from events.registration import notices


def notify_registrants(sender, instance, **kwargs):
    """Queue change notices once a published event's new facts are committed.

    Only the source-language page: its translations carry the same (synchronized) facts.
    """
    if instance.source_event.pk != instance.pk:
        return
    pk = instance.pk
    transaction.on_commit(lambda: notices.notify_if_changed(type(instance).objects.get(pk=pk)))
