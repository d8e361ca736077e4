"""Organizers generate, download and deliver packets and keep the delivery log. Editors and
Translators get none of these: packets name signers."""

from django.db import migrations

from petitions.migrations import _permissions

MODEL_PERMISSIONS = [
    ("packetbatch", ["view", "add"]),
    ("packet", ["view"]),
    ("delivery", ["view", "add", "change", "delete"]),
]


def grant(apps, schema_editor):
    _permissions.grant(apps, MODEL_PERMISSIONS)


def revoke(apps, schema_editor):
    _permissions.revoke(apps, MODEL_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("petitions", "0004_packets")]

    operations = [migrations.RunPython(grant, revoke)]
