# ruff: noqa: E501
"""Batch 3 — applications that leave a criterion open (no aim, no date, a «mission» of unstated kind, a
permanent job held now, a year alone in 2024), an aim elsewhere, and foreign or RNCP diplomas. Each set: the
facts first (its comment), then three tellings.
"""

from kit import M, app
from registers import but, told

# Facts: Paul Bernard, master 2 July 2026; asks to join, says nothing of the job he wants. Aim unknown.
_t14 = app("Paul", "Bernard", phone="+33661829345", bac=5, grad="2026-07", unknown=("job_seeking_ess",), status="m2_sans_projet")
# Facts: Amina Diallo, licence pro «métiers de l'animation sociale», no date given; ESS aim. Date unknown.
_t15 = app("Amina", "Diallo", phone="+33744150238", bac=3, grad=None, unknown=("graduation_recent",), status="lp_sans_date")
# Facts: Romain Petit, BTS June 2025; «en mission» in an association now, kind not said; ESS aim.
_t16 = app("Romain", "Petit", phone="+33609384172", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="mission_indeterminee")
# Facts: Clara Fontaine, master June 2025; CDI now as a sales assistant in a private firm; wants an ESS job.
_t17 = app("Clara", "Fontaine", phone="+33672550914", bac=5, grad="2025-06", unknown=("not_career_change",), status="cdi_prive_vers_ess")
# Facts: Noah Martin, licence «2024» (no month); ESS aim. Date unknown (a year alone in 2024).
_t18 = app("Noah", "Martin", phone="+33751209684", bac=3, grad="2024", unknown=("graduation_recent",), status="licence_2024_sans_mois")
# Facts: Lina Garcia, master marketing September 2026; wants a job in a luxury brand. Aim elsewhere.
_t19 = app("Lina", "Garcia", phone="+33623718459", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="aim_luxe")
# Facts: Victor Lambert, Belgian bachelier (bac+3) June 2026; ESS aim (social enterprise). Eligible.
_t20 = app("Victor", "Lambert", phone="+32470123456", bac=3, grad="2026-06", status="bachelier_belge")

