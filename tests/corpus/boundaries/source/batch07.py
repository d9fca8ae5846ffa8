# ruff: noqa: E501
"""Batch 7 — the ESS-aim boundary: a job sought in the ESS, «dans l'associatif ou le public», an ESUS company,
against the public sector alone or a named private sector, and the open middle: any job, an «entreprise à
mission», nothing said."""

from boundaries import B
from kit import CV, M, app

MESSAGES = [
    # Boundary: ess_aim — inside — an association named as the aim
    B("ess_aim", "inside", M(
        frm="Aline Gilbert <aline.gilbert@example.org>",
        subject="Candidature Pro'pulse",
        date="02 09:40",
        body="""Bonjour,

Licence de lettres obtenue en juin 2026. Je cherche un poste de médiatrice du livre dans une association de lecture publique.

Aline Gilbert
06 24 59 81 37""",
        truth=app("Aline", "Gilbert", phone="+33624598137", bac=3, grad="2026-06", status="association_nommee"),
    )),
    # Boundary: ess_aim — outside — the public sector only
    B("ess_aim", "outside", M(
        frm="Étienne Millet <etienne.millet@example.net>",
        subject="Accompagnement",
        date="03 13:15",
        body="""Bonjour,

Master Administration publique obtenu en juin 2026. Je cherche un emploi dans le secteur public uniquement : collectivité territoriale ou hôpital, en contractuel en attendant les concours.

Étienne Millet
07 63 40 28 15""",
        truth=app("Étienne", "Millet", phone="+33763402815", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="secteur_public_seul"),
    )),
    # Boundary: ess_aim — inside — «dans l'associatif ou le public»
    B("ess_aim", "inside", M(
        frm="Manon Lecomte <manon.lecomte@example.com>",
        subject="Candidature",
        date="04 10:50",
        body="""Bonjour,

BUT Carrières sociales obtenu en juillet 2026. Je cherche un poste d'éducatrice spécialisée dans l'associatif ou le public, j'ai déjà postulé dans deux associations de protection de l'enfance.

Manon Lecomte
06 80 47 13 26""",
        truth=app("Manon", "Lecomte", phone="+33680471326", bac=3, grad="2026-07", status="associatif_ou_public"),
    )),
    # Boundary: ess_aim — open — any job at all
    B("ess_aim", "open", M(
        frm="Kevin Nguyen <kevin.nguyen@example.org>",
        subject="Recherche d'emploi",
        date="05 12:20",
        body="""Bonjour,

BTS Comptabilité et gestion, juin 2026. Je cherche n'importe quel emploi de comptable, peu importe le type d'employeur, pourvu que ce soit près de Metz.

Kevin Nguyen
06 21 85 34 70""",
        truth=app("Kevin", "Nguyen", phone="+33621853470", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="n_importe_quel_emploi"),
    )),
    # Boundary: ess_aim — inside — a company approved ESUS
    B("ess_aim", "inside", M(
        frm="Raphaël Dumas <raphael.dumas@example.net>",
        subject="Pro'pulse - candidature",
        date="06 09:10",
        body="""Bonjour,

Diplômé d'une école d'ingénieurs en septembre 2026, je cherche un poste d'ingénieur dans une entreprise agréée ESUS (entreprise solidaire d'utilité sociale) du recyclage.

Raphaël Dumas
07 48 26 91 53""",
        truth=app("Raphaël", "Dumas", phone="+33748269153", bac=5, grad="2026-09", status="esus"),
    )),
    # Boundary: ess_aim — open — an «entreprise à mission», neither ESS as such nor outside it
    B("ess_aim", "open", M(
        frm="Laura Chauvin <laura.chauvin@example.com>",
        subject="Candidature",
        date="07 14:35",
        body="""Bonjour,

Master Responsabilité sociale des entreprises obtenu en juin 2026. Je cherche un poste de chargée RSE dans une entreprise à mission.

Laura Chauvin
06 57 32 18 94""",
        truth=app("Laura", "Chauvin", phone="+33657321894", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="entreprise_a_mission"),
    )),
    # Boundary: ess_aim — outside — a bank named as the aim
    B("ess_aim", "outside", M(
        frm="Alexandre Picard <alexandre.picard@example.org>",
        subject="Pro'pulse",
        date="08 10:25",
        body="""Bonjour,

Master de finance obtenu en septembre 2026. Je vise un poste d'analyste dans une banque d'affaires à Paris et je cherche un accompagnement pour mes entretiens.

Alexandre Picard
06 12 94 83 27""",
        truth=app("Alexandre", "Picard", phone="+33612948327", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="banque_affaires"),
    )),
    # Boundary: ess_aim — open — nothing said of the aim
    B("ess_aim", "open", M(
        frm="Mélanie Hubert <melanie.hubert@example.net>",
        subject="Candidature Pro'pulse",
        date="09 15:00",
        body="""Bonjour,

Je m'appelle Mélanie Hubert, j'ai 24 ans et une licence de langues étrangères appliquées obtenue en juin 2026. Je souhaite participer à votre programme.

Mélanie Hubert
07 39 26 50 81""",
        truth=app("Mélanie", "Hubert", phone="+33739265081", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="but_non_dit"),
    )),
    # Boundary: ess_aim — inside — a mutuelle and a cooperative, English
    B("ess_aim", "inside", M(
        frm="Chen Wei <chen.wei@example.com>",
        subject="Application",
        date="10 11:45",
        body="""Hello,

I received my Master's in Data Science from Université Grenoble Alpes in June 2026. I'm looking for a data analyst job in a mutual insurance company (mutuelle) or a cooperative.

Chen Wei
+33 7 29 83 16 45""",
        truth=app("Chen", "Wei", phone="+33729831645", bac=5, grad="2026-06", language="en", status="en_mutuelle_cooperative"),
    )),
    # Boundary: ess_aim — outside — English, a tech company
    B("ess_aim", "outside", M(
        frm="Lukas Brandt <lukas.brandt@example.net>",
        subject="Pro'pulse",
        date="11 13:30",
        body="""Hi,

I finished my Master's in Computer Science in Paris in September 2026. I'm aiming for a software engineering role at a large tech company, ideally in Paris. Could your programme help?

Lukas Brandt""",
        truth=app("Lukas", "Brandt", phone=None, bac=5, grad="2026-09", failing=("job_seeking_ess",), language="en", status="en_big_tech"),
    )),
    # Boundary: ess_aim — open — «quelque chose qui a du sens», no sector named
    B("ess_aim", "open", M(
        frm="Jérôme Faure <jerome.faure@example.org>",
        subject="Candidature",
        date="12 16:40",
        body="""Bonjour,

Licence de géographie, juin 2026. Je cherche un travail qui ait du sens, sans savoir encore dans quel type de structure.

Jérôme Faure
06 94 72 38 15""",
        truth=app("Jérôme", "Faure", phone="+33694723815", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="travail_qui_a_du_sens"),
    )),
    # Boundary: ess_aim — outside — a SMS, «en grande surface»
    B("ess_aim", "outside", M(
        frm="sofiane.k@example.com",
        subject="travail",
        date="13 22:10",
        body="""slt, bts mco juin 2026, je cherche un poste de chef de rayon en grande surface, vous pouvez m aider? sofiane kaddour 07 65 41 29 83""",
        truth=app("Sofiane", "Kaddour", phone="+33765412983", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="sms_grande_surface"),
    )),
    # Boundary: ess_aim — inside — a CV whose objective is a SCOP
    B("ess_aim", "inside", M(
        frm="Ophélie Renard <ophelie.renard@example.net>",
        subject="CV",
        date="14 09:55",
        body="""Bonjour, ci-joint mon CV pour Pro'pulse. Ophélie""",
        cv=CV("pdf", "CV_Ophelie_Renard.pdf", """Ophélie RENARD
06 31 84 27 59
FORMATION
Licence pro Métiers du BTP - juillet 2026
OBJECTIF
Conductrice de travaux dans une SCOP du bâtiment"""),
        truth=app("Ophélie", "Renard", phone="+33631842759", bac=3, grad="2026-07", info_in="cv", status="cv_scop"),
    )),
    # Boundary: ess_aim — outside — a CV whose objective is a luxury brand
    B("ess_aim", "outside", M(
        frm="Victoire Lambert <victoire.lambert@example.org>",
        subject="Candidature",
        date="15 11:20",
        body="""Bonjour, voici mon CV. Victoire Lambert""",
        cv=CV("docx", "Victoire_Lambert_CV.docx", """Victoire LAMBERT
07 26 18 93 40
Formation
Master Marketing du luxe - juin 2026
Objectif
Chef de produit dans une maison de luxe"""),
        truth=app("Victoire", "Lambert", phone="+33726189340", bac=5, grad="2026-06", failing=("job_seeking_ess",), info_in="cv", status="cv_luxe"),
    )),
    # Boundary: ess_aim — open — «je ne cherche pas encore, je voudrais d'abord me renseigner»
    B("ess_aim", "open", M(
        frm="Noémie Pichon <noemie.pichon@example.com>",
        subject="Pro'pulse",
        date="16 13:50",
        body="""Bonjour,

Master de philosophie obtenu en septembre 2026. Je ne sais pas encore si je vais chercher un emploi ou préparer l'agrégation ; je voudrais d'abord comprendre ce que propose Pro'pulse.

Noémie Pichon
06 73 48 19 25""",
        truth=app("Noémie", "Pichon", phone="+33673481925", bac=5, grad="2026-09", unknown=("job_seeking_ess",), status="hesite_emploi_agregation"),
    )),
]
