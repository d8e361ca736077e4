"""French translations of the events app's demo content (events/demo/content.py)."""

STRINGS = {
    "Events": "Événements",
    "events": "evenements",
    "Rallies, vigils, press conferences and assemblies across Canada.": (
        "Rassemblements, veillées, conférences de presse et assemblées partout au Canada."
    ),
    "Week of action for status for all": "Semaine d’action pour un statut pour toutes et tous",
    "week-of-action": "semaine-d-action",
    "Seven days, six provinces: find the action nearest you.": (
        "Sept jours, six provinces : trouvez l’action la plus proche de chez vous."
    ),
    "Permanent protest: community gathering every night": (
        "Manifestation permanente : rassemblement communautaire chaque soir"
    ),
    "permanent-protest": "manifestation-permanente",
    "Eighteen nights outside the immigration office, every evening at 7 pm.": (
        "Dix-huit soirs devant le bureau d’immigration, chaque soir à 19 h."
    ),
    "Open and anonymous assembly": "Assemblée ouverte et anonyme",
    "open-assembly": "assemblee-ouverte",
    (
        "An online assembly for people without status. No name needed: register"
        " to get the video link. Spanish–English interpretation."
    ): (
        "Une assemblée en ligne pour les personnes sans statut. Aucun nom "
        "requis : inscrivez-vous pour recevoir le lien vidéo. Interprétation "
        "espagnol-anglais."
    ),
}
