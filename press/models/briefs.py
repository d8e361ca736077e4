"""Policy briefs and their index.

A brief comes with its documents and the organizations that submit or endorse it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models import ShareImageMixin, image_field
from home.routing import ChildRoutingMixin
from press.blocks import RecommendationsBlock
from press.models.listings import DatedPageManager, paginate, year_or_none
from press.models.organizations import Organization


class PolicyBriefIndexPage(ChildRoutingMixin, Page):
    # The home page's "All policy briefs" link leads here (site_tags.section_types).
    section_key = "policy_briefs"

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["press.PolicyBriefPage"]

    class Meta:
        verbose_name = _("policy brief index")

    def child_queryset(self):
        return PolicyBriefPage.objects.child_of(self)

    def briefs(self):
        return (
            PolicyBriefPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .select_related("image")
            .prefetch_related("image__renditions")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        all_briefs = self.briefs()
        briefs = all_briefs
        year = year_or_none(request.GET.get("year"))
        addressee = request.GET.get("addressed_to", "")
        if year:
            briefs = briefs.filter(date__year=year)
        if addressee:
            briefs = briefs.filter(addressed_to=addressee)
        # The filter choices, years and addressees, in one query.
        facets = set(all_briefs.order_by().values_list("date__year", "addressed_to").distinct())
        context.update(
            briefs=paginate(request, briefs, 20),
            years=sorted({year for year, _ in facets}, reverse=True),
            addressees=sorted({addressee for _, addressee in facets}),
            selected_year=year,
            selected_addressee=addressee,
        )
        return context


class PolicyBriefPage(ShareImageMixin, Page):
    date_field = "date"
    opengraph_type = "article"
    share_image_field = "image"

    date = models.DateField(_("date"))
    addressed_to = models.CharField(
        _("addressed to"),
        max_length=255,
        help_text=_("For example: Standing Committee on Citizenship and Immigration."),
    )
    summary = RichTextField(_("summary"), features=["bold", "italic", "link"])
    image = image_field(
        _("image"),
        help_text=_("The brief's cover in listings, and its image when shared on social media."),
    )
    recommendations = StreamField(
        RecommendationsBlock(), blank=True, verbose_name=_("recommendations")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    objects = DatedPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("addressed_to"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("recommendations"),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Documents"), heading=_("Downloadable documents")),
        InlinePanel(
            "organizations",
            label=_("Organization"),
            heading=_("Submitting organizations and endorsers"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("addressed_to"),
        index.SearchField("recommendations"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["press.PolicyBriefIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy brief")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        links = list(self.organizations.select_related("organization"))
        context["submitters"] = [
            link.organization for link in links if link.role == link.Role.SUBMITTER
        ]
        context["endorsers"] = [
            link.organization for link in links if link.role == link.Role.ENDORSER
        ]
        context["documents"] = [
            link.document for link in self.documents.select_related("document")
        ]
        return context


class PolicyBriefDocument(Orderable):
    page = ParentalKey(PolicyBriefPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE
    )

    panels = [FieldPanel("document")]


class PolicyBriefOrganization(TranslatableMixin, Orderable):
    class Role(models.TextChoices):
        SUBMITTER = "submitter", _("Submitting organization")
        ENDORSER = "endorser", _("Endorser")

    page = ParentalKey(PolicyBriefPage, on_delete=models.CASCADE, related_name="organizations")
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.SUBMITTER)

    panels = [FieldPanel("organization"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
