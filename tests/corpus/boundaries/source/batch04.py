# ruff: noqa: E501
"""Batch 4 — the internship boundary, judged on the reading day 2026-11-26: a stage ended last week or long
ago, ending tomorrow or on 30 November, starting next month, a «stagiaire» line dated to «aujourd'hui» or
ended, a stage with no dates."""

from boundaries import B
from kit import CV, M, app

MESSAGES = [
    # Boundary: internship — inside — the stage ended last week (mail of 20 November)
    B("internship", "inside", M(
        frm="Alice Vasseur <alice.vasseur@example.org>",
        subject="Candidature Pro'pulse",
        date="20 10:15",
        body="""Bonjour,

Mon stage dans une ressourcerie s'est terminé la semaine dernière. J'ai mon master Économie circulaire depuis septembre 2026. Je cherche un emploi de chargée de projet réemploi dans une association ou une SCIC.

Alice Vasseur
06 34 81 57 20""",
        truth=app("Alice", "Vasseur", phone="+33634815720", bac=5, grad="2026-09", status="stage_fini_semaine_derniere"),
    )),
    # Boundary: internship — outside — the stage ends tomorrow (mail of 25 November: still on the 26th)
    B("internship", "outside", M(
        frm="Maxime Royer <maxime.royer@example.net>",
        subject="Pro'pulse",
        date="25 18:20",
        body="""Bonjour,

Mon stage au service jeunesse d'une fédération d'éducation populaire se termine demain soir. J'ai obtenu ma licence pro Animation sociale en juin 2026. Je cherche un emploi d'animateur dans une association.

Maxime Royer
07 15 42 86 31""",
        truth=app("Maxime", "Royer", phone="+33715428631", bac=3, grad="2026-06", failing=("not_internship",), status="stage_finit_demain"),
    )),
    # Boundary: internship — inside — the stage starts next month (not current)
    B("internship", "inside", M(
        frm="Lina Morel <lina.morel@example.com>",
        subject="Candidature",
        date="12 11:30",
        body="""Bonjour,

Diplômée d'un master de droit de l'environnement en juillet 2026, je n'ai rien trouvé d'autre qu'un stage qui commencera le mois prochain. Je préférerais un emploi de juriste dans une association environnementale, et je veux continuer à chercher avec vous.

Lina Morel
06 49 27 15 83""",
        truth=app("Lina", "Morel", phone="+33649271583", bac=5, grad="2026-07", status="stage_commence_mois_prochain"),
    )),
    # Boundary: internship — outside — «ma convention se termine le 30 novembre»
    B("internship", "outside", M(
        frm="Paul Renaud <paul.renaud@example.org>",
        subject="Candidature Pro'pulse",
        date="16 09:40",
        body="""Bonjour,

Ma convention de stage avec une mutuelle se termine le 30 novembre. J'ai eu mon master Gestion des ressources humaines en septembre 2026. Je cherche ensuite un poste de chargé RH dans une mutuelle ou une grande association.

Paul Renaud
06 56 30 98 14""",
        truth=app("Paul", "Renaud", phone="+33656309814", bac=5, grad="2026-09", failing=("not_internship",), status="convention_30_novembre"),
    )),
    # Boundary: internship — inside — a stage ended long ago
    B("internship", "inside", M(
        frm="Chloé Martel <chloe.martel@example.net>",
        subject="Pro'pulse - candidature",
        date="04 14:00",
        body="""Bonjour,

Mon dernier stage remonte à avril 2025, pendant ma licence pro. Licence obtenue en juin 2025, puis un CDD d'été. Aujourd'hui je cherche un poste d'assistante de gestion dans une coopérative d'activité et d'emploi.

Chloé Martel
07 31 64 20 85""",
        truth=app("Chloé", "Martel", phone="+33731642085", bac=3, grad="2025-06", status="stage_ancien"),
    )),
    # Boundary: internship — outside — a CV line «stagiaire, septembre 2026 – aujourd'hui»
    B("internship", "outside", M(
        frm="Jules Besnard <jules.besnard@example.com>",
        subject="CV",
        date="13 16:10",
        body="""Bonjour, mon CV pour votre programme. Jules Besnard""",
        cv=CV("pdf", "CV_Jules_Besnard.pdf", """Jules BESNARD
06 27 48 91 36 - jules.besnard@example.com
FORMATION
Juin 2026 - Master Développement des territoires, Université de Tours
EXPÉRIENCE
Septembre 2026 - aujourd'hui : stagiaire, chargé d'études, réseau d'épiceries solidaires
2025 : animateur de colonies (été)
OBJECTIF
Chargé de développement dans une association de l'ESS"""),
        truth=app("Jules", "Besnard", phone="+33627489136", bac=5, grad="2026-06", failing=("not_internship",), info_in="cv", status="cv_stagiaire_aujourdhui"),
    )),
    # Boundary: internship — inside — a CV line «stagiaire, avril – septembre 2026» (ended)
    B("internship", "inside", M(
        frm="Clara Huet <clara.huet@example.org>",
        subject="Candidature - CV joint",
        date="14 10:25",
        body="""Bonjour,
Je vous adresse mon CV pour Pro'pulse.
Clara Huet""",
        cv=CV("odt", "Clara_Huet_CV.odt", """Clara HUET
07 60 24 83 19
Formation
Master Économie sociale et solidaire - septembre 2026
Expérience
Avril - septembre 2026 : stagiaire, chargée de projet, coopérative d'habitants
Recherche
Un emploi de chargée de projet dans une coopérative ou une association"""),
        truth=app("Clara", "Huet", phone="+33760248319", bac=5, grad="2026-09", info_in="cv", status="cv_stagiaire_termine"),
    )),
    # Boundary: internship — open — «un stage au CCAS, cette année», no tense and no dates
    B("internship", "open", M(
        frm="Samuel Dupré <samuel.dupre@example.net>",
        subject="candidature",
        date="06 12:50",
        body="""Bonjour,

BTS SP3S obtenu en juillet 2026. Expérience : un stage au CCAS de Dijon, cette année. Je voudrais un emploi de conseiller dans une association d'aide aux familles.

Samuel Dupré
06 85 41 29 70""",
        truth=app("Samuel", "Dupré", phone="+33685412970", bac=2, grad="2026-07", unknown=("not_internship",), status="stage_cette_annee_sans_dates"),
    )),
    # Boundary: internship — open — «en mission» in an association, its kind not said
    B("internship", "open", M(
        frm="Léna Robin <lena.robin@example.com>",
        subject="Pro'pulse",
        date="07 15:35",
        body="""Bonjour,

Je suis en mission dans une association de soutien scolaire jusqu'en janvier. J'ai ma licence de sciences de l'éducation depuis juin 2026. Je voudrais ensuite trouver un poste de coordinatrice dans une association éducative.

Léna Robin
07 68 92 41 05""",
        truth=app("Léna", "Robin", phone="+33768924105", bac=3, grad="2026-06", unknown=("not_internship", "not_service_civique"), status="mission_nature_inconnue"),
    )),
    # Boundary: internship — outside — SMS, «en stage jusqu'à mi-décembre»
    B("internship", "outside", M(
        frm="yohan.petit@example.com",
        subject="stage",
        date="18 21:45",
        body="""bonsoir, je suis en stage jusqu a mi decembre dans une asso de quartier, jai mon dut carrieres sociales de juin 2025, apres je veux bosser dans l asso ou une autre. yohan petit 06 23 58 70 41""",
        truth=app("Yohan", "Petit", phone="+33623587041", bac=2, grad="2025-06", failing=("not_internship",), status="sms_stage_mi_decembre"),
    )),
    # Boundary: internship — inside — English, "my internship ended in October"
    B("internship", "inside", M(
        frm="Emma Fischer <emma.fischer@example.org>",
        subject="Application",
        date="09 08:40",
        body="""Dear team,

I hold a Master's in Public Policy from Sciences Po Lille (June 2026). My internship at a housing charity ended in October and I'm now looking for a paid position in a French association or cooperative.

Emma Fischer
+33 6 93 15 70 48""",
        truth=app("Emma", "Fischer", phone="+33693157048", bac=5, grad="2026-06", language="en", status="en_internship_ended_october"),
    )),
    # Boundary: internship — outside — English, "I'm currently interning until February"
    B("internship", "outside", M(
        frm="Daniel Kowalski <daniel.kowalski@example.com>",
        subject="Pro'pulse question",
        date="10 13:00",
        body="""Hi,

I'm currently an intern at a cooperative bank until February; I got my MSc in Finance in September 2026. Afterwards I'd like a job in a solidarity finance cooperative. Can I join now?

Daniel Kowalski""",
        truth=app("Daniel", "Kowalski", phone=None, bac=5, grad="2026-09", failing=("not_internship",), language="en", status="en_interning_until_february"),
    )),
    # Boundary: internship — outside — a stage prolonged again and again, still running, its end unknown
    B("internship", "outside", M(
        frm="Anaïs Giraud <anais.giraud@example.net>",
        subject="Candidature",
        date="08 10:10",
        body="""Bonjour,

Master Gestion des associations obtenu en septembre 2026. Mon stage de fin d'études a été prolongé plusieurs fois, je ne sais pas encore quand il finira. Je cherche un emploi de responsable administrative dans une association.

Anaïs Giraud
06 10 38 72 95""",
        truth=app("Anaïs", "Giraud", phone="+33610387295", bac=5, grad="2026-09", failing=("not_internship",), status="stage_prolonge_fin_inconnue"),
    )),
    # Boundary: internship — inside — a stage cancelled before it began
    B("internship", "inside", M(
        frm="Baptiste Colin <baptiste.colin@example.org>",
        subject="Pro'pulse - candidature",
        date="11 17:20",
        body="""Bonjour,

Je devais commencer un stage en novembre mais la structure l'a annulé ; je n'ai donc aucun stage en cours. BUT Carrières sociales obtenu en juin 2026. Je cherche un poste d'éducateur dans une association de protection de l'enfance.

Baptiste Colin
07 93 26 48 15""",
        truth=app("Baptiste", "Colin", phone="+33793264815", bac=3, grad="2026-06", status="stage_annule"),
    )),
    # Boundary: internship — open — «stage ou alternance», which one not said, current
    B("internship", "open", M(
        frm="Zoé Leroux <zoe.leroux@example.com>",
        subject="Candidature",
        date="15 14:45",
        body="""Bonjour,

Je suis en ce moment dans une association d'aide alimentaire, je ne sais pas bien comment appeler ça, c'est un contrat de quelques mois avec une petite gratification. Licence d'économie obtenue en juin 2026. Je voudrais un vrai poste dans l'ESS.

Zoé Leroux
06 64 82 19 37""",
        truth=app("Zoé", "Leroux", phone="+33664821937", bac=3, grad="2026-06", unknown=("not_internship",), status="gratification_nature_inconnue"),
    )),
    # Boundary: internship — outside — a long story: a stage de fin d'études running until January
    B("internship", "outside", M(
        frm="Camille Noël <camille.noel@example.net>",
        subject="Mon parcours",
        date="17 19:15",
        body="""Bonjour,

Je vous écris parce qu'une amie m'a parlé de vous. J'ai grandi à Tulle, fait une licence d'histoire à Limoges puis un master de gestion de projets culturels à Clermont, obtenu en septembre 2026. Comme beaucoup de mes camarades, je n'ai pas trouvé de poste tout de suite, et j'ai accepté un stage hors cursus dans une scène de musiques actuelles associative, qui court jusqu'au 15 janvier.

Je voudrais ensuite rester dans le monde associatif culturel, comme chargée de production.

Camille Noël
06 18 47 92 63""",
        truth=app("Camille", "Noël", phone="+33618479263", bac=5, grad="2026-09", failing=("not_internship",), status="histoire_stage_15_janvier"),
    )),
    # Boundary: internship — inside — an apprentice contract ended in August (not an internship, over)
    B("internship", "inside", M(
        frm="Kylian Marchand <kylian.marchand@example.org>",
        subject="Candidature",
        date="19 10:05",
        body="""Bonjour,

Licence pro Gestion de la paie faite en apprentissage, diplôme obtenu en juillet 2026, contrat d'apprentissage fini fin août. Je n'ai plus ni stage ni contrat. Je cherche un poste de gestionnaire de paie dans une association.

Kylian Marchand
06 72 39 51 84""",
        truth=app("Kylian", "Marchand", phone="+33672395184", bac=3, grad="2026-07", status="apprentissage_fini"),
    )),
    # Boundary: internship — open — a CV line «stage — 2026», no month
    B("internship", "open", M(
        frm="Rose Lambert <rose.lambert@example.com>",
        subject="Candidature Pro'pulse",
        date="21 09:30",
        body="""Bonjour,
Voici mon CV.
Rose Lambert""",
        cv=CV("docx", "Rose_Lambert_CV.docx", """Rose LAMBERT
07 47 53 10 28
Formation
Master Sciences politiques - juin 2026
Expérience
2026 : stage, plaidoyer, association de défense des droits des étrangers
Objectif
Chargée de plaidoyer dans une ONG"""),
        truth=app("Rose", "Lambert", phone="+33747531028", bac=5, grad="2026-06", unknown=("not_internship",), info_in="cv", status="cv_stage_2026_sans_mois"),
    )),
]
