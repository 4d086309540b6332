"""The demo directory's texts in French, German, Luxembourgish, English and Portuguese.

Service texts come from one template per kind of service, filled with the commune's name in each
language. Every organisation description says that the contact details are fictional.
"""

from __future__ import annotations

from demo.toolkit import SOURCE_LANGUAGE, TARGET_LANGUAGES, T
from geography.models import Commune

LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)

SAMPLE_NOTE = T(
    fr="Données d'exemple : coordonnées fictives.",
    de="Beispieldaten: fiktive Kontaktdaten.",
    lb="Beispilldaten: fiktiv Kontaktdaten.",
    en="Sample data: fictional contact details.",
    pt="Dados de exemplo: contactos fictícios.",
)

CATEGORIES = {
    "community-care": {
        "name": T(
            "Aide de proximité", "Nachbarschaftshilfe", "Hëllef am Alldag", "Community care", "Ajuda de proximidade"
        ),
        "description": T(
            "Petits services à domicile pour les personnes âgées ou à mobilité réduite : courses, petits travaux, "
            "accompagnement.",
            "Kleine Dienste zu Hause für ältere oder gehbehinderte Menschen: Einkäufe, kleine Arbeiten, Begleitung.",
            "Kleng Déngschter doheem fir eeler Leit oder Leit, déi schlecht ze Fouss sinn: Akafen, kleng Aarbechten, "
            "Begleedung.",
            "Small services at home for older people or people with reduced mobility: shopping, small jobs, "
            "accompaniment.",
            "Pequenos serviços em casa para pessoas idosas ou com mobilidade reduzida: compras, pequenos "
            "trabalhos, acompanhamento.",
        ),
    },
    "web-cafe": {
        "name": T("Web café", "Webcafé", "Internetstuff", "Web café", "Web café"),
        "description": T(
            "Un lieu pour utiliser un ordinateur et apprendre Internet, avec de l'aide.",
            "Ein Ort, um einen Computer zu benutzen und das Internet zu lernen, mit Hilfe.",
            "Eng Plaz, fir e Computer ze benotzen an den Internet ze léieren, mat Hëllef.",
            "A place to use a computer and learn the internet, with help.",
            "Um lugar para usar um computador e aprender a usar a internet, com ajuda.",
        ),
    },
    "digital-inclusion": {
        "name": T(
            "Inclusion numérique", "Digitale Teilhabe", "Digital Inklusioun", "Digital inclusion", "Inclusão digital"
        ),
        "description": T(
            "Aide pour le smartphone, l'ordinateur et les démarches en ligne.",
            "Hilfe mit Smartphone, Computer und Online-Behördengängen.",
            "Hëllef mam Smartphone, dem Computer an den Demarchen online.",
            "Help with smartphones, computers and online formalities.",
            "Ajuda com o smartphone, o computador e os pedidos e formalidades na internet.",
        ),
    },
    "environment": {
        "name": T("Environnement", "Umwelt", "Ëmwelt", "Environment", "Ambiente"),
        "description": T(
            "Équipes qui entretiennent les espaces verts, les sentiers et la nature de la commune.",
            "Teams, die Grünflächen, Wege und die Natur der Gemeinde pflegen.",
            "Ekippen, déi d'Gréngflächen, d'Weeër an d'Natur an der Gemeng fleegen.",
            "Teams that look after the commune's green spaces, paths and nature.",
            "Equipas que tratam dos espaços verdes, dos caminhos e da natureza da comuna.",
        ),
    },
    "gardening": {
        "name": T("Jardinage", "Gartenarbeit", "Gaardenaarbecht", "Gardening", "Jardinagem"),
        "description": T(
            "Aide au jardin : tonte, taille, désherbage.",
            "Hilfe im Garten: Rasen mähen, Schneiden, Jäten.",
            "Hëllef am Gaart: Wiss méinen, Hecke schneiden, Onkraut rappen.",
            "Help in the garden: mowing, pruning, weeding.",
            "Ajuda no jardim: cortar a relva, podar, arrancar ervas daninhas.",
        ),
    },
}

