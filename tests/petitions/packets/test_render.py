"""The riding packet PDF and its CSV.

Rendered without a database and read back with pypdf (and poppler's pdftotext where the check needs
/ActualText).
"""

import csv
import datetime
import gc
import hashlib
import io
import re
import tempfile
import weakref

import pytest
from django.utils import translation
from django.utils.translation import gettext

from petitions.packets import fonts, layout
from petitions.packets.csvfile import BOM, read_signers_csv, write_signers_csv
from petitions.packets.records import NamedSigner, Recipient
from petitions.packets.render import render_packet
from petitions.packets.signer_table import COLUMN_WIDTHS, column_labels
from petitions.packets.synthetic import sample_content, synthetic_signers
from spreadsheets.formulas import unescape_formula
from tests.support.pdfs import drawn_pieces, page_texts, poppler_text, reader, squeezed

GURMUKHI_NAME = "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਢਿੱਲੋਂ"
# How pypdf reads it once shaped: in drawing order (the vowel sign ਿ before its consonant),
# the conjunct ਪ੍ਰ and ਲੋਂ as glyphs of their own (private-use code points). pypdf ignores
# /ActualText; poppler reads GURMUKHI_NAME back.
GURMUKHI_AS_DRAWN = "ਗੁਰਪ□ੀਤ ਿਸੰਘ ਿਢੱਲ□"


def pypdf_text(page):
    """The page's text with the private-use code points of shaped glyphs as □.

    Which code point a glyph gets depends on what the process shaped before.
    """
    return re.sub("[\ue000-\uf8ff]", "□", page.extract_text())


SIGNED = datetime.date(2026, 10, 3)


def signer(name, city="Leamington", postal_code="N8H 3V5", signed_on=SIGNED):
    return NamedSigner(name=name, city=city, postal_code=postal_code, signed_on=signed_on)


MIXED_SIGNERS = [
    signer("Françoise L'Écuyer", "Saint-Rémi", "J0L 2L0"),
    signer("María José Nuñez-Ibáñez", "Kingsville", "N9Y"),
    signer("Ma. Lourdes dela Cruz", "Abbotsford", "V2S 1A1"),
    signer(GURMUKHI_NAME, "Brampton", "L6P 2R1"),
    signer("<b>Bold</b> & Sons", "Leamington", "N8H 3V5"),
]


def render(content, signers, list_sha256="ab" * 32):
    out = io.BytesIO()
    pages = render_packet(content, signers, list_sha256, out)
    return out.getvalue(), pages


def with_csv(content, signers):
    """The CSV and the PDF rendered as the packet job does: CSV first, its digest in the PDF."""
    csv_out = io.BytesIO()
    digest = write_signers_csv(signers, csv_out, content.language)
    pdf, pages = render(content, read_signers_csv(csv_out.getvalue()), digest)
    return csv_out.getvalue(), digest, pdf, pages


def fr(message):
    """The French translation, white space as squeezed() leaves it in extracted text.

    French puts a no-break space before a colon.
    """
    with translation.override("fr"):
        return squeezed(gettext(message))


def test_letter_names_the_mp_and_gives_the_counts():
    content = sample_content(named_count=5, signature_count=1234)
    pdf, _pages = render(content, MIXED_SIGNERS)
    letter = squeezed(page_texts(pdf)[0])
    assert "Jennifer O'Connell" in letter
    assert "Dear Jennifer O'Connell," in letter
    assert "Permanent status on arrival for migrant farm workers" in letter
    assert "grant permanent residence on arrival" in letter  # the request
    assert "Migrant Workers Coalition" in letter
    assert "Confirmed signatures from Ajax 1,234" in letter
    assert "Signers who agreed to share their name with you 5" in letter
    assert "Signers counted without their name, at their request 1,229" in letter
    # No named signer is in the letter itself.
    assert not any(person.name in letter for person in MIXED_SIGNERS)


