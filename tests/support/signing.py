"""The sign form as a signer fills it in: fields, where it posts, what its answers hold.

Its answers hold field errors, a CSRF token, the token of a step link. For the signing tests:
tests/petitions/signing/, tests/petitions/test_petition_pages.py and the security tests.
"""

import re

from django.urls import reverse
from django.utils import translation

from petitions.models import Signature
from petitions.signing.forms import SignatureForm
from tests.support.html import soup

# The French strings of the "Status for all" petition (tests/petitions/signing/conftest.py).
FRENCH = {
    "Status for all": "Un statut pour tous",
    "Permanent resident status for all migrant workers, now.": (
        "La résidence permanente pour tous les travailleurs migrants, maintenant."
    ),
}

VALID = {
    "full_name": "Ana Reyes",
    "email": "ana.reyes@example.org",
    "postal_code": "M5S 2T9",
    "city": "Toronto",
    "consent": "count_only",
}


def form_data(**overrides):
    """The sign form's fields, valid unless overridden; a value of None leaves a field out."""
    data = {**VALID, **overrides}
    return {name: value for name, value in data.items() if value is not None}


def cleaned(**overrides):
    """What the sign form keeps of its fields (valid unless overridden)."""
    form = SignatureForm(form_data(**overrides))
    assert form.is_valid(), form.errors
    return form.cleaned_data


def only_signature():
    """The one signature in the database (fails if there is none or several)."""
    assert Signature.objects.count() == 1
    return Signature.objects.get()


def sign_url(page):
    """Where the sign form posts, in the page's language (petitions.signing.views.sign_url)."""
    with translation.override(page.locale.language_code):
        return reverse("petition_sign", args=[page.pk])


def route_sign_url(page):
    """The page's own sign route, kept for forms rendered before the plain URL existed."""
    return page.url + page.reverse_subpage("sign")


def post_sign(client, page, **overrides):
    extra = {key: overrides.pop(key) for key in list(overrides) if key.isupper()}
    return client.post(sign_url(page), form_data(**overrides), **extra)


def field_errors(response):
    """{field name: error text} of a re-rendered sign form."""
    document = soup(response)
    errors = {}
    for element in document.select(".field__error"):
        errors[element["id"].removeprefix("id_").removesuffix("_error")] = " ".join(
            element.get_text(" ").split()
        ).removeprefix("Error: ")
    return errors


def csrf_token_of(response):
    field = soup(response).find("input", attrs={"name": "csrfmiddlewaretoken"})
    return field["value"] if field else None


def link_token(url, route):
    """The token of a `<route>/<token>/` URL."""
    match = re.search(rf"/{route}/([^/]+)/$", url)
    assert match, f"no {route} token in {url}"
    return match.group(1)
