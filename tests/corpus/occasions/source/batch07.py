"""Occasions corpus, batch 07 (writer B): mails written on someone's advice — a former participant or an
employer who tells the applicant to write or writes for them, with facts of their own beside the applicant's;
answers to a post on Instagram, a job board listing or the programme's newsletter; mails written because the
next cohort starts («la promo de janvier»), the cohort's date no graduation and no end date; other mail on
the same occasions (a former participant asking with no one named, a recommender's reply in our thread, a job
board's and Instagram's notifications, a university asking to put up a poster, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, newsletter, other, question, reply
from occasions import N

MESSAGES = [
    # Feature: recommended_by — level — il a obtenu son BTS Gestion de la PME en juin 2025
    # occasion: «il a obtenu son BTS Gestion de la PME en juin 2025» = an employer writes for a former employee (forwarded_by the employer): the applicant's BTS, recent → eligible
    N("recommended_by", "level", "il a obtenu son BTS Gestion de la PME en juin 2025", M(
        "Gérard Valette <g.valette@epicerie-solidaire.example.org>", "Je vous recommande Mathis Mbappé-Lenoir", "05 10:12",
        """Bonjour,

Je dirige une épicerie solidaire et je vous recommande Mathis Mbappé-Lenoir, qui a travaillé chez nous six mois en CDD cette année. Il a obtenu son BTS Gestion de la PME en juin 2025 et il voudrait rester dans l'ESS, idéalement dans une coopérative alimentaire.

Je ne peux malheureusement pas le garder faute de budget. Il est joignable à mathis.ml@example.com ou au 06 83 14 70 52.

Bien cordialement,
Gérard Valette
Directeur""",
        app("Mathis", "Mbappé-Lenoir", phone="+33683147052", bac=2, grad="2025-06", email="mathis.ml@example.com", forwarded_by="g.valette@epicerie-solidaire.example.org", status="b_bts_pme_recommande_employeur"),
    )),
    # Feature: recommended_by — studies_finished — elle est encore en M1, elle le termine en juin
    # occasion: «elle est encore en M1, elle le termine en juin» = a former participant writes for a friend; her own «promo 2024, master» is hers, the friend's M1 runs → fails studies_finished → not_eligible
    N("recommended_by", "studies_finished", "elle est encore en M1, elle le termine en juin", M(
        "Sarah Wolff <sarah.wolff@example.net>", "Une amie pour Pro'pulse", "08 19:45",
        """Coucou l'équipe !

C'est Sarah, de la promo 2024 (j'étais arrivée avec mon master tout juste soutenu, vous vous souvenez ?). Je vous écris pour mon amie Tiphaine Rolland, qui voudrait s'inscrire : elle est encore en M1, elle le termine en juin, en économie sociale. Elle rêve de bosser dans une mutuelle.

Je lui ai dit que vous étiez géniaux, et je vous la recommande vraiment. Son numéro : 07 69 25 81 36.

Bises,
Sarah""",
        app("Tiphaine", "Rolland", phone="+33769258136", bac="*", grad=None, failing=("studies_finished",), email=None, forwarded_by="sarah.wolff@example.net", status="b_m1_en_cours_amie_ancienne"),
    )),
    # Feature: recommended_by — level — moi je n'ai qu'un bac pro Gestion-administration
    # occasion: «moi je n'ai qu'un bac pro Gestion-administration» = written on a former boss's advice; her master is hers, the applicant's bac pro is level 4 → fails degree_level → not_eligible
    N("recommended_by", "level", "moi je n'ai qu'un bac pro Gestion-administration", M(
        "Nawel Ouazzani <nawel.ouazzani@example.fr>", "sur les conseils de mon ancienne responsable", "09 14:03",
        """Bonjour,

Je vous écris sur les conseils de mon ancienne responsable, Mme Brunet, qui a un master en gestion des associations et qui connaît bien votre programme. Elle, c'est une vraie pro ; moi je n'ai qu'un bac pro Gestion-administration, mais dix-huit mois d'expérience d'accueil dans une association de locataires.

J'aimerais rejoindre Pro'pulse et continuer dans le logement social associatif.

