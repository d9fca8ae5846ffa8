"""Newyear corpus, batch 03 (writer A): Saturday 9 – Tuesday 12 January 2027, each mail read on its own day.
Re-sits of early January and their results, «l'an passé» now 2026, «juste avant Noël», a civic service
prolonged past December, the second semester resumed, a placement beginning «demain» written on a Sunday
night, resolutions told in greetings; a reply sending a diploma, a careers office's question, a bounce, a
Mission locale's greetings and a sick-leave auto-reply."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from newyear import N

MESSAGES = [
    # Feature: winter_results — studies_finished — résultats lundi
    # ambiguous: the last re-sit sat on 7 January and its result due «lundi» (11 January) after the reading day 9 January: the licence may be passed or not
    # route: the first paragraph: every other unit of the licence validated, the re-sit sat, the result ahead → bac+3 awaited, studies_finished open → to_verify
    N("winter_results", "studies_finished", "résultats lundi", M(
        "Jade Vermorel <jade.vermorel@gmail.com>", "candidature en attendant mes résultats", "2027-01-09 09:10",
        """Bonjour,

J'ai passé jeudi mon rattrapage de statistiques, la dernière UE qui me manquait pour la licence de sociologie (tout le reste est validé depuis juin). Résultats lundi, je croise les doigts.

Je vous écris dès maintenant parce que je voudrais travailler dans une association d'éducation populaire ou un centre social, et j'ai l'impression que plus tôt je commence mieux c'est.

Bon week-end,
Jade Vermorel
06 28 73 14 95""",
        app("Jade", "Vermorel", phone="+33628731495", bac=3, grad=None, unknown=("studies_finished",), status="jade_rattrapage_resultats_lundi"),
    )),
    # Feature: newyear_other_mail — kind — voici le scan de mon diplôme
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our request quoted), a missing document sent → reply
    N("newyear_other_mail", "kind", "voici le scan de mon diplôme", M(
        "Hélène Bourgade <helene.bourgade@gmail.com>", "Re: Pièce manquante à votre dossier", "2027-01-09 11:30",
        """Bonjour,

