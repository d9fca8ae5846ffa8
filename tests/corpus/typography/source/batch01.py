"""Typography corpus, batch 01 (writer A): the middle dot of écriture inclusive on the deciding word
(«diplômé·e», «engagé·e», «ancien·ne alternant·e», «salarié·e», «coordinateur·ice», a teacher's «étudiant·es»);
the other marks of inclusive writing, mixed in one mail («diplômé(e)», «chargé.e», «diplômé/e», «diplômé-e»,
«étudiantE»); doublets («nous, les diplômées et diplômés», «celles et ceux de ma promo», «toutes et tous»),
where the group's fact and the writer's must be told apart."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from typography import N

MESSAGES = [
    # Feature: point_median — graduation — Diplômé·e d'un BUT Carrières sociales depuis juin 2025
    # spelling: middle dot on the participle «Diplômé·e» that carries the date, and on «animateur·ices», «jeunes engagé·es» around it → application; BUT of June 2025, an aim in popular education → eligible
    N("point_median", "graduation", "Diplômé·e d'un BUT Carrières sociales depuis juin 2025", M(
        "Camille Arnaud <camille.arnaud@example.fr>", "Candidature Pro'pulse", "02 09:14",
        """Bonjour à l'équipe,

Diplômé·e d'un BUT Carrières sociales depuis juin 2025 (IUT de Tours, parcours animation sociale et socioculturelle), je cherche un poste d'animateur·ice ou de coordinateur·ice jeunesse dans une structure d'éducation populaire. J'ai fait mes stages dans un centre social et une MJC, et je garde un lien avec les jeunes engagé·es que j'y ai rencontré·es.

Je serais ravi·e d'échanger avec vous.

Camille Arnaud
06 42 17 85 30""",
        app("Camille", "Arnaud", phone="+33642178530", bac=3, grad="2025-06", status="but_carrieres_sociales_diplome_e_2025"),
    )),
    # Feature: point_median — situation — engagé·e en service civique aux Petits Frères des Pauvres jusqu'au 30 avril 2027
    # spelling: middle dot on «engagé·e» that carries the civic service and its end date → application; a civic service running until 30 April 2027 → fails not_service_civique → not eligible
    N("point_median", "situation", "engagé·e en service civique aux Petits Frères des Pauvres jusqu'au 30 avril 2027", M(
        "Sasha Berthier <sasha.berthier@example.com>", "Inscription programme", "03 18:40",
        """Bonjour,

J'ai une licence de sociologie (Lille, 2025) et je suis engagé·e en service civique aux Petits Frères des Pauvres jusqu'au 30 avril 2027, sur la lutte contre l'isolement des aîné·es. Je voudrais préparer la suite dès maintenant : un emploi dans une asso du secteur médico-social.

Sasha
07.61.24.90.38""",
        app("Sasha", "Berthier", phone="+33761249038", bac=3, grad="2025-06", failing=("not_service_civique",), status="sc_petits_freres_avril_2027"),
    )),
    # Feature: point_median — studies_finished — ancien·ne alternant·e chez Enercoop
    # ambiguous: the apprenticeship contract is over but the RNCP title's jury has not yet sat — studies_finished stays open
    # spelling: middle dot on «ancien·ne alternant·e» (the apprenticeship over) and on «certifié·e» (the title awaited) → application; titre RNCP niveau 6, jury in December → studies_finished open → to verify
    N("point_median", "studies_finished", "ancien·ne alternant·e chez Enercoop", M(
        "Noé Chaabane <noe.chaabane@example.org>", "candidature — titre RNCP chargé·e de projets", "04 12:02",
        """Bonjour,

Ancien·ne alternant·e chez Enercoop (contrat terminé le 30 septembre), je prépare le titre RNCP de niveau 6 « Chargé·e de projets en économie sociale et solidaire ». Toutes les épreuves sont passées, il ne reste que le jury de certification, annoncé « courant décembre » — je ne serai donc certifié·e qu'à ce moment-là.

Je cherche un poste dans une coopérative de l'énergie ou un réseau d'acteur·ices de la transition.

Noé Chaabane
+33 6 58 04 71 26""",
        app("Noé", "Chaabane", phone="+33658047126", bac=3, grad=None, unknown=("studies_finished",), status="ancien_ne_alternant_e_jury_decembre"),
    )),
    # Feature: point_median — career_change — salarié·e pendant neuf ans comme préparateur·ice de commandes
    # spelling: middle dot on «salarié·e» and «préparateur·ice» that carry the nine years of another trade → application; nine years in logistics before the licence pro → fails not_career_change → not eligible
    N("point_median", "career_change", "salarié·e pendant neuf ans comme préparateur·ice de commandes", M(
        "Dominique Ferhat <dominique.ferhat@example.fr>", "Reconversion et ESS", "05 07:55",
        """Madame, Monsieur,

