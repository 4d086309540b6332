"""The news section: an index and four dated items about the portal and its services.

The items speak about the portal and its own (demo) helpdesk only; they claim nothing about real
people or organisations. The testimony quoted is marked as an example.
"""

import datetime

from demo.home import media
from demo.toolkit import R, T

INDEX = {
    "title": T(fr="Actualités", de="Aktuelles", lb="Aktualitéiten", en="News", pt="Notícias"),
    "slug": T(fr="actualites", de="aktuelles", lb="aktualiteiten", en="news", pt="noticias"),
    "intro": T(
        fr="Les nouvelles du portail, des services de proximité et du vivre-ensemble dans les communes.",
        de="Neuigkeiten vom Portal, von den Diensten vor Ort und vom Zusammenleben in den Gemeinden.",
        lb="Neiegkeeten vum Portal, vun de Servicer no bei Iech a vum Zesummeliewen an de Gemengen.",
        en="News about the portal, local services and living together in the municipalities.",
        pt="Notícias do portal, dos serviços de proximidade e da convivência nas comunas.",
    ),
    "show_in_menus": True,
}

WORKSHOP_DOCUMENT = {
    "title": "Programme de l'atelier PCI du 15 octobre 2026",
    "file_name": "programme-atelier-pci-2026-10-15.pdf",
    "language": "fr",
    "paragraphs": [
        "Atelier pour les communes : du pacte communal au plan d'action. Jeudi 15 octobre 2026, de 9 h à 12 h 30.",
        "9 h : accueil et présentation des participants.",
        "9 h 30 : la loi du 23 août 2023 relative au vivre-ensemble interculturel et le pacte communal, en bref.",
        "10 h 15 : travail en petits groupes. Quels besoins dans ma commune ? Qui associer ?",
        "11 h 30 : mise en commun et prochaines étapes.",
        "12 h 30 : fin de l'atelier.",
        "Inscription auprès du Helpdesk Integratioun (coordonnées sur le portail).",
    ],
}


