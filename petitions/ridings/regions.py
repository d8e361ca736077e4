"""Which federal ridings (2023 representation order) a postal code's first characters may lie in.

For the riding choice when no postal-code table is imported and Represent is off: instead of a
province's hundred ridings, the signer first sees those of their postal code's region. Keys are a
forward sortation area's first letter, or its first letter and digit where the letter covers too
many ridings (Toronto M, Montreal H, eastern Ontario K, central Ontario L, southwestern Ontario N).

Where these come from, honestly: Canada Post's map of forward sortation areas (what each letter
and, for those letters, each digit covers: M1 Scarborough, M5 downtown Toronto, H7 Laval, K1/K2
Ottawa, L5 Mississauga, N6 London...) matched by hand to the 2023 riding names and the cities and
neighbourhoods they name. It is a generous approximation, not a boundary file: a region lists
every riding that may hold codes of it, so it may offer a few too many, and the signer can always
search every riding of the province (and "I don't know" stays). Rural areas (second digit 0) and
letters not listed here have no region: the signer searches. A real postal-code table replaces
all of this (docs/petitions.md, "Where a full postal-code table comes from").

Codes of the 2023 representation order; other orders' ridings are never in a region.
"""

# M: Toronto.
_SCARBOROUGH = ("35092", "35093", "35094", "35095", "35096", "35097")
# H: the island of Montreal, and Laval (H7).
# K: eastern Ontario. L: central Ontario. N: southwestern Ontario. P: northern Ontario.
REGION_RIDINGS = {
    "M1": _SCARBOROUGH,
    "M2": ("35023", "35024", "35093", "35117", "35120"),
    "M3": ("35023", "35024", "35026", "35041", "35093", "35117", "35120", "35122"),
    "M4": ("35007", "35024", "35026", "35093", "35109", "35110", "35111", "35112"),
    "M5": ("35022", "35026", "35100", "35109", "35111", "35112"),
    "M6": ("35022", "35026", "35030", "35041", "35100", "35105", "35111", "35112", "35122"),
    "M7": ("35100", "35109", "35112"),
    "M8": ("35029", "35030", "35105"),
    "M9": ("35029", "35030", "35031", "35041", "35122"),
    "H1": ("24013", "24026", "24027", "24031", "24037", "24065", "24069"),
    "H2": ("24003", "24013", "24026", "24037", "24053", "24054", "24065", "24069", "24077"),
    "H3": ("24003", "24037", "24048", "24052", "24053", "24054", "24068", "24077"),
    "H4": ("24022", "24035", "24048", "24052", "24068", "24077"),
    "H5": ("24077",),
    "H7": ("24004", "24038", "24045", "24078"),
    "H8": ("24022", "24034", "24035", "24056"),
    "H9": ("24022", "24034", "24056"),
    "K1": ("35020", "35043", "35067", "35077", "35079", "35080", "35081", "35082", "35088"),
    "K2": ("35020", "35043", "35067", "35077", "35079", "35080", "35081", "35082", "35088"),
    "K4": ("35020", "35067", "35077", "35088"),
    "K6": ("35052", "35102"),
    "K7": ("35002", "35040", "35046", "35051", "35052", "35102"),
    "K8": ("35002", "35006", "35040"),
    "K9": ("35035", "35074", "35086"),
    "L1": ("35001", "35008", "35074", "35078", "35087", "35116", "35121"),
    "L2": ("35070", "35071", "35072", "35101"),
    "L3": (
        "35003", "35056", "35057", "35058", "35068", "35069", "35071", "35072", "35099",
        "35106", "35121",
    ),
    "L4": (
        "35003", "35004", "35005", "35047", "35057", "35061", "35062", "35064", "35065",
        "35066", "35068", "35089", "35106", "35113",
    ),
    "L5": ("35061", "35062", "35063", "35064", "35065", "35066"),
    "L6": (
        "35009", "35010", "35011", "35012", "35013", "35014", "35047", "35056", "35057",
        "35058", "35075", "35076",
    ),
    "L7": ("35012", "35014", "35017", "35018", "35025", "35047", "35060", "35115"),
    "L8": ("35032", "35036", "35037", "35038", "35039"),
    "L9": (
        "35004", "35005", "35018", "35025", "35032", "35038", "35039", "35060", "35069",
        "35098", "35099", "35121",
    ),
    "N1": ("35019", "35033", "35050", "35085", "35115"),
    "N2": ("35048", "35049", "35050", "35114"),
    "N3": ("35015", "35019", "35034", "35050", "35083"),
    "N4": ("35016", "35034", "35042", "35083", "35085"),
    "N5": ("35027", "35053", "35054", "35055", "35059", "35083", "35085"),
    "N6": ("35027", "35053", "35054", "35055", "35059"),
    "N7": ("35021", "35090"),
    "N8": ("35021", "35028", "35090", "35118", "35119"),
    "N9": ("35021", "35028", "35118", "35119"),
    "P": ("35044", "35045", "35073", "35084", "35091", "35103", "35104", "35107", "35108"),
}  # fmt: skip


def region_of(postal_code):
    """The key of REGION_RIDINGS a postal code falls in ("M5", "P"), or None."""
    code = (postal_code or "").upper()
    for key in (code[:2], code[:1]):
        if key and key in REGION_RIDINGS:
            return key
    return None


def region_riding_codes(postal_code):
    """The riding codes of the postal code's region (a tuple, empty when it has none)."""
    key = region_of(postal_code)
    return REGION_RIDINGS[key] if key else ()
