"""The upload form of the admin's Import views, and the base of per-import option forms."""

import datetime

from django import forms
from django.conf import settings
from django.db.models import Model
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from spreadsheets import reading


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("CSV or Excel workbook (XLSX); the first row names the columns."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,.xlsx"}),
    )
    file_format = forms.ChoiceField(
        label=_("Format"), choices=reading.FORMAT_CHOICES, initial=reading.AUTO
    )
    encoding = forms.ChoiceField(
        label=_("Encoding of a CSV file"),
        choices=reading.ENCODING_CHOICES,
        initial=reading.AUTO,
        help_text=_("Leave on “Detect from the file” unless accented letters come out wrong."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.IMPORT_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _("This file is %(size)s; files up to %(limit)s can be imported.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
                code="too_big",
            )
        return upload


class ImportOptionsForm(forms.Form):
    """Options of one kind of import.

    They are passed to the resource's import_data as keyword arguments (model instances as their
    primary key: the job stores them as JSON).
    """

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def import_kwargs(self):
        kwargs = {}
        for name, value in self.cleaned_data.items():
            if value is None or value == "":
                continue
            if isinstance(value, Model):
                value = value.pk
            elif isinstance(value, (datetime.date, datetime.time)):
                value = value.isoformat()
            kwargs[name] = value
        return kwargs

    def labels(self):
        """[[label, value as shown]] for the preview."""
        shown = []
        for name, value in self.cleaned_data.items():
            if value is None or value == "":
                continue
            field = self.fields[name]
            if hasattr(field, "choices") and not isinstance(value, Model):
                value = dict(field.choices).get(value, value)
            shown.append([str(field.label), str(value)])
        return shown
