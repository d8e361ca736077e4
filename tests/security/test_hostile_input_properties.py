"""Property tests (hypothesis) of what signers type and of uploaded import files.

The cleaning of what signers type (postal codes, emails, names, cities, the whole sign form) and
the reading of uploaded import files hold for any input, not only the examples the other tests
chose. Bad input must end in the documented error (a ValidationError with a message, or the
import's FileError), never in another exception.
"""

import codecs
import re
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from petitions.ridings.postal_codes import normalize_postal_code
from petitions.ridings.provinces import provinces_for_postal_code
from petitions.signing import cleaning, forms
from spreadsheets import reading

# Plain functions, no database: many examples are cheap. No deadline: the first examples also
# pay for loading translation catalogues, and the machine is shared.
many_examples = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)

# Letters Canada Post uses: never D, F, I, O, Q or U; W and Z never first.
FIRST_LETTERS = "ABCEGHJKLMNPRSTVXY"
OTHER_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
CANONICAL_POSTAL_CODE = re.compile(rf"[{FIRST_LETTERS}]\d[{OTHER_LETTERS}] \d[{OTHER_LETTERS}]\d")
SEPARATORS = st.sampled_from(["", " ", "  ", "-", "\u2010", "\u2011", "\u2013", "\t", " - "])


def assert_translated_error(error):
    assert error.messages and all(message.strip() for message in error.messages)


@st.composite
def postal_codes(draw):
    letters = [draw(st.sampled_from(FIRST_LETTERS))]
    letters += [draw(st.sampled_from(OTHER_LETTERS)) for _ in range(2)]
    digits = [str(draw(st.integers(0, 9))) for _ in range(3)]
    return f"{letters[0]}{digits[0]}{letters[1]} {digits[1]}{letters[2]}{digits[2]}"


def random_case(draw, text):
    return "".join(ch.lower() if draw(st.booleans()) else ch for ch in text)


@many_examples
@given(code=postal_codes(), data=st.data())
def test_any_written_form_of_a_postal_code_normalizes_to_it(code, data):
    outward, inward = code.split()
    written = (
        data.draw(st.sampled_from(["", " ", "\t"]))
        + random_case(data.draw, outward)
        + data.draw(SEPARATORS)
        + random_case(data.draw, inward)
        + data.draw(st.sampled_from(["", " ", "\n"]))
    )

    assert normalize_postal_code(written) == code


@many_examples
@given(st.text(max_size=20))
@example("")
@example("M5S 2T9 extra")
@example("D5S 2T9")
@example("m5s\x002t9")
def test_postal_code_normalization_gives_a_canonical_code_or_a_validation_error(value):
    try:
        normalized = normalize_postal_code(value)
    except ValidationError as error:
        assert_translated_error(error)
        return
    assert CANONICAL_POSTAL_CODE.fullmatch(normalized), normalized
    assert normalize_postal_code(normalized) == normalized
    assert provinces_for_postal_code(normalized), normalized


@many_examples
@given(
    email=st.emails(),
    padding=st.tuples(st.sampled_from(["", " ", "\t"]), st.sampled_from(["", " ", "\n"])),
    data=st.data(),
)
def test_an_email_in_any_case_and_padding_canonicalizes_to_one_address(email, padding, data):
    written = (
        padding[0]
        + "".join(ch.upper() if data.draw(st.booleans()) else ch for ch in email)
        + padding[1]
    )

    try:
        canonical = cleaning.canonical_email(written)
    except ValidationError:
        # Hypothesis's addresses follow RFC 5321; Django's validator is stricter about a few
        # (quoted local parts, some domains). Whatever is refused is refused in any case.
        with pytest.raises(ValidationError):
            cleaning.canonical_email(email.lower())
        return
    assert canonical == email.strip().lower()
    assert cleaning.canonical_email(email) == canonical


@many_examples
@given(st.text(max_size=300))
@example("  Ana@Example.ORG ")
@example("a@b")
@example("a@b.c\x00")
def test_email_canonicalization_gives_a_valid_address_or_a_validation_error(value):
    try:
        email = forms.clean_email(value)
    except ValidationError as error:
        assert_translated_error(error)
        return
    assert email == email.strip().lower()
    assert len(email) <= forms.MAX_EMAIL_LENGTH
    validate_email(email)
    assert forms.clean_email(email) == email


def nfc(text):
    return unicodedata.normalize("NFC", text)


def assert_clean_text(text, max_length, keep_joiners):
    assert text == text.strip()
    assert "  " not in text
    assert len(text) <= max_length
    for ch in text:
        category = unicodedata.category(ch)
        assert category not in {"Cc", "Zl", "Zp"}, repr(ch)
        if category == "Cf":
            assert keep_joiners and ch in "\u200c\u200d", repr(ch)
        if ch.isspace():
            assert ch == " ", repr(ch)


