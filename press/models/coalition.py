"""The coalition page, which lists the member organizations by province and role."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from press.coalition import MemberFilters, group_members
from press.models.organizations import Organization


class CoalitionPage(Page):
    section_key = "coalition"  # the home page's "Meet our members" link (home/navigation.py)

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("coalition page")

    def members(self):
        """Member organizations in the page's language.

        Those not translated into it yet are listed in the source language rather than left out.
        """
        translated = Organization.objects.filter(locale_id=self.locale_id)
        untranslated = Organization.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).exclude(translation_key__in=translated.values("translation_key"))
        return (
            Organization.objects.filter(
                Q(pk__in=translated.values("pk")) | Q(pk__in=untranslated.values("pk"))
            )
            .exclude(membership=Organization.Membership.NONE)
            .select_related("logo")
            .prefetch_related("logo__renditions")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = list(self.members())
        filters = MemberFilters.from_query(request.GET, members)
        context["coalition"] = group_members(members)
        context["listed"] = group_members(filters.apply(members))
        context["filters"] = filters
        return context
