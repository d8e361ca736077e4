"""One-query routing to child pages.

Wagtail routes to a child page with two queries: the base page by slug, then its specific
instance. Pages using this mixin fetch the specific child in one query, so that every page below
them costs a query less to serve.
"""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Page


class ChildRoutingMixin:
    def child_queryset(self):
        """Children of this page, with the rows of every page type allowed here joined in.

        Page types with a single child type override this with that type's queryset.
        """
        relations = [
            model._meta.model_name
            for model in self.allowed_subpage_models()
            if Page in model._meta.parents
        ]
        return Page.objects.child_of(self).select_related(*relations)

    @staticmethod
    def specific_child(child):
        model = child.specific_class
        if model is None or isinstance(child, model):
            return child
        try:
            return getattr(child, model._meta.model_name)
        except (AttributeError, ObjectDoesNotExist):
            return child.specific

    def route(self, request, path_components):
        if path_components:
            queryset = self.child_queryset()
            try:
                child = queryset.get(slug=path_components[0])
            except queryset.model.DoesNotExist:
                pass  # Wagtail's own routing finds any other child, or raises the 404.
            else:
                child = self.specific_child(child)
                child._cached_parent_obj = self  # so get_parent() needs no query
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
