import csv
from pathlib import Path

import pytest

from geography.models import Canton, Commune
from geography.places import commune_lookup

SHARED_COMMUNES = Path(__file__).resolve().parents[3] / "shared" / "data" / "lu_communes.csv"


@pytest.mark.django_db
class ReferenceGeographyTests:
    def test_there_are_12_cantons_and_100_communes(self):
        assert Canton.objects.count() == 12
        assert Commune.objects.count() == 100
        assert set(Canton.objects.values_list("code", flat=True)) == {f"C{n:02d}" for n in range(1, 13)}

    @pytest.mark.skipif(not SHARED_COMMUNES.exists(), reason="the shared reference file is not beside the repository")
    def test_communes_agree_with_the_shared_reference_file(self):
        with SHARED_COMMUNES.open(encoding="utf-8") as handle:
            reference = {row["lau2_code"]: row for row in csv.DictReader(handle)}
        ours = {commune.lau2_code: commune for commune in Commune.objects.select_related("canton")}
        assert ours.keys() == reference.keys()
        for code, row in reference.items():
            assert ours[code].name_fr == row["name_fr"], code
            assert ours[code].canton.code == row["canton_code_statec"], code
            assert abs(float(ours[code].latitude) - float(row["lat_approx"])) < 0.001, code

    def test_names_follow_the_active_language(self):
        from django.utils import translation

        schifflange = Commune.objects.get(lau2_code="0214")
        with translation.override("lb"):
            assert schifflange.name == "Schëffleng"
        with translation.override("de"):
            assert schifflange.name == "Schifflingen"
        with translation.override("en"):
            assert schifflange.name == "Schifflange"


@pytest.mark.django_db
class CommuneLookupTests:
    @pytest.mark.parametrize("typed", ["Schifflange", "schifflange", "Schëffleng", "SCHIFFLINGEN", " schifflange "])
    def test_a_name_in_any_language_finds_the_commune(self, typed):
        assert commune_lookup(typed).commune.lau2_code == "0214"

    def test_accents_can_be_left_out(self):
        assert commune_lookup("Kaerjeng").commune.name_fr == "Käerjeng"

    @pytest.mark.parametrize("typed", ["3850", "L-3850", "l 3850"])
    def test_a_postcode_finds_its_commune(self, typed):
        match = commune_lookup(typed)
        assert match.commune is not None
        assert match.commune.name_fr == "Schifflange"

    def test_a_postcode_shared_by_two_communes_asks_which(self):
        from geography.reference import postcode_index

        shared = next(code for code, rows in postcode_index().items() if len({r.lau2_code for r in rows}) > 1)
        match = commune_lookup(shared)
        assert match.is_ambiguous
        assert match.commune is None
        assert len(match.communes) >= 2

    @pytest.mark.parametrize("typed", ["", "Atlantis", "0001", "<script>", "x" * 5000])
    def test_unknown_input_matches_nothing(self, typed):
        match = commune_lookup(typed)
        assert match.communes == []
