"""import_ridings and import_members against the shared data files (read in place from
settings.RIDING_DATA_DIR), small CSV files written per test for the edge cases, and
petitions/ridings/names.py (riding name normalization and matching)."""

import csv
import datetime
import io
import time
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from petitions.models import Member, RepresentationOrder, Riding
from petitions.ridings.csv_import import ImportFailed, RowError
from petitions.ridings.names import match_riding, normalize_riding_name
from tests.factories import MemberFactory, RidingFactory
from tests.utils import snapshot

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
ELECTION_2025 = datetime.date(2025, 4, 28)
RIDING_HEADER = ["code", "name_en", "name_fr", "province"]
MEMBER_HEADER = ["code", "riding_name_en", "province", "given_name", "middle_names", "surname"]
MEMBER_HEADER += ["party", "post_election_notes"]


def data_file(name):
    return Path(settings.RIDING_DATA_DIR) / name


def run(command, *args):
    """call_command with its output; the options parsed as on the command line."""
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def member_row(code="", riding="", given="Jane", surname="Doe", party="Liberal", **extra):
    row = {"code": code, "riding_name_en": riding, "province": "", "given_name": given}
    row |= {"middle_names": "", "surname": surname, "party": party, "post_election_notes": ""}
    row |= extra
    return [row[column] for column in MEMBER_HEADER]


@pytest.fixture
def ridings_2023(db):
    run("import_ridings")


@pytest.fixture
def members_2025(ridings_2023):
    run("import_members")


# --- import_ridings ------------------------------------------------------------------------


@pytest.mark.smoke
@pytest.mark.django_db
def test_the_2023_file_gives_343_ridings_with_the_documented_province_counts():
    output = run("import_ridings")

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

    output = run("import_ridings", str(data_file("ridings_2023.csv")))

    assert snapshot(Riding.objects.all()) == before
    assert "created 0, updated 0, unchanged 343" in output


def test_importing_again_updates_a_changed_name_in_place(ridings_2023):
    riding = Riding.objects.get(code="10002")
    Riding.objects.filter(pk=riding.pk).update(name_en="Old name", name_fr="Ancien nom")

    output = run("import_ridings")

    riding.refresh_from_db()
    assert (riding.name_en, riding.name_fr) == ("Cape Spear", "Cape Spear")
    assert Riding.objects.count() == 343
    assert "created 0, updated 1, unchanged 342" in output


def test_the_2013_file_imports_as_legacy_alongside_the_2023_ridings(ridings_2023):
    current = snapshot(Riding.objects.all())

    # No option: the file's valid_from/valid_through columns say it is the 2013 order.
    output = run("import_ridings", str(data_file("ridings_2013_legacy_338.csv")))

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
    output = run("import_ridings", "--representation-order", "2013")
    assert "created 0, updated 0, unchanged 338" in output
    assert Riding.objects.count() == 343 + 338


def test_without_a_path_the_file_is_read_from_the_riding_data_dir(db, settings, tmp_path):
    settings.RIDING_DATA_DIR = tmp_path
    write_csv(tmp_path / "ridings_2023.csv", RIDING_HEADER, [["60001", "Yukon", "Yukon", "YT"]])

    run("import_ridings")

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
        run("import_ridings", path)

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
        run("import_ridings", path)

    assert "2 problems" in str(error.value)
    assert "Row 2, column “province”" in str(error.value)
    assert "Row 4, column “code”" in str(error.value)
    assert not Riding.objects.exists()


def test_a_file_without_a_required_column_is_refused(db, tmp_path):
    path = write_csv(tmp_path / "ridings.csv", ["code", "name_en"], [["35001", "A"]])

    with pytest.raises(CommandError, match="lacks the column.*name_fr, province"):
        run("import_ridings", path)


def test_a_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run("import_ridings", str(tmp_path / "nope.csv"))


def test_a_dry_run_saves_nothing(db):
    output = run("import_ridings", "--dry-run")

    assert "Dry run, nothing saved: would be created 343" in output
    assert not Riding.objects.exists()


# --- import_members ------------------------------------------------------------------------


