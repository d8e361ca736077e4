"""Journeys in a real browser (Chromium, Playwright) against the live server.

The browser is Debian's Chromium driven by Playwright; the server is pytest-django's live server
(PostgreSQL, transactional) with the site's own Content-Security-Policy on.

Every page the journeys open reports its CSP violations (a `securitypolicyviolation` listener
installed before any script of the page runs, plus Chromium's own console errors); a journey
asserts the list it cares about. When a journey fails, a screenshot of each of its pages is kept in
test-artifacts/.
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings

# Playwright's sync API runs an event loop in this thread; the Django ORM calls the tests and
# fixtures make in between browser steps are ordinary synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
AXE_SCRIPT = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"

PASSWORD = "e2e-password-1"
VIOLATION_PREFIX = "csp-violation:"

# Runs before the page's own scripts; Playwright injects it outside the page's CSP.
REPORT_VIOLATIONS = f"""
document.addEventListener("securitypolicyviolation", function (event) {{
    console.error("{VIOLATION_PREFIX} " + event.effectiveDirective + " " + event.blockedURI
        + " at " + event.documentURI);
}});
"""


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Journeys last, even in a plain `pytest` of the whole suite.

    `make` runs them apart. Once a browser has started, other transactional tests lose their
    serialized rollback.
    """
    here = Path(__file__).parent
    items.sort(key=lambda item: here in Path(str(item.path)).parents)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def migrations_data(django_db_setup):
    """The database as the migrations left it (groups, locales, the page tree's root).

    Serialized when the test database was created, read before any browser starts.
    """
    from django.db import connections

    return connections["default"]._test_serialized_contents


@pytest.fixture(autouse=True)
def _restore_migrations_data(transactional_db, migrations_data):
    """What serialized_rollback does, made reliable.

    Once Playwright's sync API has started, Django's connection in this thread no longer carries
    the serialized data, so a journey after the first would start from the empty database the
    previous one's flush left.
    """
    from django.apps import apps
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connections
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    if not Group.objects.exists():
        # The flush re-created content types and permissions (post_migrate) under new ids.
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection = connections["default"]
        connection.creation.deserialize_db_from_string(migrations_data)
        # flush also restarted the id sequences, below the ids just restored.
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(sql)
        # Content types are back under their serialized ids: the cache may still map the ids
        # the flush's post_migrate gave them (a page's type read as a workflow task's).
        ContentType.objects.clear_cache()
        # Not serialized (settings TEST_NON_SERIALIZED_APPS): as home/migrations/0003_locales.
        english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        LocaleSynchronization.objects.bulk_create(
            LocaleSynchronization(locale=locale, sync_from=english)
            for locale in Locale.objects.exclude(pk=english.pk)
        )


@pytest.fixture(scope="session")
def browser(migrations_data):
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: `make system-deps` installs Debian's chromium")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Violations(list):
    """CSP violations seen by the pages of one browser context, as "directive uri at page"."""

    def on_public_pages(self):
        return [line for line in self if "/admin/" not in line.rsplit(" at ", 1)[-1]]

    def in_admin(self):
        return [line for line in self if "/admin/" in line.rsplit(" at ", 1)[-1]]


def _record_violations(page, violations):
    def on_console(message):
        text = message.text
        if text.startswith(VIOLATION_PREFIX):
            violations.append(text.removeprefix(VIOLATION_PREFIX).strip())

    page.on("console", on_console)


@pytest.fixture
def csp_violations():
    return Violations()


@pytest.fixture
def new_context(browser, live_server, csp_violations, request):
    """A maker of browser contexts on the live server.

    `new_context(**options)` returns a browser context on the live server; its pages record CSP
    violations into `csp_violations` and are screenshotted if the test fails.
    """
    contexts = []

    def make(**options):
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(15_000)
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("page", lambda page: _record_violations(page, csp_violations))
        contexts.append(context)
        return context

    yield make
    failed = any(
        getattr(getattr(request.node, f"report_{when}", None), "failed", False)
        for when in ("setup", "call")
    )
    for number, context in enumerate(contexts):
        if failed:
            ARTIFACTS.mkdir(exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::")[-1])
            for index, page in enumerate(context.pages):
                page.screenshot(path=ARTIFACTS / f"{name}-{number}-{index}.png", full_page=True)
        context.close()


@pytest.fixture
def page(new_context):
    return new_context().new_page()


def log_in(page, username, password=PASSWORD):
    """Sign in through the admin's sign-in page, and its code step for those who must use 2FA.

    Organizers and superusers get an authenticator app (tests/support/two_factor.py) and type
    its current code, as a person would.
    """
    from django.contrib.auth.models import User

    from staff_auth.policy import is_required_for
    from tests.support.two_factor import code_for, give_app_device

    user = User.objects.get(username=username)
    device = give_app_device(user) if is_required_for(user) else None
    page.goto("/admin/login/")
    page.get_by_label(re.compile("username", re.I)).fill(username)
    page.get_by_label(re.compile("password", re.I)).first.fill(password)
    page.get_by_role("button", name=re.compile("sign in|log in", re.I)).click()
    if device is not None:
        page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
        page.get_by_role("textbox", name=re.compile("^Code")).fill(code_for(device))
        page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def run_axe(page):
    """axe-core's violations on the current page (WCAG 2.x A and AA rules and best practices).

    Playwright adds axe as an inline script, which the site's CSP refuses: the page must come
    from a context made with bypass_csp=True (the CSP is checked by the journeys).
    """
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                            "wcag22aa", "best-practice"]},
        })"""
    )
    assert len(result["passes"]) > 10, "axe checked next to nothing: is the page empty?"
    return result["violations"]


@pytest.fixture
def public_site(home_page, press_index, policy_index, coalition_page):
    """A page of every public type, in English and in Punjabi.

    The Punjabi pages are wagtail-localize aliases: the English text under the Punjabi interface.
    """
    from tests.factories.petitions import PetitionIndexPageFactory, PetitionPageFactory
    from tests.factories.press import (
        OrganizationFactory,
        PolicyBriefPageFactory,
        PressReleasePageFactory,
    )
    from tests.support.localize import sync_tree

    OrganizationFactory.create_batch(3)
    petitions = PetitionIndexPageFactory(parent=home_page)
    pages = {
        "home": home_page,
        "petition": PetitionPageFactory(parent=petitions, title="Status for all", slug="status"),
        "press release": PressReleasePageFactory(parent=press_index, title="Workers rally"),
        "policy brief": PolicyBriefPageFactory(parent=policy_index, title="Regularize now"),
        "coalition": coalition_page,
    }
    sync_tree("pa")
    return {name: page.specific for name, page in pages.items()}
