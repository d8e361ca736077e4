"""The plain records the packet pipeline passes around.

What content.py reads from the database, csvfile.py reads back from a CSV and synthetic.py makes
up, and what the renderers (render.py, summary.py) draw. No ReportLab, no database: any module can
import them.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class NamedSigner:
    name: str
    city: str
    postal_code: str  # already cut to the first three characters when settings say so
    signed_on: datetime.date


@dataclass(frozen=True)
class Recipient:
    """The riding's MP."""

    name: str
    party: str = ""
    office_address: str = ""  # multi-line; "" means: address the letter to the House of Commons


@dataclass(frozen=True)
class PacketContent:
    packet_id: str  # shown in every footer, e.g. "P12-35001-20261121T184500"
    languages: tuple[str, ...]  # ("en",), ("fr",), or two for a bilingual letter, first is primary
    petition_titles: dict[str, str]  # language -> title (falls back to any available)
    petition_requests: dict[str, str]  # language -> request text
    riding_code: str
    riding_name_en: str
    riding_name_fr: str
    province: str  # two-letter code
    recipient: Recipient | None  # None: vacant seat -> "The Member of Parliament for <riding>"
    signature_count: int  # confirmed, counted signatures from the riding
    named_count: int  # of them, consenting to share their name
    organization_name: str  # the coalition (signs the letter)
    generated_at: datetime.datetime

    @property
    def language(self):
        return self.languages[0] if self.languages else "en"

    def title(self, language):
        return _in_language(self.petition_titles, language)

    def request(self, language):
        return _in_language(self.petition_requests, language)

    def riding_name(self, language):
        if language.startswith("fr"):
            return self.riding_name_fr or self.riding_name_en
        return self.riding_name_en or self.riding_name_fr


def _in_language(texts, language):
    if texts.get(language):
        return texts[language]
    return next((text for text in texts.values() if text), "")


@dataclass(frozen=True)
class SummaryRow:
    """One riding in the petition summary PDF."""

    riding_code: str
    riding_name: str
    province: str
    signature_count: int
    named_count: int
    delivered_on: datetime.date | None
