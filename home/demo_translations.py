"""Translations of the demo content that `manage.py load_demo` creates (home/demo_content.py).

load_demo gives them to wagtail-localize as a translator's work, segment by segment, and lets
wagtail-localize save the translated pages and snippets, exactly as its translation editor
does. Each dictionary maps the English text of a segment, as wagtail-localize extracts it (rich
text keeps inline tags such as <b> and <a id="a1">), to its translation. A segment with no
entry keeps its English text; load_demo reports such segments, except in the NAME_FIELDS.

Slugs are segments too. French, Spanish and Tagalog pages have slugs in their language
(/fr/a-propos/); Punjabi pages keep the English slugs, because slugs here are ASCII
(WAGTAIL_ALLOW_UNICODE_SLUGS is off) and a romanized slug would help no reader.

Names of people and organizations stay as written. French follows Canadian usage (the
Government of Canada's terms for permits and programs, Quebec typography: a no-break space
before a colon, none before a semicolon).
"""

from home import demo_content as demo

FR = {
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
        "We send one email to confirm your signature. We send campaign updates only if you "
        "asked for them, and every update has a link to stop them."
    ): (
        "Nous envoyons un seul courriel pour confirmer votre signature. Nous n'envoyons "
        "des nouvelles de nos campagnes que si vous l'avez demandé, et chaque envoi "
        "contient un lien pour vous désabonner."
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
        "You can ask us at any time to delete your signature and everything we hold about "
        'you: write to <a id="a1">privacy@example.org</a> from the address you signed '
        "with. We will do it within 30 days and confirm by email. A signature already "
        "delivered on paper to an MP cannot be recalled, but we will delete our copy."
    ): (
        "Vous pouvez nous demander en tout temps de supprimer votre signature et tous les "
        "renseignements que nous détenons à votre sujet\u00a0: écrivez à <a "
        'id="a1">privacy@example.org</a> à partir de l\'adresse avec laquelle vous avez '
        "signé. Nous le ferons dans un délai de 30\u00a0jours et vous le confirmerons par "
        "courriel. Une signature déjà remise sur papier à un député ne peut pas être "
        "reprise, mais nous supprimerons notre copie."
    ),
    # News releases
    "News releases": "Communiqués de presse",
    "press": "communiques",
    (
        "Statements and news releases from the coalition and its members. Journalists: "
        "each release lists media contacts and the languages they speak."
    ): (
        "Déclarations et communiqués de la coalition et de ses membres. "
        "Journalistes\u00a0: chaque communiqué indique les personnes-ressources pour les "
        "médias et les langues qu'elles parlent."
    ),
    "Coalition calls for open work permits for every migrant worker": (
        "La coalition réclame des permis de travail ouverts pour tous les travailleurs migrants"
    ),
    "open-work-permits-for-every-migrant-worker": "permis-de-travail-ouverts-pour-tous",
    (
        "Twenty-two organizations from seven provinces and territories today asked the "
        "federal government to replace employer-tied work permits with open permits, "
        "saying that tying a worker's legal status to one employer invites abuse."
    ): (
        "Vingt-deux organismes de sept provinces et territoires ont demandé aujourd'hui au "
        "gouvernement fédéral de remplacer les permis de travail liés à un employeur par "
        "des permis ouverts, estimant que lier le statut juridique d'un travailleur à un "
        "seul employeur ouvre la porte aux abus."
    ),
    (
        "In a joint letter sent ahead of the federal budget, the coalition's members "
        "describe workers who stayed silent about unpaid overtime, unsafe machinery and "
        "crowded housing because complaining could cost them their permit and their place "
        "in Canada."
    ): (
        "Dans une lettre commune envoyée en prévision du budget fédéral, les membres de la "
        "coalition décrivent des travailleurs qui se sont tus au sujet d'heures "
        "supplémentaires impayées, de machines dangereuses et de logements surpeuplés, "
        "parce que se plaindre pouvait leur coûter leur permis et leur place au Canada."
    ),
    (
        "The letter asks for open work permits for all temporary workers, with no "
        "application fee, and for workers who report abuse to keep their status while "
        "their complaint is investigated."
    ): (
        "La lettre demande des permis de travail ouverts pour tous les travailleurs "
        "temporaires, sans frais de demande, et que les travailleurs qui dénoncent des "
        "abus conservent leur statut pendant l'enquête sur leur plainte."
    ),
    (
        "A worker who can leave a bad employer is a worker who can say no. That one change "
        "would prevent more abuse than any inspection program."
    ): (
        "Un travailleur qui peut quitter un mauvais employeur est un travailleur qui peut "
        "dire non. Ce seul changement préviendrait plus d'abus que n'importe quel "
        "programme d'inspection."
    ),
    "Coordinator": "Coordonnatrice",
    (
        "The coalition will present the letter to members of Parliament from all parties "
        "at a briefing on Parliament Hill in April."
    ): (
        "La coalition présentera la lettre aux députés de tous les partis lors d'une "
        "séance d'information sur la Colline du Parlement, en avril."
    ),
    "Greenhouse workers report dangerous heat; coalition urges enforceable limits": (
        "Chaleur dangereuse dans les serres\u00a0: la coalition réclame des limites contraignantes"
    ),
    "greenhouse-workers-report-dangerous-heat": "chaleur-dangereuse-dans-les-serres",
    "Leamington, Ont.": "Leamington (Ont.)",
    (
        "Workers in southwestern Ontario greenhouses describe temperatures above 40°C "
        "during this week's heat wave, and the coalition is calling for a maximum working "
        "temperature written into law."
    ): (
        "Des travailleurs de serres du sud-ouest de l'Ontario décrivent des températures "
        "de plus de 40\u00a0°C pendant la vague de chaleur de cette semaine, et la "
        "coalition demande qu'une température maximale de travail soit inscrite dans la "
        "loi."
    ),
    (
        "Over three evenings, volunteers from the Essex County Greenhouse Workers' Network "
        "spoke with 146 workers. More than half said they had felt dizzy or nauseous at "
        "work this month; fewer than one in five said they could take a break in the shade "
        "when they needed one."
    ): (
        "En trois soirées, des bénévoles de l'Essex County Greenhouse Workers' Network ont "
        "parlé avec 146 travailleurs. Plus de la moitié ont dit avoir eu des "
        "étourdissements ou des nausées au travail ce mois-ci; moins d'un sur cinq a dit "
        "pouvoir prendre une pause à l'ombre au besoin."
    ),
    (
        "Under the plastic it is hotter than outside, and the work does not slow down. "
        "People faint and are back on the line the next morning because they are afraid."
    ): (
        "Sous le plastique, il fait plus chaud que dehors, et le travail ne ralentit pas. "
        "Des gens s'évanouissent et sont de retour sur la ligne le lendemain matin parce "
        "qu'ils ont peur."
    ),
    "Greenhouse worker": "Travailleuse de serre",
    (
        "The coalition asks the province to set a maximum indoor working temperature, to "
        "require paid cooling breaks, and to protect workers who stop work because of heat "
        "from reprisal, including the loss of their permit."
    ): (
        "La coalition demande à la province de fixer une température maximale de travail à "
        "l'intérieur, d'exiger des pauses de rafraîchissement payées et de protéger contre "
        "les représailles, y compris la perte de leur permis, les travailleurs qui cessent "
        "de travailler à cause de la chaleur."
    ),
    # Policy briefs
    "Policy briefs": "Mémoires",
    "policy": "memoires",
    (
        "Our submissions to parliamentary committees and federal ministers, with the "
        "organizations that wrote and endorsed each one."
    ): (
        "Nos mémoires aux comités parlementaires et aux ministres fédéraux, avec les "
        "organismes qui ont rédigé et appuyé chacun d'eux."
    ),
    "Ending employer-tied work permits": "Mettre fin aux permis de travail liés à un employeur",
    "ending-employer-tied-work-permits": "fin-des-permis-lies-a-un-employeur",
    "Standing Committee on Citizenship and Immigration": (
        "Comité permanent de la citoyenneté et de l'immigration"
    ),
    (
        "Tying a worker's immigration status to one employer gives that employer power "
        "over far more than the job. This brief sets out how <b>open work permits</b> and "
        "a clear path to permanent residence would reduce abuse, improve compliance with "
        "labour law and keep workers in the communities that need them."
    ): (
        "Lier le statut d'immigration d'un travailleur à un seul employeur donne à cet "
        "employeur un pouvoir qui dépasse largement l'emploi. Ce mémoire explique comment "
        "des <b>permis de travail ouverts</b> et une voie claire vers la résidence "
        "permanente réduiraient les abus, amélioreraient le respect du droit du travail et "
        "garderaient les travailleurs dans les collectivités qui ont besoin d'eux."
    ),
    (
        "Replace employer-specific work permits with open work permits for all temporary "
        "foreign workers."
    ): (
        "Remplacer les permis de travail propres à un employeur par des permis de travail "
        "ouverts pour tous les travailleurs étrangers temporaires."
    ),
    (
        "As an interim step, issue sector-specific permits valid for any employer in the "
        "sector and region."
    ): (
        "À titre de mesure provisoire, délivrer des permis sectoriels valables pour tout "
        "employeur du secteur et de la région."
    ),
    "Waive the open work permit fee.": "Supprimer les frais du permis de travail ouvert.",
    (
        "Grant permanent residence on arrival to workers in agriculture, food processing "
        "and caregiving."
    ): (
        "Accorder la résidence permanente dès l'arrivée aux travailleurs de l'agriculture, "
        "de la transformation alimentaire et des soins."
    ),
    (
        "Allow workers who report abuse to keep their status, and work for another "
        "employer, while their complaint is investigated."
    ): (
        "Permettre aux travailleurs qui dénoncent des abus de conserver leur statut, et de "
        "travailler pour un autre employeur, pendant l'enquête sur leur plainte."
    ),
    (
        "Create an independent ombudsperson for migrant workers, with offices in each "
        "region and services in workers' languages."
    ): (
        "Créer un poste d'ombudsman indépendant pour les travailleurs migrants, avec des "
        "bureaux dans chaque région et des services dans les langues des travailleurs."
    ),
    "Give the ombudsperson power to investigate employers and recruiters.": (
        "Donner à l'ombudsman le pouvoir d'enquêter sur les employeurs et les recruteurs."
    ),
    "Publish an annual report to Parliament.": "Présenter un rapport annuel au Parlement.",
    "Background": "Contexte",
    (
        "Coalition members supported more than 3,000 workers last year. The most common "
        "reason workers gave for not reporting a problem was fear of losing their permit. "
        "Open permits remove that fear without adding to the cost of enforcement."
    ): (
        "Les membres de la coalition ont soutenu plus de 3\u00a0000 travailleurs l'an "
        "dernier. La raison la plus souvent invoquée pour ne pas signaler un problème "
        "était la peur de perdre son permis. Les permis ouverts éliminent cette peur sans "
        "alourdir le coût de l'application de la loi."
    ),
    # Coalition page
    "Our coalition": "Notre coalition",
    "coalition": "coalition",
    (
        "Worker centres, caregiver associations, legal clinics, faith groups and union "
        "locals in every region of Canada. <b>Founding members</b> set our priorities, "
        "<b>members</b> take part in every campaign, and <b>endorsers</b> support the "
        "campaigns they choose."
    ): (
        "Des centres de travailleurs, des associations d'aides familiales, des cliniques "
        "juridiques, des groupes confessionnels et des sections locales syndicales dans "
        "toutes les régions du Canada. Les <b>membres fondateurs</b> établissent nos "
        "priorités, les <b>membres</b> participent à toutes les campagnes et les "
        "<b>organismes d'appui</b> soutiennent les campagnes de leur choix."
    ),
    # Media contacts
    "Trellis Migrant Workers Coalition": (
        "Coalition Trellis des travailleuses et travailleurs migrants"
    ),
    "English, Spanish, French": "anglais, espagnol, français",
    "English, Tagalog": "anglais, tagalog",
    "English, Punjabi, Hindi": "anglais, pendjabi, hindi",
    # Organizations (their names stay as the organizations write them)
    (
        "Outreach, English classes and know-your-rights clinics for berry, vegetable and "
        "nursery workers in the Fraser Valley."
    ): (
        "Travail de proximité, cours d'anglais et ateliers sur les droits pour les "
        "travailleurs des petits fruits, des légumes et des pépinières de la vallée du "
        "Fraser."
    ),
    (
        "Volunteers who meet orchard and vineyard workers where they live, with rides to "
        "clinics, banks and consulates."
    ): (
        "Des bénévoles qui rencontrent les travailleurs des vergers et des vignobles là où "
        "ils habitent, et les conduisent à la clinique, à la banque ou au consulat."
    ),
    (
        "A self-organized association of home child-care and home support workers, most of "
        "them from the Philippines."
    ): (
        "Une association autogérée de gardiennes d'enfants en milieu familial et d'aides "
        "de soutien à domicile, originaires pour la plupart des Philippines."
    ),
    (
        "A drop-in centre helping newcomer and temporary workers recover unpaid wages and "
        "file employment standards complaints."
    ): (
        "Un centre sans rendez-vous qui aide les travailleurs nouvellement arrivés et "
        "temporaires à récupérer leurs salaires impayés et à porter plainte en matière de "
        "normes d'emploi."
    ),
    (
        "Plant workers and neighbours organizing for safe line speeds, interpreters and "
        "affordable housing in southern Alberta."
    ): (
        "Des employés d'usine et leurs voisins qui s'organisent pour des cadences de "
        "chaîne sécuritaires, des interprètes et des logements abordables dans le sud de "
        "l'Alberta."
    ),
    (
        "Supports seasonal and year-round agricultural workers on grain, hog and "
        "greenhouse operations across Saskatchewan."
    ): (
        "Soutient les travailleurs agricoles saisonniers et à l'année des exploitations "
        "céréalières, porcines et serricoles de toute la Saskatchewan."
    ),
    (
        "Peer support, tax clinics and community suppers for temporary foreign workers and "
        "international students who work."
    ): (
        "Soutien par les pairs, comptoirs d'impôts et soupers communautaires pour les "
        "travailleurs étrangers temporaires et les étudiants étrangers qui travaillent."
    ),
    "An emergency fund and phone tree for caregivers who lose their job or their home.": (
        "Un fonds d'urgence et une chaîne téléphonique pour les aides familiales qui "
        "perdent leur emploi ou leur logement."
    ),
    (
        "Has accompanied seasonal agricultural workers in Niagara's orchards, vineyards "
        "and greenhouses since its first harvest-season outreach."
    ): (
        "Accompagne les travailleurs agricoles saisonniers des vergers, des vignobles et "
        "des serres de Niagara depuis sa toute première tournée de la saison des récoltes."
    ),
    (
        "Workers and allies documenting heat, pesticide exposure and housing conditions in "
        "one of the largest greenhouse regions in North America."
    ): (
        "Des travailleurs et leurs alliés qui documentent la chaleur, l'exposition aux "
        "pesticides et les conditions de logement dans l'une des plus grandes régions "
        "serricoles d'Amérique du Nord."
    ),
    ("Weekly evening clinics with interpreters for vegetable farmworkers in the Holland Marsh."): (
        "Des permanences hebdomadaires en soirée, avec interprètes, pour les travailleurs "
        "maraîchers du Holland Marsh."
    ),
    (
        "Caregivers and cleaners meeting every Sunday to share information, organize and "
        "support each other through permit renewals."
    ): (
        "Des aides familiales et des préposées à l'entretien qui se réunissent chaque "
        "dimanche pour s'informer, s'organiser et s'entraider lors du renouvellement de "
        "leur permis."
    ),
    (
        "Law students and volunteer lawyers giving free legal information on permits, "
        "employment standards and workers' compensation."
    ): (
        "Des étudiants en droit et des avocats bénévoles qui donnent de l'information "
        "juridique gratuite sur les permis, les normes d'emploi et l'indemnisation des "
        "accidents du travail."
    ),
    (
        "Health and safety information in Spanish and English for workers on tobacco, "
        "ginseng and vegetable farms in Norfolk County."
    ): (
        "De l'information en santé et sécurité, en espagnol et en anglais, pour les "
        "travailleurs des fermes de tabac, de ginseng et de légumes du comté de Norfolk."
    ),
    (
        "A parish ministry offering Spanish-language services, a clothing bank and rides "
        "to the hospital for farmworkers."
    ): (
        "Une pastorale paroissiale qui offre aux travailleurs agricoles des célébrations "
        "en espagnol, un comptoir vestimentaire et du transport vers l'hôpital."
    ),
    (
        "Agricultural workers in the Montérégie organizing for decent housing and for the "
        "right to change employers."
    ): (
        "Des travailleuses et travailleurs agricoles de la Montérégie qui s'organisent "
        "pour obtenir des logements décents et le droit de changer d'employeur."
    ),
    (
        "Accompaniment for temporary workers in Quebec City's hotels, restaurants and "
        "food-processing plants."
    ): (
        "De l'accompagnement pour les travailleurs temporaires des hôtels, des restaurants "
        "et des usines de transformation alimentaire de la ville de Québec."
    ),
    (
        "A network of caregivers and community organizations in Montréal working for "
        "access to permanent residence."
    ): (
        "Un réseau d'aides familiales et d'organismes communautaires montréalais qui "
        "luttent pour l'accès à la résidence permanente."
    ),
    (
        "Volunteers who greet workers arriving for the apple and strawberry seasons and "
        "help them settle in."
    ): (
        "Des bénévoles qui accueillent les travailleurs venus pour la saison des pommes et "
        "des fraises, et les aident à s'installer."
    ),
    (
        "Workers at crab and lobster processing plants, many of them from Mexico and the "
        "Philippines, organizing for year-round housing."
    ): (
        "Des travailleuses et travailleurs des usines de transformation du crabe et du "
        "homard, dont beaucoup viennent du Mexique et des Philippines, qui s'organisent "
        "pour obtenir un logement à l'année."
    ),
    (
        "Community members in Prince County supporting seafood and farm workers with "
        "transport, interpretation and social gatherings."
    ): (
        "Des gens du comté de Prince qui soutiennent les travailleurs des produits de la "
        "mer et des fermes par du transport, de l'interprétation et des rencontres "
        "sociales."
    ),
    (
        "Newcomers and long-time residents supporting temporary workers in fish "
        "processing, retail and care work on the Avalon Peninsula."
    ): (
        "Des personnes nouvellement arrivées et des résidents de longue date qui "
        "soutiennent les travailleurs temporaires de la transformation du poisson, du "
        "commerce de détail et des soins dans la péninsule d'Avalon."
    ),
    (
        "Hotel, restaurant and tourism workers on temporary permits in Whitehorse and Dawson City."
    ): (
        "Des travailleurs de l'hôtellerie, de la restauration et du tourisme titulaires "
        "d'un permis temporaire, à Whitehorse et à Dawson City."
    ),
    (
        "An independent research institute studying temporary migration and labour "
        "standards. Not a coalition member; it endorses some of our briefs."
    ): (
        "Un institut de recherche indépendant qui étudie la migration temporaire et les "
        "normes du travail. Il n'est pas membre de la coalition, mais appuie certains de "
        "nos mémoires."
    ),
    # Petitions: the index and the petitions. Signatures made on a French page count toward
    # the English page's total (one petition in every language).
    "Heat protection on every farm": "Une protection contre la chaleur dans chaque ferme",
    "heat-protection": "protection-chaleur",
    "Enforceable limits on outdoor and greenhouse work in extreme heat.": (
        "Des limites applicables au travail à l'extérieur et en serre par chaleur extrême."
    ),
    (
        "We call upon the Government of Canada to make enforceable heat-stress limits a "
        "condition of every agricultural work permit."
    ): (
        "Nous demandons au gouvernement du Canada de faire de limites applicables au stress "
        "thermique une condition de chaque permis de travail agricole."
    ),
    "Petitions": "Pétitions",
    "petitions": "petitions",
    (
        "Add your name. Every signature is counted in your federal riding and delivered to "
        "your Member of Parliament. Your name is shared only if you say so."
    ): (
        "Ajoutez votre nom. Chaque signature est comptée dans votre circonscription fédérale "
        "et remise à votre député. Votre nom n'est communiqué que si vous le souhaitez."
    ),
    "Open work permits for every migrant worker": (
        "Des permis de travail ouverts pour chaque travailleuse et travailleur migrant"
    ),
    "open-work-permits": "permis-de-travail-ouverts",
    (
        "Employer-tied work permits trap workers in abusive jobs. We ask Parliament to "
        "replace them with open work permits."
    ): (
        "Les permis de travail liés à un employeur enferment des travailleuses et des "
        "travailleurs dans des emplois abusifs. Nous demandons au Parlement de les remplacer "
        "par des permis de travail ouverts."
    ),
    (
        "We, the undersigned residents of Canada, call upon the House of Commons to "
        "replace employer-specific work permits with open work permits for all migrant "
        "workers, so that no worker has to choose between their safety and their status."
    ): (
        "Nous, soussignés, résidents du Canada, prions la Chambre des communes de remplacer "
        "les permis de travail propres à un employeur par des permis de travail ouverts pour "
        "toutes les travailleuses et tous les travailleurs migrants, afin que personne n'ait "
        "à choisir entre sa sécurité et son statut."
    ),
    "I signed for open work permits for every migrant worker. Will you?": (
        "J'ai signé pour des permis de travail ouverts pour chaque travailleuse et "
        "travailleur migrant. Et vous?"
    ),
    "Why it matters": "Pourquoi c'est important",
    (
        "A worker whose permit names one employer cannot leave that employer without losing "
        "the right to work. Complaints about wages, housing or safety become a risk to their "
        "status."
    ): (
        "Une travailleuse ou un travailleur dont le permis nomme un seul employeur ne peut "
        "pas quitter cet employeur sans perdre le droit de travailler. Se plaindre du salaire, "
        "du logement ou de la sécurité met son statut en danger."
    ),
    "Seasonal farmworker, Ontario": "Travailleuse agricole saisonnière, Ontario",
    (
        "When our bunkhouse flooded, we slept in the barn for two weeks. I could not "
        "complain: my permit said I could only work for him."
    ): (
        "Quand notre dortoir a été inondé, nous avons dormi dans la grange pendant deux "
        "semaines. Je ne pouvais pas me plaindre\u00a0: mon permis disait que je ne pouvais "
        "travailler que pour lui."
    ),
}

