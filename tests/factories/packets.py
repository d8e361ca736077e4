"""Factories for the packet tests: a three-riding petition and the delivery log.

The petition has signers in three ridings (packets themselves are made by the pipeline, never
faked).

Toronto Centre (ON, MP Ada Member, English): 3 named signers, 1 "count only", 1 unconfirmed,
1 invalid. Laurier—Sainte-Marie (QC, MP Luc Député, French by default): 1 named, 1 count only.
Ottawa Centre (ON, no MP): 1 count only. One counted signer has no riding yet.
"""

import datetime

import factory
import pytest
from django.utils import timezone
from factory.django import DjangoModelFactory

from petitions.models import Delivery, Signature
from tests.factories.petitions import MemberFactory, RidingFactory, make_petition, make_signature

SHARE = Signature.Consent.SHARE_WITH_MP
COUNT_ONLY = Signature.Consent.COUNT_ONLY
HIDDEN_NAMES = ["Quiet Counted", "Silent Québécoise", "Hidden Ottawan", "Never Confirmed"]


def make_ridings():
    toronto = RidingFactory(
        province="ON", code="35901", name_en="Toronto Centre", name_fr="Toronto-Centre"
    )
    laurier = RidingFactory(
        province="QC",
        code="24901",
        name_en="Laurier—Sainte-Marie",
        name_fr="Laurier—Sainte-Marie",
    )
    ottawa = RidingFactory(
        province="ON", code="35902", name_en="Ottawa Centre", name_fr="Ottawa-Centre"
    )
    MemberFactory(riding=toronto, first_name="Ada", last_name="Member", party="Liberal")
    MemberFactory(riding=laurier, first_name="Luc", last_name="Député", party="Bloc Québécois")
    return {"toronto": toronto, "laurier": laurier, "ottawa": ottawa}


def make_signers(petition, ridings):
    base = timezone.now() - datetime.timedelta(days=3)

    def sign(name, riding, consent=SHARE, **fields):
        return make_signature(
            petition,
            riding,
            full_name=name,
            consent=consent,
            created_at=base + datetime.timedelta(minutes=len(made)),
            **fields,
        )

    made = []
    toronto, laurier, ottawa = ridings["toronto"], ridings["laurier"], ridings["ottawa"]
    made.append(sign("Zoë Zamora", toronto, postal_code="M5S 2T9", city="Toronto"))
    made.append(sign("Amrit Kaur", toronto, postal_code="M4Y 1J3", city="Toronto"))
    made.append(sign("Maria Santos", toronto, postal_code="M5V 3L9", city="Toronto"))
    made.append(sign("Quiet Counted", toronto, consent=COUNT_ONLY))
    made.append(sign("Never Confirmed", toronto, confirmed=False))
    made.append(
        sign("Invalid Bot", toronto, invalidated_at=timezone.now(), invalid_reason="bot burst")
    )
    made.append(sign("Émile Tremblay", laurier, postal_code="H2J 1A1", city="Montréal"))
    made.append(sign("Silent Québécoise", laurier, consent=COUNT_ONLY, postal_code="H2J 1A1"))
    made.append(sign("Hidden Ottawan", ottawa, consent=COUNT_ONLY, postal_code="K1P 1J1"))
    made.append(sign("No Riding Yet", None, postal_code="K1A 0A6"))
    return made


def make_packet_petition(home_page, **fields):
    petition = make_petition(home_page, title="Status for all", slug="status-for-all", **fields)
    ridings = make_ridings()
    make_signers(petition, ridings)
    return petition, ridings


# Fixtures of the packet test modules, which bind them by name:
# `petition = packet_factories.petition`.


@pytest.fixture
def petition_and_ridings(home_page):
    return make_packet_petition(home_page)


@pytest.fixture
def petition(petition_and_ridings):
    return petition_and_ridings[0]


@pytest.fixture
def ridings(petition_and_ridings):
    return petition_and_ridings[1]


class DeliveryFactory(DjangoModelFactory):
    """A packet delivered in person; pass `petition` (the source page) and `riding`."""

    delivered_on = factory.LazyFunction(lambda: datetime.date(2026, 11, 20))
    method = Delivery.Method.IN_PERSON
    delivered_by = "Migrant Workers Alliance volunteers"
    notes = ""
    response = "Received by the constituency assistant."

    class Meta:
        model = Delivery
