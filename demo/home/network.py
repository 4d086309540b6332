"""“Le réseau des CIG”: what the CIGs are and do, and the history of Objectif Plein Emploi.

Every fact comes from the shared reference file on Objectif Plein Emploi and the CIGL, and the
page links the public pages it was read from.
"""

from demo.toolkit import R, T

SOURCE_MODEL = "https://studylibfr.com/doc/1768787/texte_glogi__"
SOURCE_TODAY = "https://www.infogreen.lu/les-petites-mains-habiles-derriere-les-grands-projets-communaux-26547.html"
SOURCE_WALFERDANGE = "https://www.infogreen.lu/cigl-walferdange-proximite-et-aide-aux-habitants.html"
SOURCE_SANEM = "https://issuu.com/gemengsuessem/docs/cigl25_broschure_issuu"
SOURCE_ESCH = "http://ciglesch.lu/activites-agenda/item/63-le-cigl-esch-se-tourne-vers-l-avenir"
SOURCE_DIFFERDANGE = "https://lequotidien.lu/a-la-une/diffwasch-une-laverie-et-un-tremplin-pour-lemploi-a-differdange"
SOURCE_END = "https://paperjam.lu/article/news-ope-fin-de-reseau"
SOURCE_HELP = "http://www.help.lu/historique/"

IMAGE = {
    "title": "Illustration : un réseau de communes",
    "description": "Dessin : une carte simplifiée du Luxembourg avec six points de couleur reliés entre eux.",
    "file_name": "reseau-des-communes.png",
}

DOCUMENT = {
    "title": "Le réseau des CIG en bref",
    "file_name": "le-reseau-des-cig-en-bref.pdf",
    "language": "fr",
    "paragraphs": [
        "Les Centres d'initiative et de gestion (CIG) sont des associations sans but lucratif, le plus souvent "
        "communales. Il en existe des locaux (CIGL), des régionaux (CIGR) et des sectoriels.",
        "Ils repèrent des activités d'intérêt social dans la commune : aide à la personne, petits travaux, "
        "entretien des espaces verts, accès à internet. Ces activités sont confiées à des personnes qui "
        "cherchent un emploi.",
        "Ces personnes ont un contrat de travail ordinaire de deux ans au plus. Elles sont accompagnées et "
        "suivent des formations.",
        "La commune décide de sa participation financière ; l'État finance ensuite environ trois fois ce montant.",
        "Pour trouver le CIG de votre commune, consultez l'annuaire des services sur ce portail.",
    ],
}


