"""Riding resolution (petitions/ridings/resolve.py) and the backfill task.

The postal-code table first, then Represent (on a real HTTP server on 127.0.0.1), then the signer's
choice among the province's ridings; and the backfill task that places, later and in bulk, the
signers Represent could not.
"""

import pytest
from django.utils import timezone
from django_tasks import default_task_backend

from petitions.models import (
    PetitionIndexPage,
    PetitionPage,
    PostalCodeRiding,
    RepresentationOrder,
    Riding,
    Signature,
)
from petitions.ridings.resolve import resolve_riding
from petitions.ridings.tasks import backfill_ridings
from petitions.signing import flow
from petitions.signing.flow import sign as sign_petition
from tests.support.represent import boundary, postcode_answer, status


def riding(code, province, name=None, order=RepresentationOrder.RO_2023):
    return Riding.objects.create(
        code=code,
        name_en=name or f"Riding {code}",
        name_fr=name or f"Circonscription {code}",
        province=province,
        representation_order=order,
    )


@pytest.fixture
def ridings(db):
    """A few 2023 ridings, and a 2013 one that shares a code with a 2023 one."""
    return {
        "35108": riding("35108", "ON", "University—Rosedale"),
        "35109": riding("35109", "ON", "Toronto Centre"),
        "35075": riding("35075", "ON", "Ottawa Centre"),
        "35076": riding("35076", "ON", "Ottawa South"),
        "24017": riding("24017", "QC", "Laurier—Sainte-Marie"),
        "60001": riding("60001", "YT", "Yukon"),
        "61001": riding("61001", "NT", "Northwest Territories"),
        "62001": riding("62001", "NU", "Nunavut"),
        "legacy-35108": riding("35108", "ON", "Old riding", order=RepresentationOrder.RO_2013),
    }


def table(postal_code, *ridings_and_weights):
    for item in ridings_and_weights:
        found, weight = item if isinstance(item, tuple) else (item, None)
        PostalCodeRiding.objects.create(postal_code=postal_code, riding=found, weight=weight)


def test_table_full_code_first(ridings, server):
    table("M5S 2T9", ridings["35108"])
    table("M5S", ridings["35108"], ridings["35109"])
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35109")])
    resolution = resolve_riding("M5S 2T9")
    assert resolution.riding == ridings["35108"]
    assert resolution.source == "table"
    assert server.requests == []  # the table answered: Represent is not asked


def test_table_fsa_when_the_full_code_is_missing(ridings, server):
    table("M5S", ridings["35109"])
    resolution = resolve_riding("M5S 2T9")
    assert (resolution.riding, resolution.source) == (ridings["35109"], "table")
    assert server.requests == []


def test_table_fsa_with_several_ridings_asks_the_signer(ridings, server):
    table("M5S", (ridings["35108"], 0.3), (ridings["35109"], 0.7))
    resolution = resolve_riding("M5S 2T9")
    assert resolution.riding is None
    assert resolution.candidates == [ridings["35109"], ridings["35108"]]  # heaviest first
    assert resolution.source == "table"
    assert server.requests == []


def test_table_rows_without_weight_come_after_weighted_ones(ridings):
    table("M5S", ridings["35108"], (ridings["35109"], 0.2))
    assert resolve_riding("M5S 2T9").candidates == [ridings["35109"], ridings["35108"]]


def test_table_ignores_legacy_ridings(ridings, server):
    # Only a 2013 riding in the table: the code goes on to Represent.
    table("M5S 2T9", ridings["legacy-35108"])
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    resolution = resolve_riding("M5S 2T9")
    assert (resolution.riding, resolution.source) == (ridings["35108"], "represent")


def test_represent_single_riding(ridings, server):
    server.answers["H2X1Y4"] = postcode_answer(
        "H2X1Y4", centroid=[boundary("24017")], province="QC", city="Montréal"
    )
    resolution = resolve_riding("H2X 1Y4")
    assert (resolution.riding, resolution.source) == (ridings["24017"], "represent")
    assert resolution.riding.representation_order == RepresentationOrder.RO_2023


def test_represent_two_ridings_asks_the_signer(ridings, server):
    server.answers["K1A0A6"] = postcode_answer(
        "K1A0A6", concordance=[boundary("35075"), boundary("35076")]
    )
    resolution = resolve_riding("K1A 0A6")
    assert resolution.riding is None
    assert resolution.candidates == [ridings["35075"], ridings["35076"]]
    assert resolution.source == "represent"


def test_represent_codes_not_imported_fall_back_to_the_province(ridings, server):
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35999")])
    resolution = resolve_riding("M5S 2T9")
    assert resolution.riding is None
    assert resolution.source == "province"
    assert {r.code for r in resolution.candidates} == {"35108", "35109", "35075", "35076"}


@pytest.mark.parametrize("broken", ["unknown", "503", "disabled"])
def test_without_represent_the_signer_picks_among_the_province(ridings, server, settings, broken):
    if broken == "503":
        server.answers["M5S2T9"] = status(503)
    elif broken == "disabled":
        settings.REPRESENT_API_URL = ""
    resolution = resolve_riding("M5S 2T9")
    assert resolution.riding is None
    assert resolution.source == "province"
    # Ontario's 2023 ridings by English name, no legacy riding, no guess.
    assert [r.code for r in resolution.candidates] == ["35075", "35076", "35109", "35108"]


def test_province_with_one_riding_needs_no_choice(ridings, settings):
    settings.REPRESENT_API_URL = ""
    resolution = resolve_riding("Y1A 1A1")
    assert (resolution.riding, resolution.source) == (ridings["60001"], "province")


