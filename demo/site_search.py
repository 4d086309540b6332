"""Demo content: the site search's synonym groups, words residents use for the same service."""

from site_search.models import SynonymGroup

GROUPS = {
    "Web cafés": ["Internetcafé", "Webcafé", "Internetstuff", "web café", "café internet", "cybercafé"],
    "Help at home": ["aide à domicile", "Hilfe zu Hause", "Hëllef am Haus", "help at home", "ajuda em casa"],
    "Gardening": ["jardinage", "Gartenarbeit", "Gaardenaarbecht", "gardening", "jardinagem"],
}


def load(*, log) -> None:
    for name, terms in GROUPS.items():
        SynonymGroup.objects.update_or_create(name=name, defaults={"terms": "\n".join(terms)})
    log(f"  {len(GROUPS)} synonym groups")
