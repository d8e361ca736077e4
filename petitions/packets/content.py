"""What a riding's packet is made of, read from the database.

The MP it is addressed to and their language, the petition's title and request in that language,
the counts, and the named signers (those who chose to share their name with their MP). No HTTP, no
object storage.

Signers who chose "count only" are counted here and never read: their names never reach the
renderer, the CSV or anything derived from them.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import TruncDate

from home.models import SiteSettings
from petitions.models import Member, PetitionPage, Riding, Signature
from petitions.packets.records import NamedSigner, PacketContent, Recipient

SIGNER_CHUNK = 2000
# Bumped when the packet layout changes in a way that should regenerate unchanged ridings.
CONTENT_VERSION = 1


def member_language(member: Member | None, riding: Riding) -> str:
    """The MP's language (Member.language), or the riding's default.

    The riding's default, when the seat has no known MP: French in Quebec, English elsewhere.
    """
    if member is not None:
        return member.language
    return Member.Language.FRENCH if riding.province == "QC" else Member.Language.ENGLISH


def packet_languages(member: Member | None, riding: Riding, bilingual: bool) -> tuple[str, ...]:
    """The packet's languages, the MP's first; both official languages when bilingual."""
    first = member_language(member, riding)
    if not bilingual:
        return (first,)
    return (first, "en" if first == "fr" else "fr")


def current_member(riding: Riding) -> Member | None:
    return Member.objects.current().filter(riding=riding).select_related("riding").first()


def recipient_for(member: Member | None) -> Recipient | None:
    if member is None:
        return None
    name = " ".join(part for part in (member.honorific, member.full_name) if part)
    return Recipient(
        name=name, party=member.party, office_address=member.constituency_office.strip()
    )


def petition_texts(petition: PetitionPage, languages) -> tuple[dict, dict]:
    """({language: title}, {language: request}) from the petition's live translations.

    The translations are the pages sharing its translation_key, aliases excluded; a language
    without one gets the source page's text.
    """
    found = {}
    translations = (
        PetitionPage.objects.filter(
            translation_key=petition.translation_key,
            locale__language_code__in=list(languages),
            alias_of__isnull=True,
            live=True,
        )
        .select_related("locale")
        .only("title", "request", "locale__language_code")
    )
    for page in translations:
        found[page.locale.language_code] = page
    titles = {lang: (found.get(lang) or petition).title for lang in languages}
    requests = {lang: (found.get(lang) or petition).request for lang in languages}
    return titles, requests


def organization_name(petition: PetitionPage) -> str:
    """The organization named in Settings > Site settings of the petition's site."""
    return SiteSettings.organization_name_for(petition.get_site())


def counted_signatures(petition_id: int, riding_id: int):
    return Signature.objects.counted().filter(petition_id=petition_id, riding_id=riding_id)


def counts(petition_id: int, riding_id: int) -> tuple[int, int]:
    """(counted signatures, of which named) of one riding, in one query."""
    result = counted_signatures(petition_id, riding_id).aggregate(
        total=Count("pk"),
        named=Count("pk", filter=Q(consent=Signature.Consent.SHARE_WITH_MP)),
    )
    return result["total"], result["named"]


def named_signers(petition_id: int, riding_id: int) -> Iterator[NamedSigner]:
    """The riding's counted signers who chose to share their name with their MP.

    By name then signing time, read 2,000 rows at a time (a server-side cursor on PostgreSQL).
    Postal codes as PACKET_POSTAL_CODE says: "full" (M5S 2T9) or "fsa" (M5S).
    """
    rows = (
        counted_signatures(petition_id, riding_id)
        .filter(consent=Signature.Consent.SHARE_WITH_MP)
        .order_by("full_name", "created_at", "pk")
        # The date in the site's time zone (TIME_ZONE), computed by the database.
        .values_list("full_name", "city", "postal_code", TruncDate("created_at"))
    )
    fsa_only = settings.PACKET_POSTAL_CODE == "fsa"
    for full_name, city, postal_code, signed_on in rows.iterator(chunk_size=SIGNER_CHUNK):
        yield NamedSigner(
            name=full_name,
            city=city,
            postal_code=postal_code[:3] if fsa_only else postal_code,
            signed_on=signed_on,
        )


@dataclass(frozen=True)
class RidingSource:
    """Everything a riding's packet shows except its id, time and the signer rows."""

    petition: PetitionPage
    riding: Riding
    languages: tuple[str, ...]
    titles: dict
    requests: dict
    recipient: Recipient | None
    signature_count: int
    named_count: int
    organization_name: str

    @property
    def language(self) -> str:
        """The packet's main language (its CSV's, its file name's)."""
        return self.languages[0]

    @property
    def language_tag(self) -> str:
        """The packet's language tag.

        "en", "fr", or "fr-en" for a bilingual packet written first in French.
        """
        return "-".join(self.languages)

    def signers(self) -> Iterator[NamedSigner]:
        return named_signers(self.petition.pk, self.riding.pk)

    def content(self, packet_id: str, generated_at: datetime.datetime) -> PacketContent:
        return PacketContent(
            packet_id=packet_id,
            languages=self.languages,
            petition_titles=self.titles,
            petition_requests=self.requests,
            riding_code=self.riding.code,
            riding_name_en=self.riding.name_en,
            riding_name_fr=self.riding.name_fr,
            province=self.riding.province,
            recipient=self.recipient,
            signature_count=self.signature_count,
            named_count=self.named_count,
            organization_name=self.organization_name,
            generated_at=generated_at,
        )

    def fingerprint(self, list_sha256: str) -> str:
        """SHA-256 over everything that shapes the packet (not its id or time).

        A riding whose fingerprint equals its newest packet's needs no new one.
        """
        recipient = self.recipient
        shape = {
            "version": CONTENT_VERSION,
            "list": list_sha256,
            "counts": [self.signature_count, self.named_count],
            "recipient": (
                [recipient.name, recipient.party, recipient.office_address] if recipient else None
            ),
            "languages": list(self.languages),
            "titles": self.titles,
            "requests": self.requests,
            "riding": [self.riding.code, self.riding.name_en, self.riding.name_fr],
            "province": self.riding.province,
            "organization": self.organization_name,
            "postal_code": settings.PACKET_POSTAL_CODE,
        }
        encoded = json.dumps(shape, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()


def riding_source(
    petition: PetitionPage, riding: Riding, *, bilingual: bool = False, organization=None
) -> RidingSource:
    member = current_member(riding)
    languages = packet_languages(member, riding, bilingual)
    titles, requests = petition_texts(petition, languages)
    signature_count, named_count = counts(petition.pk, riding.pk)
    return RidingSource(
        petition=petition,
        riding=riding,
        languages=languages,
        titles=titles,
        requests=requests,
        recipient=recipient_for(member),
        signature_count=signature_count,
        named_count=named_count,
        organization_name=organization or organization_name(petition),
    )