J'ai été salarié·e pendant neuf ans comme préparateur·ice de commandes dans un entrepôt de la grande distribution (2013-2022). Après un bilan de compétences, j'ai repris une formation et j'ai obtenu en juin 2026 une licence professionnelle Intervention sociale à l'université de Reims.

Aujourd'hui je souhaite travailler dans l'insertion par l'activité économique, idéalement dans un chantier d'insertion. Votre programme peut-il m'accompagner ?

Cordialement,
Dominique Ferhat
03 26 48 11 79""",
        app("Dominique", "Ferhat", phone="+33326481179", bac=3, grad="2026-06", failing=("not_career_change",), status="preparateur_ice_9_ans"),
    )),
    # Feature: point_median — aim — un poste de coordinateur·ice de bénévoles
    # spelling: middle dot on «coordinateur·ice», «bénévoles» left epicene, and «salarié·es» of the association → application; BTS SP3S of July 2025, a search in associations → eligible
    N("point_median", "aim", "un poste de coordinateur·ice de bénévoles", M(
        "Maëlle Guillot <maelle.guillot@example.fr>", "Recherche d'emploi dans l'associatif", "06 20:31",
        """Bonsoir,

BTS SP3S en poche depuis juillet 2025, je cherche un poste de coordinateur·ice de bénévoles dans une association de solidarité (Restos, Secours populaire, banque alimentaire…). Pendant mes études j'ai été bénévole à l'épicerie solidaire de mon quartier, où les salarié·es m'ont donné envie d'en faire mon métier.

Maëlle Guillot
06 73 20 58 14""",
        app("Maëlle", "Guillot", phone="+33673205814", bac=2, grad="2025-07", status="coordinateur_ice_benevoles_bts_sp3s"),
    )),
    # Feature: point_median — aim — conseiller·e clientèle dans une banque de réseau
    # spelling: a teacher writes of «mes étudiant·es» and presents one: «conseiller·e clientèle» carries her aim → application (referral: the teacher in forwarded_by, the student's address); licence pro of July 2026, a search in retail banking → fails job_seeking_ess → not eligible
    N("point_median", "aim", "conseiller·e clientèle dans une banque de réseau", M(
        "Florence Cazeneuve <f.cazeneuve@iut-exemple.example.fr>", "Une ancienne étudiante pour Pro'pulse ?", "07 11:20",
        """Bonjour,

J'enseigne en licence pro Banque-assurance et je relaie chaque année votre programme auprès de mes étudiant·es. Lina Aït-Kaci, diplômée en juillet 2026, m'a demandé de vous écrire pour elle : elle cherche un poste de conseiller·e clientèle dans une banque de réseau, dans la région de Clermont.

Ses coordonnées : lina.aitkaci@example.fr, 06 84 31 27 05.

Bien à vous,
Florence Cazeneuve
Maîtresse de conférences associée""",
        app("Lina", "Aït-Kaci", phone="+33684312705", bac=3, grad="2026-07", failing=("job_seeking_ess",), email="lina.aitkaci@example.fr", forwarded_by="f.cazeneuve@iut-exemple.example.fr", status="referral_enseignante_banque_reseau"),
    )),
    # Feature: point_median — kind — les diplômé·es d'un BTS agricole
    # spelling: middle dot on «diplômé·es» and «candidat·es» in a general question, no fact of the writer → question
    N("point_median", "kind", "les diplômé·es d'un BTS agricole", M(
        "Jo Delmas <jo.delmas@example.net>", "Question sur les conditions", "08 15:12",
        """Bonjour,

Est-ce que le programme accepte les diplômé·es d'un BTS agricole, ou faut-il un diplôme du social ? Et les candidat·es doivent-elles et ils habiter en Île-de-France ?

Merci d'avance,
Jo""",
        question(),
    )),
    # Feature: point_median — kind — Chèr·es adhérent·es
    # spelling: a network's letter in écriture inclusive («Chèr·es adhérent·es», «salarié·es», «bénévoles») with List-Unsubscribe and Precedence bulk → newsletter
    N("point_median", "kind", "Chèr·es adhérent·es", M(
        "Collectif des Ressourceries d'Occitanie <lettre@ressourceries-oc.example.org>", "La Feuille du réemploi — n° 41", "09 06:00",
        """La Feuille du réemploi — n° 41

