"""French translations of the petitions app's demo content (petitions/demo/content.py).

French follows Canadian usage (Quebec typography: a no-break space before a colon, none before a
semicolon). See home/demo/translations/__init__.py.
"""

STRINGS = {
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