ELDERLY = T(
    "Personnes de 60 ans et plus, personnes handicapées ou convalescentes habitant les communes desservies.",
    "Menschen ab 60 Jahren, Menschen mit Behinderung oder in Genesung, die in den betreuten Gemeinden wohnen.",
    "Leit vu 60 Joer un, Leit mat enger Behënnerung oder déi sech erhuelen, déi an de betreiete Gemenge wunnen.",
    "People aged 60 or over, disabled or convalescent people living in the communes served.",
    "Pessoas com 60 anos ou mais, pessoas com deficiência ou em convalescença que vivem nas comunas servidas.",
)
CALL_OR_FORM = T(
    "Appelez-nous ou demandez de l'aide avec le formulaire en ligne. Nous passons chez vous pour voir ce dont vous "
    "avez besoin.",
    "Rufen Sie uns an oder bitten Sie über das Online-Formular um Hilfe. Wir kommen bei Ihnen vorbei, um zu sehen, "
    "was Sie brauchen.",
    "Rufft eis un oder frot iwwer de Formulaire online no Hëllef. Mir kommen bei Iech laanscht, fir ze kucken, wat "
    "Dir braucht.",
    "Call us or ask for help with the online form. We visit you to see what you need.",
    "Ligue-nos ou peça ajuda com o formulário na internet. Vamos a sua casa ver de que precisa.",
)

