"""Reckoning corpus, batch 07 (writer B): a thesis handed in seven weeks ago, an apprenticeship of twelve months
from October 2025, three weeks of a mission and six weeks of a stage left, two semesters of four, nine months
in a bank after a master, an age two years after a master, the Chandeleur and a civic service from the
Toussaint, a chain of odd jobs before a civic service, a licence at twenty and a master two years on, weeks
and months of applying, five years ago and «l'année d'avant l'an dernier», fourteen weeks of twenty-two, the
same in English, and other mail that counts."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from reckoning import N

MESSAGES = [
    # Feature: elapsed_since — studies_finished — j'ai rendu mon mémoire il y a sept semaines
    # reckoned: 2026-11-26 − 7 weeks = early October 2026; the jury has validated the M2 since → studies finished, graduation 2026-10 → recent
    N("elapsed_since", "studies_finished", "j'ai rendu mon mémoire il y a sept semaines", M(
        "Manon Delacroix <manon.delacroix@example.fr>", "Candidature Pro'pulse", "02 11:28",
        """Bonjour,

J'ai rendu mon mémoire il y a sept semaines et le jury a validé mon M2 « Développement social urbain » la semaine suivante : c'est fini, enfin !

Je cherche un poste de chargée de développement dans une association ou un centre social, et votre programme me semble fait pour moi.

Manon Delacroix
06 45 91 03 72""",
        app("Manon", "Delacroix", phone="+33645910372", bac=5, grad="2026-10", status="b_memoire_sept_semaines"),
    )),
    # Feature: elapsed_since — kind — deux ans et un jour après
    # reckoned: a question with no personal fact: 24 months and a day, on which side of the edge?
    N("elapsed_since", "kind", "deux ans et un jour après", M(
        "Élodie Marchal <elodie.marchal@example.org>", "Question – date limite", "03 09:50",
        """Bonjour,

Je me pose une question pour mes étudiants : quelqu'un qui candidate deux ans et un jour après la délibération de son jury, vous le refusez, ou vous comptez en mois pleins ?

