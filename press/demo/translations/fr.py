"""French translations of the press app's demo content (press/demo/content/).

News releases, policy briefs, the coalition page, media contacts and organizations. French follows
Canadian usage (the Government of Canada's terms for permits and programs, Quebec typography: a
no-break space before a colon, none before a semicolon). See home/demo/translations/__init__.py.
"""

STRINGS = {
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
}
