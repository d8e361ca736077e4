"""Punjabi translations of the site-level demo content: the home and about pages.

The content is in home/demo/content.py. Their slugs stay in English (see
home/demo/translations/__init__.py).
"""

STRINGS = {
    # Home page
    "Home": "ਮੁੱਖ ਪੰਨਾ",
    # Every locale's home page sits under the tree root, where the English one is "home".
    "home": "home-pa",
    "Trellis Migrant Workers Coalition: status, rights and dignity for migrant workers": (
        "Trellis Migrant Workers Coalition: ਪਰਵਾਸੀ ਕਾਮਿਆਂ ਲਈ ਸਟੇਟਸ, ਹੱਕ ਅਤੇ ਇੱਜ਼ਤ"
    ),
    (
        "A coalition of migrant-worker organizations across Canada campaigning for "
        "permanent status, open work permits, safe housing and protection from heat."
    ): (
        "ਕੈਨੇਡਾ ਭਰ ਦੀਆਂ ਪਰਵਾਸੀ ਕਾਮਿਆਂ ਦੀਆਂ ਜਥੇਬੰਦੀਆਂ ਦਾ ਗੱਠਜੋੜ, ਜੋ ਪੱਕੇ ਸਟੇਟਸ, ਓਪਨ ਵਰਕ "
        "ਪਰਮਿਟਾਂ, ਸੁਰੱਖਿਅਤ ਰਿਹਾਇਸ਼ ਅਤੇ ਗਰਮੀ ਤੋਂ ਬਚਾਅ ਲਈ ਮੁਹਿੰਮ ਚਲਾਉਂਦਾ ਹੈ।"
    ),
    "Same work, same rights. Status for all.": "ਬਰਾਬਰ ਕੰਮ, ਬਰਾਬਰ ਹੱਕ। ਸਭ ਲਈ ਸਟੇਟਸ।",
    (
        "We are farmworkers, caregivers, fish plant and meatpacking workers, and the "
        "organizations that stand with them in every region of Canada. Together we press "
        "Parliament for permanent status, open work permits and safe, dignified work."
    ): (
        "ਅਸੀਂ ਖੇਤ ਮਜ਼ਦੂਰ, ਕੇਅਰਗਿਵਰ, ਮੱਛੀ ਅਤੇ ਮੀਟ ਪਲਾਂਟਾਂ ਦੇ ਕਾਮੇ ਹਾਂ, ਅਤੇ ਉਹ ਜਥੇਬੰਦੀਆਂ ਹਾਂ "
        "ਜੋ ਕੈਨੇਡਾ ਦੇ ਹਰ ਖੇਤਰ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦੇ ਨਾਲ ਖੜ੍ਹੀਆਂ ਹਨ। ਮਿਲ ਕੇ ਅਸੀਂ ਪਾਰਲੀਮੈਂਟ ਤੋਂ "
        "ਪੱਕੇ ਸਟੇਟਸ, ਓਪਨ ਵਰਕ ਪਰਮਿਟਾਂ ਅਤੇ ਸੁਰੱਖਿਅਤ, ਇੱਜ਼ਤਦਾਰ ਕੰਮ ਦੀ ਮੰਗ ਕਰਦੇ ਹਾਂ।"
    ),
    "Rows of crops stretching toward a rising sun.": "ਚੜ੍ਹਦੇ ਸੂਰਜ ਵੱਲ ਜਾਂਦੀਆਂ ਫ਼ਸਲਾਂ ਦੀਆਂ ਕਤਾਰਾਂ।",
    "Why a coalition": "ਗੱਠਜੋੜ ਕਿਉਂ",
    (
        "Each year tens of thousands of people come to Canada on temporary permits to "
        "plant and harvest our food, care for our families and keep our plants running. "
        "Many are tied to a single employer, live in housing that employer controls, and "
        "risk losing their status if they speak up. No single organization can change that "
        "alone."
    ): (
        "ਹਰ ਸਾਲ ਦਸਾਂ ਹਜ਼ਾਰਾਂ ਲੋਕ ਆਰਜ਼ੀ ਪਰਮਿਟਾਂ ਉੱਤੇ ਕੈਨੇਡਾ ਆਉਂਦੇ ਹਨ, ਤਾਂ ਜੋ ਸਾਡਾ ਅਨਾਜ ਬੀਜ "
        "ਅਤੇ ਵੱਢ ਸਕਣ, ਸਾਡੇ ਪਰਿਵਾਰਾਂ ਦੀ ਦੇਖਭਾਲ ਕਰ ਸਕਣ ਅਤੇ ਸਾਡੇ ਪਲਾਂਟ ਚਲਦੇ ਰੱਖ ਸਕਣ। ਬਹੁਤੇ "
        "ਇੱਕੋ ਮਾਲਕ ਨਾਲ ਬੱਝੇ ਹੁੰਦੇ ਹਨ, ਉਸੇ ਮਾਲਕ ਦੇ ਕੰਟਰੋਲ ਵਾਲੀ ਰਿਹਾਇਸ਼ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਅਤੇ "
        "ਜੇ ਉਹ ਆਵਾਜ਼ ਉਠਾਉਣ ਤਾਂ ਉਨ੍ਹਾਂ ਦਾ ਸਟੇਟਸ ਖੁੱਸਣ ਦਾ ਖ਼ਤਰਾ ਹੁੰਦਾ ਹੈ। ਕੋਈ ਵੀ ਇੱਕ ਜਥੇਬੰਦੀ "
        "ਇਕੱਲਿਆਂ ਇਹ ਨਹੀਂ ਬਦਲ ਸਕਦੀ।"
    ),
    (
        "Our member organizations pool what they learn on the ground into joint "
        "submissions to Parliament, coordinated petitions, and news releases that put "
        "workers' own words in front of decision-makers."
    ): (
        "ਸਾਡੀਆਂ ਮੈਂਬਰ ਜਥੇਬੰਦੀਆਂ ਜ਼ਮੀਨੀ ਪੱਧਰ ਉੱਤੇ ਸਿੱਖੀਆਂ ਗੱਲਾਂ ਇਕੱਠੀਆਂ ਕਰਕੇ ਪਾਰਲੀਮੈਂਟ ਲਈ "
        "ਸਾਂਝੀਆਂ ਲਿਖਤਾਂ, ਤਾਲਮੇਲ ਵਾਲੀਆਂ ਪਟੀਸ਼ਨਾਂ ਅਤੇ ਪ੍ਰੈੱਸ ਬਿਆਨ ਤਿਆਰ ਕਰਦੀਆਂ ਹਨ, ਜੋ ਕਾਮਿਆਂ "
        "ਦੇ ਆਪਣੇ ਸ਼ਬਦ ਫ਼ੈਸਲੇ ਲੈਣ ਵਾਲਿਆਂ ਤੱਕ ਪਹੁੰਚਾਉਂਦੇ ਹਨ।"
    ),
    (
        "When we speak one by one, they tell us we are a special case. When we speak "
        "together, they have to listen."
    ): (
        "ਜਦੋਂ ਅਸੀਂ ਇੱਕ-ਇੱਕ ਕਰਕੇ ਬੋਲਦੇ ਹਾਂ, ਉਹ ਕਹਿੰਦੇ ਹਨ ਕਿ ਸਾਡਾ ਮਾਮਲਾ ਖ਼ਾਸ ਹੈ। ਜਦੋਂ ਅਸੀਂ "
        "ਮਿਲ ਕੇ ਬੋਲਦੇ ਹਾਂ, ਉਨ੍ਹਾਂ ਨੂੰ ਸੁਣਨਾ ਪੈਂਦਾ ਹੈ।"
    ),
    "Farmworker and volunteer organizer": "ਖੇਤ ਮਜ਼ਦੂਰ ਅਤੇ ਵਲੰਟੀਅਰ ਪ੍ਰਬੰਧਕ",
    # About page
    "About the coalition": "ਗੱਠਜੋੜ ਬਾਰੇ",
    "about": "about",
    (
        "The Trellis Migrant Workers Coalition brings together worker centres, caregiver "
        "associations, legal clinics, faith groups and union locals that support migrant "
        "workers from British Columbia to Newfoundland and Labrador."
    ): (
        "Trellis Migrant Workers Coalition ਬ੍ਰਿਟਿਸ਼ ਕੋਲੰਬੀਆ ਤੋਂ ਲੈ ਕੇ ਨਿਊਫ਼ਾਊਂਡਲੈਂਡ ਅਤੇ "
        "ਲੈਬਰਾਡੋਰ ਤੱਕ ਪਰਵਾਸੀ ਕਾਮਿਆਂ ਦੀ ਮਦਦ ਕਰਨ ਵਾਲੇ ਵਰਕਰ ਸੈਂਟਰਾਂ, ਕੇਅਰਗਿਵਰਾਂ ਦੀਆਂ "
        "ਐਸੋਸੀਏਸ਼ਨਾਂ, ਕਾਨੂੰਨੀ ਕਲੀਨਿਕਾਂ, ਧਾਰਮਿਕ ਸੰਸਥਾਵਾਂ ਅਤੇ ਯੂਨੀਅਨ ਲੋਕਲਾਂ ਨੂੰ ਇਕੱਠਾ ਕਰਦਾ "
        "ਹੈ।"
    ),
    "What we do": "ਅਸੀਂ ਕੀ ਕਰਦੇ ਹਾਂ",
    (
        "<b>Policy.</b> We write briefs to parliamentary committees and ministers, "
        "grounded in what workers tell our members."
    ): (
        "<b>ਨੀਤੀ।</b> ਅਸੀਂ ਪਾਰਲੀਮਾਨੀ ਕਮੇਟੀਆਂ ਅਤੇ ਮੰਤਰੀਆਂ ਲਈ ਲਿਖਤੀ ਸੁਝਾਅ ਤਿਆਰ ਕਰਦੇ ਹਾਂ, "
        "ਜਿਨ੍ਹਾਂ ਦਾ ਅਧਾਰ ਉਹ ਗੱਲਾਂ ਹੁੰਦੀਆਂ ਹਨ ਜੋ ਕਾਮੇ ਸਾਡੇ ਮੈਂਬਰਾਂ ਨੂੰ ਦੱਸਦੇ ਹਨ।"
    ),
    (
        "<b>Petitions.</b> We run petitions that supporters sign once and that we deliver "
        "to every Member of Parliament, riding by riding."
    ): (
        "<b>ਪਟੀਸ਼ਨਾਂ।</b> ਅਸੀਂ ਅਜਿਹੀਆਂ ਪਟੀਸ਼ਨਾਂ ਚਲਾਉਂਦੇ ਹਾਂ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਸਮਰਥਕ ਇੱਕ ਵਾਰ "
        "ਦਸਤਖ਼ਤ ਕਰਦੇ ਹਨ, ਅਤੇ ਅਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਹਲਕਾ-ਦਰ-ਹਲਕਾ ਹਰ ਐੱਮਪੀ ਤੱਕ ਪਹੁੰਚਾਉਂਦੇ ਹਾਂ।"
    ),
    (
        "<b>Media.</b> We help workers tell their own stories to journalists, in the "
        "language they are most comfortable in."
    ): (
        "<b>ਮੀਡੀਆ।</b> ਅਸੀਂ ਕਾਮਿਆਂ ਦੀ ਮਦਦ ਕਰਦੇ ਹਾਂ ਤਾਂ ਜੋ ਉਹ ਪੱਤਰਕਾਰਾਂ ਨੂੰ ਆਪਣੀ ਕਹਾਣੀ ਆਪ "
        "ਸੁਣਾ ਸਕਣ, ਉਸ ਬੋਲੀ ਵਿੱਚ ਜਿਸ ਵਿੱਚ ਉਹ ਸਭ ਤੋਂ ਵੱਧ ਸਹਿਜ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ।"
    ),
    "How we work": "ਅਸੀਂ ਕਿਵੇਂ ਕੰਮ ਕਰਦੇ ਹਾਂ",
    (
        "Founding members set the coalition's priorities each spring at an assembly held "
        "in several languages. Members take part in campaigns and sign joint submissions; "
        "endorsers support particular campaigns without joining. Workers decide what is "
        "said in their name: we never publish a worker's name, employer or photo without "
        "their clear agreement."
    ): (
        "ਬਾਨੀ ਮੈਂਬਰ ਹਰ ਬਸੰਤ ਰੁੱਤ ਵਿੱਚ ਕਈ ਬੋਲੀਆਂ ਵਿੱਚ ਹੋਣ ਵਾਲੇ ਇਕੱਠ ਵਿੱਚ ਗੱਠਜੋੜ ਦੀਆਂ "
        "ਤਰਜੀਹਾਂ ਤੈਅ ਕਰਦੇ ਹਨ। ਮੈਂਬਰ ਮੁਹਿੰਮਾਂ ਵਿੱਚ ਹਿੱਸਾ ਲੈਂਦੇ ਹਨ ਅਤੇ ਸਾਂਝੀਆਂ ਲਿਖਤਾਂ ਉੱਤੇ "
        "ਦਸਤਖ਼ਤ ਕਰਦੇ ਹਨ; ਹਮਾਇਤੀ ਸੰਸਥਾਵਾਂ ਮੈਂਬਰ ਬਣੇ ਬਿਨਾਂ ਕੁਝ ਖ਼ਾਸ ਮੁਹਿੰਮਾਂ ਦੀ ਹਮਾਇਤ "
        "ਕਰਦੀਆਂ ਹਨ। ਕਾਮੇ ਆਪ ਫ਼ੈਸਲਾ ਕਰਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਦੇ ਨਾਂ ਉੱਤੇ ਕੀ ਕਿਹਾ ਜਾਵੇ: ਅਸੀਂ ਕਿਸੇ "
        "ਕਾਮੇ ਦੀ ਸਪਸ਼ਟ ਸਹਿਮਤੀ ਤੋਂ ਬਿਨਾਂ ਕਦੇ ਵੀ ਉਸ ਦਾ ਨਾਂ, ਮਾਲਕ ਜਾਂ ਤਸਵੀਰ ਨਹੀਂ ਛਾਪਦੇ।"
    ),
    "Our priorities": "ਸਾਡੀਆਂ ਤਰਜੀਹਾਂ",
    "Permanent resident status for all migrants, including those without papers.": (
        "ਸਾਰੇ ਪਰਵਾਸੀਆਂ ਲਈ ਪੱਕੀ ਰਿਹਾਇਸ਼ (ਪੀਆਰ), ਬਿਨਾਂ ਕਾਗ਼ਜ਼ਾਂ ਵਾਲਿਆਂ ਸਮੇਤ।"
    ),
    "Open work permits, so no worker is tied to one employer.": (
        "ਓਪਨ ਵਰਕ ਪਰਮਿਟ, ਤਾਂ ਜੋ ਕੋਈ ਵੀ ਕਾਮਾ ਇੱਕ ਮਾਲਕ ਨਾਲ ਬੱਝਿਆ ਨਾ ਰਹੇ।"
    ),
    "Enforceable standards for employer-provided housing.": (
        "ਮਾਲਕਾਂ ਵੱਲੋਂ ਦਿੱਤੀ ਜਾਂਦੀ ਰਿਹਾਇਸ਼ ਲਈ ਅਜਿਹੇ ਮਿਆਰ ਜੋ ਸੱਚਮੁੱਚ ਲਾਗੂ ਹੋਣ।"
    ),
    "Protection from extreme heat, including the right to stop work.": (
        "ਅੱਤ ਦੀ ਗਰਮੀ ਤੋਂ ਬਚਾਅ, ਕੰਮ ਰੋਕਣ ਦੇ ਹੱਕ ਸਮੇਤ।"
    ),
    (
        "I came to care for other people's children. I should not have to choose between "
        "my job and my right to stay."
    ): (
        "ਮੈਂ ਦੂਜਿਆਂ ਦੇ ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ ਕਰਨ ਆਈ ਸੀ। ਮੈਨੂੰ ਆਪਣੀ ਨੌਕਰੀ ਅਤੇ ਇੱਥੇ ਰਹਿਣ ਦੇ ਹੱਕ "
        "ਵਿੱਚੋਂ ਇੱਕ ਨੂੰ ਚੁਣਨ ਲਈ ਮਜਬੂਰ ਨਹੀਂ ਹੋਣਾ ਚਾਹੀਦਾ।"
    ),
    "Home child-care provider": "ਘਰ ਵਿੱਚ ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੀ ਕੇਅਰਗਿਵਰ",
}