def test_the_table_lists_the_given_signers_and_nothing_else():
    content = sample_content(named_count=len(MIXED_SIGNERS), signature_count=40)
    pdf, pages = render(content, MIXED_SIGNERS)
    assert pages == 2
    table_lines = [line.strip() for line in pypdf_text(reader(pdf).pages[1]).splitlines()]
    allowed = {
        *column_labels(("en",)),
        "Constituents of Ajax who agreed to share their name with their MP",
        content.title("en"),
        "Packet P1-35001-20261121T184500",
        f"SHA-256 of the signature list (CSV file): {'ab' * 32}",
        "Page 2 of",
        "2",  # the page total (a form XObject) and row 2
    }
    for number, person in enumerate(MIXED_SIGNERS, start=1):
        place = f"{person.city} {person.postal_code} {person.signed_on.isoformat()}"
        if person.name == GURMUKHI_NAME:  # a shaped Paragraph, then the rest of the row
            allowed.add(place)
        else:  # one line a row
            allowed.add(f"{number} {person.name} {place}")
    unexpected = set(table_lines) - allowed - {""}
    assert unexpected == {f"4 {GURMUKHI_AS_DRAWN}"}
    assert "5 <b>Bold</b> & Sons Leamington N8H 3V5 2026-10-03" in table_lines  # literal


def test_every_page_has_page_x_of_y_the_packet_id_and_the_checksum():
    content = sample_content(named_count=300)
    digest = hashlib.sha256(b"a list").hexdigest()
    pdf, pages = render(content, synthetic_signers(300), digest)
    texts = page_texts(pdf)
    assert pages == len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in squeezed(text)
        assert "Packet P1-35001-20261121T184500" in text
        assert f"SHA-256 of the signature list (CSV file): {digest}" in text
    # Readers that place text by position (poppler here) read the total in its place.
    assert f"Page 3 of {pages}\n" in poppler_text(pdf, 3, 3)


def test_the_column_header_is_repeated_on_each_table_page():
    content = sample_content(named_count=300)
    pdf, pages = render(content, synthetic_signers(300))
    header = " ".join(column_labels(("en",)))
    table_pages = [squeezed(text) for text in page_texts(pdf)[1:]]
    assert len(table_pages) == pages - 1 >= 3
    for text in table_pages:
        assert "Constituents of Ajax who agreed to share their name with their MP" in text
        assert header in text
    assert all(f" {number} " in " ".join(table_pages) for number in (1, 150, 300))


def test_a_gurmukhi_name_is_drawn_shaped_in_the_gurmukhi_font():
    content = sample_content(named_count=len(MIXED_SIGNERS))
    pdf, _pages = render(content, MIXED_SIGNERS)
    page = reader(pdf).pages[1]
    fonts = {font for _text, font, _x, _y in drawn_pieces(page)}
    assert any(font.endswith("+NotoSansGurmukhi-Regular") for font in fonts)
    for text, font, _x, _y in drawn_pieces(page):
        if re.search("[\u0a00-\u0a7f]", text):
            assert font.endswith("+NotoSansGurmukhi-Regular"), (text, font)
        elif re.search("[A-Za-z]", text):
            assert font.split("+")[-1] in {"NotoSans-Regular", "NotoSans-Bold"}, (text, font)
    # Shaped: the vowel sign ਿ is drawn before its consonant (ਸਿ as ਿਸ), the conjunct ਪ੍ਰ
    # is one glyph. Unshaped text would read back in logical order.
    assert GURMUKHI_AS_DRAWN in pypdf_text(page)
    assert GURMUKHI_NAME not in page.extract_text()
    # ...and /ActualText gives copy and search the name in reading order.
    assert GURMUKHI_NAME in poppler_text(pdf, 2, 2).splitlines()


def test_long_names_wrap_inside_their_cell():
    long_name = "María Guadalupe Fernández de la Santísima Trinidad Hernández-Villalobos " * 2
    content = sample_content(named_count=2)
    pdf, _pages = render(content, [signer(long_name.strip()), signer("Ana Santos")])
    name_left = layout.MARGIN + COLUMN_WIDTHS[0]
    name_right = name_left + COLUMN_WIDTHS[1]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows = [
        (text, x, y)
        for text, _font, x, y in drawn_pieces(reader(pdf).pages[1])
        if any(word in text for word in ("Guadalupe", "Trinidad", "Santísima", "Hernández"))
    ]
    assert len({y for _text, _x, y in rows}) >= 3  # three lines or more
    for text, x, _y in rows:
        assert name_left <= x
        assert x + stringWidth(text.strip(), "NotoSans", 9) <= name_right


