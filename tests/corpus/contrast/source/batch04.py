# ruff: noqa: E501
"""Batch 4 — negation and coordination: «ni… ni», «sans», «pas encore», «ne… que», «ne… plus», «pas du tout».
Several edits keep the label (the same meaning in another construction); the others move one fact.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Margot Levasseur <margot.levasseur@example.com>",
    subject="Candidature Pro'pulse - Margot Levasseur",
    date="12 08:30",
    body="""Bonjour,

Je ne suis ni stagiaire ni volontaire en service civique : j'ai terminé mon master Politiques sociales en juin 2026 et je cherche un emploi de chargée d'études dans une fédération associative.

Margot Levasseur
06 57 13 48 92""",
    truth=app("Margot", "Levasseur", phone="+33657134892", bac=5, grad="2026-06", status="base_ni_stage_ni_civique"),
)
_b2 = M(
    frm="Kevin Tessier <kevin.tessier@example.net>",
    subject="Pro'pulse",
    date="12 12:12",
    body="""Bonjour,
Je n'ai que le bac : j'ai quitté la fac en cours de première année. Je cherche un travail dans une ressourcerie ou une recyclerie.
Kevin Tessier 07 93 25 60 14""",
    truth=app("Kevin", "Tessier", phone="+33793256014", bac=0, grad=None, failing=("degree_level",), status="base_ne_que_le_bac"),
)
_b3 = M(
    frm="Anaïs Bouchard <anais.bouchard@example.org>",
    subject="candidature au programme",
    date="13 09:45",
    body="""Bonjour,

Je ne suis pas encore diplômée : il me reste mon mémoire de master Économie sociale à rendre en février 2027. Ma licence d'économie date de juin 2025. Je voudrais ensuite travailler dans une coopérative d'activité et d'emploi.

Anaïs Bouchard
06 86 42 17 30""",
    truth=app("Anaïs", "Bouchard", phone="+33686421730", bac=3, grad="2025-06", failing=("studies_finished",), status="base_pas_encore_diplomee"),
)
_b4 = M(
    frm="Samuel Roche <samuel.roche@example.com>",
    subject="Intégrer Pro'pulse ?",
    date="13 15:20",
    body="""Bonjour,

Le programme m'est-il ouvert ? J'ai un DUT Information-communication depuis juin 2025, sans aucune expérience de stage en cours ni de mission de service civique. J'aimerais trouver du boulot de médiateur dans une association culturelle.

Samuel Roche
07 12 67 43 85""",
    truth=app("Samuel", "Roche", phone="+33712674385", bac=2, grad="2025-06", status="base_sans_stage_en_cours"),
)
_b5 = M(
    frm="Chloé Lemaire <chloe.lemaire@example.net>",
    subject="Demande d'accompagnement",
    date="14 10:05",
    body="""Bonjour,

Je ne suis pas du tout en reconversion : je sors d'une licence professionnelle Métiers de l'animation sociale (juillet 2026), c'est mon premier diplôme et je cherche mon premier emploi d'animatrice dans un centre social associatif.

Chloé Lemaire
06 23 91 58 47""",
    truth=app("Chloé", "Lemaire", phone="+33623915847", bac=3, grad="2026-07", status="base_pas_du_tout_reconversion"),
)
_b6 = M(
    frm="Adrien Michaud <adrien.michaud@example.org>",
    subject="Pro'pulse : candidature",
    date="14 17:40",
    body="""Bonjour,

Mon service civique à la Croix-Rouge n'est plus en cours depuis septembre. J'ai une licence de STAPS obtenue en juin 2025 et je cherche un poste d'éducateur sportif dans une association sportive ou un club associatif.

Adrien Michaud
07 58 30 91 26""",
    truth=app("Adrien", "Michaud", phone="+33758309126", bac=3, grad="2025-06", status="base_civique_plus_en_cours"),
)
_b7 = M(
    frm="Elsa Guérin <elsa.guerin@example.com>",
    subject="candidature",
    date="15 11:11",
    body="""Bonjour,
