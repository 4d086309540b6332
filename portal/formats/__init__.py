"""Date and number formats where Django's own do not fit Luxembourg.

Django looks here first and falls back, format by format, to its own module for the language:
Luxembourgish has none in Django, so ``lb`` defines them all; ``pt`` only corrects what differs
in Luxembourg.
"""
