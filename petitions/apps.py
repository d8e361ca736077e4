from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PetitionsConfig(AppConfig):
    name = "petitions"
    verbose_name = _("Petitions")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished

        from petitions.models import PetitionPage
        from petitions.signing import page_cache

        # Forget the cached petition page (every translation's) when what it shows, or who
        # may see it, changes.
        uid = "petition-page-cache"
        page_published.connect(page_cache.forget_on_publish, dispatch_uid=uid)
        page_unpublished.connect(page_cache.forget_on_publish, dispatch_uid=uid)
        pre_delete.connect(page_cache.forget_on_publish, sender=PetitionPage, dispatch_uid=uid)
        for signal in (post_save, post_delete):
            signal.connect(
                page_cache.forget_on_restriction, sender=PageViewRestriction, dispatch_uid=uid
            )
