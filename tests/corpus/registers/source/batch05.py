# ruff: noqa: E501
"""Batch 5 — applications: a service civique still to come, «ni stage ni service civique», a teacher
retraining, «bac+2» written literally with a year, a nurse's DE, a master in progress abroad. Each set: the
facts first (its comment), then three tellings.
"""

from kit import M, app
from registers import but, told

# Facts: Baptiste Leroy, master June 2026; a service civique is offered from January 2027 (future), he prefers
# a job in the ESS now. Eligible.
_t27 = app("Baptiste", "Leroy", phone="+33647315820", bac=5, grad="2026-06", status="civique_futur")
# Facts: Elodie Schmitt, licence June 2026; neither in an internship nor in a service civique; ESS aim. Eligible.
_t28 = app("Elodie", "Schmitt", phone="+33773048126", bac=3, grad="2026-06", status="ni_stage_ni_civique")
# Facts: Kevin Nguyen, six years a primary school teacher, master in ESS management June 2026; career change.
_t29 = app("Kevin", "Nguyen", phone="+33656093471", bac=5, grad="2026-06", failing=("not_career_change",), status="enseignant_reconversion")
# Facts: Nicolas Faure, «bac+2» in 2025 (no month, no title); wants insertion or recycling job in the ESS.
_t30 = app("Nicolas", "Faure", phone="+33769240815", bac=2, grad="2025", status="bac2_litteral_2025")

