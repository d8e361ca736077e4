"""Event provinces: the site's one list (django-localflavor's), no longer a copy of it."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0004_action_day_pages'),
    ]

    operations = [
        migrations.AlterField(
            model_name='eventpage',
            name='province',
            field=models.CharField(blank=True, choices=[('AB', 'Alberta'), ('BC', 'British Columbia'), ('MB', 'Manitoba'), ('NB', 'New Brunswick'), ('NL', 'Newfoundland and Labrador'), ('NT', 'Northwest Territories'), ('NS', 'Nova Scotia'), ('NU', 'Nunavut'), ('ON', 'Ontario'), ('PE', 'Prince Edward Island'), ('QC', 'Quebec'), ('SK', 'Saskatchewan'), ('YT', 'Yukon')], max_length=2, verbose_name='province or territory'),
        ),
    ]
