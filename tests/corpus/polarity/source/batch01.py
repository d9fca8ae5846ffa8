"""Polarity corpus, batch 01 (writer A): plain negations («je ne suis pas en stage», «ce n'est pas une
reconversion», «je n'ai pas fini mon master», «mon BTS n'a pas été validé»), cessations («je ne suis plus en
service civique», «je n'exerce plus», «j'ai arrêté la fac», "no longer") and «not yet» («pas encore
diplômée», «toujours pas de résultats», «la soutenance n'a pas encore eu lieu»), and other mail that carries
the same operators."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from polarity import N

MESSAGES = [
    # Feature: plain_negation — situation — je ne suis pas en stage
    # operated: «ne … pas» on «en stage» → no internship now (licence pro 2025-06, job hunting) → meets
    N("plain_negation", "situation", "je ne suis pas en stage", M(
        "Maëlle Guérin-Tessier <maelle.guerintessier@example.org>", "Candidature Pro'pulse – Maëlle Guérin-Tessier", "02 08:47",
        """Bonjour,

Je vous écris pour le programme Pro'pulse. J'ai obtenu ma licence professionnelle « Coordination de projets de l'économie sociale » à l'IUT de Tours en juin 2025.

Petite précision parce que mon profil LinkedIn prête à confusion : je ne suis pas en stage, la ligne « stagiaire » date de ma dernière année d'études. Aujourd'hui je cherche un premier poste de coordinatrice dans une association d'éducation populaire ou une régie de quartier.

Je n'ai pas le permis, mais je me déplace sans problème en train et à vélo.

Bien cordialement,
Maëlle Guérin-Tessier
06 42 18 77 03""",
        app("Maëlle", "Guérin-Tessier", phone="+33642187703", bac=3, grad="2025-06", status="pas_en_stage_linkedin"),
    )),
    # Feature: plain_negation — studies_finished — je n'ai pas fini mon master
    # operated: «ne … pas» on «fini mon master» → master 2 still running (mémoire due in spring) → fails studies_finished
    N("plain_negation", "studies_finished", "je n'ai pas fini mon master", M(
        "Idrissa Konaté <i.konate@example.net>", "programme propulse", "03 21:15",
        """Bonsoir,

Un ami m'a parlé de votre accompagnement vers les emplois de l'ESS. Je dois être honnête dès le départ : je n'ai pas fini mon master. Je suis en M2 Développement local à Poitiers, les cours se terminent en février et le mémoire est à rendre en mai.

Je voulais savoir si je pouvais déjà entrer dans le programme pour préparer la suite, je vise une SCIC ou une coopérative d'activité.

Merci,
Idrissa Konaté
07.55.31.20.84""",
        app("Idrissa", "Konaté", phone="+33755312084", bac="*", grad=None, failing=("studies_finished",), status="master_pas_fini"),
    )),
    # Feature: plain_negation — career_change — Ce n'est pas une reconversion
    # operated: «ne … pas» on «une reconversion» → eight years in animation before and after the DEJEPS, same field → meets not_career_change
    N("plain_negation", "career_change", "Ce n'est pas une reconversion", M(
        "Ruben Ferreira da Costa <ruben.fdc@example.com>", "Candidature – animateur, DEJEPS 2025", "04 10:02",
        """Madame, Monsieur,

Animateur depuis huit ans dans des centres sociaux de la métropole lilloise, j'ai obtenu en septembre 2025 le DEJEPS « Développement de projets, territoires et réseaux ». Ce n'est pas une reconversion : je reste dans l'animation socioculturelle, mais je veux désormais coordonner des projets plutôt que les animer.

Je recherche un poste de coordinateur dans une association ou une fédération d'éducation populaire.

Veuillez agréer mes salutations distinguées,
Ruben Ferreira da Costa
06 09 64 51 28""",
        app("Ruben", "Ferreira da Costa", phone="+33609645128", bac=2, grad="2025-09", status="pas_une_reconversion_animation"),
    )),
    # Feature: plain_negation — level — mon BTS n'a pas été validé
    # operated: «ne … pas» on «validé» (the BTS) → only the bac (2022) → level 0 → fails degree_level
    N("plain_negation", "level", "mon BTS n'a pas été validé", M(
        "Tsiry Rakotomalala <tsiry.rako@example.fr>", "demande d'info + candidature", "05 14:36",
        """Bonjour à l'équipe,

