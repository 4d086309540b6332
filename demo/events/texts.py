# ruff: noqa: E501 -- demo texts in five languages
"""The texts of the demo's "What's on" page, its events and the helpdesk that runs the workshop.

Each event is keyed by a short name that ``demo.events`` pairs with the place, the dates and the
facts (languages, level, places) of the event.
"""

from demo.toolkit import T

WHATS_ON_PAGE = {
    "slug": T(fr="agenda", de="veranstaltungen", lb="agenda", en="whats-on", pt="agenda"),
    "title": T(fr="Agenda", de="Veranstaltungen", lb="Agenda", en="What's on", pt="Agenda"),
    "intro": T(
        fr="Cours, ateliers et visites près de chez vous : cherchez par commune, par langue et par date, "
        "et inscrivez-vous sans créer de compte.",
        de="Kurse, Workshops und Führungen in Ihrer Nähe: Suchen Sie nach Gemeinde, Sprache und Datum, "
        "und melden Sie sich an, ohne ein Konto anzulegen.",
        lb="Coursen, Workshoppen a Féierungen no bei Iech: Sicht no Gemeng, Sprooch an Datum, "
        "a mellt Iech un, ouni e Kont opzemaachen.",
        en="Courses, workshops and tours near you: search by commune, language and date, "
        "and sign up without creating an account.",
        pt="Cursos, oficinas e visitas perto de si: pesquise por comuna, língua e data, "
        "e inscreva-se sem criar uma conta.",
    ),
}

HELPDESK_DESCRIPTION = T(
    fr="Le Helpdesk Integratioun accompagne les communes dans l'accueil et l'intégration de leurs habitants : "
    "conseils, ateliers et outils. Il publie ce portail.",
    de="Der Helpdesk Integratioun begleitet die Gemeinden bei der Aufnahme und Integration ihrer Einwohner: "
    "Beratung, Workshops und Hilfsmittel. Er gibt dieses Portal heraus.",
    lb="Den Helpdesk Integratioun begleet d'Gemengen beim Empfang an der Integratioun vun hiren Awunner: "
    "Berodung, Workshoppen an Hëllefsmëttel. Hie gëtt dëse Portal eraus.",
    en="The Helpdesk Integratioun supports municipalities in welcoming and integrating their residents: "
    "advice, workshops and tools. It publishes this portal.",
    pt="O Helpdesk Integratioun acompanha as comunas no acolhimento e na integração dos seus residentes: "
    "aconselhamento, oficinas e ferramentas. É quem publica este portal.",
)

BEGINNERS = T(
    fr="Adultes qui débutent avec un smartphone",
    de="Erwachsene, die mit dem Smartphone anfangen",
    lb="Erwuessener, déi mam Smartphone ufänken",
    en="Adults who are new to smartphones",
    pt="Adultos que estão a começar a usar um smartphone",
)

