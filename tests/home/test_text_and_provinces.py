"""The site's one text folding, one province reading and one postal code compaction.

They are home/text.py, home/provinces.py and petitions/signing/cleaning.py, tested as each user of
them relies on them. No database.
"""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from home.provinces import clean_province, province_code, province_name
from home.text import comparison_key, strip_accents
from petitions.packets.storage import file_name_part
from petitions.resources.signature_cells import key
from petitions.ridings.postal_codes import compact_postal_code
from petitions.ridings.provinces import provinces_for_postal_code, riding_code_problem


def test_strip_accents_keeps_case_and_folds_ligatures():
    assert strip_accents("Île-des-Sœurs, Æsop, Straße") == "Ile-des-Soeurs, AEsop, Strasse"
    assert strip_accents(None) == ""


@pytest.mark.parametrize(
    "spellings",
    [
        ["Acadie—Annapolis", "Acadie--Annapolis", "Acadie - Annapolis", "acadie annapolis"],
        ["d’Entremont", "D'Entremont", "d\u2018entremont"],
        ["Généreux", "GENEREUX", "Ge\u0301ne\u0301reux", "Gé\u200bnéreux"],
        ["Sœur", "SOEUR", "soeur"],
    ],
)
def test_comparison_key_folds_typography(spellings):
    assert len({comparison_key(spelling) for spelling in spellings}) == 1


def test_comparison_key_keeps_different_words_apart():
    assert comparison_key("Mont-Royal") != comparison_key("Mount Royal")


def test_every_user_of_the_folding_agrees():
    # Packet file names, a signature sheet's words, and names compared in imports.
    assert file_name_part("Abitibi—Témiscamingue") == "Abitibi-Temiscamingue"
    assert file_name_part("Île-des-Sœurs") == "Ile-des-Soeurs"
    assert key("Partager avec la députée") == "partager avec la deputee"
    assert key("count_only") == key("Count-Only") == "count only"
    assert key("aujourd’hui") == "aujourd hui"


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("QC", "QC"),
        ("bc", "BC"),
        ("Québec", "QC"),
        ("quebec", "QC"),
        ("British Columbia", "BC"),
        ("Colombie-Britannique", "BC"),
        ("Île-du-Prince-Édouard", "PE"),
        ("Yukon Territory", "YT"),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_province_code_reads_codes_and_english_and_french_names(written, code):
    assert province_code(written) == code


def test_clean_province_says_what_is_not_a_province():
    assert clean_province("Nova Scotia") == "NS"
    with pytest.raises(ValidationError) as error:
        clean_province("Atlantis")
    assert error.value.messages == ["“Atlantis” is not a province or territory."]


def test_province_names_follow_the_language():
    with translation.override("en"):
        assert province_name("BC") == "British Columbia"
    with translation.override("fr"):
        assert province_name("BC") == "Colombie-Britannique"
    assert province_name("ZZ") is None
    assert province_name("", "—") == "—"


def test_postal_codes_and_riding_codes_give_provinces():
    assert provinces_for_postal_code("x0a 0h0") == ["NT", "NU"]
    assert provinces_for_postal_code("M5S 2T9") == ["ON"]
    assert provinces_for_postal_code("Z") == []
    assert riding_code_problem("35001") is None
    assert riding_code_problem("3500") is not None
    assert riding_code_problem("99001") is not None


def test_compact_postal_code():
    assert compact_postal_code(" m5s 2t9 ") == "M5S2T9"
    assert compact_postal_code("M5S-2T9") == compact_postal_code("M5S\u20112T9") == "M5S2T9"
    assert compact_postal_code(None) == ""
