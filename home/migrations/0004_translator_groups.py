"""Translator groups: "Translators" for every translated locale and "Translators (xx)" for one.
They edit translations of pages and snippets and choose images and documents; "Translators"
also submits content for translation. Page permissions are on the translated trees only (see
home/translator_permissions.py)."""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("press", "change_organization"),
    ("press", "change_mediacontact"),
]
# wagtail-localize creates and republishes translations in any locale for whoever holds this,
# so the per-language groups don't: they translate what Editors or Translators submit.
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")
COLLECTION_PERMISSIONS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_collection = Collection.objects.filter(depth=1).first()
    languages = [
        code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    for language_code in [None, *languages]:
        name = f"Translators ({language_code})" if language_code else "Translators"
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in MODEL_PERMISSIONS:
            group.permissions.add(permission(app_label, codename))
        if not language_code:
            group.permissions.add(permission(*SUBMIT_TRANSLATION))
        if root_collection:
            for app_label, codename in COLLECTION_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(app_label, codename)
                )
        locale_roots = Page.objects.filter(depth=2).exclude(
            locale__language_code=settings.LANGUAGE_CODE
        )
        if language_code:
            locale_roots = locale_roots.filter(locale__language_code=language_code)
        for page in locale_roots:
            for codename in PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission("wagtailcore", codename)
                )


class Migration(migrations.Migration):
    dependencies = [("home", "0003_locales")]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
