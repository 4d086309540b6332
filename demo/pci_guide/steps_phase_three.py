"""Phase III of the guide: steps 9 and 10, in the four languages."""

from demo.pci_guide.people import COORDINATOR, COUNCIL, RESIDENTS, STEERING, person
from demo.toolkit import R, T

STEPS = [
    {
        "number": 9,
        "phase": 3,
        "slug": T(fr="etape-9", de="schritt-9", lb="schrett-9", en="step-9", pt="etapa-9"),
        "title": T(fr="Mise en œuvre", de="Umsetzung", lb="Ëmsetzung", en="Implementation", pt="Execução"),
        "summary": T(
            fr="Les actions démarrent ; le comité de pilotage suit leur avancement.",
            de="Die Maßnahmen beginnen; die Steuerungsgruppe verfolgt ihren Fortschritt.",
            lb="D'Aktioune fänken un; de Steierungscomité verfollegt hire Fortschrëtt.",
            en="The actions start; the steering committee follows their progress.",
            pt="As ações começam; o comité de pilotagem acompanha o seu progresso.",
        ),
        "purpose": R(
            fr="<p>Un plan ne vaut que par ce qui se passe sur le terrain. Un suivi régulier permet d'ajuster "
            "les actions à temps.</p>",
            de="<p>Ein Plan zählt nur durch das, was vor Ort geschieht. Eine regelmäßige Begleitung erlaubt es, "
            "die Maßnahmen rechtzeitig anzupassen.</p>",
            lb="<p>E Plang zielt nëmmen duerch dat, wat um Terrain geschitt. E reegelméissege Suivi erlaabt et, "
            "d'Aktiounen zäitgerecht unzepassen.</p>",
            en="<p>A plan is only worth what happens on the ground. Regular follow-up lets you adjust the actions "
            "in time.</p>",
            pt="<p>Um plano só vale pelo que acontece no terreno. Um acompanhamento regular permite ajustar as ações "
            "a tempo.</p>",
        ),
        "checklist": [
            T(
                fr="Lancer les premières actions",
                de="Die ersten Maßnahmen starten",
                lb="Déi éischt Aktiounen starten",
                en="Start the first actions",
                pt="Lançar as primeiras ações",
            ),
            T(
                fr="Réunir le comité de pilotage régulièrement",
                de="Die Steuerungsgruppe regelmäßig zusammenrufen",
                lb="De Steierungscomité reegelméisseg zesummeruffen",
                en="Meet as a steering committee regularly",
                pt="Reunir regularmente o comité de pilotagem",
            ),
            T(
                fr="Informer les habitants de ce qui avance",
                de="Die Einwohner über die Fortschritte informieren",
                lb="D'Awunner iwwer d'Fortschrëtter informéieren",
                en="Tell residents what is moving forward",
                pt="Informar os habitantes sobre o que avança",
            ),
        ],
        "involved": [
            person(
                COORDINATOR,
                T(
                    fr="suit les actions au quotidien",
                    de="begleitet die Maßnahmen im Alltag",
                    lb="begleet d'Aktiounen am Alldag",
                    en="follows the actions day to day",
                    pt="acompanha as ações no dia a dia",
                ),
            ),
            person(
                RESIDENTS,
                T(
                    fr="participent aux actions",
                    de="machen bei den Maßnahmen mit",
                    lb="maache bei den Aktiounen mat",
                    en="take part in the actions",
                    pt="participam nas ações",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Des actions réalisées",
                de="Umgesetzte Maßnahmen",
                lb="Ëmgesaten Aktiounen",
                en="Actions carried out",
                pt="Ações realizadas",
            ),
            T(
                fr="Un suivi écrit des actions",
                de="Eine schriftliche Begleitung der Maßnahmen",
                lb="E schrëftleche Suivi vun den Aktiounen",
                en="A written record of the actions",
                pt="Um registo escrito das ações",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : fêtez les premiers résultats avec les habitants.</p>",
            de="<p>Gute Praxis: Feiern Sie die ersten Ergebnisse mit den Einwohnern.</p>",
            lb="<p>Gutt Praxis: Feiert déi éischt Resultater mat den Awunner.</p>",
            en="<p>Good practice: celebrate the first results with residents.</p>",
            pt="<p>Boa prática: celebre os primeiros resultados com os habitantes.</p>",
        ),
        "documents": [],
    },
    {
        "number": 10,
        "phase": 3,
        "slug": T(fr="etape-10", de="schritt-10", lb="schrett-10", en="step-10", pt="etapa-10"),
        "title": T(fr="Évaluation", de="Evaluierung", lb="Evaluatioun", en="Evaluation", pt="Avaliação"),
        "summary": T(
            fr="On mesure ce que le plan a changé et on prépare la suite.",
            de="Man misst, was der Plan verändert hat, und bereitet die Fortsetzung vor.",
            lb="Et gëtt gemooss, wat de Plang geännert huet, an d'Fortsetzung gëtt preparéiert.",
            en="Measure what the plan has changed and prepare what comes next.",
            pt="Medir o que o plano mudou e preparar o que vem a seguir.",
        ),
        "purpose": R(
            fr="<p>L'intégration est un processus continu. L'évaluation montre ce qui a marché et nourrit le "
            "plan suivant.</p>",
            de="<p>Integration ist ein fortlaufender Prozess. Die Evaluierung zeigt, was funktioniert hat, und "
            "fließt in den nächsten Plan ein.</p>",
            lb="<p>Integratioun ass e kontinuéierleche Prozess. D'Evaluatioun weist, wat funktionéiert huet, a "
            "fléisst an den nächste Plang an.</p>",
            en="<p>Integration is a continuous process. The evaluation shows what worked and feeds the next plan.</p>",
            pt="<p>A integração é um processo contínuo. A avaliação mostra o que funcionou e alimenta o plano "
            "seguinte.</p>",
        ),
        "checklist": [
            T(
                fr="Comparer les résultats aux objectifs",
                de="Die Ergebnisse mit den Zielen vergleichen",
                lb="D'Resultater mat den Ziler vergläichen",
                en="Compare the results with the objectives",
                pt="Comparar os resultados com os objetivos",
            ),
            T(
                fr="Demander l'avis des habitants et des partenaires",
                de="Die Meinung der Einwohner und Partner einholen",
                lb="D'Meenung vun den Awunner an de Partner froen",
                en="Ask residents and partners what they think",
                pt="Perguntar aos habitantes e aos parceiros o que pensam",
            ),
            T(
                fr="Présenter le bilan au conseil communal",
                de="Die Bilanz dem Gemeinderat vorstellen",
                lb="D'Bilan dem Gemengerot virstellen",
                en="Present the review to the council",
                pt="Apresentar o balanço ao conselho comunal",
            ),
        ],
        "involved": [
            person(
                STEERING,
                T(
                    fr="prépare le bilan",
                    de="bereitet die Bilanz vor",
                    lb="preparéiert de Bilan",
                    en="prepares the review",
                    pt="prepara o balanço",
                ),
            ),
            person(
                COUNCIL,
                T(
                    fr="tire les conclusions",
                    de="zieht die Schlussfolgerungen",
                    lb="zitt d'Conclusiounen",
                    en="draws the conclusions",
                    pt="tira as conclusões",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Un rapport d'évaluation",
                de="Ein Evaluierungsbericht",
                lb="En Evaluatiounsrapport",
                en="An evaluation report",
                pt="Um relatório de avaliação",
            ),
            T(
                fr="Des pistes pour le plan suivant",
                de="Ideen für den nächsten Plan",
                lb="Iddie fir den nächste Plang",
                en="Ideas for the next plan",
                pt="Ideias para o plano seguinte",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : prévoyez l'évaluation dès le début, avec les indicateurs de l'étape 6.</p>",
            de="<p>Gute Praxis: Planen Sie die Evaluierung von Anfang an ein, mit den Indikatoren aus Schritt 6.</p>",
            lb="<p>Gutt Praxis: Plangt d'Evaluatioun vun Ufank un an, mat den Indikatoren aus dem Schrëtt 6.</p>",
            en="<p>Good practice: plan the evaluation from the start, with the indicators from step 6.</p>",
            pt="<p>Boa prática: preveja a avaliação desde o início, com os indicadores da etapa 6.</p>",
        ),
        "documents": [],
    },
]