@pytest.mark.smoke
def test_the_2025_file_gives_one_current_member_per_riding(ridings_2023):
    output = run("import_members")

    assert Member.objects.count() == 343
    assert Member.objects.current().count() == 343
    assert Riding.objects.current().filter(members__active_to__isnull=True).count() == 343
    assert "created 343, updated 0, unchanged 0, closed 0, skipped 0" in output
    # The notes are prose: counted, not applied.
    assert "2 rows have post-election notes" in output
    member = Member.objects.get(riding__code="48002")
    assert (member.first_name, member.last_name, member.party) == (
        "Damien",
        "Kurek",
        "Conservative",
    )
    assert member.active_from == ELECTION_2025
    assert member.preferred_language == ""
    assert Member.objects.get(riding__code="12001").party == "Conservative"


@pytest.mark.smoke
def test_importing_the_members_again_duplicates_nothing(members_2025):
    before = snapshot(Member.objects.all())

    output = run("import_members")

    assert snapshot(Member.objects.all()) == before
    assert "created 0, updated 0, unchanged 343, closed 0, skipped 0" in output


def test_the_same_person_is_updated_in_place(members_2025, tmp_path):
    member = Member.objects.get(riding__code="12001")
    member.email = "chris.dentremont@parl.gc.ca"
    member.save()
    path = write_csv(
        tmp_path / "mps.csv",
        MEMBER_HEADER,
        # Same person, a typographic apostrophe, and a correction of the party.
        [member_row("12001", given="Chris", surname="d’Entremont", party="Liberal")],
    )

    output = run("import_members", path)

    assert "created 0, updated 1, unchanged 0" in output
    assert Member.objects.filter(riding__code="12001").count() == 1
    member.refresh_from_db()
    assert member.active_to is None
    assert (member.last_name, member.party) == ("d’Entremont", "Liberal")
    assert member.email == "chris.dentremont@parl.gc.ca", "organizer-set fields are kept"
    assert "342 current ridings have no row in the file" in output


def test_a_different_mp_closes_the_current_row_and_keeps_history(members_2025, tmp_path):
    path = write_csv(
        tmp_path / "by_election.csv",
        MEMBER_HEADER,
        [member_row("48002", given="Pierre", surname="Poilievre", party="Conservative")],
    )

    output = run("import_members", path, "--active-from", "2025-08-18")

    assert "created 1, updated 0, unchanged 0, closed 1, skipped 0" in output
    history = list(Member.objects.filter(riding__code="48002").order_by("active_from"))
    assert [(m.last_name, m.active_from, m.active_to) for m in history] == [
        ("Kurek", ELECTION_2025, datetime.date(2025, 8, 18)),
        ("Poilievre", datetime.date(2025, 8, 18), None),
    ]
    assert Member.objects.current().count() == 343
    assert Member.objects.count() == 344

    # The 2025 file again: the by-election is newer than the file, so it stays.
    output = run("import_members")
    assert "unchanged 342, closed 0, skipped 1" in output
    assert Member.objects.current().get(riding__code="48002").last_name == "Poilievre"
    assert Member.objects.count() == 344


def test_a_later_change_of_party_opens_a_new_row(members_2025, tmp_path):
    path = write_csv(
        tmp_path / "floor_crossing.csv",
        MEMBER_HEADER,
        [member_row("12001", given="Chris", surname="d'Entremont", party="Liberal")],
    )

    run("import_members", path, "--active-from", "2025-11-04")

    history = Member.objects.filter(riding__code="12001").order_by("active_from")
    assert [(m.party, m.active_to) for m in history] == [
        ("Conservative", datetime.date(2025, 11, 4)),
        ("Liberal", None),
    ]


