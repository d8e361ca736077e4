"""Admin registration of the press app.

Its snippets go under the "Coalition" menu (press/viewsets.py).
"""

from wagtail.snippets.models import register_snippet

from press.viewsets import PressSnippetsGroup

register_snippet(PressSnippetsGroup)