Nawel Ouazzani
06 84 36 92 17""",
        app("Nawel", "Ouazzani", phone="+33684369217", bac=0, grad=None, failing=("degree_level",), status="b_bac_pro_ga_conseil_responsable"),
    )),
    # Feature: recommended_by — studies_finished — je suis encore en L3, je finis en mai
    # occasion: «je suis encore en L3, je finis en mai» = a former participant told the applicant to write; the applicant's licence runs → fails studies_finished → not_eligible
    N("recommended_by", "studies_finished", "je suis encore en L3, je finis en mai", M(
        "Maëlys Texier <maelys.texier@example.org>", "C'est Théo qui m'a parlé de vous", "12 22:30",
        """Bonsoir,

C'est Théo Laffont, un ancien de votre programme, qui m'a parlé de vous : il a trouvé son poste grâce à vous. Je suis encore en L3, je finis en mai, en sciences sociales. Je voudrais m'inscrire pour être prête après.

Mon projet : travailler dans une association d'éducation à l'environnement.

Maëlys
07 70 41 68 29""",
        app("Maëlys", "Texier", phone="+33770416829", bac="*", grad=None, failing=("studies_finished",), status="b_l3_en_cours_theo"),
    )),
    # Feature: recommended_by — level — il a un diplôme de niveau bac+2 je crois, je ne sais plus lequel
    # ambiguous: the employer is not sure of the diploma nor its level, and gives no date: degree_level and graduation_recent stay open
    # occasion: «il a un diplôme de niveau bac+2 je crois, je ne sais plus lequel» = an employer writes for a seasonal worker; the level is the recommender's guess → degree_level open → to_verify
    N("recommended_by", "level", "il a un diplôme de niveau bac+2 je crois, je ne sais plus lequel", M(
        "Camping Les Pins <direction@campinglespins.example.com>", "Recommandation - Elias Pacheco", "15 09:20",
        """Bonjour,

Je me permets de vous recommander Elias Pacheco, qui a travaillé chez nous comme animateur tout l'été. Il a un diplôme de niveau bac+2 je crois, je ne sais plus lequel. Il cherche maintenant un emploi stable dans l'animation associative et il est vraiment très bien avec les enfants.

Son adresse : elias.pacheco@example.net.

Bien à vous,
La direction du camping""",
        app("Elias", "Pacheco", phone=None, bac="*", grad=None, unknown=("degree_level", "graduation_recent"), email="elias.pacheco@example.net", forwarded_by="direction@campinglespins.example.com", status="b_elias_diplome_inconnu_camping"),
    )),
    # Feature: recommended_by — graduation — she finished her MSc in June 2026
    # occasion: «she finished her MSc in June 2026» = a former participant recommends a friend in English (her own cohort year is hers): the friend's MSc of June 2026 → eligible
    N("recommended_by", "graduation", "she finished her MSc in June 2026", M(
        "Hannah Schultz <hannah.schultz@example.com>", "Recommending a friend for Pro'pulse", "16 11:05",
        """Hello,

I took part in Pro'pulse two years ago and I'd like to recommend my friend Yuki Tanaka-Moreau. She finished her MSc in June 2026 (Environmental Policy) and is looking for a job with an environmental charity or a cooperative.

Her email is yuki.tm@example.org and her phone 07 71 58 30 64.

All the best,
Hannah""",
        app("Yuki", "Tanaka-Moreau", phone="+33771583064", bac=5, grad="2026-06", email="yuki.tm@example.org", forwarded_by="hannah.schultz@example.com", language="en", status="b_msc_env_policy_referred"),
    )),
    # Feature: recommended_by — graduation — j'ai eu mon BTS en 2024
    # ambiguous: a BTS of 2024 with no month: November or December 2024 is within 24 months, earlier is not
    # occasion: «j'ai eu mon BTS en 2024» = on the advice of a former participant (whose 2023 diploma is hers): the applicant's year alone → graduation_recent open → to_verify
    N("recommended_by", "graduation", "j'ai eu mon BTS en 2024", M(
        "Sékou Traoré <sekou.traore@example.fr>", "recommandé par Aminata", "18 16:48",
        """Bonjour,

