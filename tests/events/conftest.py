"""An event index under the home page, and events under it."""

import pytest

from tests.factories.events import EventIndexPageFactory


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)
