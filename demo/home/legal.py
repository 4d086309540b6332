"""The pages linked from the footer: accessibility statement, privacy notice and legal notice.

The site aims for WCAG 2.1 level AA; no law is cited because the shared reference data holds
none on web accessibility. The contact details are examples and the pages say so.
"""

from demo.toolkit import R, T

ORGANISATION = "Helpdesk Integratioun"
PHONE = "+352 12 34 56 78"
EMAIL = "contact@helpdesk-integratioun.example"
ADDRESS = "1, rue de l'Exemple\nL-0000 Luxembourg"
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
GEONAMES = "https://www.geonames.org/"

CONTACT = {
    "type": "contact",
    "value": {
        "name": T(fr=ORGANISATION, de=ORGANISATION, lb=ORGANISATION, en=ORGANISATION, pt=ORGANISATION),
        "role": T(
            fr="L'équipe du portail (coordonnées d'exemple)",
            de="Das Team des Portals (Beispiel-Kontaktdaten)",
            lb="D'Equipe vum Portal (Kontaktdaten als Beispill)",
            en="The portal team (example contact details)",
            pt="A equipa do portal (contactos de exemplo)",
        ),
        "phone": T(fr=PHONE, de=PHONE, lb=PHONE, en=PHONE, pt=PHONE),
        "email": EMAIL,
        "address": T(fr=ADDRESS, de=ADDRESS, lb=ADDRESS, en=ADDRESS, pt=ADDRESS),
        "hours": T(
            fr="Du lundi au vendredi, de 9 h à 12 h",
            de="Montag bis Freitag, 9 bis 12 Uhr",
            lb="Méindes bis freides, vun 9 bis 12 Auer",
            en="Monday to Friday, 9 am to 12 noon",
            pt="De segunda a sexta-feira, das 9h00 às 12h00",
        ),
    },
}


