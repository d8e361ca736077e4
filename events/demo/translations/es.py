"""Spanish translations of the events app's demo content (events/demo/content.py)."""

STRINGS = {
    "Events": "Eventos",
    "events": "eventos",
    "Rallies, vigils, press conferences and assemblies across Canada.": (
        "Manifestaciones, vigilias, conferencias de prensa y asambleas en todo Canadá."
    ),
    "Week of action for status for all": ("Semana de acción por estatus para todas las personas"),
    "week-of-action": "semana-de-accion",
    "Seven days, six provinces: find the action nearest you.": (
        "Siete días, seis provincias: encuentre la acción más cercana."
    ),
    "Permanent protest: community gathering every night": (
        "Protesta permanente: reunión comunitaria cada noche"
    ),
    "permanent-protest": "protesta-permanente",
    "Eighteen nights outside the immigration office, every evening at 7 pm.": (
        "Dieciocho noches frente a la oficina de inmigración, cada tarde a las 7 p. m."
    ),
    "Open and anonymous assembly": "Asamblea abierta y anónima",
    "open-assembly": "asamblea-abierta",
    (
        "An online assembly for people without status. No name needed: register"
        " to get the video link. Spanish–English interpretation."
    ): (
        "Una asamblea en línea para personas sin estatus. No hace falta nombre:"
        " inscríbase para recibir el enlace de video. Interpretación "
        "español–inglés."
    ),
}
