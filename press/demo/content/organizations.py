"""Demo coalition: the coalition page, the media contacts and the member organizations.

Every organization, person, phone number and quote here is invented. Phone numbers use the
555-01xx range reserved for fiction, and every email address and website is under example.org,
which is reserved for documentation. Rich text is stored as Wagtail's HTML.
"""

from home.demo.content import COALITION_NAME

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
