"""Where things are: the repository's root (where manage.py is).

The tests that start processes of the project (workers, a second Django) need it.
"""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