Merci de votre réponse,
Élodie Marchal
Chargée d'insertion professionnelle, IUT""",
        question(),
    )),
    # Feature: start_plus_duration — graduation — un contrat d'apprentissage de douze mois, signé en octobre 2025
    # reckoned: 2025-10 + 12 months = September 2026 → the licence pro finished with it → graduation 2026 → recent
    N("start_plus_duration", "graduation", "un contrat d'apprentissage de douze mois, signé en octobre 2025", M(
        "Kenza Idrissi <kenza.idrissi@example.com>", "Candidature", "04 15:14",
        """Bonjour,

J'ai préparé ma licence pro « Métiers de la GRH » avec un contrat d'apprentissage de douze mois, signé en octobre 2025 dans une mutuelle. J'ai eu mon diplôme à la fin du contrat.

J'aimerais rester dans l'économie sociale : une mutuelle, une coopérative ou une grosse association.

Kenza Idrissi
07 81 02 64 35""",
        app("Kenza", "Idrissi", phone="+33781026435", bac=3, grad="2026", status="b_apprentissage_12_mois_oct_2025"),
    )),
    # Feature: start_plus_duration — kind — une formation de dix mois commencée en janvier
    # reckoned: a reply in our thread: January 2026 + 10 months = October 2026, written to answer our question; kind reply
    N("start_plus_duration", "kind", "une formation de dix mois commencée en janvier", M(
        "Antoine Leclercq <antoine.leclercq@example.net>", "Re: Précision sur votre formation", "05 20:07",
        """Bonsoir,

C'était une formation de dix mois commencée en janvier : elle est donc terminée depuis octobre, j'ai reçu l'attestation de fin de formation. Je vous la joins dès que je l'ai scannée.

Antoine

> Le 5 nov. 2026, Pro'pulse a écrit :
> Pourriez-vous nous dire si votre formation est terminée ?""",
        reply(),
        headers={"In-Reply-To": "<pp-2611-0518@animafac.net>", "References": "<pp-2611-0518@animafac.net>"},
    )),
    # Feature: countdown — situation — il me reste trois semaines de mission
    # ambiguous: «mission» in an association without its kind: a stage, a service civique or a contract? running three more weeks
    # reckoned: running until mid-December 2026, kind unstated → not_internship and not_service_civique open
    N("countdown", "situation", "il me reste trois semaines de mission", M(
        "Pauline Garnier <pauline.garnier@example.fr>", "candidature pro'pulse", "06 08:59",
        """Bonjour,

J'ai une licence de sociologie (2025) et il me reste trois semaines de mission dans une association de quartier à Villeurbanne. Après, je suis libre !

Je voudrais travailler dans l'animation de la vie locale.

Pauline Garnier
06 08 14 59 73""",
        app("Pauline", "Garnier", phone="+33608145973", bac=3, grad="2025", unknown=("not_internship", "not_service_civique"), status="b_trois_semaines_de_mission"),
    )),
    # Feature: countdown — situation — encore six semaines à tenir dans ce stage
    # reckoned: six weeks from 2026-11-26 = early January 2027 → the internship is running → not_internship failing
    N("countdown", "situation", "encore six semaines à tenir dans ce stage", M(
        "Hugo Ferreira <hugo.ferreira@example.com>", "Candidature (stage bientôt fini)", "07 22:41",
        """Bonjour,

Master 2 validé en septembre, je suis en stage dans un cabinet de conseil en RSE parce que je n'ai rien trouvé d'autre. Encore six semaines à tenir dans ce stage, et ensuite je voudrais vraiment rejoindre une SCOP ou une association.

Hugo Ferreira
07 60 28 91 44""",
        app("Hugo", "Ferreira", phone="+33760289144", bac=5, grad="2026-09", failing=("not_internship",), status="b_stage_six_semaines_a_tenir"),
    )),
    # Feature: countdown — kind — dans cinq semaines
    # reckoned: an out-of-office: back after the holidays, in five weeks, no fact of an applicant
    N("countdown", "kind", "dans cinq semaines", M(
        "Martine Chevalier <m.chevalier@asso-horizons.example.org>", "Absence – Réponse automatique", "09 07:03",
        """Bonjour,

Je suis en congé sabbatique et je serai de retour après les fêtes, dans cinq semaines. Pour toute question sur les offres d'emploi de l'association, écrivez à recrutement@asso-horizons.example.org.

Martine Chevalier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: study_counts — level — j'ai validé deux semestres sur quatre de mon DUT
    # reckoned: 2 semesters of 4 = one year of a two-year DUT → bac+1 → degree_level failing
    N("study_counts", "level", "j'ai validé deux semestres sur quatre de mon DUT", M(
        "Ryan Lemaire <ryan.lemaire@example.net>", "Candidature", "09 16:32",
        """Bonjour,

J'ai validé deux semestres sur quatre de mon DUT Gestion des entreprises et des administrations, puis j'ai arrêté pour travailler. Depuis j'ai fait des saisons et du bénévolat dans une recyclerie.

J'aimerais travailler dans une ressourcerie ou une association d'insertion.

Ryan Lemaire
06 92 30 47 18""",
        app("Ryan", "Lemaire", phone="+33692304718", bac=1, grad=None, failing=("degree_level",), status="b_dut_deux_semestres_sur_quatre"),
    )),
    # Feature: study_counts — kind — ses six semestres
    # reckoned: a university's alumni newsletter: a cohort that validated its six semesters, no personal fact
    N("study_counts", "kind", "ses six semestres", M(
        "Réseau des diplômés <alumni@univ-sciences-sociales.example.fr>", "Alumni – lettre d'automne", "10 06:30",
        """LETTRE D'AUTOMNE DU RÉSEAU DES DIPLÔMÉS

Félicitations à la promotion qui a validé ses six semestres en juin : 212 nouveaux licenciés rejoignent le réseau.

Ce mois-ci : table ronde « Travailler dans l'ESS » dans trois semaines, et les offres de stage et d'emploi de nos partenaires.

Pour ne plus recevoir cette lettre, écrivez-nous.""",
        newsletter(),
    )),
    # Feature: career_span — career_change — neuf mois dans une banque, en CDD, juste après mon master
    # reckoned: nine months of CDD right after the master: a graduate's short CDD, not a career → not_career_change met
    N("career_span", "career_change", "neuf mois dans une banque, en CDD, juste après mon master", M(
        "Salomé Vidal <salome.vidal@example.org>", "Candidature Pro'pulse", "11 13:40",
        """Bonjour,

J'ai passé neuf mois dans une banque, en CDD, juste après mon master « Finance solidaire » (décembre 2024). Le contrat s'est arrêté à la rentrée 2025 et je ne veux pas y retourner : je vise la finance solidaire, les coopératives de crédit ou les associations de microcrédit.

Salomé Vidal
06 51 73 20 86""",
        app("Salomé", "Vidal", phone="+33651732086", bac=5, grad="2024-12", status="b_cdd_banque_neuf_mois"),
    )),
    # Feature: career_span — kind — inactive depuis plus de deux ans
    # reckoned: a bounce: a mailbox inactive for more than two years, no person's fact
    N("career_span", "kind", "inactive depuis plus de deux ans", M(
        "MAILER-DAEMON <mailer-daemon@mail.example.com>", "Échec de la remise du message", "12 04:11",
        """Ceci est un message automatique.

Votre message n'a pas pu être remis : l'adresse de destination est inactive depuis plus de deux ans et a été désactivée.

Destinataire : f.bonnet.pro@example.com""",
        bounce("f.bonnet.pro@example.com"),
        bounce="""Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; f.bonnet.pro@example.com
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 account disabled (inactive)""",
    )),
    # Feature: ages — graduation — l'année de mes 25 ans ; j'en ai 27 aujourd'hui
    # ambiguous: 25 two years ago: depending on the birthday the master is of late 2024 (over 24 months) or of 2025 (recent); no month, no birth date
    # reckoned: 27 now → 25 between late 2024 and late 2025 → the master of 2024 or 2025, month unknown → graduation_recent open
    N("ages", "graduation", "l'année de mes 25 ans ; j'en ai 27 aujourd'hui", M(
        "Amadou Diop <amadou.diop@example.net>", "Candidature", "13 10:26",
        """Bonjour,

J'ai obtenu mon master en gestion de projets culturels l'année de mes 25 ans ; j'en ai 27 aujourd'hui. J'ai ensuite travaillé en renfort sur des festivals associatifs.

Je voudrais un poste de coordinateur dans une association culturelle.

Amadou Diop
07 14 86 52 30""",
        app("Amadou", "Diop", phone="+33714865230", bac=5, grad=None, unknown=("graduation_recent",), status="b_master_a_25_ans_27_aujourdhui"),
    )),
    # Feature: ages — kind — moins de 26 ans
    # reckoned: a mutual insurer's offer for the under-26, no personal fact
    N("ages", "kind", "moins de 26 ans", M(
        "Mutuelle Horizon Jeunes <offres@horizon-jeunes.example.com>", "Votre complémentaire santé à 9 € par mois", "13 18:00",
        """Bonjour,

Vous avez moins de 26 ans ? Notre offre jeunes est à 9 € par mois pendant les douze premiers mois. Souscription en ligne en cinq minutes.

Offre valable jusqu'au 31 décembre.

Mutuelle Horizon Jeunes — pour ne plus recevoir nos offres, cliquez ici.""",
        other(),
    )),
    # Feature: calendar_anchors — graduation — à la Chandeleur dernière
    # reckoned: the last Chandeleur (2 February) before the mail = 2026-02 → 9 months → recent
    N("calendar_anchors", "graduation", "à la Chandeleur dernière", M(
        "Gaëlle Robin <gaelle.robin@example.fr>", "Candidature Pro'pulse", "14 09:33",
        """Bonjour,

J'ai soutenu ma licence professionnelle « Développement de projets de territoires » en décalé, à la Chandeleur dernière (on a fait des crêpes avec le jury !). Je cherche depuis un poste dans une association de développement local.

Gaëlle Robin
06 22 48 71 05""",
        app("Gaëlle", "Robin", phone="+33622487105", bac=3, grad="2026-02", status="b_lp_chandeleur_derniere"),
    )),
    # Feature: calendar_anchors — situation — en service civique depuis la Toussaint, et jusqu'à l'été
    # reckoned: from the Toussaint (2026-11) until summer 2027 → running on 2026-11-26 → not_service_civique failing
    N("calendar_anchors", "situation", "en service civique depuis la Toussaint, et jusqu'à l'été", M(
        "Lina Haddou <lina.haddou@example.com>", "Candidature", "15 17:21",
        """Bonjour,

Je suis titulaire d'un BTS SP3S (2025). Je suis en service civique depuis la Toussaint, et jusqu'à l'été, dans une épicerie sociale.

Je voudrais savoir si je peux candidater pour un poste de conseillère après.

Lina Haddou
06 74 02 83 16""",
        app("Lina", "Haddou", phone="+33674028316", bac=2, grad="2025", failing=("not_service_civique",), status="b_sc_toussaint_jusqu_ete"),
    )),
    # Feature: chained_dates — situation — puis quelques mois de petits boulots, puis un service civique de dix mois
    # ambiguous: the civic service began «quelques mois» after June 2025: begun before February 2026 it has ended, begun later it runs past 2026-11-26
    # reckoned: 2025-06 + a few months = 2025-09…2026-03; + 10 months = end 2026-06…2026-12 → not_service_civique open
    N("chained_dates", "situation", "puis quelques mois de petits boulots, puis un service civique de dix mois", M(
        "Bérénice Lagarde <b.lagarde@chrs-la-passerelle.example.org>", "Candidature de M. Ibrahim Touré", "16 11:02",
        """Bonjour,

Travailleuse sociale au CHRS La Passerelle, je vous adresse la candidature de M. Ibrahim Touré, 23 ans. Il a obtenu sa licence de géographie en juin 2025, puis quelques mois de petits boulots, puis un service civique de dix mois dans une association d'aide aux devoirs.

Il souhaite travailler dans l'animation socio-culturelle. Vous pouvez le joindre au 07 56 19 82 47 (ibrahim.toure@example.net).

Cordialement,
Bérénice Lagarde""",
        app("Ibrahim", "Touré", phone="+33756198247", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_licence_petits_boulots_sc_dix_mois", email="ibrahim.toure@example.net", forwarded_by="b.lagarde@chrs-la-passerelle.example.org"),
    )),
    # Feature: chained_dates — graduation — le master est arrivé deux ans après la licence
    # reckoned: the licence in 2023 (at twenty) + two years = the master in 2025 → recent
    N("chained_dates", "graduation", "le master est arrivé deux ans après la licence", M(
        "Élise Marquet <elise.marquet@example.org>", "Candidature – Élise Marquet", "17 14:48",
        """Bonjour,

J'ai eu ma licence de lettres modernes l'année de mes vingt ans, en 2023, et le master est arrivé deux ans après la licence, sans détour. Vous trouverez mon CV ci-joint.

Je souhaite travailler dans une association de lutte contre l'illettrisme.

Élise Marquet
06 36 85 04 21""",
        app("Élise", "Marquet", phone="+33636850421", bac=5, grad="2025", status="b_master_deux_ans_apres_licence", info_in="both"),
        cv=CV("pdf", "CV_Elise_Marquet.pdf", """Élise Marquet — elise.marquet@example.org — 06 36 85 04 21
Formation
Licence de lettres modernes, 2023
Master Littératures et médiations, deux ans après la licence
Expérience
Bénévole en atelier d'écriture, association de quartier
Langues : français, anglais, italien"""),
    )),
    # Feature: search_duration — aim — I've been applying to charities and co-ops for seven weeks
    # reckoned: seven weeks of applications, all to charities and co-ops → job_seeking_ess met
    N("search_duration", "aim", "I've been applying to charities and co-ops for seven weeks", M(
        "Daniel Osei <daniel.osei@example.com>", "Pro'pulse – application", "18 09:14",
        """Hello,

I finished my MA in Community Development in Paris this September, and I've been applying to charities and co-ops for seven weeks now. A friend recommended your programme.

Best regards,
Daniel Osei
+33 7 43 28 19 60""",
        app("Daniel", "Osei", phone="+33743281960", bac=5, grad="2026-09", status="b_applying_seven_weeks", language="en"),
    )),
    # Feature: search_duration — aim — quatre mois que je postule uniquement dans la fonction publique territoriale
    # reckoned: four months of applications, only to local government → job_seeking_ess failing
    N("search_duration", "aim", "quatre mois que je postule uniquement dans la fonction publique territoriale", M(
        "Jérémy Caron <jeremy.caron@example.fr>", "Candidature", "19 12:00",
        """Bonjour,

Licence d'administration publique en poche (juin 2026), ça fait quatre mois que je postule uniquement dans la fonction publique territoriale, pour préparer ensuite le concours d'attaché. Votre programme pourrait-il m'aider à décrocher un contrat en mairie ?

Jérémy Caron
06 27 94 15 38""",
        app("Jérémy", "Caron", phone="+33627941538", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="b_quatre_mois_fonction_publique"),
    )),
    # Feature: relative_years — graduation — il y a cinq ans
    # reckoned: 2026 − 5 = 2021 → older than 24 months → graduation_recent failing
    N("relative_years", "graduation", "il y a cinq ans", M(
        "Nour El Amrani <nour.elamrani@example.net>", "Candidature", "20 10:45",
        """Bonjour,

J'ai terminé mon master de sciences politiques il y a cinq ans. Entre-temps j'ai surtout voyagé et fait du bénévolat. Je voudrais maintenant travailler pour une ONG.

Nour El Amrani
07 02 53 68 91""",
        app("Nour", "El Amrani", phone="+33702536891", bac=5, grad="2021", failing=("graduation_recent",), status="b_master_il_y_a_cinq_ans"),
    )),
    # Feature: relative_years — graduation — l'année d'avant l'an dernier
    # ambiguous: the year before last year is 2024, without a month: before November 2024 it is too old, from November on it is recent
    # reckoned: 2025 − 1 = 2024, month unknown → a year alone in 2024 → graduation_recent open
    N("relative_years", "graduation", "l'année d'avant l'an dernier", M(
        "Cyril Baptiste <cyril.baptiste@example.com>", "Correction de ma candidature", "21 08:19",
        """Bonjour,

Je me corrige : mon BTS Économie sociale familiale, je l'ai eu l'année d'avant l'an dernier, pas l'an dernier comme je l'ai écrit par erreur dans le formulaire.

Je cherche toujours un poste de conseiller dans une association de logement.

Cyril Baptiste
06 80 37 26 54""",
        app("Cyril", "Baptiste", phone="+33680372654", bac=2, grad="2024", unknown=("graduation_recent",), status="b_bts_annee_avant_an_dernier"),
    )),
    # Feature: status_durations — situation — a five-month internship that began in July
    # ambiguous: July + 5 months = July–November 2026: the internship ends in November, on a day not said, before or after 2026-11-26
    # reckoned: 2026-07 + 5 months → last month 2026-11, day unknown → not_internship open
    N("status_durations", "situation", "a five-month internship that began in July", M(
        "Mariana Costa <mariana.costa@example.org>", "Application – Mariana Costa", "22 16:05",
        """Dear Sir or Madam,

I hold a master's degree in Social Economy from the University of Coimbra (2025). I am finishing a five-month internship that began in July, at a cooperative bakery in Lyon.

I would like to stay in the social economy and find a paid position in France.

Yours faithfully,
Mariana Costa
+33 6 13 72 40 58""",
        app("Mariana", "Costa", phone="+33613724058", bac=5, grad="2025", unknown=("not_internship",), status="b_five_month_internship_july", language="en"),
    )),
    # Feature: status_durations — situation — stagiaire depuis 14 semaines sur 22
    # reckoned: 14 weeks done of 22 → 8 weeks left, until late January 2027 → not_internship failing
    N("status_durations", "situation", "stagiaire depuis 14 semaines sur 22", M(
        "Quentin Moreau <quentin.moreau@example.fr>", "candidature", "23 13:52",
        """Bonjour,

Je suis stagiaire depuis 14 semaines sur 22 dans une SCIC d'habitat participatif, après une licence pro obtenue en 2025. J'aimerais y rester, mais ils ne peuvent pas m'embaucher.

Je cherche donc un poste dans une coopérative ou une association du logement.

Quentin Moreau
07 91 46 03 25""",
        app("Quentin", "Moreau", phone="+33791460325", bac=3, grad="2025", failing=("not_internship",), status="b_stagiaire_14_semaines_sur_22"),
    )),
    # Feature: english_reckoning — graduation — I finished my BA in International Relations last spring
    # reckoned: last spring = spring 2026 → year 2026 → recent
    N("english_reckoning", "graduation", "I finished my BA in International Relations last spring", M(
        "Emily Carter <emily.carter@example.net>", "Application – Emily Carter", "24 09:37",
        """Hi,

I finished my BA in International Relations last spring (University of Kent) and moved to Marseille in the summer. I'm hoping to work for an NGO supporting migrants.

Thanks for reading,
Emily Carter
+33 7 65 90 12 47""",
        app("Emily", "Carter", phone="+33765901247", bac=3, grad="2026", status="b_ba_last_spring", language="en"),
    )),
    # Feature: english_reckoning — level — two years of a three-year degree behind me
    # ambiguous: two years of a British three-year degree, left before the third: no French diploma, and whether the years were passed is not said
    # reckoned: 2 of 3 years, validation unstated → bac "*", degree_level open
    N("english_reckoning", "level", "two years of a three-year degree behind me", M(
        "Callum Reid <callum.reid@example.com>", "Pro'pulse", "25 19:12",
        """Hello,

I've got two years of a three-year degree behind me (Sociology, Glasgow), then I left to look after my dad. I've been volunteering at a food bank since and I'd love a job in a charity.

Callum Reid
+44 7700 900845""",
        app("Callum", "Reid", phone="+447700900845", bac="*", grad=None, unknown=("degree_level",), status="b_two_of_three_years", language="en"),
    )),
]
