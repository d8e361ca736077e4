"""Organizers manage petitions' data in the admin: ridings, MPs, the postal-code table and
signatures (view, add, change, delete, and export signatures). Editors and Translators get
none of these: they never see signers' personal data."""

from django.db import migrations

from petitions.migrations import _permissions

MODEL_PERMISSIONS = [
    ("riding", ["view", "add", "change", "delete"]),
    ("member", ["view", "add", "change", "delete"]),
    ("postalcoderiding", ["view", "add", "change", "delete"]),
    ("signature", ["view", "add", "change", "delete", "export"]),
]


def grant(apps, schema_editor):
    _permissions.grant(apps, MODEL_PERMISSIONS)


def revoke(apps, schema_editor):
    _permissions.revoke(apps, MODEL_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("petitions", "0002_signature_permissions"),
        ("home", "0004_translator_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
