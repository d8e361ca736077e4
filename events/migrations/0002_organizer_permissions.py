"""Organizers see, export and message event registrants; Editors and Translators never do."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_registration", "change_registration"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations; these ones are needed now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    organizers, _created = Group.objects.get_or_create(name="Organizers")
    organizers.permissions.add(
        *Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for organizers in Group.objects.filter(name="Organizers"):
        organizers.permissions.remove(
            *Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("events", "0001_event_pages_and_registrations"), ("home", "0002_staff_groups")]

    operations = [migrations.RunPython(grant, revoke)]