def _heading(text: T) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def accessibility() -> dict:
    return {
        "title": T(
            fr="Déclaration d'accessibilité",
            de="Erklärung zur Barrierefreiheit",
            lb="Deklaratioun iwwer d'Accessibilitéit",
            en="Accessibility statement",
            pt="Declaração de acessibilidade",
        ),
        "slug": T(
            fr="accessibilite", de="barrierefreiheit", lb="accessibiliteit", en="accessibility", pt="acessibilidade"
        ),
        "intro": T(
            fr="Nous voulons que chacun puisse utiliser ce portail, quels que soient son âge, sa langue ou son "
            "handicap.",
            de="Wir möchten, dass alle dieses Portal nutzen können, unabhängig von Alter, Sprache oder Behinderung.",
            lb="Mir wëllen, datt jiddereen dëse Portal notze kann, egal wéi al en ass, wéi eng Sprooch e "
            "schwätzt oder ob en eng Behënnerung huet.",
            en="We want everyone to be able to use this portal, whatever their age, language or disability.",
            pt="Queremos que todas as pessoas possam usar este portal, seja qual for a sua idade, língua ou "
            "deficiência.",
        ),
        "show_in_menus": False,
        "body": [
            _heading(T(fr="Notre objectif", de="Unser Ziel", lb="Eist Zil", en="Our goal", pt="O nosso objetivo")),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Ce portail vise le niveau AA des Règles pour l'accessibilité des contenus web "
                    "(WCAG) 2.1. Cette déclaration a été établie le 22 novembre 2026. Elle repose sur une "
                    "évaluation faite par l'équipe du portail ; aucun audit externe n'a encore eu lieu.</p>",
                    de="<p>Dieses Portal strebt die Stufe AA der Richtlinien für barrierefreie Webinhalte "
                    "(WCAG) 2.1 an. Diese Erklärung wurde am 22. November 2026 erstellt. Sie beruht auf einer "
                    "Prüfung durch das Team des Portals; eine externe Prüfung hat noch nicht stattgefunden.</p>",
                    lb="<p>Dëse Portal strieft den Niveau AA vun de Richtlinne fir accessibel Webinhalter "
                    "(WCAG) 2.1 un. Dës Deklaratioun gouf den 22. November 2026 opgestallt. Si baséiert op "
                    "enger Evaluatioun vun der Equipe vum Portal; en externen Audit gouf et nach net.</p>",
                    en="<p>This portal aims to meet level AA of the Web Content Accessibility Guidelines (WCAG) "
                    "2.1. This statement was prepared on 22 November 2026. It is based on an assessment by the "
                    "portal team; no external audit has taken place yet.</p>",
                    pt="<p>Este portal pretende cumprir o nível AA das Diretrizes de Acessibilidade para o "
                    "Conteúdo da Web (WCAG) 2.1. Esta declaração foi elaborada a 22 de novembro de 2026. "
                    "Baseia-se numa avaliação feita pela equipa do portal; ainda não foi feita nenhuma "
                    "auditoria externa.</p>",
                ),
            },
            _heading(
                T(fr="Ce que nous faisons", de="Was wir tun", lb="Wat mir maachen", en="What we do", pt="O que fazemos")
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<ul><li>Des textes courts et clairs, en français, en allemand, en luxembourgeois, en "
                    "anglais et en portugais.</li>"
                    "<li>Tout le site s'utilise au clavier et sans JavaScript.</li>"
                    "<li>Des couleurs bien contrastées et un texte qui reste lisible quand on l'agrandit "
                    "jusqu'à 200 %.</li>"
                    "<li>Des pages qui s'adaptent aux petits écrans, dès 320 pixels de large.</li>"
                    "<li>Des formulaires qui expliquent les erreurs et gardent ce que vous avez écrit.</li></ul>",
                    de="<ul><li>Kurze, klare Texte auf Französisch, Deutsch, Luxemburgisch, Englisch und "
                    "Portugiesisch.</li>"
                    "<li>Die ganze Website lässt sich mit der Tastatur und ohne JavaScript bedienen.</li>"
                    "<li>Kontrastreiche Farben und Text, der auch bei einer Vergrößerung auf 200 % lesbar "
                    "bleibt.</li>"
                    "<li>Seiten, die sich an kleine Bildschirme ab 320 Pixel Breite anpassen.</li>"
                    "<li>Formulare, die Fehler erklären und behalten, was Sie eingegeben haben.</li></ul>",
                    lb="<ul><li>Kuerz a kloer Texter op Franséisch, Däitsch, Lëtzebuergesch, Englesch an "
                    "Portugisesch.</li>"
                    "<li>De ganze Site léisst sech mat der Tastatur an ouni JavaScript benotzen.</li>"
                    "<li>Faarwe mat engem gudde Kontrast an Text, deen och bei enger Vergréisserung op 200 % "
                    "liesbar bleift.</li>"
                    "<li>Säiten, déi sech u kleng Schiermer vun 320 Pixel Breet un upassen.</li>"
                    "<li>Formulairen, déi Feeler erklären a behalen, wat Dir aginn hutt.</li></ul>",
                    en="<ul><li>Short, clear texts in French, German, Luxembourgish, English and Portuguese.</li>"
                    "<li>The whole site works with a keyboard and without JavaScript.</li>"
                    "<li>Colours with strong contrast and text that stays readable when enlarged to 200%.</li>"
                    "<li>Pages that fit small screens, from 320 pixels wide.</li>"
                    "<li>Forms that explain errors and keep what you typed.</li></ul>",
                    pt="<ul><li>Textos curtos e claros, em francês, alemão, luxemburguês, inglês e "
                    "português.</li><li>Todo o site funciona com o teclado e sem "
                    "JavaScript.</li><li>Cores com bom contraste e texto que continua legível quando é "
                    "ampliado até 200%.</li><li>Páginas que se adaptam a ecrãs pequenos, a partir de 320 "
                    "píxeis de largura.</li><li>Formulários que explicam os erros e guardam o que "
                    "escreveu.</li></ul>",
                ),
            },
            _heading(
                T(
                    fr="Limites connues",
                    de="Bekannte Einschränkungen",
                    lb="Bekannt Aschränkungen",
                    en="Known limitations",
                    pt="Limitações conhecidas",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<ul><li>Certains documents PDF publiés par nos partenaires ne sont peut-être pas "
                    "entièrement accessibles. Demandez-nous une autre version si besoin.</li>"
                    "<li>La description des images d'illustration des actualités n'existe qu'en français.</li>"
                    "<li>Le fond de carte de l'annuaire vient d'un service externe ; la liste des services reste "
                    "disponible sans la carte.</li></ul>",
                    de="<ul><li>Manche PDF-Dokumente unserer Partner sind möglicherweise nicht ganz barrierefrei. "
                    "Fragen Sie uns bei Bedarf nach einer anderen Fassung.</li>"
                    "<li>Die Beschreibung der Illustrationen in den Neuigkeiten gibt es nur auf Französisch.</li>"
                    "<li>Die Hintergrundkarte des Verzeichnisses kommt von einem externen Dienst; die Liste der "
                    "Dienste ist auch ohne Karte verfügbar.</li></ul>",
                    lb="<ul><li>Verschidde PDF-Dokumenter vun eise Partner sinn eventuell net ganz accessibel. "
                    "Frot eis, wann Dir eng aner Versioun braucht.</li>"
                    "<li>D'Beschreiwung vun de Biller bei den Neiegkeete gëtt et nëmmen op Franséisch.</li>"
                    "<li>D'Hannergrondkaart vum Verzeechnes kënnt vun engem externe Service; d'Lëscht vun de "
                    "Servicer gëtt et och ouni Kaart.</li></ul>",
                    en="<ul><li>Some PDF documents published by our partners may not be fully accessible. Ask us "
                    "for another version if you need one.</li>"
                    "<li>The descriptions of the illustrations in the news section are only in French.</li>"
                    "<li>The directory's background map comes from an outside service; the list of services is "
                    "available without the map.</li></ul>",
                    pt="<ul><li>Alguns documentos PDF publicados pelos nossos parceiros podem não ser "
                    "totalmente acessíveis. Se precisar, peça-nos outra versão.</li><li>As descrições das "
                    "ilustrações da secção de notícias só existem em francês.</li><li>O mapa de fundo do "
                    "diretório vem de um serviço externo; a lista de serviços está disponível sem o "
                    "mapa.</li></ul>",
                ),
            },
            _heading(
                T(
                    fr="Signaler un problème",
                    de="Ein Problem melden",
                    lb="E Problem mellen",
                    en="Report a problem",
                    pt="Comunicar um problema",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Vous n'arrivez pas à lire une page ou à remplir un formulaire ? Écrivez-nous ou "
                    "appelez-nous. Dites-nous sur quelle page et ce qui ne fonctionne pas. Nous vous répondons "
                    "dans un délai d'un mois.</p>",
                    de="<p>Sie können eine Seite nicht lesen oder ein Formular nicht ausfüllen? Schreiben Sie "
                    "uns oder rufen Sie uns an. Sagen Sie uns, auf welcher Seite und was nicht funktioniert. "
                    "Wir antworten Ihnen innerhalb eines Monats.</p>",
                    lb="<p>Dir kënnt eng Säit net liesen oder e Formulaire net ausfëllen? Schreift eis oder "
                    "rufft eis un. Sot eis, op wéi enger Säit a wat net funktionéiert. Mir äntweren Iech "
                    "bannent engem Mount.</p>",
                    en="<p>Can't read a page or fill in a form? Write to us or call us. Tell us which page and "
                    "what does not work. We will reply within one month.</p>",
                    pt="<p>Não consegue ler uma página ou preencher um formulário? Escreva-nos ou ligue-nos. "
                    "Diga-nos qual é a página e o que não funciona. Respondemos no prazo de um mês.</p>",
                ),
            },
            CONTACT,
        ],
    }


