"""`manage.py import_ridings` against the shared data files and small CSV files.

The shared files are read in place from settings.RIDING_DATA_DIR; the small CSV files are written
per test for the edge cases. What is checked: the 343 ridings of 2023, the 2013 ones beside them,
every bad row named by row and column, and the counts' riding map forgotten after an import.
"""

from collections import Counter

import pytest
from django.core.management.base import CommandError
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from petitions import tally
from petitions.models import RepresentationOrder, Riding
from petitions.ridings.csv_import import ImportFailed, RowError
from tests.factories.imports import write_csv
from tests.factories.petitions import data_file, make_petition, make_signature
from tests.support.commands import run_command
from tests.support.database import snapshot

PROVINCE_COUNTS_2023 = {
    "ON": 122,
    "QC": 78,
    "BC": 43,
    "AB": 37,
    "MB": 14,
    "SK": 14,
    "NS": 11,
    "NB": 10,
    "NL": 7,
    "PE": 4,
    "YT": 1,
    "NT": 1,
    "NU": 1,
}
RIDING_HEADER = ["code", "name_en", "name_fr", "province"]


@pytest.mark.smoke
@pytest.mark.django_db
def test_the_2023_file_gives_343_ridings_with_the_documented_province_counts():
    output = run_command("import_ridings")

    assert Riding.objects.count() == 343
    assert Riding.objects.current().count() == 343
    counts = Counter(Riding.objects.values_list("province", flat=True))
    assert counts == PROVINCE_COUNTS_2023
    assert "created 343, updated 0, unchanged 0" in output
    riding = Riding.objects.get(code="24048")
    assert (riding.name_en, riding.name_fr, riding.province) == ("Mount Royal", "Mont-Royal", "QC")
    assert not riding.is_legacy


@pytest.mark.smoke
def test_importing_the_ridings_again_changes_nothing(ridings_2023):
    before = snapshot(Riding.objects.all())

    output = run_command("import_ridings", str(data_file("ridings_2023.csv")))

    assert snapshot(Riding.objects.all()) == before
    assert "created 0, updated 0, unchanged 343" in output


def test_importing_again_updates_a_changed_name_in_place(ridings_2023):
    riding = Riding.objects.get(code="10002")
    Riding.objects.filter(pk=riding.pk).update(name_en="Old name", name_fr="Ancien nom")

    output = run_command("import_ridings")

    riding.refresh_from_db()
    assert (riding.name_en, riding.name_fr) == ("Cape Spear", "Cape Spear")
    assert Riding.objects.count() == 343
    assert "created 0, updated 1, unchanged 342" in output


def test_the_2013_file_imports_as_legacy_alongside_the_2023_ridings(ridings_2023):
    current = snapshot(Riding.objects.all())

    # No option: the file's valid_from/valid_through columns say it is the 2013 order.
    output = run_command("import_ridings", str(data_file("ridings_2013_legacy_338.csv")))

    assert "created 338" in output
    assert Riding.objects.count() == 343 + 338
    assert Riding.objects.filter(representation_order=RepresentationOrder.RO_2013).count() == 338
    assert Riding.objects.current().count() == 343
    assert snapshot(Riding.objects.current()) == current
    # The same code names two different districts, one per representation order.
    old, new = (
        Riding.objects.get(code="10002", representation_order=order)
        for order in (RepresentationOrder.RO_2013, RepresentationOrder.RO_2023)
    )
    assert old.name_en == "Bonavista—Burin—Trinity" and old.is_legacy
    assert new.name_en == "Cape Spear" and not new.is_legacy

    # With the option and no path, the legacy file is the default; again nothing changes.
    output = run_command("import_ridings", "--representation-order", "2013")
    assert "created 0, updated 0, unchanged 338" in output
    assert Riding.objects.count() == 343 + 338


def test_without_a_path_the_file_is_read_from_the_riding_data_dir(db, settings, tmp_path):
    settings.RIDING_DATA_DIR = tmp_path
    write_csv(tmp_path / "ridings_2023.csv", RIDING_HEADER, [["60001", "Yukon", "Yukon", "YT"]])

    run_command("import_ridings")

    assert list(Riding.objects.values_list("code", "province")) == [("60001", "YT")]


