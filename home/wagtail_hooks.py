"""Admin hooks of the base app.

Translators may not edit or delete a source snippet (home/translator_permissions.py).
"""

from django.core.exceptions import PermissionDenied
from wagtail import hooks

from home.translator_permissions import snippet_locked_for


# Before wagtail-localize's own hooks, which would otherwise open its translation editor.
@hooks.register("before_edit_snippet", order=-100)
def protect_source_snippet_edit(request, instance):
    if snippet_locked_for(request.user, instance):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-100)
def protect_source_snippet_delete(request, instances):
    if any(snippet_locked_for(request.user, instance) for instance in instances):
        raise PermissionDenied
