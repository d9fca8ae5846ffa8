"""Mixtures corpus, batch 07 (writer B): questions that turn into applications (mutuelles and the ESS, a first
year of BTS, a cook's years, an internship running, a master validated in November, a DUT's forgotten month) and
questions that stay questions (a foreign licence in the conditional, a father asking for his son, a subject
«Candidature» over a question on the documents); newcomers in our threads («Re: Confirmation d'inscription»,
«Re: Atelier CV», «Re: Compte rendu de notre entretien», an English registration) — a flatmate, a brother, a
participant presenting a friend, a classmate, a colleague, a cousin — and two participants answering us;
unsubscribes with more (a letter left for an application, invitations stopped and a civic service running, a
«STOP» with a search anywhere, a partners' list, a «STOP pub» from a first-year master, reminders by text
stopped; an unsubscribe alone, an unsubscribe with a question)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, other, question, reply
from mixtures import N

MESSAGES = [
    # Feature: question_turning — aim — est-ce que les mutuelles font partie de l'ESS
    # mixture: a question about the field that turns, halfway, into the writer's own facts and a wish to join → application; search in mutual insurers (ESS), licence pro of June 2026 → eligible
    N("question_turning", "aim", "est-ce que les mutuelles font partie de l'ESS", M(
        "Victoire Mabiala <victoire.mabiala@example.org>", "Petite question sur le périmètre", "02 12:40",
        """Bonjour,

Petite question : est-ce que les mutuelles font partie de l'ESS, au sens de votre programme ? Je demande parce que c'est là que je cherche. J'ai une licence pro Assurance, banque, finance obtenue en juin 2026, et je vise un poste de conseillère dans une mutuelle santé, à Bordeaux.

Si la réponse est oui, considérez ce message comme ma candidature !

Victoire Mabiala
07 19 38 62 05""",
        app("Victoire", "Mabiala", phone="+33719386205", bac=3, grad="2026-06", status="b_question_mutuelles_ess"),
    )),
    # Feature: question_turning — level — j'ai arrêté après la première année de BTS
    # mixture: a question on what counts as bac+1 that turns into a request to join with her own path → application; only the first year of a BTS → fails degree_level → not eligible
    N("question_turning", "level", "j'ai arrêté après la première année de BTS", M(
        "Chaïma Yahiaoui <chaima.yahiaoui@example.net>", "une première année validée ça compte ?", "03 19:55",
        """Bonsoir,
une première année validée, ça compte comme un bac+1 pour vous ? Parce que moi j'ai arrêté après la première année de BTS Gestion de la PME, en 2025, et je voudrais quand même rentrer dans Pro'pulse pour trouver un poste dans une asso.
Merci
Chaïma, 06 73 40 19 28""",
        app("Chaïma", "Yahiaoui", phone="+33673401928", bac=1, grad=None, failing=("degree_level",), status="b_question_premiere_annee_bts"),
    )),
    # Feature: question_turning — career_change — j'ai été cheffe de partie plusieurs années
    # ambiguous: «plusieurs années» as a cook before the BTS, with no length nor whether during studies: a trade before the diploma or not, not_career_change stays open
    # mixture: a question whether people who have worked may join, then her own path and «je me lance» → application; a cook's years of unsaid length → not_career_change open → to_verify
    N("question_turning", "career_change", "j'ai été cheffe de partie plusieurs années", M(
        "Ornella Santoro <ornella.santoro@example.fr>", "Le programme est-il ouvert si on a déjà travaillé ?", "05 10:18",
        """Bonjour,

Le programme est-il ouvert à quelqu'un qui a déjà travaillé ? Dans mon cas, j'ai été cheffe de partie plusieurs années dans des restaurants, puis j'ai passé un BTS Diététique, obtenu en juin 2026. Je voudrais travailler dans une épicerie sociale ou un restaurant d'insertion.

Je me lance et je candidate, vous me direz.

