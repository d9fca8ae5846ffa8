"""Anaphora corpus, batch 06 (writer B): ellipsis and gapping (a BTS then a licence pro, the bac but not the
first year, two years half validated, a stage and a service civique both over, two trades before a master, a
search gapped onto mass retail), left and right dislocations and cataphora (a master, a stage that runs, a
mission over, a BTS «il y a un moment», a licence pro not finished, an English aim, years of logistics), a
question and its answer (a DEUST, where one searches, an adviser's answers, a resit's results, a change of
trade, a stage until the end of November), and other mail that links too."""
# ruff: noqa: E501

from __future__ import annotations

from anaphora import N
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # ---------------------------------------------------------------- ellipsis_gapping
    # Feature: ellipsis_gapping — graduation — BTS ESF à Brest en 2022 ; la licence pro, à Quimper, en 2025
    # linked: gapped «obtenu(e)» → «la licence pro, à Quimper, en 2025» (same sentence, after «;») → the last diploma 2025 → recent
    N("ellipsis_gapping", "graduation", "BTS ESF à Brest en 2022 ; la licence pro, à Quimper, en 2025", M(
        "Maiwenn Quéré <maiwenn.quere@example.fr>", "Candidature Pro'pulse", "02 09:26",
        """Bonjour,

Mon parcours en deux lignes : BTS ESF à Brest en 2022 ; la licence pro, à Quimper, en 2025 (coordination de projets d'économie sociale).

Je cherche un poste dans une épicerie solidaire ou une association de consommateurs. Pas de stage ni de service civique en cours.

Maiwenn Quéré
06 20 93 14 57""",
        app("Maiwenn", "Quéré", phone="+33620931457", bac=3, grad="2025", status="b_bts_puis_lp_gapping"),
    )),
    # Feature: ellipsis_gapping — level — Le bac en 2023, validé ; la première année de licence, non
    # linked: gapped «validée» → «la première année de licence, non» (same sentence) → the bac alone, bac+0 → fails degree_level
    N("ellipsis_gapping", "level", "Le bac en 2023, validé ; la première année de licence, non", M(
        "Dylan Ferreira <dylan.ferreira@example.com>", "inscription pro'pulse", "02 22:48",
        """bonjour

Le bac en 2023, validé ; la première année de licence, non. depuis je fais des missions d'intérim mais je voudrais bosser dans une asso de quartier, j'y suis bénévole.

Dylan Ferreira
07 66 02 81 39""",
        app("Dylan", "Ferreira", phone="+33766028139", bac=0, grad=None, failing=("degree_level",), status="b_bac_oui_l1_non"),
    )),
    # Feature: ellipsis_gapping — level — deux années de sociologie à Nanterre, la première validée, la seconde à moitié
    # ambiguous: «la seconde à moitié» (gapped «validée») leaves the second year half validated: bac+1 or bac+2, a careful reader cannot tell: degree_level open
    # linked: gapped «validée» → «la seconde à moitié» (same sentence) → level between bac+1 and bac+2 → open
    N("ellipsis_gapping", "level", "deux années de sociologie à Nanterre, la première validée, la seconde à moitié", M(
        "Samira Tlili <samira.tlili@example.org>", "Candidature", "03 14:02",
        """Bonjour,

J'ai fait deux années de sociologie à Nanterre, la première validée, la seconde à moitié. J'ai arrêté en juin pour des raisons familiales et je ne compte pas y retourner.

Je voudrais travailler comme animatrice dans une association de quartier ou une maison des jeunes.

Samira Tlili
06 49 27 65 10""",
        app("Samira", "Tlili", phone="+33649276510", bac="*", grad=None, unknown=("degree_level",), status="b_deux_annees_seconde_a_moitie"),
    )),
    # Feature: ellipsis_gapping — situation — Le stage s'est terminé en mars, le service civique en août
    # linked: gapped «s'est terminé» → «le service civique en août» (same sentence) → both ended (2026-03, 2026-08) → met
    N("ellipsis_gapping", "situation", "Le stage s'est terminé en mars, le service civique en août", M(
        "Thibault Marchal <thibault.marchal@example.net>", "Pro'pulse - candidature de Thibault Marchal", "04 11:17",
        """Bonjour,

J'ai obtenu mon master Gestion de projets culturels en septembre 2025. Ensuite, un stage dans un festival associatif et un service civique dans une radio locale. Le stage s'est terminé en mars, le service civique en août.

Je cherche maintenant un poste de chargé de production dans une association ou une SCOP culturelle.

Thibault Marchal
06 08 52 36 91""",
        app("Thibault", "Marchal", phone="+33608523691", bac=5, grad="2025-09", status="b_stage_mars_sc_aout"),
    )),
    # Feature: ellipsis_gapping — career_change — infirmière pendant dix ans, puis formatrice en IFSI trois
    # linked: gapped «pendant … ans» → «formatrice en IFSI trois» (same sentence) → thirteen years of nursing before the master → career change (failing)
    N("ellipsis_gapping", "career_change", "infirmière pendant dix ans, puis formatrice en IFSI trois", M(
        "Véronique Aubertin <veronique.aubertin@example.fr>", "Candidature programme Pro'pulse", "05 08:33",
        """Madame, Monsieur,

J'ai été infirmière pendant dix ans, puis formatrice en IFSI trois. En 2025, j'ai obtenu un master Économie sociale et solidaire en formation continue, et je souhaite désormais travailler dans une mutuelle ou une coopérative de santé.

Je vous prie d'agréer mes salutations distinguées,
Véronique Aubertin
06 93 41 20 68""",
        app("Véronique", "Aubertin", phone="+33693412068", bac=5, grad="2025", failing=("not_career_change",), status="b_infirmiere_dix_formatrice_trois"),
    )),
    # Feature: ellipsis_gapping — aim — Je postule dans des associations d'aide à domicile et, depuis octobre, dans la grande distribution aussi
    # ambiguous: the gapped «je postule» joins an ESS search and a mass-retail one, with no preference said: job_seeking_ess open
    # linked: gapped «je postule» → «dans la grande distribution aussi» (same sentence) → ESS and mass retail side by side → open
    N("ellipsis_gapping", "aim", "Je postule dans des associations d'aide à domicile et, depuis octobre, dans la grande distribution aussi", M(
        "Bintou Sissoko <bintou.sissoko@example.com>", "candidature", "06 18:21",
        """Bonjour,

J'ai un DUT Carrières sociales, obtenu en juin 2025. Je postule dans des associations d'aide à domicile et, depuis octobre, dans la grande distribution aussi, parce qu'il faut bien payer le loyer.

Bintou Sissoko
07 31 58 04 26""",
        app("Bintou", "Sissoko", phone="+33731580426", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="b_assos_et_grande_distribution"),
    )),
    # Feature: ellipsis_gapping — kind — Je suis absente jusqu'au 30 novembre ; mon collègue Yanis, jusqu'au 2 décembre
    # linked: gapped «est absent» → «mon collègue Yanis, jusqu'au 2 décembre» (same sentence) → an absence notice → kind auto_reply
    N("ellipsis_gapping", "kind", "Je suis absente jusqu'au 30 novembre ; mon collègue Yanis, jusqu'au 2 décembre", M(
        "Claire Domenech <c.domenech@mission-locale-sud.example.fr>", "Absence : Re: Pro'pulse - orientation", "07 09:00",
        """Bonjour,

Je suis absente jusqu'au 30 novembre ; mon collègue Yanis, jusqu'au 2 décembre. Pour toute demande urgente, merci d'appeler l'accueil de la Mission locale.

Claire Domenech""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: ellipsis_gapping — kind — La salle Jaurès est réservée le 3 décembre, la salle Lafargue le 4
    # linked: gapped «est réservée» → «la salle Lafargue le 4» (same sentence) → a room booking for a partner → kind other
    N("ellipsis_gapping", "kind", "La salle Jaurès est réservée le 3 décembre, la salle Lafargue le 4", M(
        "Maison des associations <reservations@mda-ivry.example.org>", "Confirmation de réservation", "08 15:44",
        """Bonjour,

Suite à votre demande pour les ateliers Pro'pulse : la salle Jaurès est réservée le 3 décembre, la salle Lafargue le 4, de 9 h à 12 h. Les clés sont à retirer à l'accueil.

Le secrétariat de la Maison des associations""",
        other(),
    )),
    # ---------------------------------------------------------------- dislocation_cataphora
    # Feature: dislocation_cataphora — graduation — Je l'ai eu en juillet 2025, mon master Intervention et développement social
    # linked: «l'» → «mon master Intervention et développement social» (right dislocation, same sentence) → graduation 2025-07 → recent
    N("dislocation_cataphora", "graduation", "Je l'ai eu en juillet 2025, mon master Intervention et développement social", M(
        "Hugo Castellane <hugo.castellane@example.org>", "Candidature Pro'pulse", "09 10:05",
        """Bonjour,

Je l'ai eu en juillet 2025, mon master Intervention et développement social, et depuis je cherche un poste de coordinateur dans une association d'insertion.

Je n'ai pas d'autre engagement en cours.

Hugo Castellane
06 54 71 92 03""",
        app("Hugo", "Castellane", phone="+33654719203", bac=5, grad="2025-07", status="b_je_lai_eu_mon_master"),
    )),
    # Feature: dislocation_cataphora — situation — Mon stage, il se termine le 31 janvier
    # linked: «il» → «Mon stage» (left dislocation, same sentence) → internship running until 2027-01-31 → fails not_internship
    N("dislocation_cataphora", "situation", "Mon stage, il se termine le 31 janvier", M(
        "Awa Diallo <awa.diallo@example.net>", "candidature pro'pulse", "09 21:37",
        """Bonjour,

j'ai une licence pro Métiers de l'animation sociale (juin 2025). Mon stage, il se termine le 31 janvier, dans une fédération de centres sociaux. après je cherche un emploi dans le même réseau.

Awa Diallo
07 40 26 83 15""",
        app("Awa", "Diallo", phone="+33740268315", bac=3, grad="2025-06", failing=("not_internship",), status="b_mon_stage_il_se_termine"),
    )),
    # Feature: dislocation_cataphora — situation — Ma mission de service civique, elle est finie depuis septembre
    # linked: «elle» → «Ma mission de service civique» (left dislocation, same sentence) → ended 2026-09 → met
    N("dislocation_cataphora", "situation", "Ma mission de service civique, elle est finie depuis septembre", M(
        "Enzo Pirozzi <enzo.pirozzi@example.com>", "Candidature", "10 13:48",
        """Bonjour,

BTS Gestion de la PME obtenu en juin 2025. Ma mission de service civique, elle est finie depuis septembre : j'ai aidé une recyclerie à monter sa boutique.

Je voudrais justement travailler dans une ressourcerie ou une autre structure de l'ESS.

Enzo Pirozzi
06 12 39 58 84""",
        app("Enzo", "Pirozzi", phone="+33612395884", bac=2, grad="2025-06", status="b_ma_mission_elle_est_finie"),
    )),
    # Feature: dislocation_cataphora — graduation — Mon BTS, je l'ai eu il y a un moment déjà
    # ambiguous: «il y a un moment déjà» gives no year: the BTS may be one year old or five, graduation_recent open
    # linked: «l'» → «Mon BTS» (left dislocation, same sentence) → graduation date vague → open
    N("dislocation_cataphora", "graduation", "Mon BTS, je l'ai eu il y a un moment déjà", M(
        "Kevin Poulain <kevin.poulain@example.fr>", "Pro'pulse", "11 19:26",
        """Bonjour,

Mon BTS, je l'ai eu il y a un moment déjà, c'est un BTS Économie sociale familiale. Je fais des remplacements dans un foyer de jeunes travailleurs et j'aimerais trouver un CDI dans une association.

Kevin Poulain
06 75 03 49 21""",
        app("Kevin", "Poulain", phone="+33675034921", bac=2, grad=None, unknown=("graduation_recent",), status="b_mon_bts_il_y_a_un_moment"),
    )),
    # Feature: dislocation_cataphora — studies_finished — Elle n'est pas finie, ma licence pro
    # linked: «Elle» → «ma licence pro» (cataphora, same sentence) → studies running → fails studies_finished
    N("dislocation_cataphora", "studies_finished", "Elle n'est pas finie, ma licence pro", M(
        "Lina Benhamou <lina.benhamou@example.org>", "Candidature anticipée", "12 08:14",
        """Bonjour,

Elle n'est pas finie, ma licence pro : il me reste tout le second semestre à l'IUT de Chambéry. Mais j'ai vu que votre programme avait peu de places, alors je préfère vous écrire maintenant.

Je vise un emploi dans une coopérative d'activité et d'emploi.

Lina Benhamou
07 93 60 17 48""",
        app("Lina", "Benhamou", phone="+33793601748", bac="*", grad=None, failing=("studies_finished",), status="b_elle_nest_pas_finie_lp"),
    )),
    # Feature: dislocation_cataphora — aim — That's what I'm after, a job in a tenants' association or a housing co-op
    # linked: «That» → «a job in a tenants' association or a housing co-op» (right dislocation, same sentence) → aim in the ESS → met
    N("dislocation_cataphora", "aim", "That's what I'm after, a job in a tenants' association or a housing co-op", M(
        "Siobhan Gallagher <siobhan.gallagher@example.com>", "Application for Pro'pulse", "13 11:02",
        """Hello,

I finished my BA in Social Policy at Cardiff in July 2025 and I've been living in Nantes since the spring. That's what I'm after, a job in a tenants' association or a housing co-op, somewhere I can use what I learned about social housing.

No internship or volunteering on the go at the moment.

Best wishes,
Siobhan Gallagher
07 81 29 46 50""",
        app("Siobhan", "Gallagher", phone="+33781294650", bac=3, grad="2025-07", language="en", status="b_en_thats_what_im_after"),
    )),
    # Feature: dislocation_cataphora — career_change — La logistique, j'y ai passé quelques années avant de reprendre
    # ambiguous: «quelques années» of logistics before the licence pro: a full trade or a few jobs in between, a careful reader cannot tell: not_career_change open
    # linked: «y» → «La logistique» (left dislocation, same sentence) → years elsewhere, vague → open
    N("dislocation_cataphora", "career_change", "La logistique, j'y ai passé quelques années avant de reprendre", M(
        "Grégoire Nkembe <gregoire.nkembe@example.net>", "Candidature - Pro'pulse", "13 17:55",
        """Bonjour,

La logistique, j'y ai passé quelques années avant de reprendre une licence pro Gestion des organisations de l'économie sociale, obtenue en juin 2026.

Aujourd'hui, je souhaite travailler comme gestionnaire dans une entreprise d'insertion.

Grégoire Nkembe
06 46 18 72 39""",
        app("Grégoire", "Nkembe", phone="+33646187239", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_la_logistique_jy_ai_passe"),
    )),
    # Feature: dislocation_cataphora — kind — Il approche, notre forum des métiers de l'ESS
    # linked: «Il» → «notre forum des métiers de l'ESS» (cataphora, same sentence) → an event announced to a list → kind newsletter
    N("dislocation_cataphora", "kind", "Il approche, notre forum des métiers de l'ESS", M(
        "Réseau Solidarités Nantes <infos@solidarites-nantes.example.org>", "Infolettre : le forum, c'est bientôt", "14 07:30",
        """L'infolettre du réseau - novembre 2026

Il approche, notre forum des métiers de l'ESS : il aura lieu le 10 décembre à la Manufacture, avec trente associations et coopératives qui recrutent.

Venez nombreux ! Se désinscrire : lien en bas de page.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://solidarites-nantes.example.org/stop>", "Precedence": "bulk"},
    )),
    # Feature: dislocation_cataphora — kind — Ma date de diplôme, je vous la précise
    # linked: «la» → «Ma date de diplôme» (left dislocation, same sentence) → an answer in our thread → kind reply
    N("dislocation_cataphora", "kind", "Ma date de diplôme, je vous la précise", M(
        "Nour El-Khoury <nour.elkhoury@example.com>", "Re: Pro'pulse - pièces manquantes", "15 16:20",
        """Bonjour,

Ma date de diplôme, je vous la précise : le jury de la licence pro s'est tenu le 27 juin 2025. L'attestation suit par courrier.

Nour El-Khoury

> Il manque la date de votre diplôme dans votre dossier.""",
        reply(),
        headers={"In-Reply-To": "<cand-6215@animafac.net>", "References": "<cand-6215@animafac.net>"},
    )),
    # ---------------------------------------------------------------- question_answer
    # Feature: question_answer — graduation — Ce que j'ai comme diplôme ? Un DEUST. L'année ? 2025, en juin
    # linked: «Un DEUST» answers «Ce que j'ai comme diplôme ?», «2025, en juin» answers «L'année ?» (next clause) → graduation 2025-06 → recent
    N("question_answer", "graduation", "Ce que j'ai comme diplôme ? Un DEUST. L'année ? 2025, en juin", M(
        "Ismaël Sow <ismael.sow@example.org>", "candidature", "16 10:40",
        """Bonjour,

Ce que j'ai comme diplôme ? Un DEUST. L'année ? 2025, en juin. La spécialité : animation et gestion des activités physiques et sportives.

Je cherche un poste d'éducateur sportif dans une association d'insertion par le sport.

Ismaël Sow
07 06 33 91 54""",
        app("Ismaël", "Sow", phone="+33706339154", bac=2, grad="2025-06", status="b_qa_deust_lannee"),
    )),
    # Feature: question_answer — aim — Où je cherche ? Surtout dans les cabinets d'audit et les banques
    # linked: the answer «Surtout dans les cabinets d'audit et les banques» → the question «Où je cherche ?» (same line) → aim outside the ESS → fails job_seeking_ess
    N("question_answer", "aim", "Où je cherche ? Surtout dans les cabinets d'audit et les banques", M(
        "Charles-Henri Vautrin <ch.vautrin@example.com>", "Pro'pulse", "16 21:12",
        """Bonjour,

Diplômé d'un master Finance d'entreprise en septembre 2025. Où je cherche ? Surtout dans les cabinets d'audit et les banques, dans le contrôle de gestion.

Un ami m'a dit que votre programme aidait à trouver un premier poste.

Charles-Henri Vautrin
06 61 84 20 37""",
        app("Charles-Henri", "Vautrin", phone="+33661842037", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_qa_ou_je_cherche_banques"),
    )),
    # Feature: question_answer — level — Son niveau ? Bac+3, une licence LEA
    # linked: «Son niveau ?» → the applicant Ornella (referral), answered «Bac+3, une licence LEA» (next words) → level 3, graduation 2025-06, ESS aim → eligible
    N("question_answer", "level", "Son niveau ? Bac+3, une licence LEA", M(
        "Didier Fontanel <d.fontanel@mission-locale-lot.example.fr>", "Orientation vers Pro'pulse : Ornella Randriamanana", "17 09:18",
        """Bonjour,

Je vous oriente Ornella Randriamanana, que j'accompagne à la Mission locale de Cahors. Son niveau ? Bac+3, une licence LEA. Depuis quand ? Juin 2025. Ses recherches ? Uniquement des associations de solidarité internationale.

Elle n'est ni en stage ni en service civique. Ses coordonnées : ornella.randria@example.net, 06 52 18 97 40.

Didier Fontanel, conseiller""",
        app("Ornella", "Randriamanana", phone="+33652189740", bac=3, grad="2025-06", email="ornella.randria@example.net", forwarded_by="d.fontanel@mission-locale-lot.example.fr", status="b_qa_referral_son_niveau"),
    )),
    # Feature: question_answer — studies_finished — Les résultats du rattrapage ? Pas encore publiés
    # ambiguous: the resit of the M2's last unit has been sat, its result is not out: finished or not is unknown (studies_finished open)
    # linked: «Pas encore publiés» answers «Les résultats du rattrapage ?» (same line), the resit being that of «mon M2» (previous sentence) → studies open
    N("question_answer", "studies_finished", "Les résultats du rattrapage ? Pas encore publiés", M(
        "Mélina Sarkis <melina.sarkis@example.fr>", "Candidature Pro'pulse", "18 13:06",
        """Bonjour,

J'ai repassé en octobre la dernière UE de mon M2 Management des associations. Les résultats du rattrapage ? Pas encore publiés, on nous annonce « courant décembre ».

Je voudrais travailler dans une fédération associative.

Mélina Sarkis
06 87 45 10 62""",
        app("Mélina", "Sarkis", phone="+33687451062", bac="*", grad=None, unknown=("studies_finished",), status="b_qa_resultats_rattrapage"),
    )),
    # Feature: question_answer — career_change — Pourquoi ce changement ? Après douze ans de boulangerie
    # linked: «ce changement» → the move to «une licence pro» (previous sentence), answered «Après douze ans de boulangerie» → career change (failing)
    N("question_answer", "career_change", "Pourquoi ce changement ? Après douze ans de boulangerie", M(
        "Patrice Oudin <patrice.oudin@example.net>", "Candidature", "19 07:45",
        """Bonjour,

J'ai obtenu en juin 2026 une licence pro Coordination de projets de développement social. Pourquoi ce changement ? Après douze ans de boulangerie, j'avais le dos en miettes et envie d'autre chose.

Je cherche un poste dans une association d'aide alimentaire.

Patrice Oudin
06 30 71 58 44""",
        app("Patrice", "Oudin", phone="+33630715844", bac=3, grad="2026-06", failing=("not_career_change",), status="b_qa_pourquoi_ce_changement"),
    )),
    # Feature: question_answer — situation — Suis-je en stage ? Oui, jusqu'à fin novembre
    # ambiguous: the stage ends «fin novembre», the month of reading (2026-11-26), with no day: running or just over, not known: not_internship open
    # linked: «Oui, jusqu'à fin novembre» answers «Suis-je en stage ?» (same line) → internship ends 2026-11, day unknown → open
    N("question_answer", "situation", "Suis-je en stage ? Oui, jusqu'à fin novembre", M(
        "Ilyes Mansouri <ilyes.mansouri@example.com>", "Pro'pulse - candidature", "20 12:27",
        """Bonjour,

Licence de sciences politiques obtenue en juin 2025. Suis-je en stage ? Oui, jusqu'à fin novembre, dans une association de défense des droits des étrangers.

Je voudrais y rester ou trouver un poste dans une structure similaire.

Ilyes Mansouri
07 18 42 95 06""",
        app("Ilyes", "Mansouri", phone="+33718429506", bac=3, grad="2025-06", unknown=("not_internship",), status="b_qa_suis_je_en_stage"),
    )),
    # Feature: question_answer — kind — Le programme, on peut le suivre à distance ? Et si oui, comment
    # linked: «le» → «Le programme» (same sentence), the question answered by nobody → a general question, no personal fact → kind question
    N("question_answer", "kind", "Le programme, on peut le suivre à distance ? Et si oui, comment", M(
        "julien.morvan@example.org", "question", "21 18:03",
        """Bonjour,

Le programme, on peut le suivre à distance ? Et si oui, comment se passent les ateliers collectifs ?

Merci,
Julien""",
        question(),
    )),
    # Feature: question_answer — kind — Le destinataire ? Introuvable
    # linked: «Introuvable» answers «Le destinataire ?» (same line) → an address that does not exist → kind bounce
    N("question_answer", "kind", "Le destinataire ? Introuvable", M(
        "Postmaster <postmaster@relais.example.com>", "Non remis : Votre candidature à Pro'pulse", "22 04:51",
        """Rapport de non-remise.

Le destinataire ? Introuvable : l'adresse sarah.obrecht@example.com n'existe pas sur ce serveur.

Aucune nouvelle tentative ne sera faite.""",
        bounce("sarah.obrecht@example.com"),
        bounce="Reporting-MTA: dns; relais.example.com\n\nFinal-Recipient: rfc822; sarah.obrecht@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
    )),
]
