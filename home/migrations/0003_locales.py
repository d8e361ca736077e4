"""The site's content locales (settings.WAGTAIL_CONTENT_LANGUAGES), each translation tree kept
in sync with the English one by wagtail-localize: new English pages appear in every locale as
aliases until they are translated."""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    source, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if language_code == source.language_code:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=language_code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_staff_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
