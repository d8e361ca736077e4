"""Where things are: the repository's root (where manage.py is), for the tests that start
processes of the project (workers, a second Django)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
