"""Hostile inputs drawn from past Wagtail advisories, and a check that HTML renders them inert.

- CVE-2020-11001 (revision comparison) and CVE-2023-28836 (ModelAdmin, StreamField help texts):
  HTML in titles, names and help texts rendered unescaped in the admin.
- CVE-2021-29434: ``javascript:`` links saved in rich text through a crafted POST.
- CVE-2021-32681: plain-text StreamField blocks output by ``{% include_block %}`` without escaping.
- CSV formula injection in exports (``=``, ``+``, ``-``, ``@``, and the tab and CR variants that
  spreadsheet programs strip before reading a formula).
- Very long strings and odd Unicode: right-to-left override, zero-width and combining characters,
  emoji, the NUL byte (which PostgreSQL refuses in text).

Every payload carries ``MARK`` so that a test can tell our payload from the page's own markup.
"""

from bs4 import BeautifulSoup

MARK = "pwn3d"

SCRIPT = f"<script>alert('{MARK}')</script>"
IMG_BREAKOUT = f"\"><img src=x onerror=alert('{MARK}')>"
SVG = f"<svg/onload=alert('{MARK}')>"
ATTRIBUTE_BREAKOUT = f"' onmouseover='alert(`{MARK}`)' x='"
TEMPLATE_TAGS = f"{{{{ request.user }}}}{{% debug %}}{MARK}"
HTML_PAYLOADS = [SCRIPT, IMG_BREAKOUT, SVG, ATTRIBUTE_BREAKOUT, TEMPLATE_TAGS]

JAVASCRIPT_URLS = [
    f"javascript:alert('{MARK}')",
    f" JaVaScRiPt:alert('{MARK}')",
    f"java\tscript:alert('{MARK}')",
    f"data:text/html,<script>alert('{MARK}')</script>",
    f"vbscript:msgbox('{MARK}')",
]

CSV_FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(1)", "\t=1+1", "\r=1+1", '=HYPERLINK("http://evil.example","x")']

RTL_OVERRIDE = f"\u202e{MARK}gpj.exe\u202c"
ODD_UNICODE = [RTL_OVERRIDE, f"{MARK}\u200b\u200d\ufeff", f"e\u0301\u0301\u0301{MARK}", f"👩‍👩‍👧{MARK}🇱🇺"]
NUL = f"{MARK}\x00nul"


def long_string(length: int = 5000) -> str:
    return (MARK + "W" * length)[:length]


def title_payload(max_length: int = 255) -> str:
    """One string holding every HTML payload, cut to a field's length."""
    return " ".join(HTML_PAYLOADS)[:max_length]


def _executable(script) -> bool:
    return (script.get("type") or "text/javascript").lower() in {"text/javascript", "module", "application/javascript"}


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"}


def assert_inert(html: str, *, shown: bool = True) -> None:
    """No payload became markup: no script, event handler or ``javascript:`` URL carries MARK.

    With ``shown``, MARK must also be in the page's text, so that the page did render the input.
    """
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        if _executable(script):
            assert MARK not in (script.string or ""), script
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on"):
                assert MARK not in text, tag
            if name.lower() in URL_ATTRIBUTES:
                squashed = "".join(text.split()).lower()
                assert not squashed.startswith(("javascript:", "vbscript:", "data:text/html")), tag
    assert soup.find("svg", attrs={"onload": True}) is None
    if shown:
        for script in soup.find_all(["script", "style", "template"]):
            script.decompose()
        assert MARK in soup.get_text(), "the input is not on the page at all"
