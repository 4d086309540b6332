import pytest

from portal.i18n_tools import LANGUAGES, untranslated


class TranslationCatalogueTests:
    @pytest.mark.parametrize("language", LANGUAGES)
    def test_every_interface_string_is_translated(self, language):
        missing = untranslated(language)
        assert missing == [], f"{len(missing)} messages lack a {language} translation: {missing[:20]}"
