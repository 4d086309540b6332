"""Who runs what in the demo directory: 30 CIGs, 70 services, 54 communes (sample data).

Each entry: kind, name, home commune (French name), communes served, and the kinds of service it
runs (see ``texts.SERVICE_KINDS``). Names follow the network's pattern; contacts are fictional.
"""

LOCAL = [
    ("Schifflange", [], ["care", "web", "environment"]),
    ("Esch-sur-Alzette", [], ["care", "web", "environment"]),
    ("Differdange", [], ["care", "web", "environment"]),
    ("Sanem", [], ["care", "garden", "environment"]),
    ("Walferdange", ["Steinsel"], ["care", "garden", "environment"]),
    ("Dudelange", [], ["care", "web", "environment"]),
    ("Kayl", ["Rumelange"], ["care", "environment"]),
    ("Rumelange", [], ["web"]),
    ("Pétange", [], ["care", "web", "environment"]),
    ("Bettembourg", ["Roeser"], ["care", "environment"]),
    ("Mondercange", ["Reckange-sur-Mess"], ["care", "garden"]),
    ("Hesperange", [], ["care", "web", "environment"]),
    ("Strassen", [], ["web", "environment"]),
    ("Bertrange", [], ["care", "environment"]),
    ("Mamer", ["Kehlen"], ["care", "web"]),
    ("Steinfort", ["Habscht"], ["care", "environment"]),
    ("Junglinster", [], ["care", "web", "environment"]),
    ("Mersch", ["Lintgen"], ["care", "web", "environment"]),
    ("Ettelbruck", ["Schieren"], ["care", "web", "environment"]),
    ("Diekirch", ["Erpeldange-sur-Sûre"], ["care", "environment"]),
    ("Echternach", ["Rosport-Mompach"], ["web", "environment"]),
    ("Grevenmacher", ["Mertert"], ["care", "web", "environment"]),
    ("Remich", ["Schengen"], ["care", "environment"]),
    ("Mondorf-les-Bains", [], ["web", "garden"]),
]

REGIONAL = [
    ("CIGR Éislek", "Clervaux", ["Wincrange", "Troisvierges", "Weiswampach", "Parc Hosingen"], ["care", "environment"]),
    ("CIGR Wiltz", "Wiltz", ["Kiischpelt", "Goesdorf", "Winseler", "Esch-sur-Sûre"], ["care", "environment"]),
    (
        "CIGR Réiden-Atert",
        "Redange",
        ["Beckerich", "Useldange", "Ell", "Saeul", "Préizerdaul"],
        ["care", "environment"],
    ),
    ("CIGR Musel", "Wormeldange", ["Flaxweiler", "Lenningen", "Stadtbredimus", "Dalheim"], ["care", "environment"]),
]

SECTORAL = [
    # (name, home commune, [(kind of service, commune where it is, other communes served)])
    (
        "CIG Natur an Ëmwelt",
        "Larochette",
        [
            ("environment", "Larochette", ["Fischbach", "Heffingen", "Nommern"]),
            ("environment", "Vallée de l'Ernz", ["Waldbillig"]),
        ],
    ),
    ("CIG Digital Bréck", "Luxembourg", [("web", "Bissen", ["Colmar-Berg"])]),
]


def organisations():
    """(kind, name, home commune, [(service kind, commune, communes served)]) for every demo CIG."""
    for home, others, kinds in LOCAL:
        yield "local", f"CIGL {home}", home, [(kind, home, [home, *others]) for kind in kinds]
    for name, home, others, kinds in REGIONAL:
        yield "regional", name, home, [(kind, home, [home, *others]) for kind in kinds]
    for name, home, services in SECTORAL:
        yield "sectoral", name, home, [(kind, where, [where, *others]) for kind, where, others in services]
