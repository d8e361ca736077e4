"""Import and export in the Wagtail admin with django-import-export, for any listing.

Pieces: reading.py (an upload → a tablib Dataset, with clear errors), forms.py (the upload
form; ImportOptionsForm for per-import options), runner.py (dry run, apply, progress),
views.py (upload → preview → confirm → result; background export pages), viewsets.py
(ImportExportViewSetMixin: the Import button and URLs on a ModelViewSet or SnippetViewSet),
exports.py (formula escaping, background exports to the private bucket), tasks.py
(django-tasks jobs for files over settings.IMPORT_BACKGROUND_ROWS rows), models.py
(ImportJob, ExportJob).

The contract with the resources (petitions/resources/, press/resources.py):

- A resource is an `import_export.resources.ModelResource` subclass with two class
  attributes: `required_columns: tuple[str, ...]`, the headers a file must have, and
  `format_label`, a lazy translated name of the format ("Our MP CSV", "House of Commons
  members export"). Optional: `help_text`, shown on the upload page.
- A viewset lists resource classes in `import_resource_classes`; a file is imported with the
  first one whose required columns are all among its headers, so one Import button accepts
  several formats. Headers are matched ignoring case, spaces, hyphens and underscores and
  renamed to the resource's own column names. When none fits, the error names the missing
  columns of the first (primary) resource.
- The framework calls `resource.import_data(dataset, dry_run=True|False, raise_errors=False,
  use_transactions=True, collect_failed_rows=True, rollback_on_validation_errors=True,
  **options)`, where options are the cleaned fields of the viewset's
  `import_options_form_class` (an ImportOptionsForm; model instances as primary keys), and
  reads the import-export 4 Result: `totals`, `invalid_rows` (ValidationError: field →
  message, shown under the field's column; NON_FIELD_ERRORS under the whole row),
  `error_rows` (the message of a ValidationError, ValueError or LookupError is shown; an
  error object with a `column` attribute names its column) and `base_errors` (the whole
  import fails). Row numbers are shown as in the spreadsheet (the header is row 1).
- A file is applied only when its dry run found no invalid row and no error, and then in one
  transaction: all rows or none. Resources should do their side effects after commit
  (`transaction.on_commit`), e.g. dropping cached counts.
"""
