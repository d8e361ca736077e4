from django.apps import AppConfig, apps
from django.db.models.signals import post_save, pre_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site")

    def ready(self):
        from wagtail_localize.models import SegmentOverride

        from home import link_safety, page_cache, shared_cache
        from home.translator_permissions import grant_on_new_locale_root

        post_save.connect(grant_on_new_locale_root, dispatch_uid="grant_on_new_locale_root")
        # Links in content: http, https, mailto, tel or relative only (home/link_safety.py).
        pre_save.connect(
            link_safety.refuse_unsafe_override,
            sender=SegmentOverride,
            dispatch_uid="refuse_unsafe_override",
        )
        post_save.connect(
            link_safety.store_override_refusal,
            sender=SegmentOverride,
            dispatch_uid="store_override_refusal",
        )
        for model in link_safety.guarded_models(apps.get_models()):
            pre_save.connect(
                link_safety.neutralize_unsafe_links,
                sender=model,
                dispatch_uid=f"neutralize_unsafe_links:{model._meta.label}",
            )
        # Forget cached pages (home/page_cache.py) when what they show, or who may see them,
        # changes.
        shared_cache.connect_forgetting(
            page_cache.forget_on_publish,
            page_cache.forget_on_restriction,
            dispatch_uid="anonymous-page-cache",
        )
