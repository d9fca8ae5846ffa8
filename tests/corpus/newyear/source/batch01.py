"""Newyear corpus, batch 01 (writer A): Monday 28 December 2026 – Monday 4 January 2027 (none on the 1st),
each mail read on its own day. The holidays: «l'an dernier» still 2025 until the 31st, then 2026; mail from
parents' homes and from drafts; a December 2024 diploma meeting the limit on the 28th, a November 2024 one
failing it on the 31st; internships begun on the 4th; an out-of-office, a question about 2027's session, a
network's «bilan 2026», a bounce and a partner's greetings."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question
from newyear import N

MESSAGES = [
    # Feature: newyear_other_mail — kind — de retour le lundi 4 janvier
    # route: an out-of-office (Auto-Submitted) of a partner federation's officer: her return date is nobody's situation → auto_reply
    N("newyear_other_mail", "kind", "de retour le lundi 4 janvier", M(
        "Bérengère Lavault <b.lavault@fol-ardeche.example.org>", "Réponse automatique : Atelier CV janvier", "2026-12-28 08:40",
        """Bonjour,

Je suis en congés et serai de retour le lundi 4 janvier. Vos messages ne sont pas transférés.
Pour toute urgence concernant les accueils collectifs de mineurs, merci d'écrire à accueil@fol-ardeche.example.org.

