"""Checks and chores on the translation catalogues in ``locale/``.

    python -m portal.i18n_tools fill-source-language locale/en/LC_MESSAGES/django.po
    python -m portal.i18n_tools check

Interface strings are written in English, so the English catalogue's translations are the
message ids themselves; ``fill-source-language`` copies them. ``check`` lists every message
that lacks a translation (empty or fuzzy) or changes a placeholder, in the catalogue of every
language in the ``LANGUAGES`` setting.
"""

import os
import re
import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
PLACEHOLDER_RE = re.compile(r"%\((\w+)\)[sdif]|\{(\w*)\}")


def languages() -> list[str]:
    """The site's languages, from the settings: each must have a complete catalogue."""
    from django.conf import settings

    return [code for code, _name in settings.LANGUAGES]


def catalogue_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def untranslated(language: str) -> list[str]:
    """The message ids that have no usable translation in that language's catalogue."""
    path = catalogue_path(language)
    if not path.exists():
        return ["<no catalogue>"]
    missing = []
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            missing.append(entry.msgid)
        elif entry.msgid_plural:
            if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                missing.append(entry.msgid)
        elif not entry.msgstr:
            missing.append(entry.msgid)
    return missing


def _placeholders(text: str) -> list[str]:
    return sorted(match.group(0) for match in PLACEHOLDER_RE.finditer(text))


def placeholder_mismatches(language: str) -> list[str]:
    """The message ids whose translation drops, adds or renames a ``%(name)s`` or ``{name}`` placeholder."""
    path = catalogue_path(language)
    if not path.exists():
        return []
    mismatches = []
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            expected = _placeholders(entry.msgid_plural)
            # A singular form may leave the count out ("one request" for "%(count)s requests").
            forms = [text for text in entry.msgstr_plural.values() if text]
            if any(not set(_placeholders(text)) <= set(expected) for text in forms) or (
                forms and _placeholders(forms[-1]) != expected
            ):
                mismatches.append(entry.msgid)
        elif entry.msgstr and _placeholders(entry.msgstr) != _placeholders(entry.msgid):
            mismatches.append(entry.msgid)
    return mismatches


def fill_source_language(path: str) -> int:
    catalogue = polib.pofile(path)
    filled = 0
    for entry in catalogue:
        if entry.msgid_plural:
            if not all(entry.msgstr_plural.values()):
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                filled += 1
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
            filled += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
    catalogue.save(path)
    return filled


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "fill-source-language":
        print(f"{fill_source_language(argv[1])} English messages filled from their ids")
        return 0
    if argv == ["check"]:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
        failures = {language: untranslated(language) + placeholder_mismatches(language) for language in languages()}
        for language, missing in failures.items():
            for msgid in missing:
                print(f"{language}: {msgid!r}")
        return 1 if any(failures.values()) else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
