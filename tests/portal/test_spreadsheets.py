import pytest

from portal.spreadsheets import csv_cell


class CsvCellTests:
    @pytest.mark.parametrize(
        "value",
        ["+352 26 12 34 56", "+352 621 123 456", "(+352) 26.12.34.56", "-12.5", "-", "Bonjour", "12 rue de la Gare"],
    )
    def test_ordinary_values_are_left_as_typed(self, value):
        assert csv_cell(value) == value

    @pytest.mark.parametrize(
        "payload",
        [
            '=HYPERLINK("http://evil.example","Cliquez")',
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "+cmd|' /C calc'!A0",
            "-1+1+cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "+Jean",
        ],
    )
    def test_what_a_spreadsheet_would_evaluate_gets_an_apostrophe(self, payload):
        assert csv_cell(payload) == "'" + payload
