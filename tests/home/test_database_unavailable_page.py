"""The 503 page answered during a database outage.

home.middleware.DatabaseUnavailableMiddleware answers with it
(tests/reliability/test_gunicorn_signing.py serves it for real). It is translated in every
language, and rendered without a database.

Also run on SQLite by `make test`: nothing here touches a database.
"""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

pytestmark = pytest.mark.smoke

HEADINGS = {
    "en": "We are temporarily unavailable",
    "fr": "Le site est temporairement indisponible",
    "es": "El sitio no está disponible por el momento",
    "pa": "ਸਾਈਟ ਆਰਜ਼ੀ ਤੌਰ 'ਤੇ ਉਪਲਬਧ ਨਹੀਂ ਹੈ",
    "tl": "Pansamantalang hindi available ang site",
}


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_the_503_page_is_translated_and_needs_no_database(language):
    request = RequestFactory().get(f"/{language}/")
    # No django_db mark: pytest-django makes any database access fail this test.
    with translation.override(language):
        page = render_to_string("503.html", request=request)
    assert f'lang="{language}"' in page
    assert f"<h1>{HEADINGS[language]}</h1>" in page
