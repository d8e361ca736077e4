"""ImportJob and ExportJob moved to the spreadsheets app: their tables are renamed to the new
app's names and the models leave this app's state (spreadsheets 0001 takes them over), so
uploads waiting for confirmation and exports running during the upgrade are kept."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_organizer_organization_import"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable("importjob", "spreadsheets_importjob"),
                migrations.AlterModelTable("exportjob", "spreadsheets_exportjob"),
            ],
            state_operations=[
                migrations.DeleteModel("ExportJob"),
                migrations.DeleteModel("ImportJob"),
            ],
        ),
    ]