Chèr·es adhérent·es,

Ce mois-ci : retour sur nos rencontres régionales (plus de 80 salarié·es et bénévoles réuni·es à Albi), le nouveau guide de l'accueil des personnes en parcours d'insertion, et trois postes ouverts chez nos membres (un·e valoriste à Millau, un·e responsable de boutique à Sète, un·e chargé·e de sensibilisation à Toulouse).

Pour ne plus recevoir la Feuille : https://ressourceries-oc.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@ressourceries-oc.example.org?subject=desinscription>", "Precedence": "bulk"},
    )),
    # Feature: point_median — kind — Je suis absent·e jusqu'au 30 novembre
    # spelling: middle dot on «absent·e» and «joignable·s» in an out-of-office notice with Auto-Submitted → auto_reply
    N("point_median", "kind", "Je suis absent·e jusqu'au 30 novembre", M(
        "Alix Hamidou <alix.hamidou@asso-lien.example.org>", "Réponse automatique : Re: Atelier réseau", "10 14:03",
        """Bonjour,

Je suis absent·e jusqu'au 30 novembre inclus, sans accès à mes mails. Pour toute urgence, mes collègues restent joignables à contact@asso-lien.example.org.

Alix Hamidou — chargé·e d'accompagnement, Asso Lien""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: other_marks — level — diplômé(e) d'une licence professionnelle
    # spelling: parentheses on «diplômé(e)», a period on «intéressé.e» and «motivé.e» → application; licence pro (bac+3) of June 2026, a search in the médico-social associative sector → eligible
    N("other_marks", "level", "diplômé(e) d'une licence professionnelle", M(
        "Eden Chauvet <eden.chauvet@example.fr>", "Candidature", "02 16:44",
        """Bonjour,

Je suis diplômé(e) d'une licence professionnelle Gestion des structures sanitaires et sociales (Université de Poitiers, juin 2026). Je suis intéressé.e par un poste d'assistant.e de direction dans une association du médico-social, type ADAPEI ou APF, et très motivé.e pour rejoindre Pro'pulse.

Eden Chauvet
05.49.62.18.73""",
        app("Eden", "Chauvet", phone="+33549621873", bac=3, grad="2026-06", status="diplome_parentheses_licence_pro_gsss"),
    )),
    # Feature: other_marks — level — Diplômé.e d'un bac pro ASSP
    # spelling: a period on «Diplômé.e» that carries the level, «(e)» on «inscrit(e)» of a BTS left unfinished → application; a bac pro, the BTS not obtained → fails degree_level → not eligible
    N("other_marks", "level", "Diplômé.e d'un bac pro ASSP", M(
        "Morgan Ben Saïd <morgan.bensaid@example.com>", "je veux bosser dans le social", "03 22:17",
        """Bonsoir,
Diplômé.e d'un bac pro ASSP en 2023, j'ai été inscrit(e) en BTS ESF mais j'ai arrêté en cours de 1re année. Depuis je fais de l'aide à domicile. J'aimerais trouver un vrai poste dans une asso d'aide aux personnes.
Morgan
07 45 90 31 66""",
        app("Morgan", "Ben Saïd", phone="+33745903166", bac=0, grad=None, failing=("degree_level",), status="bac_pro_assp_bts_arrete"),
    )),
    # Feature: other_marks — situation — stagiaire (chargé.e de mission) jusqu'à la fin du mois
    # ambiguous: an internship ending «à la fin du mois» with no day — not_internship stays open
    # spelling: parentheses and period mixed: «(chargé.e de mission)», «diplômé/e» → application; an internship ending at the end of the month, master of September 2026 → not_internship open → to verify
    N("other_marks", "situation", "stagiaire (chargé.e de mission) jusqu'à la fin du mois", M(
        "Lou Bernadac <lou.bernadac@example.fr>", "Demande d'accompagnement", "04 10:27",
        """Bonjour,

Je suis diplômé/e d'un master Économie sociale et solidaire (Aix-Marseille, septembre 2026) et je suis encore stagiaire (chargé.e de mission) jusqu'à la fin du mois dans une SCIC de circuits courts à Aubagne. Je voudrais enchaîner sur un premier poste dans une coopérative.

Lou Bernadac
06 09 47 52 81""",
        app("Lou", "Bernadac", phone="+33609475281", bac=5, grad="2026-09", unknown=("not_internship",), status="stagiaire_fin_du_mois_scic"),
    )),
    # Feature: other_marks — graduation — diplômé/e en 2022
    # spelling: a slash on «diplômé/e» that carries the year, a hyphen on «salarié-e» of a short contract → application; master of 2022 → fails graduation_recent → not eligible
    N("other_marks", "graduation", "diplômé/e en 2022", M(
        "Ambre Kieffer <ambre.kieffer@example.org>", "Pro'pulse - candidature", "05 13:50",
        """Bonjour,

Master Développement des territoires, diplômé/e en 2022 à Strasbourg. Depuis j'ai enchaîné les CDD (salarié-e d'une collectivité puis d'un bureau d'études). Je voudrais me recentrer sur l'ESS, dans une structure de développement local.

Ambre Kieffer
03 88 15 62 40""",
        app("Ambre", "Kieffer", phone="+33388156240", bac=5, grad="2022", failing=("graduation_recent",), status="diplome_slash_2022"),
    )),
    # Feature: other_marks — studies_finished — diplômé-e depuis le 25 septembre, je ne suis plus étudiant.e
    # spelling: a hyphen on «diplômé-e», a period on «étudiant.e», «salarié.e.s» in the CV → application; master defended and awarded on 25 September 2026, studies over, a search in social housing associations → eligible
    N("other_marks", "studies_finished", "diplômé-e depuis le 25 septembre, je ne suis plus étudiant.e", M(
        "Andréa Dumont-Lefèvre <andrea.dumont@example.fr>", "Candidature — master Politiques sociales", "06 08:36",
        """Bonjour,

Mon M2 Politiques sociales et logement est validé : diplômé-e depuis le 25 septembre, je ne suis plus étudiant.e et je cherche à temps plein. Je vise les associations du logement d'abord (Habitat et Humanisme, Solidarités Nouvelles pour le Logement, une agence immobilière à vocation sociale…).

Vous trouverez mon CV en pièce jointe.

Andréa Dumont-Lefèvre
06 27 84 13 59""",
        app("Andréa", "Dumont-Lefèvre", phone="+33627841359", bac=5, grad="2026-09", status="diplome_tiret_m2_logement"),
        cv=CV("pdf", "CV_Andrea_Dumont-Lefevre.pdf", """Andréa Dumont-Lefèvre
Master 2 Politiques sociales et logement — Université Lyon 2 — diplômé-e en septembre 2026
Licence AES — 2024
Stage de 6 mois : Habitat et Humanisme Rhône, accompagnement des locataires et des salarié.e.s (avril-septembre 2026)
Bénévole : Droit au logement, permanence juridique"""),
    )),
    # Feature: other_marks — studies_finished — je suis encore étudiantE en M1
    # spelling: a capital on «étudiantE» that carries the studies running, «diplômé.e» of the licence → application; M1 running, licence of June 2025 → fails studies_finished → not eligible
    N("other_marks", "studies_finished", "je suis encore étudiantE en M1", M(
        "Jade Huynh <jade.huynh@example.fr>", "Pro'pulse dès maintenant ?", "07 17:09",
        """Salut l'équipe,

Diplômé.e d'une licence de géographie en juin 2025, je suis encore étudiantE en M1 Aménagement (Nanterre), mais je galère à trouver une alternance pour le M2 et je me dis que vous pourriez m'aider à trouver un job dans une asso d'urbanisme participatif.

Jade
06 35 71 09 48""",
        app("Jade", "Huynh", phone="+33635710948", bac=3, grad="2025-06", failing=("studies_finished",), status="etudiante_capitale_m1"),
    )),
    # Feature: other_marks — kind — Chargé.e de projet alimentation durable (H/F/X)
    # spelling: a cooperative's offer with «Chargé.e», «diplômé(e)», «salarié-e-s», nobody applying → other
    N("other_marks", "kind", "Chargé.e de projet alimentation durable (H/F/X)", M(
        "Recrutement Terres Partagées <recrutement@terres-partagees.example.coop>", "Offre : Chargé.e de projet alimentation durable", "08 09:30",
        """Bonjour l'équipe Pro'pulse,

Pouvez-vous diffuser notre offre auprès de vos participant.e.s ?

Chargé.e de projet alimentation durable (H/F/X) — CDI, Rennes
Profil : diplômé(e) bac+3 minimum, une première expérience associative appréciée.
Notre SCIC compte 14 salarié-e-s et 200 sociétaires.
Candidatures avant le 15 décembre à recrutement@terres-partagees.example.coop.

Merci !
Pauline, pour Terres Partagées""",
        other(),
    )),
    # Feature: other_marks — kind — je suis bien inscrit(e) à l'atelier
    # spelling: parentheses on «inscrit(e)», a period on «ravi.e», in our thread (In-Reply-To to our mail) → reply
    N("other_marks", "kind", "je suis bien inscrit(e) à l'atelier", M(
        "Raphaël Diallo <raphael.diallo@example.fr>", "Re: Votre atelier « Pitch » du 3 décembre", "09 12:45",
        """Bonjour Sonia,

Merci pour le rappel, je suis bien inscrit(e) à l'atelier du 3 décembre et ravi.e d'y retrouver le groupe. Je viendrai avec mon CV à jour.

Raphaël

Le 8 nov. 2026 à 10:02, Sonia (Pro'pulse) <sonia@animafac.net> a écrit :
> Bonjour Raphaël, petit rappel : atelier « Pitch » le 3 décembre à 18 h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-pitch-2026-11-08.raphael@animafac.net>"},
    )),
    # Feature: doublets — graduation — nous, les diplômées et diplômés de septembre 2026
    # spelling: a doublet «les diplômées et diplômés» of a group she says she belongs to, then her own «j'ai reçu mon attestation» → application; master of September 2026, an ESS aim → eligible
    N("doublets", "graduation", "nous, les diplômées et diplômés de septembre 2026", M(
        "Inès Grandjean <ines.grandjean@example.fr>", "Candidature Pro'pulse — master ESS Grenoble", "02 19:22",
        """Bonjour,

Je vous écris au nom de toute une promo, mais pour moi d'abord : nous, les diplômées et diplômés de septembre 2026 du master Économie sociale et solidaire de Grenoble, cherchons presque tous notre premier poste. J'ai reçu mon attestation de réussite le 28 septembre et je cherche un poste de chargée de développement dans une coopérative ou une fédération.

Si d'autres camarades vous écrivent, c'est que je leur ai parlé de vous !

Inès Grandjean
+33 7 52 86 40 13""",
        app("Inès", "Grandjean", phone="+33752864013", bac=5, grad="2026-09", status="doublet_diplomees_diplomes_sept_2026"),
    )),
    # Feature: doublets — situation — moi, je suis encore en stage jusqu'au 15 janvier
    # spelling: a doublet «celles et ceux de ma promo» (already employed) against the writer's own sentence → application; his own internship running until 15 January 2027 → fails not_internship → not eligible
    N("doublets", "situation", "moi, je suis encore en stage jusqu'au 15 janvier", M(
        "Thibault Eyraud <thibault.eyraud@example.com>", "Candidature", "03 21:08",
        """Bonjour,

Celles et ceux de ma promo de BUT GEA (Annecy, juin 2026) sont presque tous et toutes en poste depuis la rentrée. Moi, je suis encore en stage jusqu'au 15 janvier à la Caisse d'Épargne, faute d'avoir trouvé mieux, et j'aimerais après ça travailler dans une mutuelle ou une coopérative bancaire.

Thibault Eyraud
06 91 38 27 04""",
        app("Thibault", "Eyraud", phone="+33691382704", bac=3, grad="2026-06", failing=("not_internship",), status="doublet_promo_en_poste_moi_stage_janvier"),
    )),
    # Feature: doublets — situation — toutes et tous en service civique jusqu'à fin novembre
    # ambiguous: she writes for the group of volunteers she belongs to, «fin novembre» with no day — not_service_civique stays open
    # spelling: a doublet «toutes et tous», «les volontaires, femmes et hommes», the writer in the group → application; civic service ending «fin novembre» → not_service_civique open → to verify
    N("doublets", "situation", "toutes et tous en service civique jusqu'à fin novembre", M(
        "Yasmine Hadjadj <yasmine.hadjadj@example.fr>", "Après le service civique", "04 16:15",
        """Bonjour,

Nous sommes six volontaires, femmes et hommes, à Unis-Cité Marseille, toutes et tous en service civique jusqu'à fin novembre. Je vous écris pour moi : j'ai un DUT Information-communication (2025) et je voudrais continuer dans une association de quartier, en communication ou en animation.

Les autres vous écriront peut-être aussi !

Yasmine Hadjadj
07 58 14 93 62""",
        app("Yasmine", "Hadjadj", phone="+33758149362", bac=2, grad="2025", unknown=("not_service_civique",), status="doublet_volontaires_fin_novembre"),
    )),
    # Feature: doublets — career_change — celles et ceux qui, comme moi, changent de métier
    # spelling: a doublet «celles et ceux» with «comme moi» that puts the writer in the group, then twelve years as a care assistant → application; a career of twelve years before the DE → fails not_career_change → not eligible
    N("doublets", "career_change", "celles et ceux qui, comme moi, changent de métier", M(
        "Karima Bensalem <karima.bensalem@example.fr>", "Le programme est-il pour moi ?", "05 10:58",
        """Bonjour,

Je lis que Pro'pulse s'adresse aux jeunes diplômées et diplômés. Qu'en est-il de celles et ceux qui, comme moi, changent de métier ? J'ai été aide-soignante douze ans en EHPAD, puis j'ai passé le diplôme d'État d'éducatrice spécialisée (juin 2026, IRTS de Montrouge). Je cherche un poste en foyer de l'enfance associatif.

Karima Bensalem
01 46 57 30 82""",
        app("Karima", "Bensalem", phone="+33146573082", bac=3, grad="2026-06", failing=("not_career_change",), status="doublet_celles_ceux_aide_soignante_12_ans"),
    )),
    # Feature: doublets — aim — moi je veux travailler dans une SCIC
    # spelling: a doublet «les étudiantes et étudiants de ma promo» (aiming at consulting) against her own sentence → application; licence pro of June 2026, her own ESS aim → eligible
    N("doublets", "aim", "moi je veux travailler dans une SCIC", M(
        "Léa Chevalier <lea.chevalier@example.org>", "Candidature spontanée Pro'pulse", "06 14:37",
        """Bonjour,

La plupart des étudiantes et étudiants de ma promo (licence pro Management des organisations, Lyon 3, juin 2026) visent les cabinets de conseil ou les grands groupes ; moi je veux travailler dans une SCIC, idéalement dans l'alimentation ou la mobilité. Je n'ai pas encore de réseau dans ce milieu, d'où ma candidature.

Léa Chevalier
06 12 95 47 30""",
        app("Léa", "Chevalier", phone="+33612954730", bac=3, grad="2026-06", status="doublet_promo_conseil_moi_scic"),
    )),
    # Feature: doublets — aim — on postule partout, dans le public comme dans le privé
    # ambiguous: he speaks for his promo and himself, «partout, public comme privé», no ESS named — job_seeking_ess stays open
    # spelling: doublets «les diplômés et diplômées», «tous et toutes», the writer inside the group's «on» → application; BUT of June 2026, a search anywhere → job_seeking_ess open → to verify
    N("doublets", "aim", "on postule partout, dans le public comme dans le privé", M(
        "Hugo Laurent-Baptiste <hugo.lb@example.fr>", "candidature", "07 23:40",
        """Bonjour,
Nous, les diplômés et diplômées du BUT GEA de Nîmes (juin 2026), on postule partout, dans le public comme dans le privé. Tous et toutes, on cherche un CDI. Moi je vous écris parce qu'un prof m'a parlé de vous.
Hugo
06 20 33 81 57""",
        app("Hugo", "Laurent-Baptiste", phone="+33620338157", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="doublet_partout_public_prive"),
    )),
    # Feature: doublets — kind — aux étudiantes et étudiants en année de césure
    # spelling: a doublet «les étudiantes et étudiants» in a general question, no fact of the writer → question
    N("doublets", "kind", "aux étudiantes et étudiants en année de césure", M(
        "Gaëlle Le Bihan <gaelle.lebihan@example.fr>", "Question : césure", "08 11:11",
        """Bonjour,

Le programme est-il ouvert aux étudiantes et étudiants en année de césure, ou seulement à celles et ceux qui ont fini leurs études ?

Merci,
Gaëlle""",
        question(),
    )),
    # Feature: doublets — kind — Chères toutes, chers tous
    # spelling: doublets «Chères toutes, chers tous», «les bénévoles et salariés, femmes et hommes» in a one-off invitation from a partner → other
    N("doublets", "kind", "Chères toutes, chers tous", M(
        "Fédération des Centres Sociaux du Gard <contact@fcs30.example.org>", "Invitation : 40 ans de la fédération", "09 09:05",
        """Chères toutes, chers tous,

La fédération fête ses 40 ans le samedi 12 décembre à Alès. Bénévoles et salariées et salariés des centres sociaux, partenaires, ami·es : vous êtes toutes et tous les bienvenus. Merci de confirmer votre venue avant le 5 décembre.

Bien à vous,
Jeanne Dalmas, présidente""",
        other(),
    )),
]
