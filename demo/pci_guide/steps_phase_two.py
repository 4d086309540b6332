"""Phase II of the guide: steps 4 to 8, in the four languages."""

from demo.pci_guide.people import COMMISSION, COUNCIL, MAYOR_COUNCIL, RESIDENTS, SERVICES, STEERING, person
from demo.toolkit import R, T

STEPS = [
    {
        "number": 4,
        "phase": 2,
        "slug": T(fr="etape-4", de="schritt-4", lb="schrett-4", en="step-4", pt="etapa-4"),
        "title": T(
            fr="État des lieux des besoins",
            de="Bestandsaufnahme der Bedürfnisse",
            lb="Bestandsopnam vun de Besoinen",
            en="Assessing the needs",
            pt="Diagnóstico das necessidades",
        ),
        "summary": T(
            fr="On rassemble ce qui existe déjà et ce dont les habitants ont besoin.",
            de="Man sammelt, was es schon gibt und was die Einwohner brauchen.",
            lb="Et gëtt gesammelt, wat et scho gëtt a wat d'Awunner brauchen.",
            en="Gather what already exists and what residents need.",
            pt="Reunir o que já existe e aquilo de que os habitantes precisam.",
        ),
        "purpose": R(
            fr="<p>Le plan reprend les besoins et les attentes des habitants et de leurs élus. L'état des lieux "
            "les rend visibles.</p>",
            de="<p>Der Plan greift die Bedürfnisse und Erwartungen der Einwohner und ihrer Gewählten auf. Die "
            "Bestandsaufnahme macht sie sichtbar.</p>",
            lb="<p>De Plang hëlt d'Besoinen an d'Erwaardunge vun den Awunner an hire Gewielten op. D'Bestandsopnam "
            "mécht se siichtbar.</p>",
            en="<p>The plan takes up the needs and expectations of residents and their elected representatives. The "
            "assessment makes them visible.</p>",
            pt="<p>O plano retoma as necessidades e as expectativas dos habitantes e dos seus eleitos. O diagnóstico "
            "torna-as visíveis.</p>",
        ),
        "checklist": [
            T(
                fr="Réunir les chiffres sur la population de la commune",
                de="Die Zahlen zur Bevölkerung der Gemeinde zusammentragen",
                lb="D'Zuele vun der Bevëlkerung vun der Gemeng sammelen",
                en="Collect the figures on the commune's population",
                pt="Recolher os números sobre a população da comuna",
            ),
            T(
                fr="Faire la liste des offres existantes",
                de="Die bestehenden Angebote auflisten",
                lb="Déi bestehend Offeren oplëschten",
                en="List the services that already exist",
                pt="Fazer a lista dos serviços que já existem",
            ),
            T(
                fr="Interroger les services communaux",
                de="Die Gemeindedienste befragen",
                lb="D'Gemengeservicer befroen",
                en="Ask the commune's services",
                pt="Consultar os serviços da comuna",
            ),
            T(
                fr="Écouter les habitants lors de soirées ou d'une enquête",
                de="Die Einwohner bei Abenden oder in einer Umfrage anhören",
                lb="D'Awunner bei Owender oder an enger Ëmfro nolauschteren",
                en="Listen to residents at evening meetings or through a survey",
                pt="Ouvir os habitantes em reuniões à noite ou através de um inquérito",
            ),
        ],
        "involved": [
            person(
                STEERING,
                T(
                    fr="organise l'état des lieux",
                    de="organisiert die Bestandsaufnahme",
                    lb="organiséiert d'Bestandsopnam",
                    en="organises the assessment",
                    pt="organiza o diagnóstico",
                ),
            ),
            person(
                RESIDENTS,
                T(
                    fr="disent ce qui leur manque",
                    de="sagen, was ihnen fehlt",
                    lb="soen, wat hinne feelt",
                    en="say what they are missing",
                    pt="dizem o que lhes falta",
                ),
            ),
            person(
                SERVICES,
                T(
                    fr="répondent à une enquête interne",
                    de="beantworten eine interne Umfrage",
                    lb="beäntweren eng intern Ëmfro",
                    en="answer an internal survey",
                    pt="respondem a um inquérito interno",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Un état des lieux écrit",
                de="Eine schriftliche Bestandsaufnahme",
                lb="Eng schrëftlech Bestandsopnam",
                en="A written assessment",
                pt="Um diagnóstico escrito",
            ),
            T(
                fr="Une liste des besoins classés par priorité",
                de="Eine Liste der Bedürfnisse nach Priorität",
                lb="Eng Lëscht vun de Besoinen no Prioritéit",
                en="A list of needs in order of priority",
                pt="Uma lista das necessidades por ordem de prioridade",
            ),
        ],
        "tips": R(
            fr="<p>Exemple : pour son plan de 2016, la Ville de Luxembourg a interrogé 54 services et organisé "
            "cinq soirées thématiques publiques.</p>",
            de="<p>Beispiel: Für ihren Plan von 2016 hat die Stadt Luxemburg 54 Dienste befragt und fünf "
            "öffentliche Themenabende organisiert.</p>",
            lb="<p>Beispill: Fir hire Plang vun 2016 huet d'Stad Lëtzebuerg 54 Servicer befrot a fënnef ëffentlech "
            "Themenowender organiséiert.</p>",
            en="<p>Example: for its 2016 plan, the City of Luxembourg surveyed 54 of its services and held five public "
            "evenings on different themes.</p>",
            pt="<p>Exemplo: para o seu plano de 2016, a Cidade do Luxemburgo fez um inquérito a 54 dos seus serviços "
            "e organizou cinco sessões públicas à noite sobre temas diferentes.</p>",
        ),
        "sources": [
            {
                "title": T(
                    fr="Ville de Luxembourg : « Luxembourg, ville du vivre-ensemble » (2016)",
                    de="Stadt Luxemburg: „Luxembourg, ville du vivre-ensemble“ (2016, auf Französisch)",
                    lb="Stad Lëtzebuerg: „Luxembourg, ville du vivre-ensemble“ (2016, op Franséisch)",
                    en="City of Luxembourg: “Luxembourg, ville du vivre-ensemble” (2016, in French)",
                    pt="Cidade do Luxemburgo: «Luxembourg, ville du vivre-ensemble» (2016, em francês)",
                ),
                "url": "https://city.vdl.lu/fr/2016/02/29/luxembourg-ville-du-vivre-ensemble/",
            }
        ],
        "documents": ["worksheet"],
    },
    {
        "number": 5,
        "phase": 2,
        "slug": T(fr="etape-5", de="schritt-5", lb="schrett-5", en="step-5", pt="etapa-5"),
        "title": T(
            fr="Publics cibles et champs d'action",
            de="Zielgruppen und Handlungsfelder",
            lb="Zilgruppen an Aktiounsfelder",
            en="Target groups and fields of action",
            pt="Grupos-alvo e domínios de ação",
        ),
        "summary": T(
            fr="À partir de l'état des lieux, on choisit pour qui et dans quels domaines agir.",
            de="Ausgehend von der Bestandsaufnahme wählt man, für wen und in welchen Bereichen man handelt.",
            lb="Ausgoend vun der Bestandsopnam gëtt ausgewielt, fir wien an a wéi enge Beräicher gehandelt gëtt.",
            en="Starting from the assessment, choose who to act for and in which areas.",
            pt="A partir do diagnóstico, escolher para quem agir e em que domínios.",
        ),
        "purpose": R(
            fr="<p>Le plan couvre tous les domaines de l'intégration locale, mais il ne peut pas tout faire en "
            "même temps. Choisir des priorités rend le plan réaliste.</p>",
            de="<p>Der Plan deckt alle Bereiche der lokalen Integration ab, kann aber nicht alles gleichzeitig tun. "
            "Prioritäten machen den Plan realistisch.</p>",
            lb="<p>De Plang deckt all d'Beräicher vun der lokaler Integratioun of, mä e kann net alles gläichzäiteg "
            "maachen. Prioritéiten maachen de Plang realistesch.</p>",
            en="<p>The plan covers every area of local integration, but it cannot do everything at once. Choosing "
            "priorities makes it realistic.</p>",
            pt="<p>O plano abrange todos os domínios da integração local, mas não pode fazer tudo ao mesmo tempo. "
            "Escolher prioridades torna-o realista.</p>",
        ),
        "checklist": [
            T(
                fr="Nommer les publics cibles, par exemple les nouveaux arrivants",
                de="Die Zielgruppen benennen, zum Beispiel Neuankömmlinge",
                lb="D'Zilgruppen nennen, zum Beispill Nei-Ukömmlinger",
                en="Name the target groups, for example newcomers",
                pt="Designar os grupos-alvo, por exemplo os recém-chegados",
            ),
            T(
                fr="Choisir trois à cinq champs d'action",
                de="Drei bis fünf Handlungsfelder auswählen",
                lb="Dräi bis fënnef Aktiounsfelder auswielen",
                en="Choose three to five fields of action",
                pt="Escolher três a cinco domínios de ação",
            ),
            T(
                fr="Faire valider ce choix par le comité de pilotage",
                de="Die Auswahl von der Steuerungsgruppe bestätigen lassen",
                lb="D'Auswiel vum Steierungscomité confirméiere loossen",
                en="Have the steering committee confirm the choice",
                pt="Pedir ao comité de pilotagem que confirme a escolha",
            ),
        ],
        "involved": [
            person(
                STEERING,
                T(
                    fr="propose les priorités",
                    de="schlägt die Prioritäten vor",
                    lb="proposéiert d'Prioritéiten",
                    en="proposes the priorities",
                    pt="propõe as prioridades",
                ),
            ),
            person(
                COMMISSION,
                T(
                    fr="donne son avis",
                    de="gibt ihre Meinung ab",
                    lb="gëtt hir Meenung of",
                    en="gives its opinion",
                    pt="dá o seu parecer",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Une liste des publics cibles",
                de="Eine Liste der Zielgruppen",
                lb="Eng Lëscht vun den Zilgruppen",
                en="A list of target groups",
                pt="Uma lista dos grupos-alvo",
            ),
            T(
                fr="Les champs d'action retenus",
                de="Die gewählten Handlungsfelder",
                lb="Déi gewielten Aktiounsfelder",
                en="The chosen fields of action",
                pt="Os domínios de ação escolhidos",
            ),
        ],
        "tips": R(
            fr="<p>Exemples de champs d'action tirés du plan de la Ville de Luxembourg : travail et logement, "
            "éducation, accueil des nouveaux arrivants, culture, sport et loisirs, participation.</p>",
            de="<p>Beispiele für Handlungsfelder aus dem Plan der Stadt Luxemburg: Arbeit und Wohnen, Bildung, "
            "Empfang von Neuankömmlingen, Kultur, Sport und Freizeit, Beteiligung.</p>",
            lb="<p>Beispiller vun Aktiounsfelder aus dem Plang vun der Stad Lëtzebuerg: Aarbecht a Wunnen, "
            "Bildung, Empfank vun Nei-Ukömmlinger, Kultur, Sport a Fräizäit, Participatioun.</p>",
            en="<p>Examples of fields of action from the City of Luxembourg's plan: work and housing, education, "
            "welcoming newcomers, culture, sport and leisure, participation.</p>",
            pt="<p>Exemplos de domínios de ação do plano da Cidade do Luxemburgo: trabalho e habitação, educação, "
            "acolhimento dos recém-chegados, cultura, desporto e lazer, participação.</p>",
        ),
        "sources": [
            {
                "title": T(
                    fr="Le Quotidien : « Nouvelle étape pour l'intégration à Luxembourg »",
                    de="Le Quotidien: „Nouvelle étape pour l'intégration à Luxembourg“ (auf Französisch)",
                    lb="Le Quotidien: „Nouvelle étape pour l'intégration à Luxembourg“ (op Franséisch)",
                    en="Le Quotidien: “Nouvelle étape pour l'intégration à Luxembourg” (in French)",
                    pt="Le Quotidien: «Nouvelle étape pour l'intégration à Luxembourg» (em francês)",
                ),
                "url": "https://lequotidien.lu/luxembourg/nouvelle-etape-pour-lintegration-a-luxembourg",
            }
        ],
        "documents": [],
    },
    {
        "number": 6,
        "phase": 2,
        "slug": T(fr="etape-6", de="schritt-6", lb="schrett-6", en="step-6", pt="etapa-6"),
        "title": T(
            fr="Objectifs et résultats attendus",
            de="Ziele und erwartete Ergebnisse",
            lb="Ziler an erwaart Resultater",
            en="Objectives and expected results",
            pt="Objetivos e resultados esperados",
        ),
        "summary": T(
            fr="Pour chaque champ d'action, on écrit ce que l'on veut atteindre et comment on le verra.",
            de="Für jedes Handlungsfeld schreibt man auf, was man erreichen will und woran man es erkennt.",
            lb="Fir all Aktiounsfeld gëtt opgeschriwwen, wat een erreeche wëll a wourun een et gesäit.",
            en="For each field of action, write down what you want to achieve and how you will see it.",
            pt="Para cada domínio de ação, escrever o que se quer alcançar e como se vai ver o resultado.",
        ),
        "purpose": R(
            fr="<p>Des objectifs clairs permettent de choisir les bonnes actions et, plus tard, d'évaluer le plan.</p>",
            de="<p>Klare Ziele helfen, die richtigen Maßnahmen zu wählen und den Plan später zu bewerten.</p>",
            lb="<p>Kloer Ziler hëllefen, déi richteg Aktiounen auszewielen an de Plang méi spéit ze evaluéieren.</p>",
            en="<p>Clear objectives help you choose the right actions and, later, evaluate the plan.</p>",
            pt="<p>Objetivos claros ajudam a escolher as ações certas e, mais tarde, a avaliar o plano.</p>",
        ),
        "checklist": [
            T(
                fr="Écrire un ou deux objectifs par champ d'action",
                de="Ein oder zwei Ziele pro Handlungsfeld aufschreiben",
                lb="Een oder zwee Ziler pro Aktiounsfeld opschreiwen",
                en="Write one or two objectives for each field of action",
                pt="Escrever um ou dois objetivos para cada domínio de ação",
            ),
            T(
                fr="Pour chaque objectif, dire quel résultat on attend",
                de="Für jedes Ziel sagen, welches Ergebnis man erwartet",
                lb="Fir all Zil soen, wéi e Resultat een erwaart",
                en="For each objective, say what result you expect",
                pt="Para cada objetivo, dizer que resultado se espera",
            ),
            T(
                fr="Choisir des indicateurs simples à suivre",
                de="Einfache Indikatoren wählen, die man verfolgen kann",
                lb="Einfach Indikatoren auswielen, déi ee verfollege kann",
                en="Choose simple indicators you can follow",
                pt="Escolher indicadores simples que se possam acompanhar",
            ),
        ],
        "involved": [
            person(
                STEERING,
                T(
                    fr="rédige les objectifs",
                    de="formuliert die Ziele",
                    lb="formuléiert d'Ziler",
                    en="writes the objectives",
                    pt="escreve os objetivos",
                ),
            ),
            person(
                SERVICES,
                T(
                    fr="vérifient qu'ils sont réalistes",
                    de="prüfen, ob sie realistisch sind",
                    lb="kucken, ob se realistesch sinn",
                    en="check they are realistic",
                    pt="verificam se são realistas",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Des objectifs écrits et partagés",
                de="Schriftliche, gemeinsame Ziele",
                lb="Schrëftlech, gemeinsam Ziler",
                en="Written, shared objectives",
                pt="Objetivos escritos e partilhados",
            ),
            T(
                fr="Des indicateurs pour l'évaluation",
                de="Indikatoren für die Evaluierung",
                lb="Indikatoren fir d'Evaluatioun",
                en="Indicators for the evaluation",
                pt="Indicadores para a avaliação",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : un objectif se lit en une phrase et dit qui, quoi et pour quand.</p>",
            de="<p>Gute Praxis: Ein Ziel passt in einen Satz und sagt, wer, was und bis wann.</p>",
            lb="<p>Gutt Praxis: En Zil passt an ee Saz a seet wien, wat a bis wéini.</p>",
            en="<p>Good practice: an objective fits in one sentence and says who, what and by when.</p>",
            pt="<p>Boa prática: um objetivo cabe numa frase e diz quem, o quê e até quando.</p>",
        ),
        "documents": [],
    },
    {
        "number": 7,
        "phase": 2,
        "slug": T(fr="etape-7", de="schritt-7", lb="schrett-7", en="step-7", pt="etapa-7"),
        "title": T(
            fr="Plan d'action : acteurs, moyens, budget et calendrier",
            de="Aktionsplan: Akteure, Mittel, Budget und Zeitplan",
            lb="Aktiounsplang: Akteuren, Mëttelen, Budget an Zäitplang",
            en="Action plan: actors, resources, budget and schedule",
            pt="Plano de ação: atores, meios, orçamento e calendário",
        ),
        "summary": T(
            fr="Chaque objectif devient des actions concrètes, avec un responsable, des moyens et une date.",
            de="Aus jedem Ziel werden konkrete Maßnahmen, mit einer verantwortlichen Person, Mitteln und einem Termin.",
            lb="All Zil gëtt zu konkreten Aktiounen, mat enger verantwortlecher Persoun, Mëttelen an engem Datum.",
            en="Each objective becomes concrete actions, each with someone responsible, resources and a date.",
            pt="Cada objetivo torna-se em ações concretas, cada uma com um responsável, meios e uma data.",
        ),
        "purpose": R(
            fr="<p>Le plan d'action dépasse les actions ponctuelles et isolées : il relie les actions entre elles "
            "et dit qui fait quoi.</p>",
            de="<p>Der Aktionsplan geht über einzelne, punktuelle Maßnahmen hinaus: Er verbindet die Maßnahmen "
            "und sagt, wer was tut.</p>",
            lb="<p>Den Aktiounsplang geet iwwer eenzel, punktuell Aktiounen eraus: e verbënnt d'Aktiounen "
            "mateneen a seet, wien wat mécht.</p>",
            en="<p>The action plan goes beyond one-off, isolated actions: it links the actions together and says "
            "who does what.</p>",
            pt="<p>O plano de ação vai além das ações pontuais e isoladas: liga as ações entre si e diz quem faz o "
            "quê.</p>",
        ),
        "checklist": [
            T(
                fr="Pour chaque action, nommer un responsable et des partenaires",
                de="Für jede Maßnahme eine verantwortliche Person und Partner benennen",
                lb="Fir all Aktioun eng verantwortlech Persoun a Partner nennen",
                en="For each action, name who is responsible and the partners",
                pt="Para cada ação, designar o responsável e os parceiros",
            ),
            T(
                fr="Estimer le budget et les moyens humains",
                de="Das Budget und das benötigte Personal schätzen",
                lb="De Budget an d'Personal schätzen",
                en="Estimate the budget and the people needed",
                pt="Estimar o orçamento e as pessoas necessárias",
            ),
            T(
                fr="Fixer un calendrier sur plusieurs années",
                de="Einen Zeitplan über mehrere Jahre festlegen",
                lb="En Zäitplang iwwer e puer Joer festleeën",
                en="Set a schedule over several years",
                pt="Fixar um calendário para vários anos",
            ),
            T(
                fr="Rechercher des financements et des soutiens",
                de="Finanzierungen und Unterstützung suchen",
                lb="Finanzementer an Ënnerstëtzung sichen",
                en="Look for funding and support",
                pt="Procurar financiamento e apoio",
            ),
        ],
        "involved": [
            person(
                STEERING,
                T(
                    fr="rédige le plan d'action",
                    de="schreibt den Aktionsplan",
                    lb="schreift den Aktiounsplang",
                    en="writes the action plan",
                    pt="escreve o plano de ação",
                ),
            ),
            person(
                MAYOR_COUNCIL,
                T(
                    fr="vérifie le budget",
                    de="prüft das Budget",
                    lb="kontrolléiert de Budget",
                    en="checks the budget",
                    pt="verifica o orçamento",
                ),
            ),
            person(
                RESIDENTS,
                T(
                    fr="portent certaines actions",
                    de="tragen einzelne Maßnahmen",
                    lb="droe verschidden Aktiounen",
                    en="lead some of the actions",
                    pt="conduzem algumas das ações",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Un plan d'action complet",
                de="Ein vollständiger Aktionsplan",
                lb="E komplette Aktiounsplang",
                en="A complete action plan",
                pt="Um plano de ação completo",
            ),
            T(
                fr="Un projet de budget pour le conseil communal",
                de="Ein Budgetentwurf für den Gemeinderat",
                lb="E Budgetsprojet fir de Gemengerot",
                en="A draft budget for the council",
                pt="Uma proposta de orçamento para o conselho comunal",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : présentez le plan d'action sous forme de tableau d'une page par objectif.</p>",
            de="<p>Gute Praxis: Stellen Sie den Aktionsplan als Tabelle dar, eine Seite pro Ziel.</p>",
            lb="<p>Gutt Praxis: Stellt den Aktiounsplang als Tabell duer, eng Säit pro Zil.</p>",
            en="<p>Good practice: present the action plan as a table, one page per objective.</p>",
            pt="<p>Boa prática: apresente o plano de ação como uma tabela, uma página por objetivo.</p>",
        ),
        "documents": ["worksheet"],
    },
    {
        "number": 8,
        "phase": 2,
        "slug": T(fr="etape-8", de="schritt-8", lb="schrett-8", en="step-8", pt="etapa-8"),
        "title": T(
            fr="Adoption par le conseil communal",
            de="Verabschiedung durch den Gemeinderat",
            lb="Den Gemengerot hëlt de Plang un",
            en="Adoption by the council",
            pt="Adoção pelo conselho comunal",
        ),
        "summary": T(
            fr="Le conseil communal adopte le plan par une délibération ; la commune le fait connaître.",
            de="Der Gemeinderat verabschiedet den Plan mit einem Beschluss; die Gemeinde macht ihn bekannt.",
            lb="De Gemengerot hëlt de Plang mat enger Decisioun un; d'Gemeng mécht en bekannt.",
            en="The municipal council adopts the plan by a resolution; the commune makes it known.",
            pt="O conselho comunal adota o plano por deliberação; a comuna dá-o a conhecer.",
        ),
        "purpose": R(
            fr="<p>L'adoption par le conseil communal fait du plan la politique de la commune et engage son "
            "budget.</p>",
            de="<p>Mit der Verabschiedung durch den Gemeinderat wird der Plan zur Politik der Gemeinde und ihr "
            "Budget wird gebunden.</p>",
            lb="<p>Mat der Unahm duerch de Gemengerot gëtt de Plang d'Politik vun der Gemeng an hire Budget gëtt "
            "gebonnen.</p>",
            en="<p>Adoption by the council makes the plan the commune's policy and commits its budget.</p>",
            pt="<p>A adoção pelo conselho comunal faz do plano a política da comuna e compromete o seu orçamento.</p>",
        ),
        "checklist": [
            T(
                fr="Envoyer le plan aux conseillers avant la séance",
                de="Den Plan vor der Sitzung an die Ratsmitglieder schicken",
                lb="De Plang virun der Sëtzung un d'Conseilleren schécken",
                en="Send the plan to the councillors before the meeting",
                pt="Enviar o plano aos conselheiros antes da sessão",
            ),
            T(
                fr="Préparer la délibération avec le générateur",
                de="Den Beschluss mit dem Generator vorbereiten",
                lb="D'Decisioun mam Generator preparéieren",
                en="Prepare the resolution with the generator",
                pt="Preparar a deliberação com o gerador",
            ),
            T(
                fr="Présenter le plan en séance publique",
                de="Den Plan in öffentlicher Sitzung vorstellen",
                lb="De Plang an enger ëffentlecher Sëtzung virstellen",
                en="Present the plan at a public meeting",
                pt="Apresentar o plano numa reunião pública",
            ),
            T(
                fr="Publier le plan adopté",
                de="Den verabschiedeten Plan veröffentlichen",
                lb="Den ugehollene Plang publizéieren",
                en="Publish the adopted plan",
                pt="Publicar o plano adotado",
            ),
        ],
        "involved": [
            person(
                COUNCIL,
                T(
                    fr="adopte le plan",
                    de="verabschiedet den Plan",
                    lb="hëlt de Plang un",
                    en="adopts the plan",
                    pt="adota o plano",
                ),
            ),
            person(
                MAYOR_COUNCIL,
                T(
                    fr="présente le plan",
                    de="stellt den Plan vor",
                    lb="stellt de Plang vir",
                    en="presents the plan",
                    pt="apresenta o plano",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Une délibération d'adoption",
                de="Ein Verabschiedungsbeschluss",
                lb="Eng Decisioun iwwer d'Unahm",
                en="A resolution adopting the plan",
                pt="Uma deliberação que adota o plano",
            ),
            T(
                fr="Un plan publié et connu des habitants",
                de="Ein veröffentlichter Plan, den die Einwohner kennen",
                lb="E publizéierte Plang, deen d'Awunner kennen",
                en="A published plan that residents know about",
                pt="Um plano publicado que os habitantes conhecem",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : publiez un résumé du plan en plusieurs langues et en langage simple.</p>",
            de="<p>Gute Praxis: Veröffentlichen Sie eine Zusammenfassung des Plans in mehreren Sprachen und in "
            "einfacher Sprache.</p>",
            lb="<p>Gutt Praxis: Publizéiert e Resumé vum Plang a méi Sproochen an an einfacher Sprooch.</p>",
            en="<p>Good practice: publish a summary of the plan in several languages and in plain language.</p>",
            pt="<p>Boa prática: publique um resumo do plano em várias línguas e em linguagem simples.</p>",
        ),
        "documents": ["template"],
        "generator": True,
    },
]
