"""Demo content for `manage.py load_demo` (home/management/commands/load_demo.py).

A site to click through, in five languages, with realistic and entirely fictional content.

The site-level part lives here: loader.py (what is done, in order), builder.py (the find-or-create
helpers and the report), content.py (texts of the home, about and privacy pages and the site
settings), images.py (generated images), translate.py (translating through wagtail-localize, as a
translator would), translations/ (one module per language) and users.py (the demo superuser).

Home imports no feature app, so each feature app keeps its demo content beside its code
(press/demo/, petitions/demo/, with the same shape) and the loader finds it: for each installed
app, in INSTALLED_APPS order, the module `<app>.demo` if there is one. Such a module provides:

- `load(builder)`: find or create the app's content under `builder.home` with the helpers of
  home/demo/builder.py.DemoBuilder, which count it in the report. Run again, it must create nothing
  that is already there.
- `TRANSLATIONS`: {language code: {English text of a segment: its translation}}, usually from
  `<app>/demo/translations/<language>.py` (the format: home/demo/translations/__init__.py).
- `TRANSLATED_PAGES`: {language code: paths of the app's pages under the home page, parents first}:
  the pages translated into that language (the others stay aliases of English).
- `finish(builder)` (optional): run after the translations, e.g. to link each language's pages
  to each other (petitions/demo/ features each language's petition on its home page). Run again,
  it must change nothing.
- `TRANSLATED_SNIPPETS` (optional): {language code: snippet models}: every object of those models
  is translated into that language, before the pages, which may link to them.
"""
