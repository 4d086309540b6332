"""The commune resolver: whatever way a resident types their commune, they get it, a question, or a suggestion."""

import pytest

from geography.places import commune_lookup, name_key


def names(communes) -> list[str]:
    return [commune.name_fr for commune in communes]


@pytest.mark.django_db
class CommuneResolverTests:
    @pytest.mark.parametrize(
        "typed",
        [
            "Esch-sur-Alzette",
            "esch sur alzette",
            "Esch/Alzette",
            "esch alzette",
            "ESCH-ALZETTE",
            "Esch an der Alzette",
            "Esch-Uelzecht",
            "esch-sur-alzette",
            "L-4001",
            "4001",
            "l 4001",
        ],
    )
    def test_every_usual_way_of_typing_esch_sur_alzette_finds_it(self, typed):
        match = commune_lookup(typed)
        assert match.commune is not None, typed
        assert match.commune.name_fr == "Esch-sur-Alzette"

    def test_esch_alone_asks_which_esch(self):
        match = commune_lookup("Esch")
        assert match.commune is None and match.is_ambiguous
        assert names(match.communes) == ["Esch-sur-Alzette", "Esch-sur-Sûre"]
        assert match.postcode == ""

    @pytest.mark.parametrize(
        ("typed", "expected"),
        [
            ("Esch-Sauer", "Esch-sur-Sûre"),
            ("esch sur sure", "Esch-sur-Sûre"),
            ("Lux-Ville", "Luxembourg"),
            ("Luxembourg-Ville", "Luxembourg"),
            ("Stad Lëtzebuerg", "Luxembourg"),
            ("Reckange/Mess", "Reckange-sur-Mess"),
            ("Redange/Attert", "Redange"),
            ("Weiler la Tour", "Weiler-la-Tour"),
            ("Clerf", "Clervaux"),
            ("Befort", "Beaufort"),
            ("Hosingen", "Parc Hosingen"),
            ("lac de la haute sure", "Lac de la Haute-Sûre"),
        ],
    )
    def test_abbreviations_and_other_languages_find_the_commune(self, typed, expected):
        match = commune_lookup(typed)
        assert match.commune is not None, typed
        assert match.commune.name_fr == expected

    @pytest.mark.parametrize(("typed", "expected"), [("schiflange", "Schifflange"), ("mersh", "Mersch")])
    def test_a_near_miss_is_suggested_not_chosen(self, typed, expected):
        match = commune_lookup(typed)
        assert match.commune is None and match.is_unknown
        assert names(match.suggestions)[0] == expected

    def test_a_short_name_is_not_taken_for_the_beginning_of_a_longer_one(self):
        assert commune_lookup("Ell").commune.name_fr == "Ell"
        assert commune_lookup("Bech").commune.name_fr == "Bech"

    @pytest.mark.parametrize("typed", ["", "   ", "Atlantis", "0001", "<script>", "x" * 5000, "--//--", "L-"])
    def test_nonsense_matches_nothing_and_never_raises(self, typed):
        match = commune_lookup(typed)
        assert match.communes == [] and match.commune is None

    def test_the_comparison_key_ignores_case_accents_punctuation_and_little_words(self):
        assert name_key("Esch/Alzette") == name_key("esch-sur-alzette") == name_key("Esch an der Alzette")
        assert name_key("Esch-sur-Sûre") != name_key("Esch-sur-Alzette")