def test_ridings_are_matched_by_name_across_dashes_apostrophes_and_ligatures(
    ridings_2023, tmp_path
):
    in_file = {
        "Acadie--Annapolis": "12001",  # EC results files write the em dash as "--"
        "Côte-du-Sud-Rivière-du-Loup-Kataskomiq-Témiscouata": "24020",  # plain hyphens
        "St. John’s East": "10006",  # typographic apostrophe
        "Ville-Marie — Le Sud-Ouest — Île-des-Sœurs": "24077",  # œ, spaced dashes
        "Okanagan Lake Ouest—Kelowna-Sud": "59023",  # the French name, a hyphen missing
        "Mont-Royal": "24048",  # the French name
        "Abitibi–Témiscamingue": "24002",  # en dash
    }
    # A file without a code column: the riding names are all there is.
    header = [column for column in MEMBER_HEADER if column != "code"]
    rows = [member_row(riding=name, surname=f"Doe {code}")[1:] for name, code in in_file.items()]
    path = write_csv(tmp_path / "mps.csv", header, rows)

    run("import_members", path)

    imported = dict(Member.objects.values_list("riding__code", "last_name"))
    assert imported == {code: f"Doe {code}" for code in in_file.values()}
    more = {
        "Côte-du-Sud—Rivière-du-Loup— Kataskomiq—Témiscouata": "24020",  # a stray space
        "MOUNT ROYAL": "24048",  # the English name, upper case
        "mont royal": "24048",  # the French name, hyphen and case lost
    }
    for name, code in (in_file | more).items():
        assert match_riding(name).code == code, name


def test_match_riding_uses_the_province_when_a_name_is_ambiguous(db):
    quebec = RidingFactory(name_en="Saint-Laurent", name_fr="Saint-Laurent", province="QC")
    ontario = RidingFactory(name_en="Saint Laurent", name_fr="Saint-Laurent", province="ON")
    RidingFactory(
        name_en="Saint-Laurent",
        province="QC",
        code="24999",
        representation_order=RepresentationOrder.RO_2013,
    )

    assert match_riding("Saint–Laurent") is None
    assert match_riding("Saint–Laurent", province="QC") == quebec
    assert match_riding("saint laurent", "ON") == ontario
    assert match_riding("Nowhere") is None


def test_a_bad_member_row_aborts_the_import_with_nothing_applied(members_2025, tmp_path):
    before = snapshot(Member.objects.all())
    path = write_csv(
        tmp_path / "mps.csv",
        MEMBER_HEADER,
        [
            member_row("48002", given="Pierre", surname="Poilievre"),  # would close a row
            member_row(riding="Nowhere North"),
            member_row("35001", riding="Ajax", province="QC"),
            member_row("35999"),
            member_row("10001", surname=""),
        ],
    )

    with pytest.raises(CommandError) as error:
        run("import_members", path, "--active-from", "2025-08-18")

    message = str(error.value)
    assert "4 problems; nothing was imported" in message
    assert "Row 3, column “riding_name_en”: No riding of the 2023 representation order is " in (
        message
    )
    assert "Row 4, column “province”" in message
    assert (
        "Row 5, column “code”: No riding of the 2023 representation order has the code 35999"
        in (message)
    )
    assert "Row 6, column “surname”: This value is required." in message
    assert snapshot(Member.objects.all()) == before


def test_a_riding_given_twice_is_an_error(ridings_2023, tmp_path):
    path = write_csv(
        tmp_path / "mps.csv",
        MEMBER_HEADER,
        [member_row("12001"), member_row(riding="Acadie--Annapolis", surname="Roe")],
    )

    with pytest.raises(CommandError, match="Row 3, .*Riding 12001 is also on row 2"):
        run("import_members", path)
    assert not Member.objects.exists()


def test_members_need_the_ridings_first(db):
    with pytest.raises(CommandError, match="run import_ridings first"):
        run("import_members")


def test_a_bad_active_from_is_refused(ridings_2023):
    with pytest.raises(CommandError, match="not a date"):
        run("import_members", "--active-from", "2025-04-31")


def test_both_imports_are_fast(db):
    for command in ("import_ridings", "import_members"):
        started = time.monotonic()
        run(command)
        assert time.monotonic() - started < 3, command


# --- The language to write to an MP in -----------------------------------------------------


def test_member_language_is_french_for_quebec_ridings_unless_set(members_2025):
    quebec = Member.objects.current().get(riding__code="24048")
    ontario = Member.objects.current().get(riding__code="35001")
    assert quebec.preferred_language == ontario.preferred_language == ""

    assert quebec.language == "fr"
    assert ontario.language == "en"

    quebec.preferred_language = Member.Language.ENGLISH
    ontario.preferred_language = Member.Language.FRENCH
    assert quebec.language == "en"
    assert ontario.language == "fr"


