"""Texts of the demo site that `manage.py load_demo` creates.

Every organization, person, phone number and quote here is invented. Phone numbers use the
555-01xx range reserved for fiction, and every email address and website is under example.org,
which is reserved for documentation. Rich text is stored as Wagtail's HTML.
"""

import datetime

COALITION_NAME = "Trellis Migrant Workers Coalition"

SITE_SETTINGS = {
    "organization_name": COALITION_NAME,
    "contact_email": "info@example.org",
    "phone": "+1 613-555-0100",
    "address": "Suite 410, 88 Commons Street\nOttawa, ON  K1N 0Z0",
    "bluesky_url": "https://bsky.app/profile/trellis.example.org",
    "instagram_url": "https://www.instagram.com/trellis_coalition_demo/",
}

# --- Home page -------------------------------------------------------------------------------

HOME = {
    "title": "Home",
    "slug": "home",
    "seo_title": f"{COALITION_NAME}: status, rights and dignity for migrant workers",
    "search_description": (
        "A coalition of migrant-worker organizations across Canada campaigning for permanent "
        "status, open work permits, safe housing and protection from heat."
    ),
    "hero_heading": "Same work, same rights. Status for all.",
    "hero_text": (
        "We are farmworkers, caregivers, fish plant and meatpacking workers, and the "
        "organizations that stand with them in every region of Canada. Together we press "
        "Parliament for permanent status, open work permits and safe, dignified work."
    ),
    "hero_image_alt": "Rows of crops stretching toward a rising sun.",
    "body": [
        (
            "paragraph",
            "<h2>Why a coalition</h2>"
            "<p>Each year tens of thousands of people come to Canada on temporary permits to "
            "plant and harvest our food, care for our families and keep our plants running. "
            "Many are tied to a single employer, live in housing that employer controls, and "
            "risk losing their status if they speak up. No single organization can change "
            "that alone.</p>"
            "<p>Our member organizations pool what they learn on the ground into joint "
            "submissions to Parliament, coordinated petitions, and news releases that put "
            "workers' own words in front of decision-makers.</p>",
        ),
        (
            "quote",
            {
                "quote": (
                    "When we speak one by one, they tell us we are a special case. When we "
                    "speak together, they have to listen."
                ),
                "attribution": "Mariela Ocampo",
                "role": "Farmworker and volunteer organizer",
                "organization": "Niagara Seasonal Workers' Defence Committee",
            },
        ),
    ],
}

# --- Standard pages --------------------------------------------------------------------------

ABOUT = {
    "title": "About the coalition",
    "slug": "about",
    "show_in_menus": True,
    "introduction": (
        f"The {COALITION_NAME} brings together worker centres, caregiver associations, legal "
        "clinics, faith groups and union locals that support migrant workers from British "
        "Columbia to Newfoundland and Labrador."
    ),
    "body": [
        (
            "paragraph",
            "<h2>What we do</h2>"
            "<ul>"
            "<li><b>Policy.</b> We write briefs to parliamentary committees and ministers, "
            "grounded in what workers tell our members.</li>"
            "<li><b>Petitions.</b> We run petitions that supporters sign once and that we "
            "deliver to every Member of Parliament, riding by riding.</li>"
            "<li><b>Media.</b> We help workers tell their own stories to journalists, in the "
            "language they are most comfortable in.</li>"
            "</ul>",
        ),
        (
            "paragraph",
            "<h2>How we work</h2>"
            "<p>Founding members set the coalition's priorities each spring at an assembly "
            "held in several languages. Members take part in campaigns and sign joint "
            "submissions; endorsers support particular campaigns without joining. Workers "
            "decide what is said in their name: we never publish a worker's name, employer or "
            "photo without their clear agreement.</p>"
            "<h2>Our priorities</h2>"
            "<ol>"
            "<li>Permanent resident status for all migrants, including those without "
            "papers.</li>"
            "<li>Open work permits, so no worker is tied to one employer.</li>"
            "<li>Enforceable standards for employer-provided housing.</li>"
            "<li>Protection from extreme heat, including the right to stop work.</li>"
            "</ol>",
        ),
        (
            "quote",
            {
                "quote": (
                    "I came to care for other people's children. I should not have to choose "
                    "between my job and my right to stay."
                ),
                "attribution": "Teresita Mabini",
                "role": "Home child-care provider",
                "organization": "Pacific Caregivers' Circle",
            },
        ),
    ],
}

