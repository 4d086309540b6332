"""Search quality over the demo content: what residents type, and what they expect to find.

Each query lists the titles a resident would be glad to see ("Web café – *": every web café);
recall at 5 is the share of them (at most five) in the first five results, the reciprocal rank
is 1 / the rank of the first one.
The suite enforces a floor on both means and prints the figures (``pytest -s`` shows them).
"""

from wagtail.models import Locale, Page

from pci_guide.models import GuideDocument
from services_directory.models import Organization, Service
from site_search.selectors import SearchText, ranked_hits, title_of
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
    titles = [title_of(hit.record) for hit in ranked_hits(search=SearchText.parse(query), locale=locale)[:10]]
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
    def test_the_quality_set_covers_four_languages_with_at_least_40_queries(self):
        assert len(QUALITY_SET) >= 40
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