@pytest.mark.parametrize(
    ("bad_row", "column", "words"),
    [
        (["35002", "Beta", "Bêta", "XX"], "province", "not a province"),
        (["3500", "Beta", "Bêta", "ON"], "code", "five-digit"),
        (["99002", "Beta", "Bêta", "ON"], "code", "province's two digits"),
        (["24002", "Beta", "Bêta", "ON"], "province", "does not match the code"),
        (["35002", "Beta", "", "ON"], "name_fr", "required"),
        (["35001", "Beta", "Bêta", "ON"], "code", "also on row 2"),
        (["35002", "Beta", "Bêta"], "province", "3 fields"),
    ],
)
def test_a_bad_riding_row_aborts_the_import_and_names_its_row_and_column(
    ridings_2023, tmp_path, bad_row, column, words
):
    before = snapshot(Riding.objects.all())
    path = write_csv(
        tmp_path / "ridings.csv",
        RIDING_HEADER,
        [
            ["35001", "Renamed", "Renommée", "ON"],  # an update that must not be applied
            bad_row,
            ["35999", "New", "Nouvelle", "ON"],  # a creation that must not be applied
        ],
    )

    with pytest.raises(CommandError) as error:
        run_command("import_ridings", path)

    message = str(error.value)
    assert f"Row 3, column “{column}”" in message
    assert words in message
    assert "nothing was imported" in message
    assert snapshot(Riding.objects.all()) == before


def test_every_bad_row_is_reported_at_once(db, tmp_path):
    path = write_csv(
        tmp_path / "ridings.csv",
        RIDING_HEADER,
        [["35001", "A", "A", "ZZ"], ["35002", "B", "B", "ON"], ["3500X", "C", "C", "ON"]],
    )

    with pytest.raises(CommandError) as error:
        run_command("import_ridings", path)

    assert "2 problems" in str(error.value)
    assert "Row 2, column “province”" in str(error.value)
    assert "Row 4, column “code”" in str(error.value)
    assert not Riding.objects.exists()


def test_a_file_without_a_required_column_is_refused(db, tmp_path):
    path = write_csv(tmp_path / "ridings.csv", ["code", "name_en"], [["35001", "A"]])

    with pytest.raises(CommandError, match=r"lacks the column.*name_fr, province"):
        run_command("import_ridings", path)


def test_a_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run_command("import_ridings", str(tmp_path / "nope.csv"))


def test_a_dry_run_saves_nothing(db):
    output = run_command("import_ridings", "--dry-run")

    assert "Dry run, nothing saved: would be created 343" in output
    assert not Riding.objects.exists()


def test_row_errors_are_translatable_and_name_row_and_column():
    error = RowError(7, "province", gettext_lazy("“%(value)s” is bad."), {"value": "XX"})

    assert isinstance(error.message, Promise)
    assert str(error) == "Row 7, column “province”: “XX” is bad."
    assert str(ImportFailed([error])).splitlines() == [
        "The file has 1 problem; nothing was imported.",
        "Row 7, column “province”: “XX” is bad.",
    ]


def test_counts_see_ridings_imported_after_their_map_was_cached(
    ridings_2023, home_page, django_capture_on_commit_callbacks
):
    """An import drops tally's cached riding map.

    tally caches the riding map for an hour; an import must drop it, or signatures in a newly
    imported riding would count as unassigned.
    """
    petition = make_petition(home_page)
    tally.compute_counts(petition.pk)  # caches the map of the 2023 ridings

    with django_capture_on_commit_callbacks(execute=True):
        run_command("import_ridings", str(data_file("ridings_2013_legacy_338.csv")))
    legacy = Riding.objects.get(code="10002", representation_order=RepresentationOrder.RO_2013)
    make_signature(petition, legacy)

    counts = tally.compute_counts(petition.pk)
    assert counts.unassigned == 0
    assert counts.by_riding == {"10002": 1}
