"""Translations of the petitions app's demo content.

One module per language (only French today), and the pages they translate. The format is explained
in home/demo/translations/__init__.py.
"""

from petitions.demo import content
from petitions.demo.translations import fr

TRANSLATIONS = {"fr": fr.STRINGS}

_index = content.PETITION_INDEX["slug"]

# The pages translated into each language, by their English path under the home page, parents
# first.
TRANSLATED_PAGES = {
    "fr": (
        _index,
        f"{_index}/{content.PETITIONS[0]['slug']}",
        f"{_index}/{content.PETITIONS[1]['slug']}",
    ),
}
