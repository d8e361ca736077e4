import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from press.models import (
    CoalitionPage,
    MediaContact,
    Organization,
    PolicyBriefIndexPage,
    PolicyBriefPage,
    PressReleaseIndexPage,
    PressReleasePage,
)
from tests.factories.home import paragraph


class PressReleaseIndexPageFactory(wagtail_factories.PageFactory):
    title = "News releases"
    slug = "news"
    introduction = "Statements from the coalition."

    class Meta:
        model = PressReleaseIndexPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Release number {n}")
    release_date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(n))
    dateline_city = "Toronto"
    lede = factory.LazyAttribute(lambda o: f"The coalition announced {o.title.lower()} today.")
    body = factory.LazyFunction(lambda: paragraph("Workers gathered outside Parliament."))

    class Meta:
        model = PressReleasePage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        # tags=["Housing", ...]: added before the page is first saved, which commits them.
        tags = kwargs.pop("tags", [])
        instance = model_class(**kwargs)
        instance.tags.add(*tags)
        parent.add_child(instance=instance)
        return instance


class PolicyBriefIndexPageFactory(wagtail_factories.PageFactory):
    title = "Policy briefs"
    slug = "policy"
    introduction = "Submissions to Parliament and government."

    class Meta:
        model = PolicyBriefIndexPage


class PolicyBriefPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Brief number {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(n))
    addressed_to = "Standing Committee on Citizenship and Immigration"
    summary = "<p>Regularize all undocumented people.</p>"
    recommendations = factory.LazyFunction(
        lambda: [
            (
                "recommendation",
                {"text": "Create a regularization program.", "sub_points": []},
            )
        ]
    )
    body = factory.LazyFunction(lambda: paragraph("The full brief."))

    class Meta:
        model = PolicyBriefPage


class CoalitionPageFactory(wagtail_factories.PageFactory):
    title = "Our coalition"
    slug = "coalition"
    introduction = "<p>Member organizations across the country.</p>"

    class Meta:
        model = CoalitionPage


class OrganizationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Workers Centre {n:03d}")
    province = "ON"
    city = "Toronto"
    website = factory.Sequence(lambda n: f"https://centre{n}.example.org/")
    membership = Organization.Membership.MEMBER

    class Meta:
        model = Organization


class MediaContactFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Contact Person {n}")
    organization = "Migrant Workers Coalition"
    phone = "416-555-0100"
    email = factory.Sequence(lambda n: f"media{n}@example.org")
    languages_spoken = "English, Tagalog"

    class Meta:
        model = MediaContact
