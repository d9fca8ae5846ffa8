"""Typography corpus, batch 02 (writer A): gender avoided by rewording («titulaire d'un DEUST», «Statut
actuel : stagiaire», «Obtention du master», «une personne qui…», nominal CV lines); neopronouns («iel» about
a friend referred and about oneself, «toustes», «celleux», «Mx»); feminised titles and far agreements
(«Ma licence pro, je l'ai obtenue», «cheffe de rayon», «docteure», «l'ancienne volontaire»)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from typography import N

MESSAGES = [
    # Feature: epicene — level — Titulaire d'un DEUST Médiation et animation sociale
    # spelling: an epicene noun «Titulaire» carries the diploma and its level, a nominal date line → application; DEUST (bac+2) of June 2025, a search in social centres → eligible
    N("epicene", "level", "Titulaire d'un DEUST Médiation et animation sociale", M(
        "Charlie Baudry <charlie.baudry@example.fr>", "Candidature au programme", "11 09:40",
        """Bonjour,

Titulaire d'un DEUST Médiation et animation sociale (Université de Lorraine, obtention en juin 2025), je souhaite rejoindre Pro'pulse pour décrocher un premier poste de médiation dans un centre social ou une régie de quartier.

Charlie Baudry
03 83 27 64 10""",
        app("Charlie", "Baudry", phone="+33383276410", bac=2, grad="2025-06", status="titulaire_deust_mediation"),
    )),
    # Feature: epicene — situation — Statut actuel : stagiaire à la Ligue contre le cancer, convention jusqu'au 26 février 2027
    # spelling: nominal lines with epicene nouns («Statut actuel : stagiaire», «Profil : personne titulaire d'un master») → application; an internship running until 26 February 2027 → fails not_internship → not eligible
    N("epicene", "situation", "Statut actuel : stagiaire à la Ligue contre le cancer, convention jusqu'au 26 février 2027", M(
        "Claude Aubry <claude.aubry@example.org>", "Pro'pulse — présentation", "12 14:22",
        """Bonjour,

Quelques lignes pour me présenter :
Profil : personne titulaire d'un master Santé publique (Rennes, EHESP, 2026).
Statut actuel : stagiaire à la Ligue contre le cancer, convention jusqu'au 26 février 2027.
Recherche : un poste de chargé·e de prévention dans une association de santé, à partir de mars.

Claude Aubry
02 99 84 17 35""",
        app("Claude", "Aubry", phone="+33299841735", bac=5, grad="2026", failing=("not_internship",), status="statut_stagiaire_ligue_fevrier_2027"),
    )),
    # Feature: epicene — graduation — Obtention du master : 2024
    # ambiguous: a year alone in 2024 (the nominal CV line gives no month) — graduation_recent stays open
    # spelling: a nominal style with no participle, in the body and in the attached CV («Obtention du master : 2024») → application; a master of «2024» → graduation_recent open → to verify
    N("epicene", "graduation", "Obtention du master : 2024", M(
        "Maxime Dubreuil <maxime.dubreuil@example.fr>", "Candidature + CV", "13 11:03",
        """Bonjour,

Ci-joint mon CV. En résumé : master Gestion des organisations culturelles (Dijon). Obtention du master : 2024. Depuis, missions en régie pour des festivals associatifs. Recherche d'un poste de chargé·e de production dans une compagnie ou un lieu associatif.

Maxime Dubreuil
06 48 52 90 17""",
        app("Maxime", "Dubreuil", phone="+33648529017", bac=5, grad="2024", unknown=("graduation_recent",), status="obtention_master_2024"),
        cv=CV("docx", "Dubreuil_CV.docx", """Maxime Dubreuil
