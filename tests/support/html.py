"""Reading HTML responses.

The parsed document, the visible text of <main>, and the order in which texts appear.
"""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def main_text(response):
    """The visible text of the page's <main> element (the whole body if there is none).

    Whitespace is collapsed.
    """
    document = soup(response)
    element = document.find("main") or document.body or document
    return " ".join(element.get_text(" ").split())


def positions(text, needles):
    """Index of each needle in text; fails if one is missing."""
    found = []
    for needle in needles:
        index = text.find(needle)
        assert index >= 0, f"{needle!r} not found"
        found.append(index)
    return found


def assert_in_order(text, needles):
    found = positions(text, needles)
    assert found == sorted(found), f"not in this order: {needles}"
