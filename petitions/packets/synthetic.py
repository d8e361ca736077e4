"""Made-up packet content and signers, for tests, benchmarks and previews.

Names in the languages of the coalition's members (French, Spanish, Tagalog, Punjabi in Gurmukhi),
no real person's data.
"""

import datetime

from petitions.packets.records import NamedSigner, PacketContent, Recipient

GIVEN_NAMES = (
    "José",
    "Françoise",
    "María Guadalupe",
    "Ma. Lourdes",
    "Gurpreet",
    "ਗੁਰਪ੍ਰੀਤ",
    "Jean-François",
    "Analyn",
    "Héctor",
    "ਹਰਜੀਤ",
)
FAMILY_NAMES = (
    "Nuñez-Ibáñez",
    "L'Écuyer",
    "dela Cruz",
    "Bautista",
    "Singh Dhillon",
    "ਸਿੰਘ ਢਿੱਲੋਂ",
    "Côté",
    "Macaraeg",
    "Hernández Castañeda",
    "ਕੌਰ ਸੰਧੂ",
)
CITIES = (
    ("Leamington", "N8H"),
    ("Saint-Rémi", "J0L"),
    ("Abbotsford", "V2S"),
    ("Kingsville", "N9Y"),
    ("Saint-Jean-sur-Richelieu", "J3B"),
)


def synthetic_signers(count, first_day=datetime.date(2026, 9, 1)):
    """`count` made-up named signers, generated lazily."""
    for index in range(count):
        given = GIVEN_NAMES[index % len(GIVEN_NAMES)]
        family = FAMILY_NAMES[(index // len(GIVEN_NAMES)) % len(FAMILY_NAMES)]
        city, fsa = CITIES[index % len(CITIES)]
        yield NamedSigner(
            name=f"{given} {family}",
            city=city,
            postal_code=f"{fsa} {index % 10}A{(index // 10) % 10}",
            signed_on=first_day + datetime.timedelta(days=index % 60),
        )


def sample_content(named_count, signature_count=None, languages=("en",), recipient=True):
    """A riding packet's content for `named_count` named signers."""
    return PacketContent(
        packet_id="P1-35001-20261121T184500",
        languages=languages,
        petition_titles={
            "en": "Permanent status on arrival for migrant farm workers",
            "fr": "Le statut permanent dès l'arrivée pour les travailleurs agricoles migrants",
        },
        petition_requests={
            "en": (
                "We, the undersigned, call upon the Government of Canada to grant permanent "
                "residence on arrival to migrant farm workers and to end closed work permits."
            ),
            "fr": (
                "Nous demandons au gouvernement du Canada d'accorder la résidence permanente "
                "dès l'arrivée aux travailleurs agricoles migrants et de mettre fin aux permis "
                "de travail fermés."
            ),
        },
        riding_code="35001",
        riding_name_en="Ajax",
        riding_name_fr="Ajax",
        province="ON",
        recipient=Recipient(name="Jennifer O'Connell", party="Liberal") if recipient else None,
        signature_count=signature_count if signature_count is not None else named_count,
        named_count=named_count,
        organization_name="Migrant Workers Coalition",
        generated_at=datetime.datetime(2026, 11, 21, 18, 45, tzinfo=datetime.UTC),
    )
