"""Date and number formats for the languages Django ships without them (Luxembourgish) or writes
another way than Luxembourg does (English: "25 December 2026")."""
