from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site")

    def ready(self):
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished
        from wagtail_localize.models import SegmentOverride

        from home import link_safety, page_cache
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
        uid = "anonymous-page-cache"
        page_published.connect(page_cache.forget_on_publish, dispatch_uid=uid)
        page_unpublished.connect(page_cache.forget_on_publish, dispatch_uid=uid)
        pre_delete.connect(page_cache.forget_on_publish, dispatch_uid=uid)
        for signal in (post_save, post_delete):
            signal.connect(
                page_cache.forget_on_restriction, sender=PageViewRestriction, dispatch_uid=uid
            )
