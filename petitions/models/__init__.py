from petitions.models.deliveries import Delivery
from petitions.models.packets import Packet, PacketBatch, PacketJob
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
    "Delivery",
    "Member",
    "Packet",
    "PacketBatch",
    "PacketJob",
    "PetitionIndexPage",
    "PetitionPage",
    "PostalCodeRiding",
    "RepresentationOrder",
    "Riding",
    "Signature",
]
