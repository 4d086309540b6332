"""Date and number formats: Luxembourgish (Django ships none) and English with the day before the month."""