def items(*, workshop_document) -> list[dict]:
    """The four news items, oldest first; ``workshop_document`` is the workshop's programme."""
    return [
        {
            "image": {
                "title": "Illustration : un globe et des bulles de couleur",
                "description": "Dessin : un globe entouré de quatre bulles de dialogue de couleurs différentes.",
                "alt_text": T(
                    fr="Dessin : un globe entouré de quatre bulles de dialogue de couleurs différentes.",
                    de="Zeichnung: eine Weltkugel, umgeben von vier Sprechblasen in verschiedenen Farben.",
                    lb="Zeechnung: e Globus, ronderëm véier Spriechblosen a verschiddene Faarwen.",
                    en="Drawing: a globe surrounded by four speech bubbles in different colours.",
                    pt="Desenho: um globo rodeado por quatro balões de fala de cores diferentes.",
                ),
                "file_name": "quatre-langues.png",
                "drawing": media.draw_languages,
            },
            "page": {
                "date": datetime.date(2026, 9, 1),
                "title": T(
                    fr="Le portail parle quatre langues",
                    de="Das Portal spricht vier Sprachen",
                    lb="De Portal schwätzt véier Sproochen",
                    en="The portal speaks four languages",
                    pt="O portal fala quatro línguas",
                ),
                "slug": T(
                    fr="le-portail-parle-quatre-langues",
                    de="das-portal-spricht-vier-sprachen",
                    lb="de-portal-schwaetzt-veier-sproochen",
                    en="the-portal-speaks-four-languages",
                    pt="o-portal-fala-quatro-linguas",
                ),
                "intro": T(
                    fr="Tout le portail existe en français, en allemand, en luxembourgeois et en anglais. Vous "
                    "choisissez votre langue en haut de chaque page.",
                    de="Das ganze Portal gibt es auf Französisch, Deutsch, Luxemburgisch und Englisch. Sie wählen "
                    "Ihre Sprache oben auf jeder Seite.",
                    lb="De ganze Portal gëtt et op Franséisch, Däitsch, Lëtzebuergesch an Englesch. Dir wielt Är "
                    "Sprooch uewen op all Säit.",
                    en="The whole portal is available in French, German, Luxembourgish and English. You choose "
                    "your language at the top of every page.",
                    pt="Todo o portal existe em francês, alemão, luxemburguês e inglês. Escolhe a sua língua "
                    "no cimo de cada página.",
                ),
                "body": [
                    {
                        "type": "paragraph",
                        "value": R(
                            fr="<p>Le sélecteur de langue vous mène à la même page dans l'autre langue. Si une page "
                            "n'est pas encore traduite, vous arrivez sur la page d'accueil de cette langue, et le "
                            "portail vous le dit.</p>"
                            "<p>Les textes sont écrits simplement, pour être compris par le plus grand nombre.</p>",
                            de="<p>Die Sprachauswahl bringt Sie zur selben Seite in der anderen Sprache. Ist eine "
                            "Seite noch nicht übersetzt, kommen Sie auf die Startseite dieser Sprache, und das "
                            "Portal sagt es Ihnen.</p>"
                            "<p>Die Texte sind einfach geschrieben, damit möglichst viele sie verstehen.</p>",
                            lb="<p>D'Sproochauswiel bréngt Iech op déi selwecht Säit an der anerer Sprooch. Wann "
                            "eng Säit nach net iwwersat ass, kommt Dir op d'Haaptsäit vun där Sprooch, an de Portal "
                            "seet Iech et.</p>"
                            "<p>D'Texter sinn einfach geschriwwen, fir datt esou vill Leit wéi méiglech se "
                            "verstinn.</p>",
                            en="<p>The language switcher takes you to the same page in the other language. If a "
                            "page is not translated yet, you land on the home page in that language, and the portal "
                            "tells you so.</p>"
                            "<p>The texts are written simply, so that as many people as possible understand "
                            "them.</p>",
                            pt="<p>O seletor de língua leva-o à mesma página na outra língua. Se uma página "
                            "ainda não estiver traduzida, chega à página inicial dessa língua, e o portal "
                            "avisa-o.</p><p>Os textos são escritos de forma simples, para que o maior "
                            "número possível de pessoas os compreenda.</p>",
                        ),
                    },
                ],
            },
        },
        {
            "image": {
                "title": "Illustration : des personnes autour d'une table",
                "description": "Dessin : six personnes autour d'une table, avec des bulles de dialogue.",
                "alt_text": T(
                    fr="Dessin : six personnes autour d'une table, avec des bulles de dialogue.",
                    de="Zeichnung: sechs Personen um einen Tisch, mit Sprechblasen.",
                    lb="Zeechnung: sechs Persounen ronderëm en Dësch, mat Spriechblosen.",
                    en="Drawing: six people around a table, with speech bubbles.",
                    pt="Desenho: seis pessoas à volta de uma mesa, com balões de fala.",
                ),
                "file_name": "atelier-pci.png",
                "drawing": media.draw_workshop,
            },
            "page": {
                "date": datetime.date(2026, 9, 14),
                "title": T(
                    fr="Atelier pour les communes : du pacte communal au plan d'action",
                    de="Workshop für Gemeinden: vom Gemeindepakt zum Aktionsplan",
                    lb="Workshop fir d'Gemengen: vum Gemengepakt bis bei den Aktiounsplang",
                    en="Workshop for municipalities: from the communal pact to an action plan",
                    pt="Oficina para as comunas: do pacto comunal a um plano de ação",
                ),
                "slug": T(
                    fr="atelier-du-pacte-communal-au-plan-d-action",
                    de="workshop-vom-gemeindepakt-zum-aktionsplan",
                    lb="workshop-vum-gemengepakt-bis-bei-den-aktiounsplang",
                    en="workshop-from-communal-pact-to-action-plan",
                    pt="oficina-do-pacto-comunal-ao-plano-de-acao",
                ),
                "intro": T(
                    fr="Le Helpdesk Integratioun invite les agents communaux et les membres des commissions "
                    "communales du vivre-ensemble interculturel à un atelier le jeudi 15 octobre 2026.",
                    de="Der Helpdesk Integratioun lädt Gemeindemitarbeiter und Mitglieder der Gemeindekommissionen "
                    "für das interkulturelle Zusammenleben am Donnerstag, dem 15. Oktober 2026, zu einem Workshop "
                    "ein.",
                    lb="Den Helpdesk Integratioun invitéiert d'Gemengebeamten an d'Membere vun de "
                    "Gemengekommissioune fir dat interkulturellt Zesummeliewen op e Workshop en Donneschdeg, den "
                    "15. Oktober 2026.",
                    en="The Helpdesk Integratioun invites municipal staff and members of the municipal commissions "
                    "for intercultural living together to a workshop on Thursday 15 October 2026.",
                    pt="O Helpdesk Integratioun convida os funcionários comunais e os membros das comissões "
                    "comunais para a convivência intercultural para uma oficina na quinta-feira, 15 de "
                    "outubro de 2026.",
                ),
                "body": [
                    {
                        "type": "heading",
                        "value": {
                            "text": T(
                                fr="Au programme",
                                de="Auf dem Programm",
                                lb="Um Programm",
                                en="Programme",
                                pt="Programa",
                            ),
                            "level": "h2",
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": R(
                            fr="<p>En une matinée, nous verrons ce que la loi du 23 août 2023 demande aux "
                            "communes, ce que contient un pacte communal et comment passer du pacte à un plan "
                            "d'action concret. Vous travaillerez en petits groupes sur les besoins de votre "
                            "commune.</p>"
                            "<p>L'atelier a lieu de 9 h à 12 h 30. Il est gratuit. Le lieu est communiqué à "
                            "l'inscription.</p>",
                            de="<p>An einem Vormittag sehen wir uns an, was das Gesetz vom 23. August 2023 von den "
                            "Gemeinden verlangt, was ein Gemeindepakt enthält und wie man vom Pakt zu einem konkreten "
                            "Aktionsplan kommt. Sie arbeiten in kleinen Gruppen zu den Bedürfnissen Ihrer "
                            "Gemeinde.</p>"
                            "<p>Der Workshop findet von 9 bis 12.30 Uhr statt. Er ist kostenlos. Den Ort erfahren Sie "
                            "bei der Anmeldung.</p>",
                            lb="<p>An engem Moie kucke mir, wat d'Gesetz vum 23. August 2023 vun de Gemengen "
                            "verlaangt, wat an engem Gemengepakt steet a wéi ee vum Pakt zu engem konkreten "
                            "Aktiounsplang kënnt. Dir schafft a klenge Gruppen zu de Besoine vun Ärer Gemeng.</p>"
                            "<p>De Workshop ass vun 9 bis 12.30 Auer. Hien ass gratis. Wou e stattfënnt, gitt Dir "
                            "bei der Umeldung gewuer.</p>",
                            en="<p>In one morning, we will look at what the law of 23 August 2023 asks of "
                            "municipalities, what a communal pact contains and how to move from the pact to a "
                            "practical action plan. You will work in small groups on the needs of your "
                            "municipality.</p>"
                            "<p>The workshop runs from 9 am to 12.30 pm. It is free. You will be told the venue when "
                            "you register.</p>",
                            pt="<p>Numa manhã, vamos ver o que a lei de 23 de agosto de 2023 pede às "
                            "comunas, o que contém um pacto comunal e como passar do pacto a um plano de "
                            "ação concreto. Vai trabalhar em pequenos grupos sobre as necessidades da sua "
                            "comuna.</p><p>A oficina decorre das 9h00 às 12h30. É gratuita. O local é-lhe "
                            "comunicado quando se inscrever.</p>",
                        ),
                    },
                    {
                        "type": "documents",
                        "value": {
                            "title": T(
                                fr="Programme détaillé",
                                de="Ausführliches Programm",
                                lb="Detailléiert Programm",
                                en="Detailed programme",
                                pt="Programa pormenorizado",
                            ),
                            "documents": [
                                {
                                    "document": workshop_document.pk,
                                    "title": T(
                                        fr="Programme de l'atelier PCI du 15 octobre 2026",
                                        de="Programm des PCI-Workshops vom 15. Oktober 2026",
                                        lb="Programm vum PCI-Workshop vum 15. Oktober 2026",
                                        en="Programme of the PCI workshop on 15 October 2026",
                                        pt="Programa da oficina do PCI de 15 de outubro de 2026",
                                    ),
                                }
                            ],
                        },
                    },
                ],
            },
        },
        {
            "image": {
                "title": "Illustration : un ordinateur et une tasse de café",
                "description": "Dessin : un ordinateur portable ouvert sur une table, un téléphone et une tasse.",
                "alt_text": T(
                    fr="Dessin : un ordinateur portable ouvert sur une table, un téléphone et une tasse.",
                    de="Zeichnung: ein aufgeklappter Laptop auf einem Tisch, ein Telefon und eine Tasse.",
                    lb="Zeechnung: en opgeklappte Laptop op engem Dësch, en Telefon an eng Taass.",
                    en="Drawing: an open laptop on a table, a phone and a cup.",
                    pt="Desenho: um computador portátil aberto em cima de uma mesa, um telemóvel e uma chávena.",
                ),
                "file_name": "cafe-internet.png",
                "drawing": media.draw_web_cafe,
            },
            "page": {
                "date": datetime.date(2026, 10, 5),
                "title": T(
                    fr="Cafés internet : on vous aide à utiliser votre téléphone",
                    de="Internetcafés: Hilfe beim Umgang mit Ihrem Telefon",
                    lb="Internetcaféen: Hëllef fir Ären Telefon ze benotzen",
                    en="Web cafés: help with using your phone",
                    pt="Web cafés: ajuda para usar o telemóvel",
                ),
                "slug": T(
                    fr="cafes-internet-aide-telephone",
                    de="internetcafes-hilfe-telefon",
                    lb="internetcafeen-hellef-telefon",
                    en="web-cafes-help-with-your-phone",
                    pt="web-cafes-ajuda-com-o-telemovel",
                ),
                "intro": T(
                    fr="Envoyer une photo, faire un appel vidéo, remplir un formulaire en ligne : dans un café "
                    "internet, quelqu'un prend le temps de vous montrer.",
                    de="Ein Foto schicken, einen Videoanruf machen, ein Online-Formular ausfüllen: In einem "
                    "Internetcafé nimmt sich jemand Zeit, es Ihnen zu zeigen.",
                    lb="Eng Foto schécken, e Videoappell maachen, e Formulaire online ausfëllen: An engem "
                    "Internetcafé hëlt een sech Zäit, fir et Iech ze weisen.",
                    en="Sending a photo, making a video call, filling in a form online: at a web café, someone "
                    "takes the time to show you how.",
                    pt="Enviar uma fotografia, fazer uma videochamada, preencher um formulário na internet: "
                    "num web café, alguém tem tempo para lhe mostrar como se faz.",
                ),
                "body": [
                    {
                        "type": "paragraph",
                        "value": R(
                            fr="<p>Les cafés internet accueillent toutes les personnes qui veulent se sentir plus "
                            "à l'aise avec un ordinateur, une tablette ou un smartphone. Vous pouvez venir avec "
                            "votre propre appareil et vos questions.</p>"
                            "<p>Pour trouver un café internet près de chez vous, cherchez votre commune dans "
                            "l'annuaire des services.</p>",
                            de="<p>Die Internetcafés sind offen für alle, die sich mit Computer, Tablet oder "
                            "Smartphone sicherer fühlen möchten. Sie können Ihr eigenes Gerät und Ihre Fragen "
                            "mitbringen.</p>"
                            "<p>Um ein Internetcafé in Ihrer Nähe zu finden, suchen Sie Ihre Gemeinde im "
                            "Dienstverzeichnis.</p>",
                            lb="<p>D'Internetcaféen empfänken all d'Leit, déi sech mat engem Computer, enger "
                            "Tablett oder engem Smartphone méi sécher wëlle fillen. Dir kënnt mat Ärem eegenen "
                            "Apparat an Äre Froe kommen.</p>"
                            "<p>Fir en Internetcafé no bei Iech ze fannen, sicht Är Gemeng am Verzeechnes vun de "
                            "Servicer.</p>",
                            en="<p>Web cafés welcome everyone who wants to feel more at ease with a computer, a "
                            "tablet or a smartphone. You can bring your own device and your questions.</p>"
                            "<p>To find a web café near you, look up your municipality in the directory of "
                            "services.</p>",
                            pt="<p>Os web cafés recebem todas as pessoas que querem sentir-se mais à vontade "
                            "com um computador, um tablet ou um smartphone. Pode trazer o seu próprio "
                            "aparelho e as suas perguntas.</p><p>Para encontrar um web café perto de si, "
                            "procure a sua comuna no diretório de serviços.</p>",
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": T(
                                fr="Au début, j'avais peur de faire une erreur. Maintenant, j'envoie des photos à "
                                "mes petits-enfants.",
                                de="Am Anfang hatte ich Angst, etwas falsch zu machen. Jetzt schicke ich meinen "
                                "Enkelkindern Fotos.",
                                lb="Am Ufank hat ech Angscht, eppes falsch ze maachen. Elo schécken ech mengen "
                                "Enkelkanner Fotoen.",
                                en="At first I was afraid of making a mistake. Now I send photos to my grandchildren.",
                                pt="Ao princípio tinha medo de me enganar. Agora envio fotografias aos meus netos.",
                            ),
                            "attribution": T(
                                fr="Une participante d'un café internet (témoignage d'exemple)",
                                de="Eine Teilnehmerin eines Internetcafés (Beispiel)",
                                lb="Eng Participantin vun engem Internetcafé (Beispill)",
                                en="A web café participant (example testimony)",
                                pt="Uma participante de um web café (testemunho de exemplo)",
                            ),
                        },
                    },
                ],
            },
        },
        {
            "image": {
                "title": "Illustration : une maison et deux personnes",
                "description": "Dessin : une maison au toit rouge, avec une personne de chaque côté.",
                "alt_text": T(
                    fr="Dessin : une maison au toit rouge, avec une personne de chaque côté.",
                    de="Zeichnung: ein Haus mit rotem Dach, mit einer Person auf jeder Seite.",
                    lb="Zeechnung: en Haus mat engem roude Daach, mat enger Persoun op all Säit.",
                    en="Drawing: a house with a red roof, with one person on each side.",
                    pt="Desenho: uma casa com o telhado vermelho, com uma pessoa de cada lado.",
                ),
                "file_name": "aide-a-domicile.png",
                "drawing": media.draw_help_at_home,
            },
            "page": {
                "date": datetime.date(2026, 11, 16),
                "title": T(
                    fr="Demander de l'aide à domicile en ligne",
                    de="Hilfe zu Hause online anfragen",
                    lb="Hëllef doheem online ufroen",
                    en="Ask for help at home online",
                    pt="Peça ajuda em casa pela internet",
                ),
                "slug": T(
                    fr="aide-a-domicile-en-ligne",
                    de="hilfe-zu-hause-online",
                    lb="hellef-doheem-online",
                    en="help-at-home-online",
                    pt="ajuda-em-casa-pela-internet",
                ),
                "intro": T(
                    fr="Ménage, jardin, petites réparations ou accompagnement à un rendez-vous : vous pouvez "
                    "maintenant demander de l'aide sur le portail, pour vous ou pour un proche.",
                    de="Haushalt, Garten, kleine Reparaturen oder Begleitung zu einem Termin: Sie können jetzt "
                    "über das Portal Hilfe anfragen, für sich oder für einen Angehörigen.",
                    lb="Stot, Gaart, kleng Reparaturen oder Begleedung bei engem Rendez-vous: Dir kënnt elo iwwer de "
                    "Portal Hëllef ufroen, fir Iech oder fir ee vun Ären Noen.",
                    en="Housework, gardening, small repairs or someone to go with you to an appointment: you can "
                    "now ask for help through the portal, for yourself or for a relative.",
                    pt="Tarefas domésticas, jardinagem, pequenas reparações ou alguém que o acompanhe a uma "
                    "consulta: já pode pedir ajuda através do portal, para si ou para um familiar.",
                ),
                "body": [
                    {
                        "type": "heading",
                        "value": {
                            "text": T(
                                fr="Comment ça marche ?",
                                de="Wie funktioniert das?",
                                lb="Wéi funktionéiert dat?",
                                en="How does it work?",
                                pt="Como funciona?",
                            ),
                            "level": "h2",
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": R(
                            fr="<ol><li>Indiquez votre commune et le type d'aide dont vous avez besoin.</li>"
                            "<li>Donnez un nom et un moyen de vous joindre.</li>"
                            "<li>Votre demande va au CIG qui sert votre commune. Il vous contacte.</li></ol>"
                            "<p>Vous préférez téléphoner ? Appelez le Helpdesk Integratioun : nous remplissons la "
                            "demande avec vous.</p>",
                            de="<ol><li>Geben Sie Ihre Gemeinde und die Art der Hilfe an, die Sie brauchen.</li>"
                            "<li>Nennen Sie einen Namen und einen Weg, Sie zu erreichen.</li>"
                            "<li>Ihre Anfrage geht an das CIG, das für Ihre Gemeinde zuständig ist. Es meldet sich "
                            "bei Ihnen.</li></ol>"
                            "<p>Sie telefonieren lieber? Rufen Sie den Helpdesk Integratioun an: Wir füllen die "
                            "Anfrage gemeinsam mit Ihnen aus.</p>",
                            lb="<ol><li>Gitt Är Gemeng un an d'Aart vun Hëllef, déi Dir braucht.</li>"
                            "<li>Gitt en Numm an e Wee un, fir Iech z'erreechen.</li>"
                            "<li>Är Ufro geet un de CIG, deen fir Är Gemeng zoustänneg ass. Hie mellt sech bei "
                            "Iech.</li></ol>"
                            "<p>Dir telefonéiert léiwer? Rufft den Helpdesk Integratioun un: Mir fëllen d'Ufro "
                            "zesumme mat Iech aus.</p>",
                            en="<ol><li>Tell us your municipality and the kind of help you need.</li>"
                            "<li>Give a name and a way to reach you.</li>"
                            "<li>Your request goes to the CIG serving your municipality. It will contact you.</li>"
                            "</ol>"
                            "<p>Would you rather phone? Call the Helpdesk Integratioun: we will fill in the request "
                            "with you.</p>",
                            pt="<ol><li>Diga-nos a sua comuna e o tipo de ajuda de que "
                            "precisa.</li><li>Indique um nome e uma forma de o contactarmos.</li><li>O "
                            "seu pedido vai para o CIG que serve a sua comuna. O CIG vai "
                            "contactá-lo.</li></ol><p>Prefere telefonar? Ligue para o Helpdesk "
                            "Integratioun: preenchemos o pedido consigo.</p>",
                        ),
                    },
                ],
            },
        },
    ]