ES = {
    # Home page
    "Home": "Inicio",
    "home": "inicio",
    "Trellis Migrant Workers Coalition: status, rights and dignity for migrant workers": (
        "Trellis Migrant Workers Coalition: estatus, derechos y dignidad para los "
        "trabajadores migrantes"
    ),
    (
        "A coalition of migrant-worker organizations across Canada campaigning for "
        "permanent status, open work permits, safe housing and protection from heat."
    ): (
        "Una coalición de organizaciones de trabajadores migrantes de todo Canadá que "
        "lucha por el estatus permanente, los permisos de trabajo abiertos, una vivienda "
        "segura y la protección contra el calor."
    ),
    "Same work, same rights. Status for all.": (
        "Mismo trabajo, mismos derechos. Estatus para todos."
    ),
    (
        "We are farmworkers, caregivers, fish plant and meatpacking workers, and the "
        "organizations that stand with them in every region of Canada. Together we press "
        "Parliament for permanent status, open work permits and safe, dignified work."
    ): (
        "Somos trabajadores agrícolas, cuidadoras, trabajadores de plantas procesadoras de "
        "pescado y de carne, y las organizaciones que los acompañan en todas las regiones "
        "de Canadá. Juntos exigimos al Parlamento el estatus permanente, permisos de "
        "trabajo abiertos y un trabajo seguro y digno."
    ),
    "Rows of crops stretching toward a rising sun.": (
        "Hileras de cultivos que se extienden hacia el sol naciente."
    ),
    "Why a coalition": "¿Por qué una coalición?",
    (
        "Each year tens of thousands of people come to Canada on temporary permits to "
        "plant and harvest our food, care for our families and keep our plants running. "
        "Many are tied to a single employer, live in housing that employer controls, and "
        "risk losing their status if they speak up. No single organization can change that "
        "alone."
    ): (
        "Cada año, decenas de miles de personas llegan a Canadá con permisos temporales "
        "para sembrar y cosechar nuestros alimentos, cuidar de nuestras familias y "
        "mantener en marcha nuestras plantas. Muchas están atadas a un solo empleador, "
        "viven en alojamientos que ese empleador controla y corren el riesgo de perder su "
        "estatus si alzan la voz. Ninguna organización puede cambiar eso por sí sola."
    ),
    (
        "Our member organizations pool what they learn on the ground into joint "
        "submissions to Parliament, coordinated petitions, and news releases that put "
        "workers' own words in front of decision-makers."
    ): (
        "Nuestras organizaciones miembro reúnen lo que aprenden sobre el terreno en "
        "presentaciones conjuntas al Parlamento, peticiones coordinadas y comunicados de "
        "prensa que llevan las propias palabras de los trabajadores ante quienes toman las "
        "decisiones."
    ),
    (
        "When we speak one by one, they tell us we are a special case. When we speak "
        "together, they have to listen."
    ): (
        "Cuando hablamos uno por uno, nos dicen que somos un caso especial. Cuando "
        "hablamos juntos, tienen que escucharnos."
    ),
    "Farmworker and volunteer organizer": "Trabajadora agrícola y organizadora voluntaria",
    # About page
    "About the coalition": "Acerca de la coalición",
    "about": "acerca-de",
    (
        "The Trellis Migrant Workers Coalition brings together worker centres, caregiver "
        "associations, legal clinics, faith groups and union locals that support migrant "
        "workers from British Columbia to Newfoundland and Labrador."
    ): (
        "La Trellis Migrant Workers Coalition reúne a centros de trabajadores, "
        "asociaciones de cuidadoras, clínicas jurídicas, grupos religiosos y secciones "
        "sindicales que apoyan a los trabajadores migrantes desde Columbia Británica hasta "
        "Terranova y Labrador."
    ),
    "What we do": "Qué hacemos",
    (
        "<b>Policy.</b> We write briefs to parliamentary committees and ministers, "
        "grounded in what workers tell our members."
    ): (
        "<b>Políticas públicas.</b> Redactamos informes para comités parlamentarios y "
        "ministros, basados en lo que los trabajadores cuentan a nuestros miembros."
    ),
    (
        "<b>Petitions.</b> We run petitions that supporters sign once and that we deliver "
        "to every Member of Parliament, riding by riding."
    ): (
        "<b>Peticiones.</b> Organizamos peticiones que quienes nos apoyan firman una sola "
        "vez y que entregamos a cada diputado del Parlamento, circunscripción por "
        "circunscripción."
    ),
    (
        "<b>Media.</b> We help workers tell their own stories to journalists, in the "
        "language they are most comfortable in."
    ): (
        "<b>Medios.</b> Ayudamos a los trabajadores a contar sus propias historias a "
        "periodistas, en el idioma en que se sientan más cómodos."
    ),
    "How we work": "Cómo trabajamos",
    (
        "Founding members set the coalition's priorities each spring at an assembly held "
        "in several languages. Members take part in campaigns and sign joint submissions; "
        "endorsers support particular campaigns without joining. Workers decide what is "
        "said in their name: we never publish a worker's name, employer or photo without "
        "their clear agreement."
    ): (
        "Los miembros fundadores fijan las prioridades de la coalición cada primavera en "
        "una asamblea que se celebra en varios idiomas. Los miembros participan en las "
        "campañas y firman las presentaciones conjuntas; las organizaciones adherentes apoyan "
        "campañas concretas sin afiliarse. Los trabajadores deciden lo que se dice en su "
        "nombre: nunca publicamos el nombre, el empleador ni la foto de un trabajador sin "
        "su consentimiento claro."
    ),
    "Our priorities": "Nuestras prioridades",
    "Permanent resident status for all migrants, including those without papers.": (
        "Residencia permanente para todas las personas migrantes, incluidas las que no "
        "tienen papeles."
    ),
    "Open work permits, so no worker is tied to one employer.": (
        "Permisos de trabajo abiertos, para que ningún trabajador esté atado a un solo empleador."
    ),
    "Enforceable standards for employer-provided housing.": (
        "Normas de cumplimiento obligatorio para la vivienda que proporciona el empleador."
    ),
    "Protection from extreme heat, including the right to stop work.": (
        "Protección contra el calor extremo, incluido el derecho a dejar de trabajar."
    ),
    (
        "I came to care for other people's children. I should not have to choose between "
        "my job and my right to stay."
    ): (
        "Vine a cuidar a los hijos de otras personas. No debería tener que elegir entre mi "
        "trabajo y mi derecho a quedarme."
    ),
    "Home child-care provider": "Cuidadora de niños a domicilio",
}

