"""The petitions app's demo content.

The petition index and petitions under the home page, confirmed signatures from fictional
signers, and (once translated) the featured petition of every language's home page.
"""

import random
import uuid

from django.utils import timezone

from home.demo.content import SCENE_ALT
from home.models import HomePage, HomePageFeaturedPetition
from petitions.demo import content
from petitions.models import PetitionIndexPage, PetitionPage, Riding, Signature


def load(builder):
    """Find or create the petitions app's demo content with `builder` (home/demo/builder.py)."""
    index = builder.ensure_index(PetitionIndexPage, content.PETITION_INDEX)
    for data in content.PETITIONS:
        ensure_petition(builder, index, data)


def finish(builder):
    """Feature the demo's featured petitions on the home page of every language.

    Run after the translations (home/demo/loader.py), when each language has its home page and
    its version of each petition. A home page that already shows a petition is left as it is
    (an editor chose it); one that shows none (a new site, or a demo loaded before this was
    fixed, whose rows pointed at the English petition with no sort order) gets the featured
    petitions in its own language, published as a new revision so the editor sees them too.
    """
    originals = [
        PetitionPage.objects.filter(locale=builder.locale, slug=data["slug"]).first()
        for data in content.PETITIONS
        if data["featured"]
    ]
    originals = [petition for petition in originals if petition is not None]
    homes = HomePage.objects.filter(
        translation_key=builder.home.translation_key, alias_of__isnull=True
    ).order_by("pk")
    # One translation key per featured row, shared by its versions in every language (as
    # wagtail-localize gives a translated page's inline rows).
    keys = [uuid.uuid5(petition.translation_key, "home-featured") for petition in originals]
    for home in homes:
        shows_one = HomePageFeaturedPetition.objects.filter(
            page=home, petition__live=True, sort_order__isnull=False
        )
        if shows_one.exists() or not originals:
            builder.report.add("featured petitions", False)
            continue
        petitions = [petition_in_locale(petition, home.locale) for petition in originals]
        feature(home, zip(petitions, keys, strict=True))
        builder.report.add("featured petitions", True)


def petition_in_locale(petition, locale):
    """`petition`'s version in `locale` (a translation or an alias), else `petition` itself."""
    return petition.get_translation_or_none(locale) or petition


def feature(home, petitions):
    """Make `petitions` ((page, translation key), in order) `home`'s featured ones; publish it."""
    home = home.get_latest_revision_as_object()
    home.featured_petitions = [
        HomePageFeaturedPetition(
            petition=petition, translation_key=key, locale_id=home.locale_id, sort_order=order
        )
        for order, (petition, key) in enumerate(petitions)
    ]
    home.save_revision().publish()


def ensure_petition(builder, index, data):
    if builder.find_child(index, PetitionPage, data["slug"]):
        return
    fields = ["title", "slug", "summary", "request", "addressed_to", "goal", "status"]
    page = PetitionPage(
        **{name: data[name] for name in fields},
        share_text=data["share_text"],
        body=list(data["body"]),
        image=builder.ensure_scene(data["scene"], SCENE_ALT[data["scene"]]),
    )
    page = builder.publish_child(index, page)
    add_demo_signatures(builder.report, page, data["demo_signatures"])


def add_demo_signatures(report, petition, count):
    """Confirmed signatures from fictional signers in random ridings.

    Added when the ridings have been imported (`make demo` imports them first).
    """
    ridings = list(Riding.objects.current())
    if not ridings:
        report.notes.append("No ridings imported: demo petitions have no signatures.")
        return
    rng = random.Random(petition.slug)  # noqa: S311 - demo data, not security
    now = timezone.now()
    Signature.objects.bulk_create(
        Signature(
            petition=petition,
            full_name=" ".join(
                [rng.choice(content.DEMO_GIVEN_NAMES), rng.choice(content.DEMO_FAMILY_NAMES)]
            ),
            email=f"signer{number}@example.org",
            postal_code="K1A 0A6",
            riding=rng.choice(ridings),
            consent=rng.choice(list(Signature.Consent)),
            confirmed_at=now,
        )
        for number in range(count)
    )
    report.add("signatures", True, count)
