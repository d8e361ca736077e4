"""The delivery log's pieces; its viewset is DeliveryViewSet in viewsets.py.

A Delivery says when and how a riding's packet reached the MP's office, and what came back.
Organizers add one from the packets page, with the petition and riding filled in.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.widgets import AdminDateInput

from petitions.models import Delivery, PetitionPage, Riding
from spreadsheets.listing_exports import SafeSpreadsheetMixin


class DeliveryFilterSet(WagtailFilterSet):
    petition = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Petition"),
        queryset=lambda request: PetitionPage.objects.sources(),
        empty_label=gettext_lazy("All"),
    )
    method = django_filters.ChoiceFilter(
        label=gettext_lazy("How"),
        choices=Delivery.Method.choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    delivered_on = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Delivered between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Delivery
        fields = []


class DeliveryForm(WagtailAdminModelForm):
    class Meta:
        model = Delivery
        fields = [
            "petition",
            "riding",
            "delivered_on",
            "method",
            "delivered_by",
            "notes",
            "response",
        ]
        widgets = {"delivered_on": AdminDateInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["petition"].queryset = PetitionPage.objects.sources()
        ridings = Riding.objects.current()
        if self.instance.riding_id:
            ridings = ridings | Riding.objects.filter(pk=self.instance.riding_id)
        self.fields["riding"].queryset = ridings.order_by("name_en")


class DeliveryCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        for field in ("petition", "riding"):
            value = self.request.GET.get(field, "")
            if value.isdigit():
                initial[field] = int(value)
        return initial

    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.recorded_by = self.request.user
        instance.save()
        return instance


class DeliveryIndexView(SafeSpreadsheetMixin, IndexView):
    pass
