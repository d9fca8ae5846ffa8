# ruff: noqa: E501
"""Batch 7: applications carrying a small CV (where people put their diploma and its date), and a few more
messages of the rest of the inbox."""

from abroad import C
from kit import CV, M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Cell: Maroc × double_cursus × annee_univ — CV docx, licence Maroc + master France
    C("Maroc", "double_cursus", "annee_univ", M(
        frm="Sara Lahlou <sara.lahlou@example.com>",
        subject="Candidature Pro'pulse",
        date="03 11:35",
        body="""Bonjour,

Je vous adresse ma candidature, mon CV est joint. Je souhaite travailler dans une association d'accès aux droits.

Sara Lahlou""",
        cv=CV("docx", "CV_Sara_Lahlou.docx", """Sara LAHLOU
Montpellier - 06 35 72 18 40 - sara.lahlou@example.com
FORMATION
Année universitaire 2025-2026 : Master Droit des libertés, Université de Montpellier (diplômée)
2019-2022 : Licence en droit privé, Université Cadi Ayyad, Marrakech
EXPÉRIENCES
Bénévole, permanence juridique de la Cimade"""),
        truth=app("Sara", "Lahlou", phone="+33635721840", bac=5, grad="2026", info_in="cv", status="maroc_master_cv"),
    )),
    # Cell: Algérie × straight × mm/yyyy — CV pdf, master, stage in progress on CV and body
    C("Algérie", "straight", "mm/yyyy", M(
        frm="Lydia Hamidi <lydia.hamidi@example.net>",
        subject="candidature",
        date="04 15:15",
        body="""Bonjour, voici mon CV. Je termine mon stage en février et je cherche ensuite un emploi dans l'ESS.
Lydia""",
        cv=CV("pdf", "CV Lydia Hamidi.pdf", """Lydia HAMIDI
Lyon - 07 69 24 31 08 - lydia.hamidi@example.net
FORMATION
Master en management des organisations, Université de Béjaïa - 06/2025
EXPÉRIENCE
Depuis 09/2026 : stagiaire chargée de projet, Fondation Entraide Rhône (jusqu'en 02/2027)
LANGUES
Kabyle, arabe, français, anglais"""),
        truth=app("Lydia", "Hamidi", phone="+33769243108", bac=5, grad="2025-06", failing=("not_internship",), info_in="cv", status="algerie_stage_cv"),
    )),
    # Cell: Sénégal × gap_year × mm/yyyy — CV odt, licence, old
    C("Sénégal", "gap_year", "mm/yyyy", M(
        frm="Cheikh Mbaye <cheikh.mbaye@example.sn>",
        subject="CV",
        date="05 10:00",
        body="""Bonjour,
Ci-joint mon CV pour le programme.
Cheikh Mbaye""",
        cv=CV("odt", "CV_Cheikh_Mbaye.odt", """Cheikh MBAYE
Paris 18e - 06 58 41 20 93 - cheikh.mbaye@example.sn
Objectif : travailler dans une coopérative ou une association de commerce équitable
FORMATION
Licence en économie, Université Gaston Berger, Saint-Louis - 07/2023
EXPÉRIENCE
2023-2024 : année de volontariat au village, projet agricole familial
2025 : manutentionnaire, Roissy"""),
        truth=app("Cheikh", "Mbaye", phone="+33658412093", bac=3, grad="2023-07", failing=("graduation_recent",), info_in="cv", status="senegal_cv_old"),
    )),
    # Cell: Belgique × straight × month_year — CV pdf, master, aim in body
    C("Belgique", "straight", "month_year", M(
        frm="Hélène Lejeune <helene.lejeune@example.be>",
        subject="Candidature - Hélène Lejeune",
        date="06 09:25",
        body="""Bonjour,

Je cherche un premier emploi dans une entreprise d'économie sociale en France (je déménage à Lille). Mon CV est en pièce jointe.

Hélène Lejeune""",
        cv=CV("pdf", "Helene_Lejeune_CV.pdf", """Hélène LEJEUNE
Tournai - +32 477 30 12 85 - helene.lejeune@example.be
FORMATION
Master en sciences de gestion, Université de Namur - juin 2026
Bachelier en sciences économiques et de gestion, Université de Namur - juin 2024
EXPÉRIENCE
Mémoire réalisé avec une entreprise de travail adapté"""),
        truth=app("Hélène", "Lejeune", phone="+32477301285", bac=5, grad="2026-06", info_in="cv", status="be_master_cv_2026"),
    )),
    # Cell: Italie × straight × promo — CV docx in Italian-flavoured French, aim elsewhere
    C("Italie", "straight", "promo", M(
        frm="Davide Russo <davide.russo@example.it>",
        subject="Candidatura - CV",
        date="07 12:50",
        body="""Bonjour, je vous envoie mon curriculum. Cordiali saluti, Davide Russo""",
        cv=CV("docx", "Curriculum_Davide_Russo.docx", """Davide RUSSO
Nice - +39 333 901 22 47 - davide.russo@example.it
OBIETTIVO / OBJECTIF
Poste de commercial dans le secteur du yachting de luxe
FORMAZIONE / FORMATION
Laurea magistrale en management, Università di Genova - promo 2025
ESPERIENZE
Stage, chantier naval, Gênes (terminé en 2024)"""),
        truth=app("Davide", "Russo", phone="+393339012247", bac=5, grad="2025", failing=("job_seeking_ess",), info_in="cv", status="laurea_cv_yachting"),
    )),
    # Cell: Tunisie × phd × mm/yyyy — CV pdf, doctorate in progress per CV
    C("Tunisie", "phd", "mm/yyyy", M(
        frm="Walid Ben Salem <walid.bensalem@example.net>",
        subject="Candidature",
        date="08 16:20",
        body="""Bonjour, ci-joint mon CV. Je voudrais travailler dans une association d'éducation scientifique. Walid""",
        cv=CV("pdf", "CV_Walid_BenSalem.pdf", """Walid BEN SALEM
Nancy - 07 44 91 26 30 - walid.bensalem@example.net
FORMATION
Depuis 10/2024 : doctorat en chimie, Université de Lorraine (en cours, soutenance prévue en 2027)
Mastère de recherche en chimie, Faculté des sciences de Tunis - 06/2024
COMPÉTENCES
Médiation scientifique, Fête de la science 2025"""),
        truth=app("Walid", "Ben Salem", phone="+33744912630", bac=5, grad="2024-06", failing=("graduation_recent", "studies_finished"), info_in="cv", status="tunisie_phd_cv"),
    )),
    # Cell: Cameroun × dropout_resumed × dd/mm/yyyy — CV pdf, BTS after resuming
    C("Cameroun", "dropout_resumed", "dd/mm/yyyy", M(
        frm="Gaëlle Ngo Bassa <gaelle.ngobassa@example.com>",
        subject="Candidature Pro'pulse",
        date="09 13:30",
        body="""Bonjour,

Ci-joint mon CV. Après avoir arrêté mes études à Douala, j'ai repris en France et obtenu mon BTS. Je cherche un poste dans l'aide à domicile associative.

Gaëlle Ngo Bassa""",
        cv=CV("pdf", "CV Gaelle Ngo Bassa.pdf", """Gaëlle NGO BASSA
Créteil - 06 73 20 48 15 - gaelle.ngobassa@example.com
FORMATION
BTS SP3S, Lycée Saint-Exupéry, Créteil - diplôme délivré le 08/07/2026
2018-2019 : première année de licence, Université de Douala (non terminée)
EXPÉRIENCE
Auxiliaire de vie (CDD), ADMR, 2024-2025"""),
        truth=app("Gaëlle", "Ngo Bassa", phone="+33673204815", bac=2, grad="2026-07", info_in="cv", status="cameroun_bts_fr_cv"),
    )),
    # Cell: Côte d'Ivoire × equivalence_pending × session — CV docx, "DUT" CI? level clear 2
    C("Côte d'Ivoire", "equivalence_pending", "session", M(
        frm="Franck Assi <franck.assi@example.ci>",
        subject="Dossier de candidature",
        date="10 17:05",
        body="""Bonjour, veuillez trouver ci-joint mon CV. Ma demande d'équivalence est en cours à ENIC-NARIC. Cordialement, Franck Assi""",
        cv=CV("docx", "CV_Franck_Assi.docx", """Franck ASSI
Orléans - 07 56 13 80 24 - franck.assi@example.ci
FORMATION
BTS Logistique, Abidjan - session de juin 2025
EXPÉRIENCE
Préparateur de commandes (intérim), 2026
Recherche : un emploi de logisticien dans une association ou une coopérative (banque alimentaire, réemploi)"""),
        truth=app("Franck", "Assi", phone="+33756138024", bac=2, grad="2025-06", info_in="cv", status="ci_bts_cv"),
    )),
    # Cell: Luxembourg × gap_year × il_y_a — CV odt, bachelor, no aim
    C("Luxembourg", "gap_year", "il_y_a", M(
        frm="Sven Muller <sven.muller@example.lu>",
        subject="Pro'pulse",
        date="11 08:45",
        body="""Bonjour, j'ai terminé mon bachelor il y a environ un an (voir CV), puis j'ai fait une pause. Je cherche un emploi en Lorraine. Sven""",
        cv=CV("odt", "Sven_Muller_CV.odt", """Sven MULLER
Esch-sur-Alzette - +352 691 22 48 10 - sven.muller@example.lu
FORMATION
Bachelor en gestion, Université du Luxembourg - 2025
EXPÉRIENCE
Job étudiant, supermarché, 2022-2025"""),
        truth=app("Sven", "Muller", phone="+352691224810", bac=3, grad="2025", unknown=("job_seeking_ess",), info_in="cv", status="lux_cv_no_aim"),
    )),
    # Cell: Portugal × equivalence_pending × dd/mm/yyyy — CV pdf, mestrado, service civique now
    C("Portugal", "equivalence_pending", "dd/mm/yyyy", M(
        frm="Inês Carvalho <ines.carvalho@example.pt>",
        subject="Candidatura Pro'pulse",
        date="12 10:40",
        body="""Bonjour, je joins mon CV. Je cherche un emploi dans une association après mon service civique. Inês""",
        cv=CV("pdf", "CV_Ines_Carvalho.pdf", """Inês CARVALHO
Bordeaux - 06 42 80 19 73 - ines.carvalho@example.pt
FORMATION
Mestrado en sociologie, Universidade do Minho - 29/07/2025 (équivalence demandée)
EXPÉRIENCE
Depuis 10/2026 : volontaire en service civique, association d'aide aux devoirs, Bordeaux (8 mois)"""),
        truth=app("Inês", "Carvalho", phone="+33642801973", bac=5, grad="2025-07", failing=("not_service_civique",), info_in="cv", status="pt_sc_cv"),
    )),
    # Cell: Roumanie × straight × session — CV docx, licență, aim present
    C("Roumanie", "straight", "session", M(
        frm="Alexandra Radu <alexandra.radu@example.ro>",
        subject="CV - Alexandra Radu",
        date="13 09:50",
        body="""Bonjour, mon CV est joint. Merci ! Alexandra""",
        cv=CV("docx", "CV_Alexandra_Radu.docx", """Alexandra RADU
Paris 11e - 07 68 12 94 30 - alexandra.radu@example.ro
Objectif : chargée d'accueil dans une association d'aide aux migrants
FORMATION
Licence en psychologie, Université de Bucarest - session de juillet 2026
LANGUES
Roumain, français, anglais"""),
        truth=app("Alexandra", "Radu", phone="+33768129430", bac=3, grad="2026-07", info_in="cv", status="ro_cv_session"),
    )),
    # Cell: Québec × double_cursus × class_of — CV pdf English, B.A. + certificate, Class of 2025
    C("Québec", "double_cursus", "class_of", M(
        frm="Sophie Leblanc <sophie.leblanc@example.ca>",
        subject="Application - CV attached",
        date="14 14:25",
        body="""Hi, please find my resume attached. I'm looking for a job in a French non-profit. Sophie""",
        cv=CV("pdf", "Sophie_Leblanc_Resume.pdf", """Sophie LEBLANC
Paris - +33 7 49 20 31 66 - sophie.leblanc@example.ca
EDUCATION
Concordia University, B.A. Human Relations, Class of 2025
Certificate in Community Economic Development, Concordia, Class of 2025
EXPERIENCE
Volunteer coordinator, Montreal food bank, 2023-2025"""),
        truth=app("Sophie", "Leblanc", phone="+33749203166", bac="*", grad="2025", language="en", info_in="cv", status="concordia_cv"),
    )),
    # Cell: Liban × gap_year × an_dernier — CV pdf, master, CDI now
    C("Liban", "gap_year", "an_dernier", M(
        frm="Karim Fares <karim.fares@example.com>",
        subject="Candidature",
        date="15 11:15",
        body="""Bonjour, j'ai obtenu mon master l'an dernier (CV joint). Je suis en CDI dans la restauration depuis, et je voudrais rejoindre une association d'aide aux réfugiés. Karim""",
        cv=CV("pdf", "CV Karim Fares.pdf", """Karim FARES
Lyon 7e - 06 90 43 21 57 - karim.fares@example.com
FORMATION
Master en relations internationales, Université Saint-Joseph - 2025
EXPÉRIENCE
Depuis 02/2026 : serveur (CDI), brasserie, Lyon"""),
        truth=app("Karim", "Fares", phone="+33690432157", bac=5, grad="2025", unknown=("not_career_change",), info_in="cv", status="liban_cdi_cv"),
    )),
    # Cell: France université × straight × mm/yyyy — CV pdf, licence old, eligible? no: 09/2024 fails
    C("France université", "straight", "mm/yyyy", M(
        frm="Justine Carré <justine.carre@example.org>",
        subject="Candidature Pro'pulse",
        date="16 16:30",
        body="""Bonjour,

Je souhaite travailler dans une association de protection de l'enfance. Mon CV est joint.

Justine Carré""",
        cv=CV("pdf", "CV_Justine_Carre.pdf", """Justine CARRÉ
Amiens - 06 31 82 40 79 - justine.carre@example.org
FORMATION
Licence de psychologie, Université de Picardie Jules Verne - 09/2024
EXPÉRIENCE
Animatrice périscolaire (CDD), 2024-2026"""),
        truth=app("Justine", "Carré", phone="+33631824079", bac=3, grad="2024-09", failing=("graduation_recent",), info_in="cv", status="licence_cv_old"),
    )),
    # Cell: Algérie × n/a × none — question: translation of diplomas
    C("Algérie", "n/a", "none", M(
        frm="Mourad Kaci <mourad.kaci@example.com>",
        subject="Traduction des diplômes",
        date="17 10:10",
        body="""Bonjour, les diplômes rédigés en arabe doivent-ils être traduits pour le dossier de candidature ? Merci.""",
        truth=question(),
    )),
    # Cell: Cameroun × n/a × none — English question on bilingual degrees
    C("Cameroun", "n/a", "none", M(
        frm="Pamela Achu <pamela.achu@example.com>",
        subject="Question",
        date="18 12:40",
        body="""Good afternoon, does the programme accept applications written in English, and are degrees from anglophone universities treated the same as French ones? Thank you.""",
        truth=question(language="en"),
    )),
    # Cell: Tunisie × n/a × none — partner
    C("Tunisie", "n/a", "none", M(
        frm="Leila Mansour - Maison de l'emploi <l.mansour@mde.example.fr>",
        subject="Forum emploi du 15 janvier",
        date="19 09:35",
        body="""Bonjour,

La Maison de l'emploi organise un forum « Emploi et diplômes étrangers » le 15 janvier. Souhaitez-vous y tenir un stand pour présenter Pro'pulse ?

Leila Mansour""",
        truth=other(),
    )),
    # Cell: Portugal × n/a × none — newsletter
    C("Portugal", "n/a", "none", M(
        frm="Rede Cooperativa <noticias@redecoop.example.pt>",
        subject="Notícias / Nouvelles - novembro",
        date="20 06:20",
        headers={"List-Unsubscribe": "<https://redecoop.example.pt/sair>", "Precedence": "bulk"},
        body="""Nesta edição / Dans ce numéro : rencontres coopératives franco-portugaises, appel à bénévoles.

Cancelar subscrição / Se désinscrire : https://redecoop.example.pt/sair""",
        truth=newsletter(),
    )),
    # Cell: Haïti × n/a × none — auto-reply
    C("Haïti", "n/a", "none", M(
        frm="Jean-Robert Pierre <jr.pierre@example.net>",
        subject="Réponse automatique",
        date="21 10:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Merci pour votre message. Je suis en formation jusqu'au 4 décembre et je lirai mes courriels à mon retour.""",
        truth=auto_reply(),
    )),
    # Cell: Luxembourg × n/a × none — employer
    C("Luxembourg", "n/a", "none", M(
        frm="Coopérative Transfrontalière <jobs@coop-transfrontaliere.example.lu>",
        subject="Offre : chargé·e de développement",
        date="22 11:20",
        body="""Bonjour,

Notre coopérative (Luxembourg et Moselle) recrute un·e chargé·e de développement, CDI, bac+3, allemand apprécié. Merci de relayer auprès de vos participant·es.

Direction""",
        truth=other(),
    )),
]
