"""No open redirect: the site redirects only to itself.

Whatever a `next` or `return_url` parameter, a path or a language header holds, no redirect leaves
the site (an off-site redirect from a trusted domain is a phishing tool: "sign in again" pages,
fake petitions).

None of our views read `next`/`return_url` (grep finds none); the ones that do are Wagtail's and
Django's: the admin login, the front-end login of private pages, the password forms of private
pages and documents. The language switcher is made of links built from page URLs, and `/` is
redirected by LocaleMiddleware (home/middleware.py) from Accept-Language.
"""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import DocumentFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example",
    "//evil.example/%2F..",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "https:evil.example",
    "https:/evil.example",
    "///evil.example",
    " //evil.example",
    "\t//evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example@testserver/",
    "https://testserver.evil.example/",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
]


def assert_stays_on_site(response, context):
    if response.status_code not in (301, 302, 303, 307, 308):
        return
    location = response["Location"]
    # Browsers ignore leading whitespace and control characters, and read "\" as "/".
    normalized = location.lstrip(" \t\r\n\x00").replace("\\", "/")
    parts = urlsplit(normalized)
    assert parts.scheme in ("", "http", "https"), (context, location)
    assert parts.netloc in ("", "testserver"), (context, location)
    if not parts.netloc:
        assert not normalized.startswith("//"), (context, location)
        assert normalized.startswith("/"), (context, location)


@pytest.fixture
def staffer(db):
    return User.objects.create_superuser("root", "root@example.org", "right password")


@pytest.mark.parametrize("target", HOSTILE)
def test_admin_login_never_redirects_off_site(client, staffer, target):
    response = client.post(
        reverse("wagtailadmin_login") + "?next=x",
        {"username": "root", "password": "right password", "next": target},
    )
    assert response.status_code == 302
    assert_stays_on_site(response, target)

    # Already signed in, the login page sends people on to `next`.
    assert_stays_on_site(client.get(reverse("wagtailadmin_login"), {"next": target}), target)


@pytest.mark.parametrize("target", HOSTILE)
def test_logging_out_never_redirects_off_site(client, staffer, target):
    client.force_login(staffer)

    response = client.post(reverse("wagtailadmin_logout"), {"next": target})

    assert_stays_on_site(response, target)


@pytest.mark.parametrize("target", HOSTILE)
def test_front_end_login_never_redirects_off_site(client, staffer, target, home_page):
    response = client.post(
        reverse("wagtailcore_login"),
        {"username": "root", "password": "right password", "next": target},
    )

    assert response.status_code == 302
    assert_stays_on_site(response, target)


@pytest.mark.parametrize("target", HOSTILE)
def test_private_page_password_form_never_redirects_off_site(client, home_page, target):
    page = StandardPageFactory(parent=home_page, title="Members only")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="let me in"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])

    response = client.post(url, {"password": "let me in", "return_url": target})

    assert response.status_code == 302
    assert_stays_on_site(response, target)


@pytest.mark.parametrize("target", HOSTILE)
def test_private_document_password_form_never_redirects_off_site(client, target):
    collection = Collection.get_first_root_node().add_child(name="Private")
    DocumentFactory(collection=collection)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="let me in",
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])

    response = client.post(url, {"password": "let me in", "return_url": target})

    assert response.status_code == 302
    assert_stays_on_site(response, target)


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example",
        "//evil.example/",
        "/\\evil.example",
        "/\\evil.example/",
        "/%2Fevil.example",
        "/%5Cevil.example/",
        "///evil.example",
        "/en//evil.example",
        "/en/\\evil.example",
        "/admin//evil.example",
        "/documents//evil.example",
    ],
)
def test_paths_never_redirect_off_site(client, home_page, path):
    """A path that looks like a host never becomes one in a Location.

    CommonMiddleware's slash appending and LocaleMiddleware's language prefix rewrite the path into
    a Location: a path that looks like a host must not become one.
    """
    for language in ["en", "fr", "pa", "evil.example", "//evil.example"]:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
        assert_stays_on_site(response, (path, language))


def test_the_root_redirects_by_language_to_this_site(client, home_page):
    for header in ["fr", "es;q=0.9", "//evil.example", "https://evil.example", "xx"]:
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
        assert response.status_code == 302, header
        assert_stays_on_site(response, header)


def test_the_language_switcher_links_stay_on_site(client, home_page):
    response = client.get(home_page.url + "?next=https://evil.example/", HTTP_HOST="testserver")

    links = [link["href"] for link in _language_links(response)]
    assert links, "no language switcher"
    for href in links:
        parts = urlsplit(href)
        assert parts.netloc in ("", "testserver", "localhost"), href
        assert "evil" not in href


def _language_links(response):
    from tests.support.html import soup

    nav = soup(response).find("nav", class_="language-nav")
    return nav.find_all("a") if nav else []
