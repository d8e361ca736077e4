"""The press app's demo content, found by load_demo's loader.

The contract is in home/demo/__init__.py. loader.py creates the content, content/ holds its texts,
files.py draws its logos and PDFs, translations/ translates it.
"""

from press.demo.loader import load
from press.demo.translations import TRANSLATED_PAGES, TRANSLATED_SNIPPETS, TRANSLATIONS

__all__ = ["TRANSLATED_PAGES", "TRANSLATED_SNIPPETS", "TRANSLATIONS", "load"]
