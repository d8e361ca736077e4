"""Demo policy briefs and their index page.

Every organization, person, phone number and quote here is invented. Phone numbers use the
555-01xx range reserved for fiction, and every email address and website is under example.org,
which is reserved for documentation. Rich text is stored as Wagtail's HTML.
"""

import datetime

POLICY_INDEX = {
    "title": "Policy briefs",
    "slug": "policy",
    "show_in_menus": True,
    "introduction": (
        "Our submissions to parliamentary committees and federal ministers, with the "
        "organizations that wrote and endorsed each one."
    ),
}


POLICY_BRIEFS = [
    {
        "title": "Ending employer-tied work permits",
        "slug": "ending-employer-tied-work-permits",
        "scene": "brief",
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
        "scene": "homes",
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
        "scene": "parliament",
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
