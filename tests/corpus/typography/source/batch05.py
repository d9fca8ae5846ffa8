"""Typography corpus, batch 05 (writer B): the middle dot on other words than A's («éducateur·ice
spécialisé·e», «chargé·e d'études», «inscrit·e», «chargé·e de recrutement», «assistant·e médico-social·e»,
«bénévoles·s» of a newsletter); the other marks of inclusive writing («diplômé/e», «employé-e» and «chef-fe»,
«réinscrit(e)», «chargé.e», «chargé-e», «diplôméE»); doublets of groups the writer belongs to or not
(«toutes et tous les alternantes et alternants», «les diplômées et diplômés 2023» against «moi», «les
étudiantes et étudiants» of a private school, «les volontaires, filles et garçons», «les habitantes et
habitants»), where the group's fact and the writer's must be told apart."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, newsletter, other, question, reply
from typography import N

MESSAGES = [
    # Feature: point_median — graduation — DE d'éducateur·ice spécialisé·e en juillet 2025
    # spelling: middle dot on the diploma's own words «éducateur·ice spécialisé·e» that carry the date, and on «sorti·e», «enfant·es» around them → application; DE ES (bac+3) of July 2025, an aim in child-protection associations → eligible
    N("point_median", "graduation", "DE d'éducateur·ice spécialisé·e en juillet 2025", M(
        "Elouan Marchetti <elouan.marchetti@example.org>", "Candidature – accompagnement Pro'pulse", "02 10:21",
        """Bonjour,

Sorti·e de l'IRTS de Montpellier avec mon DE d'éducateur·ice spécialisé·e en juillet 2025, je cherche un premier poste dans une association de protection de l'enfance (MECS, service d'AEMO, lieu de vie). J'ai fait mes trois stages auprès d'enfant·es placé·es et d'adolescent·es en rupture, et c'est là que je veux rester.

Je peux venir à une réunion d'information en décembre.

Elouan Marchetti
06 19 84 27 53""",
        app("Elouan", "Marchetti", phone="+33619842753", bac=3, grad="2025-07", status="b_de_es_sorti_e_juillet_2025"),
    )),
    # Feature: point_median — situation — chargé·e d'études stagiaire jusqu'au 5 mars 2027
    # spelling: middle dot on «chargé·e d'études» that carries the internship and its end, «étudiant·es» and «salarié·es» around → application; an internship running until 5 March 2027 → fails not_internship → not eligible
    N("point_median", "situation", "chargé·e d'études stagiaire jusqu'au 5 mars 2027", M(
        "Ruben Sadoun <ruben.sadoun@example.com>", "Inscription Pro'pulse", "03 13:07",
        """Bonjour,

Master Économie sociale et solidaire validé en septembre 2026 à Grenoble. Je suis en ce moment chargé·e d'études stagiaire jusqu'au 5 mars 2027 à l'Union régionale des SCOP (on est deux étudiant·es au pôle, encadré·es par trois salarié·es). Je voudrais préparer dès maintenant la recherche d'un CDI dans le mouvement coopératif.

Ruben Sadoun
+33 7 53 20 81 64""",
        app("Ruben", "Sadoun", phone="+33753208164", bac=5, grad="2026-09", failing=("not_internship",), status="b_charge_e_etudes_stagiaire_mars"),
    )),
    # Feature: point_median — studies_finished — toujours inscrit·e en M2 Innovation sociale
    # spelling: middle dot on «inscrit·e» that carries the studies running, on «diplômé·e» of the future around it → application; M2 running until June 2027 → fails studies_finished → not eligible
    N("point_median", "studies_finished", "toujours inscrit·e en M2 Innovation sociale", M(
        "Lou Pereira <lou.pereira@example.net>", "question + candidature", "04 19:45",
        """Salut l'équipe !

Je suis toujours inscrit·e en M2 Innovation sociale à l'université de Lille, et je serai diplômé·e en juin 2027 si tout va bien. Je sais que c'est tôt mais je préfère candidater maintenant pour être prêt·e : je vise un poste de chargé·e de développement dans une SCIC ou un tiers-lieu.

