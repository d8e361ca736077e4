"""axe-core in Chromium on every public page type, in English and Punjabi.

No serious or critical violation. axe is injected by the test (tests/e2e/node_modules, `npm ci`);
the site never serves it.
"""

import pytest
from wagtail.models import Locale

from tests.e2e.conftest import run_axe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SEVERE = {"serious", "critical"}


def describe(violations):
    return "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )


def test_public_pages_have_no_serious_accessibility_violation(public_site, new_context):
    page = new_context(bypass_csp=True).new_page()
    punjabi = Locale.objects.get(language_code="pa")
    found = {}
    for english_page in public_site.values():
        for language_page in (english_page, english_page.get_translation(punjabi)):
            url = language_page.get_url()
            response = page.goto(url)
            assert response.ok, url
            violations = run_axe(page)
            found[url] = violations
            print(f"axe {url}: " + (describe(violations) or "no violation"))
    severe = {
        url: describe([v for v in violations if v["impact"] in SEVERE])
        for url, violations in found.items()
    }
    assert not any(severe.values()), "\n".join(f"{u}\n{d}" for u, d in severe.items() if d)