SETS = [
    told(
        "Baptiste Leroy, master 2026-06, service civique offered from 2027-01 (future), ESS job aim",
        ("formal", M(
            frm="Baptiste Leroy <baptiste.leroy@example.org>",
            subject="Candidature au programme Pro'pulse",
            date="08 09:00",
            body="""Madame, Monsieur,

Diplômé en juin 2026 d'un master en urbanisme, je me suis vu proposer une mission de service civique qui ne débuterait qu'en janvier 2027 ; je préférerais toutefois, si cela m'est possible, entrer directement dans la vie active en occupant un emploi salarié dans une structure de l'économie sociale et solidaire, idéalement une coopérative d'habitat, et c'est à ce titre que je sollicite votre accompagnement.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Baptiste Leroy
06 47 31 58 20""",
            truth=_t27)),
        ("plain", M(
            frm="Baptiste Leroy <baptiste.leroy@example.org>",
            subject="Pro'pulse",
            date="08 15:10",
            body="""Bonjour,

J'ai eu mon master d'urbanisme en juin 2026. On m'a proposé un service civique qui commencerait en janvier, mais j'aimerais plutôt trouver tout de suite un vrai emploi dans l'ESS, par exemple dans une coopérative d'habitat.

Baptiste Leroy
06 47 31 58 20""",
            truth=_t27)),
        ("third_person", M(
            frm="Philippe Leroy <ph.leroy@example.net>",
            subject="Candidature de mon fils Baptiste",
            date="09 08:20",
            body="""Bonjour,

Mon fils Baptiste Leroy a obtenu son master d'urbanisme en juin dernier. Une association lui propose un service civique à partir de janvier prochain, mais il préférerait décrocher un emploi dans une coopérative d'habitat ou une autre structure de l'ESS. Pouvez-vous l'accompagner ?

Son e-mail : baptiste.leroy@example.org — tél. 06 47 31 58 20

Cordialement,
Philippe Leroy""",
            truth=but(_t27, email="baptiste.leroy@example.org", forwarded_by="ph.leroy@example.net"))),
    ),
    told(
        "Elodie Schmitt, licence 2026-06, neither internship nor service civique, ESS aim",
        ("formal", M(
            frm="Elodie Schmitt <elodie.schmitt@example.com>",
            subject="Candidature",
            date="09 10:45",
            body="""Madame, Monsieur,

Titulaire, depuis juin 2026, d'une licence de langues étrangères appliquées, je ne suis engagée à ce jour ni dans un stage ni dans une mission de service civique, et consacre l'essentiel de mon temps à la recherche d'un emploi de chargée de partenariats au sein d'une association de solidarité internationale ; votre accompagnement me serait, à cet égard, précieux.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Elodie Schmitt
07 73 04 81 26""",
            truth=_t28)),
        ("plain", M(
            frm="Elodie Schmitt <elodie.schmitt@example.com>",
            subject="Pro'pulse",
            date="09 18:30",
            body="""Bonjour,

J'ai ma licence LEA depuis juin 2026. Je ne fais pas de stage, pas de service civique non plus : je cherche à plein temps un poste de chargée de partenariats dans une asso de solidarité internationale.

Elodie Schmitt
07 73 04 81 26""",
            truth=_t28)),
        ("fiche", M(
            frm="Elodie Schmitt <elodie.schmitt@example.com>",
            subject="Candidature Pro'pulse",
            date="10 09:00",
            body="""Nom / prénom : SCHMITT Elodie
Téléphone : 07 73 04 81 26
Diplôme : Licence LEA — obtenue en juin 2026
Stage en cours : non
Service civique en cours : non
Recherche : chargée de partenariats, association de solidarité internationale""",
            truth=_t28)),
    ),
    told(
        "Kevin Nguyen, six years primary school teacher, master ESS management 2026-06, career change",
        ("formal", M(
            frm="Kevin Nguyen <kevin.nguyen@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="10 10:10",
            body="""Madame, Monsieur,

Professeur des écoles pendant six années, fonction que j'ai quittée afin de donner une orientation nouvelle à ma vie professionnelle, j'ai repris des études et obtenu en juin 2026 un master de management des entreprises de l'économie sociale et solidaire ; c'est dans le cadre de cette reconversion que je souhaiterais, avec votre appui, accéder à un poste de responsable pédagogique au sein d'une association d'éducation populaire.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Kevin Nguyen
06 56 09 34 71""",
            truth=_t29)),
        ("plain", M(
            frm="Kevin Nguyen <kevin.nguyen@example.net>",
            subject="Pro'pulse",
            date="10 17:45",
            body="""Bonjour,

J'étais instit pendant 6 ans. J'ai tout arrêté pour changer de métier et j'ai fait un master management de l'ESS, validé en juin 2026. Je cherche un poste de responsable pédagogique dans une asso d'éducation populaire.

Kevin Nguyen
06 56 09 34 71""",
            truth=_t29)),
        ("english", M(
            frm="Kevin Nguyen <kevin.nguyen@example.net>",
            subject="Career change - Pro'pulse",
            date="11 08:50",
            body="""Hello,

After six years as a primary school teacher, I decided to change careers. I went back to university and completed a master's in managing social and solidarity economy organisations in June 2026. I'm now looking for a position as education manager in a popular-education non-profit.

Regards,
Kevin Nguyen
06 56 09 34 71""",
            truth=but(_t29, language="en"))),
    ),
    told(
        "Nicolas Faure, «bac+2» in 2025 (no month, no title), insertion or recycling job in the ESS",
        ("formal", M(
            frm="Nicolas Faure <nicolas.faure@example.org>",
            subject="Candidature",
            date="11 11:30",
            body="""Madame, Monsieur,

Je souhaiterais, par le présent courrier, vous faire part de ma candidature. Détenteur d'un diplôme de niveau bac+2 obtenu en 2025, et attiré depuis longtemps par les structures qui conjuguent activité économique et utilité sociale, je recherche un emploi dans une ressourcerie ou une entreprise d'insertion.

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Nicolas Faure
07 69 24 08 15""",
            truth=_t30)),
        ("plain", M(
            frm="Nicolas Faure <nicolas.faure@example.org>",
            subject="Pro'pulse",
            date="11 19:00",
            body="""Bonjour,

J'ai un bac+2, diplômé en 2025. Je voudrais bosser dans une ressourcerie ou une entreprise d'insertion, l'économie solidaire ça me parle.

Nicolas Faure
07 69 24 08 15""",
            truth=_t30)),
        ("sms", M(
            frm="Nicolas Faure <nicolas.faure@example.org>",
            subject="",
            date="12 23:15",
            body="""yo
bac+2 eu en 2025, jcherche un taf ds une ressourcerie ou une entreprise d insertion
nicolas faure 07 69 24 08 15""",
            truth=_t30)),
    ),
]
