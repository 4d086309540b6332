"""“Vivre ensemble dans la commune”: an overview of integration at the local level.

The PCI, the Pakt vum Zesummeliewen, the law of 23 August 2023 and the communal pact, with facts
from the shared reference file on communal integration planning only. The full PCI guide is the
pci_guide app's; this page stays an overview.
"""

from demo.toolkit import R, T

SOURCE_PCI = (
    "https://mfamigr.gouvernement.lu/de/le-ministere/attributions/integration/niveau-communal/plan-communal.html"
)
SOURCE_VDL = "https://city.vdl.lu/fr/2016/02/29/luxembourg-ville-du-vivre-ensemble/"
SOURCE_PAKT = (
    "https://mfamigr.gouvernement.lu/de/actualites.gouvernement%2Bde%2Bactualites%2Btoutes_actualites"
    "%2Bcommuniques%2B2021%2B07-juillet%2B06-pakt-zesummeliewen.html"
)
SOURCE_LAW = "https://www.chd.lu/de/node/1445"
SOURCE_INSTRUMENTS = "https://lequotidien.lu/politique-societe/le-vivre-ensemble-interculturel-et-ses-instruments"
SOURCE_GEMENGEPAKT = (
    "https://mfsva.gouvernement.lu/fr/actualites.gouvernement%2Bfr%2Bactualites%2Btoutes_actualites"
    "%2Bcommuniques%2B2024%2B03-mars%2B29-hahn-gemengepakt.html"
)
SOURCE_GEMENGEPAKT_SEPTEMBER = (
    "https://gouvernement.lu/fr/actualites/toutes_actualites/communiques/2024/09-septembre/20-hahn-pacte-communal.html"
)

FIRST_SIGNATORIES = (
    "Bettembourg, Differdange, Hesperange, Junglinster, Kehlen, Leudelange, Niederanven, Roeser, Sanem, "
    "Schuttrange, Steinfort, Strassen, Wiltz"
)