def test_the_csv_has_the_rows_of_the_pdf_and_its_digest_is_printed():
    signers = [*MIXED_SIGNERS, signer('=HYPERLINK("http://x")', "-Kingsville", "+N9Y")]
    content = sample_content(named_count=len(signers))
    data, digest, pdf, _pages = with_csv(content, signers)
    assert data.startswith(BOM)
    assert digest == hashlib.sha256(data).hexdigest()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["No.", "Name", "City", "Postal code", "Date signed"]
    assert [row[0] for row in rows[1:]] == [str(n) for n in range(1, len(signers) + 1)]
    assert rows[1] == ["1", "Françoise L'Écuyer", "Saint-Rémi", "J0L 2L0", "2026-10-03"]
    assert rows[-1][1:4] == ['\'=HYPERLINK("http://x")', "'-Kingsville", "'+N9Y"]
    lines = [line.strip() for line in pypdf_text(reader(pdf).pages[1]).splitlines()]
    table = lines[lines.index("Date signed") + 1 :]
    for csv_row in rows[1:]:
        number, name, *place = map(unescape_formula, csv_row)
        if name == GURMUKHI_NAME:  # pypdf reads shaped text in drawing order
            assert table[:2] == [f"{number} {GURMUKHI_AS_DRAWN}", " ".join(place)]
            table = table[2:]
        else:
            assert table.pop(0) == " ".join([number, name, *place])
    assert table == []
    assert GURMUKHI_NAME in poppler_text(pdf, 2, 2)
    for text in page_texts(pdf):
        assert f"SHA-256 of the signature list (CSV file): {digest}" in text


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=already", "''@x"],
)
def test_csv_cells_that_start_a_formula_are_text(value):
    out = io.BytesIO()
    write_signers_csv([signer(value, city=value, postal_code=value)], out, "en")
    row = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline="")))[1]
    assert row[1:4] == ["'" + value] * 3
    assert [s.name for s in read_signers_csv(out.getvalue())] == [value]


def test_csv_leaves_ordinary_values_alone():
    out = io.BytesIO()
    write_signers_csv([signer("Jean-Luc O'Neil", "Saint-Rémi", "J0L")], out, "fr")
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline="")))
    with translation.override("fr"):
        assert rows[0][1] == gettext("Name")
    assert rows[1] == ["1", "Jean-Luc O'Neil", "Saint-Rémi", "J0L", "2026-10-03"]


def test_french_letter():
    content = sample_content(named_count=1, signature_count=3, languages=("fr",))
    pdf, _pages = render(content, [signer("Ana Santos")])
    letter = squeezed(page_texts(pdf)[0])
    assert "21 novembre 2026" in letter
    assert content.title("fr") in letter
    assert "résidence permanente dès l'arrivée" in letter
    assert "Chambre des communes Ottawa (Ontario) K1A 0A6" in letter
    assert fr("The petition asks:") in letter
    assert fr("Sincerely,") in letter
    assert content.title("en") not in letter
    assert "House of Commons Ottawa, Ontario" not in letter
    assert f"{fr('Page %(page)s of %(total)s') % {'page': 1, 'total': 2}}" in letter


def test_bilingual_letter_has_both_languages():
    content = sample_content(named_count=1, languages=("fr", "en"))
    pdf, pages = render(content, [signer("Ana Santos")])
    texts = [squeezed(text) for text in page_texts(pdf)]
    assert pages == 3
    assert content.title("fr") in texts[0]
    assert "Chambre des communes Ottawa (Ontario) K1A 0A6" in texts[0]
    assert content.title("en") in texts[1]
    assert "House of Commons Ottawa, Ontario K1A 0A6" in texts[1]
    assert "Dear Jennifer O'Connell," in texts[1]
    assert " ".join(column_labels(("fr", "en"))) in texts[2]
    assert column_labels(("fr", "en"))[1] == f"{fr('Name')} / Name" == "Nom / Name"


def test_vacant_seat_is_addressed_to_the_member_for_the_riding_at_the_house():
    content = sample_content(named_count=1, recipient=False)
    letter = squeezed(page_texts(render(content, [signer("Ana Santos")])[0])[0])
    assert "The Member of Parliament for Ajax House of Commons Ottawa, Ontario K1A 0A6" in letter
    assert "Dear Member of Parliament," in letter


