"""The guide's overview and its library, generator and progress pages, in the four languages.

Facts come from the reference file on integration in Luxembourg (the law of 23 August 2023, the
communal pact, the Pakt vum Zesummeliewen), with their sources.
"""

from demo.toolkit import R, T

MINISTRY_PCI_URL = (
    "https://mfamigr.gouvernement.lu/de/le-ministere/attributions/integration/niveau-communal/plan-communal.html"
)


def heading(text: T) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def paragraph(text: R) -> dict:
    return {"type": "paragraph", "value": text}


GUIDE = {
    "title": T(
        fr="Guide du plan communal d'intégration",
        de="Leitfaden zum kommunalen Integrationsplan",
        lb="Guide fir de kommunalen Integratiounsplang",
        en="Guide to the communal integration plan",
        pt="Guia do plano comunal de integração",
    ),
    "slug": T(fr="guide-pci", de="pci-leitfaden", lb="pci-guide", en="pci-guide", pt="guia-pci"),
    "intro": T(
        fr="Ce guide explique pas à pas comment une commune élabore son plan communal d'intégration : "
        "3 phases, 10 étapes, avec les documents et les contacts utiles.",
        de="Dieser Leitfaden erklärt Schritt für Schritt, wie eine Gemeinde ihren kommunalen Integrationsplan "
        "ausarbeitet: 3 Phasen, 10 Schritte, mit den nützlichen Dokumenten und Kontakten.",
        lb="Dëse Guide erkläert Schrëtt fir Schrëtt, wéi eng Gemeng hire kommunalen Integratiounsplang "
        "ausschafft: 3 Phasen, 10 Schrëtt, mat den nëtzlechen Dokumenter a Kontakter.",
        en="This guide explains, step by step, how a commune draws up its communal integration plan: "
        "3 phases, 10 steps, with the documents and contacts you need.",
        pt="Este guia explica, passo a passo, como uma comuna elabora o seu plano comunal de integração: 3 fases, 10 "
        "etapas, com os documentos e os contactos úteis.",
    ),
    "body": [
        heading(
            T(
                fr="Qu'est-ce qu'un plan communal d'intégration ?",
                de="Was ist ein kommunaler Integrationsplan?",
                lb="Wat ass e kommunalen Integratiounsplang?",
                en="What is a communal integration plan?",
                pt="O que é um plano comunal de integração?",
            )
        ),
        paragraph(
            R(
                fr="<p>Le plan communal d'intégration (PCI) est un instrument politique structuré pour "
                "l'intégration au niveau local. Il couvre tous les domaines de l'intégration locale, pour une "
                "commune ou un groupe de communes.</p>"
                "<p>Il va au-delà des actions ponctuelles et isolées, reprend les besoins et les attentes des "
                "habitants et de leurs élus, et implique le plus d'acteurs possible en leur donnant des "
                f'responsabilités (<a href="{MINISTRY_PCI_URL}">source : ministère</a>).</p>',
                de="<p>Der kommunale Integrationsplan ist ein strukturiertes politisches Instrument für die "
                "Integration auf lokaler Ebene. Er deckt alle Bereiche der lokalen Integration ab, für eine Gemeinde "
                "oder eine Gruppe von Gemeinden.</p>"
                "<p>Er geht über einzelne, punktuelle Maßnahmen hinaus, greift die Bedürfnisse und Erwartungen der "
                "Einwohner und ihrer Gewählten auf und bezieht möglichst viele Akteure ein, indem er ihnen "
                f'Verantwortung gibt (<a href="{MINISTRY_PCI_URL}">Quelle: Ministerium</a>).</p>',
                lb="<p>De kommunalen Integratiounsplang ass e strukturéiert politescht Instrument fir d'Integratioun "
                "um lokalen Niveau. E deckt all d'Beräicher vun der lokaler Integratioun of, fir eng Gemeng oder e "
                "Grupp vu Gemengen.</p>"
                "<p>E geet iwwer eenzel, punktuell Aktiounen eraus, hëlt d'Besoinen an d'Erwaardunge vun den Awunner "
                "an hire Gewielten op a bezitt esou vill Akteuren wéi méiglech an, andeems en hinnen Verantwortung "
                f'gëtt (<a href="{MINISTRY_PCI_URL}">Quell: Ministère</a>).</p>',
                en="<p>The communal integration plan (PCI) is a structured political instrument for integration at "
                "local level. It covers every area of local integration, for one commune or a group of communes.</p>"
                "<p>It goes beyond one-off, isolated actions, takes up the needs and expectations of residents and "
                "their elected representatives, and involves as many actors as possible by giving them "
                f'responsibility (<a href="{MINISTRY_PCI_URL}">source: ministry</a>).</p>',
                pt="<p>O plano comunal de integração (PCI) é um instrumento político estruturado para a integração "
                "a nível local. Abrange todos os domínios da integração local, para uma comuna ou um grupo de "
                "comunas.</p>"
                "<p>Vai além das ações pontuais e isoladas, retoma as necessidades e as expectativas dos habitantes "
                "e dos seus eleitos e envolve o maior número possível de atores, dando-lhes responsabilidades "
                f'(<a href="{MINISTRY_PCI_URL}">fonte: ministério</a>).</p>',
            )
        ),
        paragraph(
            R(
                fr="<p>Depuis le 1er janvier 2024, la loi du 23 août 2023 sur le vivre-ensemble interculturel prévoit "
                "un pacte communal (Gemengepakt). Les 10 étapes de ce guide restent une bonne méthode pour le "
                "préparer et le faire vivre.</p>",
                de="<p>Seit dem 1. Januar 2024 sieht das Gesetz vom 23. August 2023 über das interkulturelle "
                "Zusammenleben einen Gemeindepakt (Gemengepakt) vor. Die 10 Schritte dieses Leitfadens bleiben "
                "eine gute Methode, um ihn vorzubereiten und mit Leben zu füllen.</p>",
                lb="<p>Zënter dem 1. Januar 2024 gesäit d'Gesetz vum 23. August 2023 iwwer dat interkulturellt "
                "Zesummeliewen e Gemengepakt vir. Déi 10 Schrëtt vun dësem Guide bleiwen eng gutt Method, fir e "
                "virzebereeden an ze liewen.</p>",
                en="<p>Since 1 January 2024, the law of 23 August 2023 on intercultural living together provides for "
                "a communal pact (Gemengepakt). The 10 steps of this guide remain a good method to prepare it and "
                "bring it to life.</p>",
                pt="<p>Desde 1 de janeiro de 2024, a lei de 23 de agosto de 2023 relativa à convivência "
                "intercultural prevê um pacto comunal (Gemengepakt). As 10 etapas deste guia continuam a ser um "
                "bom método para o preparar e lhe dar vida.</p>",
            )
        ),
    ],
}

