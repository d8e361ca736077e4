"""Factories for the petitions app: ridings and MPs first; petitions and signatures follow."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from petitions.models import (
    CURRENT_REPRESENTATION_ORDER,
    Member,
    PetitionIndexPage,
    PetitionPage,
    Riding,
    Signature,
)
from petitions.ridings.provinces import CODE_PREFIX_BY_PROVINCE

# The day the MPs elected in the 2025 general election took their seats.
ELECTION_2025 = datetime.date(2025, 4, 28)


# --- Ridings and MPs -----------------------------------------------------------------------


class RidingFactory(DjangoModelFactory):
    """A riding of the current representation order. Its code starts with its province's two
    digits; the last three run from 500 up, above every real riding's (real Ontario codes end
    at 35122), so that factory ridings and imported ones do not collide."""

    province = "ON"
    code = factory.LazyAttributeSequence(
        lambda o, n: f"{CODE_PREFIX_BY_PROVINCE[o.province]}{500 + n % 500:03d}"
    )
    name_en = factory.Sequence(lambda n: f"Riverside—Lakeshore {n}")
    name_fr = factory.LazyAttribute(lambda o: o.name_en.replace("Lakeshore", "Bord-du-Lac"))
    representation_order = CURRENT_REPRESENTATION_ORDER

    class Meta:
        model = Riding


class MemberFactory(DjangoModelFactory):
    """The current MP of a riding (active_to empty), elected in 2025."""

    riding = factory.SubFactory(RidingFactory)
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    party = "Liberal"
    active_from = ELECTION_2025
    active_to = None

    class Meta:
        model = Member


# --- Petitions and signatures --------------------------------------------------------------


class PetitionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Petitions"
    slug = "petitions"
    introduction = "Sign, and share with your friends."

    class Meta:
        model = PetitionIndexPage


class PetitionPageFactory(wagtail_factories.PageFactory):
    """An open petition (confirmation by email required) under `parent`, a
    PetitionIndexPage."""

    title = factory.Sequence(lambda n: f"Status for all, petition {n}")
    summary = "Permanent resident status for all migrant workers, now."
    request = (
        "We, the undersigned residents of Canada, call upon the House of Commons to grant "
        "permanent resident status to all migrant workers."
    )
    goal = 1000
    status = PetitionPage.Status.OPEN
    confirmation_required = True
    share_text = "I signed for status for all. Sign too:"

    class Meta:
        model = PetitionPage


class SignatureFactory(DjangoModelFactory):
    """A confirmed web signature; pass `petition` (the source-language page)."""

    full_name = factory.Sequence(lambda n: f"Signer Person{n}")
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    postal_code = "M5S 2T9"
    city = "Toronto"
    province = factory.LazyAttribute(lambda o: o.riding.province if o.riding else "ON")
    riding = None
    language = "en"
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Signature
