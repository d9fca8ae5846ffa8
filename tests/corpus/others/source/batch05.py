"""Others corpus, batch 05 (writer B): siblings with their own facts, elders (parents, uncles, grandparents)
with their careers and associations, partners and flatmates with their situations and contacts; other mail
that names them too (a question about a sister not presented as applying, a reply in our thread, an
auto-reply naming a colleague, a bounce, a question about a flatmate, a newsletter of stories)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from others import N

MESSAGES = [
    # Feature: sibling — situation — moi je suis diplômée depuis juin 2025
    # others: «mon petit frère Timéo est en stage de fin d'études dans une mutuelle» = the brother's internship, not the writer's → not_internship met (silence for the writer) → eligible
    N("sibling", "situation", "moi je suis diplômée depuis juin 2025", M(
        "Jade Vautrin <jade.vautrin@example.org>", "DUT Carrières sociales - candidature", "02 15:52",
        """Bonjour,

Je vous écris un peu grâce à mon petit frère : mon petit frère Timéo est en stage de fin d'études dans une mutuelle à Nantes et c'est son tuteur qui lui a parlé de votre programme.

Moi je suis diplômée depuis juin 2025, DUT Carrières sociales option animation. Depuis, j'ai fait des remplacements en centre de loisirs et je cherche maintenant un vrai poste d'animatrice dans une association d'éducation populaire.

Je joins mon CV. Est-ce que je peux candidater ?

Merci,
Jade Vautrin
06 21 44 30 87""",
        app("Jade", "Vautrin", phone="+33621443087", bac=2, grad="2025-06", info_in="both", status="b_frere_stage_moi_dut"),
        cv=CV("pdf", "CV_Jade_Vautrin.pdf", """Jade Vautrin
Animatrice socioculturelle
DUT Carrières sociales, option animation sociale et socioculturelle — IUT de Nantes, juin 2025
Remplacements en accueil de loisirs, juillet 2025 – octobre 2026
BAFA
jade.vautrin@example.org — 06 21 44 30 87"""),
    )),
    # Feature: sibling — graduation — mon DUT, je l'ai eu en 2021
    # others: «mon frère vient d'avoir son BTS, en juillet dernier» = the brother's recent diploma, not the writer's → the writer's DUT of 2021 fails graduation_recent → not_eligible
    N("sibling", "graduation", "mon DUT, je l'ai eu en 2021", M(
        "Nassim Belkacem <nassim.belk@example.net>", "inscription", "03 21:47",
        """Bonsoir,

mon frère vient d'avoir son BTS, en juillet dernier, et il m'a dit que votre programme était fait pour les jeunes diplômés. Du coup je tente aussi.

Mon DUT, je l'ai eu en 2021 (Techniques de commercialisation, à Créteil). Depuis j'ai bossé en intérim et là je voudrais travailler dans une association d'insertion, côté accompagnement.

Vous pensez que c'est possible pour moi ?

Nassim Belkacem
07 52 18 64 09""",
        app("Nassim", "Belkacem", phone="+33752186409", bac=2, grad="2021", failing=("graduation_recent",), status="b_frere_bts_moi_dut_2021"),
    )),
    # Feature: sibling — studies_finished — moi c'est presque pareil
    # ambiguous: «presque pareil» copies the brother's finished M2 only in part: «il me reste une petite chose à régler avec la fac» may be a missing grade or paperwork; whether the writer's studies are over is not said
    # others: «mon grand frère Matthieu a soutenu son mémoire de M2 en septembre» = the brother's defence, copied only «presque» → studies_finished and graduation_recent open → to_verify
    N("sibling", "studies_finished", "moi c'est presque pareil", M(
        "Apolline Ferrandi <apolline.ferrandi@example.com>", "Demande d'informations / candidature", "04 09:02",
        """Bonjour Madame, Monsieur,

Mon grand frère Matthieu a soutenu son mémoire de M2 en septembre et il a trouvé un poste tout de suite. Moi c'est presque pareil : je suis en M2 de sociologie à Aix, il me reste une petite chose à régler avec la fac et après je serai libre.

J'aimerais beaucoup rejoindre Pro'pulse pour trouver un emploi dans une fondation ou une association qui travaille sur le logement. Est-ce que ma candidature a une chance ?

