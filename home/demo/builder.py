"""The demo content's find-or-create helpers, and the report of what was created.

Every app's demo content is made with these helpers.

Pages are found by slug under their parent (index pages by type), images and documents by title.
Whatever already exists is left as it is, so an editor's changes to demo content are never
overwritten and load_demo is safe to run again.
"""

import io
from collections import defaultdict

from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.rect import Rect
from wagtail.models import Page
from wagtail.utils.file import hash_filelike

from home.demo import images


class Report:
    """What was created and what was already there, per kind of object."""

    def __init__(self):
        self.created = defaultdict(int)
        self.present = defaultdict(int)
        self.notes = []

    def add(self, kind, created, count=1):
        (self.created if created else self.present)[kind] += count

    def lines(self):
        kinds = list(dict.fromkeys([*self.created, *self.present]))
        width = max((len(kind) for kind in kinds), default=0)
        for kind in kinds:
            yield (
                f"  {kind:<{width}}  created {self.created[kind]:>3}, "
                f"already present {self.present[kind]:>3}"
            )
        for note in self.notes:
            yield f"  - {note}"


class DemoBuilder:
    """Finds or creates demo pages, images and documents, counting each in the report.

    `locale` is the default locale and `home` the demo home page, once the site-level loader
    (home/demo/loader.py) has made them: each app's demo content goes under `home`.
    """

    def __init__(self, report):
        self.report = report
        self.locale = None
        self.home = None
        self.images = get_image_model()
        self.documents = get_document_model()

    # Pages

    def publish_child(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.add("pages", True)
        return page

    def find_child(self, parent, model, slug):
        page = Page.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            return None
        page = page.specific
        if not isinstance(page, model):
            raise CommandError(
                f"The slug “{slug}” under “{parent.title}” is taken by a "
                f"{page.specific_class._meta.verbose_name}, not a {model._meta.verbose_name}. "
                "Rename or delete that page and run load_demo again."
            )
        self.report.add("pages", False)
        return page

    def ensure_index(self, model, data):
        """An index page under the home page.

        Index pages are one per site: found by type first, so a renamed slug still counts.
        """
        page = model.objects.child_of(self.home).first()
        if page:
            self.report.add("pages", False)
            return page
        page = self.find_child(self.home, model, data["slug"])
        if page:
            return page
        page = model(
            title=data["title"],
            slug=data["slug"],
            show_in_menus=data["show_in_menus"],
            introduction=data["introduction"],
        )
        return self.publish_child(self.home, page)

    # Images and documents

    def ensure_image(self, title, filename, render, description=""):
        """The image with this title, made from `render()` if missing.

        `description` is its alternative text (Wagtail's default alt text for the image).
        """
        image = self.ensure_file(self.images, "images", title, filename, render)
        if description and not image.description:
            image.description = description
            image.save(update_fields=["description"])
        return image

    def ensure_scene(self, kind, description):
        """A generated illustration (home/demo/images.py scene_png), focal point at its centre.

        The subjects are drawn in the middle, so that every crop (fill-…-c100) keeps them.
        """
        image = self.ensure_image(
            f"Demo illustration: {kind}",
            f"demo-{kind}.png",
            lambda: images.scene_png(kind),
            description,
        )
        if image.focal_point_x is None:
            width, height = images.SCENE_SIZE
            image.set_focal_point(Rect(width * 0.3, height * 0.3, width * 0.7, height * 0.8))
            image.save()
        return image

    def ensure_document(self, title, filename, render):
        return self.ensure_file(self.documents, "documents", title, filename, render)

    def ensure_file(self, model, kind, title, filename, render):
        """The image or document with this title, made from `render()`'s bytes if missing."""
        instance = model.objects.filter(title=title).first()
        self.report.add(kind, instance is None)
        if instance is None:
            data = render()
            instance = model(
                title=title,
                file=ContentFile(data, name=filename),
                file_size=len(data),
                file_hash=hash_filelike(io.BytesIO(data)),
            )
            instance.save()
        return instance