def privacy() -> dict:
    return {
        "title": T(
            fr="Protection des données",
            de="Datenschutz",
            lb="Dateschutz",
            en="Privacy notice",
            pt="Aviso de privacidade",
        ),
        "slug": T(fr="protection-des-donnees", de="datenschutz", lb="dateschutz", en="privacy", pt="privacidade"),
        "intro": T(
            fr="Ce portail collecte le moins de données possible. Voici lesquelles, pourquoi, et quels sont vos "
            "droits.",
            de="Dieses Portal erhebt so wenige Daten wie möglich. Hier steht, welche, warum und welche Rechte "
            "Sie haben.",
            lb="Dëse Portal sammelt esou wéineg Date wéi méiglech. Hei steet, wéi eng, firwat a wéi eng Rechter "
            "Dir hutt.",
            en="This portal collects as little data as possible. Here is what it collects, why, and what your "
            "rights are.",
            pt="Este portal recolhe o mínimo possível de dados. Eis o que recolhe, porquê, e quais são os "
            "seus direitos.",
        ),
        "show_in_menus": False,
        "body": [
            _heading(
                T(
                    fr="Pas de suivi",
                    de="Keine Nachverfolgung",
                    lb="Keng Iwwerwaachung",
                    en="No tracking",
                    pt="Sem rastreamento",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Nous n'utilisons ni outil de mesure d'audience, ni publicité, ni bouton de réseau "
                    "social. Le portail ne dépose aucun cookie pendant que vous le lisez.</p>"
                    "<p>Quand vous envoyez un formulaire, un cookie de sécurité est nécessaire : il protège "
                    "l'envoi contre les abus et ne sert à rien d'autre.</p>",
                    de="<p>Wir verwenden keine Reichweitenmessung, keine Werbung und keine Knöpfe sozialer "
                    "Netzwerke. Das Portal setzt keine Cookies, während Sie es lesen.</p>"
                    "<p>Wenn Sie ein Formular absenden, ist ein Sicherheits-Cookie nötig: Es schützt das "
                    "Absenden vor Missbrauch und dient zu nichts anderem.</p>",
                    lb="<p>Mir benotze keng Publikumsmiessung, keng Reklamm a keng Knäppercher vu sozialen "
                    "Netzwierker. De Portal setzt keng Cookien, wärend Dir en liest.</p>"
                    "<p>Wann Dir e Formulaire schéckt, ass e Sécherheets-Cookie néideg: Hie schützt d'Schécken "
                    "géint Mëssbrauch an déngt zu näischt anescht.</p>",
                    en="<p>We use no audience measurement, no advertising and no social media buttons. The "
                    "portal sets no cookies while you read it.</p>"
                    "<p>When you send a form, a security cookie is needed: it protects the form against misuse "
                    "and is used for nothing else.</p>",
                    pt="<p>Não usamos medição de audiências, publicidade nem botões de redes sociais. O "
                    "portal não coloca cookies enquanto o lê.</p><p>Quando envia um formulário, é "
                    "necessário um cookie de segurança: protege o formulário contra abusos e não serve "
                    "para mais nada.</p>",
                ),
            },
            _heading(
                T(
                    fr="Demandes d'aide à domicile",
                    de="Anfragen für Hilfe zu Hause",
                    lb="Ufroe fir Hëllef doheem",
                    en="Requests for help at home",
                    pt="Pedidos de ajuda em casa",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Quand vous demandez de l'aide à domicile, pour vous ou pour un proche, nous "
                    "demandons seulement ce qu'il faut pour vous aider : un nom, un moyen de vous joindre, la "
                    "commune et le type d'aide.</p>"
                    "<p>Votre demande va au CIG qui sert votre commune et au Helpdesk Integratioun, à personne "
                    "d'autre. Nous effaçons vos données 365 jours après la clôture de la demande.</p>",
                    de="<p>Wenn Sie Hilfe zu Hause anfragen, für sich oder für einen Angehörigen, fragen wir nur "
                    "nach dem, was wir brauchen, um Ihnen zu helfen: einen Namen, einen Weg, Sie zu erreichen, "
                    "die Gemeinde und die Art der Hilfe.</p>"
                    "<p>Ihre Anfrage geht an das CIG, das für Ihre Gemeinde zuständig ist, und an den Helpdesk "
                    "Integratioun, an niemanden sonst. Wir löschen Ihre Daten 365 Tage nach dem Abschluss der "
                    "Anfrage.</p>",
                    lb="<p>Wann Dir Hëllef doheem ufrot, fir Iech oder fir ee vun Ären Noen, da froe mir nëmmen "
                    "no deem, wat mir brauchen, fir Iech ze hëllefen: en Numm, e Wee, fir Iech z'erreechen, "
                    "d'Gemeng an d'Aart vun Hëllef.</p>"
                    "<p>Är Ufro geet un de CIG, deen fir Är Gemeng zoustänneg ass, an un den Helpdesk "
                    "Integratioun, a soss u keen. Mir läschen Är Donnéeën 365 Deeg nodeems d'Ufro "
                    "ofgeschloss ass.</p>",
                    en="<p>When you ask for help at home, for yourself or for a relative, we only ask for what "
                    "we need to help you: a name, a way to reach you, the municipality and the kind of "
                    "help.</p>"
                    "<p>Your request goes to the CIG serving your municipality and to the Helpdesk "
                    "Integratioun, and to no one else. We delete your data 365 days after the request is "
                    "closed.</p>",
                    pt="<p>Quando pede ajuda em casa, para si ou para um familiar, só lhe pedimos o que "
                    "precisamos para o ajudar: um nome, uma forma de o contactar, a comuna e o tipo de "
                    "ajuda.</p><p>O seu pedido vai para o CIG que serve a sua comuna e para o Helpdesk "
                    "Integratioun, e para mais ninguém. Apagamos os seus dados 365 dias depois de o "
                    "pedido ser encerrado.</p>",
                ),
            },
            _heading(T(fr="Vos droits", de="Ihre Rechte", lb="Är Rechter", en="Your rights", pt="Os seus direitos")),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Selon le règlement général sur la protection des données (RGPD), vous pouvez "
                    "demander à voir les données que nous avons sur vous, les faire corriger ou les faire "
                    "effacer. Écrivez-nous : nous répondons dans un délai d'un mois.</p>"
                    "<p>Si vous n'êtes pas satisfait de notre réponse, vous pouvez vous adresser à la "
                    "Commission nationale pour la protection des données (CNPD).</p>",
                    de="<p>Nach der Datenschutz-Grundverordnung (DSGVO) können Sie verlangen, die Daten zu "
                    "sehen, die wir über Sie haben, sie berichtigen oder löschen zu lassen. Schreiben Sie uns: "
                    "Wir antworten innerhalb eines Monats.</p>"
                    "<p>Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Nationale "
                    "Kommission für den Datenschutz (CNPD) wenden.</p>",
                    lb="<p>No der Datenschutz-Grondverordnung (DSGVO) kënnt Dir ufroen, d'Donnéeën ze gesinn, "
                    "déi mir iwwer Iech hunn, se verbessere loossen oder se läsche loossen. Schreift eis: Mir äntwere "
                    "bannent engem Mount.</p>"
                    "<p>Wann Dir mat eiser Äntwert net zefridden sidd, kënnt Dir Iech un d'National Kommissioun "
                    "fir den Dateschutz (CNPD) wenden.</p>",
                    en="<p>Under the General Data Protection Regulation (GDPR), you can ask to see the data we "
                    "hold about you, to have it corrected or to have it deleted. Write to us: we reply within "
                    "one month.</p>"
                    "<p>If you are not satisfied with our answer, you can contact the National Commission for "
                    "Data Protection (CNPD).</p>",
                    pt="<p>Ao abrigo do Regulamento Geral sobre a Proteção de Dados (RGPD), pode pedir para "
                    "ver os dados que temos sobre si, para os corrigir ou para os apagar. Escreva-nos: "
                    "respondemos no prazo de um mês.</p><p>Se não ficar satisfeito com a nossa resposta, "
                    "pode contactar a Comissão Nacional para a Proteção de Dados (CNPD).</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "title": T(
                        fr="Vos questions", de="Ihre Fragen", lb="Är Froen", en="Your questions", pt="As suas perguntas"
                    ),
                    "items": [
                        {
                            "question": T(
                                fr="Pourquoi demandez-vous ma commune ?",
                                de="Warum fragen Sie nach meiner Gemeinde?",
                                lb="Firwat frot Dir no menger Gemeng?",
                                en="Why do you ask for my municipality?",
                                pt="Porque é que pedem a minha comuna?",
                            ),
                            "answer": R(
                                fr="<p>Pour envoyer votre demande au CIG qui travaille dans votre commune.</p>",
                                de="<p>Um Ihre Anfrage an das CIG zu schicken, das in Ihrer Gemeinde arbeitet.</p>",
                                lb="<p>Fir Är Ufro un de CIG ze schécken, deen an Ärer Gemeng schafft.</p>",
                                en="<p>To send your request to the CIG that works in your municipality.</p>",
                                pt="<p>Para enviar o seu pedido ao CIG que trabalha na sua comuna.</p>",
                            ),
                        },
                        {
                            "question": T(
                                fr="Puis-je faire une demande pour un proche ?",
                                de="Kann ich für einen Angehörigen eine Anfrage stellen?",
                                lb="Kann ech fir ee vu menge Noen eng Ufro maachen?",
                                en="Can I make a request for a relative?",
                                pt="Posso fazer um pedido para um familiar?",
                            ),
                            "answer": R(
                                fr="<p>Oui. Prévenez la personne et donnez-nous un moyen de vous joindre, vous "
                                "ou elle.</p>",
                                de="<p>Ja. Sagen Sie der Person Bescheid und geben Sie uns einen Weg an, Sie "
                                "oder sie zu erreichen.</p>",
                                lb="<p>Jo. Sot der Persoun Bescheed a gitt eis e Wee un, fir Iech oder si "
                                "z'erreechen.</p>",
                                en="<p>Yes. Let the person know and give us a way to reach you or them.</p>",
                                pt="<p>Sim. Avise a pessoa e indique-nos uma forma de contactar consigo ou "
                                "com ela.</p>",
                            ),
                        },
                    ],
                },
            },
            CONTACT,
        ],
    }


