import factory
import wagtail_factories
from wagtail.models import Collection
from wagtail.rich_text import RichText

from home.models import HomePage, StandardPage


def paragraph(text):
    """A StreamField value holding one paragraph block."""
    return [("paragraph", RichText(f"<p>{text}</p>"))]


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    # wagtail_factories would create a second root collection for every image.
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Image {n}")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="brief.pdf", data=b"%PDF-1.4\n%%EOF\n")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "Status for all migrant workers"
    hero_text = "A coalition of migrant-worker organizations across Canada."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About us {n}")
    introduction = "Who we are."
    body = factory.LazyFunction(lambda: paragraph("We organize for permanent status."))

    class Meta:
        model = StandardPage
