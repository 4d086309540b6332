"""The ten steps of the guide, in French, German, Luxembourgish and English.

What the steps ask for is general good practice for a communal plan, written as such; facts about
Luxembourg (the law of 23 August 2023, the communal pact) are in ``pages.py`` with their sources.
"""

from portal.demo import R, T

PHASE_TITLES = {
    1: T(fr="Lancer la démarche", de="Den Prozess starten", lb="De Prozess lancéieren", en="Getting started"),
    2: T(fr="Élaborer le plan", de="Den Plan ausarbeiten", lb="De Plang ausschaffen", en="Drawing up the plan"),
    3: T(
        fr="Mettre en œuvre et évaluer",
        de="Umsetzen und bewerten",
        lb="Ëmsetzen an evaluéieren",
        en="Putting it into practice and evaluating",
    ),
}


def _person(who: T, role: T) -> dict:
    return {"who": who, "role": role}


MAYOR_COUNCIL = T(
    fr="Le collège des bourgmestre et échevins",
    de="Der Schöffenrat",
    lb="De Schäfferot",
    en="The mayor and aldermen",
)
COUNCIL = T(fr="Le conseil communal", de="Der Gemeinderat", lb="De Gemengerot", en="The municipal council")
COMMISSION = T(
    fr="La commission communale du vivre-ensemble interculturel",
    de="Die Gemeindekommission für das interkulturelle Zusammenleben",
    lb="D'Gemengekommissioun fir dat interkulturellt Zesummeliewen",
    en="The communal commission for intercultural living together",
)
STEERING = T(
    fr="Le comité de pilotage", de="Die Steuerungsgruppe", lb="De Steierungscomité", en="The steering committee"
)
COORDINATOR = T(
    fr="La personne qui coordonne le plan",
    de="Die Person, die den Plan koordiniert",
    lb="D'Persoun, déi de Plang koordinéiert",
    en="The person who coordinates the plan",
)
RESIDENTS = T(
    fr="Les habitants et les associations",
    de="Die Einwohner und die Vereine",
    lb="D'Awunner an d'Veräiner",
    en="Residents and associations",
)
SERVICES = T(
    fr="Les services communaux",
    de="Die Gemeindedienste",
    lb="D'Gemengeservicer",
    en="The commune's services",
)

