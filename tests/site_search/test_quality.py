"""Search quality over the demo content: what residents type, and what they expect to find.

Besides the words as written, the set has other forms of the words (stemming), editors' synonyms
and typing mistakes (searched as "did you mean" suggests when the words find nothing).
Each query lists the titles a resident would be glad to see ("Web café – *": every web café);
recall at 5 is the share of them (at most five) in the first five results, the reciprocal rank
is 1 / the rank of the first one.
The suite enforces a floor on both means and prints the figures (``pytest -s`` shows them).
"""

from wagtail.models import Locale, Page

from pci_guide.models import GuideDocument
from services_directory.models import Organization, Service
from site_search.selectors import SearchText, corrected_search, ranked_hits, title_of
from tests.demo.site import DemoSite

RECALL_AT_5_FLOOR = 0.85
MRR_FLOOR = 0.8

QUALITY_SET = [
    # French
    ("fr", "aide à domicile Esch", ["Aide à domicile – Esch-sur-Alzette"]),
    ("fr", "cafe internet", ["Web café – *", "Cafés internet : on vous aide à utiliser votre téléphone"]),
    ("fr", "jardin", ["Service jardin – *"]),
    ("fr", "équipe environnement Wiltz", ["Équipe environnement – Wiltz"]),
    ("fr", "courses personnes âgées Schifflange", ["Aide à domicile – Schifflange"]),
    (
        "fr",
        "delibération conseil communal",
        [
            "Délibération du conseil communal",
            "Préparer la délibération du conseil",
            "Modèle de délibération du conseil communal",
        ],
    ),
    ("fr", "comite de pilotage", ["Mettre en place le comité de pilotage"]),
    ("fr", "CIGL Pétange", ["CIGL Pétange"]),
    ("fr", "liste de controle", ["Liste de contrôle des 10 étapes"]),
    ("fr", "protection des données", ["Protection des données"]),
    ("fr", "pacte communal", ["Le cadre légal : le pacte communal"]),
    # German
    ("de", "Garten", ["Gartendienst – *"]),
    ("de", "Umweltteam Wiltz", ["Umweltteam – Wiltz"]),
    ("de", "Hilfe zu Hause Düdelingen", ["Hilfe zu Hause – Düdelingen"]),
    ("de", "Internetcafe", ["Internetcafés: Hilfe beim Umgang mit Ihrem Telefon"]),
    ("de", "Webcafe Differdingen", ["Webcafé – Differdingen"]),
    ("de", "Einkäufe ältere Menschen Petingen", ["Hilfe zu Hause – Petingen"]),
    ("de", "Steuerungsgruppe", ["Die Steuerungsgruppe einsetzen"]),
    ("de", "Gemeinderatsbeschluss", ["Den Gemeinderatsbeschluss vorbereiten"]),
    ("de", "Checkliste", ["Checkliste der 10 Schritte"]),
    ("de", "Barrierefreiheit", ["Erklärung zur Barrierefreiheit"]),
    ("de", "Bestandsaufnahme Bedürfnisse", ["Bestandsaufnahme der Bedürfnisse"]),
    # Luxembourgish
    ("lb", "Gaardenaarbecht", ["Gaardendéngscht – *"]),
    ("lb", "Internetstuff Differdange", ["Internetstuff – Déifferdeng"]),
    ("lb", "Internetstuff Déifferdeng", ["Internetstuff – Déifferdeng"]),
    ("lb", "Hëllef am Haus Schëffleng", ["Hëllef am Haus – Schëffleng"]),
    ("lb", "Ëmweltekipp Wolz", ["Ëmweltekipp – Wolz"]),
    ("lb", "Emweltekipp Miersch", ["Ëmweltekipp – Miersch"]),
    ("lb", "Steierungscomité", ["De Steierungscomité asetzen"]),
    ("lb", "Gemengepakt", ["De gesetzleche Kader: de Gemengepakt"]),
    ("lb", "Checklëscht", ["Checklëscht vun den 10 Schrëtt"]),
    ("lb", "Dateschutz", ["Dateschutz"]),
    ("lb", "CIGR Wiltz", ["CIGR Wiltz"]),
    # English
    ("en", "help with shopping Schifflange", ["Help at home – Schifflange"]),
    ("en", "garden service", ["Garden service – *"]),
    ("en", "environmental team Esch", ["Environmental team – Esch-sur-Alzette"]),
    ("en", "web cafe Bissen", ["Web café – Bissen"]),
    ("en", "help at home Clervaux", ["Help at home – Clervaux"]),
    ("en", "steering committee", ["Setting up the steering committee"]),
    ("en", "council resolution template", ["Template council resolution", "Prepare the council resolution"]),
    ("en", "privacy", ["Privacy notice"]),
    ("en", "accessibility statement", ["Accessibility statement"]),
    ("en", "action plan budget", ["Action plan: actors, resources, budget and schedule"]),
    ("en", "CIG Natur an Ëmwelt", ["CIG Natur an Ëmwelt"]),
    # Other forms of a word (Snowball stemming, on every backend)
    ("fr", "jardins", ["Service jardin – *"]),
    ("fr", "services jardins", ["Service jardin – *"]),
    ("fr", "équipes environnement", ["Équipe environnement – *"]),
    ("fr", "aides à domicile", ["Aide à domicile – *"]),
    ("fr", "ordinateur", ["Web café – *"]),
    ("fr", "haie", ["Équipe environnement – *", "Service jardin – *"]),
    ("fr", "pelouses", ["Aide à domicile – *"]),
    ("de", "Gärten", ["Gartendienst – *"]),
    ("de", "Computern", ["Webcafé – *"]),
    ("de", "Hecke", ["Umweltteam – *", "Gartendienst – *"]),
    ("de", "Einkauf", ["Hilfe zu Hause – *"]),
    ("de", "Umweltteams", ["Umweltteam – *"]),
    ("de", "Spielplatz", ["Umweltteam – *"]),
    ("en", "gardens", ["Garden service – *"]),
    ("en", "computer", ["Web café – *"]),
    ("en", "hedge", ["Environmental team – *", "Garden service – *"]),
    ("en", "environmental teams", ["Environmental team – *"]),
    ("en", "playground", ["Environmental team – *"]),
    ("en", "emails", ["Web café – *"]),
    # Editors' synonyms ("Internetcafé" = "Webcafé" = "Internetstuff" = "web café")
    ("lb", "Internetcafé", ["Internetstuff – *"]),
    ("lb", "Webcafé", ["Internetstuff – *"]),
    ("lb", "web café", ["Internetstuff – *"]),
    ("fr", "cybercafé", ["Web café – *"]),
    ("de", "Internetstuff", ["Webcafé – *"]),
    ("en", "internet cafe", ["Web café – *"]),
    ("en", "cybercafe", ["Web café – *"]),
    # Typing mistakes: "did you mean", searched instead when the words find nothing
    ("fr", "jradin", ["Service jardin – *"]),
    ("fr", "envirronnement", ["Équipe environnement – *"]),
    (
        "fr",
        "délibraton conseil communal",
        ["Délibération du conseil communal", "Modèle de délibération du conseil communal"],
    ),
    ("de", "Gartendinst", ["Gartendienst – *"]),
    ("de", "Umweltteem", ["Umweltteam – *"]),
    ("lb", "Internetstof", ["Internetstuff – *"]),
    ("lb", "Dateschuz", ["Dateschutz"]),
    ("en", "enviromental team", ["Environmental team – *"]),
    ("en", "gardn service", ["Garden service – *"]),
    ("en", "acessibility statement", ["Accessibility statement"]),
]