def test_x_codes_offer_both_territories(ridings, settings):
    settings.REPRESENT_API_URL = ""
    resolution = resolve_riding("X0A 0H0")
    assert resolution.riding is None
    assert {r.code for r in resolution.candidates} == {"61001", "62001"}


# --- The backfill task ------------------------------------------------------------------------


@pytest.fixture
def petition(home_page):
    index = home_page.add_child(instance=PetitionIndexPage(title="Petitions", slug="petitions"))
    return index.add_child(
        instance=PetitionPage(
            title="Status for all",
            slug="status-for-all",
            summary="Permanent status for all migrant workers.",
            request="We ask the House of Commons to grant permanent status to all.",
        )
    )


def sign(petition, postal_code, riding=None, invalidated=False):
    n = Signature.objects.count()
    return Signature.objects.create(
        petition=petition,
        full_name=f"Signer {n}",
        email=f"signer{n}@example.org",
        postal_code=postal_code,
        province="ON",
        riding=riding,
        confirmed_at=timezone.now(),
        invalidated_at=timezone.now() if invalidated else None,
    )


def test_backfill_assigns_single_riding_codes_only(ridings, server, petition):
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    server.answers["K1A0A6"] = postcode_answer(
        "K1A0A6", concordance=[boundary("35075"), boundary("35076")]
    )
    single = [sign(petition, "M5S 2T9") for _ in range(3)]
    ambiguous = sign(petition, "K1A 0A6")
    unknown = sign(petition, "X0A 0H0")
    chosen = sign(petition, "M5S 2T9", riding=ridings["35109"])  # the signer chose
    invalid = sign(petition, "H2X 1Y4", invalidated=True)
    no_code = sign(petition, "")

    assert backfill_ridings.enqueue().return_value == 3

    for signature in single:
        signature.refresh_from_db()
        assert signature.riding == ridings["35108"]
    for signature in (ambiguous, unknown, invalid, no_code):
        signature.refresh_from_db()
        assert signature.riding is None
    chosen.refresh_from_db()
    assert chosen.riding == ridings["35109"]
    # One request per distinct code: none for assigned, invalidated or empty codes.
    assert sorted(server.codes_requested()) == ["K1A0A6", "M5S2T9", "X0A0H0"]


def test_backfill_stops_at_the_rate_limit(ridings, server, settings, petition, same_minute):
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 2
    codes = ["M5S 2T1", "M5S 2T2", "M5S 2T3", "M5S 2T4"]
    for code in codes:
        compact = code.replace(" ", "")
        server.answers[compact] = postcode_answer(compact, centroid=[boundary("35108")])
        sign(petition, code)
    assert backfill_ridings.call() == 2
    assert len(server.requests) == 2
    assert Signature.objects.filter(riding__isnull=True).count() == 2
    # Within the same minute, a second run makes no request at all.
    assert backfill_ridings.call() == 0
    assert len(server.requests) == 2


def test_backfill_is_not_held_back_by_ambiguous_codes(ridings, server, petition):
    """Codes that stay unassigned must not fill every batch.

    Such codes (several ridings, unknown) have their answers cached, so the next run moves on to
    the codes after them.
    """
    for code in ("K1A0A1", "K1A0A2", "K1A0A3"):
        server.answers[code] = postcode_answer(
            code, concordance=[boundary("35075"), boundary("35076")]
        )
        sign(petition, f"{code[:3]} {code[3:]}")
    server.answers["K1A0A4"] = postcode_answer("K1A0A4", centroid=[boundary("35075")])
    last = sign(petition, "K1A 0A4")

    assert backfill_ridings.call(limit=2) == 0
    assert backfill_ridings.call(limit=2) == 1
    last.refresh_from_db()
    assert last.riding == ridings["35075"]
    assert sorted(server.codes_requested()) == ["K1A0A1", "K1A0A2", "K1A0A3", "K1A0A4"]


def test_backfill_batch_counts_distinct_codes(ridings, server, petition):
    """Many signatures with one code are one lookup, not `limit` of them."""
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    server.answers["M5S2T8"] = postcode_answer("M5S2T8", centroid=[boundary("35109")])
    sign(petition, "M5S 2T8")
    for _ in range(5):
        sign(petition, "M5S 2T9")  # the newest five
    assert backfill_ridings.call(limit=2) == 6
    assert sorted(server.codes_requested()) == ["M5S2T8", "M5S2T9"]


def test_backfill_does_nothing_when_represent_is_disabled(ridings, server, settings, petition):
    settings.REPRESENT_API_URL = ""
    sign(petition, "M5S 2T9")
    assert backfill_ridings.call() == 0
    assert server.requests == []


def test_signer_the_api_could_not_place_gets_a_backfill_later(
    ridings, server, settings, petition, django_capture_on_commit_callbacks
):
    """A signer Represent cannot place picks a riding, and a backfill follows.

    Represent is on but unable to answer (here: 503): the signer picks among the province's
    ridings (on the confirm page), and one backfill task is queued for after the rate-limit
    window, however many signers are waiting.
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    server.answers["M5S2T9"] = status(503)
    data = {"full_name": "Ana Reyes", "postal_code": "M5S 2T9"}

    with django_capture_on_commit_callbacks(execute=True):
        first = sign_petition(petition, {**data, "email": "ana@example.org"}, language="en")
        sign_petition(petition, {**data, "email": "luis@example.org"}, language="en")

    assert first.signature.riding is None
    assert flow.riding_candidates(first.signature)  # asked behind the emailed link
    backfills = [
        result
        for result in default_task_backend.results
        if result.task.name == backfill_ridings.name
    ]
    assert len(backfills) == 1
    assert backfills[0].task.run_after > timezone.now()