PRIVACY = {
    "title": "Privacy policy",
    "slug": "privacy",
    "show_in_menus": False,
    "introduction": (
        "Many people who sign our petitions have precarious immigration status. This page "
        "explains, in plain words, what we collect when you sign, who can see it, how long we "
        "keep it, and how to have it deleted."
    ),
    "body": [
        (
            "paragraph",
            "<h2>What we collect when you sign a petition</h2>"
            "<p>Your name, your email address, your postal code (so we can count your "
            "signature in the right federal riding), the language you signed in, and your "
            "choices about sharing your name and receiving updates.</p>"
            "<h2>Who sees your name</h2>"
            "<p>Only a small number of coalition organizers can see names and email addresses. "
            "Translators and website editors cannot.</p>"
            "<p>When we deliver a petition, each Member of Parliament receives the number of "
            "people in their riding who signed. <b>Your name is shared with your MP only if "
            "you ticked the box asking us to share it.</b> If you did not, you are counted, "
            "not named.</p>"
            "<p>We never share your information with employers, recruiters, immigration "
            "authorities or the police, and we never sell it.</p>",
        ),
        (
            "paragraph",
            "<h2>Your IP address</h2>"
            "<p>To block automated and repeated signing, we record a scrambled (hashed) form "
            "of the internet address you signed from. We do not store the address itself, and "
            "the hashed form cannot be turned back into it.</p>"
            "<h2>Emails</h2>"
            "<p>We send one email to confirm your signature. We send campaign updates only if "
            "you asked for them, and every update has a link to stop them.</p>"
            "<h2>How long we keep it</h2>"
            "<p>We keep signatures while a petition is open and until it has been delivered. "
            "After that, names, email addresses and postal codes are erased on a set schedule "
            "and only the number of signatures per riding is kept.</p>"
            "<h2>Deleting your signature</h2>"
            "<p>You can ask us at any time to delete your signature and everything we hold "
            'about you: write to <a href="mailto:privacy@example.org">privacy@example.org</a> '
            "from the address you signed with. We will do it within 30 days and confirm by "
            "email. A signature already delivered on paper to an MP cannot be recalled, but "
            "we will delete our copy.</p>",
        ),
    ],
}

# --- Index pages -----------------------------------------------------------------------------

PRESS_INDEX = {
    "title": "News releases",
    "slug": "press",
    "show_in_menus": True,
    "introduction": (
        "Statements and news releases from the coalition and its members. Journalists: each "
        "release lists media contacts and the languages they speak."
    ),
}

POLICY_INDEX = {
    "title": "Policy briefs",
    "slug": "policy",
    "show_in_menus": True,
    "introduction": (
        "Our submissions to parliamentary committees and federal ministers, with the "
        "organizations that wrote and endorsed each one."
    ),
}

COALITION = {
    "title": "Our coalition",
    "slug": "coalition",
    "show_in_menus": True,
    "introduction": (
        "<p>Worker centres, caregiver associations, legal clinics, faith groups and union "
        "locals in every region of Canada. <b>Founding members</b> set our priorities, "
        "<b>members</b> take part in every campaign, and <b>endorsers</b> support the "
        "campaigns they choose.</p>"
    ),
}

# --- Snippets --------------------------------------------------------------------------------

MEDIA_CONTACTS = {
    "lucia": {
        "name": "Lucía Herrera Molina",
        "organization": COALITION_NAME,
        "phone": "+1 613-555-0142",
        "email": "lucia.herrera@example.org",
        "languages_spoken": "English, Spanish, French",
    },
    "jomar": {
        "name": "Jomar Villareal",
        "organization": "Pacific Caregivers' Circle",
        "phone": "+1 604-555-0178",
        "email": "jomar.villareal@example.org",
        "languages_spoken": "English, Tagalog",
    },
    "simran": {
        "name": "Simran Kaur Bains",
        "organization": "Fraser Valley Farmworkers' Support Network",
        "phone": "+1 604-555-0163",
        "email": "simran.bains@example.org",
        "languages_spoken": "English, Punjabi, Hindi",
    },
}

