"""The events app's demo content, found by load_demo's loader.

The contract is in home/demo/__init__.py. loader.py creates it, content.py holds its texts,
translations/ translates it.
"""

from events.demo.loader import load
from events.demo.translations import TRANSLATED_PAGES, TRANSLATIONS

__all__ = ["TRANSLATED_PAGES", "TRANSLATIONS", "load"]