LIBRARY = {
    "title": T(fr="Documents", de="Dokumente", lb="Dokumenter", en="Documents", pt="Documentos"),
    "slug": T(fr="documents", de="dokumente", lb="dokumenter", en="documents", pt="documentos"),
    "intro": T(
        fr="Le modèle de délibération, le guide et d'autres ressources, dans toutes les langues disponibles.",
        de="Die Mustervorlage für den Beschluss, der Leitfaden und weitere Hilfsmittel, in allen verfügbaren Sprachen.",
        lb="D'Modell fir d'Decisioun, de Guide an aner Hëllefsmëttel, an all de Sproochen, déi et gëtt.",
        en="The template resolution, the guide and other resources, in every language available.",
        pt="O modelo de deliberação, o guia e outros recursos, em todas as línguas disponíveis.",
    ),
}

GENERATOR = {
    "title": T(
        fr="Préparer la délibération du conseil",
        de="Den Gemeinderatsbeschluss vorbereiten",
        lb="D'Decisioun vum Gemengerot preparéieren",
        en="Prepare the council resolution",
        pt="Preparar a deliberação do conselho comunal",
    ),
    "slug": T(fr="deliberation", de="beschluss", lb="decisioun", en="resolution", pt="deliberacao"),
    "intro": T(
        fr="Choisissez votre commune, la date de la séance et la langue : vous recevez le modèle de délibération "
        "rempli pour votre commune, au format Word (DOCX), à relire et à compléter.",
        de="Wählen Sie Ihre Gemeinde, das Sitzungsdatum und die Sprache: Sie erhalten die Mustervorlage für den "
        "Beschluss, ausgefüllt für Ihre Gemeinde, im Word-Format (DOCX), zum Durchlesen und Ergänzen.",
        lb="Wielt Är Gemeng, den Datum vun der Sëtzung an d'Sprooch: Dir kritt d'Modell fir d'Decisioun, "
        "ausgefëllt fir Är Gemeng, am Word-Format (DOCX), fir nozeliesen an ze ergänzen.",
        en="Choose your commune, the meeting date and the language: you get the template resolution filled in for "
        "your commune, as a Word file (DOCX), to check and complete.",
        pt="Escolha a sua comuna, a data da sessão e a língua: recebe o modelo de deliberação preenchido para a sua "
        "comuna, em formato Word (DOCX), para rever e completar.",
    ),
}