Ma cousine Aminata a fait votre programme après son DUT de 2023 et elle m'a conseillé de vous écrire. Moi j'ai eu mon BTS en 2024 (BTS Services informatiques aux organisations) et je cherche un poste de technicien dans une association d'insertion par le numérique.

Je peux venir à une réunion si besoin.

Sékou Traoré
06 85 97 03 41""",
        app("Sékou", "Traoré", phone="+33685970341", bac=2, grad="2024", unknown=("graduation_recent",), status="b_bts_sio_2024_aminata"),
    )),
    # Feature: recommended_by — kind — j'ai des amis qui pourraient être intéressés
    # occasion: «j'ai des amis qui pourraient être intéressés» = a former participant asking about the next session with no one named → kind question
    N("recommended_by", "kind", "j'ai des amis qui pourraient être intéressés", M(
        "Romain Vidalenc <romain.vidalenc@example.net>", "prochaine session ?", "19 20:02",
        """Salut !

Ancien de la promo de printemps, j'ai des amis qui pourraient être intéressés par Pro'pulse. C'est quand la prochaine session, et ils doivent vous écrire directement ?

Merci,
Romain""",
        question(),
    )),
    # Feature: recommended_by — kind — Re: Votre recommandation
    # occasion: «Re: Votre recommandation» = a recommender answering in our thread (In-Reply-To to our Message-ID) → kind reply
    N("recommended_by", "kind", "Re: Votre recommandation", M(
        "Gérard Valette <g.valette@epicerie-solidaire.example.org>", "Re: Votre recommandation", "07 09:15",
        """Bonjour,

Merci pour votre retour rapide, je transmets à Mathis.

Gérard Valette

> Merci pour votre recommandation, nous allons contacter Mathis cette semaine.""",
        reply(),
        headers={"In-Reply-To": "<reco-0511@animafac.net>", "References": "<reco-0511@animafac.net>"},
    )),
    # Feature: answering_a_post — aim — une association de solidarité internationale
    # occasion: «une association de solidarité internationale» = answering an Instagram post, the aim said as the post asked → meets job_seeking_ess → eligible
    N("answering_a_post", "aim", "une association de solidarité internationale", M(
        "Mariam Sow <mariam.sow@example.org>", "Suite à votre post Instagram", "20 12:37",
        """Bonjour !

J'ai vu votre post Instagram sur les candidatures ouvertes, je tente ma chance. Licence de langues étrangères appliquées obtenue en juin 2025, et mon objectif c'est une association de solidarité internationale, côté montage de projets.

Merci et à bientôt j'espère,
Mariam Sow
07 72 06 49 83""",
        app("Mariam", "Sow", phone="+33772064983", bac=3, grad="2025-06", status="b_lea_solidarite_internationale"),
    )),
    # Feature: answering_a_post — aim — un poste de chargé de clientèle dans une banque privée
    # occasion: «un poste de chargé de clientèle dans une banque privée» = answering the job board listing, the aim a private bank → fails job_seeking_ess → not_eligible
    N("answering_a_post", "aim", "un poste de chargé de clientèle dans une banque privée", M(
        "Victor Nowak <victor.nowak@example.com>", "Réponse à votre annonce", "03 08:58",
        """Madame, Monsieur,

Suite à votre annonce parue sur un site d'offres d'emploi, je souhaite intégrer votre programme. Titulaire d'un master Finance (2026), je recherche un poste de chargé de clientèle dans une banque privée et je pense que votre accompagnement m'aiderait à décrocher des entretiens.

Cordialement,
Victor Nowak
06 86 23 57 90""",
        app("Victor", "Nowak", phone="+33686235790", bac=5, grad="2026", failing=("job_seeking_ess",), status="b_master_finance_banque_privee"),
    )),
    # Feature: answering_a_post — situation — je suis en service civique jusqu'au 30 novembre
    # occasion: «je suis en service civique jusqu'au 30 novembre» = answering the programme's newsletter: a service civique ending 30 November still runs today → fails not_service_civique → not_eligible
    N("answering_a_post", "situation", "je suis en service civique jusqu'au 30 novembre", M(
        "Tristan Mallet <tristan.mallet@example.fr>", "Votre newsletter de novembre", "10 18:26",
        """Bonjour,

