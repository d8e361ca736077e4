"""A real SeaweedFS S3 server for the tests (never a mock of S3), started once per session.

To use the fixtures in a test module, either have tests/conftest.py load this module as a
plugin (`pytest_plugins = ["tests.support.s3"]`) or import them into the module, then:

    @pytest.mark.s3
    def test_upload(private_storage):          # storages["private"] on SeaweedFS
        private_storage.save("a.pdf", ContentFile(b"..."))

    @pytest.mark.s3
    def test_other(s3_server, settings):       # or point settings at it yourself
        settings_for = s3_settings(s3_server, location="my-test")
        with override_settings(**settings_for): ...

`private_storage` gives every test its own key prefix (the storage's `location`), so tests
share one bucket without seeing each other's files.

Set TEST_S3_DATA_DIR to keep the server's files (and its weed.log) somewhere you can look at;
by default they live in pytest's temporary directory.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.storage import storages
from django.test import override_settings

from config import seaweedfs

ACCESS_KEY = "test-access-key"
SECRET_KEY = "test-secret-key-0123456789"
BUCKET = "coalition-private-test"


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str
    access_key: str
    secret_key: str
    bucket: str

    def client(self):
        """A boto3 client with the server's credentials (SigV4, path-style)."""
        return seaweedfs.s3_client(self.endpoint_url, self.access_key, self.secret_key)


def start_server(data_dir: Path) -> seaweedfs.SeaweedFS:
    """Start SeaweedFS in `data_dir` on a block of free loopback ports."""
    first = seaweedfs.free_port_block()
    return seaweedfs.start(
        data_dir, first, ACCESS_KEY, SECRET_KEY, BUCKET, base_port=first + 1, timeout=60
    )


def s3_settings(server: S3Server, location: str = "") -> dict:
    """Settings overrides that put the "private" storage and AWS_* settings on `server`.

    The AWS_* settings are those that code using boto3 directly reads. Use with
    override_settings(**...) or pytest-django's `settings` fixture; changing STORAGES makes Django
    drop its cached storage instances.
    """
    storages_setting = {alias: dict(config) for alias, config in django_settings.STORAGES.items()}
    private = storages_setting["private"]
    private["OPTIONS"] = {
        **private.get("OPTIONS", {}),
        "endpoint_url": server.endpoint_url,
        "access_key": server.access_key,
        "secret_key": server.secret_key,
        "bucket_name": server.bucket,
        "location": location,
    }
    return {
        "STORAGES": storages_setting,
        "AWS_S3_ENDPOINT_URL": server.endpoint_url,
        "AWS_ACCESS_KEY_ID": server.access_key,
        "AWS_SECRET_ACCESS_KEY": server.secret_key,
        "AWS_STORAGE_BUCKET_NAME": server.bucket,
    }


def use_s3(server: S3Server, location: str = ""):
    """override_settings for `server`: a context manager or a decorator."""
    return override_settings(**s3_settings(server, location))


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory):
    """One SeaweedFS server for the whole session; stopped at the end."""
    data_dir = os.environ.get("TEST_S3_DATA_DIR") or tmp_path_factory.mktemp("seaweedfs")
    server = start_server(Path(data_dir))
    try:
        yield S3Server(server.endpoint_url, ACCESS_KEY, SECRET_KEY, BUCKET)
    finally:
        # The data is thrown away: no need to wait for weed's slow graceful shutdown.
        server.stop(timeout=3)


@pytest.fixture
def private_storage(s3_server):
    """storages["private"] on the test server, under a key prefix of its own."""
    with use_s3(s3_server, location=f"test-{uuid.uuid4().hex[:12]}"):
        yield storages["private"]


def unsigned_get(url):
    """(status, headers, body) of a plain, unsigned GET, as anyone holding the URL could send."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
