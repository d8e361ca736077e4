"""Fixtures of the petitions tests: the petition index under the home page."""

import pytest

from tests.factories.petitions import PetitionIndexPageFactory


@pytest.fixture
def petition_index(home_page):
    return PetitionIndexPageFactory(parent=home_page)