J'ai eu mon bac STMG en 2022 puis j'ai fait deux années de BTS Économie sociale et familiale à Saint-Denis de La Réunion, mais mon BTS n'a pas été validé (il m'a manqué l'épreuve de conseil et animation, je ne l'ai pas repassée).

Depuis je suis animatrice périscolaire. J'aimerais travailler dans une association de quartier ou un centre social. Est-ce que je peux candidater quand même ?

Tsiry Rakotomalala
0692 41 70 35""",
        app("Tsiry", "Rakotomalala", phone="+262692417035", bac=0, grad="2022", failing=("degree_level",), status="bts_pas_valide"),
    )),
    # Feature: plain_negation — graduation — Je ne suis pas diplômée depuis très longtemps
    # ambiguous: «pas depuis très longtemps» gives no date for the licence: recent enough to a hurried reader, but a careful one cannot place it inside or outside 24 months
    # operated: «ne … pas» on «depuis très longtemps» (the licence) → graduation undated, only «not long ago» → open graduation_recent
    N("plain_negation", "graduation", "Je ne suis pas diplômée depuis très longtemps", M(
        "Soline Marchetti <soline.marchetti@example.org>", "candidature", "06 19:48",
        """Bonjour,

Je ne suis pas diplômée depuis très longtemps, j'ai une licence d'AES obtenue à Aix. Depuis je fais des remplacements comme assistante administrative dans une mutuelle et une association de protection de l'enfance, ce que j'aime beaucoup.

Je voudrais un poste stable dans l'ESS, idéalement en gestion administrative d'association.

Soline Marchetti
06 71 29 04 66""",
        app("Soline", "Marchetti", phone="+33671290466", bac=3, grad=None, unknown=("graduation_recent",), status="pas_diplomee_depuis_longtemps"),
    )),
    # Feature: plain_negation — situation — Elle n'est pas en service civique
    # operated: «ne … pas» on «en service civique» (the daughter, applicant) → civic service ended in July 2026 → meets
    N("plain_negation", "situation", "Elle n'est pas en service civique", M(
        "Hélène Dubreuil <helene.dubreuil@example.com>", "Pour ma fille Anouk – candidature Pro'pulse", "07 11:20",
        """Bonjour,

Je me permets d'écrire pour ma fille, Anouk Dubreuil, qui n'ose pas trop le faire elle-même. Elle a obtenu son DUT Carrières sociales en juillet 2025 à Bordeaux.

Sur son dossier France Travail il est écrit qu'elle est en service civique, c'est une erreur : elle n'est pas en service civique, le sien s'est terminé à la fin du mois de juillet dernier. Elle cherche un poste dans une association de solidarité ou dans l'insertion.

Vous pouvez la joindre directement : anouk.dubreuil@example.com, 07 82 15 93 40.

Merci beaucoup,
Hélène Dubreuil""",
        app("Anouk", "Dubreuil", phone="+33782159340", bac=2, grad="2025-07", email="anouk.dubreuil@example.com", forwarded_by="helene.dubreuil@example.com", status="fille_pas_en_sc"),
    )),
    # Feature: plain_negation — kind — Je ne suis pas au bureau
    # operated: «ne … pas» on «au bureau» → absence notice, no personal fact → kind auto_reply
    N("plain_negation", "kind", "Je ne suis pas au bureau", M(
        "Nadia Ouazzani <n.ouazzani@example.net>", "Réponse automatique : Pro'pulse – relance partenaires", "09 07:00",
        """Bonjour,

Je ne suis pas au bureau jusqu'au lundi 16 novembre inclus et je ne consulte pas mes messages. Pour toute urgence concernant les ateliers collectifs, merci d'écrire à accueil@example.net.

