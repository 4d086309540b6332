# ruff: noqa: E501 -- demo texts in five languages
"""The easy-to-read summaries of the demo's key pages, in the five languages.

French follows the FALC rules and German those of Leichte Sprache; Luxembourgish, English and
Portuguese say the same in the same way: short sentences, one idea each, numbers in digits, no
jargon, the reader addressed directly. Each sentence is a paragraph of its own, so that the
translations pair sentence by sentence.

The loaders add a summary to a page's data with ``with_easy_read(key, data)``, which the French
page is built from and translated with; ``write_easy_read`` gives a page made before summaries
existed its summary, and brings its translations up to date.
"""

from __future__ import annotations

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from demo.toolkit import SOURCE_LANGUAGE, Log, R, localise, translate_or_update

LANGUAGES = ("fr", "de", "lb", "en", "pt")


def _sentences(**languages: list[str]) -> R:
    """One paragraph per sentence; every language has as many sentences as the French."""
    counts = {len(sentences) for sentences in languages.values()}
    if set(languages) != set(LANGUAGES) or len(counts) != 1:
        raise ValueError(f"every language needs the same number of sentences: {languages['fr'][0]!r}")
    return R(**{code: "".join(f"<p>{sentence}</p>" for sentence in sentences) for code, sentences in languages.items()})


