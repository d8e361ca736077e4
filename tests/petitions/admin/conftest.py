"""The organizer admin tests' petition, its ridings and its signatures of every kind.

The packet and delivery tests bind the packet petition of tests/factories/packets.py instead.
"""

import pytest
from django.utils import timezone

from tests.factories import MemberFactory, RidingFactory
from tests.factories.petitions import make_petition, make_signature


@pytest.fixture
def ridings(db):
    toronto = RidingFactory(province="ON", name_en="Toronto Centre", name_fr="Toronto-Centre")
    ottawa = RidingFactory(province="ON", name_en="Ottawa Centre", name_fr="Ottawa-Centre")
    laurier = RidingFactory(
        province="QC", name_en="Laurier—Sainte-Marie", name_fr="Laurier—Sainte-Marie"
    )
    MemberFactory(riding=toronto, first_name="Ada", last_name="Member")
    MemberFactory(riding=laurier, first_name="Luc", last_name="Député")
    return {"toronto": toronto, "ottawa": ottawa, "laurier": laurier}


@pytest.fixture
def petition(home_page):
    return make_petition(home_page, title="Status for all", goal=100)


@pytest.fixture
def signatures(petition, ridings):
    """The petition's signatures of every kind, by name.

    Toronto 3 counted, Ottawa 1 counted, Laurier 2 counted, 1 counted without riding, 2
    unconfirmed, 1 invalid.
    """
    made = {}
    for i in range(3):
        made[f"toronto{i}"] = make_signature(petition, riding=ridings["toronto"])
    made["ottawa"] = make_signature(petition, riding=ridings["ottawa"])
    for i in range(2):
        made[f"laurier{i}"] = make_signature(
            petition, riding=ridings["laurier"], postal_code="H2J 1A1", city="Montréal"
        )
    made["unassigned"] = make_signature(
        petition, riding=None, province="ON", postal_code="K1A 0A6", full_name="Nadia Noriding"
    )
    for i in range(2):
        made[f"unconfirmed{i}"] = make_signature(
            petition, riding=ridings["toronto"], confirmed=False
        )
    made["invalid"] = make_signature(
        petition, riding=ridings["toronto"], invalidated_at=timezone.now(), invalid_reason="x"
    )
    return made