def test_member_factory_gives_a_current_mp(db):
    member = MemberFactory(riding__province="QC")

    assert member.riding.code.startswith("24")
    assert member.active_to is None
    assert member.language == "fr"
    assert MemberFactory().language == "en"


# --- Row errors ----------------------------------------------------------------------------


def test_row_errors_are_translatable_and_name_row_and_column():
    error = RowError(7, "province", gettext_lazy("“%(value)s” is bad."), {"value": "XX"})

    assert isinstance(error.message, Promise)
    assert str(error) == "Row 7, column “province”: “XX” is bad."
    assert str(ImportFailed([error])).splitlines() == [
        "The file has 1 problem; nothing was imported.",
        "Row 7, column “province”: “XX” is bad.",
    ]


# --- normalize_riding_name -----------------------------------------------------------------


def spelling_variants():
    with data_file("name_variants.csv").open(encoding="utf-8", newline="") as handle:
        return [
            pytest.param(row, id=f"{row['code']}-{row['variant']}")
            for row in csv.DictReader(handle)
        ]


@pytest.mark.parametrize("row", spelling_variants())
def test_normalize_riding_name_against_the_known_variants(row):
    canonical = normalize_riding_name(row["canonical_name_in_ridings_2023"])
    variant = normalize_riding_name(row["variant"])

    if row["kind"] != "spelling_variant":
        # A rename is a different name, however it is written.
        assert canonical != variant
    elif row["canonical_name_in_ridings_2023"] == "Mont-Royal":
        # "Mount Royal" is another word, not another typography: the English name.
        assert canonical != variant
    else:
        assert canonical == variant


@pytest.mark.parametrize(
    "spellings",
    [
        ["Acadie—Annapolis", "Acadie–Annapolis", "Acadie--Annapolis", "Acadie-Annapolis"],
        ["Acadie — Annapolis", "Acadie -- Annapolis", "Acadie - Annapolis", "acadie annapolis"],
        ["St. John's East", "St. John’s East", "St. John‘s East", "ST. JOHN'S EAST"],
        ["Île-des-Sœurs", "Île-des-Soeurs", "Ile-des-Soeurs", "ÎLE-DES-SŒURS", "ile des soeurs"],
        ["Lac-Saint-Jean", "  Lac\u00a0Saint\u2011Jean ", "Lac\u200b-Saint-Jean"],
        ["Mégantic—L'Érable", "Megantic--L’Erable", "Mégantic—L\u2019Érable"],
    ],
)
def test_normalize_riding_name_folds_typography(spellings):
    keys = {normalize_riding_name(spelling) for spelling in spellings}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Mont-Royal", "Mount Royal"),
        ("Ottawa Centre", "Ottawa—Vanier"),
        ("Lac-Saint-Jean", "Lac-St-Jean"),
    ],
)
def test_normalize_riding_name_keeps_different_words_apart(one, other):
    assert normalize_riding_name(one) != normalize_riding_name(other)


def test_normalize_riding_name_of_nothing():
    assert normalize_riding_name("") == ""
    assert normalize_riding_name(None) == ""
    assert normalize_riding_name(" — ") == ""


def test_counts_see_ridings_imported_after_their_map_was_cached(
    ridings_2023, home_page, django_capture_on_commit_callbacks
):
    """tally caches the riding map for an hour; an import must drop it, or signatures in a
    newly imported riding would count as unassigned."""
    from petitions import tally
    from tests.petition_data import make_petition, make_signature

    petition = make_petition(home_page)
    tally.compute_counts(petition.pk)  # caches the map of the 2023 ridings

    with django_capture_on_commit_callbacks(execute=True):
        run("import_ridings", str(data_file("ridings_2013_legacy_338.csv")))
    legacy = Riding.objects.get(code="10002", representation_order=RepresentationOrder.RO_2013)
    make_signature(petition, legacy)

    counts = tally.compute_counts(petition.pk)
    assert counts.unassigned == 0
    assert counts.by_riding == {"10002": 1}