def legal_notice() -> dict:
    return {
        "title": T(fr="Mentions légales", de="Impressum", lb="Impressum", en="Legal notice", pt="Informações legais"),
        "slug": T(fr="mentions-legales", de="impressum", lb="impressum", en="legal-notice", pt="informacoes-legais"),
        "intro": T(
            fr="Qui publie ce portail, où il est hébergé et d'où viennent ses données.",
            de="Wer dieses Portal herausgibt, wo es gehostet wird und woher seine Daten stammen.",
            lb="Wien dëse Portal erausgëtt, wou en gehost gëtt a vu wou seng Donnéeë kommen.",
            en="Who publishes this portal, where it is hosted and where its data comes from.",
            pt="Quem publica este portal, onde está alojado e de onde vêm os seus dados.",
        ),
        "show_in_menus": False,
        "body": [
            _heading(T(fr="Éditeur", de="Herausgeber", lb="Editeur", en="Publisher", pt="Editor")),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Ce portail est publié par le Helpdesk Integratioun. C'est un site de démonstration : "
                    "le téléphone, l'adresse e-mail et l'adresse postale ci-dessous sont des exemples.</p>",
                    de="<p>Dieses Portal wird vom Helpdesk Integratioun herausgegeben. Es ist eine "
                    "Demonstrationsseite: Telefon, E-Mail-Adresse und Postanschrift unten sind Beispiele.</p>",
                    lb="<p>Dëse Portal gëtt vum Helpdesk Integratioun erausginn. Et ass en "
                    "Demonstratiounssite: Telefon, E-Mail-Adress a Postadress hei drënner sinn Beispiller.</p>",
                    en="<p>This portal is published by the Helpdesk Integratioun. It is a demonstration site: "
                    "the phone number, email address and postal address below are examples.</p>",
                    pt="<p>Este portal é publicado pelo Helpdesk Integratioun. É um site de demonstração: o "
                    "número de telefone, o endereço de email e a morada abaixo são exemplos.</p>",
                ),
            },
            CONTACT,
            _heading(T(fr="Hébergement", de="Hosting", lb="Hosting", en="Hosting", pt="Alojamento")),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>[À compléter avant la mise en ligne : nom, adresse et téléphone de l'hébergeur.]</p>",
                    de="<p>[Vor der Veröffentlichung zu ergänzen: Name, Anschrift und Telefon des Hosters.]</p>",
                    lb="<p>[Virun der Publikatioun ze ergänzen: Numm, Adress an Telefon vum Hoster.]</p>",
                    en="<p>[To be completed before going live: name, address and phone number of the host.]</p>",
                    pt="<p>[A completar antes da entrada em funcionamento: nome, morada e número de telefone "
                    "do alojamento.]</p>",
                ),
            },
            _heading(
                T(
                    fr="Textes, images et données",
                    de="Texte, Bilder und Daten",
                    lb="Texter, Biller an Donnéeën",
                    en="Texts, images and data",
                    pt="Textos, imagens e dados",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Les textes et les illustrations de ce portail ont été écrits et dessinés pour lui.</p>"
                    "<p>Les codes et les noms des communes et des cantons viennent du STATEC (LUSTAT), sous "
                    f'licence <a href="{CC0}">CC0</a>. Source : STATEC (LUSTAT).</p>'
                    "<p>Les codes postaux et les coordonnées des localités viennent de "
                    f'<a href="{GEONAMES}">GeoNames.org</a>, sous licence <a href="{CC_BY}">CC BY 4.0</a>.</p>',
                    de="<p>Die Texte und Illustrationen dieses Portals wurden eigens dafür geschrieben und "
                    "gezeichnet.</p>"
                    "<p>Die Codes und Namen der Gemeinden und Kantone stammen vom STATEC (LUSTAT), unter der "
                    f'Lizenz <a href="{CC0}">CC0</a>. Quelle: STATEC (LUSTAT).</p>'
                    "<p>Die Postleitzahlen und die Koordinaten der Ortschaften stammen von "
                    f'<a href="{GEONAMES}">GeoNames.org</a>, unter der Lizenz <a href="{CC_BY}">CC BY 4.0</a>.</p>',
                    lb="<p>D'Texter an d'Illustratioune vun dësem Portal goufen extra fir de Portal "
                    "geschriwwen a gezeechent.</p>"
                    "<p>D'Coden an d'Nimm vun de Gemengen a Kantone komme vum STATEC (LUSTAT), ënner der "
                    f'Lizenz <a href="{CC0}">CC0</a>. Quell: STATEC (LUSTAT).</p>'
                    "<p>D'Postcoden an d'Koordinate vun den Uertschafte komme vu "
                    f'<a href="{GEONAMES}">GeoNames.org</a>, ënner der Lizenz <a href="{CC_BY}">CC BY 4.0</a>.</p>',
                    en="<p>The texts and illustrations on this portal were written and drawn for it.</p>"
                    "<p>The codes and names of the municipalities and cantons come from STATEC (LUSTAT), under "
                    f'the <a href="{CC0}">CC0</a> licence. Source: STATEC (LUSTAT).</p>'
                    "<p>Postcodes and the coordinates of localities come from "
                    f'<a href="{GEONAMES}">GeoNames.org</a>, under the <a href="{CC_BY}">CC BY 4.0</a> '
                    "licence.</p>",
                    pt="<p>Os textos e as ilustrações deste portal foram escritos e desenhados para "
                    "ele.</p><p>Os códigos e os nomes das comunas e dos cantões vêm do STATEC (LUSTAT), "
                    f'com a licença <a href="{CC0}">CC0</a>. Fonte: STATEC (LUSTAT).</p><p>Os códigos '
                    "postais e as coordenadas das localidades vêm do <a "
                    f'href="{GEONAMES}">GeoNames.org</a>, com a licença <a href="{CC_BY}">CC BY '
                    "4.0</a>.</p>",
                ),
            },
            _heading(
                T(
                    fr="Liens vers d'autres sites",
                    de="Links zu anderen Websites",
                    lb="Linken op aner Sitten",
                    en="Links to other websites",
                    pt="Ligações para outros sites",
                )
            ),
            {
                "type": "paragraph",
                "value": R(
                    fr="<p>Ce portail renvoie vers des sites officiels et des articles de presse. Nous ne "
                    "sommes pas responsables de leur contenu.</p>",
                    de="<p>Dieses Portal verlinkt auf offizielle Websites und Presseartikel. Für deren Inhalt "
                    "sind wir nicht verantwortlich.</p>",
                    lb="<p>Dëse Portal verlinkt op offiziell Sitten a Presseartikelen. Fir hiren Inhalt si mir "
                    "net verantwortlech.</p>",
                    en="<p>This portal links to official websites and press articles. We are not responsible "
                    "for their content.</p>",
                    pt="<p>Este portal tem ligações para sites oficiais e artigos de imprensa. Não somos "
                    "responsáveis pelo seu conteúdo.</p>",
                ),
            },
        ],
    }
