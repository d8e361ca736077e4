"""The Content-Security-Policy, enforced by Chromium.

This is what the journeys' "no violation" assertions rest on. An inline script is refused on a
public page, string-compiled code is refused in the admin, and both refusals reach the recorder of
tests/e2e/conftest.py.
"""

import pytest

from tests.e2e.conftest import PASSWORD, log_in
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

INLINE_SCRIPT = """() => {
    const script = document.createElement("script");
    script.textContent = "window.inlineRan = true;";
    document.body.append(script);
}"""
STRING_TIMER = """() => new Promise((resolve) => {
    try { window.setTimeout("window.evalRan = true;", 0); } catch (error) {}
    window.setTimeout(resolve, 200);
})"""


def test_public_pages_refuse_inline_scripts(home_page, page, csp_violations):
    page.goto(home_page.get_url())
    assert csp_violations == []
    page.evaluate(INLINE_SCRIPT)
    page.wait_for_timeout(200)
    assert page.evaluate("window.inlineRan") is None
    assert [line.split()[0] for line in csp_violations] == ["script-src-elem"]


def test_the_admin_refuses_eval(home_page, page, csp_violations):
    user = staff_user("editor", "Editors")
    user.set_password(PASSWORD)
    user.save()
    log_in(page, "editor")
    page.evaluate(STRING_TIMER)
    assert page.evaluate("window.evalRan") is None
    assert [line.split()[0] for line in csp_violations.in_admin()] == ["script-src"]
