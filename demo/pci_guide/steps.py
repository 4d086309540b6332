"""The ten steps of the guide, in French, German, Luxembourgish and English.

What the steps ask for is general good practice for a communal plan, written as such; facts about
Luxembourg (the law of 23 August 2023, the communal pact) are in ``pages.py`` and ``frame.py`` with their sources.
"""

from demo.pci_guide import steps_phase_one, steps_phase_three, steps_phase_two
from demo.toolkit import T

PHASE_TITLES = {
    1: T(
        fr="Lancer la démarche",
        de="Den Prozess starten",
        lb="De Prozess lancéieren",
        en="Getting started",
        pt="Lançar o processo",
    ),
    2: T(
        fr="Élaborer le plan",
        de="Den Plan ausarbeiten",
        lb="De Plang ausschaffen",
        en="Drawing up the plan",
        pt="Elaborar o plano",
    ),
    3: T(
        fr="Mettre en œuvre et évaluer",
        de="Umsetzen und bewerten",
        lb="Ëmsetzen an evaluéieren",
        en="Putting it into practice and evaluating",
        pt="Pôr em prática e avaliar",
    ),
}


STEPS = [*steps_phase_one.STEPS, *steps_phase_two.STEPS, *steps_phase_three.STEPS]
