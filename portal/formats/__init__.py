"""Date and number formats for the languages Django ships without them (Luxembourgish) or writes
another way than Luxembourg does (English: day before month, "25 December 2026", 24-hour clock)."""
