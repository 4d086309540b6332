"""The people and bodies the steps name, in the four languages."""

from demo.toolkit import T


def person(who: T, role: T) -> dict:
    return {"who": who, "role": role}


MAYOR_COUNCIL = T(
    fr="Le collège des bourgmestre et échevins",
    de="Der Schöffenrat",
    lb="De Schäfferot",
    en="The mayor and aldermen",
    pt="O colégio do burgomestre e dos vereadores",
)
COUNCIL = T(
    fr="Le conseil communal",
    de="Der Gemeinderat",
    lb="De Gemengerot",
    en="The municipal council",
    pt="O conselho comunal",
)
COMMISSION = T(
    fr="La commission communale du vivre-ensemble interculturel",
    de="Die Gemeindekommission für das interkulturelle Zusammenleben",
    lb="D'Gemengekommissioun fir dat interkulturellt Zesummeliewen",
    en="The communal commission for intercultural living together",
    pt="A comissão comunal da convivência intercultural",
)
STEERING = T(
    fr="Le comité de pilotage",
    de="Die Steuerungsgruppe",
    lb="De Steierungscomité",
    en="The steering committee",
    pt="O comité de pilotagem",
)
COORDINATOR = T(
    fr="La personne qui coordonne le plan",
    de="Die Person, die den Plan koordiniert",
    lb="D'Persoun, déi de Plang koordinéiert",
    en="The person who coordinates the plan",
    pt="A pessoa que coordena o plano",
)
RESIDENTS = T(
    fr="Les habitants et les associations",
    de="Die Einwohner und die Vereine",
    lb="D'Awunner an d'Veräiner",
    en="Residents and associations",
    pt="Os habitantes e as associações",
)
SERVICES = T(
    fr="Les services communaux",
    de="Die Gemeindedienste",
    lb="D'Gemengeservicer",
    en="The commune's services",
    pt="Os serviços comunais",
)
