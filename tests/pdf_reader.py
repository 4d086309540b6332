"""What a screen reader finds in a PDF: its catalog, title, structure tags and bookmarks.

WeasyPrint compresses the objects into streams; they are inflated and read as text, enough for
the few dictionaries a test needs (no PDF library is installed for this).
"""

import re
import zlib
from dataclasses import dataclass


def pdf_source(content: bytes) -> bytes:
    """The file with every stream inflated, so that objects kept in object streams can be read."""
    parts = [content]
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", content, re.DOTALL):
        try:
            parts.append(zlib.decompress(stream))
        except zlib.error:
            parts.append(stream)
    return b"\n".join(parts)


def pdf_string(token: bytes) -> str:
    """A PDF text string, written either ``<FEFF…>`` (UTF-16) or ``(…)``."""
    if token.startswith(b"<"):
        raw = bytes.fromhex(token[1:-1].decode())
        return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
    text = token[1:-1]
    text = re.sub(rb"\\([()\\])", rb"\1", text)
    return text.decode("utf-16-be")[1:] if text.startswith(b"\xfe\xff") else text.decode("latin-1")


STRING = rb"(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))"


@dataclass
class TaggedPdf:
    catalog: bytes
    title: str
    language: str
    structure_types: list[str]
    bookmarks: list[str]

    @classmethod
    def read(cls, content: bytes) -> "TaggedPdf":
        source = pdf_source(content)
        catalog = re.search(rb"<<\s*/Type\s*/Catalog.*?>>\s*(?=\n|$)", source, re.DOTALL)
        catalog_text = catalog.group(0) if catalog else b""
        language = re.search(rb"/Lang\s*" + STRING, catalog_text)
        info = re.search(rb"<<(?:(?!>>).)*/Producer(?:(?!>>).)*>>", source, re.DOTALL)
        info_title = re.search(rb"/Title\s*" + STRING, info.group(0)) if info else None
        return cls(
            catalog=catalog_text,
            title=pdf_string(info_title.group(1)) if info_title else "",
            language=pdf_string(language.group(1)) if language else "",
            structure_types=[name.decode() for name in re.findall(rb"/Type\s*/StructElem\s*/S\s*/(\w+)", source)],
            bookmarks=[pdf_string(token) for token in re.findall(rb"/Title\s*" + STRING + rb"\s*/Dest", source)],
        )

    @property
    def marked(self) -> bool:
        return re.search(rb"/MarkInfo\s*<<\s*/Marked\s+true\s*>>", self.catalog) is not None

    @property
    def has_structure_tree(self) -> bool:
        return re.search(rb"/StructTreeRoot\s+\d+\s+0\s+R", self.catalog) is not None

    @property
    def shows_its_title(self) -> bool:
        """A reader's window and a screen reader announce the title, not the file name."""
        return re.search(rb"/DisplayDocTitle\s+true", self.catalog) is not None
