"""Tagalog translations of the events app's demo content (events/demo/content.py)."""

STRINGS = {
    "Events": "Mga kaganapan",
    "events": "mga-kaganapan",
    "Rallies, vigils, press conferences and assemblies across Canada.": (
        "Mga rali, bihilya, press conference at asembleya sa buong Canada."
    ),
    "Week of action for status for all": "Linggo ng pagkilos para sa katayuan ng lahat",
    "week-of-action": "linggo-ng-pagkilos",
    "Seven days, six provinces: find the action nearest you.": (
        "Pitong araw, anim na probinsya: hanapin ang pinakamalapit na pagkilos."
    ),
    "Permanent protest: community gathering every night": (
        "Tuloy-tuloy na protesta: pagtitipon ng komunidad gabi-gabi"
    ),
    "permanent-protest": "tuloy-tuloy-na-protesta",
    "Eighteen nights outside the immigration office, every evening at 7 pm.": (
        "Labing-walong gabi sa labas ng tanggapan ng imigrasyon, tuwing 7 ng gabi."
    ),
    "Open and anonymous assembly": "Bukas at anonimong asembleya",
    "open-assembly": "bukas-na-asembleya",
    (
        "An online assembly for people without status. No name needed: register"
        " to get the video link. Spanish–English interpretation."
    ): (
        "Isang online na asembleya para sa mga walang katayuan. Hindi kailangan"
        " ng pangalan: magparehistro para makuha ang video link. May "
        "interpretasyong Espanyol–Ingles."
    ),
}
