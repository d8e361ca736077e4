from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site")

    def ready(self):
        from home.translator_permissions import grant_on_new_locale_root

        post_save.connect(grant_on_new_locale_root, dispatch_uid="grant_on_new_locale_root")