FOUNDING = "founding_member"
MEMBER = "member"
ENDORSER = "endorser"
NOT_A_MEMBER = ""

# key: (name, acronym, province, city, membership, website host, logo colour or None,
#       description)
ORGANIZATIONS = {
    "fvfsn": (
        "Fraser Valley Farmworkers' Support Network",
        "FVFSN",
        "BC",
        "Abbotsford",
        FOUNDING,
        "fraservalley-farmworkers",
        "#2f6b3a",
        "Outreach, English classes and know-your-rights clinics for berry, vegetable and "
        "nursery workers in the Fraser Valley.",
    ),
    "owc": (
        "Okanagan Orchard Workers Collective",
        "",
        "BC",
        "Kelowna",
        MEMBER,
        "okanagan-orchard-workers",
        None,
        "Volunteers who meet orchard and vineyard workers where they live, with rides to "
        "clinics, banks and consulates.",
    ),
    "pcc": (
        "Pacific Caregivers' Circle",
        "PCC",
        "BC",
        "Vancouver",
        FOUNDING,
        "pacific-caregivers",
        "#8a3b6b",
        "A self-organized association of home child-care and home support workers, most of "
        "them from the Philippines.",
    ),
    "brnwc": (
        "Bow River Newcomer Workers' Centre",
        "BRNWC",
        "AB",
        "Calgary",
        MEMBER,
        "bowriver-workers",
        None,
        "A drop-in centre helping newcomer and temporary workers recover unpaid wages and "
        "file employment standards complaints.",
    ),
    "bmsc": (
        "Brooks Meatpacking Workers' Solidarity Committee",
        "",
        "AB",
        "Brooks",
        MEMBER,
        "brooks-solidarity",
        None,
        "Plant workers and neighbours organizing for safe line speeds, interpreters and "
        "affordable housing in southern Alberta.",
    ),
    "pfsn": (
        "Prairie Farmworkers' Support Network",
        "PFSN",
        "SK",
        "Saskatoon",
        FOUNDING,
        "prairie-farmworkers",
        "#b8860b",
        "Supports seasonal and year-round agricultural workers on grain, hog and greenhouse "
        "operations across Saskatchewan.",
    ),
    "rrmwa": (
        "Red River Migrant Workers' Association",
        "RRMWA",
        "MB",
        "Winnipeg",
        MEMBER,
        "redriver-migrants",
        None,
        "Peer support, tax clinics and community suppers for temporary foreign workers and "
        "international students who work.",
    ),
    "mcma": (
        "Manitoba Caregivers' Mutual Aid",
        "",
        "MB",
        "Winnipeg",
        ENDORSER,
        "mb-caregivers-mutual-aid",
        None,
        "An emergency fund and phone tree for caregivers who lose their job or their home.",
    ),
    "nswdc": (
        "Niagara Seasonal Workers' Defence Committee",
        "NSWDC",
        "ON",
        "St. Catharines",
        FOUNDING,
        "niagara-seasonal-workers",
        "#1f4e79",
        "Has accompanied seasonal agricultural workers in Niagara's orchards, vineyards and "
        "greenhouses since its first harvest-season outreach.",
    ),
    "ecgwn": (
        "Essex County Greenhouse Workers' Network",
        "ECGWN",
        "ON",
        "Leamington",
        FOUNDING,
        "essex-greenhouse-workers",
        None,
        "Workers and allies documenting heat, pesticide exposure and housing conditions in "
        "one of the largest greenhouse regions in North America.",
    ),
    "hmfo": (
        "Holland Marsh Farmworker Outreach",
        "",
        "ON",
        "Bradford",
        MEMBER,
        "hollandmarsh-outreach",
        None,
        "Weekly evening clinics with interpreters for vegetable farmworkers in the Holland Marsh.",
    ),
    "ldwc": (
        "Lakeshore Domestic Workers' Circle",
        "LDWC",
        "ON",
        "Toronto",
        MEMBER,
        "lakeshore-domestic-workers",
        None,
        "Caregivers and cleaners meeting every Sunday to share information, organize and "
        "support each other through permit renewals.",
    ),
    "rmlip": (
        "Rideau Migrant Legal Information Project",
        "RMLIP",
        "ON",
        "Ottawa",
        ENDORSER,
        "rideau-legal-info",
        None,
        "Law students and volunteer lawyers giving free legal information on permits, "
        "employment standards and workers' compensation.",
    ),
    "ntgwo": (
        "Norfolk Tobacco and Ginseng Workers' Outreach",
        "",
        "ON",
        "Simcoe",
        MEMBER,
        "norfolk-workers-outreach",
        None,
        "Health and safety information in Spanish and English for workers on tobacco, "
        "ginseng and vegetable farms in Norfolk County.",
    ),
    "stbmm": (
        "St. Brigid's Parish Migrant Ministry",
        "",
        "ON",
        "Leamington",
        ENDORSER,
        "stbrigid-migrant-ministry",
        None,
        "A parish ministry offering Spanish-language services, a clothing bank and rides to "
        "the hospital for farmworkers.",
    ),
    "ctam": (
        "Collectif des travailleuses et travailleurs agricoles de la Montérégie",
        "CTTAM",
        "QC",
        "Saint-Rémi",
        FOUNDING,
        "collectif-agricole-monteregie",
        "#7a2e1f",
        "Agricultural workers in the Montérégie organizing for decent housing and for the "
        "right to change employers.",
    ),
    "catq": (
        "Centre d'appui aux travailleurs temporaires de Québec",
        "CATTQ",
        "QC",
        "Québec",
        MEMBER,
        "appui-travailleurs-quebec",
        None,
        "Accompaniment for temporary workers in Quebec City's hotels, restaurants and "
        "food-processing plants.",
    ),
    "rmaf": (
        "Réseau montréalais des aides familiales",
        "",
        "QC",
        "Montréal",
        ENDORSER,
        "reseau-aides-familiales",
        None,
        "A network of caregivers and community organizations in Montréal working for access "
        "to permanent residence.",
    ),
    "avmww": (
        "Annapolis Valley Migrant Workers' Welcome",
        "",
        "NS",
        "Kentville",
        MEMBER,
        "annapolis-valley-welcome",
        None,
        "Volunteers who greet workers arriving for the apple and strawberry seasons and "
        "help them settle in.",
    ),
    "apfpwn": (
        "Acadian Peninsula Fish Plant Workers' Network",
        "",
        "NB",
        "Caraquet",
        MEMBER,
        "peninsule-fish-plant-workers",
        None,
        "Workers at crab and lobster processing plants, many of them from Mexico and the "
        "Philippines, organizing for year-round housing.",
    ),
    "isswsg": (
        "Island Seasonal Workers' Support Group",
        "",
        "PE",
        "Summerside",
        ENDORSER,
        "island-seasonal-workers",
        None,
        "Community members in Prince County supporting seafood and farm workers with "
        "transport, interpretation and social gatherings.",
    ),
    "anwa": (
        "Avalon Newcomer Workers' Alliance",
        "ANWA",
        "NL",
        "St. John's",
        ENDORSER,
        "avalon-newcomer-workers",
        None,
        "Newcomers and long-time residents supporting temporary workers in fish processing, "
        "retail and care work on the Avalon Peninsula.",
    ),
    "yhwc": (
        "Yukon Hospitality Workers' Circle",
        "",
        "YT",
        "Whitehorse",
        MEMBER,
        "yukon-hospitality-workers",
        None,
        "Hotel, restaurant and tourism workers on temporary permits in Whitehorse and "
        "Dawson City.",
    ),
    "ilmr": (
        "Institute for Labour Mobility Research",
        "ILMR",
        "ON",
        "Ottawa",
        NOT_A_MEMBER,
        "labour-mobility-research",
        None,
        "An independent research institute studying temporary migration and labour "
        "standards. Not a coalition member; it endorses some of our briefs.",
    ),
}

