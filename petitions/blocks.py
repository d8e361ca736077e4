from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import BodyStreamBlock


class StoryBlock(blocks.StructBlock):
    """A worker's story. Many are told under a first name or a pseudonym, for their safety."""

    name = blocks.CharBlock(
        label=_("Name or pseudonym"),
        max_length=100,
        help_text=_("Use a pseudonym unless the person asked to be named."),
    )
    description = blocks.CharBlock(
        label=_("Who they are"),
        required=False,
        max_length=200,
        help_text=_("For example: seasonal farmworker, Niagara."),
    )
    story = blocks.TextBlock(label=_("Story"))
    image = ImageChooserBlock(label=_("Photo"), required=False)
    image_alt = blocks.CharBlock(label=_("Photo alternative text"), required=False, max_length=250)

    class Meta:
        icon = "user"
        template = "blocks/story_block.html"
        label = _("Story")


class PetitionBodyBlock(BodyStreamBlock):
    story = StoryBlock()
