from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class RecommendationBlock(blocks.StructBlock):
    """One numbered recommendation of a policy brief; the template numbers them."""

    text = blocks.TextBlock(label=_("Recommendation"))
    sub_points = blocks.ListBlock(
        blocks.CharBlock(label=_("Sub-point"), max_length=500),
        label=_("Sub-points"),
        default=[],
        min_num=0,
    )

    class Meta:
        icon = "list-ol"
        template = "blocks/recommendation_block.html"
        label = _("Recommendation")


class RecommendationsBlock(blocks.StreamBlock):
    recommendation = RecommendationBlock()