Belles fêtes de fin d'année !
Bérengère Lavault
Déléguée vie associative""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: last_year_words — graduation — j'ai eu mon master l'an dernier
    # route: the first lines, written on Monday 28 December 2026: a master «l'an dernier» (2025, a year alone that meets in December), an environmental-education post sought → bac+5 of 2025 → eligible
    N("last_year_words", "graduation", "j'ai eu mon master l'an dernier", M(
        "Maëlys Vercoutre <maelys.vercoutre@gmail.com>", "Candidature Pro'pulse", "2026-12-28 11:15",
        """Bonjour,

Je profite de la pause des fêtes pour vous écrire. J'ai eu mon master l'an dernier (Gestion de l'environnement, université de Savoie), et depuis je fais des animations nature en vacataire pour un CPIE, quelques heures par mois.

J'aimerais un vrai poste de chargée de projets en éducation à l'environnement dans une association. Votre programme m'a été conseillé par une ancienne de ma promo.

Bonne fin d'année,
Maëlys Vercoutre
06 41 87 22 90""",
        app("Maëlys", "Vercoutre", phone="+33641872290", bac=5, grad="2025", status="maelys_master_an_dernier"),
    )),
    # Feature: limit_turning — graduation — validé en décembre 2024
    # route: the second paragraph, read on 28 December 2026: a titre professionnel CIP (bac+2) «validé en décembre 2024» (24 months back: meets), an insertion post in an SIAE sought → bac+2 of 2024-12 → eligible
    N("limit_turning", "graduation", "validé en décembre 2024", M(
        "Rodrigue Ebanga <rodrigue.ebanga@outlook.fr>", "demande d'accompagnement", "2026-12-28 15:30",
        """Bonjour,

je me permets de vous contacter car je cherche un poste de conseiller en insertion professionnelle.

J'ai le titre professionnel CIP (niveau bac+2), validé en décembre 2024 après une formation à l'AFPA de Créteil. Depuis j'ai surtout fait de l'accueil en CDD courts dans une agence d'intérim, ce qui ne correspond pas à ce que je veux faire : je voudrais travailler dans un chantier d'insertion ou une entreprise d'insertion.

Est ce que votre programme pourrait m'aider ?

Cordialement
Rodrigue Ebanga
07 53 18 46 20""",
        app("Rodrigue", "Ebanga", phone="+33753184620", bac=2, grad="2024-12", status="rodrigue_cip_decembre_2024"),
        html="only",
    )),
    # Feature: holidays_gap — situation — je suis en stage jusqu'à fin février
    # route: written from the parents' home during the holidays: a licence of 2026 and an internship «jusqu'à fin février» only paused for the holidays (running on 28 December) → bac+3 of 2026, not_internship fails → not_eligible
    N("holidays_gap", "situation", "je suis en stage jusqu'à fin février", M(
        "Salomé Tardieu <salome.tardieu@laposte.net>", "pro'pulse", "2026-12-28 21:05",
        """Bonsoir,

Je vous écris de chez mes parents dans le Gers où je passe les fêtes, donc pardon si c'est un peu décousu.

J'ai fini ma licence de géographie en juin 2026. Là je suis en stage jusqu'à fin février dans un syndicat de rivière (convention avec la fac de Toulouse, j'ai juste une semaine de congé pour Noël) et je me demande déjà ce que je ferai après. Je voudrais rester dans le monde associatif, plutôt autour de l'eau ou de l'agriculture paysanne.

Je peux m'inscrire maintenant ou il faut attendre la fin du stage ?

Merci et bonnes fêtes,
Salomé""",
        app("Salomé", "Tardieu", phone=None, bac=3, grad="2026-06", failing=("not_internship",), status="salome_stage_fin_fevrier"),
    )),
    # Feature: resolutions — career_change — après neuf ans comme conseiller clientèle
    # route: the first paragraph: nine years as a bank adviser, a licence pro of 2026 taken in evening classes, the resolution to leave the bank for the ESS → bac+3 of 2026, not_career_change fails → not_eligible
    N("resolutions", "career_change", "après neuf ans comme conseiller clientèle", M(
        "Grégoire Lemercier-Vial <glemercier.vial@orange.fr>", "2027, l'année où je quitte la banque", "2026-12-29 09:20",
        """Madame, Monsieur,

Le titre de mon message est un peu provocateur, mais c'est la vérité : après neuf ans comme conseiller clientèle dans une banque de réseau, j'ai décidé que 2027 serait l'année où je pars. J'ai préparé pendant deux ans, en cours du soir, une licence professionnelle Gestion des structures de l'économie sociale, obtenue en juillet dernier.

J'ai 34 ans, je connais la gestion et la relation aux adhérents, et je voudrais les mettre au service d'une mutuelle ou d'une coopérative.

Je serais heureux d'échanger sur votre accompagnement.

Bien cordialement,
Grégoire Lemercier-Vial
06 72 30 15 84""",
        app("Grégoire", "Lemercier-Vial", phone="+33672301584", bac=3, grad="2026-07", failing=("not_career_change",), status="gregoire_quitter_la_banque"),
    )),
    # Feature: newyear_other_mail — kind — la prochaine session démarre quand en 2027
    # route: two lines asking when 2027's session starts, no fact of the writer's own → question
    N("newyear_other_mail", "kind", "la prochaine session démarre quand en 2027", M(
        "t.moreau-ndiaye@gmail.com", "session 2027", "2026-12-29 13:40",
        """Bonjour, la prochaine session démarre quand en 2027 ? Et est-ce que c'est toujours gratuit ?
Bonne journée""",
        question(),
    )),
    # Feature: english_newyear — situation — ends on 31 December
    # route: an English mail written on 29 December 2026: an MA of June 2026 and an internship that «ends on 31 December» (running two more days) → bac+5 of 2026-06, not_internship fails → not_eligible
    N("english_newyear", "situation", "ends on 31 December", M(
        "Orla Kavanagh <orla.kavanagh@gmail.com>", "Application - Pro'pulse programme", "2026-12-29 17:10",
        """Hi there,

I'm Orla, I'm Irish and I finished my MA in International Development at Sciences Po in June. My internship with a fair-trade cooperative in Montreuil ends on 31 December, so I'm finishing a few reports between Christmas and New Year.

From January I'd like to find a proper job in the social economy here in France - I've fallen in love with the cooperative model. Could I join your programme?

Best wishes for the new year,
Orla Kavanagh
07 66 42 18 35""",
        app("Orla", "Kavanagh", phone="+33766421835", bac=5, grad="2026-06", failing=("not_internship",), language="en", status="orla_internship_31_december"),
    )),
    # Feature: last_year_words — situation — en service civique depuis l'an dernier
    # route: written on 30 December 2026: a BTS of 2024 (year alone, open in December but not what decides), a civic service «depuis l'an dernier» (2025) running until March → bac+2, not_service_civique fails → not_eligible
    N("last_year_words", "situation", "en service civique depuis l'an dernier", M(
        "Nadir Hamdaoui <nadir.hamdaoui@hotmail.fr>", "inscription", "2026-12-30 10:10",
        """Salut l'équipe,

je suis en service civique depuis l'an dernier dans une asso de médiation numérique à Roubaix (oui ça fait long, il a été prolongé) et il se termine en mars. J'ai un BTS SIO que j'ai eu en 2024.

J'aimerais bien rester dans l'associatif après, genre animateur numérique ou conseiller France Services dans une structure de l'ESS.

Nadir
06 18 55 73 02""",
        app("Nadir", "Hamdaoui", phone="+33618557302", bac=2, grad="2024", failing=("not_service_civique",), unknown=("graduation_recent",), status="nadir_sc_depuis_an_dernier"),
    )),
    # Feature: school_year — graduation — promo 2024
    # ambiguous: «promo 2024» read on 30 December 2026 is a year alone: a June 2024 diploma fails, a December one would meet
    # route: the signature line and the first sentence: a licence pro «promo 2024», a post in a social housing association sought → bac+3 of 2024, graduation_recent open → to_verify
    N("school_year", "graduation", "promo 2024", M(
        "Clervie Le Guillou <clervie.leguillou@free.fr>", "Candidature - Clervie Le Guillou", "2026-12-30 13:30",
        """Bonjour,

Ancienne de la licence pro Intervention sociale - accompagnement de publics spécifiques (IUT de Lannion, promo 2024), je travaille depuis comme agente d'accueil dans une résidence sociale à Brest, en contrat aidé qui finit en janvier.

Je voudrais évoluer vers un poste de conseillère en économie sociale et familiale ou de chargée d'accompagnement dans un bailleur associatif ou une pension de famille.

Merci pour votre lecture, et belle fin d'année,

Clervie Le Guillou
LP IAPS - promo 2024
06 90 24 71 35""",
        app("Clervie", "Le Guillou", phone="+33690247135", bac=3, grad="2024", unknown=("graduation_recent",), status="clervie_promo_2024"),
    )),
    # Feature: december_past — situation — s'est terminé le 18 décembre
    # route: the first paragraph and a PDF CV: a licence of June 2026, a civic service at the Secours populaire ended on 18 December (before the reading day 30 December) → bac+3 of 2026-06 → eligible
    N("december_past", "situation", "s'est terminé le 18 décembre", M(
        "Tiago Sarmento <tiago.sarmento@gmail.com>", "Candidature Pro'pulse + CV", "2026-12-30 16:20",
        """Bonjour,

Mon service civique au Secours populaire de Clermont-Ferrand s'est terminé le 18 décembre, juste avant la grosse distribution de Noël (j'y suis retourné en bénévole d'ailleurs). J'ai une licence AES obtenue en juin 2026.

Je cherche maintenant un poste de coordinateur de bénévoles ou d'animateur de réseau dans une association de solidarité. Je vous joins mon CV.

Tiago Sarmento""",
        app("Tiago", "Sarmento", phone="+33648159027", bac=3, grad="2026-06", status="tiago_sc_fini_18_decembre", info_in="body"),
        cv=CV("pdf", "CV_Tiago_Sarmento.pdf", """Tiago Sarmento
Clermont-Ferrand - 06 48 15 90 27 - tiago.sarmento@gmail.com
Objectif : coordination de bénévoles dans une association de solidarité
Formation
Licence AES - Université Clermont Auvergne - 2023-2026 (obtenue en juin 2026)
Expérience
Service civique, Secours populaire du Puy-de-Dôme - février - décembre 2026 (fin le 18/12)
Vendeur à temps partiel, magasin de sport - 2024-2026
Bénévole, collecte alimentaire - depuis 2023"""),
    )),
    # Feature: limit_turning — graduation — diplômée en novembre 2024
    # route: the first sentence, read on 31 December 2026: a DEES «diplômée en novembre 2024» (25 months back: fails), a post in child protection sought → bac+3 of 2024-11, graduation_recent fails → not_eligible
    N("limit_turning", "graduation", "diplômée en novembre 2024", M(
        "Aurore Bénichou <aurore.benichou@gmail.com>", "Demande d'info / candidature", "2026-12-31 11:00",
        """Bonjour,

Je suis éducatrice spécialisée, diplômée en novembre 2024 (DEES, session de rattrapage de l'IRTS de Montrouge). J'ai travaillé depuis en intérim dans plusieurs foyers de l'enfance et j'aimerais maintenant me poser dans une association de protection de l'enfance, sur un poste en CDI.

Je ne sais pas si je rentre dans vos critères, j'ai vu que c'était pour les jeunes diplômés. Merci de me dire.

Aurore Bénichou
06 25 80 31 47""",
        app("Aurore", "Bénichou", phone="+33625803147", bac=3, grad="2024-11", failing=("graduation_recent",), status="aurore_dees_novembre_2024"),
    )),
    # Feature: newyear_other_mail — kind — Notre bilan 2026
    # route: an HTML-only newsletter of a network of tiers-lieux (List-Unsubscribe, Precedence bulk), its year's figures and its January dates → newsletter
    N("newyear_other_mail", "kind", "Notre bilan 2026", M(
        "Réseau des tiers-lieux d'Occitanie <lettre@tierslieux-occitanie.example.org>", "Notre bilan 2026 et ce qui vous attend en 2027", "2027-01-02 10:30",
        """Notre bilan 2026

En 2026, le réseau a accueilli 14 nouveaux lieux, accompagné 38 porteurs de projets et formé 120 bénévoles à la facilitation.

En 2027 : une formation « Gérer un tiers-lieu » ouverte aux jeunes diplômé·es (bac+2 minimum), une rencontre régionale à Albi le 28 janvier, et un appel à projets au printemps.

Toute l'équipe vous souhaite une belle année 2027 !

Se désinscrire : https://tierslieux-occitanie.example.org/desinscription""",
        newsletter(),
        html="only",
        headers={"List-Unsubscribe": "<https://tierslieux-occitanie.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: last_year_words — graduation — fini ma licence fin 2024
    # route: written on 2 January 2027: a licence finished «fin 2024» (a year alone 2024: fails read in January), a job in a cultural association sought → bac+3 of 2024, graduation_recent fails → not_eligible
    N("last_year_words", "graduation", "fini ma licence fin 2024", M(
        "Jordan Vilain <jordan.vilain@gmail.com>", "Bonne année + question", "2027-01-02 14:15",
        """Bonjour et bonne année !

J'ai fini ma licence fin 2024 (arts du spectacle, j'avais un semestre décalé à cause d'un Erasmus), et depuis j'ai fait régie et billetterie sur des festivals, en saison.

Je voudrais trouver un poste plus stable dans une association culturelle ou une salle de musiques actuelles associative. Est-ce que je peux candidater à Pro'pulse ?

Jordan Vilain
07 81 60 29 44""",
        app("Jordan", "Vilain", phone="+33781602944", bac=3, grad="2024", failing=("graduation_recent",), status="jordan_licence_fin_2024"),
    )),
    # Feature: year_ahead — studies_finished — ma soutenance est calée en juin
    # route: the second paragraph, read on 2 January 2027: an M1 obtained, the M2 in progress with its defence «calée en juin» (2027, ahead) → bac+4, studies_finished fails → not_eligible
    N("year_ahead", "studies_finished", "ma soutenance est calée en juin", M(
        "Ysaline Martel <ysaline.martel@etu.example.fr>", "Anticiper ma recherche d'emploi", "2027-01-02 18:40",
        """Bonjour,

Je m'organise pour cette nouvelle année et j'ai une question.

Je suis en M2 Alimentation durable et territoires à Grenoble : stage à partir de mars, et ma soutenance est calée en juin. J'ai déjà mon M1 (validé en 2026).

Je voudrais commencer à chercher un poste dans une coopérative dès maintenant pour septembre. Est-ce que votre programme m'est ouvert dès maintenant ou seulement une fois diplômée ?

Merci,
Ysaline Martel""",
        app("Ysaline", "Martel", phone=None, bac=4, grad=None, failing=("studies_finished",), status="ysaline_soutenance_juin"),
    )),
    # Feature: resolutions — career_change — six ans comme auxiliaire de vie
    # ambiguous: six years as a home carer after the bac and before a licence pro of 2026: a first trade left for a new diploma, or the work that paid the studies, the words do not say
    # route: the middle paragraph: «nouvelle année, nouveau départ» (a wish), six years of home care, a licence pro of June 2026, a coordination post in an ESS home-care association sought → bac+3 of 2026-06, not_career_change open → to_verify
    N("resolutions", "career_change", "six ans comme auxiliaire de vie", M(
        "Ramata Coulidiati <ramata.coulidiati@yahoo.fr>", "nouvelle année nouveau départ", "2027-01-02 23:50",
        """Bonsoir,

Nouvelle année, nouveau départ comme on dit ! Je me lance enfin.

Après mon bac j'ai travaillé six ans comme auxiliaire de vie à domicile, et en parallèle j'ai repris les études : j'ai obtenu en juin 2026 une licence professionnelle Coordination de projets en services à la personne.

J'aimerais devenir responsable de secteur dans une association d'aide à domicile ou un SSIAD associatif. Je suis de Villeurbanne.

Merci d'avance et meilleurs vœux,
Ramata Coulidiati
06 58 24 10 97""",
        app("Ramata", "Coulidiati", phone="+33658241097", bac=3, grad="2026-06", unknown=("not_career_change",), status="ramata_six_ans_auxiliaire"),
    )),
    # Feature: holidays_gap — kind — de chez ma grand-mère
    # route: typed over the holidays from a grandmother's house: whether the programme can be followed remotely, nothing of her own diploma or situation → question
    N("holidays_gap", "kind", "de chez ma grand-mère", M(
        "Cassandre <cassandre.p.r@gmail.com>", "question rapide", "2027-01-03 09:30",
        """Bonjour, je vous écris de chez ma grand-mère qui a une connexion catastrophique donc je fais court : est-ce que l'accompagnement peut se faire entièrement à distance ou il faut venir à Paris ? Merci et bonne année""",
        question(),
    )),
    # Feature: school_year — studies_finished — je suis en L3 cette année
    # route: the first paragraph: a BTS of June 2025, then «en L3 cette année» (the school year 2026-2027, running) → bac+2 of 2025-06, studies_finished fails → not_eligible
    N("school_year", "studies_finished", "je suis en L3 cette année", M(
        "Enzo Castagna <enzo.castagna13@gmail.com>", "candidature", "2027-01-03 11:45",
        """Bonjour,

j'ai eu un BTS ESF en juin 2025 et je suis en L3 cette année (licence sciences sociales à Aix, parcours intervention sociale). Je cherche un emploi pour la suite dans une asso du secteur social, idéalement à Marseille.

Je voulais savoir si je pouvais déjà m'inscrire chez vous.
Cordialement,
Enzo Castagna""",
        app("Enzo", "Castagna", phone=None, bac=2, grad="2025-06", failing=("studies_finished",), status="enzo_l3_cette_annee"),
    )),
    # Feature: written_for_newyear — aim — il ne sait pas trop ce qu'il veut
    # ambiguous: the father says his son «ne sait pas trop», maybe an association, maybe a sports shop: the ESS aim is the father's hope, not settled
    # route: a father writing after Christmas for his son Noé (BUT of June 2025, his address in the body), the son's aim unsettled → bac+3 of 2025-06, job_seeking_ess open → to_verify
    N("written_for_newyear", "aim", "il ne sait pas trop ce qu'il veut", M(
        "Dominique Ricordeau <dom.ricordeau56@orange.fr>", "Pour mon fils Noé", "2027-01-03 15:20",
        """Bonjour,

Nous avons beaucoup parlé de son avenir à Noël avec mon fils Noé Ricordeau, 23 ans, et je me permets de vous écrire pour lui (il est d'accord, il est en copie de mes pensées si ce n'est de ce mail !).

Il a un BUT Carrières sociales, obtenu en juin 2025, et depuis il travaille à mi-temps dans un magasin de sport. Pour être honnête il ne sait pas trop ce qu'il veut : parfois il parle de travailler dans une association de quartier, parfois de rester dans le commerce du sport. J'ai pensé que votre programme pourrait l'aider à y voir clair.

Son adresse : noe.ricordeau@gmail.com, son portable 06 37 92 14 58.

Avec mes remerciements,
Dominique Ricordeau""",
        app("Noé", "Ricordeau", phone="+33637921458", bac=3, grad="2025-06", unknown=("job_seeking_ess",), email="noe.ricordeau@gmail.com", forwarded_by="dom.ricordeau56@orange.fr", status="noe_par_son_pere"),
    )),
    # Feature: english_newyear — level — Licenciatura in Social Service
    # route: an English mail written on 3 January 2027: «I graduated last year» (2026, meets), a Licenciatura from Lisbon of unstated length, a job in a French migrants' association sought → level open → to_verify
    N("english_newyear", "level", "Licenciatura in Social Service", M(
        "Joana Figueiredo <joana.figueiredo@gmail.com>", "Application (Portuguese graduate)", "2027-01-03 19:00",
        """Dear Pro'pulse team,

Happy new year! I graduated last year from the University of Lisbon with a Licenciatura in Social Service, and I moved to Bordeaux in the autumn to join my partner.

I would like to work with migrants or asylum seekers in a French association. My French is good (B2) and improving every week. I don't have the ENIC-NARIC recognition yet, I haven't asked for it.

Thank you for reading,
Joana Figueiredo
+33 7 44 91 25 08""",
        app("Joana", "Figueiredo", phone="+33744912508", bac=None, grad="2026", unknown=("degree_level",), language="en", status="joana_licenciatura_lisbon"),
    )),
    # Feature: newyear_other_mail — kind — Undelivered Mail Returned to Sender
    # route: a delivery failure (multipart/report) of our end-of-year mail to a participant, the domain misspelt → bounce
    N("newyear_other_mail", "kind", "Undelivered Mail Returned to Sender", M(
        "MAILER-DAEMON <mailer-daemon@mx.example.net>", "Undelivered Mail Returned to Sender", "2027-01-03 21:30",
        """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<lucie.ravanel@gmial.com>: Host or domain name not found. Name service error for name=gmial.com type=A: Host not found""",
        bounce("lucie.ravanel@gmial.com"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; lucie.ravanel@gmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found""",
    )),
    # Feature: january_now — situation — depuis ce matin je suis en stage
    # route: written on Monday 4 January at noon: a BUT of 2026 and an internship begun «ce matin» for six months (running) → bac+3 of 2026-06, not_internship fails → not_eligible
    N("january_now", "situation", "depuis ce matin je suis en stage", M(
        "Lina Oubraham <lina.oubraham@gmail.com>", "Inscription programme", "2027-01-04 12:15",
        """Bonjour,

Petite pause déjeuner pour vous écrire : depuis ce matin je suis en stage pour six mois dans une régie de quartier à Nanterre (c'est un stage de ma licence pro que j'ai commencée en septembre après mon BUT Carrières sociales de juin 2026).

Je voudrais préparer ma recherche d'emploi dans l'ESS pour l'été. Pouvez-vous m'envoyer les modalités d'inscription ?

Lina Oubraham
06 19 84 52 70""",
        app("Lina", "Oubraham", phone="+33619845270", bac=3, grad="2026-06", failing=("studies_finished", "not_internship"), status="lina_stage_depuis_ce_matin"),
    )),
    # Feature: year_ahead — situation — je démarre un service civique le 1er février
    # route: the second paragraph, read on 4 January 2027: a licence of June 2026, a civic service he starts «le 1er février» (ahead: not yet a situation) → bac+3 of 2026-06 → eligible
    N("year_ahead", "situation", "je démarre un service civique le 1er février", M(
        "Corentin Guéguen <corentin.gueguen@protonmail.com>", "Candidature", "2027-01-04 13:50",
        """Bonjour,

Je m'appelle Corentin, licence d'histoire obtenue en juin 2026 à Rennes 2.

J'ai signé juste avant Noël : je démarre un service civique le 1er février, dans une ressourcerie à Morlaix, pour huit mois. En attendant je fais des extras en restauration.

Je voudrais ensuite travailler dans le réemploi ou l'économie circulaire, dans une association ou une Scop. Je préfère m'y prendre tôt !

Corentin Guéguen
07 62 14 83 09""",
        app("Corentin", "Guéguen", phone="+33762148309", bac=3, grad="2026-06", status="corentin_sc_commence_fevrier"),
    )),
    # Feature: winter_results — studies_finished — le jury se réunit le 20 janvier
    # ambiguous: every exam sat and the thesis defended in December, the jury «le 20 janvier» still ahead on 4 January: the master may or may not be awarded
    # route: the first paragraph: a master's last exams and thesis done, the jury on 20 January (ahead), a post in a fair-trade network sought → bac+5 awaited, studies_finished open → to_verify
    N("winter_results", "studies_finished", "le jury se réunit le 20 janvier", M(
        "Perrine Castelbon <perrine.castelbon@gmail.com>", "Candidature Pro'pulse - Perrine Castelbon", "2027-01-04 16:05",
        """Bonjour,

J'ai terminé mon master Commerce équitable et développement (parcours en un an et demi, décalé) : dernier examen le 17 décembre, mémoire soutenu le 21, et le jury se réunit le 20 janvier pour les résultats.

Je cherche un poste de chargée de mission dans un réseau du commerce équitable ou une association de solidarité internationale, à Lyon ou en télétravail.

Bien à vous,
Perrine Castelbon
06 47 35 90 18""",
        app("Perrine", "Castelbon", phone="+33647359018", bac=5, grad=None, unknown=("studies_finished",), status="perrine_jury_20_janvier"),
    )),
    # Feature: newyear_other_mail — kind — Meilleurs vœux 2027
    # route: an HTML-only greetings card of a partner association, its wishes and its «année pleine de projets», no one applying → other
    N("newyear_other_mail", "kind", "Meilleurs vœux 2027", M(
        "Les Petites Cantines du Val <contact@petitescantines-val.example.org>", "Meilleurs vœux 2027 !", "2027-01-04 16:40",
        """Meilleurs vœux 2027 !

Toute l'équipe des Petites Cantines du Val vous souhaite une année pleine de projets, de repas partagés et de belles rencontres.

Merci à l'équipe Pro'pulse pour les deux jeunes diplômées qui nous ont rejointes en 2026 : elles font désormais partie de la famille.

À très vite autour d'une table,
Jeanne, Karim et tous les bénévoles""",
        other(),
        html="only",
    )),
    # Feature: holidays_gap — situation — ce mail traînait dans mes brouillons
    # route: a mail begun before Christmas and sent on 4 January: the civic service it calls current ended «le 23 décembre» (before the reading day), a master of 2026 → bac+5 of 2026-09 → eligible
    N("holidays_gap", "situation", "ce mail traînait dans mes brouillons", M(
        "Soufiane Tahiri <soufiane.tahiri@gmail.com>", "Candidature Pro'pulse", "2027-01-04 20:10",
        """Bonjour,

(ce mail traînait dans mes brouillons depuis avant Noël, je le relis et je l'envoie enfin)

Je termine en ce moment mon service civique au sein d'une association de microcrédit à Lille, mission qui se finit le 23 décembre. J'ai obtenu mon master Finance solidaire en septembre 2026.

Je cherche un premier poste de chargé d'accompagnement de porteurs de projets dans la finance solidaire ou une couveuse d'entreprises. CV en pièce jointe.

Cordialement,
Soufiane Tahiri
06 84 11 27 59""",
        app("Soufiane", "Tahiri", phone="+33684112759", bac=5, grad="2026-09", status="soufiane_brouillon_sc_23_decembre"),
        cv=CV("docx", "CV_Soufiane_Tahiri.docx", """Soufiane Tahiri
Lille - 06 84 11 27 59 - soufiane.tahiri@gmail.com
Formation
Master Finance solidaire et microfinance - 2024-2026 - diplômé en septembre 2026
Licence Économie-gestion - 2021-2024
Expériences
Service civique, association de microcrédit, Lille - juin à décembre 2026 (fin le 23/12)
Trésorier, association étudiante de finance éthique - 2023-2025"""),
    )),
]
