"""Demo petitions, their index page, and the fictional signers of their signatures.

Every person and story here is invented, and every email address is under example.org, which
is reserved for documentation. Rich text is stored as Wagtail's HTML.
"""

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
        "scene": "fields",
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
        "scene": "greenhouse",
        "demo_signatures": 120,
    },
]

# Fictional signers for the demo petitions (example.org emails).
DEMO_GIVEN_NAMES = ["Ana", "Jomar", "Simran", "Luis", "Marie", "Gurpreet", "Rowena", "Daniel"]
DEMO_FAMILY_NAMES = ["Reyes", "Kaur", "Tremblay", "Santos", "Gill", "Dela Cruz", "Martin"]
