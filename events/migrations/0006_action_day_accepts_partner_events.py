"""Action days may accept events from partner organizations (events/moderation.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0005_province_choices_from_localflavor'),
    ]

    operations = [
        migrations.AddField(
            model_name='actiondaypage',
            name='accepts_partner_events',
            field=models.BooleanField(default=False, help_text='Once the page is published with this on, members of the “Event partners” group may add events under it. Their events are published only after an Events moderator approves them. Turn it off and publish to stop new submissions: events already submitted stay.', verbose_name='accept events from partner organizations'),
        ),
    ]
