"""Date and number formats for the languages Django ships without them (Luxembourgish)."""
