"""The petition summary PDF and the blank House of Commons paper petition sheets.

Rendered without a database and read back with pypdf.
"""

import datetime
import io
import re

import pytest

from petitions.packets.records import SummaryRow
from petitions.packets.sheets import MIN_LINES, WORDING, render_blank_sheets
from petitions.packets.summary import render_summary
from tests.support.pdfs import page_texts, reader, squeezed

GENERATED = datetime.datetime(2026, 11, 21, 18, 45, tzinfo=datetime.UTC)
REQUEST = (
    "We call upon the Government of Canada to grant permanent residence on arrival to "
    "migrant farm workers & to end closed work permits."
)


def summary_rows():
    return [
        SummaryRow("35001", "Ajax", "ON", 1200, 300, datetime.date(2026, 11, 3)),
        SummaryRow("35002", "Algonquin—Renfrew—Pembroke", "ON", 34, 5, None),
        SummaryRow("24001", "Abitibi—Baie-James—Nunavik—Eeyou", "QC", 45, 2, None),
        SummaryRow("59001", "Abbotsford—South Langley", "BC", 0, 0, None),
    ]


def render_summary_text(rows, **kwargs):
    out = io.BytesIO()
    pages = render_summary("Status & dignity", rows, out, "en", GENERATED, **kwargs)
    return out.getvalue(), pages


def test_summary_counts_per_province_and_riding():
    pdf, pages = render_summary_text(summary_rows(), unassigned_count=17)
    text = squeezed(" ".join(page_texts(pdf)))
    assert pages == 1
    assert "Status & dignity" in text
    assert "Confirmed signatures in ridings 1,279" in text
    assert "Of them, sharing their name with their MP 307" in text
    assert "Confirmed signatures not yet assigned to a riding 17" in text
    assert "Ridings with signatures 3" in text
    assert "Ridings delivered 1" in text
    assert "Ridings pending delivery 2" in text
    # Province, ridings, ridings with signatures, signatures, named, ridings delivered.
    assert "Ontario 2 2 1,234 305 1" in text
    assert "Quebec 1 1 45 2 0" in text
    assert "British Columbia 1 0 0 0 0" in text
    assert "Total 4 3 1,279 307 1" in text
    # Code, riding, province, signatures, named, delivery.
    assert "35001 Ajax ON 1,200 300 Delivered 2026-11-03" in text
    assert "35002 Algonquin—Renfrew—Pembroke ON 34 5 Pending" in text
    assert "24001 Abitibi—Baie-James—Nunavik—Eeyou QC 45 2 Pending" in text
    assert "59001 Abbotsford—South Langley BC 0 0 —" in text


def test_summary_pages_are_numbered_and_the_riding_header_repeats():
    rows = [
        SummaryRow(f"35{number:03d}", f"Riding {number}", "ON", number, 0, None)
        for number in range(1, 201)
    ]
    pdf, pages = render_summary_text(rows)
    texts = [squeezed(text) for text in page_texts(pdf)]
    assert pages == len(texts) > 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
    for text in texts[1:]:
        assert "Code Riding Province Signatures Named Delivery" in text
    assert "35200 Riding 200 ON 200 0 Pending" in texts[-1]


def render_sheets(language, request=REQUEST, sheets=1):
    out = io.BytesIO()
    pages = render_blank_sheets("Permanent status", request, out, language, sheets=sheets)
    return out.getvalue(), pages


def horizontal_rules(page):
    """The y of each full-width horizontal line of the signature table on `page`."""
    operations = page.get_contents().operations
    rules = set()
    last_move = None
    for operands, operator in operations:
        if operator == b"m":
            last_move = tuple(float(value) for value in operands)
        elif operator == b"l" and last_move:
            x, y = (float(value) for value in operands)
            if abs(y - last_move[1]) < 0.01 and abs(x - last_move[0]) > 100:
                rules.add(round(y, 2))
    return rules


@pytest.mark.parametrize("language", ["en", "fr"])
def test_blank_sheets_follow_the_house_of_commons_format(language):
    pdf, pages = render_sheets(language, sheets=3)
    wording = WORDING[language]
    assert pages == 3
    document = reader(pdf)
    assert len(document.pages) == 3
    for page in document.pages:
        text = squeezed(page.extract_text())
        assert wording["heading"] in text
        assert wording["preamble"] in text
        assert REQUEST in text  # the request on every sheet, printed literally
        for name, _note in wording["columns"]:
            assert name in text
        # A header rule, then one rule under each line for a signature: at least 25.
        assert len(horizontal_rules(page)) >= MIN_LINES + 2
        resources = page["/Resources"]
        assert "/XObject" not in resources  # no logo, no picture
    assert (WORDING["fr" if language == "en" else "en"]["heading"]) not in squeezed(
        " ".join(page_texts(pdf))
    )


def test_a_long_request_still_leaves_25_lines_on_one_page():
    request = " ".join(["migrant farm workers deserve permanent status"] * 42)  # 252 words
    pdf, pages = render_sheets("en", request=request)
    assert pages == 1
    page = reader(pdf).pages[0]
    assert len(horizontal_rules(page)) >= MIN_LINES + 2
    assert squeezed(request) in squeezed(page.extract_text())
    assert len(reader(pdf).pages) == 1


def test_sheets_are_in_french_for_french():
    pdf, _pages = render_sheets("fr")
    text = squeezed(page_texts(pdf)[0])
    assert "PÉTITION À LA CHAMBRE DES COMMUNES" in text
    assert "Nous, soussignés, résidents du Canada" in text
    assert re.search(r"Nom .*Adresse .*Signature", text)


@pytest.mark.parametrize(
    ("language", "request_text", "opening"),
    [
        (
            "en",
            "We, the undersigned residents of Canada, call upon the House of Commons to "
            "replace employer-specific work permits with open work permits.",
            "undersigned",
        ),
        (
            "fr",
            "Nous, soussignés, résidents du Canada, demandons à la Chambre des communes "
            "d’accorder des permis de travail ouverts.",
            "soussignés",
        ),
    ],
)
def test_a_request_in_the_houses_own_form_is_not_preceded_by_the_preamble_again(
    language, request_text, opening
):
    pdf, _pages = render_sheets(language, request=request_text)
    text = squeezed(reader(pdf).pages[0].extract_text())

    assert text.count(opening) == 1
    assert WORDING[language]["preamble"] not in text
    assert squeezed(request_text) in text
