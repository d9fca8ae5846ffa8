# ruff: noqa: E501
"""Batch 3 — the studies boundary: finished or not (a mémoire still to defend, a defence passed and results
awaited, a jury to come, every credit validated, a thesis defended or in progress, a student job)."""

from boundaries import B
from kit import CV, M, app

MESSAGES = [
    # Boundary: studies — outside — «il me reste le mémoire à soutenir»
    B("studies", "outside", M(
        frm="Apolline Roche <apolline.roche@example.org>",
        subject="Candidature Pro'pulse",
        date="02 11:05",
        body="""Bonjour,

J'ai validé mes deux semestres de master 2 Action publique et ESS (licence en 2024, master 1 en juin 2025), il me reste le mémoire à soutenir en janvier. Je cherche déjà un poste de chargée de mission dans une fédération associative.

Apolline Roche
06 17 38 94 52""",
        truth=app("Apolline", "Roche", phone="+33617389452", bac=4, grad="2025-06", failing=("studies_finished",), status="memoire_a_soutenir"),
    )),
    # Boundary: studies — open — defence passed, results awaited
    B("studies", "open", M(
        frm="Gabin Leclerc <gabin.leclerc@example.net>",
        subject="En attente des résultats",
        date="03 10:20",
        body="""Bonjour,

J'ai soutenu mon mémoire de master 2 Développement social le 6 novembre ; j'attends les résultats du jury. J'ai déjà validé mon master 1 (juin 2025). Je cherche un poste de coordinateur dans une association d'insertion.

Gabin Leclerc
07 20 41 85 93""",
        truth=app("Gabin", "Leclerc", phone="+33720418593", bac=4, grad="2025-06", unknown=("studies_finished",), status="soutenance_passee_resultats_attendus"),
    )),
    # Boundary: studies — inside — every credit validated, diploma awarded
    B("studies", "inside", M(
        frm="Héloïse Brun <heloise.brun@example.com>",
        subject="Pro'pulse",
        date="03 16:40",
        body="""Bonjour,

J'ai validé tous mes crédits de master Métiers du livre et le diplôme m'a été attribué en septembre 2026. Je n'ai plus aucun cours ni examen. Je cherche un poste de chargée de projets dans une association de lutte contre l'illettrisme.

Héloïse Brun
06 95 13 27 84""",
        truth=app("Héloïse", "Brun", phone="+33695132784", bac=5, grad="2026-09", status="tous_credits_valides"),
    )),
    # Boundary: studies — open — «jury le 10 décembre», all exams taken
    B("studies", "open", M(
        frm="Corentin Masson <corentin.masson@example.org>",
        subject="Candidature",
        date="04 08:55",
        body="""Bonjour,

J'ai passé mes derniers examens de licence professionnelle Coordination de projets en octobre ; le jury se réunit le 10 décembre. Avant ça, j'ai eu un DUT Carrières sociales en juin 2025. Je cherche un emploi de coordinateur dans un centre social associatif.

Corentin Masson
06 82 59 04 31""",
        truth=app("Corentin", "Masson", phone="+33682590431", bac=2, grad="2025-06", unknown=("studies_finished",), status="jury_10_decembre"),
    )),
    # Boundary: studies — inside — a thesis defended
    B("studies", "inside", M(
        frm="Dr Anouk Lemaître <anouk.lemaitre@example.net>",
        subject="Docteure en sociologie - candidature",
        date="05 09:30",
        body="""Bonjour,

J'ai soutenu ma thèse de doctorat en sociologie le 23 octobre 2026 à l'université de Nantes, et je ne souhaite pas poursuivre dans la recherche. Je cherche un poste de chargée d'études dans une fédération de l'économie sociale et solidaire.

Anouk Lemaître
06 40 27 81 63""",
        truth=app("Anouk", "Lemaître", phone="+33640278163", bac=8, grad="2026-10", status="these_soutenue"),
    )),
    # Boundary: studies — outside — a thesis in its third year
    B("studies", "outside", M(
        frm="Victor Aubert <victor.aubert@example.com>",
        subject="Doctorant - question et candidature",
        date="05 14:15",
        body="""Bonjour,

Je suis en deuxième année de doctorat en économie (master obtenu en septembre 2025). Ma soutenance est prévue en 2027. En parallèle je voudrais commencer à chercher un emploi dans une coopérative de finance solidaire.

Victor Aubert""",
        truth=app("Victor", "Aubert", phone=None, bac=5, grad="2025-09", failing=("studies_finished",), status="these_en_cours"),
    )),
    # Boundary: studies — inside — a student job held while studying, now ended with the diploma
    B("studies", "inside", M(
        frm="Marion Chevalier <marion.chevalier@example.org>",
        subject="Candidature Pro'pulse",
        date="06 12:00",
        body="""Bonjour,

Pendant ma licence de langues j'étais caissière le week-end pour payer mes études. Licence obtenue en juin 2026 ; j'ai quitté la caisse en août. Je cherche un poste de chargée d'accueil dans une association d'aide aux personnes migrantes.

Marion Chevalier
07 29 16 48 35""",
        truth=app("Marion", "Chevalier", phone="+33729164835", bac=3, grad="2026-06", status="job_etudiant_fini"),
    )),
    # Boundary: studies — outside — a student job now, during a master 2
    B("studies", "outside", M(
        frm="Tom Guillaume <tom.guillaume@example.net>",
        subject="pro'pulse",
        date="06 19:25",
        body="""Bonjour,

Je suis en M2 Économie sociale à Marne-la-Vallée cette année et je bosse à côté comme surveillant dans un collège. J'ai déjà mon M1 (juin 2026). J'aimerais préparer ma recherche d'emploi dans une coopérative.

Tom Guillaume
06 53 81 27 90""",
        truth=app("Tom", "Guillaume", phone="+33653812790", bac=4, grad="2026-06", failing=("studies_finished",), status="m2_job_etudiant"),
    )),
    # Boundary: studies — open — «mon bac+3 est en cours de validation», the decision awaited (a BTS held)
    B("studies", "open", M(
        frm="Nadia Benali <nadia.benali@example.com>",
        subject="Candidature",
        date="07 10:45",
        body="""Bonjour,

Mon bac+3 est en cours de validation : j'ai rendu tous les dossiers du diplôme d'État de conseillère en économie sociale familiale et j'attends la décision. J'ai déjà le BTS ESF depuis juin 2025. Je cherche un poste de conseillère dans une association d'accès au logement.

Nadia Benali
06 71 40 29 85""",
        truth=app("Nadia", "Benali", phone="+33671402985", bac=2, grad="2025-06", unknown=("studies_finished",), status="bac3_en_cours_validation"),
    )),
    # Boundary: studies — inside — the last exam in June, diploma obtained in July
    B("studies", "inside", M(
        frm="Léon Gauthier <leon.gauthier@example.org>",
        subject="Recherche d'emploi ESS",
        date="08 11:20",
        body="""Bonjour,

Études terminées : dernier partiel en juin, master Management public et associatif obtenu en juillet 2026. Je cherche un poste de chargé de développement dans une fédération d'associations.

Léon Gauthier
07 36 92 18 47""",
        truth=app("Léon", "Gauthier", phone="+33736921847", bac=5, grad="2026-07", status="etudes_terminees_juillet"),
    )),
    # Boundary: studies — outside — the last semester under way
    B("studies", "outside", M(
        frm="Jade Perrot <jade.perrot@example.net>",
        subject="Candidature anticipée",
        date="09 13:05",
        body="""Bonjour,

Je suis dans mon dernier semestre de licence professionnelle Intervention sociale, je finis en février. J'ai un BTS ESF depuis juin 2025. Je voudrais m'inscrire dès maintenant pour trouver un emploi dans une association.

Jade Perrot
06 08 53 72 41""",
        truth=app("Jade", "Perrot", phone="+33608537241", bac=2, grad="2025-06", failing=("studies_finished",), status="dernier_semestre"),
    )),
    # Boundary: studies — open — the courses over, a resit perhaps still to take
    B("studies", "open", M(
        frm="Ruben Lopes <ruben.lopes@example.com>",
        subject="candidature",
        date="09 20:40",
        body="""Bonjour, j'ai fini les cours de mon master de géographie à Toulouse mais je ne sais pas encore si je dois repasser une UE au rattrapage, licence obtenue en juin 2025, et je voudrais travailler dans une asso de protection de l'environnement. Ruben Lopes 06 66 18 94 27""",
        truth=app("Ruben", "Lopes", phone="+33666189427", bac=3, grad="2025-06", unknown=("studies_finished",), status="rattrapage_incertain"),
    )),
    # Boundary: studies — inside — English, a MSc completed, a part-time job during it
    B("studies", "inside", M(
        frm="Liam O'Connor <liam.oconnor@example.com>",
        subject="Application - Pro'pulse",
        date="10 09:15",
        body="""Hello,

I completed my MSc in Sustainable Development at Université de Bordeaux in September 2026; all my coursework and my dissertation are done. I had a part-time job in a café during the MSc, which I left when I finished. I'm looking for a job in a French environmental association.

Liam O'Connor
+33 7 51 28 64 90""",
        truth=app("Liam", "O'Connor", phone="+33751286490", bac=5, grad="2026-09", language="en", status="en_msc_completed"),
    )),
    # Boundary: studies — outside — English, dissertation due in January
    B("studies", "outside", M(
        frm="Sofia Marques <sofia.marques@example.org>",
        subject="Pro'pulse - can I join?",
        date="10 17:30",
        body="""Hi,

I'm finishing a Master's in Social Economy in Lyon; my dissertation is due in January 2027. I hold a Bachelor's from Lisbon (2024). I'd like to start looking for a job in a French cooperative now.

Sofia Marques""",
        truth=app("Sofia", "Marques", phone=None, bac=3, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), language="en", status="en_dissertation_january"),
    )),
    # Boundary: studies — open — a CV with a master «2026 (résultats en attente)»
    B("studies", "open", M(
        frm="Eva Rolland <eva.rolland@example.net>",
        subject="CV Eva Rolland",
        date="11 14:10",
        body="""Bonjour, je vous envoie mon CV pour Pro'pulse.
Eva Rolland""",
        cv=CV("docx", "CV_Eva_Rolland.docx", """Eva ROLLAND
06 25 83 19 47
FORMATION
2026 - Master Politiques sociales (résultats en attente)
2024 - Licence de sciences sociales, Université de Lille
OBJECTIF
Chargée de mission dans une association de lutte contre la pauvreté"""),
        truth=app("Eva", "Rolland", phone="+33625831947", bac=3, grad="2024", unknown=("graduation_recent", "studies_finished"), info_in="cv", status="cv_resultats_en_attente"),
    )),
    # Boundary: studies — outside — a CV «Master 2 — en cours (2026-2027)»
    B("studies", "outside", M(
        frm="Noah Weber <noah.weber@example.com>",
        subject="Candidature",
        date="12 10:30",
        body="""Bonjour, ci-joint mon CV. Merci, Noah""",
        cv=CV("pdf", "Noah_Weber_CV.pdf", """Noah WEBER
07 48 15 60 92 - noah.weber@example.com
FORMATION
Master 2 Économie sociale et solidaire - en cours (2026-2027), Université de Strasbourg
Licence d'économie - juin 2025
PROJET
Chargé de mission dans une coopérative"""),
        truth=app("Noah", "Weber", phone="+33748156092", bac=3, grad="2025-06", failing=("studies_finished",), info_in="cv", status="cv_m2_en_cours"),
    )),
    # Boundary: studies — inside — a licence obtained, a master given up for good
    B("studies", "inside", M(
        frm="Mathilde Fabre <mathilde.fabre@example.org>",
        subject="Pro'pulse - candidature",
        date="13 11:50",
        body="""Bonjour,

Licence de sociologie obtenue en juin 2025. J'ai commencé un master à la rentrée 2025 mais j'ai abandonné définitivement en janvier dernier : je n'y retournerai pas. Je cherche un poste d'animatrice de réseau dans une association.

Mathilde Fabre
06 13 92 48 70""",
        truth=app("Mathilde", "Fabre", phone="+33613924870", bac=3, grad="2025-06", status="master_abandonne"),
    )),
    # Boundary: studies — open — a resumed distance course, whether still enrolled not said
    B("studies", "open", M(
        frm="Alexis Blanc <alexis.blanc@example.net>",
        subject="Candidature Pro'pulse",
        date="14 09:40",
        body="""Bonjour,

DUT Carrières juridiques obtenu en juin 2025. Je m'étais inscrit à une licence à distance l'an dernier, je ne sais pas si je vais la continuer. Je cherche un emploi de juriste assistant dans une association de consommateurs.

Alexis Blanc
07 82 61 30 54""",
        truth=app("Alexis", "Blanc", phone="+33782613054", bac=2, grad="2025-06", unknown=("studies_finished",), status="licence_distance_incertaine"),
    )),
]