def _heading(text: T) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def page(*, contact: dict) -> dict:
    """The page's data; ``contact`` is the helpdesk's contact card."""
    return {
        "title": T(
            fr="Vivre ensemble dans la commune",
            de="Zusammenleben in der Gemeinde",
            lb="Zesummeliewen an der Gemeng",
            en="Living together in your municipality",
            pt="Viver em conjunto na sua comuna",
        ),
        "slug": T(
            fr="vivre-ensemble-dans-la-commune",
            de="zusammenleben-in-der-gemeinde",
            lb="zesummeliewen-an-der-gemeng",
            en="living-together-in-your-municipality",
            pt="viver-em-conjunto-na-sua-comuna",
        ),
        "intro": T(
            fr="Dans nos communes vivent des personnes venues de nombreux pays. Le vivre-ensemble se construit "
            "d'abord près de chez soi. Voici les outils dont disposent les communes, en bref.",
            de="In unseren Gemeinden leben Menschen aus vielen Ländern. Das Zusammenleben entsteht zuerst vor "
            "der eigenen Haustür. Hier finden Sie kurz erklärt, welche Werkzeuge die Gemeinden dafür haben.",
            lb="An eise Gemenge wunne Leit aus ville Länner. D'Zesummeliewen entsteet als éischt do, wou ee "
            "wunnt. Hei fannt Dir kuerz erkläert, wéi eng Instrumenter d'Gemengen dofir hunn.",
            en="People from many countries live in our municipalities. Living together starts close to home. "
            "Here is a short overview of the tools municipalities have for it.",
            pt="Nas nossas comunas vivem pessoas de muitos países. Viver em conjunto começa perto de casa. "
            "Eis um breve resumo dos instrumentos que as comunas têm para isso.",
        ),
        "show_in_menus": True,
        "body": [
            _heading(
                T(
                    fr="Le plan communal d'intégration (PCI)",
                    de="Der kommunale Integrationsplan (PCI)",
                    lb="De kommunalen Integratiounsplang (PCI)",
                    en="The communal integration plan (PCI)",
                    pt="O plano comunal de integração (PCI)",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Le PCI est un outil politique pour organiser l'intégration au niveau local. Il couvre "
                    "tous les domaines de la vie dans la commune, pour une commune ou un groupe de communes. Il "
                    "va plus loin que des actions isolées : il part des besoins des habitants et de leurs élus "
                    "et fait participer le plus grand nombre possible d'acteurs "
                    f'(<a href="{SOURCE_PCI}">source</a>).</p>'
                    "<p>Le SYVICOL et le ministère chargé de l'intégration proposent aux communes un guide "
                    "pratique pour établir leur PCI. Un exemple : en 2016, la Ville de Luxembourg a préparé son "
                    "PCI avec le CEFIS, après cinq soirées thématiques ouvertes au public "
                    f'(<a href="{SOURCE_VDL}">source</a>).</p>',
                    de="<p>Der PCI ist ein politisches Instrument, um die Integration vor Ort zu gestalten. Er "
                    "umfasst alle Bereiche des Lebens in der Gemeinde, für eine Gemeinde oder eine Gruppe von "
                    "Gemeinden. Er geht über einzelne Aktionen hinaus: Er geht von den Bedürfnissen der "
                    "Einwohner und ihrer gewählten Vertreter aus und bezieht möglichst viele Akteure ein "
                    f'(<a href="{SOURCE_PCI}">Quelle</a>).</p>'
                    "<p>Der SYVICOL und das für Integration zuständige Ministerium bieten den Gemeinden einen "
                    "praktischen Leitfaden für ihren PCI an. Ein Beispiel: 2016 hat die Stadt Luxemburg ihren "
                    "PCI mit dem CEFIS erarbeitet, nach fünf öffentlichen Themenabenden "
                    f'(<a href="{SOURCE_VDL}">Quelle</a>).</p>',
                    lb="<p>De PCI ass e politescht Instrument, fir d'Integratioun op lokalem Niveau ze "
                    "organiséieren. En deckt all d'Beräicher vum Liewen an der Gemeng of, fir eng Gemeng oder e "
                    "Grupp vu Gemengen. E geet méi wäit wéi eenzel Aktiounen: E geet vun de Besoine vun den "
                    "Awunner an hire gewielte Vertrieder aus a bezitt esou vill Acteure wéi méiglech mat an "
                    f'(<a href="{SOURCE_PCI}">Quell</a>).</p>'
                    "<p>De SYVICOL an dat Ministère, dat fir d'Integratioun zoustänneg ass, bidden de Gemengen "
                    "e praktesche Guide fir hire PCI un. E Beispill: 2016 huet d'Stad Lëtzebuerg hire PCI mam "
                    "CEFIS ausgeschafft, no fënnef ëffentlechen Owender zu verschiddenen Themen "
                    f'(<a href="{SOURCE_VDL}">Quell</a>).</p>',
                    en="<p>The PCI is a political tool for organising integration at local level. It covers "
                    "every area of life in the municipality, for one municipality or a group of them. It goes "
                    "further than one-off actions: it starts from the needs of residents and their elected "
                    "representatives and involves as many local players as possible "
                    f'(<a href="{SOURCE_PCI}">source</a>).</p>'
                    "<p>SYVICOL and the ministry responsible for integration offer municipalities a practical "
                    "guide to drawing up their PCI. One example: in 2016, the City of Luxembourg prepared its "
                    "PCI with CEFIS, after five themed evenings open to the public "
                    f'(<a href="{SOURCE_VDL}">source</a>).</p>',
                    pt="<p>O PCI é um instrumento político para organizar a integração a nível local. "
                    "Abrange todas as áreas da vida na comuna, para uma comuna ou para um grupo de "
                    "comunas. Vai mais longe do que ações isoladas: parte das necessidades dos habitantes "
                    "e dos seus representantes eleitos e envolve o maior número possível de atores locais "
                    f'(<a href="{SOURCE_PCI}">fonte</a>).</p><p>O SYVICOL e o ministério responsável pela '
                    "integração oferecem às comunas um guia prático para elaborarem o seu PCI. Um "
                    "exemplo: em 2016, a Cidade do Luxemburgo preparou o seu PCI com o CEFIS, depois de "
                    f'cinco serões temáticos abertos ao público (<a href="{SOURCE_VDL}">fonte</a>).</p>',
                ),
            },
            _heading(
                T(
                    fr="Le Pakt vum Zesummeliewen",
                    de="Der Pakt vum Zesummeliewen",
                    lb="De Pakt vum Zesummeliewen",
                    en="The Pakt vum Zesummeliewen",
                    pt="O Pakt vum Zesummeliewen",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>En 2021, l'approche du PCI a été revue. Les communes commencent désormais par signer "
                    "le « Pakt vum Zesummeliewen » (pacte du vivre-ensemble), centré sur la participation, "
                    "l'inclusion et la communication. Dix-huit communes ont testé cette démarche en 2021 : Wiltz, "
                    "le syndicat « Réidener Kanton » et Mertzig ont signé les premiers en avril, et Junglinster a "
                    f'été la dernière commune pilote, le 5 juillet 2021 (<a href="{SOURCE_PAKT}">source</a>).</p>',
                    de="<p>2021 wurde der Ansatz des PCI überarbeitet. Die Gemeinden unterzeichnen jetzt zuerst "
                    "den „Pakt vum Zesummeliewen“ (Pakt für das Zusammenleben), der sich auf Teilhabe, Inklusion "
                    "und Kommunikation konzentriert. Achtzehn Gemeinden haben dieses Vorgehen 2021 erprobt: "
                    "Wiltz, das Gemeindesyndikat „Réidener Kanton“ und Mertzig unterschrieben als Erste im April, "
                    "Junglinster war am 5. Juli 2021 die letzte Pilotgemeinde "
                    f'(<a href="{SOURCE_PAKT}">Quelle</a>).</p>',
                    lb="<p>2021 gouf d'Approche vum PCI iwwerschafft. D'Gemengen ënnerschreiwen elo als éischt "
                    "de „Pakt vum Zesummeliewen“, deen op Participatioun, Inklusioun a Kommunikatioun setzt. "
                    "Uechtzéng Gemengen hunn dëse Wee 2021 getest: Wolz, de Syndikat „Réidener Kanton“ a "
                    "Mäerzeg hunn am Abrëll als éischt ënnerschriwwen, a Jonglënster war de 5. Juli 2021 déi "
                    f'lescht Pilotgemeng (<a href="{SOURCE_PAKT}">Quell</a>).</p>',
                    en="<p>In 2021 the PCI approach was reworked. Municipalities now start by signing the "
                    "“Pakt vum Zesummeliewen” (pact for living together), which focuses on participation, "
                    "inclusion and communication. Eighteen municipalities tried this approach in 2021: Wiltz, "
                    "the “Réidener Kanton” inter-municipal syndicate and Mertzig signed first, in April, and "
                    "Junglinster was the last pilot municipality, on 5 July 2021 "
                    f'(<a href="{SOURCE_PAKT}">source</a>).</p>',
                    pt="<p>Em 2021, a abordagem do PCI foi revista. As comunas começam agora por assinar o "
                    "“Pakt vum Zesummeliewen” (pacto para viver em conjunto), centrado na participação, "
                    "na inclusão e na comunicação. Dezoito comunas experimentaram esta abordagem em 2021: "
                    "Wiltz, o sindicato intercomunal “Réidener Kanton” e Mertzig foram os primeiros a "
                    "assinar, em abril, e Junglinster foi a última comuna-piloto, a 5 de julho de 2021 "
                    f'(<a href="{SOURCE_PAKT}">fonte</a>).</p>',
                ),
            },
            _heading(
                T(
                    fr="La loi du 23 août 2023",
                    de="Das Gesetz vom 23. August 2023",
                    lb="D'Gesetz vum 23. August 2023",
                    en="The law of 23 August 2023",
                    pt="A lei de 23 de agosto de 2023",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>La loi du 23 août 2023 relative au vivre-ensemble interculturel est en vigueur depuis "
                    "le 1er janvier 2024. Elle remplace la loi de 2008 sur l'intégration des étrangers : "
                    "on ne parle plus d'« intégration » mais de « vivre-ensemble interculturel ». La loi "
                    "concerne toutes les personnes qui vivent ou travaillent au Luxembourg, y compris les "
                    f'frontaliers (<a href="{SOURCE_LAW}">source</a>).</p>'
                    "<p>Elle prévoit quatre instruments :</p>"
                    "<ul><li>un plan d'action national du vivre-ensemble interculturel ;</li>"
                    "<li>le pacte citoyen (« Biergerpakt ») : un engagement moral ouvert à tous les résidents et "
                    "frontaliers, Luxembourgeois compris, qui donne accès au programme ;</li>"
                    "<li>le programme du vivre-ensemble interculturel, qui remplace le contrat d'accueil et "
                    "d'intégration (CAI) et le parcours d'intégration accompagné (PIA) ;</li>"
                    "<li>le pacte communal du vivre-ensemble interculturel (« Gemengepakt »).</li></ul>"
                    "<p>Dans chaque commune, une commission communale du vivre-ensemble interculturel remplace "
                    f"l'ancienne commission consultative d'intégration (<a href=\"{SOURCE_INSTRUMENTS}\">"
                    "source</a>).</p>",
                    de="<p>Das Gesetz vom 23. August 2023 über das interkulturelle Zusammenleben ist seit dem "
                    "1. Januar 2024 in Kraft. Es ersetzt das Gesetz von 2008 über die Integration von Ausländern: "
                    "Statt von „Integration“ spricht man jetzt vom „interkulturellen Zusammenleben“. Das Gesetz "
                    "betrifft alle Menschen, die in Luxemburg leben oder arbeiten, auch Grenzgänger "
                    f'(<a href="{SOURCE_LAW}">Quelle</a>).</p>'
                    "<p>Es sieht vier Instrumente vor:</p>"
                    "<ul><li>einen nationalen Aktionsplan für das interkulturelle Zusammenleben;</li>"
                    "<li>den Bürgerpakt („Biergerpakt“): eine moralische Verpflichtung, offen für alle Einwohner "
                    "und Grenzgänger, auch Luxemburger, die Zugang zum Programm gibt;</li>"
                    "<li>das Programm für das interkulturelle Zusammenleben, das den Aufnahme- und "
                    "Integrationsvertrag (CAI) und den begleiteten Integrationsweg (PIA) ersetzt;</li>"
                    "<li>den Gemeindepakt für das interkulturelle Zusammenleben („Gemengepakt“).</li></ul>"
                    "<p>In jeder Gemeinde ersetzt eine Gemeindekommission für das interkulturelle Zusammenleben "
                    f'die frühere beratende Integrationskommission (<a href="{SOURCE_INSTRUMENTS}">'
                    "Quelle</a>).</p>",
                    lb="<p>D'Gesetz vum 23. August 2023 iwwer dat interkulturellt Zesummeliewen ass zënter dem "
                    "1. Januar 2024 a Kraaft. Et ersetzt d'Gesetz vun 2008 iwwer d'Integratioun vun den "
                    "Auslänner: Amplaz vun „Integratioun“ schwätzt een elo vum „interkulturellen "
                    "Zesummeliewen“. D'Gesetz betrëfft all d'Leit, déi zu Lëtzebuerg wunnen oder schaffen, och "
                    f'd\'Frontalieren (<a href="{SOURCE_LAW}">Quell</a>).</p>'
                    "<p>Et gesäit véier Instrumenter vir:</p>"
                    "<ul><li>en nationalen Aktiounsplang fir dat interkulturellt Zesummeliewen;</li>"
                    "<li>de Biergerpakt: e moralescht Engagement, op fir all Awunner a Frontalieren, och fir "
                    "Lëtzebuerger, deen Zougang zum Programm gëtt;</li>"
                    "<li>de Programm fir dat interkulturellt Zesummeliewen, deen den Empfangs- an "
                    "Integratiounskontrakt (CAI) an de begleeten Integratiounswee (PIA) ersetzt;</li>"
                    "<li>de Gemengepakt fir dat interkulturellt Zesummeliewen.</li></ul>"
                    "<p>An all Gemeng ersetzt eng Gemengekommissioun fir dat interkulturellt Zesummeliewen déi "
                    f'fréier konsultativ Integratiounskommissioun (<a href="{SOURCE_INSTRUMENTS}">Quell</a>).</p>',
                    en="<p>The law of 23 August 2023 on intercultural living together has been in force since "
                    "1 January 2024. It replaces the 2008 law on the integration of foreigners: instead of "
                    "“integration”, it speaks of “intercultural living together”. The law concerns everyone who "
                    "lives or works in Luxembourg, cross-border workers included "
                    f'(<a href="{SOURCE_LAW}">source</a>).</p>'
                    "<p>It provides four instruments:</p>"
                    "<ul><li>a national action plan for intercultural living together;</li>"
                    "<li>the citizens' pact (“Biergerpakt”): a moral commitment open to all residents and "
                    "cross-border workers, Luxembourgers included, which gives access to the programme;</li>"
                    "<li>the programme for intercultural living together, which replaces the welcome and "
                    "integration contract (CAI) and the supported integration pathway (PIA);</li>"
                    "<li>the communal pact for intercultural living together (“Gemengepakt”).</li></ul>"
                    "<p>In each municipality, a municipal commission for intercultural living together replaces "
                    f'the former advisory integration commission (<a href="{SOURCE_INSTRUMENTS}">source</a>).</p>',
                    pt="<p>A lei de 23 de agosto de 2023 sobre a convivência intercultural está em vigor "
                    "desde 1 de janeiro de 2024. Substitui a lei de 2008 sobre a integração dos "
                    "estrangeiros: em vez de “integração”, fala de “convivência intercultural”. A lei diz "
                    "respeito a todas as pessoas que vivem ou trabalham no Luxemburgo, incluindo os "
                    f'trabalhadores fronteiriços (<a href="{SOURCE_LAW}">fonte</a>).</p><p>Prevê quatro '
                    "instrumentos:</p><ul><li>um plano de ação nacional para a convivência "
                    "intercultural;</li><li>o pacto cidadão (“Biergerpakt”): um compromisso moral aberto "
                    "a todos os residentes e trabalhadores fronteiriços, incluindo os luxemburgueses, que "
                    "dá acesso ao programa;</li><li>o programa de convivência intercultural, que "
                    "substitui o contrato de acolhimento e integração (CAI) e o percurso de integração "
                    "acompanhado (PIA);</li><li>o pacto comunal para a convivência intercultural "
                    "(“Gemengepakt”).</li></ul><p>Em cada comuna, uma comissão comunal para a convivência "
                    "intercultural substitui a antiga comissão consultiva de integração (<a "
                    f'href="{SOURCE_INSTRUMENTS}">fonte</a>).</p>',
                ),
            },
            _heading(
                T(
                    fr="Le pacte communal (Gemengepakt)",
                    de="Der Gemeindepakt (Gemengepakt)",
                    lb="De Gemengepakt",
                    en="The communal pact (Gemengepakt)",
                    pt="O pacto comunal (Gemengepakt)",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Avec le pacte communal, la commune s'engage pour le vivre-ensemble de ses habitants. "
                    "Trois idées sont au cœur du pacte : l'accès à l'information, la lutte contre le racisme et "
                    "la participation citoyenne. Le 27 mars 2024, treize communes l'ont signé : "
                    f'{FIRST_SIGNATORIES} (<a href="{SOURCE_GEMENGEPAKT}">source</a>). Cinq autres ont suivi en '
                    f'septembre 2024 (<a href="{SOURCE_GEMENGEPAKT_SEPTEMBER}">source</a>).</p>',
                    de="<p>Mit dem Gemeindepakt setzt sich die Gemeinde für das Zusammenleben ihrer Einwohner "
                    "ein. Drei Ideen stehen im Mittelpunkt: Zugang zu Informationen, Kampf gegen Rassismus und "
                    "Bürgerbeteiligung. Am 27. März 2024 haben dreizehn Gemeinden ihn unterzeichnet: "
                    f'{FIRST_SIGNATORIES} (<a href="{SOURCE_GEMENGEPAKT}">Quelle</a>). Fünf weitere folgten im '
                    f'September 2024 (<a href="{SOURCE_GEMENGEPAKT_SEPTEMBER}">Quelle</a>).</p>',
                    lb="<p>Mam Gemengepakt engagéiert d'Gemeng sech fir d'Zesummeliewe vun hiren Awunner. Dräi "
                    "Iddie stinn am Mëttelpunkt: den Zougang zu Informatiounen, de Kampf géint de Rassismus an "
                    "d'Participatioun vun de Bierger. De 27. Mäerz 2024 hunn dräizéng Gemengen en "
                    f'ënnerschriwwen: {FIRST_SIGNATORIES} (<a href="{SOURCE_GEMENGEPAKT}">Quell</a>). Fënnef '
                    f'aner sinn am September 2024 nokomm (<a href="{SOURCE_GEMENGEPAKT_SEPTEMBER}">Quell</a>).</p>',
                    en="<p>With the communal pact, the municipality commits to helping its residents live "
                    "together. Three ideas are at its heart: access to information, the fight against racism "
                    "and citizen participation. On 27 March 2024, thirteen municipalities signed it: "
                    f'{FIRST_SIGNATORIES} (<a href="{SOURCE_GEMENGEPAKT}">source</a>). Five more followed in '
                    f'September 2024 (<a href="{SOURCE_GEMENGEPAKT_SEPTEMBER}">source</a>).</p>',
                    pt="<p>Com o pacto comunal, a comuna compromete-se a ajudar os seus habitantes a viver "
                    "em conjunto. No centro estão três ideias: o acesso à informação, a luta contra o "
                    "racismo e a participação dos cidadãos. A 27 de março de 2024, treze comunas "
                    "assinaram-no: Bettembourg, Differdange, Hesperange, Junglinster, Kehlen, Leudelange, "
                    "Niederanven, Roeser, Sanem, Schuttrange, Steinfort, Strassen, Wiltz (<a "
                    f'href="{SOURCE_GEMENGEPAKT}">fonte</a>). Seguiram-se mais cinco em setembro de 2024 '
                    f'(<a href="{SOURCE_GEMENGEPAKT_SEPTEMBER}">fonte</a>).</p>',
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "title": T(
                        fr="Questions fréquentes",
                        de="Häufige Fragen",
                        lb="Dacks gestallte Froen",
                        en="Frequently asked questions",
                        pt="Perguntas frequentes",
                    ),
                    "items": [
                        {
                            "question": T(
                                fr="Quelle différence entre le pacte citoyen et le pacte communal ?",
                                de="Was ist der Unterschied zwischen Bürgerpakt und Gemeindepakt?",
                                lb="Wat ass den Ënnerscheed tëscht dem Biergerpakt an dem Gemengepakt?",
                                en="What is the difference between the citizens' pact and the communal pact?",
                                pt="Qual é a diferença entre o pacto cidadão e o pacto comunal?",
                            ),
                            "answer": R(
                                fr="<p>Le pacte citoyen est signé par une personne, qui s'engage pour le "
                                "vivre-ensemble. Le pacte communal est signé par une commune, qui s'engage pour "
                                "tous ses habitants.</p>",
                                de="<p>Den Bürgerpakt unterschreibt eine Person, die sich für das Zusammenleben "
                                "einsetzt. Den Gemeindepakt unterschreibt eine Gemeinde, die sich für alle ihre "
                                "Einwohner einsetzt.</p>",
                                lb="<p>De Biergerpakt ënnerschreift eng Persoun, déi sech fir d'Zesummeliewen "
                                "engagéiert. De Gemengepakt ënnerschreift eng Gemeng, déi sech fir all hir "
                                "Awunner engagéiert.</p>",
                                en="<p>The citizens' pact is signed by a person, who commits to living together "
                                "well. The communal pact is signed by a municipality, which commits for all its "
                                "residents.</p>",
                                pt="<p>O pacto cidadão é assinado por uma pessoa, que se compromete a viver "
                                "bem em conjunto com os outros. O pacto comunal é assinado por uma "
                                "comuna, que se compromete por todos os seus habitantes.</p>",
                            ),
                        },
                        {
                            "question": T(
                                fr="Je ne suis pas Luxembourgeois. Suis-je concerné ?",
                                de="Ich bin kein Luxemburger. Betrifft mich das?",
                                lb="Ech si kee Lëtzebuerger. Geet mech dat eppes un?",
                                en="I am not a Luxembourg national. Does this concern me?",
                                pt="Não tenho nacionalidade luxemburguesa. Isto diz-me respeito?",
                            ),
                            "answer": R(
                                fr="<p>Oui. La loi s'adresse à toutes les personnes qui vivent ou travaillent "
                                "au Luxembourg, quelle que soit leur nationalité.</p>",
                                de="<p>Ja. Das Gesetz richtet sich an alle Menschen, die in Luxemburg leben oder "
                                "arbeiten, unabhängig von ihrer Staatsangehörigkeit.</p>",
                                lb="<p>Jo. D'Gesetz riicht sech un all d'Leit, déi zu Lëtzebuerg wunnen oder "
                                "schaffen, egal wéi eng Nationalitéit si hunn.</p>",
                                en="<p>Yes. The law is for everyone who lives or works in Luxembourg, whatever "
                                "their nationality.</p>",
                                pt="<p>Sim. A lei é para todas as pessoas que vivem ou trabalham no "
                                "Luxemburgo, seja qual for a sua nacionalidade.</p>",
                            ),
                        },
                        {
                            "question": T(
                                fr="Ma commune veut établir un PCI. Par où commencer ?",
                                de="Meine Gemeinde will einen PCI aufstellen. Wo fängt man an?",
                                lb="Meng Gemeng wëll e PCI opstellen. Wou fänkt een un?",
                                en="My municipality wants to draw up a PCI. Where do we start?",
                                pt="A minha comuna quer elaborar um PCI. Por onde começamos?",
                            ),
                            "answer": R(
                                fr="<p>Le guide pratique du PCI, sur ce portail, décrit la démarche étape par "
                                "étape. L'équipe du Helpdesk Integratioun répond aussi à vos questions.</p>",
                                de="<p>Der praktische Leitfaden zum PCI auf diesem Portal beschreibt das "
                                "Vorgehen Schritt für Schritt. Das Team des Helpdesk Integratioun beantwortet "
                                "auch Ihre Fragen.</p>",
                                lb="<p>De praktesche Guide zum PCI op dësem Portal beschreift de Wee Schrëtt "
                                "fir Schrëtt. D'Equipe vum Helpdesk Integratioun beäntwert och Är Froen.</p>",
                                en="<p>The practical PCI guide on this portal describes the process step by "
                                "step. The Helpdesk Integratioun team will also answer your questions.</p>",
                                pt="<p>O guia prático do PCI neste portal descreve o processo etapa a etapa. "
                                "A equipa do Helpdesk Integratioun também responde às suas perguntas.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": T(
                        fr="Le PCI expliqué par le ministère",
                        de="Der PCI, erklärt vom Ministerium",
                        lb="De PCI, vum Ministère erkläert",
                        en="The PCI explained by the ministry",
                        pt="O PCI explicado pelo ministério",
                    ),
                    "text": T(
                        fr="La page officielle présente le plan communal d'intégration et le guide pratique.",
                        de="Die offizielle Seite stellt den kommunalen Integrationsplan und den Leitfaden vor.",
                        lb="Déi offiziell Säit stellt de kommunalen Integratiounsplang an de Guide vir.",
                        en="The official page presents the communal integration plan and the practical guide.",
                        pt="A página oficial apresenta o plano comunal de integração e o guia prático.",
                    ),
                    "link_label": T(
                        fr="Lire la page du ministère",
                        de="Seite des Ministeriums lesen",
                        lb="D'Säit vum Ministère liesen",
                        en="Read the ministry's page",
                        pt="Ler a página do ministério",
                    ),
                    "page": None,
                    "url": SOURCE_PCI,
                },
            },
            contact,
        ],
    }
