"""The library's documents and the text of the council resolution, in the four languages."""

from demo.toolkit import T

DOCUMENTS = {
    "template": {
        "title": T(
            fr="Modèle de délibération du conseil communal",
            de="Mustervorlage für den Beschluss des Gemeinderats",
            lb="Modell fir d'Decisioun vum Gemengerot",
            en="Template council resolution",
            pt="Modelo de deliberação do conselho comunal",
        ),
        "description": T(
            fr="La délibération d'adoption du plan, à compléter. Pour la remplir en ligne, utilisez le générateur.",
            de="Der Beschluss zur Verabschiedung des Plans, zum Ergänzen. Zum Ausfüllen online nutzen Sie den "
            "Generator.",
            lb="D'Decisioun iwwer d'Unahm vum Plang, fir ze ergänzen. Fir se online auszefëllen, benotzt de Generator.",
            en="The resolution adopting the plan, to complete. To fill it in online, use the generator.",
            pt="A deliberação de adoção do plano, para completar. Para a preencher online, use o gerador.",
        ),
        "document_type": "template",
        "date": "2026-01-15",
        "format": "docx",
        "file_slug": {
            "fr": "modele-deliberation",
            "de": "mustervorlage-beschluss",
            "lb": "modell-decisioun",
            "en": "template-resolution",
            "pt": "modelo-deliberacao",
        },
    },
    "guide": {
        "title": T(
            fr="Guide pratique : les 10 étapes en bref",
            de="Praktischer Leitfaden: die 10 Schritte im Überblick",
            lb="Praktesche Guide: déi 10 Schrëtt am Iwwerbléck",
            en="Practical guide: the 10 steps at a glance",
            pt="Guia prático: as 10 etapas em resumo",
        ),
        "description": T(
            fr="Les trois phases et les dix étapes, avec ce qu'il faut faire à chaque étape.",
            de="Die drei Phasen und die zehn Schritte, mit dem, was bei jedem Schritt zu tun ist.",
            lb="Déi dräi Phasen an déi zéng Schrëtt, mat deem, wat bei all Schrëtt ze maachen ass.",
            en="The three phases and ten steps, with what to do at each step.",
            pt="As três fases e as dez etapas, com o que é preciso fazer em cada etapa.",
        ),
        "document_type": "guide",
        "date": "2026-01-15",
        "format": "pdf",
        "file_slug": {
            "fr": "guide-pratique-pci",
            "de": "praktischer-leitfaden-pci",
            "lb": "prakteschen-guide-pci",
            "en": "practical-guide-pci",
            "pt": "guia-pratico-pci",
        },
    },
    "worksheet": {
        "title": T(
            fr="Liste de contrôle des 10 étapes",
            de="Checkliste der 10 Schritte",
            lb="Checklëscht vun den 10 Schrëtt",
            en="Checklist of the 10 steps",
            pt="Lista de verificação das 10 etapas",
        ),
        "description": T(
            fr="Une liste à imprimer pour suivre l'avancement de votre commune.",
            de="Eine Liste zum Ausdrucken, um den Fortschritt Ihrer Gemeinde zu verfolgen.",
            lb="Eng Lëscht fir ze drécken, fir de Fortschrëtt vun Ärer Gemeng ze verfollegen.",
            en="A list to print and follow your commune's progress.",
            pt="Uma lista para imprimir e acompanhar o progresso da sua comuna.",
        ),
        "document_type": "worksheet",
        "date": "2026-01-15",
        "format": "docx",
        "file_slug": {
            "fr": "liste-controle-pci",
            "de": "checkliste-pci",
            "lb": "checkleescht-pci",
            "en": "checklist-pci",
            "pt": "lista-verificacao-pci",
        },
    },
}

