"""Documents go through Wagtail's serve view; staff sessions are short.

A document of a private collection is refused to anonymous visitors, and no response ever
carries the address of a document's file in the media bucket (a real SeaweedFS bucket here, as
with AWS_MEDIA_BUCKET_NAME in production): a bucket URL needs no permission to open.
Staff sessions end with the browser and after ADMIN_SESSION_HOURS; visitors get none.
"""

import datetime
import uuid

import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.support import s3
from tests.support.two_factor import login_verified
from tests.support.users import staff_user

s3_server = s3.s3_server

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_bucket(s3_server):
    """The default (media) storage on SeaweedFS, configured as production's media bucket."""
    storages_setting = {alias: dict(config) for alias, config in django_settings.STORAGES.items()}
    storages_setting["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "endpoint_url": s3_server.endpoint_url,
            "access_key": s3_server.access_key,
            "secret_key": s3_server.secret_key,
            "bucket_name": s3_server.bucket,
            "region_name": "us-east-1",
            "signature_version": "s3v4",
            "addressing_style": "path",
            "location": f"media-{uuid.uuid4().hex[:12]}",
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
    with override_settings(STORAGES=storages_setting):
        yield s3_server


def document(collection, title):
    return get_document_model().objects.create(
        title=title,
        collection=collection,
        file=ContentFile(b"%PDF-1.7 " + title.encode(), name=f"{title}.pdf"),
    )


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Organizers only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def assert_no_bucket_url(response, server):
    """Neither the headers nor an HTML body name the bucket (a file's own bytes are not read)."""
    text = str(dict(response.items()))
    if not response.streaming:
        text += response.content.decode("latin-1")
    assert server.endpoint_url not in text
    assert "X-Amz-" not in text


@pytest.mark.s3
def test_a_private_collection_document_is_refused_to_visitors(
    client, media_bucket, private_collection
):
    doc = document(private_collection, "legal-strategy")

    response = client.get(doc.url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailcore_login"))
    assert_no_bucket_url(response, media_bucket)
    # The file is in the bucket, but only the serve view reads it (with the credentials).
    assert doc.file.storage.exists(doc.file.name)


@pytest.mark.s3
def test_documents_are_streamed_never_redirected_to_the_bucket(
    client, media_bucket, private_collection
):
    public = document(Collection.get_first_root_node(), "annual-report")
    private = document(private_collection, "legal-strategy")

    assert public.url.startswith("/documents/")
    served = client.get(public.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"%PDF-1.7 annual-report"
    assert_no_bucket_url(served, media_bucket)

    login_verified(client, staff_user("organizer", "Organizers"))
    served = client.get(private.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"%PDF-1.7 legal-strategy"
    assert_no_bucket_url(served, media_bucket)


def test_staff_sessions_end_with_the_browser_and_after_eight_hours(client, home_page):
    login_verified(client, staff_user("organizer", "Organizers"))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200

    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"] and not cookie["expires"]  # a browser-session cookie
    session = Session.objects.get(session_key=cookie.value)
    lifetime = session.expire_date - timezone.now()
    assert datetime.timedelta(hours=7, minutes=59) < lifetime <= datetime.timedelta(hours=8)

    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now())
    expired = client.get(reverse("wagtailadmin_home"))
    assert expired.status_code == 302
    assert expired["Location"].startswith(reverse("wagtailadmin_login"))


def test_visitors_of_the_public_site_get_no_session(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    assert django_settings.SESSION_COOKIE_NAME not in response.cookies