EVENTS = {
    "smartphone-pt": {
        "title": T(
            fr="Smartphone pour débutants, en portugais",
            de="Smartphone für Anfänger, auf Portugiesisch",
            lb="Smartphone fir Ufänker, op Portugisesch",
            en="Smartphone for beginners, in Portuguese",
            pt="Smartphone para principiantes, em português",
        ),
        "description": T(
            fr="Quatre séances pour apprendre à vous servir de votre smartphone : l'allumer, téléphoner, envoyer un message et une photo, installer une application en sécurité. Apportez votre téléphone et son code. Le cours est donné en portugais, en petit groupe.",
            de="Vier Termine, um den Umgang mit Ihrem Smartphone zu lernen: einschalten, telefonieren, eine Nachricht und ein Foto senden, eine App sicher installieren. Bringen Sie Ihr Telefon und seinen Code mit. Der Kurs findet auf Portugiesisch in einer kleinen Gruppe statt.",
            lb="Véier Coursen, fir ze léieren, wéi Dir Äre Smartphone benotzt: en uschalten, telefonéieren, e Message an eng Foto schécken, eng App sécher installéieren. Bréngt Ären Telefon a säi Code mat. De Cours ass op Portugisesch, an enger klenger Grupp.",
            en="Four sessions to learn how to use your smartphone: switching it on, making calls, sending a message and a photo, installing an app safely. Bring your phone and its code. The course is taught in Portuguese, in a small group.",
            pt="Quatro sessões para aprender a usar o seu smartphone: ligá-lo, telefonar, enviar uma mensagem e uma fotografia, instalar uma aplicação em segurança. Traga o seu telemóvel e o respetivo código. O curso é dado em português, num grupo pequeno.",
        ),
        "audience": BEGINNERS,
        "accessibility": T(
            fr="Des téléphones de prêt sont disponibles : dites-le-nous à l'inscription.",
            de="Leihtelefone sind vorhanden: Sagen Sie es uns bei der Anmeldung.",
            lb="Et ginn Telefonen ze léinen: Sot eis et bei der Umeldung.",
            en="Phones can be borrowed: tell us when you sign up.",
            pt="Há telemóveis para emprestar: diga-nos no momento da inscrição.",
        ),
    },
    "smartphone-fr-lb": {
        "title": T(
            fr="Smartphone pour débutants",
            de="Smartphone für Anfänger",
            lb="Smartphone fir Ufänker",
            en="Smartphone for beginners",
            pt="Smartphone para principiantes",
        ),
        "description": T(
            fr="Quatre séances pour prendre en main votre smartphone : téléphoner, envoyer un message et une photo, installer une application en sécurité. Apportez votre téléphone et son code. Le cours est donné en français et en luxembourgeois.",
            de="Vier Termine, um Ihr Smartphone kennenzulernen: telefonieren, eine Nachricht und ein Foto senden, eine App sicher installieren. Bringen Sie Ihr Telefon und seinen Code mit. Der Kurs findet auf Französisch und Luxemburgisch statt.",
            lb="Véier Coursen, fir Äre Smartphone kennenzeléieren: telefonéieren, e Message an eng Foto schécken, eng App sécher installéieren. Bréngt Ären Telefon a säi Code mat. De Cours ass op Franséisch an op Lëtzebuergesch.",
            en="Four sessions to get to know your smartphone: making calls, sending a message and a photo, installing an app safely. Bring your phone and its code. The course is taught in French and Luxembourgish.",
            pt="Quatro sessões para conhecer o seu smartphone: telefonar, enviar uma mensagem e uma fotografia, instalar uma aplicação em segurança. Traga o seu telemóvel e o respetivo código. O curso é dado em francês e em luxemburguês.",
        ),
        "audience": BEGINNERS,
    },
    "video-calls-lb": {
        "title": T(
            fr="Appels vidéo avec vos proches, en luxembourgeois",
            de="Videoanrufe mit Ihren Angehörigen, auf Luxemburgisch",
            lb="Videoappeller mat Ären Noen, op Lëtzebuergesch",
            en="Video calls with your family and friends, in Luxembourgish",
            pt="Videochamadas com a família e os amigos, em luxemburguês",
        ),
        "description": T(
            fr="Chaque semaine, apprenez à voir et à entendre vos proches sur l'écran : installer une application d'appel vidéo, appeler, répondre, partager une photo. Sur votre téléphone, votre tablette ou un ordinateur du web café. Le cours est donné en luxembourgeois ; il n'a pas lieu les jours fériés.",
            de="Lernen Sie jede Woche, Ihre Angehörigen auf dem Bildschirm zu sehen und zu hören: eine App für Videoanrufe installieren, anrufen, einen Anruf annehmen, ein Foto teilen. Auf Ihrem Telefon, Ihrem Tablet oder einem Computer des Webcafés. Der Kurs findet auf Luxemburgisch statt; an Feiertagen fällt er aus.",
            lb="All Woch léiert Dir, Är Noen um Schierm ze gesinn an ze héieren: eng App fir Videoappeller installéieren, uruffen, en Uruff unhuelen, eng Foto deelen. Op Ärem Telefon, Ärer Tablett oder engem Computer vum Webcafé. De Cours ass op Lëtzebuergesch; op Feierdeeg ass kee Cours.",
            en="Every week, learn to see and hear your family and friends on screen: installing a video call app, calling, answering, sharing a photo. On your phone, your tablet or a computer at the web café. The course is taught in Luxembourgish; there is no class on public holidays.",
            pt="Todas as semanas, aprenda a ver e a ouvir a família e os amigos no ecrã: instalar uma aplicação de videochamadas, ligar, atender, partilhar uma fotografia. No seu telemóvel, no seu tablet ou num computador do web café. O curso é dado em luxemburguês; não há aulas nos feriados.",
        ),
        "audience": T(
            fr="Seniors et toute personne qui débute",
            de="Seniorinnen, Senioren und alle, die anfangen",
            lb="Senioren an all déi, déi ufänken",
            en="Older people and anyone starting out",
            pt="Pessoas idosas e quem está a começar",
        ),
    },
    "online-forms": {
        "title": T(
            fr="Faire ses démarches en ligne",
            de="Behördengänge online erledigen",
            lb="Demarchen online maachen",
            en="Dealing with official paperwork online",
            pt="Tratar de assuntos administrativos online",
        ),
        "description": T(
            fr="Trois séances pour remplir des formulaires en ligne sans stress : créer un compte, se connecter avec sa carte d'identité électronique ou une application, joindre un document scanné, garder une copie de sa demande. Apportez vos identifiants si vous en avez.",
            de="Drei Termine, um Online-Formulare ohne Stress auszufüllen: ein Konto anlegen, sich mit dem elektronischen Personalausweis oder einer App anmelden, ein gescanntes Dokument anhängen, eine Kopie des Antrags aufbewahren. Bringen Sie Ihre Zugangsdaten mit, wenn Sie welche haben.",
            lb="Dräi Coursen, fir Online-Formulairen ouni Stress auszefëllen: e Kont opmaachen, sech mat der elektronescher Identitéitskaart oder enger App aloggen, en ageschannt Dokument drunhänken, eng Kopie vun der Demande halen. Bréngt Är Zougangsdaten mat, wann Dir der hutt.",
            en="Three sessions to fill in online forms without stress: creating an account, logging in with your electronic identity card or an app, attaching a scanned document, keeping a copy of your application. Bring your login details if you have any.",
            pt="Três sessões para preencher formulários online sem stress: criar uma conta, entrar com o cartão de identidade eletrónico ou com uma aplicação, anexar um documento digitalizado, guardar uma cópia do pedido. Traga os seus dados de acesso, se os tiver.",
        ),
        "audience": T(
            fr="Personnes qui savent déjà se servir d'un ordinateur ou d'un smartphone",
            de="Menschen, die schon einen Computer oder ein Smartphone benutzen können",
            lb="Leit, déi schonn e Computer oder e Smartphone benotze kënnen",
            en="People who can already use a computer or a smartphone",
            pt="Pessoas que já sabem usar um computador ou um smartphone",
        ),
    },
    "office-software": {
        "title": T(
            fr="Traitement de texte et tableur : les bases",
            de="Textverarbeitung und Tabellenkalkulation: die Grundlagen",
            lb="Textveraarbechtung an Tabellekalkulatioun: d'Basis",
            en="Word processing and spreadsheets: the basics",
            pt="Processamento de texto e folha de cálculo: o essencial",
        ),
        "description": T(
            fr="Écrire et mettre en page une lettre, l'enregistrer en PDF, faire un petit budget dans un tableau. Chaque samedi matin sur les ordinateurs du web café, avec des logiciels libres que vous pouvez aussi installer chez vous. Le prix couvre les supports de cours.",
            de="Einen Brief schreiben und gestalten, ihn als PDF speichern, ein kleines Budget in einer Tabelle aufstellen. Jeden Samstagvormittag an den Computern des Webcafés, mit freier Software, die Sie auch zu Hause installieren können. Der Preis deckt die Kursunterlagen.",
            lb="E Bréif schreiwen a gestalten, en als PDF späicheren, e klengt Budget an enger Tabell opstellen. All Samschdeg de Moien op de Computere vum Webcafé, mat fräier Software, déi Dir och doheem installéiere kënnt. De Präis deckt d'Coursmaterial.",
            en="Writing and laying out a letter, saving it as a PDF, drawing up a small budget in a spreadsheet. Every Saturday morning on the web café's computers, with free software you can also install at home. The price covers the course materials.",
            pt="Escrever e formatar uma carta, guardá-la em PDF, fazer um pequeno orçamento numa folha de cálculo. Todos os sábados de manhã nos computadores do web café, com programas livres que também pode instalar em casa. O preço inclui os materiais do curso.",
        ),
    },
    "recycling-tour": {
        "title": T(
            fr="Visite guidée d'un centre de recyclage",
            de="Führung durch ein Recyclingzentrum",
            lb="Féierung duerch e Recyclingszenter",
            en="Guided tour of a recycling centre",
            pt="Visita guiada a um centro de reciclagem",
        ),
        "description": T(
            fr="L'équipe environnement vous montre ce que deviennent vos déchets : où va chaque conteneur, ce qui se recycle au Luxembourg et ce qui ne se recycle pas, comment réduire vos déchets. Pour les familles et les groupes ; les enfants viennent avec un adulte.",
            de="Das Umweltteam zeigt Ihnen, was aus Ihrem Abfall wird: wohin jeder Container geht, was in Luxemburg recycelt wird und was nicht, wie Sie Ihren Abfall verringern. Für Familien und Gruppen; Kinder kommen mit einem Erwachsenen.",
            lb="D'Ëmweltequipe weist Iech, wat aus Ärem Offall gëtt: wou all Container hikënnt, wat zu Lëtzebuerg recycléiert gëtt a wat net, wéi Dir Ären Offall reduzéiert. Fir Famillen a Gruppen; Kanner kommen mat engem Erwuessenen.",
            en="The environmental team shows you what becomes of your waste: where each container goes, what is recycled in Luxembourg and what is not, how to cut down your waste. For families and groups; children come with an adult.",
            pt="A equipa do ambiente mostra-lhe o que acontece ao seu lixo: para onde vai cada contentor, o que se recicla no Luxemburgo e o que não se recicla, como reduzir o seu lixo. Para famílias e grupos; as crianças vêm acompanhadas por um adulto.",
        ),
        "accessibility": T(
            fr="Visite à pied d'environ 1 km sur un terrain plat. Chaussures fermées obligatoires.",
            de="Rundgang zu Fuß von etwa 1 km auf ebenem Gelände. Geschlossene Schuhe sind Pflicht.",
            lb="Ronn 1 km zu Fouss op flaachem Terrain. Zou Schong sinn obligatoresch.",
            en="A walk of about 1 km on flat ground. Closed shoes are required.",
            pt="Percurso a pé de cerca de 1 km em terreno plano. É obrigatório usar calçado fechado.",
        ),
    },
    "nature-walk": {
        "title": T(
            fr="Balade nature : haies et vergers",
            de="Naturspaziergang: Hecken und Streuobstwiesen",
            lb="Naturspadséiergang: Hecken a Bongerten",
            en="Nature walk: hedges and orchards",
            pt="Passeio na natureza: sebes e pomares",
        ),
        "description": T(
            fr="Découvrez avec l'équipe environnement les haies et les vieux vergers qu'elle entretient autour de Larochette : pourquoi on les taille en hiver, quels oiseaux y vivent, comment planter un arbre fruitier chez soi. Une boisson chaude est offerte à la fin.",
            de="Entdecken Sie mit dem Umweltteam die Hecken und alten Streuobstwiesen, die es rund um Fels pflegt: warum man sie im Winter schneidet, welche Vögel dort leben, wie man zu Hause einen Obstbaum pflanzt. Zum Schluss gibt es ein warmes Getränk.",
            lb="Entdeckt mat der Ëmweltequipe d'Hecken an déi al Bongerten, déi se ronderëm Fiels fleegt: firwat een se am Wanter schneit, wéi eng Vigel do liewen, wéi een doheem en Uebstbam plant. Um Enn gëtt et eppes Waarmes ze drénken.",
            en="Discover with the environmental team the hedges and old orchards it looks after around Larochette: why they are pruned in winter, which birds live there, how to plant a fruit tree at home. A hot drink is offered at the end.",
            pt="Descubra com a equipa do ambiente as sebes e os pomares antigos de que cuida à volta de Larochette: porque se podam no inverno, que aves ali vivem, como plantar uma árvore de fruto em casa. No fim, é oferecida uma bebida quente.",
        ),
        "accessibility": T(
            fr="Environ 4 km sur des chemins de terre, avec une montée. Pas accessible en fauteuil roulant.",
            de="Etwa 4 km auf Feldwegen, mit einer Steigung. Nicht mit dem Rollstuhl zugänglich.",
            lb="Ongeféier 4 km op Feldweeër, mat engem Stéck biergop. Net mam Rollstull accessibel.",
            en="About 4 km on dirt paths, with one climb. Not accessible by wheelchair.",
            pt="Cerca de 4 km por caminhos de terra, com uma subida. Não acessível em cadeira de rodas.",
        ),
    },
    "communes-workshop": {
        "title": T(
            fr="Atelier pour les communes : accueillir les nouveaux habitants",
            de="Workshop für Gemeinden: neue Einwohner willkommen heißen",
            lb="Workshop fir d'Gemengen: nei Awunner wëllkomm heeschen",
            en="Workshop for municipalities: welcoming new residents",
            pt="Oficina para as comunas: acolher os novos residentes",
        ),
        "description": T(
            fr="Une matinée d'échanges entre communes : ce que dit la loi du 23 août 2023 sur le vivre-ensemble interculturel, comment organiser une réunion d'accueil, quelles informations traduire en premier. Le Helpdesk Integratioun présente des exemples et vous travaillez en petits groupes. Le lieu est communiqué à l'inscription.",
            de="Ein Vormittag des Austauschs zwischen Gemeinden: was das Gesetz vom 23. August 2023 über das interkulturelle Zusammenleben sagt, wie man ein Willkommenstreffen organisiert, welche Informationen man zuerst übersetzt. Der Helpdesk Integratioun stellt Beispiele vor, und Sie arbeiten in kleinen Gruppen. Den Ort erfahren Sie bei der Anmeldung.",
            lb="E Moien, fir sech tëscht Gemengen auszetauschen: wat d'Gesetz vum 23. August 2023 iwwer dat interkulturellt Zesummeliewe seet, wéi een eng Wëllkommsversammlung organiséiert, wéi eng Informatiounen een als éischt iwwersetzt. Den Helpdesk Integratioun weist Beispiller, an Dir schafft a klenge Gruppen. Wou et stattfënnt, gitt Dir bei der Umeldung gewuer.",
            en="A morning of exchange between municipalities: what the law of 23 August 2023 on intercultural living together says, how to organise a welcome meeting, which information to translate first. The Helpdesk Integratioun presents examples and you work in small groups. The venue is given when you sign up.",
            pt="Uma manhã de troca de experiências entre comunas: o que diz a lei de 23 de agosto de 2023 sobre a convivência intercultural, como organizar uma reunião de acolhimento, que informações traduzir primeiro. O Helpdesk Integratioun apresenta exemplos e os participantes trabalham em pequenos grupos. O local é comunicado no momento da inscrição.",
        ),
        "audience": T(
            fr="Agents communaux et membres des commissions communales du vivre-ensemble interculturel",
            de="Gemeindemitarbeiter und Mitglieder der Gemeindekommissionen für das interkulturelle Zusammenleben",
            lb="Gemengebeamten a Membere vun de Gemengekommissioune fir dat interkulturellt Zesummeliewen",
            en="Municipal staff and members of the municipal commissions for intercultural living together",
            pt="Funcionários comunais e membros das comissões comunais para a convivência intercultural",
        ),
    },
}
