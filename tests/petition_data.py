"""Petitions and signatures for the organizer-tool tests (admin, counts JSON, purge), made
with the factories of tests/factories/petitions.py."""

from petitions.models import PetitionIndexPage
from tests.factories.petitions import (
    PetitionIndexPageFactory,
    PetitionPageFactory,
    SignatureFactory,
)


def make_petition(home_page, **fields):
    """A live petition under the home page's petition index (created the first time)."""
    index = PetitionIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = PetitionIndexPageFactory(parent=home_page)
    return PetitionPageFactory(parent=index, **fields)


def make_signature(petition, riding=None, confirmed=True, **fields):
    """A signature (confirmed unless `confirmed` is false) on `petition`."""
    if not confirmed:
        fields["confirmed_at"] = None
    return SignatureFactory(petition=petition, riding=riding, **fields)
