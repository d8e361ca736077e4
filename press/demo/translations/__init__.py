"""Translations of the press app's demo content, one module per language.

Only French today. This module also names the pages and snippets they translate; the format is
explained in home/demo/translations/__init__.py.
"""

from press.demo.content import briefs, organizations, releases
from press.demo.translations import fr
from press.models import MediaContact, Organization

TRANSLATIONS = {"fr": fr.STRINGS}

_press = releases.PRESS_INDEX["slug"]
_policy = briefs.POLICY_INDEX["slug"]

# The pages translated into each language, by their English path under the home page, parents
# first.
TRANSLATED_PAGES = {
    "fr": (
        _press,
        f"{_press}/{releases.PRESS_RELEASES[0]['slug']}",
        f"{_press}/{releases.PRESS_RELEASES[1]['slug']}",
        _policy,
        f"{_policy}/{briefs.POLICY_BRIEFS[0]['slug']}",
        organizations.COALITION["slug"],
    ),
}

# The snippets translated into each language. The French coalition page lists the French
# organizations, and French news releases and briefs link to them.
TRANSLATED_SNIPPETS = {"fr": (MediaContact, Organization)}
