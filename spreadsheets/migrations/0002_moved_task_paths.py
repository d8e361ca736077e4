"""Import and export tasks queued before home/imports/ became this app name their old module:
point them at the new one, so that a worker of the new release runs them."""

from django.db import migrations

MOVED = {
    f"home.imports.tasks.{name}": f"spreadsheets.tasks.{name}"
    for name in ("check_import", "apply_import", "run_export")
}


def rename_task_paths(apps, schema_editor, moved=MOVED):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    for old, new in moved.items():
        DBTaskResult.objects.filter(task_path=old).update(task_path=new)


def restore_task_paths(apps, schema_editor):
    rename_task_paths(apps, schema_editor, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("spreadsheets", "0001_initial"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(rename_task_paths, restore_task_paths)]
