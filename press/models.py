from datetime import MAXYEAR, MINYEAR

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from localflavor.ca.ca_provinces import PROVINCE_CHOICES
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, PageViewRestriction, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyStreamBlock
from home.routing import ChildRoutingMixin
from press.blocks import RecommendationsBlock


class Organization(TranslatableMixin, index.Indexed, models.Model):
    """A coalition member, or any organization that submits or endorses a brief."""

    class Membership(models.TextChoices):
        FOUNDING_MEMBER = "founding_member", _("Founding member")
        MEMBER = "member", _("Member")
        ENDORSER = "endorser", _("Endorser")
        NONE = "", _("Not a coalition member")

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    province = models.CharField(_("province or territory"), max_length=2, choices=PROVINCE_CHOICES)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    membership = models.CharField(
        _("coalition membership"),
        max_length=20,
        choices=Membership.choices,
        blank=True,
        default=Membership.MEMBER,
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("acronym"),
        SynchronizedField("membership"),
        SynchronizedField("province"),
        SynchronizedField("city"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("membership"),
        FieldPanel("province"),
        FieldPanel("city"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class MediaContact(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    organization = models.CharField(_("organization"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    languages_spoken = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("For example: English, French, Tagalog."),
    )

    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("organization"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        TranslatableField("languages_spoken"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("media contact")
        verbose_name_plural = _("media contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.organization}" if self.organization else self.name


class DatedPageQuerySet(PageQuerySet):
    def private_q(self):
        """Pages in a private section (a view restriction on the page or an ancestor), as a
        subquery. Wagtail's version first loads every restriction in a query of its own, on
        each listing of each request."""
        restricted = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
        return Q(Exists(restricted))

    def published_in(self, locale):
        """Live public pages of one locale, newest first."""
        return (
            self.live().public().filter(locale=locale).order_by(f"-{self.model.date_field}", "-pk")
        )


DatedPageManager = PageManager.from_queryset(DatedPageQuerySet)


def int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def year_or_none(value):
    """A year from a query string, or None when it is not one a date can have."""
    year = int_or_none(value)
    return year if year is not None and MINYEAR <= year <= MAXYEAR else None


def paginate(request, queryset, per_page):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


class PressReleaseTag(TaggedItemBase):
    content_object = ParentalKey(
        "press.PressReleasePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PressReleaseIndexPage(RoutablePageMixin, ChildRoutingMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["press.PressReleasePage"]

    class Meta:
        verbose_name = _("press release index")

    def child_queryset(self):
        # The image is the release's share image, used on every view of it.
        return PressReleasePage.objects.child_of(self).select_related("image")

    def releases(self):
        return (
            PressReleasePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-release_date", "-pk")
            .prefetch_related(
                Prefetch("tagged_items", PressReleaseTag.objects.select_related("tag"))
            )
        )

    @path("")
    def index_route(self, request):
        all_releases = self.releases()
        releases = all_releases
        year = year_or_none(request.GET.get("year"))
        tag = request.GET.get("tag", "")
        if year:
            releases = releases.filter(release_date__year=year)
        if tag:
            releases = releases.filter(tags__slug=tag)
        years, tags = self.facets(all_releases)
        return self.render(
            request,
            context_overrides={
                "releases": paginate(request, releases, 20),
                "years": years,
                "tags": tags,
                "selected_year": year,
                "selected_tag": tag,
            },
        )

    @staticmethod
    def facets(releases):
        """The years (newest first) and the tags (by name) of `releases`, for the filters, in
        one query."""
        rows = (
            releases.prefetch_related(None)
            .order_by()
            .values_list(
                "release_date__year",
                "tagged_items__tag_id",
                "tagged_items__tag__name",
                "tagged_items__tag__slug",
            )
            .distinct()
        )
        years, tags = set(), {}
        for year, tag_id, name, slug in rows:
            years.add(year)
            if tag_id is not None:
                tags[tag_id] = Tag(id=tag_id, name=name, slug=slug)
        return sorted(years, reverse=True), sorted(tags.values(), key=lambda t: t.name.casefold())

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from press.feeds import PressReleaseRssFeed

        return PressReleaseRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from press.feeds import PressReleaseAtomFeed

        return PressReleaseAtomFeed(self)(request)


class PressReleasePage(Page):
    date_field = "release_date"

    release_date = models.DateField(_("release date"))
    dateline_city = models.CharField(_("dateline city"), max_length=100)
    lede = models.TextField(
        _("lede"), help_text=_("The opening paragraph: who, what, when, where, why.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Used when the release is shared on social media."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(
        through=PressReleaseTag, blank=True, verbose_name=_("campaign tags")
    )

    objects = DatedPageManager()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("release_date"), FieldPanel("dateline_city")],
            heading=_("Release"),
            help_text=_(
                "To hold a release under embargo, use “Set schedule” in the status panel: "
                "it is published automatically at the go-live time and stays hidden until then."
            ),
        ),
        FieldPanel("lede"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("media_contacts", label=_("Media contacts"), heading=_("Media contacts")),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lede"),
        index.SearchField("body"),
        index.SearchField("dateline_city"),
        index.FilterField("release_date"),
    ]

    parent_page_types = ["press.PressReleaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("press release")

    @property
    def share_image(self):
        return self.image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["media_contacts"] = [
            link.contact for link in self.media_contacts.select_related("contact")
        ]
        return context


class PressReleaseMediaContact(TranslatableMixin, Orderable):
    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="media_contacts")
    contact = models.ForeignKey(
        MediaContact, verbose_name=_("media contact"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("contact")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class PolicyBriefIndexPage(ChildRoutingMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["press.PolicyBriefPage"]

    class Meta:
        verbose_name = _("policy brief index")

    def child_queryset(self):
        return PolicyBriefPage.objects.child_of(self)

    def briefs(self):
        return PolicyBriefPage.objects.child_of(self).live().public().order_by("-date", "-pk")

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


class PolicyBriefPage(Page):
    date_field = "date"

    date = models.DateField(_("date"))
    addressed_to = models.CharField(
        _("addressed to"),
        max_length=255,
        help_text=_("For example: Standing Committee on Citizenship and Immigration."),
    )
    summary = RichTextField(_("summary"), features=["bold", "italic", "link"])
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

    share_image = None

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


class CoalitionPage(Page):
    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("coalition page")

    share_image = None

    def members(self):
        """Member organizations in the page's language; those not translated into it yet are
        listed in the source language rather than left out."""
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
        from press.coalition import group_members

        context = super().get_context(request, *args, **kwargs)
        context["coalition"] = group_members(self.members())
        return context
