"""A model field for a short list of choices (an event's languages)."""

from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    """A JSON list of codes from `choices`, edited as checkboxes.

    JSON rather than an array: the same column works on PostgreSQL and on `make run`'s SQLite,
    and page revisions store it as it is.
    """

    def __init__(self, *args, choice_list=(), **kwargs):
        self.choice_list = list(choice_list)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        # The choices are the form's business, not the column's: migrations leave them out.
        name, path, args, kwargs = super().deconstruct()
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choice_list,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
