"""Date and number formats where Django's own do not fit Luxembourg.

Django looks here first and falls back, format by format, to its own module for the language:
Luxembourgish has none in Django, so ``lb`` defines them all; English writes the day before the
month ("25 December 2026", 24-hour clock); ``pt`` only corrects what differs in Luxembourg.
"""
