"""Punjabi translations of the events app's demo content (events/demo/content.py)."""

STRINGS = {
    "Events": "ਸਮਾਗਮ",
    "events": "samagam",
    "Rallies, vigils, press conferences and assemblies across Canada.": (
        "ਪੂਰੇ ਕੈਨੇਡਾ ਵਿੱਚ ਰੈਲੀਆਂ, ਜਾਗਰਣ, ਪ੍ਰੈੱਸ ਕਾਨਫਰੰਸਾਂ ਅਤੇ ਸਭਾਵਾਂ।"
    ),
    "Week of action for status for all": "ਸਾਰਿਆਂ ਲਈ ਦਰਜੇ ਵਾਸਤੇ ਕਾਰਵਾਈ ਦਾ ਹਫ਼ਤਾ",
    "week-of-action": "karvai-da-hafta",
    "Seven days, six provinces: find the action nearest you.": (
        "ਸੱਤ ਦਿਨ, ਛੇ ਸੂਬੇ: ਆਪਣੇ ਸਭ ਤੋਂ ਨੇੜੇ ਦੀ ਕਾਰਵਾਈ ਲੱਭੋ।"
    ),
    "Permanent protest: community gathering every night": "ਲਗਾਤਾਰ ਵਿਰੋਧ: ਹਰ ਰਾਤ ਭਾਈਚਾਰਕ ਇਕੱਠ",
    "permanent-protest": "lagatar-virodh",
    "Eighteen nights outside the immigration office, every evening at 7 pm.": (
        "ਇਮੀਗ੍ਰੇਸ਼ਨ ਦਫ਼ਤਰ ਦੇ ਬਾਹਰ ਅਠਾਰਾਂ ਰਾਤਾਂ, ਹਰ ਸ਼ਾਮ 7 ਵਜੇ।"
    ),
    "Open and anonymous assembly": "ਖੁੱਲ੍ਹੀ ਅਤੇ ਗੁਮਨਾਮ ਸਭਾ",
    "open-assembly": "khulli-sabha",
    (
        "An online assembly for people without status. No name needed: register"
        " to get the video link. Spanish–English interpretation."
    ): (
        "ਬਿਨਾਂ ਦਰਜੇ ਵਾਲੇ ਲੋਕਾਂ ਲਈ ਇੱਕ ਆਨਲਾਈਨ ਸਭਾ। ਕੋਈ ਨਾਮ ਨਹੀਂ ਚਾਹੀਦਾ: ਵੀਡੀਓ "
        "ਲਿੰਕ ਲਈ ਰਜਿਸਟਰ ਕਰੋ। ਸਪੇਨੀ–ਅੰਗਰੇਜ਼ੀ ਦੁਭਾਸ਼ੀਆ।"
    ),
}