Comme demandé, voici le scan de mon diplôme (désolée, je l'ai retrouvé chez mes parents pendant les vacances).

Bonne journée,
Hélène

Le mer. 16 déc. 2026 à 15:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Hélène,
> Il manque à votre dossier une copie de votre diplôme ou de votre attestation de réussite.
> Pouvez-vous nous l'envoyer en réponse à ce message ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<piece-2026-12-16-0207@animafac.net>"},
    )),
    # Feature: last_year_words — career_change — l'an dernier j'ai quitté l'armée après huit ans
    # route: the first paragraph, read on 9 January 2027: eight years in the army left «l'an dernier», then a licence pro of September 2026 → bac+3 of 2026-09, not_career_change fails → not_eligible
    N("last_year_words", "career_change", "l'an dernier j'ai quitté l'armée après huit ans", M(
        "Steeve Marcadet <steeve.marcadet@orange.fr>", "Candidature", "2027-01-09 15:00",
        """Madame, Monsieur,

Ancien militaire, l'an dernier j'ai quitté l'armée après huit ans (logistique, deux opérations extérieures). J'ai profité de ma reconversion pour passer une licence professionnelle Gestion des organisations de l'ESS, obtenue en septembre 2026.

Je souhaite désormais être utile autrement : logisticien dans une association humanitaire ou une banque alimentaire.

Respectueusement,
Steeve Marcadet
06 74 18 25 93""",
        app("Steeve", "Marcadet", phone="+33674182593", bac=3, grad="2026-09", failing=("not_career_change",), status="steeve_quitte_armee"),
    )),
    # Feature: december_past — graduation — j'ai soutenu le 18 décembre
    # route: the first sentence, read on 9 January 2027: a master defended on 18 December 2026 and the jury's decision the same day, a fund-raising post sought → bac+5 of 2026-12 → eligible
    N("december_past", "graduation", "j'ai soutenu le 18 décembre", M(
        "Capucine Dervaux <capucine.dervaux@gmail.com>", "Jeune diplômée - candidature Pro'pulse", "2027-01-09 18:20",
        """Bonjour,

Petit cadeau de Noël avant l'heure : j'ai soutenu le 18 décembre mon mémoire de master Management des organisations culturelles et solidaires, et le jury m'a annoncé la validation du diplôme dans la foulée.

Je cherche un poste de chargée de mécénat ou de développement des ressources dans une fondation ou une association culturelle. Mon CV est joint.

Bien cordialement,
Capucine Dervaux
07 53 92 64 10""",
        app("Capucine", "Dervaux", phone="+33753926410", bac=5, grad="2026-12", status="capucine_soutenu_18_decembre"),
        cv=CV("pdf", "CV_Capucine_Dervaux.pdf", """Capucine Dervaux
Lille - 07 53 92 64 10 - capucine.dervaux@gmail.com
Formation
Master Management des organisations culturelles et solidaires - 2024-2026 - soutenu le 18/12/2026
Licence Arts - 2021-2024
Expériences
Stage, fondation d'entreprise (mécénat culturel) - mars-août 2026
Bénévole, festival associatif de musiques du monde - 2022-2026"""),
    )),
    # Feature: newyear_other_mail — kind — le calendrier 2027
    # route: a school's careers office asking the 2027 dates of the programme to tell its students, no person presented → question
    N("newyear_other_mail", "kind", "le calendrier 2027", M(
        "Service insertion professionnelle - IUT de Béthune <insertion@iut-bethune.example.fr>", "Pro'pulse : le calendrier 2027 ?", "2027-01-10 10:00",
        """Bonjour,

Nous préparons nos ateliers d'insertion du second semestre et aimerions présenter Pro'pulse à nos diplômé·es de l'an dernier. Pourriez-vous nous indiquer le calendrier 2027 (dates des sessions, date limite de candidature) ?

Avec nos remerciements,
Le service insertion professionnelle""",
        question(),
    )),
    # Feature: english_newyear — situation — I still haven't heard whether the extension was signed
    # ambiguous: an internship whose agreement ended on 8 January and whose extension to March is asked but not known to be signed on 10 January: over or still running cannot be told
    # route: an English mail, read on 10 January 2027: an MSc of September 2026, an internship ended on the 8th unless its extension was signed → bac+5 of 2026-09, not_internship open → to_verify
    N("english_newyear", "situation", "I still haven't heard whether the extension was signed", M(
        "Hanna Holmgren <hanna.holmgren@gmail.com>", "Application - Hanna Holmgren", "2027-01-10 13:45",
        """Hello,

I'm Swedish, I graduated with an MSc in Sustainable Development from Uppsala last September and I've been in Paris since October.

It's complicated right now: my internship agreement with a housing cooperative said it ended on 8 January, but my supervisor asked the university to extend it to the end of March, and I still haven't heard whether the extension was signed. I keep going in, not knowing whether I'm officially an intern or not.

Either way I want a long-term job in the social economy, and I'd love to be part of your programme.

Best regards,
Hanna Holmgren
+33 7 56 20 84 31""",
        app("Hanna", "Holmgren", phone="+33756208431", bac=5, grad="2026-09", unknown=("not_internship",), language="en", status="hanna_internship_extension_unknown"),
    )),
    # Feature: january_now — studies_finished — le second semestre a repris lundi
    # route: the first lines, read on 10 January 2027: in the second year of a BUT whose second semester «a repris lundi» (a course running), only its first year passed → bac+1, degree_level and studies_finished fail → not_eligible
    N("january_now", "studies_finished", "le second semestre a repris lundi", M(
        "Rayan Boudjemaa <rayan.bdj@gmail.com>", "question inscription", "2027-01-10 16:30",
        """Bonjour,
je suis en 2e année de BUT Carrières sociales à Tours, le second semestre a repris lundi et je commence à penser à la suite. je voudrais travailler dans l'animation socioculturelle en association. est-ce que je peux rejoindre pro'pulse des maintenant ?
merci
Rayan Boudjemaa""",
        app("Rayan", "Boudjemaa", phone=None, bac=1, grad=None, failing=("degree_level", "studies_finished"), status="rayan_s2_a_repris"),
    )),
    # Feature: resolutions — kind — ma résolution : devenir marraine
    # route: a former participant's greetings telling her resolution (sponsoring a newcomer), her job already found, not applying → other
    N("resolutions", "kind", "ma résolution : devenir marraine", M(
        "Oriane Lebas <oriane.lebas@gmail.com>", "Bonne année à toute l'équipe !", "2027-01-10 20:15",
        """Chère équipe Pro'pulse,

Je vous souhaite une très belle année 2027 ! Un an déjà que j'ai commencé mon poste à la coopérative, grâce à vous en grande partie.

Ma résolution : devenir marraine d'un ou une participante de la prochaine promo, si vous cherchez des volontaires. Dites-moi comment faire.

Je vous embrasse,
Oriane (promo printemps 2025)""",
        other(),
    )),
    # Feature: holidays_gap — situation — demain je commence un stage
    # route: written late on Sunday 10 January: a licence of 2025 and an internship that begins «demain» (11 January, after the reading day: not yet a situation) → bac+3 of 2025-06 → eligible
    N("holidays_gap", "situation", "demain je commence un stage", M(
        "Alix Fromentin <alix.fromentin@gmail.com>", "avant de commencer", "2027-01-10 23:30",
        """Bonsoir,

Il est tard mais je ne dors pas : demain je commence un stage de deux mois dans une association de protection de l'environnement (convention avec un organisme de formation, pour un certificat de guide nature).

J'ai une licence de biologie depuis juin 2025, et ce que je veux vraiment c'est un emploi dans une association d'éducation à la nature. Je voulais vous écrire ce soir pour ne pas oublier, le rythme va changer demain.

Alix Fromentin
06 81 52 37 09""",
        app("Alix", "Fromentin", phone="+33681523709", bac=3, grad="2025-06", status="alix_stage_demain"),
    )),
    # Feature: school_year — graduation — M2 2024-2025
    # route: the CV line and the body, read on 11 January 2027: a master completed in the school year 2024-2025 (a diploma of 2025, a year alone that meets), a post in a mutual insurer sought → bac+5 of 2025 → eligible
    N("school_year", "graduation", "M2 2024-2025", M(
        "Timéo Bessonnat <timeo.bessonnat@gmail.com>", "Candidature Pro'pulse - Timéo Bessonnat", "2027-01-11 08:40",
        """Bonjour,

Diplômé d'un master Économie de la protection sociale, je cherche un premier emploi dans une mutuelle ou un organisme de prévoyance à but non lucratif. Depuis le master j'ai fait des vacations de chargé d'études.

Mon CV est en pièce jointe.

Timéo Bessonnat""",
        app("Timéo", "Bessonnat", phone="+33647213089", bac=5, grad="2025", info_in="cv", status="timeo_m2_2024_2025"),
        cv=CV("odt", "CV_Timeo_Bessonnat.odt", """Timéo Bessonnat
Bordeaux - 06 47 21 30 89 - timeo.bessonnat@gmail.com
Formation
M2 2024-2025 : Master Économie de la protection sociale, Université de Bordeaux
M1 2023-2024 : Master Économie appliquée
Licence Économie 2020-2023
Expériences
Chargé d'études vacataire, observatoire régional de la santé - 2025-2026
Stage, mutuelle étudiante - avril-août 2025"""),
    )),
    # Feature: written_for_newyear — graduation — son master validé en juin 2026
    # route: a former internship tutor presents her intern of last year (her contacts in the body): a master validated in June 2026, a post in a cooperative sought → bac+5 of 2026-06 → eligible
    N("written_for_newyear", "graduation", "son master validé en juin 2026", M(
        "Bénédicte Arnal <b.arnal@scop-lesartisans.example.com>", "Recommandation pour une ancienne stagiaire", "2027-01-11 10:05",
        """Bonjour,

J'ai été la tutrice de stage d'Ikram Zeroual l'an dernier, dans notre Scop de menuiserie, et nous nous sommes recroisées aux vœux de la CRESS. Elle cherche toujours et je pense sincèrement qu'elle mérite votre accompagnement.

Ikram a son master validé en juin 2026 (Management des entreprises de l'ESS, Montpellier). Elle a fait chez nous un travail remarquable sur l'entrée des salariés au sociétariat, et voudrait continuer dans une coopérative.

Vous pouvez la joindre à ikram.zeroual.pro@gmail.com ou au 06 43 80 27 16.

Bien à vous,
Bénédicte Arnal
Gérante, Scop Les Artisans""",
        app("Ikram", "Zeroual", phone="+33643802716", bac=5, grad="2026-06", email="ikram.zeroual.pro@gmail.com", forwarded_by="b.arnal@scop-lesartisans.example.com", status="ikram_par_sa_tutrice"),
    )),
    # Feature: newyear_other_mail — kind — Mail delivery failed
    # route: a delivery failure (multipart/report) of our January newsletter, the mailbox unknown → bounce
    N("newyear_other_mail", "kind", "Mail delivery failed", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.example.org>", "Mail delivery failed: returning message to sender", "2027-01-11 12:50",
        """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  quentin.malbranque@free.fr
    user unknown""",
        bounce("quentin.malbranque@free.fr"),
        bounce="""Reporting-MTA: dns; smtp.example.org
Final-Recipient: rfc822; quentin.malbranque@free.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown""",
    )),
    # Feature: year_ahead — graduation — je recevrai le diplôme papier cette année
    # route: the second paragraph, read on 11 January 2027: every mark of the M2 validated in September 2026 (the diploma obtained), only the paper diploma «cette année» ahead → bac+5 of 2026-09 → eligible
    N("year_ahead", "graduation", "je recevrai le diplôme papier cette année", M(
        "Noémie-Grace Atangana <ng.atangana@gmail.com>", "Candidature", "2027-01-11 15:20",
        """Bonjour,

Je souhaite rejoindre Pro'pulse pour trouver un poste de chargée de projets en santé communautaire, dans une association.

Toutes mes notes du M2 Santé publique sont validées depuis septembre 2026 ; à ce qu'on m'a dit, je recevrai le diplôme papier cette année, au printemps sûrement (l'université a toujours du retard). J'ai une attestation de réussite en attendant.

Cordialement,
Noémie-Grace Atangana
07 60 38 91 24""",
        app("Noémie-Grace", "Atangana", phone="+33760389124", bac=5, grad="2026-09", status="noemie_grace_diplome_papier"),
        html="only",
    )),
    # Feature: december_past — situation — il a été prolongé
    # ambiguous: a civic service due to end on 31 December and «prolongé» with no end date given: over or still running on 11 January cannot be told
    # route: the first paragraph: a BTS of 2025, a civic service that should have ended on 31 December, prolonged without a date → bac+2 of 2025-06, not_service_civique open → to_verify
    N("december_past", "situation", "il a été prolongé", M(
        "Lilou Ferrandon-Sow <lilou.ferrandonsow@gmail.com>", "pro'pulse", "2027-01-11 17:40",
        """Bonjour,

Mon service civique à l'épicerie solidaire de Chambéry devait finir le 31 décembre, mais il a été prolongé parce qu'on était en plein dans la collecte de fin d'année. Je ne sais pas encore exactement jusqu'à quand, la responsable doit voir avec l'agence.

J'ai un BTS Économie sociale familiale (juin 2025) et j'aimerais être conseillère dans une épicerie sociale ou une association de lutte contre la précarité.

Lilou Ferrandon-Sow
06 17 49 82 36""",
        app("Lilou", "Ferrandon-Sow", phone="+33617498236", bac=2, grad="2025-06", unknown=("not_service_civique",), status="lilou_sc_prolonge"),
    )),
    # Feature: resolutions — studies_finished — reprendre un master un jour
    # route: the resolutions list: a wish to «reprendre un master un jour» (no fact), a licence of June 2026 finished, an ESS job sought now → bac+3 of 2026-06 → eligible
    N("resolutions", "studies_finished", "reprendre un master un jour", M(
        "Zélie Moutarde <zelie.moutarde@laposte.net>", "Mes résolutions (et une candidature)", "2027-01-11 19:00",
        """Bonsoir,

Mes résolutions pour 2027, dans l'ordre :
1. trouver un travail dans l'ESS (d'où ce mail)
2. apprendre l'espagnol
3. peut-être reprendre un master un jour, mais pas avant d'avoir travaillé deux ou trois ans

J'ai fini ma licence Sciences de l'éducation en juin 2026. J'aimerais travailler dans une association d'accompagnement à la scolarité ou de soutien à la parentalité, à Nantes.

Zélie Moutarde
06 53 26 48 71""",
        app("Zélie", "Moutarde", phone="+33653264871", bac=3, grad="2026-06", status="zelie_resolutions"),
    )),
    # Feature: newyear_other_mail — kind — arrêt maladie
    # route: an out-of-office (Auto-Submitted) of a partner's officer on sick leave, return date unknown → auto_reply
    N("newyear_other_mail", "kind", "arrêt maladie", M(
        "Stéphanie Coquerel <s.coquerel@ressourcerie-ouest.example.org>", "Réponse automatique : Re: Intervention atelier Pro'pulse", "2027-01-12 08:15",
        """Bonjour,

Je suis actuellement en arrêt maladie et ne consulte pas ma messagerie. Pour toute demande, merci de contacter l'accueil de la ressourcerie : 02 99 41 27 60.

Stéphanie Coquerel""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: limit_turning — graduation — fin 2024 ou début 2025
    # ambiguous: «fin 2024 ou début 2025» read on 12 January 2027: a diploma of late 2024 is past the limit, one of early 2025 inside it, the writer does not remember which
    # route: the second paragraph: a licence pro whose validation came «fin 2024 ou début 2025», a post in a disability association sought → bac+3, graduation_recent open → to_verify
    N("limit_turning", "graduation", "fin 2024 ou début 2025", M(
        "Bastien Cheminade <bastien.cheminade@gmail.com>", "demande de renseignement", "2027-01-12 10:30",
        """Bonjour,

Je travaille depuis un moment comme AESH en contrat précaire et je voudrais passer à autre chose, dans une association du handicap (SESSAD, foyer, service d'accompagnement).

J'ai une licence pro Intervention sociale accompagnement des personnes handicapées. Je l'ai finie en alternance et le jury a validé fin 2024 ou début 2025, honnêtement je ne me souviens plus, il faudrait que je retrouve le relevé.

Merci d'avance,
Bastien Cheminade""",
        app("Bastien", "Cheminade", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="bastien_fin_2024_ou_debut_2025"),
    )),
    # Feature: newyear_other_mail — kind — Forum de l'emploi solidaire du 28 janvier
    # route: an HTML-only greetings card of a Mission locale with its January forum, nobody presented → other
    N("newyear_other_mail", "kind", "Forum de l'emploi solidaire du 28 janvier", M(
        "Mission locale du Pays d'Arles <communication@ml-paysdarles.example.fr>", "Nos vœux 2027 et notre Forum de l'emploi solidaire", "2027-01-12 12:00",
        """Toute l'équipe de la Mission locale du Pays d'Arles vous présente ses meilleurs vœux pour 2027.

Nous vous donnons rendez-vous au Forum de l'emploi solidaire du 28 janvier, salle des fêtes de Tarascon, de 9h à 13h : une trentaine de structures de l'ESS, des chantiers d'insertion et des associations qui recrutent.

Les partenaires qui souhaitent tenir un stand peuvent répondre à ce message avant le 20 janvier.""",
        other(),
        html="only",
    )),
    # Feature: school_year — aim — ou un ministère
    # ambiguous: a Sciences Po graduate of «promo 2026» who hesitates between an NGO, an international organisation and a ministry: the ESS is one of three aims
    # route: the last paragraph: «promo 2026» (a diploma of 2026, meets), the aim split between an NGO, an international organisation «ou un ministère» → bac+5 of 2026, job_seeking_ess open → to_verify
    N("school_year", "aim", "ou un ministère", M(
        "Gaspard Ndongo-Lefèvre <gaspard.ndongo@sciencespo-alumni.example.org>", "Candidature - promo 2026", "2027-01-12 13:30",
        """Bonjour,

Je suis diplômé de Sciences Po Lille (promo 2026, master Affaires publiques, cinq ans d'études), et j'ai passé l'automne à voyager puis à préparer, sans conviction, des concours administratifs.

Je cherche maintenant un premier poste où je serais utile : une ONG de plaidoyer, une organisation internationale, ou un ministère, je n'ai pas encore tranché. On m'a dit que votre programme aidait à y voir plus clair.

Gaspard Ndongo-Lefèvre
06 90 51 37 28""",
        app("Gaspard", "Ndongo-Lefèvre", phone="+33690513728", bac=5, grad="2026", unknown=("job_seeking_ess",), status="gaspard_promo_2026"),
    )),
    # Feature: winter_results — graduation — rattrapage validé le 11 janvier
    # route: the subject and first line, read on 12 January 2027: the re-sit of the last BTS unit validated on 11 January (the day before), an ESS job sought → bac+2 of 2027-01 → eligible
    N("winter_results", "graduation", "rattrapage validé le 11 janvier", M(
        "Kenza Belhocine <kenza.belhocine@gmail.com>", "BTS obtenu (rattrapage validé le 11 janvier)", "2027-01-12 15:10",
        """Bonjour,

Comme dit dans l'objet : rattrapage validé le 11 janvier, j'ai enfin mon BTS SP3S complet ! C'était la dernière épreuve qui me manquait.

Je cherche un poste de coordinatrice ou d'assistante sociale de secteur dans une association d'aide aux personnes âgées, dans le Val-de-Marne.

Kenza Belhocine
07 45 16 82 90""",
        app("Kenza", "Belhocine", phone="+33745168290", bac=2, grad="2027-01", status="kenza_rattrapage_valide"),
    )),
    # Feature: january_now — situation — Depuis lundi je suis en CDD
    # route: the first paragraph, read on 12 January 2027: a BTS of 2025 and a salaried fixed-term job begun on Monday 11 January (a job, no placement), a more lasting ESS job sought → bac+2 of 2025-06 → eligible
    N("january_now", "situation", "Depuis lundi je suis en CDD", M(
        "Nolan Guillemot <nolan.guillemot@gmail.com>", "Candidature", "2027-01-12 17:00",
        """Bonjour,

Depuis lundi je suis en CDD : trois mois d'agent d'accueil dans une association de tourisme social, un remplacement. C'est bien mais ça ne durera pas.

J'ai un BTS Tourisme obtenu en juin 2025 et je voudrais trouver un poste durable dans le tourisme social et solidaire (villages vacances associatifs, auberges de jeunesse).

Nolan Guillemot
06 36 84 20 57""",
        app("Nolan", "Guillemot", phone="+33636842057", bac=2, grad="2025-06", status="nolan_cdd_commence_lundi"),
    )),
    # Feature: english_newyear — aim — a marketing role in a big tech company
    # route: an English mail, read on 12 January 2027: a BA of 2026, a marketing job sought in a large tech firm, no ESS aim → bac+3 of 2026-06, job_seeking_ess fails → not_eligible
    N("english_newyear", "aim", "a marketing role in a big tech company", M(
        "Dmitri Volkonsky <dmitri.volkonsky@gmail.com>", "Job search help", "2027-01-12 18:45",
        """Hi,

A friend forwarded me your programme over the holidays. I graduated last year (BA in Business and Marketing, University of Kent, June 2026) and I'm now living in Paris.

I'm looking for a marketing role in a big tech company, ideally a growth or product marketing position with a good salary. Can you help with introductions?

Thanks,
Dmitri Volkonsky
07 83 21 45 60""",
        app("Dmitri", "Volkonsky", phone="+33783214560", bac=3, grad="2026-06", failing=("job_seeking_ess",), language="en", status="dmitri_big_tech_marketing"),
    )),
    # Feature: year_ahead — studies_finished — je soutiens en septembre
    # route: the second paragraph, read on 12 January 2027: a master's thesis to defend «en septembre» (2027, ahead), an M1 obtained → bac+4, studies_finished fails → not_eligible
    N("year_ahead", "studies_finished", "je soutiens en septembre", M(
        "Héloïse Tran-Duc <heloise.tranduc@gmail.com>", "Question", "2027-01-12 20:10",
        """Bonjour,

Je fais un M2 en alternance (Développement local, Université de Lorraine). Mon contrat d'apprentissage court jusqu'à fin août, et je soutiens en septembre.

Mon alternance est dans une communauté de communes et je voudrais basculer vers une structure de l'ESS à la fin. Je peux déjà m'inscrire ?

Héloïse Tran-Duc""",
        app("Héloïse", "Tran-Duc", phone=None, bac=4, grad=None, failing=("studies_finished",), status="heloise_soutiens_septembre"),
    )),
    # Feature: last_year_words — studies_finished — l'an dernier j'ai fini mes cours de M2
    # ambiguous: the M2's courses ended «l'an dernier» but nothing says the master was awarded: no thesis, no jury, no result told
    # route: the first sentence, read on 12 January 2027: the courses of an M2 finished in 2026, its award not said → bac+5 awaited, studies_finished open → to_verify
    N("last_year_words", "studies_finished", "l'an dernier j'ai fini mes cours de M2", M(
        "Amandine Ravier <amandine.ravier@orange.fr>", "Candidature Pro'pulse", "2027-01-12 21:00",
        """Bonsoir,

L'an dernier j'ai fini mes cours de M2 Sciences politiques (parcours ESS et action publique), et depuis j'ai fait beaucoup de bénévolat dans une association de défense des droits des locataires.

Je voudrais en faire mon métier : chargée de plaidoyer ou animatrice de réseau dans une association.

Merci de votre attention,
Amandine Ravier
06 28 46 90 13""",
        app("Amandine", "Ravier", phone="+33628469013", bac=5, grad=None, unknown=("studies_finished",), status="amandine_cours_m2_an_dernier"),
    )),
    # Feature: written_for_newyear — career_change — après quinze ans de cariste
    # route: a France Travail adviser back from leave presents a man (his contacts in the body): fifteen years as a forklift driver, then a licence pro of 2026 → bac+3 of 2026-06, not_career_change fails → not_eligible
    N("written_for_newyear", "career_change", "après quinze ans de cariste", M(
        "Christelle Aubineau <christelle.aubineau@francetravail.example.fr>", "Présentation d'un demandeur d'emploi", "2027-01-12 22:30",
        """Bonjour,

Je reviens vers vous après les congés au sujet de M. Frédéric Lemoal, 39 ans, que je suis depuis l'an dernier.

Après quinze ans de cariste dans un entrepôt de la grande distribution, M. Lemoal a obtenu en juin 2026 une licence professionnelle Coordination de projets de l'ESS, financée par un projet de transition professionnelle. Il cherche un poste de coordinateur logistique dans une banque alimentaire ou une ressourcerie.

Coordonnées : frederic.lemoal@gmail.com - 06 55 29 81 47.

Cordialement,
Christelle Aubineau
Conseillère France Travail, agence de Saint-Nazaire""",
        app("Frédéric", "Lemoal", phone="+33655298147", bac=3, grad="2026-06", failing=("not_career_change",), email="frederic.lemoal@gmail.com", forwarded_by="christelle.aubineau@francetravail.example.fr", status="frederic_par_sa_conseillere"),
    )),
]
