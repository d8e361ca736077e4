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
        from petitions.signing import facts

        # Forget what the sign view knows of a petition (every translation's) when it changes,
        # as home/page_cache.py forgets the cached page.
        uid = "petition-facts"
        page_published.connect(facts.forget_on_publish, dispatch_uid=uid)
        page_unpublished.connect(facts.forget_on_publish, dispatch_uid=uid)
        pre_delete.connect(facts.forget_on_publish, sender=PetitionPage, dispatch_uid=uid)
        for signal in (post_save, post_delete):
            signal.connect(
                facts.forget_on_restriction, sender=PageViewRestriction, dispatch_uid=uid
            )
