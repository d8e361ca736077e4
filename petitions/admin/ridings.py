"""The listings of the riding data petitions are counted by.

Ridings (with their sitting MP), MPs, and the postal code to riding table. Their viewsets
(RidingViewSet, MemberViewSet, PostalCodeRidingViewSet) are in viewsets.py.
"""

import django_filters
from django import forms
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Concat
from django.utils.translation import gettext_lazy
from localflavor.ca.ca_provinces import PROVINCE_CHOICES
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView

from petitions.admin.base import postal_code_prefix
from petitions.models import Member, Riding


def current_member_name():
    return Subquery(
        Member.objects.current()
        .filter(riding=OuterRef("pk"))
        .annotate(full=Concat("first_name", Value(" "), "last_name"))
        .values("full")[:1]
    )


class RidingIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().annotate(current_member=current_member_name())


class MemberFilterSet(WagtailFilterSet):
    province = django_filters.ChoiceFilter(
        label=gettext_lazy("Province or territory"),
        field_name="riding__province",
        choices=PROVINCE_CHOICES,
        empty_label=gettext_lazy("All"),
    )
    representation_order = django_filters.ChoiceFilter(
        label=gettext_lazy("Representation order"),
        field_name="riding__representation_order",
        choices=Riding._meta.get_field("representation_order").choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    current = django_filters.BooleanFilter(
        label=gettext_lazy("Sitting MP"),
        field_name="active_to",
        lookup_expr="isnull",
        widget=forms.RadioSelect(
            choices=[
                ("", gettext_lazy("All")),
                ("true", gettext_lazy("Yes")),
                ("false", gettext_lazy("No")),
            ]
        ),
    )
    party = django_filters.CharFilter(label=gettext_lazy("Party"), lookup_expr="icontains")

    class Meta:
        model = Member
        fields = []


class MemberIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("riding")


class PostalCodeRidingIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("riding")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return queryset.filter(postal_code__startswith=postal_code_prefix(self.search_query))
