"""Texts of the site-level demo content that `manage.py load_demo` creates.

The home page, the about and privacy pages, the site settings and the generated images. The feature
apps' demo texts are beside them (press/demo/content/, petitions/demo/content.py).

Every organization, person, phone number and quote here is invented. Phone numbers use the 555-01xx
range reserved for fiction, and every email address and website is under example.org, which is
reserved for documentation. Rich text is stored as Wagtail's HTML.
"""

COALITION_NAME = "Trellis Migrant Workers Coalition"

SITE_SETTINGS = {
    "organization_name": COALITION_NAME,
    "contact_email": "info@example.org",
    "phone": "+1 613-555-0100",
    "address": "Suite 410, 88 Commons Street\nOttawa, ON  K1N 0Z0",
    "bluesky_url": "https://bsky.app/profile/trellis.example.org",
    "instagram_url": "https://www.instagram.com/trellis_coalition_demo/",
}

# The brand: colours that pass home/brand.py's contrast checks (white on the plum is 10.9:1,
# the dark text on the amber 10.8:1), and the coalition's name as its members say it.
BRAND = {
    "primary_colour": "#5b2a5c",
    "primary_colour_rgb": (91, 42, 92),
    "accent_colour": "#ffc24b",
    "accent_colour_rgb": (255, 194, 75),
}
LOGO_IMAGE_TITLE = "Trellis coalition logo"
ORGANIZATION_NAMES = {
    "fr": "Coalition Trellis des travailleurs migrants",
    "es": "Coalición Trellis de Trabajadores Migrantes",
    "pa": "ਟ੍ਰੇਲਿਸ ਪਰਵਾਸੀ ਮਜ਼ਦੂਰ ਗੱਠਜੋੜ",
    "tl": "Trellis na Koalisyon ng mga Migranteng Manggagawa",
}

# The generated illustrations (home/demo/images.py scene_png) and their alternative text.
SCENE_ALT = {
    "fields": "Farmworkers in sun hats between rows of crops, the sun low on the horizon.",
    "greenhouse": "Three greenhouses with rows of seedlings under a pale sky.",
    "harbour": "A fish plant by the water, a boat at the wharf.",
    "parliament": "A parliament building with a clock tower, on a lawn.",
    "homes": "A row of small, brightly painted houses at sunset.",
    "brief": "A stack of report pages with a bar chart.",
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
            "<p>We send one email to confirm your signature, with a link to manage it. If "
            "someone signs again with your address, we email you again, never more than three "
            "emails a day. Our emails never repeat what was typed into the form. We send "
            "campaign updates only if you asked for them, and every update has a link to stop "
            "them.</p>"
            "<h2>How long we keep it</h2>"
            "<p>We keep signatures while a petition is open and until it has been delivered. "
            "After that, names, email addresses and postal codes are erased on a set schedule "
            "and only the number of signatures per riding is kept.</p>"
            "<h2>Deleting your signature</h2>"
            "<p>Every email we send you has a link to “Manage my signature”: there you can "
            "withdraw your signature, which deletes it at once with everything you gave us and "
            "removes your name from the packets for MPs, or stop sharing your name.</p>"
            "<p>You can also ask us at any time to delete your signature and everything we "
            'hold about you: write to <a href="mailto:privacy@example.org">privacy@example.org'
            "</a> from the address you signed with. We will do it within 30 days and confirm "
            "by email. A signature already delivered on paper to an MP cannot be recalled, "
            "but we will delete our copy.</p>",
        ),
    ],
}

# --- Generated images ------------------------------------------------------------------------

HERO_IMAGE_TITLE = "Demo: fields at sunrise (hero)"
SHARE_IMAGE_TITLE = "Demo: coalition sharing image"
SHARE_IMAGE_LINES = ("Trellis", "Migrant Workers Coalition", "Status, rights and dignity for all")