Nadia Ouazzani
Chargée d'accompagnement""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: plain_negation — kind — Est-ce que ne pas avoir le permis de conduire est un problème
    # operated: «ne … pas» on «avoir le permis» in a general question → no personal fact → kind question
    N("plain_negation", "kind", "Est-ce que ne pas avoir le permis de conduire est un problème", M(
        "Kwame Mensah <kwame.mensah@example.org>", "question permis", "09 16:05",
        """Bonjour,

Une question avant de remplir quoi que ce soit : est-ce que ne pas avoir le permis de conduire est un problème pour les postes que vous proposez ? Beaucoup d'offres en milieu rural le demandent.

Merci d'avance""",
        question(),
    )),
    # Feature: cessation — situation — je ne suis plus en service civique depuis le 31 octobre
    # operated: «ne … plus» on «en service civique» → civic service over since 2026-10-31 → meets
    N("cessation", "situation", "je ne suis plus en service civique depuis le 31 octobre", M(
        "Ilyes Hamdani <ilyes.hamdani@example.fr>", "Candidature Pro'pulse", "10 09:12",
        """Bonjour,

Diplômé d'une licence de géographie et aménagement (Université de Lorraine, juin 2025), je ne suis plus en service civique depuis le 31 octobre : j'ai passé huit mois à accompagner des jardins partagés avec une association de Metz.

Je souhaite continuer dans cette voie et trouver un emploi dans une association environnementale ou une coopérative de transition.

Cordialement,
Ilyes Hamdani
06 27 48 19 52""",
        app("Ilyes", "Hamdani", phone="+33627481952", bac=3, grad="2025-06", status="plus_en_sc_31_octobre"),
    )),
    # Feature: cessation — career_change — je n'exerce plus depuis mars 2024
    # operated: «ne … plus» on «exerce» (eleven years as a pharmacy assistant) → the past trade stops but the retraining stands → fails not_career_change
    N("cessation", "career_change", "je n'exerce plus depuis mars 2024", M(
        "Géraldine Moulin <geraldine.moulin@example.com>", "Candidature – reconversion vers l'ESS", "11 13:40",
        """Bonjour,

J'ai été préparatrice en pharmacie pendant onze ans ; je n'exerce plus depuis mars 2024. J'ai repris des études et obtenu en juin 2026 un DEUST « Animation et gestion des activités sportives et culturelles ».

Je souhaite désormais travailler dans une association sportive ou un centre social. Je précise que je ne suis pas en stage et que je suis disponible tout de suite.

Géraldine Moulin
06 33 80 17 29""",
        app("Géraldine", "Moulin", phone="+33633801729", bac=2, grad="2026-06", failing=("not_career_change",), status="n_exerce_plus_pharmacie"),
    )),
    # Feature: cessation — situation — Mon stage, je l'ai arrêté le 15 octobre
    # operated: «arrêté» on «mon stage» → internship stopped on 2026-10-15 → meets
    N("cessation", "situation", "Mon stage, je l'ai arrêté le 15 octobre", M(
        "Théo Lindqvist <theo.lindqvist@example.org>", "candidature – licence pro 2026", "12 17:25",
        """Bonjour,

Licence pro Intervention sociale obtenue en juin 2026 à Grenoble. Après le diplôme j'avais commencé un stage hors cursus dans une ressourcerie. Mon stage, je l'ai arrêté le 15 octobre d'un commun accord, la structure n'avait plus le temps de m'encadrer.

Je cherche maintenant un poste salarié dans une ressourcerie ou une structure d'insertion.

Théo Lindqvist
07 68 02 55 41""",
        app("Théo", "Lindqvist", phone="+33768025541", bac=3, grad="2026-06", status="stage_arrete_15_octobre"),
    )),
    # Feature: cessation — situation — je ne suis plus vraiment en stage
    # ambiguous: «plus vraiment» while the convention's end is still to be signed: the internship may formally run on; a careful reader cannot say whether it is over
    # operated: «ne … plus vraiment» on «en stage» → internship over in practice, convention still open → open not_internship
    N("cessation", "situation", "je ne suis plus vraiment en stage", M(
        "Oksana Marchuk <oksana.marchuk@example.net>", "Pro'pulse - candidature", "13 10:58",
        """Bonjour,

J'ai un master Économie sociale et solidaire de l'université de Reims (septembre 2025). Disons que je ne suis plus vraiment en stage : je n'y vais plus depuis début novembre, mais la fin de la convention n'est toujours pas signée par ma tutrice, qui est en arrêt.

Je cherche un poste de chargée de mission dans une fédération associative ou une mutuelle.

Oksana Marchuk
06 15 92 38 74""",
        app("Oksana", "Marchuk", phone="+33615923874", bac=5, grad="2025-09", unknown=("not_internship",), status="plus_vraiment_en_stage"),
    )),
    # Feature: cessation — level — j'ai arrêté la fac au bout de la première année
    # operated: «arrêté» on «la fac» after one year → bac + one year (bac 2021) → level 1 → fails degree_level
    N("cessation", "level", "j'ai arrêté la fac au bout de la première année", M(
        "Jonas Pietrzak <jonas.pietrzak@example.com>", "Candidature", "14 12:10",
        """Bonjour,

Bac ES en 2021, j'ai arrêté la fac au bout de la première année de licence de sociologie (validée). Depuis je suis animateur en accueil de loisirs et j'ai passé le BAFD.

J'aimerais évoluer dans une association d'éducation populaire, ou dans une maison des jeunes.

Jonas Pietrzak
06 51 07 83 62""",
        app("Jonas", "Pietrzak", phone="+33651078362", bac=1, grad="2021", failing=("degree_level",), status="arrete_fac_l1"),
    )),
    # Feature: cessation — career_change — I no longer work at the bank
    # operated: «no longer» on «work at the bank» → a student job during the licence, not a trade → meets not_career_change
    N("cessation", "career_change", "I no longer work at the bank", M(
        "Priya Raghunathan <priya.raghunathan@example.org>", "Application – Pro'pulse programme", "15 20:31",
        """Hello,

I am applying to the Pro'pulse programme. I finished my licence in economics and social sciences at Université Lyon 2 in June 2025.

A quick note on my CV: I no longer work at the bank — that was a weekend job at the counter all through my three years of licence, not a career. Since the summer I have been volunteering with a food bank and I want a paid job in a non-profit or a cooperative.

Best regards,
Priya Raghunathan
+33 6 84 20 11 57""",
        app("Priya", "Raghunathan", phone="+33684201157", bac=3, grad="2025-06", language="en", status="no_longer_bank_student_job"),
    )),
    # Feature: cessation — kind — Je ne suis plus joignable à cette adresse
    # operated: «ne … plus» on «joignable» → a departed adviser's auto-reply, no personal fact → kind auto_reply
    N("cessation", "kind", "Je ne suis plus joignable à cette adresse", M(
        "Baptiste Achour <b.achour@example.fr>", "Absence : liste des candidats orientés", "16 08:01",
        """Bonjour,

Je ne suis plus joignable à cette adresse depuis mon départ de la Mission locale le 30 octobre. Merci d'adresser vos messages à contact@example.fr, qui transmettra.

Baptiste Achour""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: cessation — kind — les inscriptions ne sont plus ouvertes
    # operated: «ne … plus» on «ouvertes» → a partner's newsletter, no personal fact → kind newsletter
    N("cessation", "kind", "les inscriptions ne sont plus ouvertes", M(
        "La Lettre des Tiers-Lieux <lettre@tierslieux.example.org>", "La Lettre – novembre 2026", "16 06:30",
        """LA LETTRE DES TIERS-LIEUX – NOVEMBRE 2026

Rencontres régionales du 3 décembre : les inscriptions ne sont plus ouvertes, la salle est complète. Une captation vidéo sera mise en ligne.

À lire ce mois-ci : trois cafés associatifs racontent leur passage en SCIC ; le point sur les aides à l'embauche.

Se désinscrire : https://tierslieux.example.org/desinscription""",
        newsletter(),
    )),
    # Feature: not_yet — studies_finished — je ne suis pas encore diplômée
    # operated: «pas encore» on «diplômée» → defence of the M2 set for 14 December → fails studies_finished
    N("not_yet", "studies_finished", "je ne suis pas encore diplômée", M(
        "Aurélie N'Guessan <aurelie.nguessan@example.net>", "Candidature Pro'pulse / M2 ESS", "17 09:33",
        """Bonjour,

Je suis en dernière année de master Économie sociale et solidaire à Lyon. Pour être claire : je ne suis pas encore diplômée, ma soutenance de mémoire aura lieu le 14 décembre.

Je postule dès maintenant parce que je cherche un poste dans une coopérative d'habitants à partir de janvier.

Aurélie N'Guessan
06 90 12 47 35""",
        app("Aurélie", "N'Guessan", phone="+33690124735", bac="*", grad=None, failing=("studies_finished",), status="pas_encore_diplomee_soutenance"),
    )),
    # Feature: not_yet — studies_finished — toujours pas de résultats du jury
    # ambiguous: exams and defence done, the jury has not yet deliberated: the degree may still fail, a careful reader cannot call the studies finished
    # operated: «toujours pas» on «de résultats du jury» → results still to come on a licence already sat → open studies_finished
    N("not_yet", "studies_finished", "toujours pas de résultats du jury", M(
        "Mathis Oyelaran <mathis.oyelaran@example.org>", "licence pro + candidature", "18 15:07",
        """Bonjour,

J'ai terminé ma licence pro Métiers de l'animation sociale en alternance : dernier examen passé fin septembre, rapport soutenu le 8 octobre. Mais toujours pas de résultats du jury, l'université annonce « courant décembre ».

Je cherche un poste d'animateur coordinateur dans un centre social ou une association.

Mathis Oyelaran
07 45 88 23 10""",
        app("Mathis", "Oyelaran", phone="+33745882310", bac="*", grad=None, unknown=("studies_finished",), status="toujours_pas_resultats_jury"),
    )),
    # Feature: not_yet — graduation — je n'ai pas encore reçu le parchemin
    # operated: «pas encore» on «reçu le parchemin», the jury having admitted her in June 2026 → graduated 2026-06 (the parchment does not decide) → meets
    N("not_yet", "graduation", "je n'ai pas encore reçu le parchemin", M(
        "Leïla Benyamina <leila.benyamina@example.com>", "Candidature – master 2 IDS", "18 18:44",
        """Bonjour,

J'ai été admise par le jury du master 2 Intervention et développement social (Lille) en juin 2026. Je n'ai pas encore reçu le parchemin, seulement l'attestation de réussite, que je peux vous envoyer.

Je cherche un poste de chargée de développement dans une association de l'insertion ou une fondation.

Leïla Benyamina
06 58 30 92 17""",
        app("Leïla", "Benyamina", phone="+33658309217", bac=5, grad="2026-06", status="pas_encore_parchemin"),
    )),
    # Feature: not_yet — situation — mon service civique n'est pas encore terminé
    # operated: «pas encore» on «terminé» (the civic service) → running until 2027-02 → fails not_service_civique
    N("not_yet", "situation", "mon service civique n'est pas encore terminé", M(
        "Gaspard Aubineau <gaspard.aubineau@example.fr>", "candidature", "19 12:02",
        """Bonjour,

BTS SP3S obtenu en juin 2025. Je vous écris un peu en avance car mon service civique n'est pas encore terminé : il court jusqu'au 28 février 2027, dans une épicerie solidaire à Angers.

Je voudrais ensuite travailler dans l'aide alimentaire ou une structure d'insertion.

Gaspard Aubineau
06 20 57 14 98""",
        app("Gaspard", "Aubineau", phone="+33620571498", bac=2, grad="2025-06", failing=("not_service_civique",), status="sc_pas_encore_termine"),
    )),
    # Feature: not_yet — studies_finished — la soutenance n'a pas encore eu lieu
    # ambiguous: the CV lists the master with «2025 ?» and the body says the defence has not yet taken place «comme prévu»: whether the diploma is held at all is unclear
    # operated: «pas encore» on «la soutenance» (of the master listed in the CV) → the master may still be in progress → open studies_finished
    N("not_yet", "studies_finished", "la soutenance n'a pas encore eu lieu", M(
        "Farida Cissokho <farida.cissokho@example.org>", "CV + candidature Pro'pulse", "20 10:15",
        """Bonjour,

Vous trouverez mon CV ci-joint. Une précision sur la ligne du master : la soutenance n'a pas encore eu lieu comme prévu, elle a été reportée par l'université et je n'ai pas de nouvelle date pour le moment.

Je cherche un poste dans une association de lutte contre les discriminations.

Farida Cissokho""",
        app("Farida", "Cissokho", phone="+33766410295", bac="*", grad=None, unknown=("graduation_recent", "studies_finished"), info_in="both", status="soutenance_pas_encore_reportee"),
        cv=CV("pdf", "CV_Farida_Cissokho.pdf", """Farida Cissokho
07 66 41 02 95 – farida.cissokho@example.org
FORMATION
2025 ? Master 2 Sociologie des discriminations, Université Paris Cité
2023 Licence de sociologie, Université Paris Cité
EXPÉRIENCE
2024-2026 Médiatrice, association d'accès aux droits (temps partiel)"""),
    )),
    # Feature: not_yet — career_change — pas encore de vraie expérience hors de l'associatif
    # operated: «pas encore» on «de vraie expérience hors de l'associatif» → only jobs in associations → meets not_career_change
    N("not_yet", "career_change", "pas encore de vraie expérience hors de l'associatif", M(
        "Yohan Le Gall <yohan.legall@example.net>", "candidature propulse", "20 22:47",
        """salut l'équipe,

yohan, 24 ans, licence de sciences de l'éducation à Brest en juin 2025. pas encore de vraie expérience hors de l'associatif : des colos, un an d'animation dans une maison de quartier, du soutien scolaire bénévole.

je cherche dans l'éducation populaire ou une asso de quartier, en Bretagne si possible.

yohan le gall
06 79 33 48 21""",
        app("Yohan", "Le Gall", phone="+33679334821", bac=3, grad="2025-06", status="pas_encore_hors_associatif"),
    )),
    # Feature: not_yet — kind — Je n'ai pas encore reçu le lien
    # operated: «pas encore» on «reçu le lien» in our thread → no personal fact → kind reply
    N("not_yet", "kind", "Je n'ai pas encore reçu le lien", M(
        "Camille Hoarau <camille.hoarau@example.fr>", "Re: Votre réunion d'information du 24 novembre", "21 09:40",
        """Bonjour,

Merci pour l'invitation. Je n'ai pas encore reçu le lien de la visioconférence, pouvez-vous me le renvoyer ?

Camille Hoarau

Le 18/11/2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, nous vous confirmons votre inscription à la réunion d'information du 24 novembre.""",
        reply(),
        headers={"In-Reply-To": "<reunion-info-2411.hoarau@animafac.net>", "References": "<reunion-info-2411.hoarau@animafac.net>"},
    )),
    # Feature: not_yet — kind — has not yet been delivered
    # operated: «not yet» on «been delivered» → a delay notice for one of our mails → kind bounce
    N("not_yet", "kind", "has not yet been delivered", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Delivery delayed: Votre candidature à Pro'pulse", "21 11:02",
        """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. Your message has not yet been delivered to one or more recipients; the server will keep trying until 24 November. If delivery fails permanently you will be notified.

  sena.okafor@example.net""",
        bounce("sena.okafor@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nAction: delayed\nFinal-Recipient: rfc822; sena.okafor@example.net\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 4.4.1 connection timed out",
    )),
    # Feature: not_yet — kind — ne sont pas encore publiées
    # operated: «pas encore» on «publiées» (the dates of the next session) → general question → kind question
    N("not_yet", "kind", "ne sont pas encore publiées", M(
        "Elif Demirci <elif.demirci@example.com>", "Prochaine session ?", "22 13:18",
        """Bonjour,

Sur votre site, les dates de la session de printemps ne sont pas encore publiées. Savez-vous quand elles le seront, et faut-il attendre cette publication pour envoyer une candidature ?

Bonne journée,
Elif Demirci""",
        question(),
    )),
]
