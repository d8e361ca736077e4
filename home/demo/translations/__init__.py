"""Translations of the site-level demo content, and the pages they translate.

The content is home/demo/content.py's; there is one module per language (fr.py, es.py, pa.py,
tl.py). Each app's demo translations have the same shape (press/demo/translations/,
petitions/demo/translations/).

load_demo gives them to wagtail-localize as a translator's work, segment by segment, and lets
wagtail-localize save the translated pages and snippets, exactly as its translation editor does
(home/demo/translate.py). Each STRINGS dictionary maps the English text of a segment, as
wagtail-localize extracts it (rich text keeps inline tags such as <b> and <a id="a1">), to its
translation. A segment with no entry keeps its English text; load_demo reports such segments,
except in the NAME_FIELDS of home/demo/translate.py.

Slugs are segments too. French, Spanish and Tagalog pages have slugs in their language
(/fr/a-propos/); Punjabi pages keep the English slugs, because slugs here are ASCII
(WAGTAIL_ALLOW_UNICODE_SLUGS is off) and a romanized slug would help no reader.

Names of people and organizations stay as written. French follows Canadian usage (the Government of
Canada's terms for permits and programs, Quebec typography: a no-break space before a colon, none
before a semicolon).
"""

from home.demo import content
from home.demo.translations import es, fr, pa, tl

TRANSLATIONS = {"fr": fr.STRINGS, "es": es.STRINGS, "pa": pa.STRINGS, "tl": tl.STRINGS}

# The pages translated into each language, by their English path under the home page ("" is
# the home page itself), parents first. Every other page appears in each language as an alias
# of the English page until a translator translates it.
TRANSLATED_PAGES = {
    "fr": ("", content.ABOUT["slug"], content.PRIVACY["slug"]),
    "es": ("", content.ABOUT["slug"]),
    "pa": ("", content.ABOUT["slug"]),
    "tl": ("", content.ABOUT["slug"]),
}
