"""Shared fixtures: a site whose root is a fresh HomePage, and the section pages under it.

These fixtures use only the database; nothing here needs object storage.
"""

import pytest
from django.conf import settings
from django.conf import settings as settings_module
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from wagtail.models import Locale, Page, Site

from tests.factories import (
    CoalitionPageFactory,
    HomePageFactory,
    PolicyBriefIndexPageFactory,
    PressReleaseIndexPageFactory,
)
from tests.support.two_factor import login_verified
from tests.support.users import staff_user


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    """Isolate each test's uploaded files and cached site root paths.

    Uploaded files go to a per-test directory; cached site root paths do not leak from one test's
    (rolled back) pages into the next test.
    """
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in English.

    A request to /fr/ leaves French active in the thread (LocaleMiddleware activates, nothing
    deactivates), which would leak into the next test.
    """
    translation.activate(settings_module.LANGUAGE_CODE)
    yield
    translation.activate(settings_module.LANGUAGE_CODE)


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's admin_client, signed in as both sign-in steps leave a superuser.

    Superusers confirm each sign-in with a second factor (staff_auth): force_login alone would
    leave them at the code step.
    """
    client = Client()
    login_verified(client, admin_user)
    return client


@pytest.fixture
def locale_en(db):
    locale, _ = Locale.objects.get_or_create(language_code="en")
    return locale


@pytest.fixture
def locales(locale_en):
    """Every content locale by language code; the migrations created them."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    found = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)
    }
    assert set(found) == set(codes), "a content locale is missing"
    return found


@pytest.fixture
def translator(db):
    return staff_user("translator", "Translators")


@pytest.fixture
def organizer(db):
    return staff_user("organizer", "Organizers")


@pytest.fixture
def editor(db):
    return staff_user("editor", "Editors")


@pytest.fixture
def home_page(locale_en):
    """A HomePage under the tree root, served by the default site.

    The default site serves it for any host name (the test client's "testserver" included).
    """
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, locale=locale_en)
    Site.objects.update(is_default_site=False)
    _site, _ = Site.objects.update_or_create(
        hostname="localhost",
        port=80,
        defaults={"root_page": home, "is_default_site": True, "site_name": "Coalition"},
    )
    return home


@pytest.fixture
def site_root(home_page):
    return home_page


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def press_index(home_page):
    return PressReleaseIndexPageFactory(parent=home_page)


@pytest.fixture
def policy_index(home_page):
    return PolicyBriefIndexPageFactory(parent=home_page)


@pytest.fixture
def coalition_page(home_page):
    return CoalitionPageFactory(parent=home_page)
