"""The guide's pages on the legal frame and on support and funding, with their sources."""

from demo.pci_guide.pages import heading, paragraph
from demo.toolkit import R, T

LAW_SOURCES = [
    (
        "https://www.chd.lu/de/node/1445",
        T(
            fr="Chambre des députés : projet de loi 8155",
            de="Abgeordnetenkammer: Gesetzentwurf 8155",
            lb="Chamber: Gesetzesprojet 8155",
            en="Chamber of Deputies: bill 8155",
            pt="Câmara dos Deputados: projeto de lei 8155",
        ),
    ),
    (
        "https://ronnendesch.lu/loi-du-vivre-ensemble-interculturel",
        T(
            fr="Ronnen Dësch : la loi du vivre-ensemble interculturel",
            de="Ronnen Dësch: das Gesetz über das interkulturelle Zusammenleben (auf Französisch)",
            lb="Ronnen Dësch: d'Gesetz iwwer dat interkulturellt Zesummeliewen (op Franséisch)",
            en="Ronnen Dësch: the law on intercultural living together (in French)",
            pt="Ronnen Dësch: a lei da convivência intercultural (em francês)",
        ),
    ),
    (
        "https://mfsva.gouvernement.lu/fr/actualites.gouvernement%2Bfr%2Bactualites%2Btoutes_actualites%2Bcommuniques"
        "%2B2024%2B03-mars%2B29-hahn-gemengepakt.html",
        T(
            fr="Ministère : signature des premiers pactes communaux (mars 2024)",
            de="Ministerium: Unterzeichnung der ersten Gemeindepakte (März 2024, auf Französisch)",
            lb="Ministère: Ënnerschrëft vun den éischte Gemengepakten (Mäerz 2024, op Franséisch)",
            en="Ministry: the first communal pacts signed (March 2024, in French)",
            pt="Ministério: assinatura dos primeiros pactos comunais (março de 2024, em francês)",
        ),
    ),
]


def _source_list(sources) -> R:
    def items(language):
        return "".join(f'<li><a href="{url}">{title[language]}</a></li>' for url, title in sources)

    return R(
        fr=f"<ul>{items('fr')}</ul>",
        de=f"<ul>{items('de')}</ul>",
        lb=f"<ul>{items('lb')}</ul>",
        en=f"<ul>{items('en')}</ul>",
        pt=f"<ul>{items('pt')}</ul>",
    )


