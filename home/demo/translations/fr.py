"""French translations of the site-level demo content: the home, about and privacy pages.

The content is in home/demo/content.py. French follows Canadian usage (Quebec typography: a
no-break space before a colon, none before a semicolon). See home/demo/translations/__init__.py.
"""

STRINGS = {
    # Home page
    "Home": "Accueil",
    "home": "accueil",
    "Trellis Migrant Workers Coalition: status, rights and dignity for migrant workers": (
        "Coalition Trellis des travailleuses et travailleurs migrants\u00a0: statut, "
        "droits et dignité"
    ),
    (
        "A coalition of migrant-worker organizations across Canada campaigning for "
        "permanent status, open work permits, safe housing and protection from heat."
    ): (
        "Une coalition d'organismes de travailleuses et travailleurs migrants de partout "
        "au Canada qui milite pour le statut permanent, des permis de travail ouverts, des "
        "logements sûrs et une protection contre la chaleur."
    ),
    "Same work, same rights. Status for all.": (
        "Même travail, mêmes droits. Un statut pour toutes et tous."
    ),
    (
        "We are farmworkers, caregivers, fish plant and meatpacking workers, and the "
        "organizations that stand with them in every region of Canada. Together we press "
        "Parliament for permanent status, open work permits and safe, dignified work."
    ): (
        "Nous sommes des travailleuses et travailleurs agricoles, des aides familiales, "
        "des employés d'usines de transformation du poisson et de la viande, et les "
        "organismes qui les appuient dans toutes les régions du Canada. Ensemble, nous "
        "réclamons au Parlement le statut permanent, des permis de travail ouverts et un "
        "travail sûr et digne."
    ),
    "Rows of crops stretching toward a rising sun.": (
        "Des rangs de cultures qui s'étendent vers le soleil levant."
    ),
    "Why a coalition": "Pourquoi une coalition",
    (
        "Each year tens of thousands of people come to Canada on temporary permits to "
        "plant and harvest our food, care for our families and keep our plants running. "
        "Many are tied to a single employer, live in housing that employer controls, and "
        "risk losing their status if they speak up. No single organization can change that "
        "alone."
    ): (
        "Chaque année, des dizaines de milliers de personnes viennent au Canada avec un "
        "permis temporaire pour semer et récolter nos aliments, prendre soin de nos "
        "familles et faire tourner nos usines. Beaucoup sont liées à un seul employeur, "
        "vivent dans un logement que cet employeur contrôle et risquent de perdre leur "
        "statut si elles dénoncent leurs conditions. Aucun organisme ne peut changer cela "
        "à lui seul."
    ),
    (
        "Our member organizations pool what they learn on the ground into joint "
        "submissions to Parliament, coordinated petitions, and news releases that put "
        "workers' own words in front of decision-makers."
    ): (
        "Nos organismes membres mettent en commun ce qu'ils apprennent sur le terrain pour "
        "produire des mémoires conjoints au Parlement, des pétitions coordonnées et des "
        "communiqués qui portent la parole même des travailleuses et travailleurs devant "
        "les décideurs."
    ),
    (
        "When we speak one by one, they tell us we are a special case. When we speak "
        "together, they have to listen."
    ): (
        "Quand nous parlons chacun de notre côté, on nous dit que nous sommes un cas "
        "particulier. Quand nous parlons ensemble, on doit nous écouter."
    ),
    "Farmworker and volunteer organizer": "Travailleuse agricole et organisatrice bénévole",
    # About page
    "About the coalition": "À propos de la coalition",
    "about": "a-propos",
    (
        "The Trellis Migrant Workers Coalition brings together worker centres, caregiver "
        "associations, legal clinics, faith groups and union locals that support migrant "
        "workers from British Columbia to Newfoundland and Labrador."
    ): (
        "La Coalition Trellis des travailleuses et travailleurs migrants réunit des "
        "centres de travailleurs, des associations d'aides familiales, des cliniques "
        "juridiques, des groupes confessionnels et des sections locales syndicales qui "
        "appuient les travailleuses et travailleurs migrants, de la Colombie-Britannique à "
        "Terre-Neuve-et-Labrador."
    ),
    "What we do": "Ce que nous faisons",
    (
        "<b>Policy.</b> We write briefs to parliamentary committees and ministers, "
        "grounded in what workers tell our members."
    ): (
        "<b>Politiques.</b> Nous rédigeons des mémoires destinés aux comités "
        "parlementaires et aux ministres, fondés sur ce que les travailleuses et "
        "travailleurs confient à nos membres."
    ),
    (
        "<b>Petitions.</b> We run petitions that supporters sign once and that we deliver "
        "to every Member of Parliament, riding by riding."
    ): (
        "<b>Pétitions.</b> Nous menons des pétitions que nos sympathisants signent une "
        "seule fois et que nous remettons à chaque député, circonscription par "
        "circonscription."
    ),
    (
        "<b>Media.</b> We help workers tell their own stories to journalists, in the "
        "language they are most comfortable in."
    ): (
        "<b>Médias.</b> Nous aidons les travailleuses et travailleurs à raconter eux-mêmes "
        "leur histoire aux journalistes, dans la langue où ils sont le plus à l'aise."
    ),
    "How we work": "Notre façon de travailler",
    (
        "Founding members set the coalition's priorities each spring at an assembly held "
        "in several languages. Members take part in campaigns and sign joint submissions; "
        "endorsers support particular campaigns without joining. Workers decide what is "
        "said in their name: we never publish a worker's name, employer or photo without "
        "their clear agreement."
    ): (
        "Les membres fondateurs établissent les priorités de la coalition chaque "
        "printemps, lors d'une assemblée tenue en plusieurs langues. Les membres "
        "participent aux campagnes et signent les mémoires conjoints; les organismes "
        "d'appui soutiennent certaines campagnes sans devenir membres. Ce sont les "
        "travailleuses et travailleurs qui décident de ce qui est dit en leur nom\u00a0: "
        "nous ne publions jamais le nom, l'employeur ou la photo d'une personne sans son "
        "accord explicite."
    ),
    "Our priorities": "Nos priorités",
    "Permanent resident status for all migrants, including those without papers.": (
        "Le statut de résident permanent pour toutes les personnes migrantes, y compris "
        "les personnes sans papiers."
    ),
    "Open work permits, so no worker is tied to one employer.": (
        "Des permis de travail ouverts, pour qu'aucun travailleur ne soit lié à un seul employeur."
    ),
    "Enforceable standards for employer-provided housing.": (
        "Des normes contraignantes pour les logements fournis par l'employeur."
    ),
    "Protection from extreme heat, including the right to stop work.": (
        "Une protection contre la chaleur extrême, y compris le droit de cesser le travail."
    ),
    (
        "I came to care for other people's children. I should not have to choose between "
        "my job and my right to stay."
    ): (
        "Je suis venue prendre soin des enfants des autres. Je ne devrais pas avoir à "
        "choisir entre mon emploi et mon droit de rester."
    ),
    "Home child-care provider": "Gardienne d'enfants en milieu familial",
    # Privacy page
    "Privacy policy": "Politique de confidentialité",
    "privacy": "confidentialite",
    (
        "Many people who sign our petitions have precarious immigration status. This page "
        "explains, in plain words, what we collect when you sign, who can see it, how long "
        "we keep it, and how to have it deleted."
    ): (
        "Bon nombre des personnes qui signent nos pétitions ont un statut d'immigration "
        "précaire. Cette page explique, en termes simples, ce que nous recueillons quand "
        "vous signez, qui peut le voir, combien de temps nous le conservons et comment le "
        "faire supprimer."
    ),
    "What we collect when you sign a petition": (
        "Ce que nous recueillons quand vous signez une pétition"
    ),
    (
        "Your name, your email address, your postal code (so we can count your signature "
        "in the right federal riding), the language you signed in, and your choices about "
        "sharing your name and receiving updates."
    ): (
        "Votre nom, votre adresse courriel, votre code postal (pour compter votre "
        "signature dans la bonne circonscription fédérale), la langue dans laquelle vous "
        "avez signé et vos choix quant à la communication de votre nom et à la réception "
        "de nouvelles."
    ),
    "Who sees your name": "Qui voit votre nom",
    (
        "Only a small number of coalition organizers can see names and email addresses. "
        "Translators and website editors cannot."
    ): (
        "Seul un petit nombre d'organisatrices et d'organisateurs de la coalition peuvent "
        "voir les noms et les adresses courriel. Les traducteurs et les rédacteurs du site "
        "ne le peuvent pas."
    ),
    (
        "When we deliver a petition, each Member of Parliament receives the number of "
        "people in their riding who signed. <b>Your name is shared with your MP only if "
        "you ticked the box asking us to share it.</b> If you did not, you are counted, "
        "not named."
    ): (
        "Lorsque nous remettons une pétition, chaque député reçoit le nombre de personnes "
        "de sa circonscription qui l'ont signée. <b>Votre nom n'est communiqué à votre "
        "député que si vous avez coché la case nous demandant de le faire.</b> Sinon, vous "
        "êtes compté, mais pas nommé."
    ),
    (
        "We never share your information with employers, recruiters, immigration "
        "authorities or the police, and we never sell it."
    ): (
        "Nous ne communiquons jamais vos renseignements aux employeurs, aux recruteurs, "
        "aux autorités de l'immigration ni à la police, et nous ne les vendons jamais."
    ),
    "Your IP address": "Votre adresse IP",
    (
        "To block automated and repeated signing, we record a scrambled (hashed) form of "
        "the internet address you signed from. We do not store the address itself, and the "
        "hashed form cannot be turned back into it."
    ): (
        "Pour bloquer les signatures automatisées ou répétées, nous enregistrons une forme "
        "brouillée (hachée) de l'adresse Internet à partir de laquelle vous avez signé. "
        "Nous ne conservons pas l'adresse elle-même, et la forme hachée ne permet pas de "
        "la retrouver."
    ),
    "Emails": "Courriels",
    (
        "We send one email to confirm your signature, with a link to manage it. If someone "
        "signs again with your address, we email you again, never more than three emails a "
        "day. Our emails never repeat what was typed into the form. We send campaign updates "
        "only if you asked for them, and every update has a link to stop them."
    ): (
        "Nous envoyons un courriel pour confirmer votre signature, avec un lien pour la "
        "gérer. Si quelqu'un signe de nouveau avec votre adresse, nous vous écrivons de "
        "nouveau, jamais plus de trois courriels par jour. Nos courriels ne reprennent "
        "jamais ce qui a été tapé dans le formulaire. Nous n'envoyons des nouvelles de nos "
        "campagnes que si vous l'avez demandé, et chaque envoi contient un lien pour vous "
        "désabonner."
    ),
    "How long we keep it": "Combien de temps nous les conservons",
    (
        "We keep signatures while a petition is open and until it has been delivered. "
        "After that, names, email addresses and postal codes are erased on a set schedule "
        "and only the number of signatures per riding is kept."
    ): (
        "Nous conservons les signatures tant qu'une pétition est ouverte et jusqu'à ce "
        "qu'elle ait été remise. Ensuite, les noms, les adresses courriel et les codes "
        "postaux sont effacés selon un calendrier établi, et seul le nombre de signatures "
        "par circonscription est conservé."
    ),
    "Deleting your signature": "Supprimer votre signature",
    (
        "Every email we send you has a link to “Manage my signature”: there you can "
        "withdraw your signature, which deletes it at once with everything you gave us and "
        "removes your name from the packets for MPs, or stop sharing your name."
    ): (
        "Chaque courriel que nous vous envoyons contient un lien « Gérer ma signature »\u00a0: "
        "vous pouvez y retirer votre signature, ce qui la supprime aussitôt avec tout ce que "
        "vous nous avez donné et retire votre nom des dossiers destinés aux députés, ou "
        "cesser de communiquer votre nom."
    ),
    (
        "You can also ask us at any time to delete your signature and everything we hold "
        'about you: write to <a id="a1">privacy@example.org</a> from the address you signed '
        "with. We will do it within 30 days and confirm by email. A signature already "
        "delivered on paper to an MP cannot be recalled, but we will delete our copy."
    ): (
        "Vous pouvez aussi nous demander en tout temps de supprimer votre signature et tous les "
        "renseignements que nous détenons à votre sujet\u00a0: écrivez à <a "
        'id="a1">privacy@example.org</a> à partir de l\'adresse avec laquelle vous avez '
        "signé. Nous le ferons dans un délai de 30\u00a0jours et vous le confirmerons par "
        "courriel. Une signature déjà remise sur papier à un député ne peut pas être "
        "reprise, mais nous supprimerons notre copie."
    ),
}
