"""Who may translate what.

Translators work only in the translated trees: the "Translators" group may edit and publish
pages under every non-default locale's home page, and "Translators (xx)" under locale xx's only.
Neither has any permission on the source (English) tree, so they can neither edit nor delete
source pages. Snippets are protected the same way by `snippet_locked_for`.

Only Editors and the Translators group may submit content for translation (and sync it):
wagtail-localize checks no locale when it creates or republishes translations, so the
per-language groups translate and publish what has been submitted into their language.

Locale home pages are created when a tree is first synchronized or translated, long after the
migrations ran, so their permissions are granted when such a page is created (home/apps.py).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin
from wagtail.snippets.permissions import get_permission_name

TRANSLATORS = "Translators"
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def translator_group_name(language_code):
    return f"{TRANSLATORS} ({language_code})"


def is_locale_root(page):
    return page.depth == 2


def grant_translator_page_permissions(locale_root):
    """Let translators edit and publish the tree of `locale_root`.

    The translators are the Translators group and the translators of that locale; `locale_root` is
    a home page of a non-default locale.
    """
    language_code = Locale.objects.get(pk=locale_root.locale_id).language_code
    if language_code == settings.LANGUAGE_CODE:
        return
    groups = Group.objects.filter(name__in=[TRANSLATORS, translator_group_name(language_code)])
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    )
    for group in groups:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=locale_root.pk, permission=permission
            )


def grant_on_new_locale_root(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new home page of a translated tree gets its translators."""
    if created and not raw and isinstance(instance, Page) and is_locale_root(instance):
        grant_translator_page_permissions(instance)


def translation_languages(user):
    """The languages `user` translates into.

    All of them for the Translators group, else those of their "Translators (xx)" groups.
    """
    names = set(user.groups.values_list("name", flat=True))
    if TRANSLATORS in names:
        return None  # every language
    return {code for code, _name in settings.LANGUAGES if translator_group_name(code) in names}


def snippet_locked_for(user, instance):
    """Whether `user` may not change or delete this snippet.

    Source-language snippets may be changed only by those who may create them (Editors);
    translators change only translations, and a "Translators (xx)" member only those in xx.
    """
    if not isinstance(instance, TranslatableMixin) or user.is_superuser:
        return False
    if user.has_perm(get_permission_name("add", type(instance))):
        return False
    locale = Locale.objects.get(pk=instance.locale_id)
    if locale.language_code == settings.LANGUAGE_CODE:
        return True
    languages = translation_languages(user)
    return languages is not None and locale.language_code not in languages
