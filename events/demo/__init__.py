"""The events app's demo content, found by load_demo's loader.

The contract is in home/demo/__init__.py. loader.py creates it, content.py holds its texts,
translations/ translates it, partners.py adds a partner organization's event awaiting review
(with DEBUG on only).
"""

from events.demo.loader import load
from events.demo.partners import finish
from events.demo.translations import TRANSLATED_PAGES, TRANSLATIONS

__all__ = ["TRANSLATED_PAGES", "TRANSLATIONS", "finish", "load"]