SERVICE_KINDS = {
    "care": {
        "categories": ["community-care"],
        "is_free": False,
        "name": T(
            "Aide à domicile – {fr}",
            "Hilfe zu Hause – {de}",
            "Hëllef am Haus – {lb}",
            "Help at home – {en}",
            "Ajuda em casa – {pt}",
        ),
        "description": T(
            "Nos équipes font les petits travaux et les courses que vous ne pouvez plus faire seul : changer une "
            "ampoule, tondre la pelouse, porter les courses, vous accompagner chez le médecin.",
            "Unsere Teams erledigen kleine Arbeiten und Einkäufe, die Sie nicht mehr allein schaffen: eine Glühbirne "
            "wechseln, den Rasen mähen, Einkäufe tragen, Sie zum Arzt begleiten.",
            "Eis Ekippen maachen déi kleng Aarbechten an d'Akafen, déi Dir net méi eleng maache kënnt: eng Bir "
            "wiesselen, d'Wiss méinen, d'Akafe droen, Iech bei den Dokter begleeden.",
            "Our teams do the small jobs and shopping you can no longer manage alone: changing a light bulb, mowing "
            "the lawn, carrying shopping, going with you to the doctor.",
            "As nossas equipas fazem os pequenos trabalhos e as compras que já não consegue fazer sozinho: "
            "mudar uma lâmpada, cortar a relva, levar as compras, acompanhá-lo ao médico.",
        ),
        "eligibility_description": ELDERLY,
        "fees_description": T(
            "Prix selon le revenu, à partir de 8 € de l'heure.",
            "Preis nach Einkommen, ab 8 € pro Stunde.",
            "Präis no Akommes, vun 8 € d'Stonn un.",
            "Price depends on income, from €8 an hour.",
            "Preço de acordo com o rendimento, a partir de 8 € por hora.",
        ),
        "application_process": CALL_OR_FORM,
    },
    "web": {
        "categories": ["web-cafe", "digital-inclusion"],
        "is_free": True,
        "name": T("Web café – {fr}", "Webcafé – {de}", "Internetstuff – {lb}", "Web café – {en}", "Web café – {pt}"),
        "description": T(
            "Ordinateurs en libre accès et une personne pour vous aider : courriels, photos, démarches sur "
            "MyGuichet.lu, appels vidéo avec la famille.",
            "Frei zugängliche Computer und eine Person, die Ihnen hilft: E-Mails, Fotos, Behördengänge auf "
            "MyGuichet.lu, Videoanrufe mit der Familie.",
            "Computeren, déi jidderee benotze kann, an eng Persoun, déi Iech hëlleft: E-Mailen, Fotoen, Demarchen op "
            "MyGuichet.lu, Videoappeller mat der Famill.",
            "Computers anyone can use and someone to help you: emails, photos, formalities on MyGuichet.lu, video "
            "calls with family.",
            "Computadores que todos podem usar e alguém para o ajudar: emails, fotografias, formalidades no "
            "MyGuichet.lu, videochamadas com a família.",
        ),
        "eligibility_description": T(
            "Tout le monde, sans inscription. Les débutants sont les bienvenus.",
            "Alle, ohne Anmeldung. Anfänger sind willkommen.",
            "Jiddereen, ouni Umeldung. Ufänker si wëllkomm.",
            "Everyone, no registration. Beginners are welcome.",
            "Todas as pessoas, sem inscrição. Os principiantes são bem-vindos.",
        ),
        "fees_description": T("Gratuit.", "Kostenlos.", "Gratis.", "Free.", "Gratuito."),
        "application_process": T(
            "Venez pendant les heures d'ouverture. Apportez votre téléphone ou votre tablette si vous voulez.",
            "Kommen Sie während der Öffnungszeiten. Bringen Sie Ihr Telefon oder Tablet mit, wenn Sie möchten.",
            "Kommt während den Ëffnungszäiten. Bréngt Ären Telefon oder Är Tablett mat, wann Dir wëllt.",
            "Drop in during opening hours. Bring your phone or tablet if you like.",
            "Venha durante o horário de abertura. Se quiser, traga o seu telemóvel ou tablet.",
        ),
    },
    "environment": {
        "categories": ["environment"],
        "is_free": True,
        "name": T(
            "Équipe environnement – {fr}",
            "Umweltteam – {de}",
            "Ëmweltekipp – {lb}",
            "Environmental team – {en}",
            "Equipa do ambiente – {pt}",
        ),
        "description": T(
            "L'équipe entretient les espaces verts, les sentiers et les aires de jeux, plante des haies et lutte "
            "contre les plantes invasives.",
            "Das Team pflegt Grünflächen, Wanderwege und Spielplätze, pflanzt Hecken und bekämpft invasive Pflanzen.",
            "D'Ekipp fleegt d'Gréngflächen, d'Trëppelweeër an d'Spillplazen, plangt Hecken a bekämpft invasiv Planzen.",
            "The team looks after green spaces, footpaths and playgrounds, plants hedges and removes invasive plants.",
            "A equipa trata dos espaços verdes, dos caminhos pedestres e dos parques infantis, planta sebes "
            "e arranca plantas invasoras.",
        ),
        "eligibility_description": T(
            "Pour la commune et ses habitants : signalez-nous un sentier à dégager ou un dépôt sauvage.",
            "Für die Gemeinde und ihre Einwohner: Melden Sie uns einen zugewachsenen Weg oder eine wilde "
            "Müllablagerung.",
            "Fir d'Gemeng an hir Awunner: Mellt eis e Wee, deen zougewuess ass, oder wëll Offall.",
            "For the commune and its residents: tell us about an overgrown path or fly-tipping.",
            "Para a comuna e os seus habitantes: avise-nos de um caminho cheio de mato ou de lixo deixado ilegalmente.",
        ),
        "fees_description": T(
            "Gratuit pour les habitants.",
            "Für Einwohner kostenlos.",
            "Fir d'Awunner gratis.",
            "Free for residents.",
            "Gratuito para os habitantes.",
        ),
        "application_process": T(
            "Appelez l'équipe ou écrivez-lui par courriel.",
            "Rufen Sie das Team an oder schreiben Sie ihm eine E-Mail.",
            "Rufft d'Ekipp un oder schreift hir eng E-Mail.",
            "Call the team or send it an email.",
            "Ligue para a equipa ou envie-lhe um email.",
        ),
    },
    "garden": {
        "categories": ["gardening"],
        "is_free": False,
        "name": T(
            "Service jardin – {fr}",
            "Gartendienst – {de}",
            "Gaardendéngscht – {lb}",
            "Garden service – {en}",
            "Serviço de jardinagem – {pt}",
        ),
        "description": T(
            "Pour les personnes âgées qui ne peuvent plus entretenir leur jardin : tonte, taille des haies, "
            "désherbage, feuilles mortes.",
            "Für ältere Menschen, die ihren Garten nicht mehr pflegen können: Rasen mähen, Hecken schneiden, Unkraut "
            "jäten, Laub.",
            "Fir eeler Leit, déi hire Gaart net méi fleege kënnen: Wiss méinen, Hecke schneiden, Onkraut rappen, "
            "Blieder.",
            "For older people who can no longer look after their garden: mowing, hedge trimming, weeding, fallen "
            "leaves.",
            "Para pessoas idosas que já não conseguem tratar do jardim: cortar a relva, aparar as sebes, "
            "arrancar ervas daninhas, apanhar as folhas.",
        ),
        "eligibility_description": ELDERLY,
        "fees_description": T(
            "Abonnement saisonnier, prix selon la surface.",
            "Saisonabo, Preis je nach Fläche.",
            "Saisonsabonnement, Präis no der Fläch.",
            "Seasonal subscription, price depends on the size.",
            "Assinatura por estação, preço de acordo com a área.",
        ),
        "application_process": CALL_OR_FORM,
    },
}