EASY_READ: dict[str, R] = {
    "home": _sentences(
        fr=[
            "Ce site vous aide dans votre commune.",
            "Vous cherchez de l'aide près de chez vous ? Le site vous montre les services.",
            "Par exemple : de l'aide à la maison ou un café internet.",
            "Vous pouvez demander de l'aide à la maison. Pour vous ou pour un proche.",
            "Les communes trouvent ici un guide.",
            "Ce guide explique comment bien accueillir tous les habitants.",
            "Le site existe en 5 langues.",
        ],
        de=[
            "Diese Internet-Seite hilft Ihnen in Ihrer Gemeinde.",
            "Sie suchen Hilfe in Ihrer Nähe? Die Seite zeigt Ihnen die Dienste.",
            "Zum Beispiel: Hilfe zu Hause oder ein Internet-Café.",
            "Sie können Hilfe zu Hause anfragen. Für sich oder für einen Angehörigen.",
            "Die Gemeinden finden hier einen Leitfaden.",
            "Der Leitfaden erklärt: So heißt man alle Einwohner gut willkommen.",
            "Die Seite gibt es in 5 Sprachen.",
        ],
        lb=[
            "Dëse Site hëlleft Iech an Ärer Gemeng.",
            "Dir sicht Hëllef no bei Iech? De Site weist Iech d'Servicer.",
            "Zum Beispill: Hëllef doheem oder en Internetcafé.",
            "Dir kënnt Hëllef doheem ufroen. Fir Iech oder fir ee vun Ären Noen.",
            "D'Gemenge fannen hei e Guide.",
            "De Guide erkläert, wéi een all d'Awunner gutt empfänkt.",
            "De Site gëtt et a 5 Sproochen.",
        ],
        en=[
            "This website helps you in your municipality.",
            "Are you looking for help near you? The website shows you the services.",
            "For example: help at home or an internet café.",
            "You can ask for help at home. For yourself or for someone close to you.",
            "Municipalities find a guide here.",
            "The guide explains how to welcome all residents well.",
            "The website is in 5 languages.",
        ],
        pt=[
            "Este site ajuda-o na sua comuna.",
            "Procura ajuda perto de si? O site mostra-lhe os serviços.",
            "Por exemplo: ajuda em casa ou um café com internet.",
            "Pode pedir ajuda em casa. Para si ou para alguém próximo.",
            "As comunas encontram aqui um guia.",
            "O guia explica como receber bem todos os habitantes.",
            "O site existe em 5 línguas.",
        ],
    ),
    "directory": _sentences(
        fr=[
            "Sur cette page, vous trouvez des services près de chez vous.",
            "Écrivez le nom de votre commune. Ou votre code postal.",
            "Vous pouvez aussi choisir un type de service.",
            "Par exemple : de l'aide à la maison.",
            "Puis appuyez sur le bouton « Rechercher ».",
            "Vous voyez alors la liste des services.",
            "Pour chaque service, vous voyez l'adresse, le téléphone et les heures d'ouverture.",
        ],
        de=[
            "Auf dieser Seite finden Sie Dienste in Ihrer Nähe.",
            "Schreiben Sie den Namen von Ihrer Gemeinde. Oder Ihre Post-Leitzahl.",
            "Sie können auch eine Art von Dienst wählen.",
            "Zum Beispiel: Hilfe zu Hause.",
            "Dann drücken Sie auf den Knopf „Suchen“.",
            "Dann sehen Sie eine Liste mit den Diensten.",
            "Bei jedem Dienst stehen die Adresse, das Telefon und die Öffnungs-Zeiten.",
        ],
        lb=[
            "Op dëser Säit fannt Dir Servicer no bei Iech.",
            "Schreift den Numm vun Ärer Gemeng. Oder Är Postleitzuel.",
            "Dir kënnt och eng Zort vu Service wielen.",
            "Zum Beispill: Hëllef doheem.",
            "Dann dréckt Dir op de Knäppchen „Sichen“.",
            "Da gesitt Dir d'Lëscht vun de Servicer.",
            "Bei all Service stinn d'Adress, den Telefon an d'Ëffnungszäiten.",
        ],
        en=[
            "On this page, you find services near you.",
            "Write the name of your municipality. Or your postcode.",
            "You can also choose a type of service.",
            "For example: help at home.",
            "Then press the “Search” button.",
            "You then see the list of services.",
            "For each service, you see the address, the phone number and the opening hours.",
        ],
        pt=[
            "Nesta página, encontra serviços perto de si.",
            "Escreva o nome da sua comuna. Ou o seu código postal.",
            "Também pode escolher um tipo de serviço.",
            "Por exemplo: ajuda em casa.",
            "Depois carregue no botão «Pesquisar».",
            "Vê então a lista dos serviços.",
            "Para cada serviço, vê a morada, o telefone e o horário.",
        ],
    ),
    "care_request": _sentences(
        fr=[
            "Vous avez besoin d'aide à la maison ? Vous pouvez la demander ici.",
            "Par exemple : une petite réparation, le jardin, les courses ou l'ordinateur.",
            "Vous pouvez demander de l'aide pour vous. Ou pour un proche.",
            "Remplissez le formulaire. Cela prend environ 5 minutes.",
            "Donnez un numéro de téléphone ou une adresse e-mail. Un des deux suffit.",
            "N'écrivez rien sur votre santé.",
            "Avant d'envoyer, vous pouvez relire vos réponses.",
            "Ensuite, une personne de votre commune ou de notre équipe vous contacte.",
            "Cela prend au plus 2 jours de travail.",
        ],
        de=[
            "Brauchen Sie Hilfe zu Hause? Dann können Sie hier fragen.",
            "Zum Beispiel: eine kleine Reparatur, den Garten, das Einkaufen oder den Computer.",
            "Sie können Hilfe für sich anfragen. Oder für einen Angehörigen.",
            "Füllen Sie das Formular aus. Das dauert ungefähr 5 Minuten.",
            "Geben Sie eine Telefon-Nummer oder eine E-Mail-Adresse an. Eins von beiden reicht.",
            "Schreiben Sie nichts über Ihre Gesundheit.",
            "Vor dem Absenden können Sie Ihre Antworten noch einmal lesen.",
            "Danach meldet sich eine Person aus Ihrer Gemeinde oder aus unserem Team bei Ihnen.",
            "Das dauert höchstens 2 Arbeits-Tage.",
        ],
        lb=[
            "Braucht Dir Hëllef doheem? Da kënnt Dir hei froen.",
            "Zum Beispill: eng kleng Reparatur, de Gaart, d'Akafen oder de Computer.",
            "Dir kënnt Hëllef fir Iech ufroen. Oder fir ee vun Ären Noen.",
            "Fëllt de Formulaire aus. Dat dauert ongeféier 5 Minutten.",
            "Gitt eng Telefonsnummer oder eng E-Mail-Adress un. Eent vun deenen zwee geet duer.",
            "Schreift näischt iwwer Är Gesondheet.",
            "Ier Dir se schéckt, kënnt Dir Är Äntwerten nach eng Kéier liesen.",
            "Duerno mellt sech eng Persoun aus Ärer Gemeng oder aus eiser Equipe bei Iech.",
            "Dat dauert héchstens 2 Aarbechtsdeeg.",
        ],
        en=[
            "Do you need help at home? You can ask for it here.",
            "For example: a small repair, the garden, shopping or the computer.",
            "You can ask for help for yourself. Or for someone close to you.",
            "Fill in the form. It takes about 5 minutes.",
            "Give a phone number or an email address. One of the two is enough.",
            "Do not write anything about your health.",
            "Before you send it, you can read your answers again.",
            "Then someone from your municipality or from our team contacts you.",
            "It takes at most 2 working days.",
        ],
        pt=[
            "Precisa de ajuda em casa? Pode pedi-la aqui.",
            "Por exemplo: uma pequena reparação, o jardim, as compras ou o computador.",
            "Pode pedir ajuda para si. Ou para alguém próximo.",
            "Preencha o formulário. Demora cerca de 5 minutos.",
            "Indique um número de telefone ou um endereço de e-mail. Basta um dos dois.",
            "Não escreva nada sobre a sua saúde.",
            "Antes de enviar, pode ler outra vez as suas respostas.",
            "Depois, uma pessoa da sua comuna ou da nossa equipa contacta-o.",
            "Isto demora no máximo 2 dias úteis.",
        ],
    ),
    "privacy": _sentences(
        fr=[
            "Cette page parle de vos données.",
            "Vos données, ce sont par exemple votre nom et votre numéro de téléphone.",
            "Ce site ne vous suit pas quand vous le lisez.",
            "Il n'y a pas de publicité.",
            "Vous demandez de l'aide ? Nous demandons seulement ce qu'il faut pour vous aider.",
            "Seules 2 équipes lisent votre demande.",
            "Ce sont l'équipe de votre commune et notre équipe d'aide.",
            "Nous effaçons vos données 1 an après la fin de votre demande.",
            "Vous pouvez voir vos données. Vous pouvez les faire corriger ou effacer.",
            "Écrivez-nous. Nous répondons en 1 mois.",
        ],
        de=[
            "Auf dieser Seite geht es um Ihre Daten.",
            "Daten sind zum Beispiel Ihr Name und Ihre Telefon-Nummer.",
            "Diese Internet-Seite beobachtet Sie nicht beim Lesen.",
            "Es gibt keine Werbung.",
            "Sie fragen nach Hilfe? Wir fragen nur, was wir für die Hilfe brauchen.",
            "Nur 2 Teams lesen Ihre Anfrage.",
            "Das sind das Team von Ihrer Gemeinde und unser Hilfe-Team.",
            "Wir löschen Ihre Daten 1 Jahr nach dem Ende von Ihrer Anfrage.",
            "Sie dürfen Ihre Daten sehen. Sie dürfen sie verbessern oder löschen lassen.",
            "Schreiben Sie uns. Wir antworten in 1 Monat.",
        ],
        lb=[
            "Op dëser Säit geet et ëm Är Donnéeën.",
            "Donnéeë sinn zum Beispill Ären Numm an Är Telefonsnummer.",
            "Dëse Site iwwerwaacht Iech net, wann Dir e liest.",
            "Et gëtt keng Reklamm.",
            "Dir frot no Hëllef? Mir froen nëmmen dat, wat mir fir d'Hëllef brauchen.",
            "Nëmmen 2 Equippe liesen Är Ufro.",
            "Dat sinn d'Equipe vun Ärer Gemeng an eis Hëllefsequipe.",
            "Mir läschen Är Donnéeën 1 Joer nodeems Är Ufro eriwwer ass.",
            "Dir däerft Är Donnéeë gesinn. Dir däerft se verbessere oder läsche loossen.",
            "Schreift eis. Mir äntweren an 1 Mount.",
        ],
        en=[
            "This page is about your data.",
            "Your data is, for example, your name and your phone number.",
            "This website does not follow you while you read it.",
            "There is no advertising.",
            "Are you asking for help? We only ask for what we need to help you.",
            "Only 2 teams read your request.",
            "They are the team in your municipality and our help team.",
            "We delete your data 1 year after your request has ended.",
            "You can see your data. You can have it corrected or deleted.",
            "Write to us. We reply within 1 month.",
        ],
        pt=[
            "Esta página fala dos seus dados.",
            "Os seus dados são, por exemplo, o seu nome e o seu telefone.",
            "Este site não o segue enquanto o lê.",
            "Não há publicidade.",
            "Está a pedir ajuda? Só pedimos o que precisamos para o ajudar.",
            "Só 2 equipas leem o seu pedido.",
            "São a equipa da sua comuna e a nossa equipa de apoio.",
            "Apagamos os seus dados 1 ano depois do fim do seu pedido.",
            "Pode ver os seus dados. Pode pedir que sejam corrigidos ou apagados.",
            "Escreva-nos. Respondemos no prazo de 1 mês.",
        ],
    ),
    "guide": _sentences(
        fr=[
            "Ce guide est pour les communes.",
            "Il aide une commune à faire un plan.",
            "Le plan aide les habitants à bien vivre ensemble.",
            "Les nouveaux habitants aussi.",
            "Le guide a 10 étapes.",
            "Les étapes sont dans l'ordre, de 1 à 10.",
            "Chaque étape dit ce qu'il faut faire et qui le fait.",
            "Vous pouvez aussi imprimer le guide.",
        ],
        de=[
            "Dieser Leitfaden ist für die Gemeinden.",
            "Er hilft einer Gemeinde, einen Plan zu machen.",
            "Der Plan hilft den Einwohnern, gut zusammen zu leben.",
            "Auch den neuen Einwohnern.",
            "Der Leitfaden hat 10 Schritte.",
            "Die Schritte sind in der Reihenfolge von 1 bis 10.",
            "Jeder Schritt sagt: Was ist zu tun? Und wer macht es?",
            "Sie können den Leitfaden auch ausdrucken.",
        ],
        lb=[
            "Dëse Guide ass fir d'Gemengen.",
            "Hien hëlleft enger Gemeng, e Plang ze maachen.",
            "De Plang hëlleft den Awunner, gutt zesummen ze liewen.",
            "Och den neien Awunner.",
            "De Guide huet 10 Schrëtt.",
            "D'Schrëtt sinn an der Reiefolleg, vun 1 bis 10.",
            "All Schrëtt seet, wat ze maachen ass a wien et mécht.",
            "Dir kënnt de Guide och drécken.",
        ],
        en=[
            "This guide is for municipalities.",
            "It helps a municipality make a plan.",
            "The plan helps residents live well together.",
            "Newcomers too.",
            "The guide has 10 steps.",
            "The steps are in order, from 1 to 10.",
            "Each step says what to do and who does it.",
            "You can also print the guide.",
        ],
        pt=[
            "Este guia é para as comunas.",
            "Ajuda uma comuna a fazer um plano.",
            "O plano ajuda os habitantes a viverem bem juntos.",
            "Também os novos habitantes.",
            "O guia tem 10 etapas.",
            "As etapas estão por ordem, de 1 a 10.",
            "Cada etapa diz o que é preciso fazer e quem o faz.",
            "Também pode imprimir o guia.",
        ],
    ),
    "step-1": _sentences(
        fr=[
            "C'est l'étape 1.",
            "Le conseil communal se réunit.",
            "Il décide : la commune va faire un plan pour bien vivre ensemble.",
            "Il dit qui s'occupe du plan.",
            "Il donne un peu d'argent pour commencer.",
            "Ensuite, la commune le dit aux habitants.",
        ],
        de=[
            "Das ist Schritt 1.",
            "Der Gemeinde-Rat trifft sich.",
            "Er beschließt: Die Gemeinde macht einen Plan für ein gutes Zusammen-Leben.",
            "Er sagt, wer sich um den Plan kümmert.",
            "Er gibt etwas Geld für den Anfang.",
            "Danach sagt die Gemeinde es den Einwohnern.",
        ],
        lb=[
            "Dat ass de Schrëtt 1.",
            "De Gemengerot kënnt zesummen.",
            "Hien decidéiert: D'Gemeng mécht e Plang, fir gutt zesummen ze liewen.",
            "Hie seet, wien sech ëm de Plang këmmert.",
            "Hie gëtt e bësse Geld fir unzefänken.",
            "Duerno seet d'Gemeng et den Awunner.",
        ],
        en=[
            "This is step 1.",
            "The municipal council meets.",
            "It decides: the municipality will make a plan for living well together.",
            "It says who takes care of the plan.",
            "It gives some money to start.",
            "Then the municipality tells the residents.",
        ],
        pt=[
            "Esta é a etapa 1.",
            "O conselho comunal reúne-se.",
            "Decide: a comuna vai fazer um plano para viver bem em conjunto.",
            "Diz quem trata do plano.",
            "Dá algum dinheiro para começar.",
            "Depois, a comuna conta aos habitantes.",
        ],
    ),
    "step-2": _sentences(
        fr=[
            "C'est l'étape 2.",
            "La commune parle du plan à beaucoup de monde.",
            "Par exemple : aux associations, aux écoles et aux entreprises.",
            "Elle invite tous les habitants à une réunion.",
            "Elle invite aussi les personnes que l'on entend peu.",
            "Plus il y a de monde, plus le plan est fort.",
        ],
        de=[
            "Das ist Schritt 2.",
            "Die Gemeinde erzählt vielen Menschen von dem Plan.",
            "Zum Beispiel: den Vereinen, den Schulen und den Firmen.",
            "Sie lädt alle Einwohner zu einem Treffen ein.",
            "Sie lädt auch die Menschen ein, die man selten hört.",
            "Je mehr Menschen mitmachen, desto stärker ist der Plan.",
        ],
        lb=[
            "Dat ass de Schrëtt 2.",
            "D'Gemeng schwätzt mat vill Leit iwwer de Plang.",
            "Zum Beispill: mat de Veräiner, de Schoulen an de Firmen.",
            "Si invitéiert all d'Awunner op eng Versammlung.",
            "Si invitéiert och d'Leit, déi een net dacks héiert.",
            "Wat méi Leit matmaachen, wat méi staark ass de Plang.",
        ],
        en=[
            "This is step 2.",
            "The municipality tells many people about the plan.",
            "For example: associations, schools and companies.",
            "It invites all residents to a meeting.",
            "It also invites the people who are rarely heard.",
            "The more people take part, the stronger the plan.",
        ],
        pt=[
            "Esta é a etapa 2.",
            "A comuna fala do plano a muitas pessoas.",
            "Por exemplo: às associações, às escolas e às empresas.",
            "Convida todos os habitantes para uma reunião.",
            "Convida também as pessoas que raramente são ouvidas.",
            "Quanto mais pessoas participam, mais forte é o plano.",
        ],
    ),
    "step-3": _sentences(
        fr=[
            "C'est l'étape 3.",
            "La commune forme un petit groupe.",
            "Le groupe réunit des élus, des services, des associations et des habitants.",
            "Ce groupe suit le plan du début à la fin.",
            "Le groupe écrit son rôle sur papier.",
            "Il fixe les dates de ses réunions pour l'année.",
        ],
        de=[
            "Das ist Schritt 3.",
            "Die Gemeinde bildet eine kleine Gruppe.",
            "In der Gruppe sind Politiker, Dienste, Vereine und Einwohner.",
            "Die Gruppe begleitet den Plan vom Anfang bis zum Ende.",
            "Die Gruppe schreibt ihre Aufgabe auf.",
            "Sie legt die Termine für ihre Treffen im Jahr fest.",
        ],
        lb=[
            "Dat ass de Schrëtt 3.",
            "D'Gemeng mécht e klenge Grupp.",
            "Am Grupp sinn Politiker, Servicer, Veräiner an Awunner.",
            "De Grupp begleet de Plang vum Ufank bis zum Schluss.",
            "De Grupp schreift seng Aufgab op.",
            "Hie leet d'Datume vu senge Versammlunge fir d'Joer fest.",
        ],
        en=[
            "This is step 3.",
            "The municipality forms a small group.",
            "The group has councillors, services, associations and residents.",
            "This group follows the plan from start to finish.",
            "The group writes down its role.",
            "It sets the dates of its meetings for the year.",
        ],
        pt=[
            "Esta é a etapa 3.",
            "A comuna forma um pequeno grupo.",
            "No grupo há eleitos, serviços, associações e habitantes.",
            "Este grupo acompanha o plano do início ao fim.",
            "O grupo escreve qual é o seu papel.",
            "Marca as datas das suas reuniões para o ano.",
        ],
    ),
    "step-4": _sentences(
        fr=[
            "C'est l'étape 4.",
            "La commune regarde ce qui existe déjà.",
            "Par exemple : les services et les associations.",
            "Elle regarde combien d'habitants vivent dans la commune.",
            "Elle demande aux habitants ce qui leur manque.",
            "À la fin, elle écrit une liste de besoins. Les plus importants d'abord.",
        ],
        de=[
            "Das ist Schritt 4.",
            "Die Gemeinde schaut, was es schon gibt.",
            "Zum Beispiel: die Dienste und die Vereine.",
            "Sie schaut, wie viele Einwohner in der Gemeinde leben.",
            "Sie fragt die Einwohner, was ihnen fehlt.",
            "Am Ende schreibt sie eine Liste mit dem, was gebraucht wird. Das Wichtigste zuerst.",
        ],
        lb=[
            "Dat ass de Schrëtt 4.",
            "D'Gemeng kuckt, wat et scho gëtt.",
            "Zum Beispill: d'Servicer an d'Veräiner.",
            "Si kuckt, wéi vill Awunner an der Gemeng liewen.",
            "Si freet d'Awunner, wat hinne feelt.",
            "Um Enn schreift si eng Lëscht mat deem, wat gebraucht gëtt. Dat Wichtegst fir d'éischt.",
        ],
        en=[
            "This is step 4.",
            "The municipality looks at what already exists.",
            "For example: services and associations.",
            "It looks at how many people live in the municipality.",
            "It asks residents what they are missing.",
            "At the end, it writes a list of needs. The most important first.",
        ],
        pt=[
            "Esta é a etapa 4.",
            "A comuna vê o que já existe.",
            "Por exemplo: os serviços e as associações.",
            "Vê quantos habitantes vivem na comuna.",
            "Pergunta aos habitantes o que lhes falta.",
            "No fim, escreve uma lista das necessidades. As mais importantes primeiro.",
        ],
    ),
    "step-5": _sentences(
        fr=[
            "C'est l'étape 5.",
            "La commune choisit pour qui elle agit.",
            "Par exemple : pour les nouveaux habitants.",
            "Elle choisit aussi 3 à 5 sujets.",
            "Par exemple : les langues, l'école ou le logement.",
            "Le groupe qui suit le plan est d'accord avec ce choix.",
        ],
        de=[
            "Das ist Schritt 5.",
            "Die Gemeinde wählt: Für wen macht sie etwas?",
            "Zum Beispiel: für die neuen Einwohner.",
            "Sie wählt auch 3 bis 5 Themen.",
            "Zum Beispiel: Sprachen, Schule oder Wohnen.",
            "Die Gruppe für den Plan ist mit der Wahl einverstanden.",
        ],
        lb=[
            "Dat ass de Schrëtt 5.",
            "D'Gemeng wielt, fir wien se eppes mécht.",
            "Zum Beispill: fir déi nei Awunner.",
            "Si wielt och 3 bis 5 Themen.",
            "Zum Beispill: Sproochen, Schoul oder Wunnen.",
            "De Grupp, deen de Plang begleet, ass mat där Wiel averstanen.",
        ],
        en=[
            "This is step 5.",
            "The municipality chooses who it acts for.",
            "For example: for newcomers.",
            "It also chooses 3 to 5 topics.",
            "For example: languages, school or housing.",
            "The group that follows the plan agrees with this choice.",
        ],
        pt=[
            "Esta é a etapa 5.",
            "A comuna escolhe para quem vai agir.",
            "Por exemplo: para os novos habitantes.",
            "Escolhe também 3 a 5 temas.",
            "Por exemplo: as línguas, a escola ou a habitação.",
            "O grupo que acompanha o plano concorda com esta escolha.",
        ],
    ),
    "step-6": _sentences(
        fr=[
            "C'est l'étape 6.",
            "Pour chaque sujet, la commune écrit son but.",
            "Un but dit ce que la commune veut changer.",
            "La commune dit aussi comment elle verra le résultat.",
            "Par exemple : 20 personnes de plus au cours de langue.",
            "Tout le monde lit les buts et est d'accord.",
        ],
        de=[
            "Das ist Schritt 6.",
            "Für jedes Thema schreibt die Gemeinde ein Ziel auf.",
            "Ein Ziel sagt, was die Gemeinde ändern will.",
            "Die Gemeinde sagt auch: Woran sehen wir das Ergebnis?",
            "Zum Beispiel: 20 Menschen mehr im Sprach-Kurs.",
            "Alle lesen die Ziele und sind einverstanden.",
        ],
        lb=[
            "Dat ass de Schrëtt 6.",
            "Fir all Thema schreift d'Gemeng en Zil op.",
            "En Zil seet, wat d'Gemeng wëll änneren.",
            "D'Gemeng seet och, wéi si d'Resultat gesäit.",
            "Zum Beispill: 20 Leit méi am Sproochecours.",
            "Jiddereen liest d'Ziler an ass averstanen.",
        ],
        en=[
            "This is step 6.",
            "For each topic, the municipality writes down its goal.",
            "A goal says what the municipality wants to change.",
            "The municipality also says how it will see the result.",
            "For example: 20 more people in the language class.",
            "Everyone reads the goals and agrees.",
        ],
        pt=[
            "Esta é a etapa 6.",
            "Para cada tema, a comuna escreve o seu objetivo.",
            "Um objetivo diz o que a comuna quer mudar.",
            "A comuna diz também como vai ver o resultado.",
            "Por exemplo: mais 20 pessoas no curso de línguas.",
            "Todos leem os objetivos e estão de acordo.",
        ],
    ),
    "step-7": _sentences(
        fr=[
            "C'est l'étape 7.",
            "Chaque but devient des actions.",
            "Une action, c'est une chose concrète à faire.",
            "Pour chaque action, on dit qui la fait.",
            "On dit aussi combien elle coûte et quand elle a lieu.",
            "La commune cherche de l'argent et de l'aide pour les actions.",
        ],
        de=[
            "Das ist Schritt 7.",
            "Aus jedem Ziel werden Aktionen.",
            "Eine Aktion ist eine Sache, die man wirklich macht.",
            "Für jede Aktion sagt man, wer sie macht.",
            "Man sagt auch, was sie kostet und wann sie stattfindet.",
            "Die Gemeinde sucht Geld und Hilfe für die Aktionen.",
        ],
        lb=[
            "Dat ass de Schrëtt 7.",
            "All Zil gëtt zu Aktiounen.",
            "Eng Aktioun ass eng Saach, déi ee wierklech mécht.",
            "Fir all Aktioun seet een, wien se mécht.",
            "Ee seet och, wat se kascht a wéini se stattfënnt.",
            "D'Gemeng sicht Geld an Hëllef fir d'Aktiounen.",
        ],
        en=[
            "This is step 7.",
            "Each goal becomes actions.",
            "An action is a real thing to do.",
            "For each action, we say who does it.",
            "We also say how much it costs and when it happens.",
            "The municipality looks for money and help for the actions.",
        ],
        pt=[
            "Esta é a etapa 7.",
            "Cada objetivo transforma-se em ações.",
            "Uma ação é uma coisa concreta a fazer.",
            "Para cada ação, diz-se quem a faz.",
            "Diz-se também quanto custa e quando acontece.",
            "A comuna procura dinheiro e ajuda para as ações.",
        ],
    ),
    "step-8": _sentences(
        fr=[
            "C'est l'étape 8.",
            "Le plan est prêt.",
            "Le conseil communal lit le plan.",
            "Il vote pour le plan.",
            "Ce site aide la commune à écrire la décision.",
            "Ensuite, la commune publie le plan. Tous les habitants peuvent le lire.",
        ],
        de=[
            "Das ist Schritt 8.",
            "Der Plan ist fertig.",
            "Der Gemeinde-Rat liest den Plan.",
            "Er stimmt für den Plan.",
            "Diese Internet-Seite hilft der Gemeinde, den Beschluss zu schreiben.",
            "Danach veröffentlicht die Gemeinde den Plan. Alle Einwohner können ihn lesen.",
        ],
        lb=[
            "Dat ass de Schrëtt 8.",
            "De Plang ass fäerdeg.",
            "De Gemengerot liest de Plang.",
            "Hie stëmmt fir de Plang.",
            "Dëse Site hëlleft der Gemeng, d'Decisioun ze schreiwen.",
            "Duerno publizéiert d'Gemeng de Plang. All d'Awunner kënnen e liesen.",
        ],
        en=[
            "This is step 8.",
            "The plan is ready.",
            "The municipal council reads the plan.",
            "It votes for the plan.",
            "This website helps the municipality write the decision.",
            "Then the municipality publishes the plan. All residents can read it.",
        ],
        pt=[
            "Esta é a etapa 8.",
            "O plano está pronto.",
            "O conselho comunal lê o plano.",
            "Vota a favor do plano.",
            "Este site ajuda a comuna a escrever a decisão.",
            "Depois, a comuna publica o plano. Todos os habitantes o podem ler.",
        ],
    ),
    "step-9": _sentences(
        fr=[
            "C'est l'étape 9.",
            "Les actions commencent.",
            "Le groupe qui suit le plan se réunit souvent.",
            "Il regarde si les actions avancent bien.",
            "Il note ce qui est fait.",
            "La commune dit aux habitants ce qui change.",
        ],
        de=[
            "Das ist Schritt 9.",
            "Die Aktionen beginnen.",
            "Die Gruppe für den Plan trifft sich oft.",
            "Sie schaut, ob die Aktionen gut voran-kommen.",
            "Sie schreibt auf, was gemacht ist.",
            "Die Gemeinde sagt den Einwohnern, was sich ändert.",
        ],
        lb=[
            "Dat ass de Schrëtt 9.",
            "D'Aktioune fänken un.",
            "De Grupp, deen de Plang begleet, kënnt dacks zesummen.",
            "Hie kuckt, ob d'Aktioune gutt virukommen.",
            "Hie schreift op, wat gemaach ass.",
            "D'Gemeng seet den Awunner, wat sech ännert.",
        ],
        en=[
            "This is step 9.",
            "The actions start.",
            "The group that follows the plan meets often.",
            "It checks that the actions are going well.",
            "It writes down what has been done.",
            "The municipality tells residents what is changing.",
        ],
        pt=[
            "Esta é a etapa 9.",
            "As ações começam.",
            "O grupo que acompanha o plano reúne-se muitas vezes.",
            "Vê se as ações estão a avançar bem.",
            "Regista o que foi feito.",
            "A comuna conta aos habitantes o que está a mudar.",
        ],
    ),
    "step-10": _sentences(
        fr=[
            "C'est l'étape 10. C'est la dernière étape.",
            "La commune regarde ce que le plan a changé.",
            "Elle compare les résultats avec les buts.",
            "Elle demande leur avis aux habitants et aux partenaires.",
            "Elle présente le bilan au conseil communal.",
            "Puis elle prépare le plan suivant.",
        ],
        de=[
            "Das ist Schritt 10. Das ist der letzte Schritt.",
            "Die Gemeinde schaut, was der Plan verändert hat.",
            "Sie vergleicht die Ergebnisse mit den Zielen.",
            "Sie fragt die Einwohner und die Partner nach ihrer Meinung.",
            "Sie zeigt das Ergebnis dem Gemeinde-Rat.",
            "Dann bereitet sie den nächsten Plan vor.",
        ],
        lb=[
            "Dat ass de Schrëtt 10. Dat ass de leschte Schrëtt.",
            "D'Gemeng kuckt, wat de Plang geännert huet.",
            "Si vergläicht d'Resultater mat den Ziler.",
            "Si freet d'Awunner an d'Partner no hirer Meenung.",
            "Si weist d'Resultat dem Gemengerot.",
            "Dann preparéiert si den nächste Plang.",
        ],
        en=[
            "This is step 10. It is the last step.",
            "The municipality looks at what the plan has changed.",
            "It compares the results with the goals.",
            "It asks residents and partners what they think.",
            "It shows the results to the municipal council.",
            "Then it prepares the next plan.",
        ],
        pt=[
            "Esta é a etapa 10. É a última etapa.",
            "A comuna vê o que o plano mudou.",
            "Compara os resultados com os objetivos.",
            "Pergunta a opinião dos habitantes e dos parceiros.",
            "Apresenta o balanço ao conselho comunal.",
            "Depois prepara o plano seguinte.",
        ],
    ),
}


def easy_read_blocks(key: str) -> list[dict]:
    """The summary of the page ``key`` as the data of its ``easy_read`` stream."""
    return [{"type": "paragraph", "value": EASY_READ[key]}]


def with_easy_read(key: str, data: dict) -> dict:
    """A page's demo data with its easy-to-read summary."""
    return {**data, "easy_read": easy_read_blocks(key)}


def write_easy_read(page: Page, data: dict, *, log: Log) -> None:
    """Give a French page built before it had a summary the summary in ``data``, and publish it.

    When the page is already translated, its translations are brought up to date from ``data``
    (which holds every text of the page); otherwise the loader's own translation step adds it.
    """
    if not data.get("easy_read") or page.easy_read:
        return
    page.easy_read = localise(data["easy_read"], SOURCE_LANGUAGE)
    page.save_revision().publish()
    log(f"  wrote the easy-to-read summary of “{page.title}”")
    source = TranslationSource.objects.filter(object_id=page.translation_key).first()
    if source is not None and Translation.objects.filter(source=source).exists():
        translate_or_update(page, data, log=log)
