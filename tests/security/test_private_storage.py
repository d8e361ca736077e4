"""The "private" storage against a real SeaweedFS server.

Signed access works, anonymous access is refused, and presigned URLs open the object.
"""

import pytest
from django.core.files.base import ContentFile

from tests.support import s3

# The session's SeaweedFS server and the storage on it (fixtures from tests/support/s3.py).
s3_server = s3.s3_server
private_storage = s3.private_storage


def http_get(url):
    """(status, body) of a plain, unsigned GET."""
    status, _headers, body = s3.unsigned_get(url)
    return status, body


@pytest.mark.s3
def test_private_storage_round_trip_and_access_control(private_storage, s3_server):
    name = private_storage.save("packets/riding-35001.pdf", ContentFile(b"%PDF-1.7 test"))

    with private_storage.open(name) as stored:
        assert stored.read() == b"%PDF-1.7 test"
    assert private_storage.exists(name)

    key = f"{private_storage.location}/{name}"
    status, body = http_get(f"{s3_server.endpoint_url}/{s3_server.bucket}/{key}")
    assert status == 403
    assert b"AccessDenied" in body

    presigned = private_storage.url(name)
    assert "X-Amz-Signature=" in presigned
    assert http_get(presigned) == (200, b"%PDF-1.7 test")

    private_storage.delete(name)
    assert not private_storage.exists(name)