def page(*, image, document, living_together) -> dict:
    """The page's data; ``living_together`` is the French “Vivre ensemble” page the last block points to."""
    return {
        "title": T(
            fr="Le réseau des CIG",
            de="Das Netzwerk der CIG",
            lb="D'Netzwierk vun de CIGen",
            en="The CIG network",
            pt="A rede dos CIG",
        ),
        "slug": T(fr="reseau-des-cig", de="cig-netzwerk", lb="cig-netzwierk", en="cig-network", pt="rede-cig"),
        "intro": T(
            fr="Les Centres d'initiative et de gestion (CIG) sont des associations proches des communes. "
            "Ils rendent des services utiles aux habitants et donnent un emploi accompagné à des personnes "
            "qui cherchent du travail.",
            de="Die Centres d'initiative et de gestion (CIG) sind Vereine, die eng mit den Gemeinden "
            "zusammenarbeiten. Sie bieten den Einwohnern nützliche Dienste an und geben Menschen, die Arbeit "
            "suchen, eine begleitete Beschäftigung.",
            lb="D'Centres d'initiative et de gestion (CIG) sinn Associatiounen, déi no bei de Gemenge sinn. "
            "Si bidden den Awunner nëtzlech Servicer un a ginn de Leit, déi Aarbecht sichen, eng begleet "
            "Beschäftegung.",
            en="The Centres d'initiative et de gestion (CIG) are non-profit associations that work closely with "
            "the municipalities. They provide useful services to residents and supported jobs to people who are "
            "looking for work.",
            pt="Os Centres d'initiative et de gestion (CIG) são associações sem fins lucrativos que "
            "trabalham de perto com as comunas. Prestam serviços úteis aos habitantes e oferecem empregos "
            "acompanhados a pessoas que procuram trabalho.",
        ),
        "show_in_menus": True,
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": T(
                        fr="Ce que font les CIG",
                        de="Was die CIG tun",
                        lb="Wat d'CIGen maachen",
                        en="What the CIGs do",
                        pt="O que fazem os CIG",
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Un CIG est une association sans but lucratif, le plus souvent communale. Il existe des "
                    "CIG locaux (CIGL), régionaux (CIGR) et sectoriels. Le CIG repère dans la commune des "
                    "activités d'intérêt social et les confie à des personnes qui cherchent un emploi.</p>"
                    "<p>Ces personnes ont un contrat de travail ordinaire de deux ans au plus. Pendant ce temps, "
                    f'elles sont accompagnées et suivent des formations (<a href="{SOURCE_MODEL}">source</a>). '
                    "La commune décide de sa participation financière ; l'État finance ensuite environ trois "
                    "fois ce montant.</p>"
                    "<p>Aujourd'hui, les CIGL sont rattachés aux communes et subventionnés par l'État. Ils "
                    "aident des demandeurs d'emploi inscrits à l'ADEM à retrouver du travail "
                    f'(<a href="{SOURCE_TODAY}">source</a>).</p>',
                    de="<p>Ein CIG ist ein gemeinnütziger Verein, meistens auf Gemeindeebene. Es gibt lokale "
                    "(CIGL), regionale (CIGR) und fachliche CIG. Das CIG sucht in der Gemeinde Tätigkeiten von "
                    "sozialem Nutzen und überträgt sie Menschen, die Arbeit suchen.</p>"
                    "<p>Diese Menschen erhalten einen normalen Arbeitsvertrag für höchstens zwei Jahre. In dieser "
                    "Zeit werden sie begleitet und machen Weiterbildungen "
                    f'(<a href="{SOURCE_MODEL}">Quelle</a>). Die Gemeinde entscheidet über ihren finanziellen '
                    "Beitrag; der Staat finanziert dann etwa das Dreifache dieses Betrags.</p>"
                    "<p>Heute sind die CIGL an die Gemeinden angebunden und werden vom Staat bezuschusst. Sie "
                    "helfen bei der ADEM gemeldeten Arbeitsuchenden, wieder Arbeit zu finden "
                    f'(<a href="{SOURCE_TODAY}">Quelle</a>).</p>',
                    lb="<p>E CIG ass eng Associatioun ouni Gewënnzweck, meeschtens op Gemengenniveau. Et gëtt "
                    "lokal (CIGL), regional (CIGR) a sektoriell CIGen. De CIG sicht an der Gemeng Aarbechten, "
                    "déi der Gesellschaft nëtzen, a gëtt se u Leit weider, déi eng Aarbecht sichen.</p>"
                    "<p>Dës Leit kréien en normalen Aarbechtskontrakt vu maximal zwee Joer. An där Zäit gi si "
                    f'begleet a maache Formatiounen (<a href="{SOURCE_MODEL}">Quell</a>). D\'Gemeng decidéiert, '
                    "wéi vill si finanziell bäidréit; de Staat finanzéiert dann ongeféier dräimol esou vill.</p>"
                    "<p>Haut sinn d'CIGLen un d'Gemenge gebonnen a gi vum Staat subventionéiert. Si hëllefen "
                    "Aarbechtsuchenden, déi bei der ADEM ageschriwwe sinn, fir erëm eng Aarbecht ze fannen "
                    f'(<a href="{SOURCE_TODAY}">Quell</a>).</p>',
                    en="<p>A CIG is a non-profit association, usually set up at municipal level. There are local "
                    "(CIGL), regional (CIGR) and sector-based CIGs. A CIG looks for work of social value in the "
                    "municipality and gives it to people who are looking for a job.</p>"
                    "<p>These people get an ordinary employment contract for two years at most. During that time "
                    f'they are supported and receive training (<a href="{SOURCE_MODEL}">source</a>). The '
                    "municipality decides how much it contributes; the State then pays about three times that "
                    "amount.</p>"
                    "<p>Today the CIGLs are attached to the municipalities and subsidised by the State. They help "
                    "jobseekers registered with ADEM to get back into work "
                    f'(<a href="{SOURCE_TODAY}">source</a>).</p>',
                    pt="<p>Um CIG é uma associação sem fins lucrativos, normalmente criada a nível comunal. "
                    "Há CIG locais (CIGL), regionais (CIGR) e setoriais. Um CIG procura na comuna "
                    "trabalho com valor social e confia-o a pessoas que procuram emprego.</p><p>Estas "
                    "pessoas recebem um contrato de trabalho normal, com a duração máxima de dois anos. "
                    "Durante esse tempo, são acompanhadas e recebem formação (<a "
                    f'href="{SOURCE_MODEL}">fonte</a>). A comuna decide quanto contribui; o Estado paga '
                    "depois cerca de três vezes esse montante.</p><p>Hoje, os CIGL estão ligados às "
                    "comunas e são subsidiados pelo Estado. Ajudam as pessoas à procura de emprego "
                    f'inscritas na ADEM a voltar ao trabalho (<a href="{SOURCE_TODAY}">fonte</a>).</p>',
                ),
            },
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": T(
                        fr="Carte simplifiée du Luxembourg avec six points de couleur reliés entre eux.",
                        de="Vereinfachte Karte Luxemburgs mit sechs farbigen, miteinander verbundenen Punkten.",
                        lb="Vereinfacht Kaart vu Lëtzebuerg mat sechs faarwege Punkten, déi matenee verbonne sinn.",
                        en="Simplified map of Luxembourg with six coloured dots linked to each other.",
                        pt="Mapa simplificado do Luxemburgo com seis pontos coloridos ligados entre si.",
                    ),
                    "decorative": False,
                    "caption": T(
                        fr="Chaque CIG travaille pour une commune ou un groupe de communes.",
                        de="Jedes CIG arbeitet für eine Gemeinde oder eine Gruppe von Gemeinden.",
                        lb="All CIG schafft fir eng Gemeng oder e Grupp vu Gemengen.",
                        en="Each CIG works for one municipality or a group of municipalities.",
                        pt="Cada CIG trabalha para uma comuna ou para um grupo de comunas.",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T(
                        fr="Une aide pour les personnes âgées",
                        de="Hilfe für ältere Menschen",
                        lb="Hëllef fir eeler Leit",
                        en="Help for older people",
                        pt="Ajuda para as pessoas mais velhas",
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Plusieurs CIG aident les habitants âgés à rester chez eux dans de bonnes conditions. "
                    "Quelques exemples :</p>"
                    "<ul><li>à Walferdange, l'équipe « D'Wissbeien » s'occupe du jardin, des petites réparations "
                    "et de l'entretien des tombes pour les habitants de 60 ans et plus ; un autre service aide "
                    f'au ménage (<a href="{SOURCE_WALFERDANGE}">source</a>) ;</li>'
                    "<li>à Sanem, le CIGL fait des travaux de jardin et de petites réparations autour de la maison "
                    "pour les habitants de 60 ans et plus. Il aide aussi au ménage et accompagne les personnes à "
                    f'leurs rendez-vous (<a href="{SOURCE_SANEM}">source</a>).</li></ul>',
                    de="<p>Mehrere CIG helfen älteren Einwohnern, gut versorgt zu Hause zu bleiben. Einige "
                    "Beispiele:</p>"
                    "<ul><li>In Walferdingen kümmert sich das Team „D'Wissbeien“ für Einwohner ab 60 Jahren um "
                    "Garten, kleine Reparaturen und die Grabpflege; ein weiterer Dienst hilft im Haushalt "
                    f'(<a href="{SOURCE_WALFERDANGE}">Quelle</a>);</li>'
                    "<li>in Sassenheim erledigt das CIGL für Einwohner ab 60 Jahren Gartenarbeiten und kleine "
                    "Reparaturen rund ums Haus. Es hilft auch im Haushalt und begleitet Menschen zu ihren "
                    f'Terminen (<a href="{SOURCE_SANEM}">Quelle</a>).</li></ul>',
                    lb="<p>Verschidde CIGen hëllefen eeler Awunner, fir gutt versuergt doheem ze bleiwen. E puer "
                    "Beispiller:</p>"
                    "<ul><li>zu Walfer këmmert d'Equipe „D'Wissbeien“ sech fir Awunner vu 60 Joer un ëm de "
                    "Gaart, kleng Reparaturen an d'Entretien vun de Griewer; en anere Service hëlleft am Stot "
                    f'(<a href="{SOURCE_WALFERDANGE}">Quell</a>);</li>'
                    "<li>zu Suessem mécht de CIGL fir Awunner vu 60 Joer un Gaardenaarbechten a kleng "
                    "Reparaturen ronderëm d'Haus. Hien hëlleft och am Stot a begleet d'Leit bei hir Rendez-vousen "
                    f'(<a href="{SOURCE_SANEM}">Quell</a>).</li></ul>',
                    en="<p>Several CIGs help older residents to stay at home in good conditions. A few "
                    "examples:</p>"
                    "<ul><li>in Walferdange, the “D'Wissbeien” team looks after the garden, small repairs and the "
                    "upkeep of graves for residents aged 60 and over; another service helps with housework "
                    f'(<a href="{SOURCE_WALFERDANGE}">source</a>);</li>'
                    "<li>in Sanem, the CIGL does garden work and small repairs around the house for residents "
                    "aged 60 and over. It also helps with housework and goes with people to their appointments "
                    f'(<a href="{SOURCE_SANEM}">source</a>).</li></ul>',
                    pt="<p>Vários CIG ajudam os habitantes mais velhos a continuar a viver em casa em boas "
                    "condições. Alguns exemplos:</p><ul><li>em Walferdange, a equipa “D'Wissbeien” trata "
                    "do jardim, de pequenas reparações e da manutenção das campas para os habitantes com "
                    "60 anos ou mais; outro serviço ajuda nas tarefas domésticas (<a "
                    f'href="{SOURCE_WALFERDANGE}">fonte</a>);</li><li>em Sanem, o CIGL faz trabalhos de '
                    "jardinagem e pequenas reparações em casa para os habitantes com 60 anos ou mais. "
                    "Também ajuda nas tarefas domésticas e acompanha as pessoas às suas consultas (<a "
                    f'href="{SOURCE_SANEM}">fonte</a>).</li></ul>',
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T(
                        fr="Internet, jardins et environnement",
                        de="Internet, Gärten und Umwelt",
                        lb="Internet, Gäert an Ëmwelt",
                        en="Internet, gardens and the environment",
                        pt="Internet, jardins e ambiente",
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>À Esch-sur-Alzette, le CIGL tient l'Internetstuff CLICK, un lieu d'accès public à "
                    "internet avec des cours d'informatique. Il cultive aussi des légumes bio et entretient des "
                    f'espaces verts (<a href="{SOURCE_ESCH}">source</a>).</p>'
                    "<p>À Sanem, l'« Ekipp Environnement » aménage des espaces publics, des zones vertes et des "
                    "aires de jeux. À Differdange, le CIGL a ouvert Diffwäsch, la première laverie publique de la "
                    f"ville, où travaillent d'anciens demandeurs d'emploi (<a href=\"{SOURCE_DIFFERDANGE}\">"
                    "source</a>).</p>",
                    de="<p>In Esch an der Alzette betreibt das CIGL die Internetstuff CLICK, einen öffentlichen "
                    "Internetzugang mit Computerkursen. Es baut auch Biogemüse an und pflegt Grünflächen "
                    f'(<a href="{SOURCE_ESCH}">Quelle</a>).</p>'
                    "<p>In Sassenheim gestaltet die „Ekipp Environnement“ öffentliche Plätze, Grünflächen und "
                    "Spielplätze. In Differdingen hat das CIGL Diffwäsch eröffnet, den ersten öffentlichen "
                    "Waschsalon der Stadt, in dem ehemalige Arbeitsuchende arbeiten "
                    f'(<a href="{SOURCE_DIFFERDANGE}">Quelle</a>).</p>',
                    lb="<p>Zu Esch-Uelzecht bedreift de CIGL d'Internetstuff CLICK, en ëffentlechen Internetzougang "
                    "mat Informatikcoursen. Hie planzt och Biogeméis a fleegt Gréngflächen "
                    f'(<a href="{SOURCE_ESCH}">Quell</a>).</p>'
                    "<p>Zu Suessem gestalt d'„Ekipp Environnement“ ëffentlech Plazen, gréng Zonen a Spillplazen. "
                    "Zu Déifferdeng huet de CIGL Diffwäsch opgemaach, déi éischt ëffentlech Wäscherei vun der "
                    f'Stad, wou fréier Aarbechtsuchend schaffen (<a href="{SOURCE_DIFFERDANGE}">Quell</a>).</p>',
                    en="<p>In Esch-sur-Alzette, the CIGL runs the Internetstuff CLICK, a public internet access "
                    "point with computer courses. It also grows organic vegetables and maintains green spaces "
                    f'(<a href="{SOURCE_ESCH}">source</a>).</p>'
                    "<p>In Sanem, the “Ekipp Environnement” team looks after public spaces, green areas and "
                    "playgrounds. In Differdange, the CIGL opened Diffwäsch, the town's first public laundry, "
                    f'staffed by former jobseekers (<a href="{SOURCE_DIFFERDANGE}">source</a>).</p>',
                    pt="<p>Em Esch-sur-Alzette, o CIGL gere o Internetstuff CLICK, um ponto público de "
                    "acesso à internet com cursos de informática. Também cultiva legumes biológicos e "
                    f'trata de espaços verdes (<a href="{SOURCE_ESCH}">fonte</a>).</p><p>Em Sanem, a '
                    "equipa “Ekipp Environnement” trata dos espaços públicos, das zonas verdes e dos "
                    "parques infantis. Em Differdange, o CIGL abriu a Diffwäsch, a primeira lavandaria "
                    "pública da cidade, com pessoal que antes estava à procura de emprego (<a "
                    f'href="{SOURCE_DIFFERDANGE}">fonte</a>).</p>',
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T(
                        fr="Un peu d'histoire : Objectif Plein Emploi",
                        de="Ein wenig Geschichte: Objectif Plein Emploi",
                        lb="E bësse Geschicht: Objectif Plein Emploi",
                        en="A little history: Objectif Plein Emploi",
                        pt="Um pouco de história: Objectif Plein Emploi",
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Les premiers CIGL datent de 1998 : celui de Sanem a été fondé le 8 avril 1998. Ils "
                    "formaient un réseau animé par l'association Objectif Plein Emploi (OPE), créée par l'Action "
                    "sociale pour jeunes et le syndicat OGBL. Un centre de ressources commun, au Moulin Bestgen à "
                    "Schifflange, soutenait les CIG.</p>"
                    "<p>En 1998, OPE a aussi créé HELP, un réseau d'aides et de soins à domicile, avec la "
                    "Croix-Rouge luxembourgeoise et quatre hôpitaux du sud ; HELP fait aujourd'hui partie de la "
                    f'Croix-Rouge (<a href="{SOURCE_HELP}">source</a>).</p>'
                    "<p>En 2013, le réseau comptait une trentaine de CIG dans 54 communes. Après de graves "
                    "difficultés financières, l'État a mis fin à la convention avec OPE. Les CIG qui voulaient "
                    "continuer ont signé leurs propres conventions avec l'État et leurs communes "
                    f'(<a href="{SOURCE_END}">source</a>).</p>',
                    de="<p>Die ersten CIGL entstanden 1998: das CIGL Sassenheim wurde am 8. April 1998 gegründet. "
                    "Sie bildeten ein Netzwerk, das der Verein Objectif Plein Emploi (OPE) leitete; gegründet "
                    "hatten ihn die Action sociale pour jeunes und die Gewerkschaft OGBL. Ein gemeinsames "
                    "Ressourcenzentrum im Moulin Bestgen in Schifflingen unterstützte die CIG.</p>"
                    "<p>1998 gründete OPE mit dem Luxemburger Roten Kreuz und vier Krankenhäusern im Süden auch "
                    "HELP, ein Netzwerk für Hilfe und Pflege zu Hause; HELP gehört heute zum Roten Kreuz "
                    f'(<a href="{SOURCE_HELP}">Quelle</a>).</p>'
                    "<p>2013 zählte das Netzwerk rund dreißig CIG in 54 Gemeinden. Nach schweren finanziellen "
                    "Problemen beendete der Staat die Konvention mit OPE. Die CIG, die weitermachen wollten, "
                    "schlossen eigene Konventionen mit dem Staat und ihren Gemeinden "
                    f'(<a href="{SOURCE_END}">Quelle</a>).</p>',
                    lb="<p>Déi éischt CIGLe goufen 1998 gegrënnt: deen zu Suessem den 8. Abrëll 1998. Si hunn e "
                    "Netzwierk gebilt, dat vun der Associatioun Objectif Plein Emploi (OPE) gefouert gouf; "
                    "gegrënnt haten et d'Action sociale pour jeunes an d'Gewerkschaft OGBL. E gemeinsamen "
                    "Ressourcenzenter am Moulin Bestgen zu Schëffleng huet d'CIGen ënnerstëtzt.</p>"
                    "<p>1998 huet OPE mam Lëtzebuerger Roude Kräiz a véier Spideeler aus dem Süden och HELP "
                    "gegrënnt, en Netzwierk fir Hëllef a Fleeg doheem; HELP gehéiert haut zum Roude Kräiz "
                    f'(<a href="{SOURCE_HELP}">Quell</a>).</p>'
                    "<p>2013 hat d'Netzwierk ronn drësseg CIGen an 54 Gemengen. No grousse finanzielle "
                    "Schwieregkeeten huet de Staat d'Konventioun mat OPE opgehalen. D'CIGen, déi weiderfuere "
                    "wollten, hunn hir eege Konventioune mam Staat an hire Gemengen ënnerschriwwen "
                    f'(<a href="{SOURCE_END}">Quell</a>).</p>',
                    en="<p>The first CIGLs date from 1998: the one in Sanem was founded on 8 April 1998. They "
                    "formed a network led by the association Objectif Plein Emploi (OPE), set up by Action "
                    "sociale pour jeunes and the OGBL trade union. A shared resource centre at the Moulin Bestgen in "
                    "Schifflange supported the CIGs.</p>"
                    "<p>In 1998, OPE also created HELP, a home help and care network, with the Luxembourg Red "
                    "Cross and four hospitals in the south; HELP is now part of the Red Cross "
                    f'(<a href="{SOURCE_HELP}">source</a>).</p>'
                    "<p>In 2013, the network had about thirty CIGs in 54 municipalities. After serious financial "
                    "problems, the State ended its agreement with OPE. The CIGs that wanted to continue signed "
                    "their own agreements with the State and their municipalities "
                    f'(<a href="{SOURCE_END}">source</a>).</p>',
                    pt="<p>Os primeiros CIGL datam de 1998: o de Sanem foi fundado a 8 de abril de 1998. "
                    "Formaram uma rede liderada pela associação Objectif Plein Emploi (OPE), criada pela "
                    "Action sociale pour jeunes e pelo sindicato OGBL. Um centro de recursos comum no "
                    "Moulin Bestgen, em Schifflange, apoiava os CIG.</p><p>Em 1998, a OPE criou também a "
                    "HELP, uma rede de ajuda e cuidados ao domicílio, com a Cruz Vermelha luxemburguesa e "
                    "quatro hospitais do sul; a HELP faz hoje parte da Cruz Vermelha (<a "
                    f'href="{SOURCE_HELP}">fonte</a>).</p><p>Em 2013, a rede tinha cerca de trinta CIG em '
                    "54 comunas. Depois de graves problemas financeiros, o Estado pôs fim ao seu acordo "
                    "com a OPE. Os CIG que quiseram continuar assinaram os seus próprios acordos com o "
                    f'Estado e com as suas comunas (<a href="{SOURCE_END}">fonte</a>).</p>',
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
                                fr="Comment savoir quel CIG travaille dans ma commune ?",
                                de="Wie finde ich heraus, welches CIG in meiner Gemeinde arbeitet?",
                                lb="Wéi fannen ech de CIG, deen a menger Gemeng schafft?",
                                en="How do I find out which CIG works in my municipality?",
                                pt="Como fico a saber que CIG trabalha na minha comuna?",
                            ),
                            "answer": R(
                                fr="<p>Cherchez le nom de votre commune dans l'annuaire des services de ce "
                                "portail. Vous pouvez aussi demander à l'accueil de votre commune.</p>",
                                de="<p>Suchen Sie den Namen Ihrer Gemeinde im Dienstverzeichnis dieses Portals. "
                                "Sie können auch am Empfang Ihrer Gemeinde fragen.</p>",
                                lb="<p>Sicht den Numm vun Ärer Gemeng am Verzeechnes vun de Servicer op dësem "
                                "Portal. Dir kënnt och um Empfang vun Ärer Gemeng froen.</p>",
                                en="<p>Look up your municipality in this portal's directory of services. You "
                                "can also ask at your town hall's reception desk.</p>",
                                pt="<p>Procure a sua comuna no diretório de serviços deste portal. Também "
                                "pode perguntar na receção da sua câmara municipal.</p>",
                            ),
                        },
                        {
                            "question": T(
                                fr="Qui travaille dans un CIG ?",
                                de="Wer arbeitet in einem CIG?",
                                lb="Wien schafft an engem CIG?",
                                en="Who works in a CIG?",
                                pt="Quem trabalha num CIG?",
                            ),
                            "answer": R(
                                fr="<p>Surtout des personnes qui cherchaient un emploi. Elles ont un vrai "
                                "contrat de travail, de deux ans au plus, et sont encadrées par une équipe.</p>",
                                de="<p>Vor allem Menschen, die Arbeit gesucht haben. Sie haben einen richtigen "
                                "Arbeitsvertrag für höchstens zwei Jahre und werden von einem Team begleitet.</p>",
                                lb="<p>Virun allem Leit, déi eng Aarbecht gesicht hunn. Si hunn e richtegen "
                                "Aarbechtskontrakt vu maximal zwee Joer a gi vun enger Equipe begleet.</p>",
                                en="<p>Mostly people who were looking for a job. They have a real employment "
                                "contract of two years at most and are supported by a team.</p>",
                                pt="<p>Sobretudo pessoas que estavam à procura de emprego. Têm um verdadeiro "
                                "contrato de trabalho, com a duração máxima de dois anos, e são "
                                "acompanhadas por uma equipa.</p>",
                            ),
                        },
                        {
                            "question": T(
                                fr="Un CIG fait-il des soins à domicile ?",
                                de="Leistet ein CIG Pflege zu Hause?",
                                lb="Mécht e CIG Fleeg doheem?",
                                en="Does a CIG provide nursing care at home?",
                                pt="Um CIG presta cuidados de enfermagem em casa?",
                            ),
                            "answer": R(
                                fr="<p>Non. Les CIG proposent des aides pratiques : ménage, jardin, petites "
                                "réparations, accompagnement. Pour des soins, adressez-vous à un réseau d'aides "
                                "et de soins à domicile.</p>",
                                de="<p>Nein. Die CIG bieten praktische Hilfe an: Haushalt, Garten, kleine "
                                "Reparaturen, Begleitung. Für Pflege wenden Sie sich an einen Hilfs- und "
                                "Pflegedienst für zu Hause.</p>",
                                lb="<p>Nee. D'CIGe bidde praktesch Hëllef un: Stot, Gaart, kleng Reparaturen, "
                                "Begleedung. Fir Fleeg wend Iech un e Reseau fir Hëllef a Fleeg doheem.</p>",
                                en="<p>No. The CIGs offer practical help: housework, gardening, small repairs, "
                                "going with you to appointments. For nursing care, contact a home help and "
                                "care network.</p>",
                                pt="<p>Não. Os CIG oferecem ajuda prática: tarefas domésticas, jardinagem, "
                                "pequenas reparações, acompanhamento às consultas. Para cuidados de "
                                "enfermagem, contacte uma rede de ajuda e cuidados ao domicílio.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "documents",
                "value": {
                    "title": T(
                        fr="À télécharger",
                        de="Zum Herunterladen",
                        lb="Fir erofzelueden",
                        en="Downloads",
                        pt="Documentos para descarregar",
                    ),
                    "documents": [
                        {
                            "document": document.pk,
                            "title": T(
                                fr="Le réseau des CIG en bref",
                                de="Das Netz der CIG in Kürze",
                                lb="D'Netz vun de CIG a Kuerzen",
                                en="The CIG network in brief",
                                pt="A rede dos CIG em resumo",
                            ),
                        }
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": T(
                        fr="Et l'intégration dans votre commune ?",
                        de="Und das Zusammenleben in Ihrer Gemeinde?",
                        lb="An d'Zesummeliewen an Ärer Gemeng?",
                        en="And living together in your municipality?",
                        pt="E a convivência na sua comuna?",
                    ),
                    "text": T(
                        fr="Découvrez comment les communes organisent le vivre-ensemble de leurs habitants.",
                        de="Erfahren Sie, wie die Gemeinden das Zusammenleben ihrer Einwohner gestalten.",
                        lb="Gitt gewuer, wéi d'Gemengen d'Zesummeliewe vun hiren Awunner organiséieren.",
                        en="Find out how municipalities help their residents live together.",
                        pt="Saiba como as comunas ajudam os seus habitantes a viver em conjunto.",
                    ),
                    "link_label": T(
                        fr="Vivre ensemble dans la commune",
                        de="Zusammenleben in der Gemeinde",
                        lb="Zesummeliewen an der Gemeng",
                        en="Living together in your municipality",
                        pt="Viver em conjunto na sua comuna",
                    ),
                    "page": living_together.pk,
                    "url": "",
                },
            },
        ],
    }
