"""Translations of the events app's demo content (format: home/demo/translations/__init__.py).

The index, the week of action, the nightly gathering and the anonymous assembly are translated
into every language; the rallies and press conferences stay aliases of English.
"""

from events.demo import content
from events.demo.translations import es, fr, pa, tl

TRANSLATIONS = {"fr": fr.STRINGS, "es": es.STRINGS, "pa": pa.STRINGS, "tl": tl.STRINGS}

_index = content.EVENT_INDEX["slug"]
_pages = (
    _index,
    f"{_index}/{content.WEEK['slug']}",
    f"{_index}/{content.NIGHTLY['slug']}",
    f"{_index}/{content.ASSEMBLY['slug']}",
)
TRANSLATED_PAGES = dict.fromkeys(TRANSLATIONS, _pages)