Formation
Master Gestion des organisations culturelles — Université de Bourgogne — obtention : 2024
Licence Arts du spectacle — 2022
Expérience
Régie de production, festival Les Nuits d'Orient (association), 2024-2026"""),
    )),
    # Feature: epicene — graduation — titulaire d'une licence de droit depuis 2021
    # spelling: «titulaire d'une licence de droit depuis 2021» with no participle, «la personne» the writer speaks of is the writer → application; a licence of 2021 → fails graduation_recent → not eligible
    N("epicene", "graduation", "titulaire d'une licence de droit depuis 2021", M(
        "Ange Cardon <ange.cardon@example.com>", "Votre programme", "14 16:18",
        """Bonjour,
Je suis la personne qui vous a appelés lundi : titulaire d'une licence de droit depuis 2021, j'ai travaillé deux ans en intérim et je voudrais maintenant entrer dans une association d'accès au droit.
Ange Cardon, 07 81 44 20 96""",
        app("Ange", "Cardon", phone="+33781442096", bac=3, grad="2021", failing=("graduation_recent",), status="titulaire_licence_droit_2021"),
    )),
    # Feature: epicene — studies_finished — Fin de cursus : soutenance le 2 octobre, diplôme délivré
    # spelling: a nominal style («Fin de cursus», «diplôme délivré») with no gendered participle → application; master defended on 2 October 2026 and awarded, an ESS aim → eligible
    N("epicene", "studies_finished", "Fin de cursus : soutenance le 2 octobre, diplôme délivré", M(
        "Alexis Gomis <alexis.gomis@example.fr>", "Candidature Pro'pulse", "15 10:12",
        """Bonjour,

Parcours : master Économie sociale, solidaire et innovation (Le Mans). Fin de cursus : soutenance le 2 octobre, diplôme délivré. Projet : un poste d'accompagnement de porteurs et porteuses de projets dans une couveuse ou une CAE.

Bien cordialement,
Alexis Gomis
+33 6 70 25 48 93""",
        app("Alexis", "Gomis", phone="+33670254893", bac=5, grad="2026-10", status="fin_de_cursus_nominal"),
    )),
    # Feature: epicene — career_change — une personne qui a travaillé quelques années dans la vente
    # ambiguous: «quelques années» of sales before the BUT, the length unsaid — not_career_change stays open
    # spelling: the writer speaks of «une personne qui…» and then says it is her or him → application; a job of unsaid length before the BUT → not_career_change open → to verify
    N("epicene", "career_change", "une personne qui a travaillé quelques années dans la vente", M(
        "Eli Fontaine <eli.fontaine@example.net>", "Candidature — profil atypique", "16 19:47",
        """Bonjour,

Vous cherchez des jeunes diplômés ; je suis plutôt une personne qui a travaillé quelques années dans la vente avant de reprendre des études. J'ai obtenu mon BUT Gestion administrative et commerciale des organisations en juin 2026 et je voudrais travailler dans une mutuelle ou une coopérative.

Eli Fontaine
06.14.62.73.88""",
        app("Eli", "Fontaine", phone="+33614627388", bac=3, grad="2026-06", unknown=("not_career_change",), status="personne_quelques_annees_vente"),
    )),
    # Feature: epicene — kind — Les personnes titulaires d'un titre professionnel
    # spelling: epicene «Les personnes titulaires», «toute personne» in a general question → question
    N("epicene", "kind", "Les personnes titulaires d'un titre professionnel", M(
        "Mission Emploi Solidaire <contact@mes-exemple.example.org>", "Question éligibilité", "17 08:50",
        """Bonjour,

Les personnes titulaires d'un titre professionnel de niveau 5 peuvent-elles candidater ? Nous accompagnons plusieurs jeunes concernés et voudrions savoir avant de leur en parler.

Cordialement,
L'équipe de Mission Emploi Solidaire""",
        question(),
    )),
    # Feature: epicene — kind — la personne destinataire est introuvable
    # spelling: a server's delivery report in epicene French («la personne destinataire») → bounce of the address it failed to reach
    N("epicene", "kind", "la personne destinataire est introuvable", M(
        "Mail Delivery System <mailer-daemon@mx.example.fr>", "Non remis : Votre candidature à Pro'pulse", "18 03:12",
        """Votre message n'a pas pu être remis : la personne destinataire est introuvable sur ce serveur.

Adresse : s.delaunay@example.fr
Erreur : 550 5.1.1 boîte aux lettres inexistante""",
        bounce("s.delaunay@example.fr"),
        bounce="""Reporting-MTA: dns; mx.example.fr
Final-Recipient: rfc822; s.delaunay@example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable""",
    )),
    # Feature: epicene — kind — Toute personne titulaire du bac
    # spelling: epicene «Toute personne titulaire» in a bulk training advert addressed to us, nobody applying → other
    N("epicene", "kind", "Toute personne titulaire du bac", M(
        "FormaPlus <info@formaplus-exemple.example.com>", "Formation certifiante financée CPF", "19 07:15",
        """Bonjour,

Toute personne titulaire du bac peut suivre notre formation « Assistant·e RH » 100 % en ligne, financée par le CPF. Places limitées !

Répondez OUI pour être rappelé·e.
FormaPlus""",
        other(),
    )),
    # Feature: neopronouns — situation — iel a terminé son service civique à la Croix-Rouge le 31 octobre
    # spelling: a friend refers a non-binary person with «iel» and agreements with «·» («diplômé·e», «motivé·e») → application (referral: the friend in forwarded_by, the applicant's address); a civic service ended on 31 October, BTS of 2025 → eligible
    N("neopronouns", "situation", "iel a terminé son service civique à la Croix-Rouge le 31 octobre", M(
        "Inès Carrère <ines.carrere@example.fr>", "Pour mon ami·e Ode", "11 21:05",
        """Bonjour,

Je vous écris pour Ode Bazin, qui utilise le pronom iel. Iel est diplômé·e d'un BTS Économie sociale familiale (juillet 2025) et iel a terminé son service civique à la Croix-Rouge le 31 octobre. Iel cherche maintenant un poste de conseiller·e dans une association d'aide aux familles et n'ose pas vous écrire, alors je le fais ! Iel est d'accord.

Son mail : ode.bazin@example.fr — son numéro : 06 50 28 19 74.

Merci !
Inès Carrère""",
        app("Ode", "Bazin", phone="+33650281974", bac=2, grad="2025-07", email="ode.bazin@example.fr", forwarded_by="ines.carrere@example.fr", status="iel_ami_sc_croix_rouge_fini"),
    )),
    # Feature: neopronouns — studies_finished — iel est en M2, soutenance prévue en juin 2027
    # spelling: the writer presents herself or himself in the third person with «iel», as on a signature card → application; an M2 running with a defence in June 2027, licence of 2025 → fails studies_finished → not eligible
    N("neopronouns", "studies_finished", "iel est en M2, soutenance prévue en juin 2027", M(
        "Andy Kerbrat <andy.kerbrat@example.org>", "Présentation — Andy (iel)", "12 13:30",
        """Bonjour,

Je me présente comme je le fais sur mon site : « Andy Kerbrat, pronom iel. Licencié·e en sciences de l'éducation (2025), iel est en M2, soutenance prévue en juin 2027. Iel s'intéresse à l'éducation populaire et aux tiers-lieux. »

Je cherche un emploi à mi-temps dans une asso en parallèle du M2. Est-ce possible avec vous ?

Andy — 07 23 56 81 40""",
        app("Andy", "Kerbrat", phone="+33723568140", bac=3, grad="2025-06", failing=("studies_finished",), status="iel_m2_soutenance_juin_2027"),
    )),
    # Feature: neopronouns — aim — un job, asso ou entreprise, peu importe
    # ambiguous: a non-binary writer speaks for celleux of their collective and for themself, «asso ou entreprise, peu importe» — job_seeking_ess stays open
    # spelling: «j'utilise iel», «celleux», agreements with «·» («diplômé·e») → application; licence of June 2026, a search with no sector → job_seeking_ess open → to verify
    N("neopronouns", "aim", "un job, asso ou entreprise, peu importe", M(
        "Élie Castaing <elie.castaing@example.com>", "candidature", "13 22:47",
        """salut,

j'utilise iel. diplômé·e d'une licence info-com (Bordeaux, juin 2026). avec celleux de mon collectif on fait des vidéos pour des assos, mais là il me faut un job, asso ou entreprise, peu importe, tant que c'est de la com.

élie
06 66 19 03 72""",
        app("Élie", "Castaing", phone="+33666190372", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="iel_com_asso_ou_entreprise"),
    )),
    # Feature: neopronouns — career_change — iel a été chauffeur·e poids lourd pendant huit ans
    # spelling: a sister refers her non-binary sibling, «lae cadet·te», with «iel» and «·» agreements; «chauffeur·e» carries the career before → application (referral: the sibling in forwarded_by, the applicant's address); eight years of driving before the BUT → fails not_career_change → not eligible
    N("neopronouns", "career_change", "iel a été chauffeur·e poids lourd pendant huit ans", M(
        "Romane Devaux <romane.devaux@example.fr>", "Candidature pour Tal Devaux", "14 18:26",
        """Bonjour,

Lae cadet·te de la famille, Tal Devaux, voudrait rejoindre Pro'pulse. Avant de reprendre ses études, iel a été chauffeur·e poids lourd pendant huit ans, puis iel a obtenu un BUT Carrières sociales en juin 2026. Iel vise un poste dans une association de mobilité solidaire (garage solidaire, auto-école sociale).

Tal : tal.devaux@example.fr, 06 39 82 47 11.

Romane""",
        app("Tal", "Devaux", phone="+33639824711", bac=3, grad="2026-06", failing=("not_career_change",), email="tal.devaux@example.fr", forwarded_by="romane.devaux@example.fr", status="cadet_te_chauffeur_e_8_ans"),
    )),
    # Feature: neopronouns — aim — toustes les membres m'ont encouragé·e à travailler dans le réemploi
    # spelling: «toustes», «encouragé·e», the writer non-binary («je suis non-binaire») → application; BTS of June 2026, an aim in the reuse sector (a ressourcerie) → eligible
    N("neopronouns", "aim", "toustes les membres m'ont encouragé·e à travailler dans le réemploi", M(
        "Lior Benayoun <lior.benayoun@example.fr>", "Rejoindre Pro'pulse", "15 12:40",
        """Bonjour,

Je suis non-binaire et j'utilise iel. J'ai obtenu mon BTS Management des unités commerciales en juin 2026, et pendant deux ans j'ai été bénévole dans une ressourcerie à Montreuil : toustes les membres m'ont encouragé·e à travailler dans le réemploi. C'est ce que je veux faire, comme responsable de boutique solidaire.

Lior Benayoun
06 18 40 75 23""",
        app("Lior", "Benayoun", phone="+33618407523", bac=2, grad="2026-06", status="toustes_reemploi_bts_2026"),
    )),
    # Feature: neopronouns — level — iel n'a que le bac
    # spelling: «iel» about a cousin referred, the writer's own facts (a master) beside → application (referral: the cousin's facts decide); a bac alone and an unfinished L1 → fails degree_level → not eligible
    N("neopronouns", "level", "iel n'a que le bac", M(
        "Fanny Allard <fanny.allard@example.org>", "Pro'pulse pour mon cousin·e ?", "16 09:58",
        """Bonjour,

Je suis moi-même passée par Pro'pulse en 2024 (master de 2023) et je voudrais vous présenter Sam Dufresne, mon cousin·e, qui utilise iel. Iel a quitté la fac après une L1 de psycho ; iel n'a que le bac, mais iel est bénévole depuis trois ans au Secours populaire et voudrait en faire son métier.

Sam : sam.dufresne@example.com, 07 64 30 15 98.

Fanny Allard""",
        app("Sam", "Dufresne", phone="+33764301598", bac=0, grad=None, failing=("degree_level",), email="sam.dufresne@example.com", forwarded_by="fanny.allard@example.org", status="iel_cousin_e_bac_seul"),
    )),
    # Feature: neopronouns — kind — pour info j'utilise iel
    # spelling: «j'utilise iel», «inscrit·e» in our thread (In-Reply-To to our mail) → reply
    N("neopronouns", "kind", "pour info j'utilise iel", M(
        "Noam Chérif <noam.cherif@example.fr>", "Re: Confirmation de votre rendez-vous", "17 10:21",
        """Bonjour,

C'est noté pour jeudi 14 h, merci. Et pour info j'utilise iel : pourriez-vous corriger le « Monsieur » sur ma fiche ?

Noam

> Bonjour Monsieur Chérif, votre rendez-vous est confirmé le jeudi 19 novembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-2026-11-16.noam@animafac.net>"},
    )),
    # Feature: neopronouns — kind — Mx Fabre (iel) est en congé
    # spelling: «Mx», «iel» and «joignable» in an out-of-office notice with Auto-Submitted → auto_reply
    N("neopronouns", "kind", "Mx Fabre (iel) est en congé", M(
        "Dominique Fabre <d.fabre@tierslieu-exemple.example.org>", "Absence : Re: Partenariat ateliers", "18 08:00",
        """Bonjour,

Mx Fabre (iel) est en congé jusqu'au 7 décembre. Iel lira vos messages à son retour. Pour le planning des ateliers, écrivez à accueil@tierslieu-exemple.example.org.

— message automatique —""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: feminised_titles — graduation — Ma licence pro, je l'ai obtenue en juillet 2025
    # spelling: a participle agreed far from its noun («Ma licence pro, je l'ai obtenue») carries the date → application; licence pro of July 2025, an ESS aim → eligible
    N("feminised_titles", "graduation", "Ma licence pro, je l'ai obtenue en juillet 2025", M(
        "Sophie Briand <sophie.briand@example.fr>", "Candidature", "11 17:33",
        """Bonjour,

Ma licence pro, je l'ai obtenue en juillet 2025 à l'IUT de Lannion, en Métiers de l'animation sociale. Depuis, petits contrats d'animatrice périscolaire. Je voudrais devenir coordinatrice dans une fédération d'éducation populaire.

Sophie Briand
02 96 48 73 15""",
        app("Sophie", "Briand", phone="+33296487315", bac=3, grad="2025-07", status="licence_pro_je_l_ai_obtenue_2025"),
    )),
    # Feature: feminised_titles — career_change — cheffe de rayon chez Carrefour pendant sept ans
    # spelling: the feminised «cheffe de rayon» carries seven years of another trade → application; a career of seven years before the master → fails not_career_change → not eligible
    N("feminised_titles", "career_change", "cheffe de rayon chez Carrefour pendant sept ans", M(
        "Nadia Ferreira <nadia.ferreira@example.com>", "Reconversion — master ESS", "12 20:10",
        """Madame, Monsieur,

J'ai été cheffe de rayon chez Carrefour pendant sept ans avant de reprendre un master ESS en formation continue, obtenu en septembre 2026 à l'université de Valenciennes. Je cherche un poste de responsable d'épicerie solidaire.

Nadia Ferreira
06 58 71 22 09""",
        app("Nadia", "Ferreira", phone="+33658712209", bac=5, grad="2026-09", failing=("not_career_change",), status="cheffe_de_rayon_7_ans"),
    )),
    # Feature: feminised_titles — level — Cette formation de coordinatrice, je l'ai terminée en juin
    # ambiguous: a private school's «bachelor» whose level she does not know herself — degree_level stays open
    # spelling: a far agreement («Cette formation de coordinatrice, je l'ai terminée») and a feminised role on a diploma of open level → application; a private bachelor of June 2026 → degree_level open → to verify
    N("feminised_titles", "level", "Cette formation de coordinatrice, je l'ai terminée en juin", M(
        "Laure Gauthier <laure.gauthier@example.fr>", "Pro'pulse", "13 15:46",
        """Bonjour,

J'ai fait un « bachelor Coordinatrice de projets solidaires » dans une école privée à Lyon. Cette formation de coordinatrice, je l'ai terminée en juin, mais je ne sais pas si elle vaut une licence (on ne m'a jamais parlé de grade). Je voudrais travailler dans une ONG de solidarité internationale.

Laure Gauthier
06 31 05 86 42""",
        app("Laure", "Gauthier", phone="+33631058642", bac="*", grad="2026-06", unknown=("degree_level",), status="bachelor_coordinatrice_prive"),
    )),
    # Feature: feminised_titles — graduation — docteure en sociologie depuis 2021
    # spelling: the feminised «docteure» carries the doctorate and its year → application; a doctorate of 2021 → fails graduation_recent → not eligible
    N("feminised_titles", "graduation", "docteure en sociologie depuis 2021", M(
        "Hélène Jacquet <helene.jacquet@example.org>", "Candidature — docteure", "14 11:57",
        """Bonjour,

Je suis docteure en sociologie depuis 2021 (thèse sur les coopératives d'habitants). Après trois ans de postdoc, je souhaite quitter la recherche et rejoindre une structure de l'ESS. Votre programme peut-il m'aider ?

Hélène Jacquet
04 76 52 38 11""",
        app("Hélène", "Jacquet", phone="+33476523811", bac=8, grad="2021", failing=("graduation_recent",), status="docteure_2021"),
    )),
    # Feature: feminised_titles — situation — l'ancienne volontaire de Concordia, c'est moi : ma mission s'est terminée le 15 octobre
    # spelling: the feminine «l'ancienne volontaire» carries the civic service over, «terminée» agreed with «mission» → application; civic service ended 15 October 2026, BTS of 2025 → eligible
    N("feminised_titles", "situation", "l'ancienne volontaire de Concordia, c'est moi : ma mission s'est terminée le 15 octobre", M(
        "Clémence Bouchard <clemence.bouchard@example.fr>", "Suite à votre intervention à Concordia", "15 18:02",
        """Bonjour,

Vous êtes venus présenter Pro'pulse à Concordia en septembre ; l'ancienne volontaire de Concordia, c'est moi : ma mission s'est terminée le 15 octobre. J'ai un BTS Tourisme (juin 2025) et je voudrais travailler dans les chantiers internationaux de bénévoles ou le tourisme solidaire.

Clémence Bouchard
07 70 23 48 65""",
        app("Clémence", "Bouchard", phone="+33770234865", bac=2, grad="2025-06", status="ancienne_volontaire_concordia"),
    )),
    # Feature: feminised_titles — studies_finished — ma soutenance, je l'ai passée le 20 novembre
    # ambiguous: the defence is behind her, the final grades are not yet published — studies_finished stays open
    # spelling: a far agreement «ma soutenance, je l'ai passée», the feminised «rapporteure» of her jury → application; results awaited after the defence → studies_finished open → to verify
    N("feminised_titles", "studies_finished", "ma soutenance, je l'ai passée le 20 novembre", M(
        "Agathe Da Silva <agathe.dasilva@example.com>", "Candidature Pro'pulse — M2 IDS", "21 19:14",
        """Bonjour,

Je termine un M2 Innovation et développement social à Toulouse : ma soutenance, je l'ai passée le 20 novembre, et la rapporteure m'a dit que c'était bien parti, mais les notes du semestre ne seront publiées qu'en décembre. Je cherche un poste de chargée d'études dans une fédération associative.

Agathe Da Silva
05 61 28 90 47""",
        app("Agathe", "Da Silva", phone="+33561289047", bac=5, grad=None, unknown=("studies_finished",), status="soutenance_passee_notes_decembre"),
    )),
    # Feature: feminised_titles — kind — notre nouvelle directrice
    # spelling: feminised titles («notre nouvelle directrice», «autrice», «cheffe de projet») in a network's letter with List-Unsubscribe → newsletter
    N("feminised_titles", "kind", "notre nouvelle directrice", M(
        "Réseau Cocagne Nord <lettre@cocagne-nord.example.org>", "Les nouvelles du Réseau — novembre", "16 06:30",
        """Les nouvelles du Réseau — novembre 2026

Bienvenue à notre nouvelle directrice, Salomé Henry, ancienne cheffe de projet au jardin de Lomme. Rencontre avec l'autrice du « Guide du maraîchage d'insertion » le 10 décembre à Lille.

Vous recevez cette lettre car vous êtes partenaire du Réseau. Se désinscrire : https://cocagne-nord.example.org/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cocagne-nord.example.org/stop>", "Precedence": "bulk"},
    )),
    # Feature: feminised_titles — kind — je suis ingénieure pédagogique
    # spelling: the feminised «ingénieure pédagogique» in a partner's offer of a workshop, no application → other
    N("feminised_titles", "kind", "je suis ingénieure pédagogique", M(
        "Martine Lacombe <m.lacombe@cooperative-formation.example.coop>", "Proposition d'atelier pour vos participant·es", "17 14:14",
        """Bonjour,

Je suis ingénieure pédagogique dans une coopérative de formation et je propose des ateliers gratuits « Se présenter en 2 minutes » aux jeunes accompagnés par des associations. Seriez-vous intéressés pour décembre ou janvier ?

Martine Lacombe
Cheffe de projet — Coopérative Apprendre Ensemble""",
        other(),
    )),
]
