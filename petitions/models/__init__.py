from petitions.models.pages import PetitionIndexPage, PetitionPage
from petitions.models.ridings import (
    CURRENT_REPRESENTATION_ORDER,
    Member,
    PostalCodeRiding,
    RepresentationOrder,
    Riding,
)
from petitions.models.signatures import Signature

__all__ = [
    "CURRENT_REPRESENTATION_ORDER",
    "Member",
    "PetitionIndexPage",
    "PetitionPage",
    "PostalCodeRiding",
    "RepresentationOrder",
    "Riding",
    "Signature",
]
