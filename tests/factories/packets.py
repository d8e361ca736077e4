"""Factories for the delivery log (packets themselves are made by the pipeline, never faked)."""

import datetime

import factory
from factory.django import DjangoModelFactory

from petitions.models import Delivery


class DeliveryFactory(DjangoModelFactory):
    """A packet delivered in person; pass `petition` (the source page) and `riding`."""

    delivered_on = factory.LazyFunction(lambda: datetime.date(2026, 11, 20))
    method = Delivery.Method.IN_PERSON
    delivered_by = "Migrant Workers Alliance volunteers"
    notes = ""
    response = "Received by the constituency assistant."

    class Meta:
        model = Delivery
