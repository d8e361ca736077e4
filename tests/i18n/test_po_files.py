"""The interface string catalogues are complete.

In locale/<lang>/LC_MESSAGES/django.po: every entry translated, none fuzzy, valid for msgfmt, and
in step with the strings the templates and Python code hold now (a fresh `makemessages` run). See
locale/README.md.

No database: these read files only.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.dates import MONTHS
from localflavor.ca.ca_provinces import PROVINCE_CHOICES

from config import third_party_strings

# Also run on SQLite by `make test`: nothing here touches a database.
pytestmark = pytest.mark.smoke

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ["fr", "es", "pa", "tl"]
PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "pa": "nplurals=2; plural=(n != 1);",
    "tl": "nplurals=2; plural=(n != 1);",
}
# The options of the makemessages command in locale/README.md.
EXTENSIONS = ["html", "txt", "py"]
IGNORED = [".venv", "var", "tests", "bench"]

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def po_path(language):
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


@pytest.fixture(scope="module", params=LANGUAGES)
def catalogue(request):
    return request.param, polib.pofile(str(po_path(request.param)))


def key(entry):
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def label(entry):
    return f"{entry.msgctxt + ' | ' if entry.msgctxt else ''}{entry.msgid!r}"


def test_every_language_has_a_catalogue():
    for language in LANGUAGES:
        assert po_path(language).is_file(), f"no catalogue for {language}"
    site_languages = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    assert site_languages == set(LANGUAGES)


def test_header(catalogue):
    language, po = catalogue
    assert not po.metadata_is_fuzzy, "the header is marked fuzzy: msgfmt would ignore it"
    assert po.metadata["Language"] == language
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["Plural-Forms"] == PLURAL_FORMS[language]


def test_every_entry_is_translated_and_none_is_fuzzy(catalogue):
    language, po = catalogue
    assert len(po) > 0
    untranslated = [label(e) for e in po.untranslated_entries()]
    fuzzy = [label(e) for e in po.fuzzy_entries()]
    obsolete = [label(e) for e in po.obsolete_entries()]
    assert not untranslated, f"{language}: untranslated: {untranslated}"
    assert not fuzzy, f"{language}: fuzzy: {fuzzy}"
    assert not obsolete, f"{language}: obsolete entries (run makemessages --no-obsolete)"
    for entry in po:
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            assert sorted(forms) == [0, 1], f"{language}: {label(entry)} needs two forms"
            assert all(forms.values()), f"{language}: {label(entry)} has an empty plural form"


def test_placeholders_are_kept(catalogue):
    """A translation keeps the placeholders of its msgid.

    It may use only the placeholders of its msgid (any other is a KeyError at render time) and,
    unless plural, must use all of them.
    """
    language, po = catalogue
    for entry in po:
        names = set(PLACEHOLDER.findall(entry.msgid + entry.msgid_plural))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            used = set(PLACEHOLDER.findall(text))
            assert used <= names, f"{language}: {label(entry)}: unknown {used - names}"
            if not entry.msgid_plural:
                assert used == names, f"{language}: {label(entry)}: missing {names - used}"
            if "python-format" in entry.flags:
                # A stray % would make Python's formatting fail.
                assert "%" not in PLACEHOLDER.sub("", text).replace("%%", ""), label(entry)


def test_msgfmt_accepts_the_catalogue(catalogue):
    language, _po = catalogue
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "msgfmt not found: install gettext (make system-deps)"
    result = subprocess.run(  # noqa: S603
        [msgfmt, "--check-format", "--check-header", "-o", "/dev/null", str(po_path(language))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_language_names_are_not_translated():
    """Language names are endonyms, not translated.

    settings.LANGUAGES holds endonyms ("Français", "ਪੰਜਾਬੀ"): the language switcher shows each
    language in its own name, whatever the page's language.
    """
    names = {name for _code, name in settings.LANGUAGES}
    for language in LANGUAGES:
        for entry in polib.pofile(str(po_path(language))):
            # "English" may well be translated elsewhere (an MP's preferred language).
            if entry.msgid in names:
                assert not any(path.startswith("config/settings") for path, _ in entry.occurrences)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The entries a fresh `makemessages` finds in the project's templates and Python.

    They are read from the .pot it writes in a copy of the sources (the real catalogues stay
    untouched).
    """
    root = tmp_path_factory.mktemp("makemessages")
    base = Path(settings.BASE_DIR)
    skipped = {*IGNORED, "locale", "node_modules", "__pycache__"}
    for directory, subdirectories, files in os.walk(base):
        subdirectories[:] = [d for d in subdirectories if d not in skipped and d[0] != "."]
        for name in files:
            if name.rpartition(".")[2] in EXTENSIONS:
                path = Path(directory) / name
                target = root / path.relative_to(base)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
    (root / "locale").mkdir()

    # makemessages writes into ./locale of the current directory, and into LOCALE_PATHS: keep
    # the real catalogues out of its reach.
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.setattr(settings, "LOCALE_PATHS", [])
        call_command(
            "makemessages",
            locale=["fr"],
            extensions=EXTENSIONS,
            ignore_patterns=IGNORED,
            no_obsolete=True,
            keep_pot=True,
            verbosity=0,
        )
    pot = polib.pofile(str(root / "locale" / "django.pot"))
    entries = {key(entry): entry for entry in pot if entry.msgid}
    assert len(entries) > 100, "makemessages found hardly any string: is the copy complete?"
    return entries


def test_catalogue_has_every_source_string(catalogue, extracted):
    language, po = catalogue
    present = {key(entry) for entry in po if not entry.obsolete}
    missing = [entry for k, entry in extracted.items() if k not in present]
    assert not missing, (
        f"{language}: {len(missing)} strings of the source are not in the catalogue (see "
        f"locale/README.md): {[label(e) for e in missing]}"
    )


def test_catalogue_has_no_stale_string(catalogue, extracted):
    language, po = catalogue
    stale = [entry for entry in po if not entry.obsolete and key(entry) not in extracted]
    assert not stale, (
        f"{language}: strings no longer in the source (run makemessages --no-obsolete): "
        f"{[label(e) for e in stale]}"
    )


def test_python_format_flags_match_the_source(catalogue, extracted):
    _language, po = catalogue
    for entry in po:
        source = extracted.get(key(entry))
        if source is not None:
            assert ("python-format" in entry.flags) == ("python-format" in source.flags), label(
                entry
            )


def test_third_party_strings_match_their_sources():
    """Third-party strings stay the exact msgids their packages look up.

    config/third_party_strings.py repeats Django's month names and django-localflavor's province
    names: they must stay the exact msgids those packages look up.
    """
    with translation.override(None):
        assert [str(MONTHS[n]) for n in range(1, 13)] == third_party_strings.MONTHS
        assert [
            str(name) for _code, name in PROVINCE_CHOICES
        ] == third_party_strings.PROVINCES_AND_TERRITORIES