PROGRESS = {
    "title": T(
        fr="Où en sont les communes",
        de="Wo die Gemeinden stehen",
        lb="Wou d'Gemenge stinn",
        en="Where the communes stand",
        pt="Em que ponto estão as comunas",
    ),
    "slug": T(fr="communes", de="gemeinden", lb="gemengen", en="communes", pt="comunas"),
    "intro": T(
        fr="Où en est chaque commune avec son plan ou son pacte communal ? Trouvez des communes à qui poser vos "
        "questions. Exemple : les communes qui ont signé le pacte communal en 2024, à la date de signature.",
        de="Wo steht jede Gemeinde mit ihrem Plan oder Gemeindepakt? Finden Sie Gemeinden, denen Sie Ihre Fragen "
        "stellen können. Beispiel: die Gemeinden, die 2024 den Gemeindepakt unterzeichnet haben, mit dem Datum "
        "der Unterzeichnung.",
        lb="Wou steet all Gemeng mat hirem Plang oder Gemengepakt? Fannt Gemengen, deenen Dir Är Froen stelle "
        "kënnt. Beispill: d'Gemengen, déi 2024 de Gemengepakt ënnerschriwwen hunn, mam Datum vun der "
        "Ënnerschrëft.",
        en="Where does each commune stand with its plan or communal pact? Find communes you can ask. Example: the "
        "communes that signed the communal pact in 2024, with the date they signed.",
        pt="Em que ponto está cada comuna com o seu plano ou pacto comunal? Encontre comunas a quem pode fazer "
        "perguntas. Exemplo: as comunas que assinaram o pacto comunal em 2024, com a data da assinatura.",
    ),
}

PACT_SIGNATURES = [
    (
        "2024-03-27",
        [
            "Bettembourg",
            "Differdange",
            "Hesperange",
            "Junglinster",
            "Kehlen",
            "Leudelange",
            "Niederanven",
            "Roeser",
            "Sanem",
            "Schuttrange",
            "Steinfort",
            "Strassen",
            "Wiltz",
        ],
        "https://mfsva.gouvernement.lu/fr/actualites.gouvernement%2Bfr%2Bactualites%2Btoutes_actualites"
        "%2Bcommuniques%2B2024%2B03-mars%2B29-hahn-gemengepakt.html",
    ),
    (
        "2024-09-18",
        ["Dudelange", "Habscht", "Mamer", "Mertert", "Troisvierges"],
        "https://gouvernement.lu/fr/actualites/toutes_actualites/communiques/2024/09-septembre/"
        "20-hahn-pacte-communal.html",
    ),
]

GENERATOR_BUTTON = T(
    fr="Préparer la délibération",
    de="Beschluss vorbereiten",
    lb="Decisioun preparéieren",
    en="Prepare the resolution",
    pt="Preparar a deliberação",
)
