"""`manage.py import_members` against the shared data files and small CSV files.

The shared files are read in place from settings.RIDING_DATA_DIR; the small CSV files are written
per test. What is checked: one current MP per riding, the MP history rules (the same person
updated, a new one closing the old row), ridings matched by name, bad rows, and the language to
write to an MP in.
"""

import datetime
import time

import pytest
from django.core.management.base import CommandError

from petitions.models import Member, Riding
from petitions.ridings.names import match_riding
from tests.factories import MemberFactory
from tests.factories.imports import write_csv
from tests.factories.petitions import ELECTION_2025
from tests.support.commands import run_command
from tests.support.database import snapshot

MEMBER_HEADER = ["code", "riding_name_en", "province", "given_name", "middle_names", "surname"]
MEMBER_HEADER += ["party", "post_election_notes"]


def member_row(code="", riding="", given="Jane", surname="Doe", party="Liberal", **extra):
    row = {"code": code, "riding_name_en": riding, "province": "", "given_name": given}
    row |= {"middle_names": "", "surname": surname, "party": party, "post_election_notes": ""}
    row |= extra
    return [row[column] for column in MEMBER_HEADER]


@pytest.mark.smoke
def test_the_2025_file_gives_one_current_member_per_riding(ridings_2023):
    output = run_command("import_members")

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

    output = run_command("import_members")

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

    output = run_command("import_members", path)

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

    output = run_command("import_members", path, "--active-from", "2025-08-18")

    assert "created 1, updated 0, unchanged 0, closed 1, skipped 0" in output
    history = list(Member.objects.filter(riding__code="48002").order_by("active_from"))
    assert [(m.last_name, m.active_from, m.active_to) for m in history] == [
        ("Kurek", ELECTION_2025, datetime.date(2025, 8, 18)),
        ("Poilievre", datetime.date(2025, 8, 18), None),
    ]
    assert Member.objects.current().count() == 343
    assert Member.objects.count() == 344

    # The 2025 file again: the by-election is newer than the file, so it stays.
    output = run_command("import_members")
    assert "unchanged 342, closed 0, skipped 1" in output
    assert Member.objects.current().get(riding__code="48002").last_name == "Poilievre"
    assert Member.objects.count() == 344


def test_a_later_change_of_party_opens_a_new_row(members_2025, tmp_path):
    path = write_csv(
        tmp_path / "floor_crossing.csv",
        MEMBER_HEADER,
        [member_row("12001", given="Chris", surname="d'Entremont", party="Liberal")],
    )

    run_command("import_members", path, "--active-from", "2025-11-04")

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

    run_command("import_members", path)

    imported = dict(Member.objects.values_list("riding__code", "last_name"))
    assert imported == {code: f"Doe {code}" for code in in_file.values()}
    more = {
        "Côte-du-Sud—Rivière-du-Loup— Kataskomiq—Témiscouata": "24020",  # a stray space
        "MOUNT ROYAL": "24048",  # the English name, upper case
        "mont royal": "24048",  # the French name, hyphen and case lost
    }
    for name, code in (in_file | more).items():
        assert match_riding(name).code == code, name


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
        run_command("import_members", path, "--active-from", "2025-08-18")

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

    with pytest.raises(CommandError, match=r"Row 3, .*Riding 12001 is also on row 2"):
        run_command("import_members", path)
    assert not Member.objects.exists()


def test_members_need_the_ridings_first(db):
    with pytest.raises(CommandError, match="run import_ridings first"):
        run_command("import_members")


def test_a_bad_active_from_is_refused(ridings_2023):
    with pytest.raises(CommandError, match="not a date"):
        run_command("import_members", "--active-from", "2025-04-31")


def test_both_imports_are_fast(db):
    for command in ("import_ridings", "import_members"):
        started = time.monotonic()
        run_command(command)
        assert time.monotonic() - started < 3, command


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