Je n'ai jamais été en stage après mon diplôme, ni en alternance : BTS Services et prestations des secteurs sanitaire et social obtenu en juin 2026. Je cherche un poste de coordinatrice dans une association d'aide à domicile.
Elsa Guérin
06 94 72 36 15""",
    truth=app("Elsa", "Guérin", phone="+33694723615", bac=2, grad="2026-06", status="base_jamais_stage"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "coordination: «en service civique, mais pas en stage» — a current service civique", body="""Bonjour,

Je suis en service civique jusqu'en avril dans une association de quartier, mais pas en stage : j'ai terminé mon master Politiques sociales en juin 2026 et je cherche un emploi de chargée d'études dans une fédération associative.

Margot Levasseur
06 57 13 48 92""",
             truth=app("Margot", "Levasseur", phone="+33657134892", bac=5, grad="2026-06", failing=("not_service_civique",), status="civique_mais_pas_stage")),
        edit(_b1, "same meaning: «aucun stage, aucun service civique» (a noun negation)", body="""Bonjour,

Aucun stage, aucun service civique en cours de mon côté : mon master Politiques sociales est terminé depuis juin 2026 et je cherche un emploi de chargée d'études dans une fédération associative.

Margot Levasseur
06 57 13 48 92""",
             truth=app("Margot", "Levasseur", phone="+33657134892", bac=5, grad="2026-06", status="paraphrase_aucun_stage_aucun_civique")),
    )),
    Group(_b2, (
        edit(_b2, "level: «ne… que» now bounds a BTS (bac+2), not the bac", body="""Bonjour,
Je n'ai que mon BTS Gestion des transports, obtenu en juin 2025 : je n'ai pas voulu continuer en licence. Je cherche un travail dans une ressourcerie ou une recyclerie.
Kevin Tessier 07 93 25 60 14""",
             truth=app("Kevin", "Tessier", phone="+33793256014", bac=2, grad="2025-06", status="ne_que_bts_2025")),
        edit(_b2, "same meaning: «pas d'autre diplôme que le bac»", body="""Bonjour,
Pas d'autre diplôme que le bac pour moi, la première année de fac je l'ai quittée avant la fin. Je cherche un travail dans une ressourcerie ou une recyclerie.
Kevin Tessier 07 93 25 60 14""",
             truth=app("Kevin", "Tessier", phone="+33793256014", bac=0, grad=None, failing=("degree_level",), status="paraphrase_pas_autre_que_bac")),
    )),
    Group(_b3, (
        edit(_b3, "negation removed: the master is finished (mémoire rendu, diplômée en octobre 2026)", body="""Bonjour,

Je suis diplômée : j'ai rendu mon mémoire de master Économie sociale et obtenu le diplôme en octobre 2026. Ma licence d'économie date de juin 2025. Je voudrais maintenant travailler dans une coopérative d'activité et d'emploi.

Anaïs Bouchard
06 86 42 17 30""",
             truth=app("Anaïs", "Bouchard", phone="+33686421730", bac=5, grad="2026-10", status="master_fini_octobre")),
        edit(_b3, "same meaning: future tense «je serai diplômée»", body="""Bonjour,

Je serai diplômée du master Économie sociale une fois mon mémoire rendu, en février 2027. Ma licence d'économie date de juin 2025. Je voudrais ensuite travailler dans une coopérative d'activité et d'emploi.

Anaïs Bouchard
06 86 42 17 30""",
             truth=app("Anaïs", "Bouchard", phone="+33686421730", bac=3, grad="2025-06", failing=("studies_finished",), status="paraphrase_futur_serai_diplomee")),
    )),
    Group(_b4, (
        edit(_b4, "«sans» removed: a current internship («avec un stage en cours jusqu'en janvier»)", body="""Bonjour,

Le programme m'est-il ouvert ? J'ai un DUT Information-communication depuis juin 2025, avec un stage en cours dans un musée jusqu'en janvier. J'aimerais trouver du boulot de médiateur dans une association culturelle.

