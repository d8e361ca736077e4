"""The Wagtail admin as a test reads it.

A denied request, the rows a listing shows, a response's body whether streamed or not, and a staff
user short of some permissions.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.support.users import staff_user

# The IP hashes of the signatures of the abuse tests: one address that signs in bursts, and
# another.
SPAM_IP = "a" * 64
OTHER_IP = "b" * 64


def assert_denied(response, message=None):
    """Assert that the admin denied the request.

    Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard and a message
    (403 for XHR); `message`, when given, must be among the request's messages.
    """
    if response.status_code == 403:
        return
    assert response.status_code == 302, response.status_code
    assert response["Location"] == reverse("wagtailadmin_home")
    if message is not None:
        messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
        assert message in messages


def content(response):
    """The bytes of a response's body, streamed or not."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def listed_ids(response):
    """The primary keys of the objects an admin listing shows."""
    return {s.pk for s in response.context["object_list"]}


def viewer_without(*codenames):
    """A staff user who may view signatures but lacks the given permissions."""
    group = Group.objects.create(name="Signature viewers")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["wagtailadmin", "petitions"],
            codename__in=[
                "access_admin",
                "view_signature",
                "change_signature",
                "export_signature",
            ],
        ).exclude(codename__in=codenames)
    )
    return staff_user("viewer", "Signature viewers")
