"""A result's excerpt as the search page shows it: the words searched for marked, nothing else markup."""

from django.template.loader import render_to_string

from site_search.excerpts import highlight


def shown(text: str, words: list[str], **options) -> str:
    excerpt = highlight(text, words, **options)
    return render_to_string("site_search/includes/excerpt.html", {"excerpt": excerpt}).strip()


def test_the_words_searched_for_are_marked_wherever_they_stand():
    html = shown("Un jardin partagé pour les jardiniers du quartier.", ["jardin"])
    assert html == "Un <mark>jardin</mark> partagé pour les <mark>jardiniers</mark> du quartier."


def test_a_hostile_text_is_shown_as_text():
    html = shown('Le <script>alert(1)</script> jardin "partagé" & <b>co</b> ici', ["jardin"])
    assert "<script>" not in html and "<b>" not in html
    assert html == (
        "Le &lt;script&gt;alert(1)&lt;/script&gt; <mark>jardin</mark> "
        "&quot;partagé&quot; &amp; &lt;b&gt;co&lt;/b&gt; ici"
    )


def test_a_long_text_is_cut_around_the_first_match_with_ellipses():
    text = " ".join(f"mot{number}" for number in range(100)) + " Garten " + " ".join(f"wort{n}" for n in range(100))
    html = shown(text, ["Garten"], length=10)
    assert html.startswith("… mot92 ") and html.endswith(" wort0 …")
    assert "<mark>Garten</mark>" in html


def test_a_text_without_words_shows_no_excerpt():
    assert not highlight("", ["jardin"])
    assert highlight("Rien à voir.", ["jardin"])  # no match: the beginning of the text


def test_a_pages_text_has_its_headings_but_not_the_editors_block_labels():
    from django.utils import translation

    from home.models import StandardPage
    from site_search.excerpts import searchable_text

    page = StandardPage(
        title="Jardins",
        intro="Des jardins partagés.",
        body=[
            ("heading", {"text": "Où jardiner", "level": "h2"}),
            ("heading", {"text": "Horaires", "level": "h3"}),
            ("paragraph", "<p>Les jardins sont ouverts à tous.</p>"),
        ],
    )
    for language, labels in (("fr", ("Titre de section", "Sous-titre")), ("en", ("Section heading", "Subheading"))):
        with translation.override(language):
            text = searchable_text(page)
        assert "Où jardiner" in text and "Horaires" in text and "ouverts à tous" in text
        assert not any(label in text for label in labels)