ORGANIZATION_DESCRIPTIONS = {
    "local": T(
        "Centre d'initiative et de gestion local de {fr}. Il crée des emplois utiles à la commune et aide ses "
        "habitants.",
        "Lokales Initiativ- und Verwaltungszentrum von {de}. Es schafft nützliche Arbeitsplätze für die Gemeinde und "
        "hilft ihren Einwohnern.",
        "Lokalen Initiativ- a Gestiounszenter {lb_of}. En schaaft nëtzlech Aarbechtsplaze fir d'Gemeng an hëlleft "
        "hiren Awunner.",
        "Local initiative and management centre for {en}. It creates jobs that are useful to the commune and helps "
        "its residents.",
        "Centro local de iniciativa e gestão de {pt}. Cria empregos úteis para a comuna e ajuda os seus habitantes.",
    ),
    "regional": T(
        "Centre d'initiative et de gestion régional autour de {fr}. Il travaille pour plusieurs communes de la région.",
        "Regionales Initiativ- und Verwaltungszentrum rund um {de}. Es arbeitet für mehrere Gemeinden der Region.",
        "Regionalen Initiativ- a Gestiounszenter ronderëm {lb}. En schafft fir e puer Gemengen aus der Regioun.",
        "Regional initiative and management centre around {en}. It works for several communes in the region.",
        "Centro regional de iniciativa e gestão na zona de {pt}. Trabalha para várias comunas da região.",
    ),
    "sectoral": T(
        "Centre d'initiative et de gestion sectoriel basé à {fr}. Il mène une seule activité dans plusieurs communes.",
        "Sektorales Initiativ- und Verwaltungszentrum mit Sitz in {de}. Es bietet eine einzige Tätigkeit in mehreren "
        "Gemeinden an.",
        "Sektorielen Initiativ- a Gestiounszenter mat Sëtz {lb_in}. En bitt eng eenzeg Aktivitéit a verschiddene "
        "Gemengen un.",
        "Sectoral initiative and management centre based in {en}. It runs one activity in several communes.",
        "Centro setorial de iniciativa e gestão com sede em {pt}. Tem uma única atividade em várias comunas.",
    ),
}

OFFICE = T("Bureau – {org}", "Büro – {org}", "Büro – {org}", "Office – {org}", "Escritório – {org}")
TRANSPORT = T(
    "Arrêt de bus à moins de 200 m.",
    "Bushaltestelle weniger als 200 m entfernt.",
    "Busarrêt manner wéi 200 m ewech.",
    "Bus stop less than 200 m away.",
    "Paragem de autocarro a menos de 200 m.",
)
ACCESS = {
    "yes": T(
        "Entrée de plain-pied, toilettes accessibles.",
        "Ebenerdiger Eingang, barrierefreie Toilette.",
        "Entrée op ebener Äerd, accessibel Toilette.",
        "Level entrance, accessible toilet.",
        "Entrada sem degraus, casa de banho acessível.",
    ),
    "partial": T(
        "Une marche à l'entrée ; rampe sur demande.",
        "Eine Stufe am Eingang; Rampe auf Anfrage.",
        "Eng Trap um Agank; Rampe op Ufro.",
        "One step at the entrance; ramp on request.",
        "Um degrau à entrada; rampa a pedido.",
    ),
    "no": T(
        "Bureau à l'étage, sans ascenseur.",
        "Büro im Obergeschoss, ohne Aufzug.",
        "Büro um Stack, ouni Lift.",
        "Office upstairs, no lift.",
        "Escritório no andar de cima, sem elevador.",
    ),
}


def _lb_n_rule(word: str, name: str) -> str:
    """Luxembourgish n-rule: ``vun``/``an`` keep their n before a vowel or d, h, n, t, z."""
    keeps_n = name[:1].lower() in "aeiouäëéöüdhntz"
    return f"{word}{'n' if keeps_n else ''} {name}"


def fill(template: T, commune: Commune, **extra) -> T:
    """``template`` with the commune's name in each language."""
    names = {
        "fr": commune.name_fr,
        "de": commune.name_de,
        "lb": commune.name_lb,
        "en": commune.name_fr,
        "pt": commune.name_fr,
    }
    values = {
        language: template[language].format(
            fr=names["fr"],
            de=names["de"],
            lb=names["lb"],
            en=names["en"],
            pt=names["pt"],
            lb_of=_lb_n_rule("vu", names["lb"]),
            lb_in=_lb_n_rule("a", names["lb"]),
            **extra,
        )
        for language in LANGUAGES
    }
    return T(**values)


def joined(*texts: T) -> T:
    return T(**{language: " ".join(text[language] for text in texts) for language in LANGUAGES})
