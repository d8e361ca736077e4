"""Factories for the petitions app.

Ridings and MPs first (and the real ones of the shared data files); petitions and signatures
follow.
"""

import csv
import datetime
from pathlib import Path

import factory
import wagtail_factories
from django.conf import settings
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
from tests.support.commands import run_command

# The day the MPs elected in the 2025 general election took their seats.
ELECTION_2025 = datetime.date(2025, 4, 28)
# The shared data files (settings.RIDING_DATA_DIR): the 343 ridings of the 2023 representation
# order, and the 343 MPs of the 2025 general election.
RIDINGS_2023 = "ridings_2023.csv"
MPS_2025 = "mps_2025.csv"


# --- Ridings and MPs -----------------------------------------------------------------------


class RidingFactory(DjangoModelFactory):
    """A riding of the current representation order.

    Its code starts with its province's two digits; the last three run from 500 up, above every
    real riding's (real Ontario codes end at 35122), so that factory ridings and imported ones do
    not collide.
    """

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


# --- The real ridings and MPs, from the shared data files ----------------------------------


def data_file(name):
    """A file of the shared riding data, read in place."""
    return Path(settings.RIDING_DATA_DIR) / name


def import_with_command(name):
    """Import a shared data file (RIDINGS_2023 or MPS_2025) with its management command.

    The command reads it from settings.RIDING_DATA_DIR when given no path.
    """
    run_command({RIDINGS_2023: "import_ridings", MPS_2025: "import_members"}[name])


def given_names(row):
    """The given and middle names of a row of the MP files, as one string."""
    return " ".join(filter(None, [row["given_name"], row["middle_names"]]))


def mps_2025(write, changes=None):
    """The MPs of the 2025 file, in its order, each as `write(row)` makes it.

    `row` is the file's row (a dict); a riding code in `changes` gives its list of entries instead
    (None: the riding is left out).
    """
    changes = changes or {}
    found = []
    with data_file(MPS_2025).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["code"] in changes:
                found.extend(changes[row["code"]] or [])
            else:
                found.append(write(row))
    return found


# --- Petitions and signatures --------------------------------------------------------------


class PetitionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Petitions"
    slug = "petitions"
    introduction = "Sign, and share with your friends."

    class Meta:
        model = PetitionIndexPage


class PetitionPageFactory(wagtail_factories.PageFactory):
    """An open petition under `parent`, a PetitionIndexPage.

    Confirmation by email is required.
    """

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


def make_petition(home_page, **fields):
    """A live petition under the home page's petition index (created the first time)."""
    index = PetitionIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = PetitionIndexPageFactory(parent=home_page)
    return PetitionPageFactory(parent=index, **fields)


def make_signature(petition, riding=None, confirmed=True, **fields):
    """A signature (confirmed unless `confirmed` is false) on `petition`."""
    if not confirmed:
        fields["confirmed_at"] = None
    return SignatureFactory(petition=petition, riding=riding, **fields)