J'ai lu votre newsletter de novembre et l'appel à candidatures. Je suis en service civique jusqu'au 30 novembre dans une association de prévention routière, et j'ai une licence de psychologie (2025).

Je voudrais continuer dans la prévention, dans une association. Je m'inscris ?

Tristan Mallet
07 73 50 18 62""",
        app("Tristan", "Mallet", phone="+33773501862", bac=3, grad="2025", failing=("not_service_civique",), status="b_licence_psy_sc_30_novembre"),
    )),
    # Feature: answering_a_post — studies_finished — diplômée depuis juillet, je ne suis plus inscrite nulle part
    # occasion: «diplômée depuis juillet, je ne suis plus inscrite nulle part» = answering the job board listing with a CV: studies over → meets → eligible
    N("answering_a_post", "studies_finished", "diplômée depuis juillet, je ne suis plus inscrite nulle part", M(
        "Ophélie Renaud <ophelie.renaud@example.net>", "Candidature suite à l'offre Pro'pulse", "11 10:30",
        """Bonjour,

Je réponds à l'offre Pro'pulse vue sur un site d'emploi. Je suis diplômée depuis juillet, je ne suis plus inscrite nulle part, et je cherche un poste de chargée d'accueil dans une association d'accès aux droits.

Mon CV est en pièce jointe.

Ophélie Renaud
06 87 61 24 05""",
        app("Ophélie", "Renaud", phone="+33687612405", bac=3, grad="2026-07", info_in="both", status="b_licence_droit_diplomee_juillet"),
        cv=CV("docx", "Ophelie_Renaud_CV.docx", """Ophélie Renaud
Licence de droit, juillet 2026
Bénévole, point d'accès au droit (2025-2026)
Permis B"""),
    )),
    # Feature: answering_a_post — level — j'ai validé ma deuxième année de licence de droit, puis j'ai arrêté
    # ambiguous: two years of licence validated with no diploma at the end: whether that counts as bac+2 is for a coordinator to check
    # occasion: «j'ai validé ma deuxième année de licence de droit, puis j'ai arrêté» = answering the Instagram post: a level with no diploma → degree_level open → to_verify
    N("answering_a_post", "level", "j'ai validé ma deuxième année de licence de droit, puis j'ai arrêté", M(
        "Naïma Zaoui <naima.zaoui@example.com>", "vu sur insta", "14 23:12",
        """Bonsoir, j'ai vu votre publication sur Instagram.

En juin 2026 j'ai validé ma deuxième année de licence de droit, puis j'ai arrêté, la fac c'était plus pour moi. Je voudrais travailler dans une association d'aide aux victimes. Je peux candidater ?

Naïma
07 74 83 26 10""",
        app("Naïma", "Zaoui", phone="+33774832610", bac="*", grad="2026-06", unknown=("degree_level",), status="b_l2_droit_validee"),
    )),
    # Feature: answering_a_post — career_change — after eight years as a chef
    # occasion: «after eight years as a chef» = answering the Instagram post in English: eight years of another trade before the foundation degree → fails not_career_change → not_eligible
    N("answering_a_post", "career_change", "after eight years as a chef", M(
        "Liam O'Sullivan <liam.osullivan@example.net>", "Your Instagram post", "21 15:40",
        """Hi there,

I saw your post on Instagram about the new intake. After eight years as a chef I went back to study and got a foundation degree in Community Development in June 2026.

I'd like to join Pro'pulse and find a job in a community kitchen run by a charity.

Cheers,
Liam O'Sullivan
07 75 12 94 36""",
        app("Liam", "O'Sullivan", phone="+33775129436", bac=2, grad="2026-06", failing=("not_career_change",), language="en", status="b_chef_foundation_degree"),
    )),
    # Feature: answering_a_post — kind — 3 nouvelles offres correspondent à votre recherche
    # occasion: «3 nouvelles offres correspondent à votre recherche» = a job board's notification about listings, no one applying → kind newsletter
    N("answering_a_post", "kind", "3 nouvelles offres correspondent à votre recherche", M(
        "Alertes emploi <alertes@jobboard.example.com>", "3 nouvelles offres correspondent à votre recherche", "22 06:00",
        """Bonjour,

