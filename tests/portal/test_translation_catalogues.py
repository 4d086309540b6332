import pytest
from django.conf import settings

from portal.i18n_tools import placeholder_mismatches, untranslated

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class TranslationCatalogueTests:
    def test_every_site_language_has_a_catalogue_portuguese_included(self):
        assert {"fr", "de", "lb", "en", "pt"} <= set(LANGUAGES)
        assert [language for language in LANGUAGES if untranslated(language) == ["<no catalogue>"]] == []

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_every_interface_string_is_translated(self, language):
        missing = untranslated(language)
        assert missing == [], f"{len(missing)} messages lack a {language} translation: {missing[:20]}"

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_translations_keep_every_placeholder(self, language):
        mismatches = placeholder_mismatches(language)
        assert mismatches == [], f"{len(mismatches)} {language} messages change a placeholder: {mismatches[:20]}"
