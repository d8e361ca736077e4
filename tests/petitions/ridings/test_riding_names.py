"""Riding names as people write them (petitions/ridings/names.py).

Normalization that folds typography and keeps different words apart, checked against the known
variants of the shared data files, and matching a name to a riding, narrowed by province when it is
ambiguous.
"""

import csv

import pytest

from petitions.models import RepresentationOrder
from petitions.ridings.names import match_riding, normalize_riding_name
from tests.factories import RidingFactory
from tests.factories.petitions import data_file


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
