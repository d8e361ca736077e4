"""The layout's rules that import-linter cannot check (docs/architecture.md).

wagtail_hooks.py only registers, and modules stay small enough to hold one thing.
"""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
APPS = ["config", "home", "spreadsheets", "press", "petitions", "events", "staff_auth"]
MAX_MODULE_LINES = 400
MAX_TEST_MODULE_LINES = 500
# Pure data (demo texts and their translations) may be longer than code, and so may the
# settings: one flat list of values, read top to bottom, that splitting would only scatter.
DATA_PACKAGES = ("demo/content", "demo/translations", "config/settings/")


def app_modules():
    for app in APPS:
        for path in sorted((REPO / app).rglob("*.py")):
            relative = path.relative_to(REPO).as_posix()
            if "/migrations/" not in relative:
                yield relative


@pytest.mark.parametrize("hooks_module", [f"{app}/wagtail_hooks.py" for app in APPS])
def test_wagtail_hooks_only_register(hooks_module):
    path = REPO / hooks_module
    if not path.exists():
        pytest.skip("the app registers nothing")
    tree = ast.parse(path.read_text())
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant | ast.Call):
            continue  # the docstring, or a call such as register_snippet(...)
        if isinstance(node, ast.FunctionDef) and node.decorator_list:
            decorator = node.decorator_list[0]
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if ast.unparse(target) == "hooks.register":
                continue
        raise AssertionError(
            f"{hooks_module}:{node.lineno} declares something: move it to its own module "
            "and register it here"
        )


def test_no_app_module_holds_two_things():
    long = {
        module: lines
        for module in app_modules()
        if not any(part in module for part in DATA_PACKAGES)
        and (lines := len((REPO / module).read_text().splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"over {MAX_MODULE_LINES} lines (split by role): {long}"


def test_no_test_module_over_the_limit():
    long = {
        path.relative_to(REPO).as_posix(): lines
        for path in (REPO / "tests").rglob("test_*.py")
        if (lines := len(path.read_text().splitlines())) > MAX_TEST_MODULE_LINES
    }
    assert not long, f"over {MAX_TEST_MODULE_LINES} lines: {long}"