STEPS = [
    {
        "number": 1,
        "phase": 1,
        "slug": T(fr="etape-1", de="schritt-1", lb="schrett-1", en="step-1"),
        "title": T(
            fr="Délibération du conseil communal",
            de="Beschluss des Gemeinderats",
            lb="Decisioun vum Gemengerot",
            en="Council resolution to start",
        ),
        "summary": T(
            fr="Le conseil communal décide d'élaborer un plan communal d'intégration et en fixe le cadre.",
            de="Der Gemeinderat beschließt, einen kommunalen Integrationsplan auszuarbeiten, und legt den Rahmen fest.",
            lb="De Gemengerot decidéiert, e kommunalen Integratiounsplang auszeschaffen, a leet de Kader fest.",
            en="The municipal council decides to draw up a communal integration plan and sets its frame.",
        ),
        "purpose": R(
            fr="<p>Un plan communal d'intégration est un instrument politique. Une décision du conseil communal "
            "lui donne un mandat clair et montre aux habitants que la commune s'engage.</p>",
            de="<p>Ein kommunaler Integrationsplan ist ein politisches Instrument. Ein Beschluss des Gemeinderats "
            "gibt ihm einen klaren Auftrag und zeigt den Einwohnern, dass die Gemeinde sich einsetzt.</p>",
            lb="<p>E kommunalen Integratiounsplang ass e politescht Instrument. Eng Decisioun vum Gemengerot gëtt "
            "him e kloere Mandat a weist den Awunner, datt d'Gemeng sech engagéiert.</p>",
            en="<p>A communal integration plan is a political instrument. A council resolution gives it a clear "
            "mandate and shows residents that the commune is committed.</p>",
        ),
        "checklist": [
            T(
                fr="Inscrire le plan à l'ordre du jour du conseil communal",
                de="Den Plan auf die Tagesordnung des Gemeinderats setzen",
                lb="De Plang op den Ordre du jour vum Gemengerot setzen",
                en="Put the plan on the council's agenda",
            ),
            T(
                fr="Décider du territoire : une commune ou plusieurs communes ensemble",
                de="Das Gebiet festlegen: eine Gemeinde oder mehrere Gemeinden zusammen",
                lb="D'Gebitt festleeën: eng Gemeng oder e puer Gemengen zesummen",
                en="Decide the area: one commune, or several communes together",
            ),
            T(
                fr="Désigner la personne ou le service qui coordonne",
                de="Die Person oder den Dienst bestimmen, der koordiniert",
                lb="D'Persoun oder de Service bestëmmen, deen koordinéiert",
                en="Name the person or service who will coordinate",
            ),
            T(
                fr="Prévoir un premier budget pour la démarche",
                de="Ein erstes Budget für den Prozess vorsehen",
                lb="En éischte Budget fir de Prozess virgesinn",
                en="Set aside a first budget for the process",
            ),
        ],
        "involved": [
            _person(
                COUNCIL,
                T(fr="prend la décision", de="fasst den Beschluss", lb="hëlt d'Decisioun", en="takes the decision"),
            ),
            _person(
                MAYOR_COUNCIL,
                T(
                    fr="prépare le dossier",
                    de="bereitet die Unterlagen vor",
                    lb="preparéiert den Dossier",
                    en="prepares the proposal",
                ),
            ),
            _person(
                COMMISSION,
                T(fr="donne son avis", de="gibt ihre Meinung ab", lb="gëtt hir Meenung of", en="gives its opinion"),
            ),
        ],
        "outcomes": [
            T(
                fr="Une délibération du conseil communal",
                de="Ein Beschluss des Gemeinderats",
                lb="Eng Decisioun vum Gemengerot",
                en="A council resolution",
            ),
            T(
                fr="Une personne de contact pour le plan",
                de="Eine Ansprechperson für den Plan",
                lb="Eng Kontaktpersoun fir de Plang",
                en="A contact person for the plan",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : annoncez la décision dans le bulletin communal et en plusieurs langues.</p>",
            de="<p>Gute Praxis: Kündigen Sie den Beschluss im Gemeindeblatt und in mehreren Sprachen an.</p>",
            lb="<p>Gutt Praxis: Maacht d'Decisioun am Gemengebuet an a méi Sproochen bekannt.</p>",
            en="<p>Good practice: announce the decision in the commune's newsletter, in several languages.</p>",
        ),
        "documents": ["guide"],
    },
    {
        "number": 2,
        "phase": 1,
        "slug": T(fr="etape-2", de="schritt-2", lb="schrett-2", en="step-2"),
        "title": T(
            fr="Mobiliser les acteurs",
            de="Akteure mobilisieren",
            lb="D'Akteuren mobiliséieren",
            en="Mobilising the actors",
        ),
        "summary": T(
            fr="La commune fait connaître la démarche et invite le plus d'acteurs possible à y participer.",
            de="Die Gemeinde macht den Prozess bekannt und lädt möglichst viele Akteure zur Mitarbeit ein.",
            lb="D'Gemeng mécht de Prozess bekannt a invitéiert esou vill Akteuren wéi méiglech matzeschaffen.",
            en="The commune makes the process known and invites as many actors as possible to take part.",
        ),
        "purpose": R(
            fr="<p>Un plan communal d'intégration implique le plus d'acteurs possible et leur donne des "
            "responsabilités. Plus ils sont nombreux au départ, plus le plan sera porté par tous.</p>",
            de="<p>Ein kommunaler Integrationsplan bezieht möglichst viele Akteure ein und gibt ihnen "
            "Verantwortung. Je mehr am Anfang dabei sind, desto mehr tragen alle den Plan mit.</p>",
            lb="<p>E kommunalen Integratiounsplang bezitt esou vill Akteuren wéi méiglech an a gëtt hinnen "
            "Verantwortung. Wat méi am Ufank matmaachen, wat méi gëtt de Plang vun allen gedroen.</p>",
            en="<p>A communal integration plan involves as many actors as possible and gives them responsibility. "
            "The more who join at the start, the more everyone will stand behind the plan.</p>",
        ),
        "checklist": [
            T(
                fr="Dresser la liste des associations, écoles, services et employeurs du territoire",
                de="Eine Liste der Vereine, Schulen, Dienste und Arbeitgeber im Gebiet erstellen",
                lb="Eng Lëscht vun de Veräiner, Schoulen, Servicer an Patronen am Gebitt maachen",
                en="List the associations, schools, services and employers in the area",
            ),
            T(
                fr="Organiser une réunion d'information ouverte à tous les habitants",
                de="Eine Informationsversammlung für alle Einwohner organisieren",
                lb="Eng Informatiounsversammlung fir all d'Awunner organiséieren",
                en="Hold an information meeting open to all residents",
            ),
            T(
                fr="Inviter aussi les personnes que l'on entend peu",
                de="Auch die Menschen einladen, die man selten hört",
                lb="Och d'Leit invitéieren, déi een seelen héiert",
                en="Also invite the people who are rarely heard",
            ),
        ],
        "involved": [
            _person(
                COORDINATOR,
                T(
                    fr="organise les contacts",
                    de="organisiert die Kontakte",
                    lb="organiséiert d'Kontakter",
                    en="organises the contacts",
                ),
            ),
            _person(
                RESIDENTS,
                T(
                    fr="apportent leur expérience",
                    de="bringen ihre Erfahrung ein",
                    lb="bréngen hir Erfarung an",
                    en="bring their experience",
                ),
            ),
            _person(
                SERVICES,
                T(
                    fr="partagent ce qu'ils savent",
                    de="teilen ihr Wissen",
                    lb="deelen hiert Wëssen",
                    en="share what they know",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Une liste des acteurs et de leurs contacts",
                de="Eine Liste der Akteure und ihrer Kontakte",
                lb="Eng Lëscht vun den Akteuren an hire Kontakter",
                en="A list of the actors and their contacts",
            ),
            T(
                fr="Des personnes prêtes à s'engager",
                de="Menschen, die mitmachen wollen",
                lb="Leit, déi wëlle matmaachen",
                en="People ready to get involved",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : proposez des réunions à des heures différentes et prévoyez une interprétation.</p>",
            de="<p>Gute Praxis: Bieten Sie Treffen zu verschiedenen Uhrzeiten an und sehen Sie eine Verdolmetschung "
            "vor.</p>",
            lb="<p>Gutt Praxis: Proposéiert Versammlungen zu verschiddenen Zäiten a plangt eng Iwwersetzung an.</p>",
            en="<p>Good practice: offer meetings at different times of day and plan for interpreting.</p>",
        ),
        "documents": [],
    },
    {
        "number": 3,
        "phase": 1,
        "slug": T(fr="etape-3", de="schritt-3", lb="schrett-3", en="step-3"),
        "title": T(
            fr="Mettre en place le comité de pilotage",
            de="Die Steuerungsgruppe einsetzen",
            lb="De Steierungscomité asetzen",
            en="Setting up the steering committee",
        ),
        "summary": T(
            fr="Un petit groupe représentatif suit la démarche du début à la fin.",
            de="Eine kleine, repräsentative Gruppe begleitet den Prozess vom Anfang bis zum Ende.",
            lb="E klenge representative Grupp begleet de Prozess vum Ufank bis zum Schluss.",
            en="A small, representative group follows the process from start to finish.",
        ),
        "purpose": R(
            fr="<p>Le comité de pilotage prend les décisions pratiques, suit le calendrier et fait le lien "
            "avec le conseil communal.</p>",
            de="<p>Die Steuerungsgruppe trifft die praktischen Entscheidungen, achtet auf den Zeitplan und hält "
            "die Verbindung zum Gemeinderat.</p>",
            lb="<p>De Steierungscomité hëlt déi praktesch Decisiounen, iwwerwaacht den Zäitplang an hält de Kontakt "
            "mam Gemengerot.</p>",
            en="<p>The steering committee takes the practical decisions, keeps to the schedule and reports to the "
            "council.</p>",
        ),
        "checklist": [
            T(
                fr="Choisir les membres : élus, services, associations, habitants",
                de="Die Mitglieder wählen: Gewählte, Dienste, Vereine, Einwohner",
                lb="D'Memberen auswielen: Gewielten, Servicer, Veräiner, Awunner",
                en="Choose the members: councillors, services, associations, residents",
            ),
            T(
                fr="Écrire le rôle du comité et sa façon de décider",
                de="Die Aufgabe der Gruppe und ihre Entscheidungsweise aufschreiben",
                lb="D'Roll vum Comité an seng Aart ze decidéieren opschreiwen",
                en="Write down the committee's role and how it decides",
            ),
            T(
                fr="Fixer les dates des réunions pour l'année",
                de="Die Sitzungstermine für das Jahr festlegen",
                lb="D'Datume vun de Reuniounen fir d'Joer festleeën",
                en="Set the meeting dates for the year",
            ),
        ],
        "involved": [
            _person(
                STEERING,
                T(fr="suit la démarche", de="begleitet den Prozess", lb="begleet de Prozess", en="follows the process"),
            ),
            _person(
                COMMISSION,
                T(
                    fr="y est représentée",
                    de="ist darin vertreten",
                    lb="ass dran vertrueden",
                    en="is represented on it",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Un comité de pilotage avec un mandat écrit",
                de="Eine Steuerungsgruppe mit schriftlichem Auftrag",
                lb="E Steierungscomité mat engem schrëftleche Mandat",
                en="A steering committee with a written mandate",
            ),
            T(
                fr="Un calendrier de travail",
                de="Ein Arbeitszeitplan",
                lb="En Aarbechtszäitplang",
                en="A working schedule",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : un comité de huit à douze personnes reste facile à réunir.</p>",
            de="<p>Gute Praxis: Eine Gruppe von acht bis zwölf Personen lässt sich leicht zusammenrufen.</p>",
            lb="<p>Gutt Praxis: E Comité vun aacht bis zwielef Persounen ass einfach zesummenzeruffen.</p>",
            en="<p>Good practice: a committee of eight to twelve people is easy to bring together.</p>",
        ),
        "documents": [],
    },
    {
        "number": 4,
        "phase": 2,
        "slug": T(fr="etape-4", de="schritt-4", lb="schrett-4", en="step-4"),
        "title": T(
            fr="État des lieux des besoins",
            de="Bestandsaufnahme der Bedürfnisse",
            lb="Bestandsopnam vun de Besoinen",
            en="Assessing the needs",
        ),
        "summary": T(
            fr="On rassemble ce qui existe déjà et ce dont les habitants ont besoin.",
            de="Man sammelt, was es schon gibt und was die Einwohner brauchen.",
            lb="Et gëtt gesammelt, wat et scho gëtt a wat d'Awunner brauchen.",
            en="Gather what already exists and what residents need.",
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
        ),
        "checklist": [
            T(
                fr="Réunir les chiffres sur la population de la commune",
                de="Die Zahlen zur Bevölkerung der Gemeinde zusammentragen",
                lb="D'Zuele vun der Bevëlkerung vun der Gemeng sammelen",
                en="Collect the figures on the commune's population",
            ),
            T(
                fr="Faire la liste des offres existantes",
                de="Die bestehenden Angebote auflisten",
                lb="Déi bestehend Offeren oplëschten",
                en="List the services that already exist",
            ),
            T(
                fr="Interroger les services communaux",
                de="Die Gemeindedienste befragen",
                lb="D'Gemengeservicer befroen",
                en="Ask the commune's services",
            ),
            T(
                fr="Écouter les habitants lors de soirées ou d'une enquête",
                de="Die Einwohner bei Abenden oder in einer Umfrage anhören",
                lb="D'Awunner bei Owender oder an enger Ëmfro nolauschteren",
                en="Listen to residents at evening meetings or through a survey",
            ),
        ],
        "involved": [
            _person(
                STEERING,
                T(
                    fr="organise l'état des lieux",
                    de="organisiert die Bestandsaufnahme",
                    lb="organiséiert d'Bestandsopnam",
                    en="organises the assessment",
                ),
            ),
            _person(
                RESIDENTS,
                T(
                    fr="disent ce qui leur manque",
                    de="sagen, was ihnen fehlt",
                    lb="soen, wat hinne feelt",
                    en="say what they are missing",
                ),
            ),
            _person(
                SERVICES,
                T(
                    fr="répondent à une enquête interne",
                    de="beantworten eine interne Umfrage",
                    lb="beäntweren eng intern Ëmfro",
                    en="answer an internal survey",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Un état des lieux écrit",
                de="Eine schriftliche Bestandsaufnahme",
                lb="Eng schrëftlech Bestandsopnam",
                en="A written assessment",
            ),
            T(
                fr="Une liste des besoins classés par priorité",
                de="Eine Liste der Bedürfnisse nach Priorität",
                lb="Eng Lëscht vun de Besoinen no Prioritéit",
                en="A list of needs in order of priority",
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
        ),
        "sources": [
            {
                "title": T(
                    fr="Ville de Luxembourg : « Luxembourg, ville du vivre-ensemble » (2016)",
                    de="Stadt Luxemburg: „Luxembourg, ville du vivre-ensemble“ (2016, auf Französisch)",
                    lb="Stad Lëtzebuerg: „Luxembourg, ville du vivre-ensemble“ (2016, op Franséisch)",
                    en="City of Luxembourg: “Luxembourg, ville du vivre-ensemble” (2016, in French)",
                ),
                "url": "https://city.vdl.lu/fr/2016/02/29/luxembourg-ville-du-vivre-ensemble/",
            }
        ],
        "documents": ["worksheet"],
    },
    {
        "number": 5,
        "phase": 2,
        "slug": T(fr="etape-5", de="schritt-5", lb="schrett-5", en="step-5"),
        "title": T(
            fr="Publics cibles et champs d'action",
            de="Zielgruppen und Handlungsfelder",
            lb="Zilgruppen an Aktiounsfelder",
            en="Target groups and fields of action",
        ),
        "summary": T(
            fr="À partir de l'état des lieux, on choisit pour qui et dans quels domaines agir.",
            de="Ausgehend von der Bestandsaufnahme wählt man, für wen und in welchen Bereichen man handelt.",
            lb="Ausgoend vun der Bestandsopnam gëtt ausgewielt, fir wien an a wéi enge Beräicher gehandelt gëtt.",
            en="Starting from the assessment, choose who to act for and in which areas.",
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
        ),
        "checklist": [
            T(
                fr="Nommer les publics cibles, par exemple les nouveaux arrivants",
                de="Die Zielgruppen benennen, zum Beispiel Neuankömmlinge",
                lb="D'Zilgruppen nennen, zum Beispill Nei-Ukömmlinger",
                en="Name the target groups, for example newcomers",
            ),
            T(
                fr="Choisir trois à cinq champs d'action",
                de="Drei bis fünf Handlungsfelder auswählen",
                lb="Dräi bis fënnef Aktiounsfelder auswielen",
                en="Choose three to five fields of action",
            ),
            T(
                fr="Faire valider ce choix par le comité de pilotage",
                de="Die Auswahl von der Steuerungsgruppe bestätigen lassen",
                lb="D'Auswiel vum Steierungscomité confirméiere loossen",
                en="Have the steering committee confirm the choice",
            ),
        ],
        "involved": [
            _person(
                STEERING,
                T(
                    fr="propose les priorités",
                    de="schlägt die Prioritäten vor",
                    lb="proposéiert d'Prioritéiten",
                    en="proposes the priorities",
                ),
            ),
            _person(
                COMMISSION,
                T(fr="donne son avis", de="gibt ihre Meinung ab", lb="gëtt hir Meenung of", en="gives its opinion"),
            ),
        ],
        "outcomes": [
            T(
                fr="Une liste des publics cibles",
                de="Eine Liste der Zielgruppen",
                lb="Eng Lëscht vun den Zilgruppen",
                en="A list of target groups",
            ),
            T(
                fr="Les champs d'action retenus",
                de="Die gewählten Handlungsfelder",
                lb="Déi gewielten Aktiounsfelder",
                en="The chosen fields of action",
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
        ),
        "sources": [
            {
                "title": T(
                    fr="Le Quotidien : « Nouvelle étape pour l'intégration à Luxembourg »",
                    de="Le Quotidien: „Nouvelle étape pour l'intégration à Luxembourg“ (auf Französisch)",
                    lb="Le Quotidien: „Nouvelle étape pour l'intégration à Luxembourg“ (op Franséisch)",
                    en="Le Quotidien: “Nouvelle étape pour l'intégration à Luxembourg” (in French)",
                ),
                "url": "https://lequotidien.lu/luxembourg/nouvelle-etape-pour-lintegration-a-luxembourg",
            }
        ],
        "documents": [],
    },
    {
        "number": 6,
        "phase": 2,
        "slug": T(fr="etape-6", de="schritt-6", lb="schrett-6", en="step-6"),
        "title": T(
            fr="Objectifs et résultats attendus",
            de="Ziele und erwartete Ergebnisse",
            lb="Ziler an erwaart Resultater",
            en="Objectives and expected results",
        ),
        "summary": T(
            fr="Pour chaque champ d'action, on écrit ce que l'on veut atteindre et comment on le verra.",
            de="Für jedes Handlungsfeld schreibt man auf, was man erreichen will und woran man es erkennt.",
            lb="Fir all Aktiounsfeld gëtt opgeschriwwen, wat een erreeche wëll a wourun een et gesäit.",
            en="For each field of action, write down what you want to achieve and how you will see it.",
        ),
        "purpose": R(
            fr="<p>Des objectifs clairs permettent de choisir les bonnes actions et, plus tard, d'évaluer le plan.</p>",
            de="<p>Klare Ziele helfen, die richtigen Maßnahmen zu wählen und den Plan später zu bewerten.</p>",
            lb="<p>Kloer Ziler hëllefen, déi richteg Aktiounen auszewielen an de Plang méi spéit ze evaluéieren.</p>",
            en="<p>Clear objectives help you choose the right actions and, later, evaluate the plan.</p>",
        ),
        "checklist": [
            T(
                fr="Écrire un ou deux objectifs par champ d'action",
                de="Ein oder zwei Ziele pro Handlungsfeld aufschreiben",
                lb="Een oder zwee Ziler pro Aktiounsfeld opschreiwen",
                en="Write one or two objectives for each field of action",
            ),
            T(
                fr="Pour chaque objectif, dire quel résultat on attend",
                de="Für jedes Ziel sagen, welches Ergebnis man erwartet",
                lb="Fir all Zil soen, wéi e Resultat een erwaart",
                en="For each objective, say what result you expect",
            ),
            T(
                fr="Choisir des indicateurs simples à suivre",
                de="Einfache Indikatoren wählen, die man verfolgen kann",
                lb="Einfach Indikatoren auswielen, déi ee verfollege kann",
                en="Choose simple indicators you can follow",
            ),
        ],
        "involved": [
            _person(
                STEERING,
                T(
                    fr="rédige les objectifs",
                    de="formuliert die Ziele",
                    lb="formuléiert d'Ziler",
                    en="writes the objectives",
                ),
            ),
            _person(
                SERVICES,
                T(
                    fr="vérifient qu'ils sont réalistes",
                    de="prüfen, ob sie realistisch sind",
                    lb="kucken, ob se realistesch sinn",
                    en="check they are realistic",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Des objectifs écrits et partagés",
                de="Schriftliche, gemeinsame Ziele",
                lb="Schrëftlech, gemeinsam Ziler",
                en="Written, shared objectives",
            ),
            T(
                fr="Des indicateurs pour l'évaluation",
                de="Indikatoren für die Evaluierung",
                lb="Indikatoren fir d'Evaluatioun",
                en="Indicators for the evaluation",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : un objectif se lit en une phrase et dit qui, quoi et pour quand.</p>",
            de="<p>Gute Praxis: Ein Ziel passt in einen Satz und sagt, wer, was und bis wann.</p>",
            lb="<p>Gutt Praxis: En Zil passt an ee Saz a seet wien, wat a bis wéini.</p>",
            en="<p>Good practice: an objective fits in one sentence and says who, what and by when.</p>",
        ),
        "documents": [],
    },
    {
        "number": 7,
        "phase": 2,
        "slug": T(fr="etape-7", de="schritt-7", lb="schrett-7", en="step-7"),
        "title": T(
            fr="Plan d'action : acteurs, moyens, budget et calendrier",
            de="Aktionsplan: Akteure, Mittel, Budget und Zeitplan",
            lb="Aktiounsplang: Akteuren, Mëttelen, Budget an Zäitplang",
            en="Action plan: actors, resources, budget and schedule",
        ),
        "summary": T(
            fr="Chaque objectif devient des actions concrètes, avec un responsable, des moyens et une date.",
            de="Aus jedem Ziel werden konkrete Maßnahmen, mit einer verantwortlichen Person, Mitteln und einem Termin.",
            lb="All Zil gëtt zu konkreten Aktiounen, mat enger verantwortlecher Persoun, Mëttelen an engem Datum.",
            en="Each objective becomes concrete actions, each with someone responsible, resources and a date.",
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
        ),
        "checklist": [
            T(
                fr="Pour chaque action, nommer un responsable et des partenaires",
                de="Für jede Maßnahme eine verantwortliche Person und Partner benennen",
                lb="Fir all Aktioun eng verantwortlech Persoun a Partner nennen",
                en="For each action, name who is responsible and the partners",
            ),
            T(
                fr="Estimer le budget et les moyens humains",
                de="Das Budget und das benötigte Personal schätzen",
                lb="De Budget an d'Personal schätzen",
                en="Estimate the budget and the people needed",
            ),
            T(
                fr="Fixer un calendrier sur plusieurs années",
                de="Einen Zeitplan über mehrere Jahre festlegen",
                lb="En Zäitplang iwwer e puer Joer festleeën",
                en="Set a schedule over several years",
            ),
            T(
                fr="Rechercher des financements et des soutiens",
                de="Finanzierungen und Unterstützung suchen",
                lb="Finanzementer an Ënnerstëtzung sichen",
                en="Look for funding and support",
            ),
        ],
        "involved": [
            _person(
                STEERING,
                T(
                    fr="rédige le plan d'action",
                    de="schreibt den Aktionsplan",
                    lb="schreift den Aktiounsplang",
                    en="writes the action plan",
                ),
            ),
            _person(
                MAYOR_COUNCIL,
                T(fr="vérifie le budget", de="prüft das Budget", lb="kontrolléiert de Budget", en="checks the budget"),
            ),
            _person(
                RESIDENTS,
                T(
                    fr="portent certaines actions",
                    de="tragen einzelne Maßnahmen",
                    lb="droe verschidden Aktiounen",
                    en="lead some of the actions",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Un plan d'action complet",
                de="Ein vollständiger Aktionsplan",
                lb="E komplette Aktiounsplang",
                en="A complete action plan",
            ),
            T(
                fr="Un projet de budget pour le conseil communal",
                de="Ein Budgetentwurf für den Gemeinderat",
                lb="E Budgetsprojet fir de Gemengerot",
                en="A draft budget for the council",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : présentez le plan d'action sous forme de tableau d'une page par objectif.</p>",
            de="<p>Gute Praxis: Stellen Sie den Aktionsplan als Tabelle dar, eine Seite pro Ziel.</p>",
            lb="<p>Gutt Praxis: Stellt den Aktiounsplang als Tabell duer, eng Säit pro Zil.</p>",
            en="<p>Good practice: present the action plan as a table, one page per objective.</p>",
        ),
        "documents": ["worksheet"],
    },
    {
        "number": 8,
        "phase": 2,
        "slug": T(fr="etape-8", de="schritt-8", lb="schrett-8", en="step-8"),
        "title": T(
            fr="Adoption par le conseil communal",
            de="Verabschiedung durch den Gemeinderat",
            lb="Den Gemengerot hëlt de Plang un",
            en="Adoption by the council",
        ),
        "summary": T(
            fr="Le conseil communal adopte le plan par une délibération ; la commune le fait connaître.",
            de="Der Gemeinderat verabschiedet den Plan mit einem Beschluss; die Gemeinde macht ihn bekannt.",
            lb="De Gemengerot hëlt de Plang mat enger Decisioun un; d'Gemeng mécht en bekannt.",
            en="The municipal council adopts the plan by a resolution; the commune makes it known.",
        ),
        "purpose": R(
            fr="<p>L'adoption par le conseil communal fait du plan la politique de la commune et engage son "
            "budget.</p>",
            de="<p>Mit der Verabschiedung durch den Gemeinderat wird der Plan zur Politik der Gemeinde und ihr "
            "Budget wird gebunden.</p>",
            lb="<p>Mat der Unahm duerch de Gemengerot gëtt de Plang d'Politik vun der Gemeng an hire Budget gëtt "
            "gebonnen.</p>",
            en="<p>Adoption by the council makes the plan the commune's policy and commits its budget.</p>",
        ),
        "checklist": [
            T(
                fr="Envoyer le plan aux conseillers avant la séance",
                de="Den Plan vor der Sitzung an die Ratsmitglieder schicken",
                lb="De Plang virun der Sëtzung un d'Conseilleren schécken",
                en="Send the plan to the councillors before the meeting",
            ),
            T(
                fr="Préparer la délibération avec le générateur",
                de="Den Beschluss mit dem Generator vorbereiten",
                lb="D'Decisioun mam Generator preparéieren",
                en="Prepare the resolution with the generator",
            ),
            T(
                fr="Présenter le plan en séance publique",
                de="Den Plan in öffentlicher Sitzung vorstellen",
                lb="De Plang an enger ëffentlecher Sëtzung virstellen",
                en="Present the plan at a public meeting",
            ),
            T(
                fr="Publier le plan adopté",
                de="Den verabschiedeten Plan veröffentlichen",
                lb="Den ugehollene Plang publizéieren",
                en="Publish the adopted plan",
            ),
        ],
        "involved": [
            _person(
                COUNCIL,
                T(fr="adopte le plan", de="verabschiedet den Plan", lb="hëlt de Plang un", en="adopts the plan"),
            ),
            _person(
                MAYOR_COUNCIL,
                T(fr="présente le plan", de="stellt den Plan vor", lb="stellt de Plang vir", en="presents the plan"),
            ),
        ],
        "outcomes": [
            T(
                fr="Une délibération d'adoption",
                de="Ein Verabschiedungsbeschluss",
                lb="Eng Decisioun iwwer d'Unahm",
                en="A resolution adopting the plan",
            ),
            T(
                fr="Un plan publié et connu des habitants",
                de="Ein veröffentlichter Plan, den die Einwohner kennen",
                lb="E publizéierte Plang, deen d'Awunner kennen",
                en="A published plan that residents know about",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : publiez un résumé du plan en plusieurs langues et en langage simple.</p>",
            de="<p>Gute Praxis: Veröffentlichen Sie eine Zusammenfassung des Plans in mehreren Sprachen und in "
            "einfacher Sprache.</p>",
            lb="<p>Gutt Praxis: Publizéiert e Resumé vum Plang a méi Sproochen an an einfacher Sprooch.</p>",
            en="<p>Good practice: publish a summary of the plan in several languages and in plain language.</p>",
        ),
        "documents": ["template"],
        "generator": True,
    },
    {
        "number": 9,
        "phase": 3,
        "slug": T(fr="etape-9", de="schritt-9", lb="schrett-9", en="step-9"),
        "title": T(fr="Mise en œuvre", de="Umsetzung", lb="Ëmsetzung", en="Implementation"),
        "summary": T(
            fr="Les actions démarrent ; le comité de pilotage suit leur avancement.",
            de="Die Maßnahmen beginnen; die Steuerungsgruppe verfolgt ihren Fortschritt.",
            lb="D'Aktioune fänken un; de Steierungscomité verfollegt hire Fortschrëtt.",
            en="The actions start; the steering committee follows their progress.",
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
        ),
        "checklist": [
            T(
                fr="Lancer les premières actions",
                de="Die ersten Maßnahmen starten",
                lb="Déi éischt Aktiounen starten",
                en="Start the first actions",
            ),
            T(
                fr="Réunir le comité de pilotage régulièrement",
                de="Die Steuerungsgruppe regelmäßig zusammenrufen",
                lb="De Steierungscomité reegelméisseg zesummeruffen",
                en="Meet as a steering committee regularly",
            ),
            T(
                fr="Informer les habitants de ce qui avance",
                de="Die Einwohner über die Fortschritte informieren",
                lb="D'Awunner iwwer d'Fortschrëtter informéieren",
                en="Tell residents what is moving forward",
            ),
        ],
        "involved": [
            _person(
                COORDINATOR,
                T(
                    fr="suit les actions au quotidien",
                    de="begleitet die Maßnahmen im Alltag",
                    lb="begleet d'Aktiounen am Alldag",
                    en="follows the actions day to day",
                ),
            ),
            _person(
                RESIDENTS,
                T(
                    fr="participent aux actions",
                    de="machen bei den Maßnahmen mit",
                    lb="maache bei den Aktiounen mat",
                    en="take part in the actions",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Des actions réalisées",
                de="Umgesetzte Maßnahmen",
                lb="Ëmgesaten Aktiounen",
                en="Actions carried out",
            ),
            T(
                fr="Un suivi écrit des actions",
                de="Eine schriftliche Begleitung der Maßnahmen",
                lb="E schrëftleche Suivi vun den Aktiounen",
                en="A written record of the actions",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : fêtez les premiers résultats avec les habitants.</p>",
            de="<p>Gute Praxis: Feiern Sie die ersten Ergebnisse mit den Einwohnern.</p>",
            lb="<p>Gutt Praxis: Feiert déi éischt Resultater mat den Awunner.</p>",
            en="<p>Good practice: celebrate the first results with residents.</p>",
        ),
        "documents": [],
    },
    {
        "number": 10,
        "phase": 3,
        "slug": T(fr="etape-10", de="schritt-10", lb="schrett-10", en="step-10"),
        "title": T(fr="Évaluation", de="Evaluierung", lb="Evaluatioun", en="Evaluation"),
        "summary": T(
            fr="On mesure ce que le plan a changé et on prépare la suite.",
            de="Man misst, was der Plan verändert hat, und bereitet die Fortsetzung vor.",
            lb="Et gëtt gemooss, wat de Plang geännert huet, an d'Fortsetzung gëtt preparéiert.",
            en="Measure what the plan has changed and prepare what comes next.",
        ),
        "purpose": R(
            fr="<p>L'intégration est un processus continu. L'évaluation montre ce qui a marché et nourrit le "
            "plan suivant.</p>",
            de="<p>Integration ist ein fortlaufender Prozess. Die Evaluierung zeigt, was funktioniert hat, und "
            "fließt in den nächsten Plan ein.</p>",
            lb="<p>Integratioun ass e kontinuéierleche Prozess. D'Evaluatioun weist, wat funktionéiert huet, a "
            "fléisst an den nächste Plang an.</p>",
            en="<p>Integration is a continuous process. The evaluation shows what worked and feeds the next plan.</p>",
        ),
        "checklist": [
            T(
                fr="Comparer les résultats aux objectifs",
                de="Die Ergebnisse mit den Zielen vergleichen",
                lb="D'Resultater mat den Ziler vergläichen",
                en="Compare the results with the objectives",
            ),
            T(
                fr="Demander l'avis des habitants et des partenaires",
                de="Die Meinung der Einwohner und Partner einholen",
                lb="D'Meenung vun den Awunner an de Partner froen",
                en="Ask residents and partners what they think",
            ),
            T(
                fr="Présenter le bilan au conseil communal",
                de="Die Bilanz dem Gemeinderat vorstellen",
                lb="D'Bilan dem Gemengerot virstellen",
                en="Present the review to the council",
            ),
        ],
        "involved": [
            _person(
                STEERING,
                T(
                    fr="prépare le bilan",
                    de="bereitet die Bilanz vor",
                    lb="preparéiert de Bilan",
                    en="prepares the review",
                ),
            ),
            _person(
                COUNCIL,
                T(
                    fr="tire les conclusions",
                    de="zieht die Schlussfolgerungen",
                    lb="zitt d'Conclusiounen",
                    en="draws the conclusions",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Un rapport d'évaluation",
                de="Ein Evaluierungsbericht",
                lb="En Evaluatiounsrapport",
                en="An evaluation report",
            ),
            T(
                fr="Des pistes pour le plan suivant",
                de="Ideen für den nächsten Plan",
                lb="Iddie fir den nächste Plang",
                en="Ideas for the next plan",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : prévoyez l'évaluation dès le début, avec les indicateurs de l'étape 6.</p>",
            de="<p>Gute Praxis: Planen Sie die Evaluierung von Anfang an ein, mit den Indikatoren aus Schritt 6.</p>",
            lb="<p>Gutt Praxis: Plangt d'Evaluatioun vun Ufank un an, mat den Indikatoren aus dem Schrëtt 6.</p>",
            en="<p>Good practice: plan the evaluation from the start, with the indicators from step 6.</p>",
        ),
        "documents": [],
    },
]