SETS = [
    told(
        "Paul Bernard, master 2 2026-07, no aim stated",
        ("formal", M(
            frm="Paul Bernard <paul.bernard@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="15 09:30",
            body="""Madame, Monsieur,

J'ai l'honneur de vous adresser ma candidature au programme Pro'pulse. Le diplôme de master 2 en histoire contemporaine m'ayant été délivré en juillet 2026, à l'issue d'un mémoire consacré aux mouvements ouvriers, je serais très reconnaissant de pouvoir bénéficier de l'accompagnement que vous proposez aux jeunes diplômés.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Paul Bernard
06 61 82 93 45""",
            truth=_t14)),
        ("plain", M(
            frm="Paul Bernard <paul.bernard@example.net>",
            subject="Pro'pulse",
            date="15 14:12",
            body="""Bonjour,

Je viens de finir mon master 2 d'histoire contemporaine (diplômé en juillet 2026). Je voudrais participer à votre programme, comment ça se passe ?

Paul Bernard
06 61 82 93 45""",
            truth=_t14)),
        ("english", M(
            frm="Paul Bernard <paul.bernard@example.net>",
            subject="Pro'pulse programme",
            date="16 08:40",
            body="""Hello,

I was awarded a two-year master's degree in contemporary history in July 2026. I'd love to take part in Pro'pulse — how do I sign up?

Best regards,
Paul Bernard
06 61 82 93 45""",
            truth=but(_t14, language="en"))),
    ),
    told(
        "Amina Diallo, licence pro animation sociale, no date, ESS aim",
        ("formal", M(
            frm="Amina Diallo <amina.diallo@example.org>",
            subject="Candidature",
            date="16 10:05",
            body="""Madame, Monsieur,

Titulaire d'une licence professionnelle « Métiers de l'animation sociale, socio-éducative et socioculturelle », et profondément attachée aux valeurs de l'éducation populaire que j'ai découvertes lors de mes expériences d'animatrice en centre social, je souhaiterais, avec votre soutien, décrocher un emploi de coordinatrice au sein d'une association ou d'un centre social.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Amina Diallo
07 44 15 02 38""",
            truth=_t15)),
        ("plain", M(
            frm="Amina Diallo <amina.diallo@example.org>",
            subject="Pro'pulse",
            date="16 18:20",
            body="""Bonjour,

J'ai une licence pro animation sociale et socioculturelle. J'ai été animatrice en centre social et j'aimerais maintenant un poste de coordinatrice dans une asso ou un centre social.

Amina Diallo
07 44 15 02 38""",
            truth=_t15)),
        ("fiche", M(
            frm="Amina Diallo <amina.diallo@example.org>",
            subject="Candidature Pro'pulse",
            date="17 08:55",
            body="""• Nom : Diallo
• Prénom : Amina
• Téléphone : 07 44 15 02 38
• Diplôme : Licence professionnelle Métiers de l'animation sociale, socio-éducative et socioculturelle
• Expérience : animatrice en centre social
• Objectif : coordinatrice dans une association ou un centre social""",
            truth=_t15)),
    ),
    told(
        "Romain Petit, BTS 2025-06, «en mission» of unstated kind in an association, ESS aim",
        ("formal", M(
            frm="Romain Petit <romain.petit@example.com>",
            subject="Candidature Pro'pulse",
            date="17 10:30",
            body="""Madame, Monsieur,

Diplômé d'un BTS Gestion de la PME depuis la session de juin 2025, je me trouve actuellement en mission au sein d'une association d'insertion par le sport, où je seconde la responsable administrative, et souhaiterais, au terme de cette expérience, obtenir un poste de gestionnaire administratif dans une structure de l'économie sociale et solidaire.

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Romain Petit
06 09 38 41 72""",
            truth=_t16)),
        ("plain", M(
            frm="Romain Petit <romain.petit@example.com>",
            subject="Pro'pulse",
            date="17 16:45",
            body="""Bonjour,

J'ai un BTS gestion de la PME (juin 2025). En ce moment je suis en mission dans une asso d'insertion par le sport, j'aide la responsable administrative. Ensuite je voudrais un poste de gestionnaire dans l'ESS.

Romain Petit
06 09 38 41 72""",
            truth=_t16)),
        ("sms", M(
            frm="Romain Petit <romain.petit@example.com>",
            subject="",
            date="18 22:10",
            body="""slt
bts gpme eu en juin 2025. la je suis en mission ds une asso d insertion par le sport (admin). apres jvoudrai un poste de gestionnaire ds l ess
romain petit 06 09 38 41 72""",
            truth=_t16)),
    ),
    told(
        "Clara Fontaine, master 2025-06, CDI as a sales assistant in a private firm now, wants an ESS job",
        ("formal", M(
            frm="Clara Fontaine <clara.fontaine@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="18 09:15",
            body="""Madame, Monsieur,

Titulaire d'un master en communication obtenu en juin 2025, j'ai accepté, faute d'opportunités dans le secteur qui m'attirait, un contrat à durée indéterminée d'assistante commerciale dans une entreprise de distribution, poste que j'occupe toujours ; c'est néanmoins dans une association ou une coopérative que je souhaiterais véritablement exercer, et c'est pourquoi je vous sollicite.

Je vous prie d'agréer, Madame, Monsieur, mes sincères salutations.

Clara Fontaine
06 72 55 09 14""",
            truth=_t17)),
        ("plain", M(
            frm="Clara Fontaine <clara.fontaine@example.net>",
            subject="Pro'pulse",
            date="18 19:02",
            body="""Bonjour,

Master communication en juin 2025. Je suis en CDI comme assistante commerciale dans une boîte de distribution depuis un an, mais ce que je veux c'est travailler dans une asso ou une coopérative. Vous pouvez m'aider ?

Clara Fontaine
06 72 55 09 14""",
            truth=_t17)),
        ("third_person", M(
            frm="Julien Fontaine <julien.fontaine@example.org>",
            subject="Ma sœur Clara",
            date="19 10:25",
            body="""Bonjour,

Je me permets de vous écrire au sujet de ma sœur, Clara Fontaine. Elle a eu son master de communication en juin 2025 et elle est en CDI d'assistante commerciale dans une entreprise privée. Elle aimerait beaucoup travailler dans une association ou une coopérative.

Son adresse : clara.fontaine@example.net, son numéro : 06 72 55 09 14.

Merci,
Julien Fontaine""",
            truth=but(_t17, email="clara.fontaine@example.net", forwarded_by="julien.fontaine@example.org"))),
    ),
    told(
        "Noah Martin, licence «2024» without month, ESS aim",
        ("formal", M(
            frm="Noah Martin <noah.martin@example.com>",
            subject="Candidature",
            date="19 11:40",
            body="""Madame, Monsieur,

Je me permets de porter à votre connaissance mon souhait de rejoindre votre programme. Licencié en sciences de l'éducation depuis 2024, et ayant depuis multiplié les engagements bénévoles dans des associations de soutien scolaire, je recherche un emploi de chargé d'accompagnement dans une structure de l'économie sociale et solidaire.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Noah Martin
07 51 20 96 84""",
            truth=_t18)),
        ("plain", M(
            frm="Noah Martin <noah.martin@example.com>",
            subject="Pro'pulse",
            date="19 18:00",
            body="""Bonjour,

J'ai fini ma licence de sciences de l'éducation en 2024. Depuis je fais du bénévolat en soutien scolaire. Je cherche un travail dans une structure de l'ESS, dans l'accompagnement.

Noah Martin
07 51 20 96 84""",
            truth=_t18)),
        ("english", M(
            frm="Noah Martin <noah.martin@example.com>",
            subject="Application to Pro'pulse",
            date="20 09:10",
            body="""Hello,

I finished my bachelor's degree in education sciences in 2024, and since then I've been volunteering as a tutor. I'm looking for a job in the social and solidarity economy, supporting young people.

Thanks,
Noah Martin
07 51 20 96 84""",
            truth=but(_t18, language="en"))),
    ),
    told(
        "Lina Garcia, master marketing 2026-09, aims at a luxury brand",
        ("formal", M(
            frm="Lina Garcia <lina.garcia@example.org>",
            subject="Candidature Pro'pulse",
            date="20 10:00",
            body="""Madame, Monsieur,

Récemment diplômée d'un master en marketing, dont la remise a eu lieu en septembre 2026, je suis à la recherche d'un premier emploi de chef de produit au sein d'une maison de luxe, secteur dans lequel j'ai effectué mes deux stages, et j'ai pensé que votre accompagnement pourrait m'aider à mieux préparer mes entretiens.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Lina Garcia
06 23 71 84 59""",
            truth=_t19)),
        ("plain", M(
            frm="Lina Garcia <lina.garcia@example.org>",
            subject="Pro'pulse",
            date="20 15:33",
            body="""Bonjour,

Je suis diplômée d'un master marketing depuis septembre. Je cherche un poste de cheffe de produit dans le luxe (maroquinerie, parfum…). Votre programme pourrait m'aider pour les entretiens ?

Lina Garcia
06 23 71 84 59""",
            truth=_t19)),
        ("sms", M(
            frm="Lina Garcia <lina.garcia@example.org>",
            subject="pro'pulse",
            date="21 13:05",
            body="""hello
master marketing fini en sept 2026, jcherche chef de produit ds une marque de luxe. vs aidez pr les entretiens ?
lina garcia 0623718459""",
            truth=_t19)),
    ),
    told(
        "Victor Lambert, Belgian bachelier (bac+3) 2026-06, social enterprise aim",
        ("formal", M(
            frm="Victor Lambert <victor.lambert@example.be>",
            subject="Candidature au programme Pro'pulse",
            date="21 09:20",
            body="""Madame, Monsieur,

Résidant à Lille depuis peu, je souhaiterais vous soumettre ma candidature. Le grade de bachelier en assistance sociale, qui m'a été conféré en juin 2026 par une haute école de Mons et qui correspond à trois années d'études supérieures, me destine naturellement à l'intervention sociale, et c'est dans une entreprise sociale ou une association que je désire débuter ma carrière.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Victor Lambert
+32 470 12 34 56""",
            truth=_t20)),
        ("plain", M(
            frm="Victor Lambert <victor.lambert@example.be>",
            subject="Pro'pulse",
            date="21 17:50",
            body="""Bonjour,

Je suis belge, j'ai mon bachelier en assistance sociale depuis juin 2026 (haute école à Mons). J'habite à Lille maintenant et je cherche un premier emploi dans une entreprise sociale ou une asso.

Victor Lambert
+32 470 12 34 56""",
            truth=_t20)),
        ("fiche", M(
            frm="Victor Lambert <victor.lambert@example.be>",
            subject="Candidature",
            date="22 08:30",
            body="""Nom : LAMBERT
Prénom : Victor
Tél. : +32 470 12 34 56
Diplôme : Bachelier en assistance sociale (Belgique, 3 ans d'études supérieures, équivalent licence)
Obtention : juin 2026
Recherche : premier emploi dans une entreprise sociale ou une association""",
            truth=_t20)),
    ),
]