LEGAL = {
    "title": T(
        fr="Le cadre légal : le pacte communal",
        de="Der rechtliche Rahmen: der Gemeindepakt",
        lb="De gesetzleche Kader: de Gemengepakt",
        en="The legal frame: the communal pact",
        pt="O quadro legal: o pacto comunal",
    ),
    "slug": T(fr="cadre-legal", de="rechtlicher-rahmen", lb="gesetzleche-kader", en="legal-frame", pt="quadro-legal"),
    "intro": T(
        fr="Depuis le 1er janvier 2024, une nouvelle loi encadre le vivre-ensemble dans les communes. "
        "Voici ce qu'elle change pour votre plan.",
        de="Seit dem 1. Januar 2024 regelt ein neues Gesetz das Zusammenleben in den Gemeinden. "
        "Das ändert sich für Ihren Plan.",
        lb="Zënter dem 1. Januar 2024 regelt en neit Gesetz dat Zesummeliewen an de Gemengen. "
        "Dat ännert sech fir Äre Plang.",
        en="Since 1 January 2024, a new law frames living together in the communes. "
        "Here is what it changes for your plan.",
        pt="Desde 1 de janeiro de 2024, uma nova lei enquadra a convivência nas comunas. Eis o que muda para o seu "
        "plano.",
    ),
    "body": [
        heading(
            T(
                fr="La loi du 23 août 2023",
                de="Das Gesetz vom 23. August 2023",
                lb="D'Gesetz vum 23. August 2023",
                en="The law of 23 August 2023",
                pt="A lei de 23 de agosto de 2023",
            )
        ),
        paragraph(
            R(
                fr="<p>La loi du 23 août 2023 relative au vivre-ensemble interculturel est entrée en vigueur le "
                "1er janvier 2024. Elle remplace la loi de 2008 sur l'intégration des étrangers. Elle parle de "
                "« vivre-ensemble interculturel » plutôt que d'« intégration » et concerne les résidents comme les "
                "travailleurs frontaliers.</p>"
                "<p>Elle le définit comme un processus participatif, dynamique et continu qui permet à toutes les "
                "personnes qui vivent ou travaillent au Luxembourg de vivre, travailler et décider ensemble.</p>",
                de="<p>Das Gesetz vom 23. August 2023 über das interkulturelle Zusammenleben ist am 1. Januar 2024 in "
                "Kraft getreten. Es ersetzt das Gesetz von 2008 über die Integration der Ausländer. Es spricht von "
                "„interkulturellem Zusammenleben“ statt von „Integration“ und betrifft Einwohner wie Grenzgänger.</p>"
                "<p>Es beschreibt das Zusammenleben als einen partizipativen, dynamischen und fortlaufenden Prozess, "
                "der allen Menschen, die in Luxemburg leben oder arbeiten, erlaubt, zusammen zu leben, zu arbeiten "
                "und zu entscheiden.</p>",
                lb="<p>D'Gesetz vum 23. August 2023 iwwer dat interkulturellt Zesummeliewen ass den 1. Januar 2024 a "
                "Kraaft getrueden. Et ersetzt d'Gesetz vun 2008 iwwer d'Integratioun vun den Auslänner. Et schwätzt "
                "vum „interkulturellen Zesummeliewen“ amplaz vun „Integratioun“ a betrëfft Awunner wéi "
                "Frontalieren.</p>"
                "<p>Et beschreift dat Zesummeliewen als e partizipativen, dynameschen a kontinuéierleche Prozess, "
                "deen alle Leit, déi zu Lëtzebuerg liewen oder schaffen, erlaabt, zesummen ze liewen, ze schaffen an "
                "ze decidéieren.</p>",
                en="<p>The law of 23 August 2023 on intercultural living together came into force on 1 January 2024. "
                "It replaces the 2008 law on the integration of foreigners. It speaks of “intercultural living "
                "together” rather than “integration”, and covers residents and cross-border workers alike.</p>"
                "<p>It describes it as a participatory, dynamic and continuous process that lets everyone who lives "
                "or works in Luxembourg live, work and decide together.</p>",
                pt="<p>A lei de 23 de agosto de 2023 relativa à convivência intercultural entrou em vigor a 1 de "
                "janeiro de 2024. Substitui a lei de 2008 sobre a integração dos estrangeiros. Fala de "
                "«convivência intercultural» em vez de «integração» e abrange tanto os residentes como os "
                "trabalhadores transfronteiriços.</p><p>Descreve-a como um processo participativo, dinâmico e "
                "contínuo que permite a todas as pessoas que vivem ou trabalham no Luxemburgo viver, trabalhar e "
                "decidir em conjunto.</p>",
            )
        ),
        heading(
            T(
                fr="Le pacte communal (Gemengepakt)",
                de="Der Gemeindepakt (Gemengepakt)",
                lb="De Gemengepakt",
                en="The communal pact (Gemengepakt)",
                pt="O pacto comunal (Gemengepakt)",
            )
        ),
        paragraph(
            R(
                fr="<p>La loi prévoit quatre instruments : un plan d'action national, un pacte citoyen pour chaque "
                "personne (Biergerpakt), un programme du vivre-ensemble interculturel et un pacte communal pour les "
                "communes (Gemengepakt).</p>"
                "<p>Le pacte communal est l'instrument des communes. Ses idées clés sont l'accès à l'information, la "
                "lutte contre le racisme et la participation citoyenne. Les premières communes l'ont signé le "
                "27 mars 2024.</p>",
                de="<p>Das Gesetz sieht vier Instrumente vor: einen nationalen Aktionsplan, einen Bürgerpakt für jede "
                "Person (Biergerpakt), ein Programm für das interkulturelle Zusammenleben und einen Gemeindepakt für "
                "die Gemeinden (Gemengepakt).</p>"
                "<p>Der Gemeindepakt ist das Instrument der Gemeinden. Seine Leitideen sind der Zugang zu "
                "Informationen, der Kampf gegen Rassismus und die Bürgerbeteiligung. Die ersten Gemeinden haben ihn "
                "am 27. März 2024 unterzeichnet.</p>",
                lb="<p>D'Gesetz gesäit véier Instrumenter vir: en nationalen Aktiounsplang, e Biergerpakt fir all "
                "Persoun, e Programm fir dat interkulturellt Zesummeliewen an e Gemengepakt fir d'Gemengen.</p>"
                "<p>De Gemengepakt ass d'Instrument vun de Gemengen. Seng Haaptiddie sinn den Accès op "
                "Informatiounen, de Kampf géint de Rassismus an d'Bierger-Participatioun. Déi éischt Gemengen hunn e "
                "de 27. Mäerz 2024 ënnerschriwwen.</p>",
                en="<p>The law sets out four instruments: a national action plan, a citizens' pact for each person "
                "(Biergerpakt), a programme for intercultural living together, and a communal pact for the communes "
                "(Gemengepakt).</p>"
                "<p>The communal pact is the communes' instrument. Its key ideas are access to information, the fight "
                "against racism, and citizen participation. The first communes signed it on 27 March 2024.</p>",
                pt="<p>A lei prevê quatro instrumentos: um plano de ação nacional, um pacto cidadão para cada pessoa "
                "(Biergerpakt), um programa de convivência intercultural e um pacto comunal para as comunas "
                "(Gemengepakt).</p><p>O pacto comunal é o instrumento das comunas. As suas ideias principais são "
                "o acesso à informação, a luta contra o racismo e a participação cidadã. As primeiras comunas "
                "assinaram-no a 27 de março de 2024.</p>",
            )
        ),
        heading(
            T(
                fr="Et le plan communal d'intégration ?",
                de="Und der kommunale Integrationsplan?",
                lb="An de kommunalen Integratiounsplang?",
                en="And the communal integration plan?",
                pt="E o plano comunal de integração?",
            )
        ),
        paragraph(
            R(
                fr="<p>Avant la loi, les communes élaboraient un plan communal d'intégration, avec le guide "
                "pratique du "
                "SYVICOL et du ministère. Depuis 2021, elles commençaient par signer le « Pakt vum Zesummeliewen » : "
                "18 communes pilotes l'ont fait. Le pacte communal prolonge cette démarche.</p>"
                "<p>Les 10 étapes de ce guide restent donc une bonne méthode pour préparer et faire vivre le pacte "
                "communal. Attention : le pacte communal concerne les communes, le pacte citoyen concerne les "
                "personnes.</p>"
                "<p>Dans chaque commune, la commission communale du vivre-ensemble interculturel remplace l'ancienne "
                "commission consultative d'intégration (CCCI).</p>",
                de="<p>Vor dem Gesetz arbeiteten die Gemeinden einen kommunalen Integrationsplan aus, mit dem "
                "praktischen Leitfaden von SYVICOL und Ministerium. Seit 2021 begannen sie mit der Unterzeichnung des "
                "„Pakt vum Zesummeliewen“: 18 Pilotgemeinden haben das getan. Der Gemeindepakt führt diesen Weg "
                "fort.</p>"
                "<p>Die 10 Schritte dieses Leitfadens bleiben also eine gute Methode, um den Gemeindepakt "
                "vorzubereiten und mit Leben zu füllen. Achtung: Der Gemeindepakt betrifft die Gemeinden, der "
                "Bürgerpakt betrifft die einzelnen Menschen.</p>"
                "<p>In jeder Gemeinde ersetzt die Gemeindekommission für das interkulturelle Zusammenleben die "
                "frühere beratende Integrationskommission (CCCI).</p>",
                lb="<p>Virum Gesetz hunn d'Gemengen e kommunalen Integratiounsplang ausgeschafft, mam prakteschen "
                "Guide vum SYVICOL an dem Ministère. Zënter 2021 hu se ugefaang, de „Pakt vum Zesummeliewen“ "
                "z'ënnerschreiwen: "
                "18 Pilotgemengen hunn dat gemaach. De Gemengepakt féiert dee Wee weider.</p>"
                "<p>Déi 10 Schrëtt vun dësem Guide bleiwen also eng gutt Method, fir de Gemengepakt virzebereeden an "
                "ze liewen. Opgepasst: De Gemengepakt betrëfft d'Gemengen, de Biergerpakt betrëfft déi eenzel "
                "Leit.</p>"
                "<p>An all Gemeng ersetzt d'Gemengekommissioun fir dat interkulturellt Zesummeliewen déi fréier "
                "berodend Integratiounskommissioun (CCCI).</p>",
                en="<p>Before the law, communes drew up a communal integration plan, with the practical guide from "
                "SYVICOL and the ministry. From 2021, they started by signing the “Pakt vum Zesummeliewen”: 18 pilot "
                "communes did so. The communal pact carries this approach forward.</p>"
                "<p>So the 10 steps of this guide remain a good method to prepare the communal pact and bring it to "
                "life. Note: the communal pact is for communes; the citizens' pact is for individuals.</p>"
                "<p>In each commune, the communal commission for intercultural living together replaces the former "
                "consultative integration commission (CCCI).</p>",
                pt="<p>Antes da lei, as comunas elaboravam um plano comunal de integração, com o guia prático do "
                "SYVICOL e do ministério. A partir de 2021, começaram por assinar o «Pakt vum Zesummeliewen»: 18 "
                "comunas-piloto fizeram-no. O pacto comunal dá continuidade a esta abordagem.</p><p>Por isso, as "
                "10 etapas deste guia continuam a ser um bom método para preparar o pacto comunal e lhe dar vida. "
                "Atenção: o pacto comunal é para as comunas; o pacto cidadão é para as pessoas.</p><p>Em cada "
                "comuna, a comissão comunal da convivência intercultural substitui a antiga comissão consultiva "
                "de integração (CCCI).</p>",
            )
        ),
        heading(T(fr="Sources", de="Quellen", lb="Quellen", en="Sources", pt="Fontes")),
        paragraph(_source_list(LAW_SOURCES)),
    ],
}