def test_office_address_when_known_else_the_house_of_commons():
    base = sample_content(named_count=1)
    from dataclasses import replace

    with_office = replace(
        base,
        recipient=Recipient(
            "Jennifer O'Connell", office_address="1 Rossland Rd W\nAjax ON L1Z 1Z2"
        ),
    )
    letter = squeezed(page_texts(render(with_office, [signer("Ana Santos")])[0])[0])
    assert "Member of Parliament for Ajax 1 Rossland Rd W Ajax ON L1Z 1Z2" in letter
    assert "House of Commons" in letter  # the dossier notice mentions it...
    assert "K1A 0A6" not in letter  # ...but the letter goes to the office
    without_office = squeezed(page_texts(render(base, [signer("Ana Santos")])[0])[0])
    assert (
        "Member of Parliament for Ajax House of Commons Ottawa, Ontario K1A 0A6" in without_office
    )


def test_count_only_signers_are_counted_not_named():
    content = sample_content(named_count=0, signature_count=12)
    pdf, pages = render(content, [])
    assert pages == 1
    letter = squeezed(page_texts(pdf)[0])
    assert "Signers counted without their name, at their request 12" in letter
    assert "None of these signers chose to share their name" in letter


def test_signers_are_read_lazily_not_all_at_once():
    alive = []

    def tracked(count):
        for person in synthetic_signers(count):
            alive.append(weakref.ref(person))
            yield person
            if len(alive) % 100 == 0:
                gc.collect()
                tracked.most_alive = max(
                    tracked.most_alive, sum(1 for ref in alive if ref() is not None)
                )

    tracked.most_alive = 0
    render(sample_content(named_count=1500), tracked(1500))
    assert len(alive) == 1500
    assert tracked.most_alive < 150  # a page of rows or so, never the whole list


def test_each_word_is_drawn_with_a_font_that_has_its_script():
    assert fonts.script_runs("Re: “ਹਰਜੀਤ ਕੌਰ”, 2 Co") == [
        (None, "Re: "),
        ("NotoSansGurmukhi", "“ਹਰਜੀਤ ਕੌਰ”, "),  # punctuation touching the words goes along
        (None, "2 Co"),
    ]
    # NotoSansGurmukhi has no "&": it stays in Noto Sans.
    assert fonts.script_runs("ਸਿੰਘ&") == [("NotoSansGurmukhi", "ਸਿੰਘ"), (None, " &")]
    # ReportLab shapes a word with one font: a word of two scripts is cut in two.
    assert fonts.script_runs("Singh(ਸਿੰਘ)") == [
        (None, "Singh("),
        ("NotoSansGurmukhi", " ਸਿੰਘ)"),
    ]
    assert fonts.script_runs("José Nuñez") == [(None, "José Nuñez")]
    assert fonts.markup("<ਸਿੰਘ> & <b>Co</b>") == (
        '<font name="NotoSansGurmukhi-Regular">&lt;ਸਿੰਘ&gt; </font>&amp; &lt;b&gt;Co&lt;/b&gt;',
        True,
    )


def test_a_gurmukhi_title_in_the_letter_is_drawn_in_the_gurmukhi_font():
    from dataclasses import replace

    content = replace(
        sample_content(named_count=0, signature_count=3),
        petition_titles={"pa": "ਪਰਵਾਸੀ ਕਾਮਿਆਂ ਲਈ ਪੱਕਾ ਦਰਜਾ"},
    )
    pdf, _pages = render(content, [])
    pieces = drawn_pieces(reader(pdf).pages[0])
    gurmukhi = [
        (text, font) for text, font, _x, _y in pieces if re.search("[\u0a00-\u0a7f]", text)
    ]
    assert len(gurmukhi) >= 2  # the subject line and the heading
    for text, font in gurmukhi:
        assert re.search(r"\+NotoSansGurmukhi-(Regular|Bold)$", font), (text, font)
    assert "ਪਰਵਾਸੀ ਕਾਮਿਆਂ ਲਈ ਪੱਕਾ ਦਰਜਾ" in poppler_text(pdf, 1, 1)


def test_the_pdf_can_be_rendered_from_a_spooled_csv_file_which_stays_open():
    with tempfile.SpooledTemporaryFile(max_size=1024) as csv_file:
        digest = write_signers_csv(synthetic_signers(100), csv_file, "en")
        csv_file.seek(0)
        pdf, pages = render(sample_content(named_count=100), read_signers_csv(csv_file), digest)
        assert not csv_file.closed
        csv_file.seek(0)
        assert hashlib.sha256(csv_file.read()).hexdigest() == digest
    assert pages == 4
    last = list(synthetic_signers(100))[-1]
    text = poppler_text(pdf, pages, pages)
    assert last.name in text.splitlines()  # a Gurmukhi name: poppler reads /ActualText
    assert "\n100\n" in text