Ornella Santoro
06 80 25 14 97""",
        app("Ornella", "Santoro", phone="+33680251497", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_question_cheffe_de_partie"),
    )),
    # Feature: question_turning — situation — mon stage à la Fondation court jusqu'au 31 janvier
    # mixture: a question whether one can follow the programme during an internship, asked for herself with her facts and a wish to join → application; internship until 31 January → fails not_internship → not eligible
    N("question_turning", "situation", "mon stage à la Fondation court jusqu'au 31 janvier", M(
        "Élodie Zamora <elodie.zamora@example.com>", "Pro'pulse pendant un stage ?", "06 14:05",
        """Bonjour,

Peut-on suivre Pro'pulse pendant un stage ? Je pose la question pour moi : licence pro Métiers de l'accompagnement social obtenue en juin 2026, mon stage à la Fondation court jusqu'au 31 janvier et je voudrais ensuite travailler dans l'hébergement d'urgence. Du coup, si c'est possible, je m'inscris.

Élodie Zamora
07 52 64 81 30""",
        app("Élodie", "Zamora", phone="+33752648130", bac=3, grad="2026-06", failing=("not_internship",), status="b_question_stage_31_janvier"),
    )),
    # Feature: question_turning — studies_finished — diplôme validé par le jury le 4 novembre
    # mixture: a question about how soon after the diploma one may apply, then her own master validated → application; studies over, master of November 2026 → eligible
    N("question_turning", "studies_finished", "diplôme validé par le jury le 4 novembre", M(
        "Aurore Nyamsi <aurore.nyamsi@example.org>", "Combien de temps après le diplôme ?", "08 11:33",
        """Bonjour,