RESOLUTION = {
    "title": T(
        fr="Délibération du conseil communal de {commune} portant adoption du plan communal d'intégration",
        de="Beschluss des Gemeinderats von {commune} zur Verabschiedung des kommunalen Integrationsplans",
        lb="Gemeng {commune}: Decisioun vum Gemengerot iwwer d'Unahm vum kommunalen Integratiounsplang",
        en="Resolution of the municipal council of {commune} adopting the communal integration plan",
        pt="Deliberação do conselho comunal de {commune} que adota o plano comunal de integração",
    ),
    "body": T(
        fr="Séance publique du {meeting_date}\n\n"
        "Présidence : {council_president}\n\n"
        "Le conseil communal de {commune} (canton de {canton}),\n\n"
        "## Vu\n"
        "- la loi du 23 août 2023 relative au vivre-ensemble interculturel ;\n"
        "- le projet de plan communal d'intégration présenté par le collège des bourgmestre et échevins ;\n"
        "- l'avis de la commission communale du vivre-ensemble interculturel ;\n\n"
        "## Considérant\n"
        "- que le plan a été élaboré avec les habitants, les associations et les services communaux ;\n"
        "- que le plan fixe des objectifs, des actions, des moyens, un budget et un calendrier ;\n\n"
        "## Décide\n"
        "- d'adopter le plan communal d'intégration annexé à la présente délibération ;\n"
        "- de charger {coordinator} de coordonner sa mise en œuvre ;\n"
        "- de présenter chaque année au conseil communal un bilan de sa mise en œuvre.\n\n"
        "Ainsi délibéré à {commune}, en séance du {meeting_date}.\n\n"
        "Présidence : {council_president}\n"
        "Secrétariat communal : {secretary}",
        de="Öffentliche Sitzung vom {meeting_date}\n\n"
        "Vorsitz: {council_president}\n\n"
        "Der Gemeinderat von {commune} (Kanton {canton}),\n\n"
        "## Gestützt auf\n"
        "- das Gesetz vom 23. August 2023 über das interkulturelle Zusammenleben;\n"
        "- den Entwurf des kommunalen Integrationsplans, den der Schöffenrat vorgelegt hat;\n"
        "- die Stellungnahme der Gemeindekommission für das interkulturelle Zusammenleben;\n\n"
        "## In Erwägung\n"
        "- dass der Plan gemeinsam mit den Einwohnern, den Vereinen und den Gemeindediensten ausgearbeitet wurde;\n"
        "- dass der Plan Ziele, Maßnahmen, Mittel, ein Budget und einen Zeitplan festlegt;\n\n"
        "## Beschließt\n"
        "- den diesem Beschluss beigefügten kommunalen Integrationsplan zu verabschieden;\n"
        "- {coordinator} mit der Koordinierung seiner Umsetzung zu beauftragen;\n"
        "- dem Gemeinderat jedes Jahr eine Bilanz der Umsetzung vorzulegen.\n\n"
        "So beschlossen in {commune}, in der Sitzung vom {meeting_date}.\n\n"
        "Vorsitz: {council_president}\n"
        "Gemeindesekretariat: {secretary}",
        lb="Ëffentlech Sëtzung vum {meeting_date}\n\n"
        "Presidence: {council_president}\n\n"
        "De Gemengerot vun der Gemeng {commune} (Kanton {canton}),\n\n"
        "## Gestëtzt op\n"
        "- d'Gesetz vum 23. August 2023 iwwer dat interkulturellt Zesummeliewen;\n"
        "- de Projet vum kommunalen Integratiounsplang, deen de Schäfferot virgeluecht huet;\n"
        "- d'Avis vun der Gemengekommissioun fir dat interkulturellt Zesummeliewen;\n\n"
        "## Well\n"
        "- de Plang zesumme mat den Awunner, de Veräiner an de Gemengeservicer ausgeschafft gouf;\n"
        "- de Plang Ziler, Aktiounen, Mëttelen, e Budget an en Zäitplang festleet;\n\n"
        "## Decidéiert\n"
        "- de kommunalen Integratiounsplang, deen dëser Decisioun bäigeluecht ass, unzehuelen;\n"
        "- {coordinator} mat der Koordinatioun vu senger Ëmsetzung ze beoptragen;\n"
        "- dem Gemengerot all Joer e Bilan vun der Ëmsetzung virzeleeën.\n\n"
        "Esou decidéiert an der Gemeng {commune}, an der Sëtzung vum {meeting_date}.\n\n"
        "Presidence: {council_president}\n"
        "Gemengesekretariat: {secretary}",
        en="Public meeting of {meeting_date}\n\n"
        "Chair: {council_president}\n\n"
        "The municipal council of {commune} (canton of {canton}),\n\n"
        "## Having regard to\n"
        "- the law of 23 August 2023 on intercultural living together;\n"
        "- the draft communal integration plan presented by the mayor and aldermen;\n"
        "- the opinion of the communal commission for intercultural living together;\n\n"
        "## Whereas\n"
        "- the plan was drawn up with residents, associations and the commune's services;\n"
        "- the plan sets objectives, actions, resources, a budget and a schedule;\n\n"
        "## Decides\n"
        "- to adopt the communal integration plan annexed to this resolution;\n"
        "- to entrust {coordinator} with coordinating its implementation;\n"
        "- to present a yearly review of its implementation to the council.\n\n"
        "Resolved in {commune} at the meeting of {meeting_date}.\n\n"
        "Chair: {council_president}\n"
        "Commune secretary: {secretary}",
        pt="Sessão pública de {meeting_date}\n\n"
        "Presidência: {council_president}\n\n"
        "O conselho comunal de {commune} (cantão de {canton}),\n\n"
        "## Tendo em conta\n"
        "- a lei de 23 de agosto de 2023 relativa à convivência intercultural;\n"
        "- o projeto de plano comunal de integração apresentado pelo colégio do burgomestre e dos vereadores;\n"
        "- o parecer da comissão comunal da convivência intercultural;\n\n"
        "## Considerando\n"
        "- que o plano foi elaborado com os habitantes, as associações e os serviços comunais;\n"
        "- que o plano fixa objetivos, ações, meios, um orçamento e um calendário;\n\n"
        "## Decide\n"
        "- adotar o plano comunal de integração anexo à presente deliberação;\n"
        "- encarregar {coordinator} de coordenar a sua execução;\n"
        "- apresentar todos os anos ao conselho comunal um balanço da sua execução.\n\n"
        "Assim deliberado em {commune}, na sessão de {meeting_date}.\n\n"
        "Presidência: {council_president}\n"
        "Secretariado comunal: {secretary}",
    ),
}
