"""The petitions app's demo content, found by load_demo's loader.

The contract is in home/demo/__init__.py. loader.py creates it, content.py holds its texts,
translations/ translates it.
"""

from petitions.demo.loader import finish, load
from petitions.demo.translations import TRANSLATED_PAGES, TRANSLATIONS

__all__ = ["TRANSLATED_PAGES", "TRANSLATIONS", "finish", "load"]
