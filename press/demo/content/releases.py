"""Demo news releases and their index page.

Every organization, person, phone number and quote here is invented. Phone numbers use the
555-01xx range reserved for fiction, and every email address and website is under example.org,
which is reserved for documentation. Rich text is stored as Wagtail's HTML.
"""

import datetime

PRESS_INDEX = {
    "title": "News releases",
    "slug": "press",
    "show_in_menus": True,
    "introduction": (
        "Statements and news releases from the coalition and its members. Journalists: each "
        "release lists media contacts and the languages they speak."
    ),
}


def _quote(quote, attribution, role, organization):
    return (
        "quote",
        {"quote": quote, "attribution": attribution, "role": role, "organization": organization},
    )


PRESS_RELEASES = [
    {
        "title": "Coalition calls for open work permits for every migrant worker",
        "slug": "open-work-permits-for-every-migrant-worker",
        "scene": "fields",
        "release_date": datetime.date(2024, 3, 12),
        "dateline_city": "Ottawa",
        "lede": (
            "Twenty-two organizations from seven provinces and territories today asked the "
            "federal government to replace employer-tied work permits with open permits, "
            "saying that tying a worker's legal status to one employer invites abuse."
        ),
        "body": [
            (
                "paragraph",
                "<p>In a joint letter sent ahead of the federal budget, the coalition's members "
                "describe workers who stayed silent about unpaid overtime, unsafe machinery "
                "and crowded housing because complaining could cost them their permit and "
                "their place in Canada.</p>"
                "<p>The letter asks for open work permits for all temporary workers, with no "
                "application fee, and for workers who report abuse to keep their status while "
                "their complaint is investigated.</p>",
            ),
            _quote(
                "A worker who can leave a bad employer is a worker who can say no. That one "
                "change would prevent more abuse than any inspection program.",
                "Ana Lucía Ferreira",
                "Coordinator",
                "Niagara Seasonal Workers' Defence Committee",
            ),
            (
                "paragraph",
                "<p>The coalition will present the letter to members of Parliament from all "
                "parties at a briefing on Parliament Hill in April.</p>",
            ),
        ],
        "tags": ["open work permits"],
        "contacts": ["lucia"],
    },
    {
        "title": "Greenhouse workers report dangerous heat; coalition urges enforceable limits",
        "slug": "greenhouse-workers-report-dangerous-heat",
        "scene": "greenhouse",
        "release_date": datetime.date(2024, 7, 18),
        "dateline_city": "Leamington, Ont.",
        "lede": (
            "Workers in southwestern Ontario greenhouses describe temperatures above 40°C "
            "during this week's heat wave, and the coalition is calling for a maximum "
            "working temperature written into law."
        ),
        "body": [
            (
                "paragraph",
                "<p>Over three evenings, volunteers from the Essex County Greenhouse Workers' "
                "Network spoke with 146 workers. More than half said they had felt dizzy or "
                "nauseous at work this month; fewer than one in five said they could take a "
                "break in the shade when they needed one.</p>",
            ),
            _quote(
                "Under the plastic it is hotter than outside, and the work does not slow "
                "down. People faint and are back on the line the next morning because they "
                "are afraid.",
                "Rosa Elvira Cañas",
                "Greenhouse worker",
                "Essex County Greenhouse Workers' Network",
            ),
            (
                "paragraph",
                "<p>The coalition asks the province to set a maximum indoor working "
                "temperature, to require paid cooling breaks, and to protect workers who stop "
                "work because of heat from reprisal, including the loss of their permit.</p>",
            ),
        ],
        "tags": ["heat stress"],
        "contacts": ["lucia", "simran"],
    },
    {
        "title": "Survey finds crowded, unsafe employer housing on Fraser Valley farms",
        "slug": "survey-finds-unsafe-employer-housing",
        "scene": "homes",
        "release_date": datetime.date(2024, 11, 5),
        "dateline_city": "Abbotsford, B.C.",
        "lede": (
            "A survey of 212 farmworkers by the Fraser Valley Farmworkers' Support Network "
            "found that one in three shared a bedroom with four or more people, and many had "
            "no working kitchen."
        ),
        "body": [
            (
                "paragraph",
                "<p>Workers described bunk beds in converted barns, a single bathroom for "
                "more than a dozen people, and rent deducted from their pay for housing they "
                "could not refuse. Several said inspections were announced days in advance.</p>"
                "<h2>What the coalition is asking for</h2>"
                "<ul><li>National minimum standards for employer-provided housing, written "
                "with workers.</li><li>Unannounced inspections, with interpreters.</li>"
                "<li>No housing costs deducted from wages without a written, signed "
                "agreement.</li></ul>",
            ),
            _quote(
                "We are told the housing is free, then it comes out of our cheque. We cannot "
                "complain, because the landlord is also the boss.",
                "Gurpreet Singh Sidhu",
                "Farmworker",
                "Fraser Valley Farmworkers' Support Network",
            ),
        ],
        "tags": ["housing"],
        "contacts": ["simran"],
    },
    {
        "title": "More than 40 organizations sign joint statement for status for all",
        "slug": "joint-statement-status-for-all",
        "scene": "parliament",
        "release_date": datetime.date(2025, 2, 20),
        "dateline_city": "Montréal",
        "lede": (
            "Worker centres, caregiver associations, faith groups and unions from coast to "
            "coast today released a joint statement calling for permanent resident status "
            "for all migrants already living and working in Canada."
        ),
        "body": [
            (
                "paragraph",
                "<p>The statement asks the federal government to open a broad, simple "
                "regularization program for undocumented people and to give permanent "
                "residence on arrival to workers in sectors Canada relies on year after "
                "year.</p>",
            ),
            _quote(
                "Nous travaillons ici, nous payons des impôts ici, nos enfants vont à l'école "
                "ici. Il est temps que notre statut reconnaisse cette réalité.",
                "Hugo Ramírez Castillo",
                "Porte-parole",
                "Collectif des travailleuses et travailleurs agricoles de la Montérégie",
            ),
            (
                "paragraph",
                "<p>Organizations that wish to add their name can write to the coalition. "
                "The full text is available in English, French, Spanish, Punjabi and "
                "Tagalog.</p>",
            ),
        ],
        "tags": ["status for all"],
        "contacts": ["lucia", "jomar"],
    },
    {
        "title": "Coalition welcomes committee study, asks MPs to hear from workers directly",
        "slug": "committee-study-hear-from-workers",
        "scene": "parliament",
        "release_date": datetime.date(2025, 6, 10),
        "dateline_city": "Winnipeg",
        "lede": (
            "The coalition welcomed a parliamentary committee's decision to study temporary "
            "work permits and asked that workers themselves be invited to testify, with "
            "interpretation and protection from reprisal."
        ),
        "body": [
            (
                "paragraph",
                "<p>Members say workers are often discussed at hearings but rarely heard. The "
                "coalition offered to help arrange testimony by video from the regions where "
                "workers live, outside working hours, in the language of their choice.</p>",
            ),
            _quote(
                "The committee will hear from employers and recruiters. It should also hear "
                "from the people who do the work, without fear of losing their job for it.",
                "Daniel Osei",
                "Organizer",
                "Red River Migrant Workers' Association",
            ),
        ],
        "tags": ["open work permits", "status for all"],
        "contacts": ["lucia"],
    },
    {
        "title": "Heat wave: coalition opens multilingual hotline, calls for right to stop work",
        "slug": "heat-wave-hotline-right-to-stop-work",
        "scene": "fields",
        "release_date": datetime.date(2025, 8, 27),
        "dateline_city": "Saskatoon",
        "lede": (
            "As temperatures pass 35°C across the Prairies, coalition members have opened a "
            "hotline in English, Spanish, Punjabi and Tagalog for workers facing dangerous "
            "heat at work."
        ),
        "body": [
            (
                "paragraph",
                "<p>Callers can get information on their right to refuse unsafe work, on "
                "heat illness symptoms, and on how to file a complaint without giving their "
                "name. Volunteers answer from 6 a.m. to 10 p.m. until the heat warning "
                "ends.</p>",
            ),
            _quote(
                "Nobody should have to choose between heat stroke and their work permit. The "
                "right to stop work in dangerous heat must be real for migrant workers too.",
                "Marisol Quintero",
                "Outreach coordinator",
                "Prairie Farmworkers' Support Network",
            ),
        ],
        "tags": ["heat stress"],
        "contacts": ["simran", "lucia"],
    },
    {
        "title": "Fish plant workers left without housing when the season ends",
        "slug": "fish-plant-workers-left-without-housing",
        "scene": "harbour",
        "release_date": datetime.date(2025, 10, 15),
        "dateline_city": "Caraquet, N.B.",
        "lede": (
            "Workers at seafood processing plants in northeastern New Brunswick say they "
            "were given days to leave employer housing at the end of the season, while "
            "still waiting for their last pay and their flights home."
        ),
        "body": [
            (
                "paragraph",
                "<p>Members of the Acadian Peninsula Fish Plant Workers' Network found "
                "workers staying with neighbours and in a church hall. The coalition is "
                "asking for housing rules that give at least 30 days' notice and for "
                "employers to remain responsible for lodging until a worker's return flight."
                "</p>",
            ),
            _quote(
                "We processed their crab all summer. Now we sleep on a friend's floor and wait "
                "for our last cheque.",
                "Leonora Bautista",
                "Fish plant worker",
                "Acadian Peninsula Fish Plant Workers' Network",
            ),
        ],
        "tags": ["housing"],
        "contacts": ["jomar", "lucia"],
    },
    {
        "title": "Caregivers left in limbo by pause in permanent residence intake",
        "slug": "caregivers-left-in-limbo",
        "scene": "homes",
        "release_date": datetime.date(2026, 1, 22),
        "dateline_city": "Toronto",
        "lede": (
            "Caregiver organizations say thousands of home child-care and home support "
            "workers cannot plan their lives while applications for permanent residence stay "
            "closed, and ask for a date to reopen them."
        ),
        "body": [
            (
                "paragraph",
                "<p>Caregivers who came on the promise of a path to permanent residence "
                "describe permits running out, families kept apart for years and employers "
                "who know their workers cannot leave.</p>",
            ),
            _quote(
                "Ang hinihingi lang namin ay malinaw na daan. We were promised a path. We only "
                "ask that the door be opened again, with a date we can count on.",
                "Teresita Mabini",
                "Home child-care provider",
                "Pacific Caregivers' Circle",
            ),
            (
                "paragraph",
                "<p>The coalition asks the government to reopen intake with a published "
                "calendar, and to count time already worked in Canada toward "
                "eligibility.</p>",
            ),
        ],
        "tags": ["status for all"],
        "contacts": ["jomar"],
    },
    {
        "title": "Coalition asks MPs to open Employment Insurance to migrant workers",
        "slug": "employment-insurance-brief-to-committee",
        "scene": "brief",
        "release_date": datetime.date(2026, 3, 26),
        "dateline_city": "Ottawa",
        "lede": (
            "The coalition today submitted a brief to the House of Commons committee on human "
            "resources asking that migrant workers be able to collect the Employment Insurance "
            "benefits they pay for, including sickness and parental benefits."
        ),
        "body": [
            (
                "paragraph",
                "<p>The brief, written with member organizations in six provinces, shows how "
                "workers pay premiums on every paycheque but can rarely draw benefits, "
                "because their permits end with their job and claims cannot be made from "
                "abroad.</p>",
            ),
            _quote(
                "Workers pay into the system with every cheque. When they are laid off, "
                "injured or become parents, they should be covered like anyone else.",
                "Ana Lucía Ferreira",
                "Coordinator",
                "Niagara Seasonal Workers' Defence Committee",
            ),
        ],
        "tags": ["employment insurance", "open work permits"],
        "contacts": ["lucia", "simran"],
    },
]
