"""Attitudes corpus, batch 07 (writer B): mails written in anxiety («j'ai peur que mon diplôme soit trop
ancien» when it is not, and when it is; «j'ai peur que mon contrat compte comme un stage»; a sister «désolée»
writing for her brother), in regret («j'aurais aimé faire un BTS», «j'aurais dû finir ma licence plus tôt»,
«je regrette ces six années à la banque», «si j'avais su») and in defiance («ce n'est pas une reconversion,
c'est une continuité», a defence that the facts support, a private «bachelor» claimed as bac+3); other mail in
the same attitudes (a mail sent to the wrong address with apologies, an apologetic out-of-office, a question
«dommage que…», a network's «dommage, vous avez manqué…», a defiant question, a defiant reply in our
thread)."""
# ruff: noqa: E501

from __future__ import annotations

from attitudes import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: anxiety — graduation — j'ai peur que mon diplôme soit trop ancien, je l'ai eu en décembre 2024
    # attitude: «j'ai peur que mon diplôme soit trop ancien, je l'ai eu en décembre 2024» = the fear is groundless: December 2024 is 23 months ago, within 24 → meets graduation_recent → eligible
    N("anxiety", "graduation", "j'ai peur que mon diplôme soit trop ancien, je l'ai eu en décembre 2024", M(
        "Pauline Roger <pauline.roger@example.fr>", "Candidature (désolée si je suis hors délai)", "01 10:24",
        """Bonjour,

Désolée de vous déranger. Je voudrais candidater à Pro'pulse mais j'ai peur que mon diplôme soit trop ancien, je l'ai eu en décembre 2024, à la session de rattrapage de ma licence pro Gestion des ressources humaines.

Je cherche un poste d'assistante RH dans une association ou une entreprise d'insertion. Pardon si ma candidature n'est pas recevable.

Pauline Roger
06 75 38 12 04""",
        app("Pauline", "Roger", phone="+33675381204", bac=3, grad="2024-12", status="b_lp_rh_decembre_2024_peur"),
    )),
    # Feature: anxiety — situation — c'est un CDD de six mois au Secours populaire
    # attitude: «c'est un CDD de six mois au Secours populaire» = the feared internship is a job: a CDD is no internship → meets not_internship → eligible
    N("anxiety", "situation", "c'est un CDD de six mois au Secours populaire", M(
        "Hamza Ziani <hamza.ziani@example.net>", "question + candidature", "02 19:06",
        """Bonjour,

Je stresse un peu : j'ai peur que mon contrat actuel compte comme un stage et m'empêche de participer. Mais non, c'est un CDD de six mois au Secours populaire, qui se termine le 31 décembre.

J'ai un master Action humanitaire obtenu en juin 2026, et je cherche la suite : un poste durable dans une ONG ou une association de solidarité.

Hamza Ziani
07 62 91 40 35""",
        app("Hamza", "Ziani", phone="+33762914035", bac=5, grad="2026-06", status="b_cdd_secours_pop_pas_stage"),
    )),
    # Feature: anxiety — level — il a un DEUST Médiation citoyenne
    # attitude: «il a un DEUST Médiation citoyenne» = the sister fears «seulement un DEUST» is too little; a DEUST is a bac+2, June 2026 → meets degree_level → eligible (a referral: the sister writes, her brother applies)
    N("anxiety", "level", "il a un DEUST Médiation citoyenne", M(
        "Léonie Martins <leonie.martins@example.org>", "Pour mon frère, désolée de vous déranger", "03 22:41",
        """Bonjour,

Désolée de vous déranger, j'écris pour mon petit frère Tiago Martins, qui n'ose pas le faire lui-même. Il a un DEUST Médiation citoyenne, obtenu en juin 2026, et il a peur que « seulement un DEUST » ne suffise pas.

Il voudrait travailler comme médiateur dans une association de quartier. Son adresse est tiago.martins@example.net et son numéro le 07 49 26 83 10.

Pardon si ce n'est pas la bonne façon de faire.
Léonie Martins""",
        app("Tiago", "Martins", phone="+33749268310", bac=2, grad="2026-06", email="tiago.martins@example.net", forwarded_by="leonie.martins@example.org", status="b_deust_mediation_soeur"),
    )),
    # Feature: anxiety — situation — ma convention de stage se termine fin novembre
    # ambiguous: the internship agreement ends «fin novembre» with no day: on 26 November it may still be running
    # attitude: «ma convention de stage se termine fin novembre» = the fear does not decide, the end «fin novembre» with no day leaves it open → not_internship open → to_verify
    N("anxiety", "situation", "ma convention de stage se termine fin novembre", M(
        "Sacha Nowak <sacha.nowak@example.com>", "Est-ce que je peux candidater ?", "04 08:15",
        """Bonjour,

Je stresse parce que ma convention de stage se termine fin novembre et je ne sais pas si j'ai le droit de postuler avant. J'ai une licence de psychologie (juin 2026) et mon stage est dans un foyer de jeunes travailleurs.

Ensuite je voudrais travailler dans l'accompagnement social, dans une association. Pardon si la question est bête.

Sacha Nowak
06 48 03 72 91""",
        app("Sacha", "Nowak", phone="+33648037291", bac=3, grad="2026-06", unknown=("not_internship",), status="b_licence_psy_stage_fin_novembre"),
    )),
    # Feature: anxiety — career_change — mes quelques années comme vendeuse avant la licence
    # ambiguous: «quelques années» as a saleswoman before the licence: a former trade or jobs of a student, the mail does not say
    # attitude: «mes quelques années comme vendeuse avant la licence» = the fear of a career change rests on «quelques années» → not_career_change open → to_verify
    N("anxiety", "career_change", "mes quelques années comme vendeuse avant la licence", M(
        "Yasmina Rahmani <yasmina.rahmani@example.fr>", "Candidature (j'ai un doute)", "05 13:50",
        """Bonjour,

J'ai peur de ne pas être éligible : j'ai peur que mes quelques années comme vendeuse avant la licence comptent comme une reconversion. J'ai obtenu ma licence pro Intervention sociale en juin 2026.

Je voudrais travailler comme conseillère en insertion dans une association. Désolée pour ce message un peu long.

Yasmina Rahmani
07 51 60 27 84""",
        app("Yasmina", "Rahmani", phone="+33751602784", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_vendeuse_quelques_annees_peur"),
    )),
    # Feature: anxiety — graduation — j'ai peur d'être hors délai : mon master date de juin 2022
    # attitude: «j'ai peur d'être hors délai : mon master date de juin 2022» = a fear that is right: June 2022 is 53 months ago → fails graduation_recent → not_eligible
    N("anxiety", "graduation", "j'ai peur d'être hors délai : mon master date de juin 2022", M(
        "Marc-Antoine Vial <ma.vial@example.net>", "Candidature, si c'est encore possible", "06 17:32",
        """Bonjour,

Pardon de vous écrire sans savoir si j'en ai le droit. J'ai peur d'être hors délai : mon master date de juin 2022 (master Ingénierie de projets culturels), et depuis je n'ai enchaîné que des missions courtes.

Je voudrais travailler dans une association culturelle ou un tiers-lieu. Merci de me dire franchement si ce n'est pas possible.

Marc-Antoine Vial
06 82 15 49 60""",
        app("Marc-Antoine", "Vial", phone="+33682154960", bac=5, grad="2022-06", failing=("graduation_recent",), status="b_master_2022_peur_fondee"),
    )),
    # Feature: anxiety — studies_finished — je suis encore en dernière année de licence, je finis en juin 2027
    # attitude: «je suis encore en dernière année de licence, je finis en juin 2027» = the apology hides the fact: studies running until June 2027 → fails studies_finished → not_eligible
    N("anxiety", "studies_finished", "je suis encore en dernière année de licence, je finis en juin 2027", M(
        "Elif Yildiz <elif.yildiz@example.com>", "petite question/candidature", "07 21:19",
        """Bonjour,

Pardon si ma question est bête : je suis encore en dernière année de licence, je finis en juin 2027, en administration économique et sociale. Est-ce que je peux déjà m'inscrire à Pro'pulse ?

Je voudrais travailler dans une mutuelle après. Désolée de vous déranger pour ça.

Elif Yildiz
07 38 24 96 51""",
        app("Elif", "Yildiz", phone="+33738249651", bac="*", grad=None, failing=("studies_finished",), status="b_licence_aes_en_cours_peur"),
    )),
    # Feature: anxiety — kind — ce message ne vous était pas destiné
    # attitude: «ce message ne vous était pas destiné» = a mail sent to us by mistake, with apologies, no one applying → kind other
    N("anxiety", "kind", "ce message ne vous était pas destiné", M(
        "Justine Prévost <justine.prevost@example.org>", "Pardon, erreur d'envoi", "08 09:47",
        """Bonjour,

Je suis vraiment désolée, ce message ne vous était pas destiné : je voulais écrire à l'association Pro'Pulse Sport de mon quartier et je me suis trompée d'adresse.

Pardon pour le dérangement, vous pouvez supprimer mes deux messages.

Justine Prévost""",
        other(),
    )),
    # Feature: anxiety — kind — pardon pour ce délai de réponse
    # attitude: «pardon pour ce délai de réponse» = an apologetic out-of-office of a partner, no one applying → kind auto_reply
    N("anxiety", "kind", "pardon pour ce délai de réponse", M(
        "Agathe Simon <agathe.simon@example.fr>", "Réponse automatique : Intervention Pro'pulse le 10 décembre", "09 06:00",
        """Bonjour,

Je suis absente jusqu'au 4 décembre et je ne pourrai pas vous répondre avant, pardon pour ce délai de réponse. En cas d'urgence, merci d'appeler l'accueil au 01 84 20 33 10.

Désolée pour la gêne,
Agathe Simon""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: regret — level — j'aurais aimé faire un BTS, mais j'ai arrêté après mon bac pro
    # attitude: «j'aurais aimé faire un BTS, mais j'ai arrêté après mon bac pro» = an unreal past is no fact: no BTS, a bac pro (level 4) → fails degree_level → not_eligible
    N("regret", "level", "j'aurais aimé faire un BTS, mais j'ai arrêté après mon bac pro", M(
        "Kévin Sauvage <kevin.sauvage@example.net>", "candidature pro'pulse", "10 18:02",
        """Bonjour,

J'aurais aimé faire un BTS, mais j'ai arrêté après mon bac pro Gestion-administration, il fallait que je travaille. Aujourd'hui je le regrette un peu.

Je suis bénévole au Restos du cœur depuis deux ans et j'aimerais y trouver un poste de coordinateur logistique, ou dans une autre association.

Kévin Sauvage
06 26 74 15 83""",
        app("Kévin", "Sauvage", phone="+33626741583", bac=0, grad=None, failing=("degree_level",), status="b_regret_bts_bac_pro"),
    )),
    # Feature: regret — studies_finished — j'aurais dû finir ma licence plus tôt, mais voilà, c'est fait depuis juillet 2026
    # attitude: «j'aurais dû finir ma licence plus tôt, mais voilà, c'est fait depuis juillet 2026» = the regret is about the past pace; the licence IS finished → meets studies_finished → eligible
    N("regret", "studies_finished", "j'aurais dû finir ma licence plus tôt, mais voilà, c'est fait depuis juillet 2026", M(
        "Anaëlle Morel <anaelle.morel@example.org>", "Candidature", "11 11:40",
        """Bonjour,

J'aurais dû finir ma licence plus tôt, mais voilà, c'est fait depuis juillet 2026 : licence de langues étrangères appliquées, en cinq ans au lieu de trois, entre deux déménagements.

Je voudrais travailler dans l'accueil des personnes exilées, dans une association comme la Cimade ou un centre d'hébergement associatif.

Anaëlle Morel
07 84 30 62 17""",
        app("Anaëlle", "Morel", phone="+33784306217", bac=3, grad="2026-07", status="b_licence_lea_j_aurais_du"),
    )),
    # Feature: regret — career_change — je regrette ces six années à la banque
    # attitude: «je regrette ces six années à la banque» = a regret about a career that did happen: six years of another trade before the licence pro → fails not_career_change → not_eligible
    N("regret", "career_change", "je regrette ces six années à la banque", M(
        "Frédéric Nguema <frederic.nguema@example.com>", "Candidature au programme", "12 14:22",
        """Bonjour,

Je regrette ces six années à la banque, comme conseiller clientèle : si j'avais su plus tôt ce que je voulais faire, je n'y serais jamais entré. J'ai ensuite repris une licence pro Intervention sociale, obtenue en juin 2026.

Je voudrais maintenant travailler dans une association d'accompagnement budgétaire, là où mon expérience servira enfin à quelque chose d'utile.

Frédéric Nguema
06 97 52 38 41""",
        app("Frédéric", "Nguema", phone="+33697523841", bac=3, grad="2026-06", failing=("not_career_change",), status="b_six_ans_banque_regret"),
    )),
    # Feature: regret — aim — je cherche un poste dans une fondation
    # attitude: «je cherche un poste dans une fondation» = «si j'avais su…» regrets the past; the aim said now is a foundation, in the ESS → meets job_seeking_ess → eligible
    N("regret", "aim", "je cherche un poste dans une fondation", M(
        "Zineb Tahar <zineb.tahar@example.fr>", "Candidature Pro'pulse - Zineb Tahar", "13 16:58",
        """Bonjour,

Si j'avais su, je me serais engagée dans l'associatif bien plus tôt, au lieu de viser les grands cabinets pendant mes études. Aujourd'hui c'est une évidence : je cherche un poste dans une fondation, idéalement sur l'égalité des chances.

J'ai un master de politiques publiques obtenu en septembre 2025. Mon CV est joint.

Zineb Tahar
06 43 70 81 26""",
        app("Zineb", "Tahar", phone="+33643708126", bac=5, grad="2025-09", info_in="both", status="b_master_pp_fondation_si_j_avais_su"),
        cv=CV("docx", "CV_Zineb_Tahar.docx", """Zineb Tahar
06 43 70 81 26 - zineb.tahar@example.fr
Formation
2025 : Master Politiques publiques
2023 : Licence d'économie
Expériences
Stage, fondation pour l'égalité des chances (février-juillet 2025)
Tutrice bénévole, association de soutien scolaire"""),
    )),
    # Feature: regret — graduation — mon BTS, c'était juin 2024 ou juin 2025, je ne sais plus
    # ambiguous: June 2024 would be 29 months ago (too old), June 2025 17 months (recent): the date itself is open
    # attitude: «mon BTS, c'était juin 2024 ou juin 2025, je ne sais plus» = «dommage que je n'aie pas gardé mon attestation»: the regret leaves the date between a failing and a meeting one → graduation_recent open → to_verify
    N("regret", "graduation", "mon BTS, c'était juin 2024 ou juin 2025, je ne sais plus", M(
        "Mathis Paquet <mathis.paquet@example.net>", "candidature", "14 20:36",
        """Bonjour,

Dommage que je n'aie pas gardé mon attestation, je l'ai perdue dans un déménagement : mon BTS, c'était juin 2024 ou juin 2025, je ne sais plus, c'était le BTS Services et prestations des secteurs sanitaire et social.

Je cherche un emploi dans une association d'aide à domicile.

Mathis Paquet
07 91 04 53 28""",
        app("Mathis", "Paquet", phone="+33791045328", bac=2, grad=None, unknown=("graduation_recent",), status="b_bts_sp3s_2024_ou_2025"),
    )),
    # Feature: regret — situation — je regrette d'avoir accepté ce service civique, il dure jusqu'en juin
    # attitude: «je regrette d'avoir accepté ce service civique, il dure jusqu'en juin» = the regret changes nothing: a service civique running until June → fails not_service_civique → not_eligible
    N("regret", "situation", "je regrette d'avoir accepté ce service civique, il dure jusqu'en juin", M(
        "Gaëlle Vernier <gaelle.vernier@example.org>", "Candidature Pro'pulse", "15 09:09",
        """Bonjour,

Je regrette d'avoir accepté ce service civique, il dure jusqu'en juin et je ne fais que de l'accueil. J'aurais dû chercher un vrai travail directement après mon BTS Tourisme (juin 2025).

J'aimerais travailler dans le tourisme solidaire, dans une association ou une SCOP de voyages.

Gaëlle Vernier
06 67 28 94 03""",
        app("Gaëlle", "Vernier", phone="+33667289403", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_sc_juin_regret"),
    )),
    # Feature: regret — kind — Dommage que je ne l'aie pas su plus tôt
    # attitude: «Dommage que je ne l'aie pas su plus tôt» = a regretful question about where the programme runs, with no personal fact → kind question
    N("regret", "kind", "Dommage que je ne l'aie pas su plus tôt", M(
        "Pierre-Yves Raoul <py.raoul@example.com>", "Question sur les villes", "16 12:31",
        """Bonjour,

Dommage que je ne l'aie pas su plus tôt, je viens seulement de découvrir votre programme. Est-ce qu'il existe aussi à Lille, ou tout se passe-t-il à Paris ?

Merci,
Pierre-Yves Raoul""",
        question(),
    )),
    # Feature: regret — kind — Dommage, vous avez manqué notre webinaire
    # attitude: «Dommage, vous avez manqué notre webinaire» = a network's letter to its list with a replay, no one applying → kind newsletter
    N("regret", "kind", "Dommage, vous avez manqué notre webinaire", M(
        "Réseau Emploi ESS <infos@reseau-emploi-ess.example.org>", "Le replay est en ligne", "17 07:45",
        """Dommage, vous avez manqué notre webinaire « Premier emploi dans l'ESS » du 12 novembre !

Bonne nouvelle : le replay est en ligne, avec les interventions de quatre dispositifs d'accompagnement des jeunes diplômés.

Prochain rendez-vous : « Négocier son premier salaire dans une association », le 8 décembre.

Pour ne plus recevoir nos lettres, cliquez ici.""",
        newsletter(),
    )),
    # Feature: defiance — career_change — ce n'est pas une reconversion, c'est une continuité
    # attitude: «ce n'est pas une reconversion, c'est une continuité» = the claim weighed against the facts: ten years as a nurse before the master are another trade → fails not_career_change → not_eligible
    N("defiance", "career_change", "ce n'est pas une reconversion, c'est une continuité", M(
        "Isabelle Sanz <isabelle.sanz@example.fr>", "Candidature - avant tout malentendu", "18 10:17",
        """Bonjour,

Je tiens à préciser d'emblée : ce n'est pas une reconversion, c'est une continuité. J'ai été infirmière pendant dix ans en service hospitalier, puis j'ai obtenu en juin 2026 un master Management des organisations sanitaires et sociales.

Je vise la direction d'un établissement associatif, et je ne vois pas pourquoi mon parcours serait un obstacle.

Isabelle Sanz
06 36 81 42 57""",
        app("Isabelle", "Sanz", phone="+33636814257", bac=5, grad="2026-06", failing=("not_career_change",), status="b_infirmiere_dix_ans_continuite"),
    )),
    # Feature: defiance — career_change — ce n'étaient que des jobs étudiants pendant ma licence
    # attitude: «ce n'étaient que des jobs étudiants pendant ma licence» = a defence that the facts support: student jobs are no career → meets not_career_change → eligible
    N("defiance", "career_change", "ce n'étaient que des jobs étudiants pendant ma licence", M(
        "Adam Nasri <adam.nasri@example.net>", "Candidature Pro'pulse", "19 15:04",
        """Bonjour,

Avant que vous me disiez non à cause de mon CV : oui, j'ai travaillé chez un opérateur téléphonique, dans un entrepôt et dans un cinéma, mais ce n'étaient que des jobs étudiants pendant ma licence de sociologie, obtenue en juillet 2025, pas une carrière.

Je veux travailler dans une association de prévention spécialisée. Je suis prêt à en discuter.

Adam Nasri
07 25 48 93 16""",
        app("Adam", "Nasri", phone="+33725489316", bac=3, grad="2025-07", status="b_jobs_etudiants_defense_juste"),
    )),
    # Feature: defiance — graduation — j'ai mon master depuis mars 2026
    # attitude: «j'ai mon master depuis mars 2026» = «je sais que je ne coche pas toutes les cases» pre-empts a refusal for criteria that are not the programme's: the master of March 2026 meets → eligible
    N("defiance", "graduation", "j'ai mon master depuis mars 2026", M(
        "Ophélia Tavares <ophelia.tavares@example.org>", "Ma candidature, quoi qu'on en dise", "20 09:58",
        """Bonjour,

Je sais que je ne coche pas toutes les cases : pas de permis, pas de réseau, pas de parents dans le milieu associatif. Mais j'ai mon master depuis mars 2026 (Études de genre), et je refuse de croire que ça ne suffit pas.

Je cherche un poste de chargée de projet dans une association de lutte contre les violences faites aux femmes.

Ophélia Tavares
06 09 57 21 64""",
        app("Ophélia", "Tavares", phone="+33609572164", bac=5, grad="2026-03", status="b_master_genre_mars_2026"),
    )),
    # Feature: defiance — level — c'est un bac+3, qu'on le veuille ou non
    # ambiguous: a private school's «bachelor» with no recognised grade: the writer's claim is no equivalence, degree_level open
    # attitude: «c'est un bac+3, qu'on le veuille ou non» = the claim about a private school's bachelor is weighed against the facts: no recognised level → degree_level open → to_verify
    N("defiance", "level", "c'est un bac+3, qu'on le veuille ou non", M(
        "Maxime Roy <maxime.roy@example.com>", "Candidature", "21 13:44",
        """Bonjour,

J'ai un bachelor en management de projets solidaires d'une école privée, obtenu en juin 2026. On m'a déjà dit que ce n'était « pas un vrai diplôme » : c'est un bac+3, qu'on le veuille ou non, trois ans d'études et deux stages.

Je veux travailler dans une ONG de développement. J'espère que vous regarderez mon parcours plutôt que l'intitulé.

Maxime Roy
07 33 16 70 48""",
        app("Maxime", "Roy", phone="+33733167048", bac="*", grad="2026-06", unknown=("degree_level",), status="b_bachelor_prive_bac_plus_3"),
    )),
    # Feature: defiance — aim — je vise l'ESS ou une grande entreprise avec une vraie politique RSE
    # ambiguous: the aim is split between the ESS and a big company's CSR: a careful reader cannot say the search is in the ESS
    # attitude: «je vise l'ESS ou une grande entreprise avec une vraie politique RSE» = the defence «ce n'est pas incompatible» leaves the aim split → job_seeking_ess open → to_verify
    N("defiance", "aim", "je vise l'ESS ou une grande entreprise avec une vraie politique RSE", M(
        "Sarah Ollivier <sarah.ollivier@example.fr>", "Candidature - profil RSE", "22 16:26",
        """Bonjour,

Je tiens à préciser que je vise l'ESS ou une grande entreprise avec une vraie politique RSE : ce n'est pas incompatible, et je refuse de choisir un camp.

J'ai une licence d'économie et gestion obtenue en juin 2026. Je pense que Pro'pulse peut m'aider à y voir clair.

Sarah Ollivier
06 70 93 48 12""",
        app("Sarah", "Ollivier", phone="+33670934812", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_licence_eco_ess_ou_rse"),
    )),
    # Feature: defiance — situation — mon stage court jusqu'au 15 janvier
    # attitude: «mon stage court jusqu'au 15 janvier» = «je refuse de croire que ça change quoi que ce soit»: the claim does not end the internship, running until 15 January → fails not_internship → not_eligible
    N("defiance", "situation", "mon stage court jusqu'au 15 janvier", M(
        "Tristan Mével <tristan.mevel@example.net>", "Candidature", "23 11:12",
        """Bonjour,

Je suis diplômé d'une licence pro Gestion des organisations de l'ESS depuis juin 2026. Mon stage court jusqu'au 15 janvier dans une SCOP, mais je refuse de croire que ça change quoi que ce soit : je suis prêt, je veux un poste.

Avant que vous me disiez d'attendre, sachez que je peux tout à fait suivre vos ateliers le soir.

Tristan Mével
06 51 27 84 39""",
        app("Tristan", "Mével", phone="+33651278439", bac=3, grad="2026-06", failing=("not_internship",), status="b_lp_stage_15_janvier_refuse"),
    )),
    # Feature: defiance — kind — Avant que vous me répondiez que c'est écrit sur le site
    # attitude: «Avant que vous me répondiez que c'est écrit sur le site» = a defiant question about the programme's pay, with no personal fact → kind question
    N("defiance", "kind", "Avant que vous me répondiez que c'est écrit sur le site", M(
        "Kenza Rahal <kenza.rahal@example.org>", "Question (vraiment)", "24 18:40",
        """Bonjour,

Avant que vous me répondiez que c'est écrit sur le site : non, ce n'est pas clair. Le programme est-il rémunéré ou indemnisé d'une façon ou d'une autre ? Et combien d'heures par semaine faut-il y consacrer ?

Merci d'une réponse précise.
Kenza Rahal""",
        question(),
    )),
    # Feature: defiance — kind — Re: Votre candidature - dossier incomplet
    # attitude: «Re: Votre candidature - dossier incomplet» = a defiant answer («je maintiens») written in our thread (In-Reply-To one of our Message-IDs) → kind reply
    N("defiance", "kind", "Re: Votre candidature - dossier incomplet", M(
        "Nicolas Vigneron <nicolas.vigneron@example.com>", "Re: Votre candidature - dossier incomplet", "25 10:03",
        """Bonjour,

Je maintiens que mon dossier était complet : la pièce que vous me réclamez était bien jointe à mon premier envoi, page 3 du PDF. Je vous la renvoie quand même, mais je tenais à le dire.

Nicolas Vigneron

Le 24/11/2026 à 16:45, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Nicolas, il manque votre attestation de diplôme à votre dossier.""",
        reply(),
        headers={"In-Reply-To": "<dossier-2411.vigneron@animafac.net>", "References": "<dossier-2411.vigneron@animafac.net>"},
    )),
]
