"""Press releases and their index (with its RSS and Atom feeds)."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models import ShareImageMixin, image_field
from home.routing import ChildRoutingMixin
from press.feeds import PressReleaseAtomFeed, PressReleaseRssFeed
from press.models.listings import DatedPageManager, paginate, year_or_none
from press.models.organizations import MediaContact


class PressReleaseTag(TaggedItemBase):
    content_object = ParentalKey(
        "press.PressReleasePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PressReleaseIndexPage(RoutablePageMixin, ChildRoutingMixin, Page):
    # The home page's "All press releases" link leads here (site_tags.section_types).
    section_key = "press_releases"

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
            .select_related("image")
            .prefetch_related(
                Prefetch("tagged_items", PressReleaseTag.objects.select_related("tag")),
                "image__renditions",
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
        """The years and the tags of `releases`, for the filters, in one query.

        The years newest first, the tags by name.
        """
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
        return PressReleaseRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return PressReleaseAtomFeed(self)(request)


class PressReleasePage(ShareImageMixin, Page):
    date_field = "release_date"
    opengraph_type = "article"
    share_image_field = "image"

    release_date = models.DateField(_("release date"))
    dateline_city = models.CharField(_("dateline city"), max_length=100)
    lede = models.TextField(
        _("lede"), help_text=_("The opening paragraph: who, what, when, where, why.")
    )
    image = image_field(
        _("image"),
        help_text=_("Shown in listings and when the release is shared on social media."),
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