Samuel Roche
07 12 67 43 85""",
             truth=app("Samuel", "Roche", phone="+33712674385", bac=2, grad="2025-06", failing=("not_internship",), status="avec_stage_en_cours")),
        edit(_b4, "kind: the same question with no personal fact", frm="s.roche.asso@example.com", body="""Bonjour,

Le programme est-il ouvert aux titulaires d'un DUT ? Et faut-il être sans stage en cours pour candidater ?

Merci""",
             truth={"kind": "question"}),
    )),
    Group(_b5, (
        edit(_b5, "negation removed: a career change after years as a hairdresser", body="""Bonjour,

Je suis en pleine reconversion : coiffeuse pendant six ans, j'ai repris une licence professionnelle Métiers de l'animation sociale (juillet 2026) et je cherche maintenant un emploi d'animatrice dans un centre social associatif.

Chloé Lemaire
06 23 91 58 47""",
             truth=app("Chloé", "Lemaire", phone="+33623915847", bac=3, grad="2026-07", failing=("not_career_change",), status="reconversion_coiffeuse")),
        edit(_b5, "same meaning: «il ne s'agit pas d'une reconversion», passive", body="""Bonjour,

Il ne s'agit pas d'une reconversion : ma licence professionnelle Métiers de l'animation sociale m'a été délivrée en juillet 2026, c'est mon premier diplôme, et un premier emploi d'animatrice dans un centre social associatif est ce que je cherche.

Chloé Lemaire
06 23 91 58 47""",
             truth=app("Chloé", "Lemaire", phone="+33623915847", bac=3, grad="2026-07", status="paraphrase_pas_une_reconversion")),
    )),
    Group(_b6, (
        edit(_b6, "negation removed: the service civique is still in progress", body="""Bonjour,

Mon service civique à la Croix-Rouge est en cours depuis septembre, pour huit mois. J'ai une licence de STAPS obtenue en juin 2025 et je cherche un poste d'éducateur sportif dans une association sportive ou un club associatif.

Adrien Michaud
07 58 30 91 26""",
             truth=app("Adrien", "Michaud", phone="+33758309126", bac=3, grad="2025-06", failing=("not_service_civique",), status="civique_en_cours_depuis_sept")),
        edit(_b6, "same meaning: «j'ai achevé» active past tense", body="""Bonjour,

J'ai achevé en septembre mon service civique à la Croix-Rouge. J'ai une licence de STAPS obtenue en juin 2025 et je cherche un poste d'éducateur sportif dans une association sportive ou un club associatif.

Adrien Michaud
07 58 30 91 26""",
             truth=app("Adrien", "Michaud", phone="+33758309126", bac=3, grad="2025-06", status="paraphrase_acheve_civique")),
    )),
    Group(_b7, (
        edit(_b7, "«jamais» removed: in alternance now (BTS obtained, a licence in alternance until 2027)", body="""Bonjour,
Après mon BTS Services et prestations des secteurs sanitaire et social (juin 2026), je suis en alternance en licence jusqu'en juin 2027. Je cherche ensuite un poste de coordinatrice dans une association d'aide à domicile.
Elsa Guérin
06 94 72 36 15""",
             truth=app("Elsa", "Guérin", phone="+33694723615", bac=2, grad="2026-06", failing=("studies_finished",), status="alternance_licence_en_cours")),
        edit(_b7, "writer: her father writes for her, same facts", frm="Patrick Guérin <p.guerin@example.net>", subject="pour ma fille Elsa", body="""Bonjour,
Ma fille Elsa n'a jamais été en stage après son diplôme, ni en alternance : BTS Services et prestations des secteurs sanitaire et social obtenu en juin 2026. Elle cherche un poste de coordinatrice dans une association d'aide à domicile. Vous pouvez la joindre au 06 94 72 36 15 ou à elsa.guerin@example.com.
Patrick Guérin""",
             truth=app("Elsa", "Guérin", phone="+33694723615", bac=2, grad="2026-06", email="elsa.guerin@example.com", forwarded_by="p.guerin@example.net", status="pere_ecrit_jamais_stage")),
    )),
]
