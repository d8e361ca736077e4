"""Tasks queued before petitions' modules were grouped by flow (2026-12) name their old
module: point them at the new one, so that a worker of the new release runs them."""

from django.db import migrations

MOVED = {
    "petitions.tasks.backfill_ridings": "petitions.ridings.tasks.backfill_ridings",
    "petitions.tasks.send_confirmation_email": "petitions.signing.tasks.send_confirmation_email",
    "petitions.tasks.send_pending_confirmations": (
        "petitions.signing.tasks.send_pending_confirmations"
    ),
    "petitions.tasks.send_already_signed_email": (
        "petitions.signing.tasks.send_already_signed_email"
    ),
}


def rename_task_paths(apps, schema_editor, moved=MOVED):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    for old, new in moved.items():
        DBTaskResult.objects.filter(task_path=old).update(task_path=new)


def restore_task_paths(apps, schema_editor):
    rename_task_paths(apps, schema_editor, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("petitions", "0006_signature_confirmation_due"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(rename_task_paths, restore_task_paths)]
