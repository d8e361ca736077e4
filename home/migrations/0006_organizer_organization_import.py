"""Organizers import coalition members (Organizations) in the admin, as Editors do: importing
creates and updates organizations, so they get those two permissions (Editors have had them
since 0002)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = ["add_organization", "change_organization"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations; these ones are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    organizers, _ = Group.objects.get_or_create(name="Organizers")
    organizers.permissions.add(
        *Permission.objects.filter(content_type__app_label="press", codename__in=PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    organizers = Group.objects.filter(name="Organizers").first()
    if organizers:
        organizers.permissions.remove(
            *Permission.objects.filter(content_type__app_label="press", codename__in=PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0005_import_export_jobs"), ("press", "0001_initial")]

    operations = [migrations.RunPython(grant, revoke)]