3 nouvelles offres correspondent à votre recherche « accompagnement emploi jeunes » :
- Chargé(e) d'insertion - Lyon
- Coordinateur(trice) de projet - Villeurbanne
- Conseiller(ère) emploi - Vénissieux

Gérer mes alertes | Se désabonner""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://jobboard.example.com/unsubscribe>"},
    )),
    # Feature: answering_a_post — kind — Votre publication a été partagée 12 fois
    # occasion: «Votre publication a été partagée 12 fois» = Instagram's notification about our post, no one applying → kind newsletter
    N("answering_a_post", "kind", "Votre publication a été partagée 12 fois", M(
        "Instagram <no-reply@mail.instagram.example.com>", "Votre publication a été partagée 12 fois", "23 07:15",
        """propulse_programme, votre publication a été partagée 12 fois cette semaine.

Voir les statistiques de votre publication.

Vous recevez cet e-mail car vous êtes inscrit aux notifications. Se désinscrire.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://mail.instagram.example.com/unsub>"},
    )),
    # Feature: deadline_or_date — graduation — mon master, soutenu en juin 2025
    # occasion: «mon master, soutenu en juin 2025» = writing for the January cohort (January is the cohort's, no graduation): a master of June 2025 → eligible
    N("deadline_or_date", "graduation", "mon master, soutenu en juin 2025", M(
        "Paul-Henri Voisin <ph.voisin@example.org>", "Candidature pour la promo de janvier", "15 13:13",
        """Bonjour,

Je souhaite intégrer la promo de janvier. Mon master, soutenu en juin 2025, porte sur l'habitat participatif, et je cherche un poste dans une coopérative d'habitants ou une association de ce secteur.

Bien cordialement,
Paul-Henri Voisin
06 88 45 71 09""",
        app("Paul-Henri", "Voisin", phone="+33688457109", bac=5, grad="2025-06", status="b_master_habitat_promo_janvier"),
    )),
    # Feature: deadline_or_date — studies_finished — ma soutenance est prévue le 15 décembre, avant le début de la promo
    # occasion: «ma soutenance est prévue le 15 décembre, avant le début de la promo» = a fact promised for before the cohort's start: the defence is still to come → fails studies_finished → not_eligible
    N("deadline_or_date", "studies_finished", "ma soutenance est prévue le 15 décembre, avant le début de la promo", M(
        "Wassim Zidane <wassim.zidane@example.net>", "Promo de janvier - candidature", "17 10:44",
        """Bonjour,

Je vois que la promo de janvier démarre bientôt, alors je vous écris. Ma soutenance est prévue le 15 décembre, avant le début de la promo, pour mon master Gestion des territoires.

Je voudrais travailler dans un parc naturel régional ou une association de protection de la nature.

Wassim Zidane
07 76 38 05 92""",
        app("Wassim", "Zidane", phone="+33776380592", bac="*", grad=None, failing=("studies_finished",), status="b_master_soutenance_15_decembre"),
    )),
    # Feature: deadline_or_date — situation — mon service civique s'arrête juste avant le démarrage de la promo
    # ambiguous: the civic service ends «just before» the January start with no date: it may still be running today or be over
    # occasion: «mon service civique s'arrête juste avant le démarrage de la promo» = the service civique dated against the cohort's start, not against today → not_service_civique open → to_verify
    N("deadline_or_date", "situation", "mon service civique s'arrête juste avant le démarrage de la promo", M(
        "Léonie Vasseur-Adam <leonie.va@example.com>", "pour la prochaine cohorte", "19 09:02",
        """Bonjour,

Je candidate pour la prochaine cohorte. Bonne nouvelle : mon service civique s'arrête juste avant le démarrage de la promo, donc je serai libre.

J'ai un BTS Économie sociale familiale (2025) et je vise un poste de conseillère dans une association d'aide au logement.

Léonie
06 89 60 13 47""",
        app("Léonie", "Vasseur-Adam", phone="+33689601347", bac=2, grad="2025", unknown=("not_service_civique",), status="b_bts_esf_sc_avant_promo"),
    )),
    # Feature: deadline_or_date — aim — je voudrais entrer dans un ministère
    # occasion: «je voudrais entrer dans un ministère» = writing before the cohort starts, the aim a ministry → fails job_seeking_ess → not_eligible
    N("deadline_or_date", "aim", "je voudrais entrer dans un ministère", M(
        "Ulysse Perret <ulysse.perret@example.fr>", "Avant la date limite", "24 21:50",
        """Bonsoir,

Je vous écris avant la date limite des inscriptions. J'ai un master de science politique (septembre 2026) et je voudrais entrer dans un ministère, au service des politiques de la jeunesse.

Cordialement,
Ulysse Perret
06 90 27 84 16""",
        app("Ulysse", "Perret", phone="+33690278416", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_master_scpo_ministere"),
    )),
    # Feature: deadline_or_date — career_change — mes seuls emplois étaient des jobs d'été pendant mes études
    # occasion: «mes seuls emplois étaient des jobs d'été pendant mes études» = writing before the cohort's start: student jobs are no former career → meets not_career_change → eligible
    N("deadline_or_date", "career_change", "mes seuls emplois étaient des jobs d'été pendant mes études", M(
        "Célia Morin <celia.morin@example.org>", "Inscription cohorte de janvier", "25 14:27",
        """Bonjour,

Avant que les inscriptions ferment pour la cohorte de janvier : je souhaite m'inscrire. Licence pro Coordination de projets (juin 2026). Je précise, car on me l'a demandé à la Mission locale, que je ne suis pas en reconversion : mes seuls emplois étaient des jobs d'été pendant mes études.

Je cherche un poste de coordinatrice dans une association culturelle.

Célia Morin
07 77 91 36 58""",
        app("Célia", "Morin", phone="+33777913658", bac=3, grad="2026-06", status="b_lp_coordination_jobs_ete"),
    )),
    # Feature: deadline_or_date — studies_finished — je termine mon BTS en juin
    # occasion: «je termine mon BTS en juin» = writing to take a place in the January cohort while the BTS runs → fails studies_finished → not_eligible
    N("deadline_or_date", "studies_finished", "je termine mon BTS en juin", M(
        "Enzo Marquez <enzo.marquez@example.net>", "promo janvier", "13 17:05",
        """bonjour

je voulais m'inscrire pour la promo de janvier, je termine mon BTS en juin (BTS Tourisme) mais je préfère prendre date. je voudrais bosser dans le tourisme solidaire

Enzo 06 91 48 20 73""",
        app("Enzo", "Marquez", phone="+33691482073", bac="*", grad=None, failing=("studies_finished",), status="b_bts_tourisme_en_cours"),
    )),
    # Feature: deadline_or_date — kind — afficher votre appel à candidatures pour la promo de janvier
    # occasion: «afficher votre appel à candidatures pour la promo de janvier» = a university service asking to put up our poster before the cohort, no one applying → kind other
    N("deadline_or_date", "kind", "afficher votre appel à candidatures pour la promo de janvier", M(
        "Service insertion professionnelle <sip@univ.example.fr>", "Affichage promo de janvier", "06 11:30",
        """Bonjour,

Nous pourrions afficher votre appel à candidatures pour la promo de janvier dans nos locaux et sur nos écrans. Pouvez-vous nous envoyer l'affiche en format A3 avant le 1er décembre ?

Bien cordialement,
Le service insertion professionnelle""",
        other(),
    )),
    # Feature: deadline_or_date — kind — Delivery to the following recipient failed permanently: lou.vernier@example.org
    # occasion: «Delivery to the following recipient failed permanently: lou.vernier@example.org» = our reminder of the closing date came back → kind bounce
    N("deadline_or_date", "kind", "Delivery to the following recipient failed permanently: lou.vernier@example.org", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Delivery Status Notification (Failure)", "18 04:10",
        """Delivery to the following recipient failed permanently: lou.vernier@example.org

The email account that you tried to reach does not exist.""",
        bounce("lou.vernier@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; lou.vernier@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 account does not exist",
    )),
]