Bien cordialement,
Apolline Ferrandi""",
        app("Apolline", "Ferrandi", phone=None, bac=5, grad=None, unknown=("graduation_recent", "studies_finished"), status="b_frere_m2_moi_presque"),
    )),
    # Feature: sibling — identity — c'est le 06 33 71 29 54 qu'il faut appeler en priorité
    # others: «ma sœur Maëlys répond au 07 81 40 66 12» = the sister's phone, a second contact → the applicant's phone is her own → eligible
    N("sibling", "identity", "c'est le 06 33 71 29 54 qu'il faut appeler en priorité", M(
        "Tiphaine Le Gall <tiphaine.legall@example.fr>", "candidature Tiphaine Le Gall", "05 14:30",
        """Bonjour,

Je souhaite m'inscrire à Pro'pulse. J'ai obtenu ma licence professionnelle Coordination de projets en économie sociale et solidaire en juin 2026 et je cherche un poste de chargée de projet dans une SCOP ou une association.

Je change souvent de téléphone en ce moment (il est cassé), donc si vous n'arrivez pas à me joindre, ma sœur Maëlys répond au 07 81 40 66 12, on habite ensemble. Mais c'est le 06 33 71 29 54 qu'il faut appeler en priorité.

Merci d'avance !
Tiphaine""",
        app("Tiphaine", "Le Gall", phone="+33633712954", bac=3, grad="2026-06", status="b_soeur_telephone_second"),
    )),
    # Feature: sibling — situation — moi je suis en stage jusqu'en février
    # others: «ma sœur a fini son stage à la mutuelle le mois dernier» = the sister's ended stage → the writer's own stage running until February fails not_internship → not_eligible
    N("sibling", "situation", "moi je suis en stage jusqu'en février", M(
        "Adama Koné <adama.kone@example.org>", "Pro'pulse", "06 12:55",
        """Bonjour,

Ma sœur a fini son stage à la mutuelle le mois dernier et elle cherche du travail, elle va sûrement vous écrire aussi. Moi je suis en stage jusqu'en février dans une épicerie solidaire, dans le cadre de ma licence pro.

Je voudrais savoir si je peux déjà candidater pour la prochaine session, parce que je voudrais rester dans l'ESS après.

Adama""",
        app("Adama", "Koné", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_soeur_stage_fini_moi_en_cours"),
    )),
    # Feature: sibling — level — I finished my HND in June 2025
    # others: «my brother is on a placement at a bank» = the brother's internship and bank, not the writer's → an HND (bac+2) of June 2025 and a charity aim → eligible
    N("sibling", "level", "I finished my HND in June 2025", M(
        "Declan Nwosu <declan.nwosu@example.com>", "Joining your programme", "07 11:03",
        """Hello,

I'm writing from Lille, where I moved with my brother. He's the reason we're here: my brother is on a placement at a bank for six months. I'm not, I'm looking for a job.

I finished my HND in June 2025 (Business, in Manchester) and I'd like to work for a charity or a social co-op, ideally in community food projects. My French is good enough for work.

Could I join your programme?

Best,
Declan Nwosu
+44 7700 900418""",
        app("Declan", "Nwosu", phone="+447700900418", bac=2, grad="2025-06", language="en", status="b_brother_placement_me_hnd"),
    )),
    # Feature: sibling — kind — ma sœur, qui est en licence pro
    # others: «ma sœur, qui est en licence pro» = a sister mentioned, not presented as applying (the writer asks for information) → kind question
    N("sibling", "kind", "ma sœur, qui est en licence pro", M(
        "Mélina Costa <melina.costa@example.net>", "question sur les conditions", "08 11:05",
        """Bonjour,

Je me renseigne pour ma sœur, qui est en licence pro et finit en juin : est-ce que votre programme accepte les personnes qui ont un contrat en alternance, ou faut-il avoir terminé complètement ?

Elle n'est pas encore décidée, je voulais juste savoir comment ça marche.

Merci,
Mélina""",
        question(),
    )),
    # Feature: sibling — kind — je transmets à mon frère
    # others: «je transmets à mon frère» = the brother named in a thank-you in our thread → kind reply
    N("sibling", "kind", "je transmets à mon frère", M(
        "Ilan Dahan <ilan.dahan@example.org>", "Re: Votre question sur Pro'pulse", "09 08:40",
        """Merci beaucoup pour la réponse rapide, je transmets à mon frère, c'est lui qui vous écrira pour son dossier.