def _titles(locale: Locale) -> set[str]:
    return {
        *Page.objects.filter(locale=locale).values_list("title", flat=True),
        *Service.objects.filter(locale=locale).values_list("name", flat=True),
        *Organization.objects.filter(locale=locale).values_list("name", flat=True),
        *GuideDocument.objects.filter(locale=locale).values_list("title", flat=True),
    }


def _scores(language: str, query: str, expected: list[str]) -> tuple[float, float, list[str]]:
    locale = Locale.objects.get(language_code=language)
    search = SearchText.parse(query)
    hits = ranked_hits(search=search, locale=locale)
    corrected = None if hits else corrected_search(search=search, locale=locale)
    if corrected is not None:  # as the search page does: the corrected words when the typed ones find nothing
        hits = ranked_hits(search=corrected, locale=locale)
    titles = [title_of(hit.record) for hit in hits[:10]]
    relevant = {
        title
        for title in _titles(locale)
        for pattern in expected
        if title == pattern or (pattern.endswith("*") and title.startswith(pattern[:-1]))
    }
    assert relevant, f"{query!r}: nothing in the demo content is titled {expected}"
    recall = len(relevant & set(titles[:5])) / min(len(relevant), 5)
    rank = next((position for position, title in enumerate(titles, 1) if title in relevant), None)
    return recall, (1 / rank if rank else 0.0), titles[:5]


class SearchQualityTests(DemoSite):
    def test_the_quality_set_covers_four_languages_with_at_least_80_queries(self):
        assert len(QUALITY_SET) >= 80
        assert {language for language, _query, _expected in QUALITY_SET} == {"fr", "de", "lb", "en"}

    def test_recall_at_5_and_mean_reciprocal_rank_stay_above_their_floor(self):
        recalls, reciprocal_ranks, misses = [], [], []
        for language, query, expected in QUALITY_SET:
            recall, reciprocal_rank, top = _scores(language, query, expected)
            recalls.append(recall)
            reciprocal_ranks.append(reciprocal_rank)
            if reciprocal_rank < 1:
                misses.append(f"  {language} {query!r}: reciprocal rank {reciprocal_rank:.2f}, top 5 {top}")
        recall_at_5 = sum(recalls) / len(recalls)
        mrr = sum(reciprocal_ranks) / len(reciprocal_ranks)
        print(f"\nSite search quality, {len(QUALITY_SET)} queries: recall@5 {recall_at_5:.3f}, MRR {mrr:.3f}")
        print("\n".join(misses))
        assert recall_at_5 >= RECALL_AT_5_FLOOR, "\n".join(misses)
        assert mrr >= MRR_FLOOR, "\n".join(misses)