PA = {
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

TL = {
    # Home page
    "Home": "Tahanan",
    "home": "tahanan",
    "Trellis Migrant Workers Coalition: status, rights and dignity for migrant workers": (
        "Trellis Migrant Workers Coalition: katayuan, karapatan at dignidad para sa mga "
        "migranteng manggagawa"
    ),
    (
        "A coalition of migrant-worker organizations across Canada campaigning for "
        "permanent status, open work permits, safe housing and protection from heat."
    ): (
        "Isang koalisyon ng mga organisasyon ng migranteng manggagawa sa buong Canada na "
        "nangangampanya para sa permanenteng katayuan, open work permit, ligtas na pabahay "
        "at proteksyon mula sa init."
    ),
    "Same work, same rights. Status for all.": (
        "Parehong trabaho, parehong karapatan. Katayuan para sa lahat."
    ),
    (
        "We are farmworkers, caregivers, fish plant and meatpacking workers, and the "
        "organizations that stand with them in every region of Canada. Together we press "
        "Parliament for permanent status, open work permits and safe, dignified work."
    ): (
        "Kami ay mga manggagawang bukid, caregiver, manggagawa sa mga planta ng isda at "
        "karne, at ang mga organisasyong kaagapay nila sa bawat rehiyon ng Canada. "
        "Sama-sama naming iginigiit sa Parlamento ang permanenteng katayuan, open work "
        "permit, at ligtas at marangal na trabaho."
    ),
    "Rows of crops stretching toward a rising sun.": (
        "Mga hanay ng pananim na umaabot patungo sa sumisikat na araw."
    ),
    "Why a coalition": "Bakit isang koalisyon",
    (
        "Each year tens of thousands of people come to Canada on temporary permits to "
        "plant and harvest our food, care for our families and keep our plants running. "
        "Many are tied to a single employer, live in housing that employer controls, and "
        "risk losing their status if they speak up. No single organization can change that "
        "alone."
    ): (
        "Taun-taon, sampu-sampung libong tao ang dumarating sa Canada na may "
        "pansamantalang permit upang magtanim at mag-ani ng ating pagkain, mag-alaga sa "
        "ating mga pamilya at patakbuhin ang ating mga planta. Marami ang nakatali sa "
        "iisang employer, nakatira sa pabahay na kontrolado ng employer na iyon, at "
        "nanganganib mawalan ng katayuan kapag nagsalita sila. Walang iisang organisasyon "
        "ang makapagbabago nito nang mag-isa."
    ),
    (
        "Our member organizations pool what they learn on the ground into joint "
        "submissions to Parliament, coordinated petitions, and news releases that put "
        "workers' own words in front of decision-makers."
    ): (
        "Pinagsasama-sama ng aming mga kasaping organisasyon ang kanilang natututunan sa "
        "mismong komunidad para sa magkakasamang pagsusumite sa Parlamento, mga "
        "pinag-ugnay na petisyon, at mga news release na naglalapit sa mismong salita ng "
        "mga manggagawa sa mga gumagawa ng desisyon."
    ),
    (
        "When we speak one by one, they tell us we are a special case. When we speak "
        "together, they have to listen."
    ): (
        "Kapag isa-isa kaming nagsasalita, sinasabi nilang espesyal na kaso kami. Kapag "
        "sama-sama kaming nagsasalita, kailangan nilang makinig."
    ),
    "Farmworker and volunteer organizer": "Manggagawang bukid at boluntaryong organisador",
    # About page
    "About the coalition": "Tungkol sa koalisyon",
    "about": "tungkol-sa-koalisyon",
    (
        "The Trellis Migrant Workers Coalition brings together worker centres, caregiver "
        "associations, legal clinics, faith groups and union locals that support migrant "
        "workers from British Columbia to Newfoundland and Labrador."
    ): (
        "Pinagbubuklod ng Trellis Migrant Workers Coalition ang mga worker centre, samahan "
        "ng mga caregiver, legal clinic, grupong pananampalataya at lokal ng mga unyon na "
        "sumusuporta sa mga migranteng manggagawa mula British Columbia hanggang "
        "Newfoundland and Labrador."
    ),
    "What we do": "Ang aming ginagawa",
    (
        "<b>Policy.</b> We write briefs to parliamentary committees and ministers, "
        "grounded in what workers tell our members."
    ): (
        "<b>Patakaran.</b> Sumusulat kami ng mga brief para sa mga komite ng Parlamento at "
        "sa mga ministro, batay sa mga ikinukuwento ng mga manggagawa sa aming mga kasapi."
    ),
    (
        "<b>Petitions.</b> We run petitions that supporters sign once and that we deliver "
        "to every Member of Parliament, riding by riding."
    ): (
        "<b>Mga petisyon.</b> Nagpapatakbo kami ng mga petisyong minsan lang pinipirmahan "
        "ng mga tagasuporta at inihahatid namin sa bawat Miyembro ng Parlamento, riding "
        "kada riding."
    ),
    (
        "<b>Media.</b> We help workers tell their own stories to journalists, in the "
        "language they are most comfortable in."
    ): (
        "<b>Media.</b> Tinutulungan namin ang mga manggagawa na sila mismo ang magkuwento "
        "ng kanilang karanasan sa mga mamamahayag, sa wikang pinakakomportable sila."
    ),
    "How we work": "Paano kami kumikilos",
    (
        "Founding members set the coalition's priorities each spring at an assembly held "
        "in several languages. Members take part in campaigns and sign joint submissions; "
        "endorsers support particular campaigns without joining. Workers decide what is "
        "said in their name: we never publish a worker's name, employer or photo without "
        "their clear agreement."
    ): (
        "Itinatakda ng mga tagapagtatag na kasapi ang mga prayoridad ng koalisyon tuwing "
        "tagsibol sa isang asembleyang ginaganap sa iba't ibang wika. Nakikilahok ang mga "
        "kasapi sa mga kampanya at pumipirma sa magkakasamang pagsusumite; sinusuportahan "
        "naman ng mga tagasuportang organisasyon ang ilang partikular na kampanya nang hindi "
        "sumasapi. Ang mga manggagawa ang nagpapasya kung ano ang sasabihin sa kanilang "
        "pangalan: hindi namin kailanman inilalathala ang pangalan, employer o larawan ng "
        "isang manggagawa nang walang malinaw niyang pahintulot."
    ),
    "Our priorities": "Ang aming mga prayoridad",
    "Permanent resident status for all migrants, including those without papers.": (
        "Permanenteng paninirahan para sa lahat ng migrante, kabilang ang mga walang papeles."
    ),
    "Open work permits, so no worker is tied to one employer.": (
        "Open work permit, upang walang manggagawang nakatali sa iisang employer."
    ),
    "Enforceable standards for employer-provided housing.": (
        "Mga pamantayang maipatutupad para sa pabahay na ibinibigay ng employer."
    ),
    "Protection from extreme heat, including the right to stop work.": (
        "Proteksyon mula sa matinding init, kabilang ang karapatang tumigil sa pagtatrabaho."
    ),
    (
        "I came to care for other people's children. I should not have to choose between "
        "my job and my right to stay."
    ): (
        "Pumunta ako rito para mag-alaga ng mga anak ng ibang tao. Hindi ako dapat "
        "mapilitang mamili sa pagitan ng aking trabaho at ng aking karapatang manatili."
    ),
    "Home child-care provider": "Tagapag-alaga ng bata sa tahanan",
}

TRANSLATIONS = {"fr": FR, "es": ES, "pa": PA, "tl": TL}

# Fields that hold a name (a person's, an organization's, a city's): their text is kept as
# written when no translation is given, and load_demo does not report it as missing.
NAME_FIELDS = frozenset({"attribution", "organization", "name", "dateline_city"})

_press = demo.PRESS_INDEX["slug"]
_policy = demo.POLICY_INDEX["slug"]

# The pages translated into each language, by their English path under the home page ("" is
# the home page itself), parents first. Every other page appears in each language as an alias
# of the English page until a translator translates it.
PAGES = {
    "fr": (
        "",
        demo.ABOUT["slug"],
        demo.PRIVACY["slug"],
        _press,
        f"{_press}/{demo.PRESS_RELEASES[0]['slug']}",
        f"{_press}/{demo.PRESS_RELEASES[1]['slug']}",
        _policy,
        f"{_policy}/{demo.POLICY_BRIEFS[0]['slug']}",
        demo.COALITION["slug"],
        demo.PETITION_INDEX["slug"],
        f"{demo.PETITION_INDEX['slug']}/{demo.PETITIONS[0]['slug']}",
        f"{demo.PETITION_INDEX['slug']}/{demo.PETITIONS[1]['slug']}",
    ),
    "es": ("", demo.ABOUT["slug"]),
    "pa": ("", demo.ABOUT["slug"]),
    "tl": ("", demo.ABOUT["slug"]),
}

# The languages into which the media contacts and organizations are translated. The French
# coalition page lists the French organizations, and French news releases and briefs link to
# them.
SNIPPET_LANGUAGES = ("fr",)