Lou
07 88 14 02 69""",
        app("Lou", "Pereira", phone="+33788140269", bac="*", grad=None, failing=("studies_finished",), status="b_inscrit_e_m2_innovation_sociale"),
    )),
    # Feature: point_median — aim — chargé·e de recrutement, en cabinet ou en asso
    # ambiguous: a recruiting job «en cabinet ou en asso», both on equal terms: job_seeking_ess stays open
    # spelling: middle dot on «chargé·e de recrutement» that carries the search, «candidat·es» around → application; master RH of June 2026, cabinet or association → job_seeking_ess open → to verify
    N("point_median", "aim", "chargé·e de recrutement, en cabinet ou en asso", M(
        "Inès Moreau-Diallo <ines.moreaudiallo@example.fr>", "Candidature", "05 08:33",
        """Bonjour,

Je termine mon master RH (obtenu en juin 2026, Nantes) et je cherche un poste de chargé·e de recrutement, en cabinet ou en asso, les deux me conviennent autant. Ce qui me plaît, c'est d'accompagner les candidat·es. Pouvez-vous m'accompagner ?

Inès Moreau-Diallo
06.71.40.58.92""",
        app("Inès", "Moreau-Diallo", phone="+33671405892", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_charge_e_recrutement_cabinet_ou_asso"),
    )),
    # Feature: point_median — situation — Mon stage s'est terminé le 28 août
    # spelling: the middle dot only around the fact («salarié·es et associé·es» of the SCOP, «ex-collègues»), the deciding sentence plain — a distractor → application; internship over on 28 August, licence pro of September 2026, ESS aim → eligible
    N("point_median", "situation", "Mon stage s'est terminé le 28 août", M(
        "Timéo Renard <timeo.renard@example.org>", "Demande d'accompagnement", "06 16:12",
        """Bonjour,

J'ai validé ma licence pro Métiers de l'économie sociale en septembre 2026. Mon stage s'est terminé le 28 août, dans une SCOP de menuiserie à Die : l'équipe (salarié·es et associé·es) m'a conseillé de me tourner vers vous pour trouver un poste de gestionnaire dans une coopérative.

Depuis, je postule, mais j'aimerais être accompagné.

Merci,
Timéo Renard
06 44 90 17 38""",
        app("Timéo", "Renard", phone="+33644901738", bac=3, grad="2026-09", status="b_stage_scop_fini_28_aout"),
    )),
    # Feature: point_median — level — titre professionnel de secrétaire assistant·e médico-social·e
    # spelling: middle dot on the title's own words «secrétaire assistant·e médico-social·e», on «patient·es» around → application; a titre professionnel of level 4, no bac+2 → fails degree_level → not eligible
    N("point_median", "level", "titre professionnel de secrétaire assistant·e médico-social·e", M(
        "Yasmine Tahiri <yasmine.tahiri@example.fr>", "Pro'pulse", "07 11:50",
        """Bonjour,

J'ai obtenu en mars 2026 le titre professionnel de secrétaire assistant·e médico-social·e (niveau 4, l'équivalent du bac), après un bac général. Je voudrais travailler à l'accueil des patient·es dans un centre de santé associatif ou une mutuelle. Est-ce que je peux entrer dans votre programme ?

Yasmine Tahiri
07 40 26 93 18""",
        app("Yasmine", "Tahiri", phone="+33740269318", bac=0, grad=None, failing=("degree_level",), status="b_titre_pro_niveau_4_secretaire"),
    )),
    # Feature: point_median — kind — vos bénévoles·s
    # spelling: a federation's letter in écriture inclusive with a doubled mark («bénévoles·s», «adhérent·es», «salarié·es») and List-Unsubscribe → newsletter
    N("point_median", "kind", "vos bénévoles·s", M(
        "Fédé Solidarités Jeunesse <infos@fede-sj.example.org>", "Le Fil de la Fédé — décembre", "08 07:00",
        """Le Fil de la Fédé — décembre

Bonjour à toutes et à tous, cher·es adhérent·es,

Au sommaire : la formation « accueillir vos bénévoles·s » (deux sessions en janvier), le bilan des chantiers de l'été (142 jeunes volontaires accueilli·es), et les postes ouverts chez nos membres : un·e animateur·ice réseau à Poitiers, un·e assistant·e de gestion à Tours.