Combien de temps faut-il attendre après le diplôme pour candidater ? Je suis peut-être trop pressée : soutenance passée le 16 octobre, diplôme validé par le jury le 4 novembre (master Sociologie de l'action publique, Nantes). Je cherche un poste de chargée d'études dans une fédération associative ou un observatoire de l'ESS.

Alors je tente ma chance dès maintenant.

Aurore Nyamsi
06 91 04 36 28""",
        app("Aurore", "Nyamsi", phone="+33691043628", bac=5, grad="2026-11", status="b_question_master_valide_4_novembre"),
    )),
    # Feature: question_turning — graduation — je ne me rappelle plus le mois
    # ambiguous: the DUT is of 2024 at the resit session and she no longer remembers the month: before or after November 2024, graduation_recent stays open
    # mixture: a question how the two years are counted, then her own DUT and a wish to join → application; a year alone in 2024 → graduation_recent open → to_verify
    N("question_turning", "graduation", "je ne me rappelle plus le mois", M(
        "Manon Sékou <manon.sekou@example.net>", "Comment comptez-vous les deux ans ?", "09 16:47",
        """Bonjour,

Comment comptez-vous les deux ans depuis le diplôme : à partir du jury ou de la remise du parchemin ? Mon DUT Carrières juridiques date de 2024, session de rattrapage, et je ne me rappelle plus le mois. Je voudrais candidater pour trouver un poste dans une association d'aide aux victimes.

Manon Sékou
06 35 72 80 14""",
        app("Manon", "Sékou", phone="+33635728014", bac=2, grad="2024", unknown=("graduation_recent",), status="b_question_dut_2024_mois_oublie"),
    )),
    # Feature: question_turning — kind — si j'avais une licence obtenue à l'étranger
    # mixture: an application-looking hypothetical («si j'avais…») with no personal facts → question
    N("question_turning", "kind", "si j'avais une licence obtenue à l'étranger", M(
        "w.nascimento@example.com", "Question équivalence", "11 08:29",
        """Bonjour,

Si j'avais une licence obtenue à l'étranger, faudrait-il une équivalence pour entrer dans Pro'pulse, ou le diplôme suffit-il ?

Merci d'avance""",
        question(),
    )),
    # Feature: question_turning — kind — mon fils a terminé ses études l'an dernier
    # mixture: a father asking for his son, with neither the son's name nor his diploma → question
    N("question_turning", "kind", "mon fils a terminé ses études l'an dernier", M(
        "Patrick Olivier <patrick.olivier@example.fr>", "Pour mon fils", "12 20:14",
        """Bonjour,

Mon fils a terminé ses études l'an dernier et cherche du travail. Peut-il s'inscrire lui-même ou puis-je le faire pour lui ? Et y a-t-il un coût ?

Cordialement,
Patrick Olivier""",
        question(),
    )),
    # Feature: question_turning — kind — Quelles sont les pièces à fournir
    # mixture: a subject «Candidature» over a mere question about the documents, no facts → question
    N("question_turning", "kind", "Quelles sont les pièces à fournir", M(
        "sofiane.r93@example.net", "Candidature", "14 13:01",
        """Bonjour, Quelles sont les pièces à fournir pour candidater ? CV, lettre, copie du diplôme ? Merci""",
        question(),
    )),
    # Feature: thread_newcomer — situation — mon service civique s'est terminé en juillet
    # mixture: «Re: Confirmation d'inscription» with our confirmation quoted, written by the participant's flatmate who applies for herself → application; civic service over, licence of June 2025 → eligible
    N("thread_newcomer", "situation", "mon service civique s'est terminé en juillet", M(
        "Léa-Rose Martineau <learose.martineau@example.org>", "Re: Confirmation d'inscription — réunion d'information du 1er décembre", "15 18:20",
        """Bonjour,

Je ne suis pas la personne à qui vous avez écrit : c'est ma colocataire qui m'a fait suivre votre confirmation. Je voudrais m'inscrire moi aussi, à cette réunion et au programme.

J'ai une licence d'Histoire (juin 2025) et mon service civique s'est terminé en juillet, aux Restos du cœur. Je cherche un poste de coordinatrice de bénévoles.

Léa-Rose Martineau
06 25 83 09 61

Le 13/11/2026 à 09:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Camille, votre inscription à la réunion d'information du 1er décembre est confirmée.
> Rendez-vous à 18 h, 3 rue Mérimée. L'équipe Pro'pulse""",
        app("Léa-Rose", "Martineau", phone="+33625830961", bac=3, grad="2025-06", status="b_thread_colocataire_sc_juillet"),
    )),
    # Feature: thread_newcomer — graduation — mon BTS date de 2022
    # mixture: «Re: Atelier CV» quoting our mail to his brother, written by the brother who applies for himself → application; BTS of 2022 → fails graduation_recent → not eligible
    N("thread_newcomer", "graduation", "mon BTS date de 2022", M(
        "Ayoub Moussaoui <ayoub.moussaoui@example.com>", "Re: Atelier CV — jeudi 19 novembre", "16 22:10",
        """Bonsoir,

C'est le frère d'Amine qui écrit, il m'a transmis votre mail. Je voudrais aussi être accompagné : mon BTS date de 2022 (Support à l'action managériale), et depuis je fais de l'intérim. J'aimerais travailler dans une association d'insertion.

Ayoub Moussaoui — 07 84 31 60 27

> Bonjour Amine, l'atelier CV aura lieu jeudi 19 novembre à 14 h. Pensez à apporter votre CV
> imprimé. À jeudi ! L'équipe Pro'pulse""",
        app("Ayoub", "Moussaoui", phone="+33784316027", bac=2, grad="2022", failing=("graduation_recent",), status="b_thread_frere_bts_2022"),
    )),
    # Feature: thread_newcomer — aim — elle cherche un poste dans une épicerie solidaire
    # mixture: «Re: Compte rendu de notre entretien» in which a participant, after a line to us, presents a friend → application (referral: the participant in forwarded_by, the friend's address); licence pro of July 2026, ESS aim → eligible
    N("thread_newcomer", "aim", "elle cherche un poste dans une épicerie solidaire", M(
        "Maud Vallet <maud.vallet@example.net>", "Re: Compte rendu de notre entretien du 12 novembre", "17 09:50",
        """Bonjour,

Merci pour le compte rendu. Je profite de ce fil pour vous présenter une amie, Rokia Traoré : licence pro Coordination de projets de développement social obtenue en juillet 2026, elle cherche un poste dans une épicerie solidaire ou une association d'aide alimentaire, à Marseille. Elle est d'accord pour que vous la contactiez : rokia.traore@example.org, 06 58 43 20 71.

Maud

> Bonjour Maud, voici le compte rendu de notre entretien du 12 novembre : deux offres à regarder,
> un atelier CV à prévoir. L'équipe Pro'pulse""",
        app("Rokia", "Traoré", phone="+33658432071", bac=3, grad="2026-07", email="rokia.traore@example.org", forwarded_by="maud.vallet@example.net", status="b_thread_participante_presente_amie"),
    )),
    # Feature: thread_newcomer — studies_finished — il ne me manque que la note du rapport de stage
    # ambiguous: every exam is passed and only the internship report's mark is awaited: the licence is obtained or not yet, studies_finished stays open
    # mixture: «Re: Atelier CV» forwarded by a classmate, written by her to join → application; results awaited → studies_finished open → to_verify
    N("thread_newcomer", "studies_finished", "il ne me manque que la note du rapport de stage", M(
        "Inaya Moreira <inaya.moreira@example.fr>", "Re: Atelier CV — jeudi 19 novembre", "18 12:44",
        """Bonjour, une camarade de promo m'a transféré votre message, je me permets de répondre pour moi : je voudrais candidater à Pro'pulse. Licence pro Animation sociale : j'ai validé tous mes partiels, il ne me manque que la note du rapport de stage, attendue en décembre. Je cherche en centre social.
Inaya Moreira, 06 03 57 92 18

> L'atelier CV aura lieu jeudi 19 novembre à 14 h. Pensez à apporter votre CV imprimé.""",
        app("Inaya", "Moreira", phone="+33603579218", bac="*", grad=None, unknown=("studies_finished",), status="b_thread_camarade_note_rapport"),
    )),
    # Feature: thread_newcomer — career_change — comptable pendant quinze ans
    # mixture: «Re: Compte rendu de notre entretien» written by a participant's colleague who applies for herself → application; fifteen years as an accountant before the master → fails not_career_change → not eligible
    N("thread_newcomer", "career_change", "comptable pendant quinze ans", M(
        "Sylvie Renaud-Ba <sylvie.renaudba@example.org>", "Re: Compte rendu de notre entretien du 12 novembre", "19 14:15",
        """Bonjour,

Je suis une collègue de Maud, qui m'a montré votre compte rendu. J'ai été comptable pendant quinze ans dans un cabinet, puis j'ai repris un master Management de l'ESS, obtenu en juin 2026. Je voudrais moi aussi être accompagnée pour trouver un poste de responsable administrative et financière dans une association.

Sylvie Renaud-Ba
06 47 19 30 82

> Bonjour Maud, voici le compte rendu de notre entretien du 12 novembre.""",
        app("Sylvie", "Renaud-Ba", phone="+33647193082", bac=5, grad="2026-06", failing=("not_career_change",), status="b_thread_collegue_comptable_15_ans"),
    )),
    # Feature: thread_newcomer — level — a Licenciatura from the Universidad de Buenos Aires
    # ambiguous: an Argentine licenciatura with no equivalence mentioned: its French level is not established, degree_level stays open
    # mixture: «Re: Your registration» quoting our English confirmation sent to her cousin, written by the cousin in English to join → application in English; foreign diploma → degree_level open → to_verify
    N("thread_newcomer", "level", "a Licenciatura from the Universidad de Buenos Aires", M(
        "Valeria Quiroga <valeria.quiroga@example.com>", "Re: Your registration — information session", "20 10:37",
        """Hi,

My cousin forwarded me your confirmation; I'm not registered yet, but I'd like to join the programme myself. I have a Licenciatura from the Universidad de Buenos Aires in Social Work (2025) and I've lived in Paris since March. I'm looking for a job in an association supporting migrants.

Valeria Quiroga
+33 7 22 90 14 63

> Hello Lucía, your registration for the information session on 1 December is confirmed. — Pro'pulse""",
        app("Valeria", "Quiroga", phone="+33722901463", bac="*", grad="2025", unknown=("degree_level",), language="en", status="b_en_thread_cousine_licenciatura"),
    )),
    # Feature: thread_newcomer — kind — j'apporterai mon CV imprimé
    # mixture: the participant we wrote to answering in our thread (In-Reply-To our message) → reply
    N("thread_newcomer", "kind", "j'apporterai mon CV imprimé", M(
        "Amine Moussaoui <amine.moussaoui@example.com>", "Re: Atelier CV — jeudi 19 novembre", "17 08:05",
        """Bonjour, c'est noté pour jeudi, j'apporterai mon CV imprimé. Merci !
Amine""",
        reply(),
        headers={"In-Reply-To": "<atelier-cv-1119.amine@animafac.net>", "References": "<atelier-cv-1119.amine@animafac.net>"},
    )),
    # Feature: thread_newcomer — kind — j'ai postulé aux deux offres
    # mixture: the participant answering our report in our thread, with her own news (a master, an offer) → reply
    N("thread_newcomer", "kind", "j'ai postulé aux deux offres", M(
        "Maud Vallet <maud.vallet@example.net>", "Re: Compte rendu de notre entretien du 12 novembre", "21 11:26",
        """Bonjour,

Petite nouvelle : j'ai postulé aux deux offres dont nous avions parlé, et j'ai un entretien pour la première mardi. Je vous tiens au courant.

Maud""",
        reply(),
        headers={"In-Reply-To": "<entretien-1112.maud@animafac.net>", "References": "<entretien-1112.maud@animafac.net>"},
    )),
    # Feature: unsubscribe_and_more — graduation — master Coopération internationale en septembre 2025
    # mixture: a request to be taken off the letter together with an application → application; master of September 2025 → eligible
    N("unsubscribe_and_more", "graduation", "master Coopération internationale en septembre 2025", M(
        "Célestine Ngo <celestine.ngo@example.net>", "Lettre d'info + candidature", "04 09:20",
        """Bonjour,

Vous pouvez retirer mon adresse de la lettre d'information : je préfère candidater directement. J'ai obtenu mon master Coopération internationale en septembre 2025 et je cherche un poste de chargée de projets dans une ONG de développement ou une association de solidarité internationale.

Célestine Ngo
06 60 28 41 75""",
        app("Célestine", "Ngo", phone="+33660284175", bac=5, grad="2025-09", status="b_unsub_lettre_master_2025"),
    )),
    # Feature: unsubscribe_and_more — situation — mon service civique va jusqu'en juin 2027
    # mixture: a request to stop the invitations together with an application → application; civic service until June 2027 → fails not_service_civique → not eligible
    N("unsubscribe_and_more", "situation", "mon service civique va jusqu'en juin 2027", M(
        "Timothée Oyelaran <timothee.oyelaran@example.fr>", "ne plus recevoir les invitations", "07 17:02",
        """Bonjour,
Merci de ne plus m'envoyer d'invitations aux événements, je ne suis pas libre en semaine : mon service civique va jusqu'en juin 2027 (Unis-Cité, Orléans). En revanche je voudrais bien m'inscrire au programme, j'ai un BTS Gestion de la PME de 2025 et je voudrais ensuite travailler dans une ressourcerie.
Timothée Oyelaran
07 30 14 96 52""",
        app("Timothée", "Oyelaran", phone="+33730149652", bac=2, grad="2025", failing=("not_service_civique",), status="b_unsub_invitations_sc_juin_2027"),
    )),
    # Feature: unsubscribe_and_more — aim — dans l'ESS si possible, sinon ailleurs
    # ambiguous: the search is in the ESS «si possible, sinon ailleurs»: the ESS is one option among all, job_seeking_ess stays open
    # mixture: a «STOP» subject asking for fewer mails together with a request to join → application; ESS or elsewhere → job_seeking_ess open → to_verify
    N("unsubscribe_and_more", "aim", "dans l'ESS si possible, sinon ailleurs", M(
        "Wassim Ziani <wassim.ziani@example.org>", "STOP", "10 23:48",
        """STOP les mails de rappel svp, un par semaine suffit largement.

Et sinon inscrivez-moi au programme : DUT Gestion des entreprises et des administrations, juin 2026. Je cherche un poste de gestionnaire, dans l'ESS si possible, sinon ailleurs.

Wassim Ziani 06 19 74 52 30""",
        app("Wassim", "Ziani", phone="+33619745230", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="b_unsub_stop_ess_sinon_ailleurs"),
    )),
    # Feature: unsubscribe_and_more — career_change — jamais travaillé avant, hors jobs d'été
    # mixture: a request to leave the partners' list together with an application as a candidate → application; summer jobs only, BUT of June 2026 → eligible
    N("unsubscribe_and_more", "career_change", "jamais travaillé avant, hors jobs d'été", M(
        "Zoé Pelletier-Ba <zoe.pelletierba@example.com>", "Retrait de la liste partenaires", "13 10:10",
        """Bonjour,

Je reçois votre lettre aux structures partenaires alors que je ne suis pas une structure : merci de me retirer de cette liste-là. Inscrivez-moi plutôt comme candidate ! BUT Carrières sociales (Éducation spécialisée), obtenu en juin 2026, jamais travaillé avant, hors jobs d'été en centre de loisirs. Je cherche un poste d'éducatrice dans une association de protection de l'enfance.

Zoé Pelletier-Ba
06 84 63 27 10""",
        app("Zoé", "Pelletier-Ba", phone="+33684632710", bac=3, grad="2026-06", status="b_unsub_liste_partenaires_but"),
    )),
    # Feature: unsubscribe_and_more — studies_finished — je suis encore en M1
    # mixture: a «STOP pub» together with a wish to apply from a first-year master's student → application; studies running → fails studies_finished → not eligible
    N("unsubscribe_and_more", "studies_finished", "je suis encore en M1", M(
        "Noa Thibault <noa.thibault@example.net>", "stop pub", "16 12:52",
        """STOP pub svp. Sinon je veux bien candidater à Pro'pulse : je suis encore en M1 Économie sociale à Rennes, licence obtenue en 2025, et je cherche une alternance ou un emploi dans une coopérative.
Noa""",
        app("Noa", "Thibault", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_unsub_stop_pub_m1"),
    )),
    # Feature: unsubscribe_and_more — level — titre RNCP de niveau 6 Chargé de projets solidaires
    # mixture: a request to stop the text reminders (mails kept) together with an application → application; a level-6 title (bac+3) of June 2026 → eligible
    N("unsubscribe_and_more", "level", "titre RNCP de niveau 6 Chargé de projets solidaires", M(
        "Yacine Mokrani <yacine.mokrani@example.fr>", "SMS de rappel", "18 15:35",
        """Bonjour,

Pourriez-vous arrêter les SMS de rappel ? Les mails me suffisent.

J'en profite pour candidater : j'ai obtenu en juin 2026 le titre RNCP de niveau 6 Chargé de projets solidaires, en formation continue, juste après ma licence. Je cherche un poste de chargé de projets dans une association d'éducation à la citoyenneté.

Yacine Mokrani
07 66 02 39 81""",
        app("Yacine", "Mokrani", phone="+33766023981", bac=3, grad="2026-06", status="b_unsub_sms_titre_niveau6"),
    )),
    # Feature: unsubscribe_and_more — kind — merci de me retirer de toutes vos listes
    # mixture: an unsubscribe alone → other
    N("unsubscribe_and_more", "kind", "merci de me retirer de toutes vos listes", M(
        "Gaëtan Simonet <gaetan.simonet@example.org>", "Désabonnement", "22 08:44",
        """Bonjour, merci de me retirer de toutes vos listes. Cordialement, G. Simonet""",
        other(),
    )),
    # Feature: unsubscribe_and_more — kind — je me désabonne de la lettre, mais
    # mixture: an unsubscribe together with a question about the January sessions, no personal facts → question
    N("unsubscribe_and_more", "kind", "je me désabonne de la lettre, mais", M(
        "roxane.t@example.com", "désabonnement et question", "23 19:18",
        """Bonjour,
je me désabonne de la lettre, mais j'aimerais savoir si les réunions d'information de janvier seront aussi en ligne ?
Merci""",
        question(),
    )),
]
