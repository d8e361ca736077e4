"""What an import does with the columns it does not recognise, said in its preview.

A column no resource field reads is ignored: today's rows would silently lose it (a date column
headed "Signed on" would leave every row dated today). The preview names each ignored column
and, when one of the resource's absent columns is its likely meaning, offers it: a close
spelling of the name ("postcode" for postal_code), or a column whose cells are dates for the
resource's date column (`date_columns`, e.g. date_signed).
"""

import contextlib
import difflib
import re

from spreadsheets.resources import cell_date

# How many cells of a column are looked at to tell whether it holds dates.
SAMPLE_ROWS = 50
# Share of the non-empty sampled cells that must be dates.
DATE_SHARE = 0.8
NAME_CUTOFF = 0.75


def column_key(name):
    """How headers are compared: "Postal code", "postal_code" and "POSTAL-CODE" are one."""
    return re.sub(r"[^0-9a-z]+", "_", str(name).casefold()).strip("_")


def looks_like_dates(values):
    """Whether most of the non-empty values are dates (ISO text or spreadsheet dates)."""
    cells = [value for value in values if value not in (None, "")][:SAMPLE_ROWS]
    if not cells:
        return False
    dates = 0
    for value in cells:
        with contextlib.suppress(ValueError, TypeError):
            dates += cell_date(value) is not None
    return dates / len(cells) >= DATE_SHARE


def ignored_columns(dataset, known_columns, date_columns=()):
    """[{"column": header, "suggestion": a known column or ""}] for the headers no field reads.

    `dataset`: the tablib Dataset with its headers already renamed to the resource's columns;
    `known_columns`: every column the resource reads.
    """
    headers = list(dataset.headers or [])
    absent = [column for column in known_columns if column not in headers]
    found = []
    for index, header in enumerate(headers):
        if header in known_columns:
            continue
        suggestion = ""
        close = difflib.get_close_matches(
            column_key(header), [column_key(c) for c in absent], n=1, cutoff=NAME_CUTOFF
        )
        if close:
            suggestion = next(c for c in absent if column_key(c) == close[0])
        else:
            free_dates = [c for c in date_columns if c in absent]
            if free_dates:
                values = [row[index] for row in dataset._data[:SAMPLE_ROWS]]
                if looks_like_dates(values):
                    suggestion = free_dates[0]
        if suggestion:
            absent.remove(suggestion)
        found.append({"column": header, "suggestion": suggestion})
    return found