Se désinscrire : https://fede-sj.example.org/lettre/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://fede-sj.example.org/lettre/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: point_median — kind — les personnes réinscrit·es en formation continue
    # spelling: middle dot on «réinscrit·es» and «concerné·es» in a general question, no fact of the writer → question
    N("point_median", "kind", "les personnes réinscrit·es en formation continue", M(
        "m.vandamme@example.net", "Formation continue et Pro'pulse ?", "09 12:26",
        """Bonjour,
Une question pour une collègue de promo : les personnes réinscrit·es en formation continue (un DU par exemple) sont-elles concerné·es par Pro'pulse, ou faut-il avoir complètement fini ses études ?
Bonne journée""",
        question(),
    )),
    # Feature: point_median — kind — bien reçu·e
    # spelling: middle dot on «reçu·e», «ravi·e» in an answer to our convocation, In-Reply-To our message → reply
    N("point_median", "kind", "bien reçu·e", M(
        "Noam Vasseur <noam.vasseur@example.com>", "Re: Votre premier rendez-vous Pro'pulse", "10 09:02",
        """Bonjour Claire,

Convocation bien reçu·e, je serai là mardi 17 à 14 h. Ravi·e de commencer !

Noam

Le 9 nov. 2026 à 17:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Noam, nous vous proposons un premier rendez-vous le mardi 17 novembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-1117.noam@animafac.net>", "References": "<rdv-1117.noam@animafac.net>"},
    )),
    # Feature: other_marks — graduation — diplômé/e du DEUST en juillet 2025
    # spelling: a slash on «diplômé/e» that carries the date, a period on «animateur.rice.s» around → application; DEUST (bac+2) of July 2025, an aim in sport associations → eligible
    N("other_marks", "graduation", "diplômé/e du DEUST en juillet 2025", M(
        "Mathis Pons <mathis.pons@example.fr>", "candidature pro'pulse", "11 18:15",
        """Bonjour,
je suis diplômé/e du DEUST en juillet 2025 (Animation et gestion des activités physiques, sportives et culturelles, Brest). Je cherche un poste d'animateur.rice.s sportif ou de coordinateur dans un club associatif ou une fédération sport pour tous.
Mathis Pons, 06 23 58 90 41""",
        app("Mathis", "Pons", phone="+33623589041", bac=2, grad="2025-07", status="b_deust_diplome_slash_e_2025"),
    )),
    # Feature: other_marks — career_change — neuf ans comme agent-e d'entretien puis gouvernant-e d'étage
    # spelling: hyphens on «agent-e» and «gouvernant-e» that carry the career, a period on «salarié.e.s» around → application; nine years in hotel housekeeping before the licence pro → fails not_career_change → not eligible
    N("other_marks", "career_change", "neuf ans comme agent-e d'entretien puis gouvernant-e d'étage", M(
        "Karine Sauvageot <karine.sauvageot@example.net>", "Reconversion vers l'ESS", "12 20:04",
        """Madame, Monsieur,

Après neuf ans comme agent-e d'entretien puis gouvernant-e d'étage dans un grand hôtel de Metz (CDI, temps plein), j'ai repris mes études et obtenu en juin 2026 une licence pro Gestion des organisations de l'économie sociale. Je cherche maintenant un poste dans une épicerie solidaire ou un réseau de l'aide alimentaire, aux côtés des salarié.e.s et bénévoles.

Karine Sauvageot
06 35 72 18 90""",
        app("Karine", "Sauvageot", phone="+33635721890", bac=3, grad="2026-06", failing=("not_career_change",), status="b_agent_e_gouvernant_e_neuf_ans"),
    )),
    # Feature: other_marks — studies_finished — tous mes examens sont passés et je suis réinscrit(e) jusqu'à la délibération
    # ambiguous: every exam is passed but the jury has not sat: studies_finished stays open until the results
    # spelling: parentheses on «réinscrit(e)» and «diplômé(e)», a period on «étudiant.e» around → application; results awaited after every exam → studies_finished open → to verify
    N("other_marks", "studies_finished", "tous mes examens sont passés et je suis réinscrit(e) jusqu'à la délibération", M(
        "Samuel Okafor <samuel.okafor@example.org>", "Candidature Pro'pulse — M2 en attente de jury", "13 14:40",
        """Bonjour,

Je suis en M2 Politiques sociales à Rennes : tous mes examens sont passés et je suis réinscrit(e) jusqu'à la délibération, prévue « courant décembre » sans date précise. Je serai donc diplômé(e) à ce moment-là, si tout est validé, et plus étudiant.e du tout.

Je cherche un poste de chargé de mission dans une fédération du secteur social.

Samuel Okafor
07 61 08 45 27""",
        app("Samuel", "Okafor", phone="+33761084527", bac="*", grad=None, unknown=("studies_finished",), status="b_reinscrit_e_attente_deliberation"),
    )),
    # Feature: other_marks — situation — chargé.e de mission en stage jusqu'au 12 février 2027
    # spelling: a period on «chargé.e» that carries the internship, «(e)» on «diplômé(e)» and a slash on «intéressé/e» → application; internship running until 12 February 2027 → fails not_internship → not eligible
    N("other_marks", "situation", "chargé.e de mission en stage jusqu'au 12 février 2027", M(
        "Zoé Tranchant <zoe.tranchant@example.com>", "Pro'pulse : inscription", "14 10:58",
        """Bonjour,

Diplômé(e) d'un master Développement des territoires en juin 2026, je suis aujourd'hui chargé.e de mission en stage jusqu'au 12 février 2027 dans un pays d'accueil touristique (stage hors cursus, convention avec l'université). Très intéressé/e par un poste en PTCE ou en pôle territorial de coopération.

Zoé Tranchant
06 17 93 05 84""",
        app("Zoé", "Tranchant", phone="+33617930584", bac=5, grad="2026-06", failing=("not_internship",), status="b_charge_point_e_stage_fevrier"),
    )),
    # Feature: other_marks — aim — chargé-e d'accompagnement dans une CAE
    # spelling: a hyphen on «chargé-e» that carries the aim, «entrepreneur.e.s» with periods around → application; licence of June 2025, a search in a cooperative of activity → eligible
    N("other_marks", "aim", "chargé-e d'accompagnement dans une CAE", M(
        "Wassim Rahmani <wassim.rahmani@example.fr>", "Candidature", "15 09:12",
        """Bonjour,

Licence Économie-gestion (Clermont-Ferrand, juin 2025). Je cherche un poste de chargé-e d'accompagnement dans une CAE ou une couveuse d'entreprises : aider des entrepreneur.e.s salarié.e.s à tenir leurs comptes, c'est ce que j'aime. J'ai déjà postulé chez deux coopératives d'activité de la région.

Wassim Rahmani
07 20 44 63 91""",
        app("Wassim", "Rahmani", phone="+33720446391", bac=3, grad="2025-06", status="b_charge_tiret_e_cae"),
    )),
    # Feature: other_marks — graduation — diplôméE depuis décembre 2024
    # spelling: a capital on «diplôméE» that carries the date, «salariéEs» around → application; master of December 2024 (within 24 months), ESS aim → eligible
    N("other_marks", "graduation", "diplôméE depuis décembre 2024", M(
        "Salomé Vernier <salome.vernier@example.net>", "Demande d'accompagnement", "16 21:30",
        """Bonjour,

DiplôméE depuis décembre 2024 d'un master Études de genre (Toulouse), j'ai travaillé un an en CDD dans une librairie. Je veux maintenant entrer dans une association de lutte contre les violences faites aux femmes, aux côtés des salariéEs et des bénévoles qui font ce travail tous les jours.

Salomé Vernier
06 58 31 72 04""",
        app("Salomé", "Vernier", phone="+33658317204", bac=5, grad="2024-12", status="b_diplomee_capitale_decembre_2024"),
    )),
    # Feature: other_marks — kind — je suis absent.e du 23 au 30 novembre
    # spelling: a period on «absent.e», parentheses on «joignable(s)» in an out-of-office with Auto-Submitted → auto_reply
    N("other_marks", "kind", "je suis absent.e du 23 au 30 novembre", M(
        "Morgan Tréguer <morgan.treguer@mission-locale.example.fr>", "Réponse automatique : Orientation d'un jeune", "23 08:01",
        """Bonjour,

Merci pour votre message ; je suis absent.e du 23 au 30 novembre. Mes collègues conseiller.e.s restent joignables(s) à l'accueil de la Mission locale : 02 98 00 11 22.

Morgan Tréguer""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: other_marks — kind — désormais salarié-e d'une SCOP
    # spelling: a hyphen on «salarié-e», a period on «accompagné.e» in a thank-you from a former participant, not in a thread, nothing asked → other
    N("other_marks", "kind", "désormais salarié-e d'une SCOP", M(
        "Yann Quillévéré <yann.quillevere@example.org>", "Merci !", "17 12:44",
        """Bonjour à toute l'équipe,

Juste un mot : je suis désormais salarié-e d'une SCOP de bureau d'études à Quimper, en CDI depuis le 2 novembre. Merci de m'avoir si bien accompagné.e pendant six mois.

Yann""",
        other(),
    )),
    # Feature: doublets — studies_finished — comme toutes et tous les alternantes et alternants de ma promo, je finis en septembre 2027
    # spelling: a doublet «toutes et tous les alternantes et alternants» with «comme» that puts the writer in the group → application; a work-study M2 ending in September 2027 → fails studies_finished → not eligible
    N("doublets", "studies_finished", "comme toutes et tous les alternantes et alternants de ma promo, je finis en septembre 2027", M(
        "Jeanne Vuillemin <jeanne.vuillemin@example.fr>", "Candidature anticipée", "18 17:20",
        """Bonjour,

Je suis en M2 Management des organisations sociales et solidaires, en alternance dans une mutuelle. Comme toutes et tous les alternantes et alternants de ma promo, je finis en septembre 2027, après la soutenance. J'aimerais entrer dans Pro'pulse dès maintenant pour préparer l'après.

Jeanne Vuillemin
06 82 15 47 30""",
        app("Jeanne", "Vuillemin", phone="+33682154730", bac="*", grad=None, failing=("studies_finished",), status="b_alternantes_alternants_septembre_2027"),
    )),
    # Feature: doublets — graduation — mais moi je l'ai terminée en juin 2025
    # spelling: a doublet «les diplômées et diplômés 2023» about a group that is not hers, then her own sentence with the date → application; licence pro of June 2025 (the group's 2023 is not hers), ESS aim → eligible
    N("doublets", "graduation", "mais moi je l'ai terminée en juin 2025", M(
        "Paloma Ruiz <paloma.ruiz@example.com>", "Licence pro Coordination de projets — candidature", "19 11:05",
        """Bonjour,

Vous avez accompagné l'an dernier plusieurs diplômées et diplômés 2023 de la licence pro Coordination de projets de Bordeaux : j'ai suivi la même formation, mais moi je l'ai terminée en juin 2025. Je cherche un poste de coordinatrice dans une association de solidarité internationale ou d'éducation à la citoyenneté.

Paloma Ruiz
07 29 61 80 53""",
        app("Paloma", "Ruiz", phone="+33729618053", bac=3, grad="2025-06", status="b_pas_les_diplomes_2023_moi_2025"),
    )),
    # Feature: doublets — level — les étudiantes et étudiants de l'école obtiennent un « Bachelor Chef de projet solidaire »
    # ambiguous: a private school's «Bachelor» with no RNCP level said: degree_level stays open
    # spelling: a doublet «les étudiantes et étudiants de l'école» with «nous» that puts the writer in the group, their diploma his → application; a private bachelor of June 2026 whose level is not said → degree_level open → to verify
    N("doublets", "level", "les étudiantes et étudiants de l'école obtiennent un « Bachelor Chef de projet solidaire »", M(
        "Hugo Santini <hugo.santini@example.net>", "Candidature", "20 15:47",
        """Bonjour,

À la fin du cursus, les étudiantes et étudiants de l'école obtiennent un « Bachelor Chef de projet solidaire » ; nous l'avons reçu en juin 2026 avec ma promo. L'école est privée et je ne sais pas si ce diplôme est reconnu à un niveau précis. Je cherche un poste dans une ONG ou une fondation.

Hugo Santini
06 90 27 31 48""",
        app("Hugo", "Santini", phone="+33690273148", bac="*", grad="2026-06", unknown=("degree_level",), status="b_bachelor_ecole_privee_niveau_inconnu"),
    )),
    # Feature: doublets — aim — pour les habitantes et habitants d'un quartier, dans une régie de quartier
    # spelling: a doublet «les habitantes et habitants» that carries the aim → application; BUT of June 2026, a search in a régie de quartier (ESS) → eligible
    N("doublets", "aim", "pour les habitantes et habitants d'un quartier, dans une régie de quartier", M(
        "Malik Touré <malik.toure@example.org>", "Recherche d'emploi ESS", "21 10:10",
        """Bonjour,

BUT Carrières sociales, parcours villes et territoires durables, obtenu en juin 2026 à Saint-Denis. Je veux travailler pour les habitantes et habitants d'un quartier, dans une régie de quartier ou un centre social associatif, sur l'emploi et la vie locale.

Malik Touré
06 03 47 92 15""",
        app("Malik", "Touré", phone="+33603479215", bac=3, grad="2026-06", status="b_habitantes_habitants_regie"),
    )),
    # Feature: doublets — situation — nous sommes dix volontaires, filles et garçons, en service civique jusqu'au 30 juin 2027
    # spelling: a doublet «filles et garçons» of a group the writer says «nous» of → application; his own civic service running until 30 June 2027 → fails not_service_civique → not eligible
    N("doublets", "situation", "nous sommes dix volontaires, filles et garçons, en service civique jusqu'au 30 juin 2027", M(
        "Nathan Ravelo <nathan.ravelo@example.fr>", "Pro'pulse ?", "22 13:36",
        """Bonjour,

À la Ligue de l'enseignement du Var, nous sommes dix volontaires, filles et garçons, en service civique jusqu'au 30 juin 2027 ; j'en fais partie depuis octobre, après mon BTS SP3S obtenu en juin 2026. Je voudrais préparer la suite avec vous.

Nathan Ravelo
07 14 59 26 83""",
        app("Nathan", "Ravelo", phone="+33714592683", bac=2, grad="2026-06", failing=("not_service_civique",), status="b_dix_volontaires_filles_garcons_juin_2027"),
    )),
    # Feature: doublets — graduation — nous, les diplômées et diplômés de la promo 2024
    # ambiguous: a year alone in 2024: the BTS may be within 24 months or not, graduation_recent stays open
    # spelling: a doublet «les diplômées et diplômés» of a group the writer says «nous» of, a year alone → application; BTS of 2024 → graduation_recent open → to verify
    N("doublets", "graduation", "nous, les diplômées et diplômés de la promo 2024", M(
        "Céleste Oudin <celeste.oudin@example.net>", "Candidature BTS", "23 19:58",
        """Bonsoir,

Le BTS Tourisme que nous, les diplômées et diplômés de la promo 2024, avons obtenu à Annecy mène rarement à l'ESS. Pourtant je voudrais travailler dans le tourisme social et solidaire (villages vacances associatifs, auberges de jeunesse). Pouvez-vous m'aider ?

Céleste Oudin
06 26 84 13 79""",
        app("Céleste", "Oudin", phone="+33626841379", bac=2, grad="2024", unknown=("graduation_recent",), status="b_diplomees_diplomes_promo_2024"),
    )),
    # Feature: doublets — kind — lycéennes et lycéens
    # spelling: doublets «les lycéennes et lycéens», «celles et ceux» in a CPE's general question, no one's facts → question
    N("doublets", "kind", "lycéennes et lycéens", M(
        "Nicole Payet <nicole.payet@lycee-exemple.example.fr>", "Public du programme", "24 16:18",
        """Bonjour,

Je suis CPE dans un lycée professionnel. Pro'pulse est-il ouvert à celles et ceux qui sortent d'un bac pro, ou seulement aux diplômé·es du supérieur ? Je voudrais savoir quoi répondre aux lycéennes et lycéens qui m'en parlent.

Cordialement,
Nicole Payet""",
        question(),
    )),
    # Feature: doublets — kind — merci de retirer mon adresse
    # spelling: a doublet «chères et chers» in a bare unsubscribe → other
    N("doublets", "kind", "merci de retirer mon adresse", M(
        "Romy Wagner <romy.wagner@example.com>", "désinscription", "25 08:49",
        """Chères et chers membres de l'équipe, merci de retirer mon adresse de vos envois, je ne suis plus concernée. Bonne continuation !""",
        other(),
    )),
]
