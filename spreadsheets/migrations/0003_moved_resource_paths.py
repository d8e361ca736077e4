"""Imports started before petitions/resources/ was split name their resource by its old
dotted path (ImportJob.resource, which the runner imports to check or apply the file): point
them at the new modules, so that a job checked before the release can still be applied."""

from django.db import migrations

MOVED = {
    "petitions.resources.signatures.PostalCodeRidingResource": (
        "petitions.resources.postal_codes.PostalCodeRidingResource"
    ),
    "petitions.resources.ridings.MemberResource": "petitions.resources.members.MemberResource",
    "petitions.resources.ridings.HouseOfCommonsMemberResource": (
        "petitions.resources.house_of_commons.HouseOfCommonsMemberResource"
    ),
}


def rename_resource_paths(apps, schema_editor, moved=MOVED):
    ImportJob = apps.get_model("spreadsheets", "ImportJob")
    for old, new in moved.items():
        ImportJob.objects.filter(resource=old).update(resource=new)


def restore_resource_paths(apps, schema_editor):
    rename_resource_paths(apps, schema_editor, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [("spreadsheets", "0002_moved_task_paths")]

    operations = [migrations.RunPython(rename_resource_paths, restore_resource_paths)]
