"""Organizers manage petitions' data in the admin: ridings, MPs, the postal-code table and
signatures (view, add, change, delete, and export signatures). Editors and Translators get
none of these: they never see signers' personal data."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ORGANIZERS = "Organizers"
MODEL_PERMISSIONS = [
    ("riding", ["view", "add", "change", "delete"]),
    ("member", ["view", "add", "change", "delete"]),
    ("postalcoderiding", ["view", "add", "change", "delete"]),
    ("signature", ["view", "add", "change", "delete", "export"]),
]


def codenames():
    return [f"{action}_{model}" for model, actions in MODEL_PERMISSIONS for action in actions]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations; these ones are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    organizers, _ = Group.objects.get_or_create(name=ORGANIZERS)
    for codename in codenames():
        organizers.permissions.add(
            Permission.objects.get(content_type__app_label="petitions", codename=codename)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    organizers = Group.objects.filter(name=ORGANIZERS).first()
    if organizers:
        organizers.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="petitions", codename__in=codenames()
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("petitions", "0002_signature_permissions"),
        ("home", "0004_translator_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
