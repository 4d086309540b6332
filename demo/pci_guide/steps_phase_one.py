"""Phase I of the guide: steps 1 to 3, in the four languages."""

from demo.pci_guide.people import COMMISSION, COORDINATOR, COUNCIL, MAYOR_COUNCIL, RESIDENTS, SERVICES, STEERING, person
from demo.toolkit import R, T

STEPS = [
    {
        "number": 1,
        "phase": 1,
        "slug": T(fr="etape-1", de="schritt-1", lb="schrett-1", en="step-1", pt="etapa-1"),
        "title": T(
            fr="Délibération du conseil communal",
            de="Beschluss des Gemeinderats",
            lb="Decisioun vum Gemengerot",
            en="Council resolution to start",
            pt="Deliberação do conselho comunal",
        ),
        "summary": T(
            fr="Le conseil communal décide d'élaborer un plan communal d'intégration et en fixe le cadre.",
            de="Der Gemeinderat beschließt, einen kommunalen Integrationsplan auszuarbeiten, und legt den Rahmen fest.",
            lb="De Gemengerot decidéiert, e kommunalen Integratiounsplang auszeschaffen, a leet de Kader fest.",
            en="The municipal council decides to draw up a communal integration plan and sets its frame.",
            pt="O conselho comunal decide elaborar um plano comunal de integração e define o seu enquadramento.",
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
            pt="<p>Um plano comunal de integração é um instrumento político. Uma deliberação do conselho comunal "
            "dá-lhe um mandato claro e mostra aos habitantes que a comuna está empenhada.</p>",
        ),
        "checklist": [
            T(
                fr="Inscrire le plan à l'ordre du jour du conseil communal",
                de="Den Plan auf die Tagesordnung des Gemeinderats setzen",
                lb="De Plang op den Ordre du jour vum Gemengerot setzen",
                en="Put the plan on the council's agenda",
                pt="Inscrever o plano na ordem de trabalhos do conselho comunal",
            ),
            T(
                fr="Décider du territoire : une commune ou plusieurs communes ensemble",
                de="Das Gebiet festlegen: eine Gemeinde oder mehrere Gemeinden zusammen",
                lb="D'Gebitt festleeën: eng Gemeng oder e puer Gemengen zesummen",
                en="Decide the area: one commune, or several communes together",
                pt="Decidir o território: uma comuna ou várias comunas em conjunto",
            ),
            T(
                fr="Désigner la personne ou le service qui coordonne",
                de="Die Person oder den Dienst bestimmen, der koordiniert",
                lb="D'Persoun oder de Service bestëmmen, deen koordinéiert",
                en="Name the person or service who will coordinate",
                pt="Designar a pessoa ou o serviço que coordena",
            ),
            T(
                fr="Prévoir un premier budget pour la démarche",
                de="Ein erstes Budget für den Prozess vorsehen",
                lb="En éischte Budget fir de Prozess virgesinn",
                en="Set aside a first budget for the process",
                pt="Prever um primeiro orçamento para o processo",
            ),
        ],
        "involved": [
            person(
                COUNCIL,
                T(
                    fr="prend la décision",
                    de="fasst den Beschluss",
                    lb="hëlt d'Decisioun",
                    en="takes the decision",
                    pt="toma a decisão",
                ),
            ),
            person(
                MAYOR_COUNCIL,
                T(
                    fr="prépare le dossier",
                    de="bereitet die Unterlagen vor",
                    lb="preparéiert den Dossier",
                    en="prepares the proposal",
                    pt="prepara a proposta",
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
                fr="Une délibération du conseil communal",
                de="Ein Beschluss des Gemeinderats",
                lb="Eng Decisioun vum Gemengerot",
                en="A council resolution",
                pt="Uma deliberação do conselho comunal",
            ),
            T(
                fr="Une personne de contact pour le plan",
                de="Eine Ansprechperson für den Plan",
                lb="Eng Kontaktpersoun fir de Plang",
                en="A contact person for the plan",
                pt="Uma pessoa de contacto para o plano",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : annoncez la décision dans le bulletin communal et en plusieurs langues.</p>",
            de="<p>Gute Praxis: Kündigen Sie den Beschluss im Gemeindeblatt und in mehreren Sprachen an.</p>",
            lb="<p>Gutt Praxis: Maacht d'Decisioun am Gemengebuet an a méi Sproochen bekannt.</p>",
            en="<p>Good practice: announce the decision in the commune's newsletter, in several languages.</p>",
            pt="<p>Boa prática: anuncie a decisão no boletim comunal e em várias línguas.</p>",
        ),
        "documents": ["guide"],
    },
    {
        "number": 2,
        "phase": 1,
        "slug": T(fr="etape-2", de="schritt-2", lb="schrett-2", en="step-2", pt="etapa-2"),
        "title": T(
            fr="Mobiliser les acteurs",
            de="Akteure mobilisieren",
            lb="D'Akteuren mobiliséieren",
            en="Mobilising the actors",
            pt="Mobilizar os atores",
        ),
        "summary": T(
            fr="La commune fait connaître la démarche et invite le plus d'acteurs possible à y participer.",
            de="Die Gemeinde macht den Prozess bekannt und lädt möglichst viele Akteure zur Mitarbeit ein.",
            lb="D'Gemeng mécht de Prozess bekannt a invitéiert esou vill Akteuren wéi méiglech matzeschaffen.",
            en="The commune makes the process known and invites as many actors as possible to take part.",
            pt="A comuna dá a conhecer o processo e convida o maior número possível de atores a participar.",
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
            pt="<p>Um plano comunal de integração envolve o maior número possível de atores e dá-lhes "
            "responsabilidades. Quanto mais forem no início, mais o plano será apoiado por todos.</p>",
        ),
        "checklist": [
            T(
                fr="Dresser la liste des associations, écoles, services et employeurs du territoire",
                de="Eine Liste der Vereine, Schulen, Dienste und Arbeitgeber im Gebiet erstellen",
                lb="Eng Lëscht vun de Veräiner, Schoulen, Servicer an Patronen am Gebitt maachen",
                en="List the associations, schools, services and employers in the area",
                pt="Fazer a lista das associações, escolas, serviços e empregadores do território",
            ),
            T(
                fr="Organiser une réunion d'information ouverte à tous les habitants",
                de="Eine Informationsversammlung für alle Einwohner organisieren",
                lb="Eng Informatiounsversammlung fir all d'Awunner organiséieren",
                en="Hold an information meeting open to all residents",
                pt="Organizar uma reunião de informação aberta a todos os habitantes",
            ),
            T(
                fr="Inviter aussi les personnes que l'on entend peu",
                de="Auch die Menschen einladen, die man selten hört",
                lb="Och d'Leit invitéieren, déi een seelen héiert",
                en="Also invite the people who are rarely heard",
                pt="Convidar também as pessoas que raramente são ouvidas",
            ),
        ],
        "involved": [
            person(
                COORDINATOR,
                T(
                    fr="organise les contacts",
                    de="organisiert die Kontakte",
                    lb="organiséiert d'Kontakter",
                    en="organises the contacts",
                    pt="organiza os contactos",
                ),
            ),
            person(
                RESIDENTS,
                T(
                    fr="apportent leur expérience",
                    de="bringen ihre Erfahrung ein",
                    lb="bréngen hir Erfarung an",
                    en="bring their experience",
                    pt="trazem a sua experiência",
                ),
            ),
            person(
                SERVICES,
                T(
                    fr="partagent ce qu'ils savent",
                    de="teilen ihr Wissen",
                    lb="deelen hiert Wëssen",
                    en="share what they know",
                    pt="partilham o que sabem",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Une liste des acteurs et de leurs contacts",
                de="Eine Liste der Akteure und ihrer Kontakte",
                lb="Eng Lëscht vun den Akteuren an hire Kontakter",
                en="A list of the actors and their contacts",
                pt="Uma lista dos atores e dos seus contactos",
            ),
            T(
                fr="Des personnes prêtes à s'engager",
                de="Menschen, die mitmachen wollen",
                lb="Leit, déi wëlle matmaachen",
                en="People ready to get involved",
                pt="Pessoas prontas a participar",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : proposez des réunions à des heures différentes et prévoyez une interprétation.</p>",
            de="<p>Gute Praxis: Bieten Sie Treffen zu verschiedenen Uhrzeiten an und sehen Sie eine Verdolmetschung "
            "vor.</p>",
            lb="<p>Gutt Praxis: Proposéiert Versammlungen zu verschiddenen Zäiten a plangt eng Iwwersetzung an.</p>",
            en="<p>Good practice: offer meetings at different times of day and plan for interpreting.</p>",
            pt="<p>Boa prática: proponha reuniões a diferentes horas do dia e preveja interpretação.</p>",
        ),
        "documents": [],
    },
    {
        "number": 3,
        "phase": 1,
        "slug": T(fr="etape-3", de="schritt-3", lb="schrett-3", en="step-3", pt="etapa-3"),
        "title": T(
            fr="Mettre en place le comité de pilotage",
            de="Die Steuerungsgruppe einsetzen",
            lb="De Steierungscomité asetzen",
            en="Setting up the steering committee",
            pt="Criar o comité de pilotagem",
        ),
        "summary": T(
            fr="Un petit groupe représentatif suit la démarche du début à la fin.",
            de="Eine kleine, repräsentative Gruppe begleitet den Prozess vom Anfang bis zum Ende.",
            lb="E klenge representative Grupp begleet de Prozess vum Ufank bis zum Schluss.",
            en="A small, representative group follows the process from start to finish.",
            pt="Um grupo pequeno e representativo acompanha o processo do início ao fim.",
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
            pt="<p>O comité de pilotagem toma as decisões práticas, cumpre o calendário e presta contas ao conselho "
            "comunal.</p>",
        ),
        "checklist": [
            T(
                fr="Choisir les membres : élus, services, associations, habitants",
                de="Die Mitglieder wählen: Gewählte, Dienste, Vereine, Einwohner",
                lb="D'Memberen auswielen: Gewielten, Servicer, Veräiner, Awunner",
                en="Choose the members: councillors, services, associations, residents",
                pt="Escolher os membros: eleitos, serviços, associações, habitantes",
            ),
            T(
                fr="Écrire le rôle du comité et sa façon de décider",
                de="Die Aufgabe der Gruppe und ihre Entscheidungsweise aufschreiben",
                lb="D'Roll vum Comité an seng Aart ze decidéieren opschreiwen",
                en="Write down the committee's role and how it decides",
                pt="Escrever o papel do comité e a forma como decide",
            ),
            T(
                fr="Fixer les dates des réunions pour l'année",
                de="Die Sitzungstermine für das Jahr festlegen",
                lb="D'Datume vun de Reuniounen fir d'Joer festleeën",
                en="Set the meeting dates for the year",
                pt="Marcar as datas das reuniões do ano",
            ),
        ],
        "involved": [
            person(
                STEERING,
                T(
                    fr="suit la démarche",
                    de="begleitet den Prozess",
                    lb="begleet de Prozess",
                    en="follows the process",
                    pt="acompanha o processo",
                ),
            ),
            person(
                COMMISSION,
                T(
                    fr="y est représentée",
                    de="ist darin vertreten",
                    lb="ass dran vertrueden",
                    en="is represented on it",
                    pt="está representada nele",
                ),
            ),
        ],
        "outcomes": [
            T(
                fr="Un comité de pilotage avec un mandat écrit",
                de="Eine Steuerungsgruppe mit schriftlichem Auftrag",
                lb="E Steierungscomité mat engem schrëftleche Mandat",
                en="A steering committee with a written mandate",
                pt="Um comité de pilotagem com um mandato escrito",
            ),
            T(
                fr="Un calendrier de travail",
                de="Ein Arbeitszeitplan",
                lb="En Aarbechtszäitplang",
                en="A working schedule",
                pt="Um calendário de trabalho",
            ),
        ],
        "tips": R(
            fr="<p>Bonne pratique : un comité de huit à douze personnes reste facile à réunir.</p>",
            de="<p>Gute Praxis: Eine Gruppe von acht bis zwölf Personen lässt sich leicht zusammenrufen.</p>",
            lb="<p>Gutt Praxis: E Comité vun aacht bis zwielef Persounen ass einfach zesummenzeruffen.</p>",
            en="<p>Good practice: a committee of eight to twelve people is easy to bring together.</p>",
            pt="<p>Boa prática: um comité de oito a doze pessoas é fácil de reunir.</p>",
        ),
        "documents": [],
    },
]
