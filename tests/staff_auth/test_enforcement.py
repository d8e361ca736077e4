"""A password alone opens no admin page to those who must use two-factor authentication.

Every admin URL (found by walking Django's resolver) is requested by an organizer who signed in
with their password through the real sign-in form: a page sends them to the setup step, anything
else (the admin's JSON endpoints, XHR, forms posted) answers 403. Outside the admin they are
anonymous. Editors, who may but need not use it, are not held.
"""

import re
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from wagtail.models import Collection, CollectionViewRestriction

from staff_auth.middleware import OPEN_VIEW_PREFIXES, OPEN_VIEWS
from tests.factories import DocumentFactory
from tests.staff_auth.conftest import PAGE, location_path, password_sign_in
from tests.support.two_factor import give_app_device, login_verified

pytestmark = pytest.mark.django_db

PLACEHOLDERS = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": str(uuid.uuid4())}
PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")


def walk(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def admin_urls():
    """A concrete URL for every admin route: placeholders for its parameters.

    The middleware answers before the view runs, so the objects need not exist. Regular
    expression routes (Wagtail's catch-all) are left out.
    """
    urls = set()
    for route in walk(get_resolver()):
        if not route.startswith("admin/") or "^" in route or "(?" in route:
            continue
        url = "/" + PARAMETER.sub(lambda m: PLACEHOLDERS[m.group(1) or "str"], route)
        match = resolve(url)
        if match.view_name in OPEN_VIEWS or match.view_name.startswith(OPEN_VIEW_PREFIXES):
            continue
        urls.add(url)
    return sorted(urls)


def test_the_walk_covers_the_admin():
    urls = admin_urls()
    assert len(urls) > 300, len(urls)
    for name, kwargs in [
        ("wagtailadmin_home", {}),
        ("petitions_admin:dashboard", {"pk": 1}),
        ("petitions_admin:packets_status", {"pk": 1, "batch_id": 1}),
        ("petition_signatures:index", {}),
        ("wagtailusers_users:index", {}),
        ("staff_auth:manage", {}),
        ("staff_auth:recovery_codes", {}),
    ]:
        assert reverse(name, kwargs=kwargs) in urls, name


def test_an_organizer_without_a_device_opens_no_admin_url_until_set_up(client, organizer):
    password_sign_in(client, "organizer")

    wrong = []
    for url in admin_urls():
        page = client.get(url, **PAGE)
        if page.status_code != 302 or location_path(page) != setup_step(url):
            wrong.append(f"GET {url}: {page.status_code} {page.get('Location', '')}")
        for method, response in [
            ("XHR", client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")),
            ("JSON", client.get(url, HTTP_ACCEPT="application/json")),
            ("POST", client.post(url, {})),
        ]:
            if response.status_code != 403:
                wrong.append(f"{method} {url}: {response.status_code}")
    assert not wrong, "\n".join(wrong)


def setup_step(url):
    return f"{reverse('staff_auth:setup')}?next={url.replace('/', '%2F')}"


def test_json_endpoints_answer_403_with_json(client, organizer):
    password_sign_in(client, "organizer")

    for url in [
        reverse("petitions_admin:packets_status", args=[1, 1]),
        reverse("wagtailadmin_api:pages:listing"),
    ]:
        response = client.get(url)

        assert response.status_code == 403, url
        assert response["Content-Type"] == "application/json"
        assert response.json() == {"error": "Confirm your sign-in with a code first."}


def test_an_organizer_with_a_device_is_sent_to_the_code_step(client, organizer):
    give_app_device(organizer)
    password_sign_in(client, "organizer")

    response = client.get(reverse("petition_signatures:index"), **PAGE)

    assert response.status_code == 302
    parts = urlsplit(response["Location"])
    assert parts.path == reverse("staff_auth:verify")
    assert parse_qs(parts.query) == {"next": [reverse("petition_signatures:index")]}
    assert client.get(reverse("petitions_admin:index"), HTTP_ACCEPT="*/*").status_code == 403


def test_superusers_must_use_it_too(client, superuser):
    password_sign_in(client, "root")

    for url in [reverse("wagtailadmin_home"), reverse("wagtailusers_users:index")]:
        response = client.get(url, **PAGE)
        assert response.status_code == 302
        assert urlsplit(response["Location"]).path == reverse("staff_auth:setup")


def test_the_required_groups_are_a_setting(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED_GROUPS = ["Organizers", "Editors"]
    password_sign_in(client, "editor")

    response = client.get(reverse("wagtailadmin_home"), **PAGE)

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("staff_auth:setup")


def test_an_editor_is_not_forced(client, editor):
    password_sign_in(client, "editor")

    assert client.get(reverse("wagtailadmin_home"), **PAGE).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:search")).status_code == 200


def test_an_editor_who_turned_it_on_confirms_each_sign_in(client, editor):
    give_app_device(editor)
    password_sign_in(client, "editor")

    response = client.get(reverse("wagtailadmin_home"), **PAGE)

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("staff_auth:verify")


def test_signing_out_and_the_steps_stay_open(client, organizer):
    password_sign_in(client, "organizer")

    assert client.get(reverse("staff_auth:setup"), **PAGE).status_code == 200
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
    assert client.get(reverse("wagtailadmin_home"), **PAGE)["Location"].startswith(
        reverse("wagtailadmin_login")
    )


def private_document():
    collection = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = DocumentFactory(collection=collection)
    return reverse("wagtaildocs_serve", args=[document.pk, document.filename])


def test_outside_the_admin_a_user_awaiting_the_code_is_anonymous(client, organizer):
    url = private_document()
    password_sign_in(client, "organizer")

    response = client.get(url)

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_once_verified_the_admin_and_private_documents_open(client, organizer):
    url = private_document()
    login_verified(client, organizer)

    assert client.get(url).status_code == 200
    assert client.get(reverse("wagtailadmin_home"), **PAGE).status_code == 200
    assert client.get(reverse("petition_signatures:index"), **PAGE).status_code == 200
