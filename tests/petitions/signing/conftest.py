"""The petitions the signing tests sign, and the ridings a signer may be placed in."""

import pytest

from tests.factories.petitions import PetitionPageFactory, RidingFactory
from tests.support.localize import translate
from tests.support.signing import FRENCH


@pytest.fixture
def petition(petition_index):
    """Open; signatures need email confirmation."""
    return PetitionPageFactory(parent=petition_index, title="Status for all", slug="status")


@pytest.fixture
def instant_petition(petition_index):
    """Open; signatures count at once (no confirmation)."""
    return PetitionPageFactory(
        parent=petition_index, title="Count me in", slug="count-me-in", confirmation_required=False
    )


@pytest.fixture
def french(petition):
    return translate(petition, "fr", FRENCH)


@pytest.fixture
def ridings(db):
    """Three Ontario ridings and one in Quebec."""
    return {
        "a": RidingFactory(
            province="ON", name_en="University—Rosedale", name_fr="Université—Rosedale"
        ),
        "b": RidingFactory(
            province="ON", name_en="Spadina—Harbourfront", name_fr="Spadina—Harbourfront"
        ),
        "c": RidingFactory(province="ON", name_en="Toronto Centre", name_fr="Toronto-Centre"),
        "qc": RidingFactory(
            province="QC", name_en="Laurier—Sainte-Marie", name_fr="Laurier—Sainte-Marie"
        ),
    }
