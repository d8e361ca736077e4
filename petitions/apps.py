from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PetitionsConfig(AppConfig):
    name = "petitions"
    verbose_name = _("Petitions")

    def ready(self):
        from petitions.signing import facts

        # Forget what the sign view knows of a petition (every translation's) when it changes,
        # as home/page_cache.py forgets the cached page.
        facts.facts_cache.connect(dispatch_uid="petition-facts")