Bonne journée,
Ilan

Le 8 nov. 2026 à 17:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, oui, les candidatures restent ouvertes jusqu'au 15 décembre.""",
        reply(),
        headers={"In-Reply-To": "<q-0811-dahan@animafac.net>", "References": "<q-0811-dahan@animafac.net>"},
    )),
    # Feature: family_elder — career_change — moi j'ai enchaîné directement après le bac
    # others: «mon oncle, ancien militaire, est devenu éducateur à 45 ans» = the uncle's career change, not the writer's → the writer went straight from the bac to a BUT (2025) → eligible
    N("family_elder", "career_change", "moi j'ai enchaîné directement après le bac", M(
        "Noémie Vasseur <noemie.vasseur@example.fr>", "Candidature", "09 18:33",
        """Bonjour,

Dans ma famille on connaît bien l'ESS : mon oncle, ancien militaire, est devenu éducateur à 45 ans dans un centre social. C'est un peu son exemple qui m'a donné envie.

Moi j'ai enchaîné directement après le bac : BUT Gestion des entreprises et des administrations, obtenu en juin 2025. Je cherche un poste de gestionnaire administrative dans une association ou une mutuelle.

Pouvez-vous me dire si je peux intégrer la promotion de janvier ?

Merci,
Noémie Vasseur
06 48 92 15 73""",
        app("Noémie", "Vasseur", phone="+33648921573", bac=3, grad="2025-06", status="b_oncle_militaire_moi_but"),
    )),
    # Feature: family_elder — career_change — j'ai été vendeuse pendant six ans avant de reprendre un BTS
    # others: «mon père, lui, a fait toute sa carrière à la SNCF» = the father's career, a distractor → the writer's six years of sales before the BTS fail not_career_change → not_eligible
    N("family_elder", "career_change", "j'ai été vendeuse pendant six ans avant de reprendre un BTS", M(
        "Viviane Okafor <viviane.okafor@example.com>", "Pro'pulse - reconversion", "10 07:58",
        """Bonjour,

Je me permets de vous écrire. J'ai été vendeuse pendant six ans avant de reprendre un BTS Économie sociale familiale, que j'ai obtenu en juin 2026. Mon père, lui, a fait toute sa carrière à la SNCF et il ne comprend pas trop pourquoi j'ai tout changé !

Je voudrais travailler comme conseillère dans une association d'aide aux familles. Est-ce que votre programme est ouvert à quelqu'un comme moi ?

Cordialement,
Viviane Okafor
07 66 02 38 41""",
        app("Viviane", "Okafor", phone="+33766023841", bac=2, grad="2026-06", failing=("not_career_change",), status="b_pere_sncf_moi_vendeuse"),
    )),
    # Feature: family_elder — aim — moi je veux travailler dans une association
    # others: «mon père travaille dans une banque et voudrait que je le rejoigne» = the father's bank and wish, not the writer's aim → an association aim meets job_seeking_ess → eligible
    N("family_elder", "aim", "moi je veux travailler dans une association", M(
        "Bastien Oliveira <bastien.oliveira@example.org>", "Candidature programme", "10 19:12",
        """Bonjour,

Mon père travaille dans une banque et voudrait que je le rejoigne, il m'a même trouvé un entretien. Mais moi je veux travailler dans une association, dans le sport pour les jeunes des quartiers de préférence.

J'ai un master STAPS Management du sport obtenu en septembre 2025 (CV en pièce jointe). Est-ce que je peux postuler chez vous ?

Bastien Oliveira""",
        app("Bastien", "Oliveira", phone=None, bac=5, grad="2025-09", info_in="both", status="b_pere_banque_moi_asso"),
        cv=CV("docx", "Bastien_Oliveira_CV.docx", """Bastien Oliveira
Master STAPS Management du sport — 2025
Éducateur sportif bénévole, club de foot de quartier
bastien.oliveira@example.org"""),
    )),
    # Feature: family_elder — aim — je vise plutôt un cabinet de conseil
    # others: «mon oncle dirige une association d'aide aux migrants» = the uncle's association, not the writer's aim → a consulting firm fails job_seeking_ess → not_eligible
    N("family_elder", "aim", "je vise plutôt un cabinet de conseil", M(
        "Leïla Haddou <leila.haddou@example.net>", "inscription pro'pulse", "11 13:26",
        """Bonjour,

C'est mon oncle qui m'a parlé de vous : mon oncle dirige une association d'aide aux migrants à Marseille et il connaît votre réseau.

J'ai un master en management de projet (2026). Je ne veux pas forcément rester dans l'associatif comme lui, je vise plutôt un cabinet de conseil en RSE où je pourrais conseiller les entreprises.

Est-ce que je peux entrer dans votre programme ?

Leïla Haddou
06 19 57 83 20""",
        app("Leïla", "Haddou", phone="+33619578320", bac=5, grad="2026", failing=("job_seeking_ess",), status="b_oncle_asso_moi_conseil"),
    )),
    # Feature: family_elder — career_change — j'ai fait un peu le même chemin
    # ambiguous: «un peu le même chemin» after the father's ten years as a cook may copy a former trade or only the move to education; the writer's past work is not said
    # others: «mon père a été cuisinier pendant dix ans avant de devenir éducateur» = the father's career change, copied vaguely → not_career_change open → to_verify
    N("family_elder", "career_change", "j'ai fait un peu le même chemin", M(
        "Thibault Morin <thibault.morin@example.com>", "Candidature - éducation", "12 20:41",
        """Bonsoir,

Mon père a été cuisinier pendant dix ans avant de devenir éducateur spécialisé, et j'ai fait un peu le même chemin : aujourd'hui j'ai une licence Sciences de l'éducation, obtenue en juin 2026.

Je cherche un emploi dans une association de protection de l'enfance ou un centre social. Est-ce que je corresponds à ce que vous cherchez ?

Bonne soirée,
Thibault Morin
07 45 83 19 26""",
        app("Thibault", "Morin", phone="+33745831926", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_pere_cuisinier_moi_meme_chemin"),
    )),
    # Feature: family_elder — situation — moi je ne sais plus trop sous quel statut
    # ambiguous: the uncle is paid staff at the ressourcerie; the writer is there since September but cannot say whether as an intern, a volunteer in service civique or a bénévole
    # others: «mon oncle y est salarié depuis des années» = the uncle's job, not the writer's → the writer's own status there is open (internship / service civique) → to_verify
    N("family_elder", "situation", "moi je ne sais plus trop sous quel statut", M(
        "Dorian Vigneron <dorian.vigneron@example.fr>", "Pro'pulse ??", "13 17:05",
        """Salut,

Je suis à la ressourcerie de Villeurbanne depuis septembre, c'est mon oncle qui m'a fait rentrer, mon oncle y est salarié depuis des années. Lui il a un vrai contrat, moi je ne sais plus trop sous quel statut, c'est lui qui a fait les papiers avec la directrice.

J'ai un BTS Gestion de la PME de juin 2025 et je voudrais trouver un poste dans une ressourcerie ou une recyclerie. Je peux m'inscrire chez vous ?

Dorian Vigneron
06 02 75 91 48""",
        app("Dorian", "Vigneron", phone="+33602759148", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="b_oncle_ressourcerie_statut_flou"),
    )),
    # Feature: family_elder — level — un bac pro ASSP obtenu en 2025
    # others: «je suis moi-même titulaire d'un master» = the father's own master, not the daughter's → the daughter's bac pro fails degree_level → not_eligible (referral)
    N("family_elder", "level", "un bac pro ASSP obtenu en 2025", M(
        "Pascal Dufresne <pascal.dufresne@example.org>", "Pour ma fille Inès", "14 08:15",
        """Madame, Monsieur,

Je vous écris pour ma fille Inès, qui aimerait intégrer votre programme. Je suis moi-même titulaire d'un master de droit et je travaille au conseil départemental, ce qui explique que je connaisse Pro'pulse.

Inès a un bac pro ASSP obtenu en 2025. Elle travaille depuis comme aide à domicile et voudrait rester dans le secteur associatif de l'aide aux personnes âgées. Pourrait-elle candidater ? Son adresse est ines.dufresne@example.org.

Bien cordialement,
Pascal Dufresne""",
        app("Inès", "Dufresne", phone=None, bac=0, grad="2025", failing=("degree_level",), email="ines.dufresne@example.org", forwarded_by="pascal.dufresne@example.org", status="b_pere_master_fille_bacpro"),
    )),
    # Feature: family_elder — kind — ma collègue Fatou Ndour
    # others: «ma collègue Fatou Ndour» = a colleague named as contact in an auto-reply → kind auto_reply
    N("family_elder", "kind", "ma collègue Fatou Ndour", M(
        "Véronique Payet <v.payet@example.org>", "Réponse automatique : Stage d'été de mon neveu", "14 09:00",
        """Bonjour,

Je suis absente jusqu'au 23 novembre. Pour toute question urgente, merci de contacter ma collègue Fatou Ndour (fatou.ndour@example.org).

Véronique Payet
Centre social des Trois Ponts""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: family_elder — kind — Delivery to the following recipient failed permanently
    # others: «candidature de votre fille» in the returned subject = a parent's mail that bounced → kind bounce
    N("family_elder", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@example.net>", "Delivery Status Notification (Failure)", "15 10:22",
        """Delivery to the following recipient failed permanently:

     gerard.lemaire@example.net

Original subject: candidature de votre fille — pièces manquantes
The mailbox of the father who wrote to us no longer exists.""",
        bounce("gerard.lemaire@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; gerard.lemaire@example.net\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: partner_or_flatmate — identity — je suis joignable au 07 29 64 51 83
    # others: «mon compagnon Julien, au 06 58 13 47 92» = the partner's phone, a second contact → the applicant's own phone → eligible
    N("partner_or_flatmate", "identity", "je suis joignable au 07 29 64 51 83", M(
        "Aurélie Fontaine <aurelie.fontaine@example.com>", "Candidature", "15 19:50",
        """Bonjour,

Je voudrais candidater à Pro'pulse. J'ai un DEUST Animation obtenu en juin 2025 et je cherche un poste de coordinatrice dans une association sportive ou un centre social.

Pour me joindre : je suis joignable au 07 29 64 51 83. Je travaille de nuit en ce moment, donc si je ne réponds pas en journée vous pouvez laisser un message à mon compagnon Julien, au 06 58 13 47 92, il me transmettra.

Merci,
Aurélie Fontaine""",
        app("Aurélie", "Fontaine", phone="+33729645183", bac=2, grad="2025-06", status="b_compagnon_tel_second"),
    )),
    # Feature: partner_or_flatmate — situation — moi le mien court jusqu'en avril
    # others: «ma coloc a fini son service civique en octobre» = the flatmate's ended service civique → the writer's own running until April fails not_service_civique → not_eligible
    N("partner_or_flatmate", "situation", "moi le mien court jusqu'en avril", M(
        "Zoé Lambert <zoe.lambert@example.net>", "service civique + pro'pulse", "16 12:10",
        """Coucou,

Petite question avant d'envoyer mon dossier. Ma coloc a fini son service civique en octobre et elle s'est inscrite chez vous. Moi le mien court jusqu'en avril, dans une asso de soutien scolaire.

J'ai une licence de lettres modernes (juin 2026) et je voudrais rester dans l'éducation populaire après. Est-ce que je peux candidater maintenant ?

Zoé""",
        app("Zoé", "Lambert", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="b_coloc_sc_fini_moi_avril"),
    )),
    # Feature: partner_or_flatmate — situation — Nous sommes en stage à Lille jusqu'en février
    # ambiguous: «nous sommes en stage» in a mail about the couple: it may be the husband's internship that made them move, or both of theirs; the writer's own situation is not otherwise said
    # others: «mon mari termine son master» = the husband's studies; «nous sommes en stage» may or may not include the writer → not_internship open → to_verify
    N("partner_or_flatmate", "situation", "Nous sommes en stage à Lille jusqu'en février", M(
        "Nour El Amrani <nour.elamrani@example.org>", "Demande d'inscription", "17 09:35",
        """Bonjour,

Mon mari termine son master en alternance et moi j'ai fini mon BUT Carrières sociales en juin 2026. Nous sommes en stage à Lille jusqu'en février, c'est ce qui nous a fait déménager depuis Rouen.

Je cherche un emploi dans une association d'accès aux droits pour la suite. Est-ce que je peux rejoindre votre programme ?

Cordialement,
Nour El Amrani
06 84 27 60 15""",
        app("Nour", "El Amrani", phone="+33684276015", bac=3, grad="2026-06", unknown=("not_internship",), status="b_mari_nous_en_stage"),
    )),
    # Feature: partner_or_flatmate — aim — moi c'est le monde associatif qui m'attire
    # others: «ma compagne est attachée dans un ministère» = the partner's ministry job, not the writer's aim → an association or SCOP aim meets job_seeking_ess → eligible
    N("partner_or_flatmate", "aim", "moi c'est le monde associatif qui m'attire", M(
        "Élias Brunet <elias.brunet@example.fr>", "Candidature Élias Brunet", "18 15:45",
        """Bonjour,

Ma compagne est attachée dans un ministère et elle me pousse à passer les concours comme elle. Mais moi c'est le monde associatif qui m'attire : une SCOP ou une association d'éducation à l'environnement, par exemple.

J'ai eu mon master Gestion de l'environnement en septembre 2025. Je peux candidater ?

Élias Brunet
07 33 90 26 58""",
        app("Élias", "Brunet", phone="+33733902658", bac=5, grad="2025-09", status="b_compagne_ministere_moi_asso"),
    )),
    # Feature: partner_or_flatmate — graduation — my own BTS dates from 2021
    # others: «my partner graduated in 2025» = the partner's recent diploma, not the writer's → a BTS of 2021 fails graduation_recent → not_eligible
    N("partner_or_flatmate", "graduation", "my own BTS dates from 2021", M(
        "Divya Raghavan <divya.raghavan@example.com>", "Eligibility question", "19 11:18",
        """Hi,

My partner graduated in 2025 and told me about Pro'pulse, she's thinking of applying. I'd like to apply too, but my own BTS dates from 2021 (BTS Tourisme, done in Nice).

I'd love a job in a fair-trade co-op or an association. Am I still eligible?

Thanks,
Divya
07 12 84 65 39""",
        app("Divya", "Raghavan", phone="+33712846539", bac=2, grad="2021", failing=("graduation_recent",), language="en", status="b_partner_2025_me_bts_2021"),
    )),
    # Feature: partner_or_flatmate — graduation — On a tous les deux fini en juin
    # ambiguous: after «ma coloc et mon copain ont eu leur BTS en 2022», «on a tous les deux fini en juin» may pair the writer with either of them, and which June is not said
    # others: «ma coloc et mon copain ont eu leur BTS en 2022» = theirs; the writer's own BTS year is left to an unclear «on» → graduation_recent open → to_verify
    N("partner_or_flatmate", "graduation", "On a tous les deux fini en juin", M(
        "Lina Moreau <lina.moreau@example.org>", "candidature", "19 22:03",
        """Bonsoir,

Ma coloc et mon copain ont eu leur BTS en 2022, moi j'ai un BTS SP3S aussi. On a tous les deux fini en juin, donc je me dis que c'est le bon moment de chercher.

Je voudrais un poste de conseillère dans une association d'insertion ou une mutuelle. Je peux participer à Pro'pulse ?

Lina Moreau
06 70 13 58 24""",
        app("Lina", "Moreau", phone="+33670135824", bac=2, grad=None, unknown=("graduation_recent",), status="b_coloc_copain_on_deux_juin"),
    )),
    # Feature: partner_or_flatmate — kind — mon colocataire, qui est en service civique
    # others: «mon colocataire, qui est en service civique» = a flatmate mentioned, not presented as applying → kind question
    N("partner_or_flatmate", "kind", "mon colocataire, qui est en service civique", M(
        "Samuel Duchêne <samuel.duchene@example.com>", "question", "20 10:30",
        """Bonjour,

Est-ce qu'on peut participer à votre programme quand on est encore en service civique ? Je pose la question parce que mon colocataire, qui est en service civique, hésite à chercher du travail tout de suite.

Merci pour votre réponse,
Samuel""",
        question(),
    )),
    # Feature: partner_or_flatmate — kind — La lettre du réseau
    # others: «Camille et son compagnon Loïc» = people's stories in a newsletter → kind newsletter
    N("partner_or_flatmate", "kind", "La lettre du réseau", M(
        "La lettre du réseau Cap Asso <lettre@example.net>", "La lettre du réseau — novembre 2026", "21 07:00",
        """La lettre du réseau — novembre 2026

Portrait : Camille et son compagnon Loïc ont ouvert ensemble une épicerie coopérative à Brest. Elle sortait d'un master, lui d'un service civique.

Agenda : forum des métiers de l'ESS le 3 décembre à Rennes.

Pour vous désinscrire, répondez STOP.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@example.net?subject=STOP>"},
    )),
]