ASTI_URL = "https://www.asti.lu/agence-interculturelle/"

SUPPORT = {
    "title": T(
        fr="Soutien et financement",
        de="Unterstützung und Finanzierung",
        lb="Ënnerstëtzung a Finanzéierung",
        en="Support and funding",
        pt="Apoio e financiamento",
    ),
    "slug": T(
        fr="soutien-financement",
        de="unterstuetzung-finanzierung",
        lb="ennerstetzung-finanzeierung",
        en="support-funding",
        pt="apoio-financiamento",
    ),
    "intro": T(
        fr="Vous n'êtes pas seuls : plusieurs acteurs accompagnent les communes qui élaborent leur plan ou leur "
        "pacte communal.",
        de="Sie sind nicht allein: Mehrere Akteure begleiten die Gemeinden, die ihren Plan oder ihren "
        "Gemeindepakt ausarbeiten.",
        lb="Dir sidd net eleng: E puer Akteuren begleeden d'Gemengen, déi hire Plang oder hire Gemengepakt "
        "ausschaffen.",
        en="You are not alone: several actors support communes that are drawing up their plan or communal pact.",
        pt="Não está sozinho: vários atores apoiam as comunas que estão a elaborar o seu plano ou pacto comunal.",
    ),
    "body": [
        heading(
            T(
                fr="Un accompagnement institutionnel",
                de="Institutionelle Begleitung",
                lb="Institutionell Begleedung",
                en="Institutional support",
                pt="Apoio institucional",
            )
        ),
        paragraph(
            R(
                fr="<p>Le SYVICOL et le ministère chargé de l'intégration proposent un guide pratique aux communes qui "
                "élaborent un plan communal d'intégration. Une circulaire du ministère de l'Intérieur (n° 3358) "
                "concerne aussi l'élaboration de ce plan.</p>",
                de="<p>SYVICOL und das für Integration zuständige Ministerium bieten den Gemeinden, die einen "
                "kommunalen Integrationsplan ausarbeiten, einen praktischen Leitfaden an. Ein Rundschreiben des "
                "Innenministeriums (Nr. 3358) betrifft ebenfalls die Ausarbeitung dieses Plans.</p>",
                lb="<p>De SYVICOL an de Ministère, deen fir d'Integratioun zoustänneg ass, bidden de Gemengen, déi e "
                "kommunalen Integratiounsplang ausschaffen, e prakteschen Guide un. E Bréif vum Inneministère "
                "(Nr. 3358) betrëfft och d'Ausschaffe vun dësem Plang.</p>",
                en="<p>SYVICOL and the ministry in charge of integration offer a practical guide to communes that draw "
                "up a communal integration plan. A circular from the Ministry of the Interior (no. 3358) also concerns "
                "drawing up this plan.</p>",
                pt="<p>O SYVICOL e o ministério responsável pela integração oferecem um guia prático às comunas que "
                "elaboram um plano comunal de integração. Uma circular do Ministério do Interior (n.º 3358) diz "
                "também respeito à elaboração deste plano.</p>",
            )
        ),
        heading(
            T(
                fr="L'agence interculturelle",
                de="Die interkulturelle Agentur",
                lb="Déi interkulturell Agence",
                en="The intercultural agency",
                pt="A agência intercultural",
            )
        ),
        paragraph(
            R(
                fr="<p>L'Agence interculturelle de l'ASTI soutient les communes, leurs commissions et les acteurs "
                "locaux. Par une convention avec le ministère, elle assure le suivi technique des communes du Pakt vum "
                "Zesummeliewen, un service d'interprétariat oral et un guichet d'information pour les personnes "
                f'migrantes (<a href="{ASTI_URL}">site de l\'Agence interculturelle</a>).</p>',
                de="<p>Die Interkulturelle Agentur der ASTI unterstützt die Gemeinden, ihre Kommissionen und die "
                "lokalen "
                "Akteure. Über eine Konvention mit dem Ministerium übernimmt sie die technische Begleitung der "
                "Gemeinden des Pakt vum Zesummeliewen, einen mündlichen Dolmetschdienst und einen Informationsschalter "
                f'für Migranten (<a href="{ASTI_URL}">Website der Interkulturellen Agentur</a>).</p>',
                lb="<p>D'Agence interculturelle vun der ASTI ënnerstëtzt d'Gemengen, hir Kommissiounen an déi lokal "
                "Akteuren. Duerch eng Konventioun mam Ministère këmmert se sech ëm den technesche Suivi vun de Gemenge "
                "vum Pakt vum Zesummeliewen, e mëndlechen Dolmetschservice an e Guichet mat Informatioune fir "
                f'Migranten (<a href="{ASTI_URL}">Websäit vun der Agence interculturelle</a>).</p>',
                en="<p>The ASTI's intercultural agency supports communes, their commissions and local actors. Under an "
                "agreement with the ministry, it provides technical follow-up for the Pakt vum Zesummeliewen "
                "communes, an oral interpreting service and an information desk for migrants "
                f'(<a href="{ASTI_URL}">the intercultural agency\'s website</a>).</p>',
                pt="<p>A agência intercultural da ASTI apoia as comunas, as suas comissões e os atores locais. Ao "
                "abrigo de uma convenção com o ministério, assegura o acompanhamento técnico das comunas do Pakt vum "
                "Zesummeliewen, um serviço de interpretação oral e um balcão de informação para migrantes "
                f'(<a href="{ASTI_URL}">site da agência intercultural</a>).</p>',
            )
        ),
        heading(
            T(
                fr="Chefs de projet et experts",
                de="Projektleiter und Fachleute",
                lb="Projetsleeder an Experten",
                en="Project managers and experts",
                pt="Chefes de projeto e peritos",
            )
        ),
        paragraph(
            R(
                fr="<p>Exemple : la Ville de Luxembourg a préparé son plan de 2016 avec le CEFIS. Bonne pratique : "
                "parlez avec une commune qui a déjà fait la démarche. La page « Où en sont les communes » vous aide à "
                "en trouver une près de chez vous.</p>",
                de="<p>Beispiel: Die Stadt Luxemburg hat ihren Plan von 2016 mit dem CEFIS vorbereitet. Gute Praxis: "
                "Sprechen Sie mit einer Gemeinde, die den Weg schon gegangen ist. Die Seite „Wo die Gemeinden stehen“ "
                "hilft Ihnen, eine in Ihrer Nähe zu finden.</p>",
                lb="<p>Beispill: D'Stad Lëtzebuerg huet hire Plang vun 2016 mam CEFIS preparéiert. Gutt Praxis: "
                "Schwätzt mat enger Gemeng, déi de Wee scho gaangen ass. D'Säit „Wou d'Gemenge stinn“ hëlleft Iech, "
                "eng an Ärer Noperschaft ze fannen.</p>",
                en="<p>Example: the City of Luxembourg prepared its 2016 plan with CEFIS. Good practice: talk to a "
                "commune that has already been through the process. The page “Where the communes stand” helps you "
                "find one near you.</p>",
                pt="<p>Exemplo: a Cidade do Luxemburgo preparou o seu plano de 2016 com o CEFIS. Boa prática: fale "
                "com uma comuna que já passou pelo processo. A página «Em que ponto estão as comunas» ajuda-o a "
                "encontrar uma perto de si.</p>",
            )
        ),
        heading(T(fr="Financement", de="Finanzierung", lb="Finanzéierung", en="Funding", pt="Financiamento")),
        paragraph(
            R(
                fr="<p>Les appels à projets et les aides changent d'une année à l'autre. Ce portail ne publie donc ni "
                "montant ni date limite : demandez au helpdesk et à l'agence interculturelle quels appels sont "
                "ouverts et comment présenter un projet.</p>",
                de="<p>Projektaufrufe und Beihilfen ändern sich von Jahr zu Jahr. Dieses Portal veröffentlicht daher "
                "weder Beträge noch Fristen: Fragen Sie den Helpdesk und die interkulturelle Agentur, welche Aufrufe "
                "offen sind und wie man ein Projekt einreicht.</p>",
                lb="<p>Projetsopruffen an Hëllefen änneren sech vun engem Joer op dat anert. Dëse Portal publizéiert "
                "dofir weder Montanten nach Delaien: Frot den Helpdesk an d'Agence interculturelle, wéi eng Opruffen "
                "op sinn a wéi ee e Projet araicht.</p>",
                en="<p>Calls for projects and grants change from year to year, so this portal publishes no amounts or "
                "deadlines: ask the helpdesk and the intercultural agency which calls are open and how to apply.</p>",
                pt="<p>Os concursos de projetos e os subsídios mudam de ano para ano, por isso este portal não "
                "publica montantes nem prazos: pergunte ao helpdesk e à agência intercultural que concursos estão "
                "abertos e como se candidatar.</p>",
            )
        ),
        {
            "type": "contact",
            "value": {
                "name": T(
                    fr="Helpdesk Integratioun",
                    de="Helpdesk Integratioun",
                    lb="Helpdesk Integratioun",
                    en="Helpdesk Integratioun",
                    pt="Helpdesk Integratioun",
                ),
                "role": T(
                    fr="Premier contact des communes pour le plan et le pacte communal",
                    de="Erster Ansprechpartner der Gemeinden für den Plan und den Gemeindepakt",
                    lb="Éischte Kontakt vun de Gemenge fir de Plang an de Gemengepakt",
                    en="First point of contact for communes on the plan and the communal pact",
                    pt="Primeiro ponto de contacto das comunas sobre o plano e o pacto comunal",
                ),
                "phone": "",
                "email": "helpdesk-integratioun@example.org",
                "address": "",
                "hours": "",
            },
        },
    ],
}
