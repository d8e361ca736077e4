"""Fixtures of the riding and MP tests.

The real ridings and MPs of the shared data files (the 2025 election), and Open North's Represent
API on loopback.
"""

import time
import uuid

import pytest

from tests.factories.petitions import MPS_2025, RIDINGS_2023, import_with_command
from tests.support.redis import default_cache_on_redis
from tests.support.represent import REDIS_URL, PostcodeServer

# --- The 2023 ridings and the MPs elected in 2025 ---------------------------------------------


@pytest.fixture
def import_election_file():
    """How `ridings_2023` and `members_2025` import a shared data file.

    With its management command. The resource tests override it to import through the admin's
    resources.
    """
    return import_with_command


@pytest.fixture
def ridings_2023(db, import_election_file):
    """The 343 ridings of the 2023 representation order (ridings_2023.csv)."""
    import_election_file(RIDINGS_2023)


@pytest.fixture
def members_2025(ridings_2023, import_election_file):
    """The 2023 ridings and their 343 MPs elected in 2025 (mps_2025.csv)."""
    import_election_file(MPS_2025)


# --- Represent -------------------------------------------------------------------------------


@pytest.fixture
def server(settings):
    """Represent's postcode lookups on loopback, where the settings point."""
    server = PostcodeServer()
    server.start()
    settings.REPRESENT_API_URL = server.url
    settings.REPRESENT_API_TIMEOUT = 2.0
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 60
    yield server
    server.stop()


@pytest.fixture
def redis_cache(settings):
    """The cache on Redis, as in production: one rate-limit counter for every process.

    Keys go under a prefix of this test's own (other suites may share database 15) and are deleted
    afterwards.
    """
    prefix = f"test-represent-{uuid.uuid4().hex[:12]}"
    with default_cache_on_redis(
        settings, REDIS_URL, "django.core.cache.backends.redis.RedisCache", prefix
    ):
        yield prefix


@pytest.fixture
def same_minute():
    """Start the test well inside a wall-clock minute.

    The rate limit counts per wall-clock minute: starting well inside one makes a test's requests
    all fall in the same minute.
    """
    left = 60 - time.time() % 60
    if left < 15:
        time.sleep(left + 0.1)