# --- News releases ---------------------------------------------------------------------------


def _quote(quote, attribution, role, organization):
    return (
        "quote",
        {"quote": quote, "attribution": attribution, "role": role, "organization": organization},
    )


PRESS_RELEASES = [
    {
        "title": "Coalition calls for open work permits for every migrant worker",
        "slug": "open-work-permits-for-every-migrant-worker",
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

# --- Policy briefs ---------------------------------------------------------------------------

POLICY_BRIEFS = [
    {
        "title": "Ending employer-tied work permits",
        "slug": "ending-employer-tied-work-permits",
        "date": datetime.date(2024, 10, 3),
        "addressed_to": "Standing Committee on Citizenship and Immigration",
        "summary": (
            "<p>Tying a worker's immigration status to one employer gives that employer power "
            "over far more than the job. This brief sets out how <b>open work permits</b> and "
            "a clear path to permanent residence would reduce abuse, improve compliance with "
            "labour law and keep workers in the communities that need them.</p>"
        ),
        "recommendations": [
            (
                "Replace employer-specific work permits with open work permits for all "
                "temporary foreign workers.",
                [
                    "As an interim step, issue sector-specific permits valid for any employer "
                    "in the sector and region.",
                    "Waive the open work permit fee.",
                ],
            ),
            (
                "Grant permanent residence on arrival to workers in agriculture, food "
                "processing and caregiving.",
                [],
            ),
            (
                "Allow workers who report abuse to keep their status, and work for another "
                "employer, while their complaint is investigated.",
                [],
            ),
            (
                "Create an independent ombudsperson for migrant workers, with offices in each "
                "region and services in workers' languages.",
                [
                    "Give the ombudsperson power to investigate employers and recruiters.",
                    "Publish an annual report to Parliament.",
                ],
            ),
        ],
        "body": [
            (
                "paragraph",
                "<h2>Background</h2>"
                "<p>Coalition members supported more than 3,000 workers last year. The most "
                "common reason workers gave for not reporting a problem was fear of losing "
                "their permit. Open permits remove that fear without adding to the cost of "
                "enforcement.</p>",
            ),
        ],
        "submitters": ["nswdc", "fvfsn", "ctam"],
        "endorsers": ["rmlip", "stbmm", "ilmr"],
    },
    {
        "title": "Heat, housing and health: minimum standards for temporary foreign workers",
        "slug": "heat-housing-health-minimum-standards",
        "date": datetime.date(2025, 5, 14),
        "addressed_to": "Minister of Employment, Workforce Development and Labour",
        "summary": (
            "<p>Employers who hire through the Temporary Foreign Worker Program already sign "
            "commitments on wages and working conditions. This brief asks the Minister to add "
            "<b>enforceable national standards</b> for extreme heat and employer-provided "
            "housing, and to make inspections meaningful.</p>"
        ),
        "recommendations": [
            (
                "Set a national heat standard as a condition of hiring through the program.",
                [
                    "A maximum working temperature, indoors and outdoors.",
                    "Paid cooling breaks, shade and drinking water at every work site.",
                    "The right to stop work in dangerous heat without reprisal.",
                ],
            ),
            (
                "Adopt national minimum standards for employer-provided housing, developed "
                "with workers.",
                [
                    "No more than two people per bedroom.",
                    "A working kitchen and bathroom for every six residents.",
                ],
            ),
            (
                "Make inspections unannounced, conduct them with interpreters, and interview "
                "workers away from their employer.",
                [],
            ),
            (
                "Publish the names of employers found non-compliant, and bar repeat offenders "
                "from the program.",
                [],
            ),
            (
                "Fund community organizations to tell workers about their rights in their own "
                "languages.",
                [],
            ),
        ],
        "body": [
            (
                "paragraph",
                "<h2>What workers told us</h2>"
                "<p>In surveys by coalition members in British Columbia and Ontario, most "
                "workers reported symptoms of heat illness during the summer, and one in "
                "three shared a bedroom with four or more people.</p>",
            ),
        ],
        "submitters": ["ecgwn", "pfsn", "fvfsn"],
        "endorsers": ["hmfo", "owc", "avmww", "ilmr"],
    },
    {
        "title": "Employment Insurance and parental benefits for migrant workers",
        "slug": "employment-insurance-for-migrant-workers",
        "date": datetime.date(2026, 3, 26),
        "addressed_to": "Standing Committee on Human Resources, Skills and Social Development",
        "summary": (
            "<p>Migrant workers pay Employment Insurance premiums on every paycheque, yet most "
            "can never collect regular, sickness or parental benefits. This brief proposes "
            "changes that would let them <b>receive the benefits they pay for</b>.</p>"
        ),
        "recommendations": [
            (
                "Allow workers to receive regular benefits between contracts without having "
                "to hold a valid work permit for the whole benefit period.",
                [],
            ),
            (
                "Guarantee access to sickness, compassionate care and parental benefits for "
                "workers who have left Canada at the end of their contract.",
                [
                    "Accept claims and medical documents filed from abroad.",
                    "Pay benefits to foreign bank accounts without fees.",
                ],
            ),
            (
                "Provide Service Canada information and claim support in Spanish, Punjabi, "
                "Tagalog and other workers' languages.",
                [],
            ),
        ],
        "body": [
            (
                "paragraph",
                "<h2>Why it matters</h2>"
                "<p>A seasonal worker who is injured in August or who becomes a parent during "
                "the off-season usually loses both income and the benefits they paid for. "
                "These changes would cost little and would treat contributors equally.</p>",
            ),
        ],
        "submitters": ["pcc", "ldwc", "rrmwa"],
        "endorsers": ["catq", "rmaf", "mcma", "anwa"],
    },
]

# --- Generated images ------------------------------------------------------------------------

HERO_IMAGE_TITLE = "Demo: fields at sunrise (hero)"
SHARE_IMAGE_TITLE = "Demo: coalition sharing image"
SHARE_IMAGE_LINES = ("Trellis", "Migrant Workers Coalition", "Status, rights and dignity for all")

PETITION_INDEX = {
    "title": "Petitions",
    "slug": "petitions",
    "show_in_menus": True,
    "introduction": (
        "Add your name. Every signature is counted in your federal riding and delivered to "
        "your Member of Parliament. Your name is shared only if you say so."
    ),
}

PETITIONS = [
    {
        "title": "Open work permits for every migrant worker",
        "slug": "open-work-permits",
        "summary": (
            "Employer-tied work permits trap workers in abusive jobs. We ask Parliament to "
            "replace them with open work permits."
        ),
        "request": (
            "We, the undersigned residents of Canada, call upon the House of Commons to "
            "replace employer-specific work permits with open work permits for all migrant "
            "workers, so that no worker has to choose between their safety and their status."
        ),
        "addressed_to": "own_mp",
        "goal": 25000,
        "status": "open",
        "share_text": "I signed for open work permits for every migrant worker. Will you?",
        "body": [
            (
                "paragraph",
                "<h2>Why it matters</h2><p>A worker whose permit names one employer cannot "
                "leave that employer without losing the right to work. Complaints about "
                "wages, housing or safety become a risk to their status.</p>",
            ),
            (
                "story",
                {
                    "name": "Rosa",
                    "description": "Seasonal farmworker, Ontario",
                    "story": (
                        "When our bunkhouse flooded, we slept in the barn for two weeks. I "
                        "could not complain: my permit said I could only work for him."
                    ),
                    # Stored as the editor stores an empty optional field, for translation.
                    "image": None,
                    "image_alt": "",
                },
            ),
        ],
        "featured": True,
        "demo_signatures": 400,
    },
    {
        "title": "Heat protection on every farm",
        "slug": "heat-protection",
        "summary": "Enforceable limits on outdoor and greenhouse work in extreme heat.",
        "request": (
            "We call upon the Government of Canada to make enforceable heat-stress limits a "
            "condition of every agricultural work permit."
        ),
        "addressed_to": "government",
        "goal": 5000,
        "status": "closed",
        "share_text": "",
        "body": [],
        "featured": False,
        "demo_signatures": 120,
    },
]

# Fictional signers for the demo petitions (example.org emails).
DEMO_GIVEN_NAMES = ["Ana", "Jomar", "Simran", "Luis", "Marie", "Gurpreet", "Rowena", "Daniel"]
DEMO_FAMILY_NAMES = ["Reyes", "Kaur", "Tremblay", "Santos", "Gill", "Dela Cruz", "Martin"]
