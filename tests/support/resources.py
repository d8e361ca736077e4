"""Running import-export resources as the admin does, and reading their results.

The admin's Import button calls import_data with a dry run, then for real, in a transaction.
"""

from pathlib import Path

import tablib


def load(path_or_text):
    """A dataset of a CSV file (read with or without its byte-order mark) or text."""
    text = path_or_text
    if isinstance(path_or_text, Path):
        text = path_or_text.read_text(encoding="utf-8-sig")
    return tablib.Dataset().load(text, format="csv")


def dataset(header, rows):
    data = tablib.Dataset(headers=header)
    for row in rows:
        data.append(row)
    return data


def run_import(resource_class, data, dry_run=False, **options):
    """import_data as the admin's Import button calls it.

    No rollback_on_validation_errors: the resources must be atomic on their own.
    """
    return resource_class().import_data(
        data,
        dry_run=dry_run,
        raise_errors=False,
        use_transactions=True,
        collect_failed_rows=True,
        **options,
    )


def totals(result):
    """{kind: count} of the rows of a result, without the kinds of no row."""
    return {kind: count for kind, count in result.totals.items() if count}


def row_errors(result):
    """{data row number: {column: [messages]}} of the invalid rows."""
    return {row.number: row.error_dict for row in result.invalid_rows}
