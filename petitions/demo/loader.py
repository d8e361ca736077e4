"""The petitions app's demo content.

The petition index and petitions under the home page, the home page's featured petition, and
confirmed signatures from fictional signers.
"""

import random

from django.utils import timezone

from home.demo.content import SCENE_ALT
from petitions.demo import content
from petitions.models import PetitionIndexPage, PetitionPage, Riding, Signature


def load(builder):
    """Find or create the petitions app's demo content with `builder` (home/demo/builder.py)."""
    index = builder.ensure_index(PetitionIndexPage, content.PETITION_INDEX)
    for data in content.PETITIONS:
        ensure_petition(builder, index, data)


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
    if data["featured"]:
        # modelcluster's create() adds the row to this in-memory home page without saving
        # it: the English home page gets no row in the database, while its translations,
        # made from this same instance (home/demo/translate.py), do. A known gap, kept so
        # that load_demo creates what it always has.
        builder.home.featured_petitions.create(petition=page)
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