NAMES = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=250
) | st.sampled_from(
    [
        "ਹਰਪ੍ਰੀਤ ਕੌਰ",  # Gurmukhi
        "José\u00a0María  Ñúñez",
        "Nguyễn\u200bThị",  # zero-width space: a format character
        "a\u202eevil",  # right-to-left override
        "Line\nbreak\u2028separator",
        "\x00\x01name",
    ]
)


@many_examples
@given(NAMES)
def test_name_cleaning_leaves_printable_folded_text_or_a_validation_error(value):
    try:
        name = cleaning.clean_name(value)
    except ValidationError as error:
        assert_translated_error(error)
        return
    assert name
    assert_clean_text(name, cleaning.MAX_NAME_LENGTH, keep_joiners=True)
    assert cleaning.clean_name(name) == name


@many_examples
@given(NAMES)
def test_city_cleaning_leaves_printable_folded_text_or_a_validation_error(value):
    try:
        city = forms.clean_city(value)
    except ValidationError as error:
        assert_translated_error(error)
        return
    assert_clean_text(city, forms.MAX_CITY_LENGTH, keep_joiners=False)
    assert forms.clean_city(city) == city


# A format character between a letter and its accent must not leave them uncomposed.
@pytest.mark.parametrize("value", ["Jose\u200b\u0301", "A\u00ad\u030ansa"])
def test_cleaned_names_and_cities_are_nfc(value):
    assert cleaning.clean_name(value) == nfc(cleaning.clean_name(value))
    assert forms.clean_city(value) == nfc(forms.clean_city(value))


FORM_VALUES = st.one_of(st.text(max_size=60), postal_codes(), st.emails(), st.just(""))


@many_examples
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "full_name": FORM_VALUES,
            "email": FORM_VALUES,
            "postal_code": FORM_VALUES,
            "city": FORM_VALUES,
            "consent": st.one_of(
                st.sampled_from(["count_only", "share_name_with_mp"]), FORM_VALUES
            ),
            "updates_opt_in": FORM_VALUES,
        },
    )
)
def test_the_sign_form_validates_any_post_without_raising(data):
    form = forms.SignatureForm(data=data)

    if form.is_valid():
        cleaned = form.cleaned_data
        assert CANONICAL_POSTAL_CODE.fullmatch(cleaned["postal_code"])
        assert cleaned["email"] == cleaned["email"].lower()
        assert cleaned["consent"] in {"count_only", "share_name_with_mp"}
    else:
        for name, messages in form.errors.items():
            assert name in form.fields
            assert all(str(message).strip() for message in messages)


# Import files (spreadsheets/reading.py): any bytes give a Table or a FileError.

PREFIXES = st.sampled_from(
    [
        b"",
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
        reading.ZIP_MAGIC,
        reading.OLE_MAGIC,
        b"name,email,postal_code\r\n",
        b"\xef\xbb\xbfname;email\r\n",
    ]
)
CSV_TEXT = st.lists(
    st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=0, max_size=6
).map(lambda rows: "\r\n".join(",".join(row) for row in rows))
FILE_BYTES = st.one_of(
    st.builds(lambda prefix, tail: prefix + tail, PREFIXES, st.binary(max_size=400)),
    st.builds(
        lambda text, encoding: text.encode(encoding, errors="replace"),
        CSV_TEXT,
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
    ),
)
FILE_NAMES = st.sampled_from(["import.csv", "import.xlsx", "IMPORT.XLSX", "import.txt", ""])
FORMATS = st.sampled_from([reading.AUTO, reading.CSV, reading.XLSX])
ENCODINGS = st.sampled_from(
    [reading.AUTO, reading.UTF8, reading.UTF8_BOM, reading.WINDOWS_1252, reading.UTF16]
)


@many_examples
@given(data=FILE_BYTES, file_name=FILE_NAMES, file_format=FORMATS, encoding=ENCODINGS)
@example(data=b"a,b\r\n1,2\r\n", file_name="x.csv", file_format="auto", encoding="auto")
def test_reading_any_bytes_gives_a_table_or_a_file_error(data, file_name, file_format, encoding):
    try:
        table = reading.read(data, file_name, file_format, encoding)
    except reading.FileError as error:
        assert str(error).strip()
        return
    assert len(table.row_numbers) == len(table)
    assert all(number >= 2 for number in table.row_numbers)
    assert table.row_numbers == sorted(set(table.row_numbers))
    assert all(header == header.strip() for header in table.headers if header)


@many_examples
@given(data=FILE_BYTES, file_name=FILE_NAMES, file_format=FORMATS, encoding=ENCODINGS)
def test_inspecting_any_bytes_gives_a_summary_or_a_file_error(
    data, file_name, file_format, encoding
):
    try:
        reading.inspect(data, file_name, file_format, encoding)
    except reading.FileError as error:
        assert str(error).strip()


@many_examples
@given(data=st.binary(max_size=400), encoding=ENCODINGS)
def test_decoding_any_bytes_gives_text_or_a_file_error(data, encoding):
    try:
        text, used = reading.decode(data, encoding)
    except reading.FileError as error:
        assert str(error).strip()
        return
    assert isinstance(text, str)
    assert used in reading.ENCODING_LABELS
