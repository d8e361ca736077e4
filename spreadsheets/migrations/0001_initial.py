"""ImportJob and ExportJob, whose tables home 0007 handed over: state only."""

import django.db.models.deletion
import django.utils.timezone
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        # The tables exist already: home created them and renamed them for this app.
        ("home", "0007_import_export_jobs_to_spreadsheets"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ExportJob",
                    fields=[
                        (
                            "id",
                            models.UUIDField(
                                default=uuid.uuid4,
                                editable=False,
                                primary_key=True,
                                serialize=False,
                            ),
                        ),
                        ("target", models.CharField(max_length=100, verbose_name="exported from")),
                        ("path", models.CharField(max_length=500, verbose_name="listing")),
                        ("query", models.TextField(blank=True, verbose_name="query")),
                        ("file_format", models.CharField(max_length=10, verbose_name="format")),
                        ("file_name", models.CharField(max_length=255, verbose_name="file name")),
                        (
                            "permission",
                            models.CharField(
                                blank=True, max_length=100, verbose_name="permission"
                            ),
                        ),
                        (
                            "language",
                            models.CharField(default="en", max_length=8, verbose_name="language"),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now, verbose_name="started at"
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("checking", "Checking"),
                                    ("checked", "Checked"),
                                    ("importing", "Importing"),
                                    ("running", "Running"),
                                    ("done", "Done"),
                                    ("failed", "Failed"),
                                ],
                                default="running",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "total_rows",
                            models.PositiveIntegerField(default=0, verbose_name="rows"),
                        ),
                        (
                            "file_key",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="object key"
                            ),
                        ),
                        ("message", models.TextField(blank=True, verbose_name="message")),
                        (
                            "finished_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="finished at"
                            ),
                        ),
                        (
                            "created_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="started by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "export",
                        "verbose_name_plural": "exports",
                        "ordering": ["-created_at"],
                    },
                ),
                migrations.CreateModel(
                    name="ImportJob",
                    fields=[
                        (
                            "id",
                            models.UUIDField(
                                default=uuid.uuid4,
                                editable=False,
                                primary_key=True,
                                serialize=False,
                            ),
                        ),
                        ("target", models.CharField(max_length=100, verbose_name="imported into")),
                        (
                            "resource",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="file format"
                            ),
                        ),
                        ("file_name", models.CharField(max_length=255, verbose_name="file name")),
                        ("file_format", models.CharField(max_length=10, verbose_name="format")),
                        (
                            "encoding",
                            models.CharField(blank=True, max_length=20, verbose_name="encoding"),
                        ),
                        ("data", models.BinaryField(verbose_name="file")),
                        (
                            "options",
                            models.JSONField(blank=True, default=dict, verbose_name="options"),
                        ),
                        (
                            "option_labels",
                            models.JSONField(
                                blank=True, default=list, verbose_name="chosen options"
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now, verbose_name="uploaded at"
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("checking", "Checking"),
                                    ("checked", "Checked"),
                                    ("importing", "Importing"),
                                    ("running", "Running"),
                                    ("done", "Done"),
                                    ("failed", "Failed"),
                                ],
                                default="checking",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "background",
                            models.BooleanField(default=False, verbose_name="in the background"),
                        ),
                        (
                            "total_rows",
                            models.PositiveIntegerField(default=0, verbose_name="rows"),
                        ),
                        (
                            "totals",
                            models.JSONField(blank=True, default=dict, verbose_name="totals"),
                        ),
                        (
                            "errors",
                            models.JSONField(blank=True, default=list, verbose_name="errors"),
                        ),
                        (
                            "error_count",
                            models.PositiveIntegerField(default=0, verbose_name="problems"),
                        ),
                        (
                            "notes",
                            models.JSONField(blank=True, default=list, verbose_name="notes"),
                        ),
                        (
                            "note_count",
                            models.PositiveIntegerField(default=0, verbose_name="notes"),
                        ),
                        ("message", models.TextField(blank=True, verbose_name="message")),
                        (
                            "checked_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="checked at"),
                        ),
                        (
                            "applied_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="applied at"),
                        ),
                        (
                            "created_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="started by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "import",
                        "verbose_name_plural": "imports",
                        "ordering": ["-created_at"],
                    },
                ),
            ],
        ),
    ]
