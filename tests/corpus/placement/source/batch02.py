"""Placement corpus, batch 02 (writer A): the fact in an aside («(diplôme reçu en juillet dernier)», «— en stage
jusqu'au 15 janvier —», a footnote mark), in a postscript after the signature (a P.S., PPS, NB or «Edit :»
that adds the fact or corrects the body), and in the signature block or a sign-off title, the body silent
(or updating an old signature); other mail placed the same way (a question in a P.S., an out-of-office in an
aside, «Service des admissions» in a signature, a bounce, a newsletter's sign-off)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other, question, reply
from placement import N

MESSAGES = [
    # Feature: aside — graduation — (diplôme reçu en juillet dernier)
    # placed: aside in parentheses «(diplôme reçu en juillet dernier)» = licence pro obtained July 2026 → meets graduation_recent
    N("aside", "graduation", "(diplôme reçu en juillet dernier)", M(
        "Margaux Lepetit <margaux.lepetit@example.org>", "Candidature Pro'pulse", "02 10:20",
        """Bonjour,

Titulaire d'une licence professionnelle coordination de projets de développement social (diplôme reçu en juillet dernier), je souhaite rejoindre une association culturelle ou un tiers-lieu associatif comme chargée de médiation.

Je suis disponible pour vous rencontrer quand vous le souhaitez.

Margaux Lepetit
06 31 75 42 08""",
        app("Margaux", "Lepetit", phone="+33631754208", bac=3, grad="2026-07", status="aside_last_july"),
    )),
    # Feature: aside — situation — — en stage jusqu'au 12 février —
    # placed: aside between dashes «— en stage jusqu'au 12 février —» = internship running until February 2027 → fails not_internship
    N("aside", "situation", "— en stage jusqu'au 12 février —", M(
        "Quentin Abadie <quentin.abadie@example.net>", "candidature", "03 13:45",
        """Bonjour,

Après un master en développement territorial obtenu en septembre 2026, je suis actuellement — en stage jusqu'au 12 février — à la chambre régionale de l'économie sociale et solidaire d'Occitanie, et je prépare la suite.

Je voudrais travailler dans une SCIC ou un pôle territorial de coopération économique.

Quentin Abadie
07 54 20 63 91""",
        app("Quentin", "Abadie", phone="+33754206391", bac=5, grad="2026-09", failing=("not_internship",), status="aside_stage_february"),
    )),
    # Feature: aside — level — (bac+2 ou bac+3 selon l'équivalence, toujours en cours d'examen)
    # ambiguous: the Moroccan diploma's French level is still being assessed: bac+2 or bac+3 per the aside, and no other word settles it
    # placed: aside in parentheses «(bac+2 ou bac+3 selon l'équivalence, toujours en cours d'examen)» = level not settled → open degree_level
    N("aside", "level", "(bac+2 ou bac+3 selon l'équivalence, toujours en cours d'examen)", M(
        "Othmane Benjelloun <othmane.benjelloun@example.com>", "Candidature au programme", "04 17:02",
        """Bonjour,

J'ai obtenu en 2025 un diplôme de technicien spécialisé en gestion à Casablanca (bac+2 ou bac+3 selon l'équivalence, toujours en cours d'examen) et je vis à Lyon depuis février.

Je cherche un emploi d'assistant administratif dans une association ou une coopérative. Je peux vous envoyer mes documents.

Othmane Benjelloun
06 73 48 15 26""",
        app("Othmane", "Benjelloun", phone="+33673481526", bac=None, grad="2025", unknown=("degree_level",), status="aside_equivalence_pending"),
    )),
    # Feature: aside — studies_finished — * completed in July 2025, not enrolled anywhere since
    # placed: footnote «* completed in July 2025, not enrolled anywhere since» = bachelor's finished July 2025 → meets studies_finished and graduation_recent
    N("aside", "studies_finished", "* completed in July 2025, not enrolled anywhere since", M(
        "Chinedu Okonkwo <chinedu.okonkwo@example.com>", "Application — Pro'pulse", "05 09:37",
        """Dear Pro'pulse team,

I hold a bachelor's degree in psychology* from Université Paris Cité and would like to work for a charity supporting young people, ideally in youth mentoring or in a community centre.

I'm available for an interview any day next week.

Kind regards,
Chinedu Okonkwo
+33 7 41 62 85 03

* completed in July 2025, not enrolled anywhere since""",
        app("Chinedu", "Okonkwo", phone="+33741628503", bac=3, grad="2025-07", language="en", status="aside_en_footnote"),
    )),
    # Feature: aside — graduation — (BTS obtenu en 2022)
    # placed: aside in parentheses «(BTS obtenu en 2022)» = BTS four years ago → fails graduation_recent
    N("aside", "graduation", "(BTS obtenu en 2022)", M(
        "Élodie Guérin <elodie.guerin@example.fr>", "Pro'pulse", "06 20:14",
        """Bonsoir,

Je travaille depuis quelques mois comme assistante dans une agence de voyages (BTS obtenu en 2022) et j'aimerais me tourner vers le tourisme solidaire, dans une association ou une coopérative de voyages.

Est-ce que votre programme pourrait m'aider ?

Élodie Guérin
06 92 31 07 54""",
        app("Élodie", "Guérin", phone="+33692310754", bac=2, grad="2022", failing=("graduation_recent",), status="aside_bts_2022"),
    )),
    # Feature: aside — situation — — en mission de volontariat jusqu'à fin décembre —
    # ambiguous: a «mission de volontariat» held now with no scheme named: a service civique would fail, a plain benevolent mission would not
    # placed: aside between dashes «— en mission de volontariat jusqu'à fin décembre —» = a volunteering mission of unstated scheme running now → open not_service_civique
    N("aside", "situation", "— en mission de volontariat jusqu'à fin décembre —", M(
        "Bastien Kowalczyk <bastien.kowalczyk@example.org>", "candidature Pro'pulse", "07 11:50",
        """Bonjour,

Licence de géographie obtenue en juin 2025. Je suis pour l'instant — en mission de volontariat jusqu'à fin décembre — dans une association d'éducation à l'environnement dans les Vosges.

Ensuite, je voudrais être animateur nature salarié dans une association ou un CPIE.

Bastien Kowalczyk
06 58 40 21 67""",
        app("Bastien", "Kowalczyk", phone="+33658402167", bac=3, grad="2025-06", unknown=("not_service_civique",), status="aside_volontariat_unstated"),
    )),
    # Feature: aside — kind — (je pose la question pour une amie)
    # placed: aside in parentheses «(je pose la question pour une amie)» = a question about a third person's case, no applicant → kind question
    N("aside", "kind", "(je pose la question pour une amie)", M(
        "Hélène Marchal <helene.marchal@example.net>", "DEUST accepté ?", "08 12:04",
        """Bonjour,

Est-ce qu'un DEUST suffit pour entrer dans Pro'pulse (je pose la question pour une amie) ou faut-il une licence ?

Merci d'avance,
Hélène""",
        question(),
    )),
    # Feature: aside — kind — (retour le lundi 30 novembre)
    # placed: aside in parentheses «(retour le lundi 30 novembre)» = the sender is away → kind auto_reply
    N("aside", "kind", "(retour le lundi 30 novembre)", M(
        "Arnaud Steiner <arnaud.steiner@example.org>", "Réponse automatique : Votre candidature", "09 08:00",
        """Bonjour,

Je suis en congé (retour le lundi 30 novembre) et ne consulte pas mes messages. Pour toute urgence, écrivez à accueil@example.org.

Arnaud Steiner""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: postscript — situation — P.S. : j'ai oublié de préciser que mon service civique se termine le 30 novembre
    # placed: P.S. «j'ai oublié de préciser que mon service civique se termine le 30 novembre» = still in it today (ends in 4 days) → fails not_service_civique
    N("postscript", "situation", "P.S. : j'ai oublié de préciser que mon service civique se termine le 30 novembre", M(
        "Anaïs Berthelot <anais.berthelot@example.com>", "candidature", "10 18:32",
        """Bonjour,

J'ai un BTS Tourisme obtenu en juin 2025 et je voudrais travailler dans l'accueil d'une auberge de jeunesse associative ou d'un centre de vacances de la Ligue.

Je suis disponible pour échanger par téléphone.

Anaïs Berthelot
06 40 17 93 25

P.S. : j'ai oublié de préciser que mon service civique se termine le 30 novembre""",
        app("Anaïs", "Berthelot", phone="+33640179325", bac=2, grad="2025-06", failing=("not_service_civique",), status="ps_sc_ends_30_nov"),
    )),
    # Feature: postscript — situation — Correction : mon stage a pris fin le 13 novembre, je me suis mal exprimé plus haut.
    # placed: P.S. «Correction : mon stage a pris fin le 13 novembre, je me suis mal exprimé plus haut.» = corrects the body's «je suis en stage»: over → meets not_internship (the later, more specific word wins)
    N("postscript", "situation", "Correction : mon stage a pris fin le 13 novembre, je me suis mal exprimé plus haut.", M(
        "Rémi Fabre <remi.fabre@example.net>", "Candidature Pro'pulse — Rémi Fabre", "26 09:10",
        """Bonjour,

Je suis en stage dans une régie de quartier à Saint-Étienne et j'ai obtenu ma licence professionnelle gestion des structures sanitaires et sociales en juin 2026. J'aimerais rester dans l'insertion par l'activité économique, comme encadrant technique ou chargé d'accompagnement.

Bien cordialement,
Rémi Fabre
07 19 84 52 30

P.S. Correction : mon stage a pris fin le 13 novembre, je me suis mal exprimé plus haut.""",
        app("Rémi", "Fabre", phone="+33719845230", bac=3, grad="2026-06", status="ps_stage_ended_13_nov"),
    )),
    # Feature: postscript — aim — NB : je vise surtout les cabinets de conseil en RSE
    # placed: NB «je vise surtout les cabinets de conseil en RSE» = the job sought is CSR consulting → fails job_seeking_ess
    N("postscript", "aim", "NB : je vise surtout les cabinets de conseil en RSE", M(
        "Clara Vidal-Nguyen <clara.vidalnguyen@example.org>", "Candidature programme", "11 14:22",
        """Bonjour,

Diplômée d'un master en management de la transition écologique en septembre 2025, je m'intéresse à votre programme d'accompagnement.

Merci de me tenir au courant des prochaines sessions.

Clara Vidal-Nguyen
06 85 12 60 49

NB : je vise surtout les cabinets de conseil en RSE""",
        app("Clara", "Vidal-Nguyen", phone="+33685126049", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="ps_nb_rse_consulting"),
    )),
    # Feature: postscript — graduation — Edit : j'ai oublié la date, master obtenu en octobre 2025
    # placed: «Edit :» line after the signature «j'ai oublié la date, master obtenu en octobre 2025» = master 13 months ago → meets graduation_recent
    N("postscript", "graduation", "Edit : j'ai oublié la date, master obtenu en octobre 2025", M(
        "Adama Coulibaly <adama.coulibaly@example.fr>", "Candidature — master ESS", "12 21:03",
        """Bonjour,

J'ai un master en économie sociale et solidaire de l'université de Rennes 2 et je cherche un poste de chargé de développement dans un réseau d'associations ou une fédération de SCOP.

Je suis joignable au 06 26 38 71 94.

Adama Coulibaly

Edit : j'ai oublié la date, master obtenu en octobre 2025""",
        app("Adama", "Coulibaly", phone="+33626387194", bac=5, grad="2025-10", status="ps_edit_master_october"),
    )),
    # Feature: postscript — graduation — P.S. : erreur dans mon message, c'est en 2024 que j'ai eu le BTS, pas 2025
    # ambiguous: the P.S. corrects the body's 2025 to 2024 with no month: a 2024 BTS may be inside or outside 24 months
    # placed: P.S. «erreur dans mon message, c'est en 2024 que j'ai eu le BTS, pas 2025» = corrects the body: year only, 2024 → open graduation_recent
    N("postscript", "graduation", "P.S. : erreur dans mon message, c'est en 2024 que j'ai eu le BTS, pas 2025", M(
        "Jérémy Lambert <jeremy.lambert@example.com>", "candidature", "13 16:47",
        """Bonjour,

J'ai obtenu mon BTS Services informatiques aux organisations en 2025 et je voudrais mettre mes compétences au service d'une association : gestion du parc informatique, aide numérique aux usagers.

Bonne journée,
Jérémy Lambert
06 03 91 58 24

P.S. : erreur dans mon message, c'est en 2024 que j'ai eu le BTS, pas 2025""",
        app("Jérémy", "Lambert", phone="+33603915824", bac=2, grad="2024", unknown=("graduation_recent",), status="ps_corrects_year"),
    )),
    # Feature: postscript — studies_finished — P.S. : il me reste un rattrapage en janvier pour valider la licence
    # placed: P.S. «il me reste un rattrapage en janvier pour valider la licence» = licence not yet validated, a resit to come → fails studies_finished
    N("postscript", "studies_finished", "P.S. : il me reste un rattrapage en janvier pour valider la licence", M(
        "Mathis Giraud <mathis.giraud@example.net>", "Pro'pulse candidature", "14 10:58",
        """Bonjour,

Je termine une licence d'administration économique et sociale à Poitiers et j'aimerais travailler dans une mutuelle ou une association gestionnaire d'établissements médico-sociaux.

Merci pour votre retour,
Mathis Giraud
07 36 80 14 52

P.S. : il me reste un rattrapage en janvier pour valider la licence""",
        app("Mathis", "Giraud", phone="+33736801452", bac="*", grad=None, failing=("studies_finished",), status="ps_resit_january"),
    )),
    # Feature: postscript — kind — P.S. : faut-il être inscrit à France Travail pour candidater ?
    # placed: P.S. «faut-il être inscrit à France Travail pour candidater ?» = a question on the rules, no personal fact → kind question
    N("postscript", "kind", "P.S. : faut-il être inscrit à France Travail pour candidater ?", M(
        "Yohann Perret <yohann.perret@example.org>", "Merci pour la réunion", "15 19:25",
        """Bonjour,

Merci pour la réunion d'information de mardi, c'était très clair.

Yohann

P.S. : faut-il être inscrit à France Travail pour candidater ?""",
        question(),
    )),
    # Feature: postscript — kind — P.S. : mon numéro a changé, c'est désormais le 06 77 21 48 35
    # placed: P.S. «mon numéro a changé, c'est désormais le 06 77 21 48 35» = a reply in our thread giving a new number → kind reply
    N("postscript", "kind", "P.S. : mon numéro a changé, c'est désormais le 06 77 21 48 35", M(
        "Fatoumata Keïta <fatoumata.keita@example.net>", "Re: Pièces manquantes", "16 11:40",
        """Bonjour,

Voici l'attestation demandée, en pièce jointe de mon précédent message. Merci de votre patience.

Fatoumata Keïta

P.S. : mon numéro a changé, c'est désormais le 06 77 21 48 35""",
        reply(),
        headers={"In-Reply-To": "<pieces-4410@animafac.net>", "References": "<pieces-4410@animafac.net>"},
    )),
    # Feature: signature — situation — Volontaire en service civique — Unis-Cité Villeurbanne
    # placed: signature «Volontaire en service civique — Unis-Cité Villeurbanne» = civic service held now, body silent → fails not_service_civique
    N("signature", "situation", "Volontaire en service civique — Unis-Cité Villeurbanne", M(
        "Naïma Carvalho <naima.carvalho@example.org>", "Candidature Pro'pulse", "17 09:12",
        """Bonjour,

J'ai une licence de géographie obtenue en juin 2025 et je voudrais travailler dans une association d'accompagnement des personnes âgées isolées.

Je serais ravie de participer à votre prochaine session.

--
Naïma Carvalho
Volontaire en service civique — Unis-Cité Villeurbanne
06 44 29 71 86""",
        app("Naïma", "Carvalho", phone="+33644297186", bac=3, grad="2025-06", failing=("not_service_civique",), status="sig_unis_cite"),
    )),
    # Feature: signature — level — Master 2 ESS — promo 2025
    # placed: signature «Master 2 ESS — promo 2025» = master, level 5, 2025 → meets degree_level and graduation_recent
    N("signature", "level", "Master 2 ESS — promo 2025", M(
        "Victor Hamon <victor.hamon@example.net>", "Pro'pulse", "18 15:33",
        """Bonjour,

Je cherche un poste de chargé de mission dans une coopérative d'activités et d'emploi ou un incubateur d'entreprises sociales. Pouvons-nous en parler ?

Victor Hamon
Master 2 ESS — promo 2025
Université Paris-Est Créteil
06 87 32 15 60""",
        app("Victor", "Hamon", phone="+33687321560", bac=5, grad="2025", status="sig_m2_promo_2025"),
    )),
    # Feature: signature — situation — Stagiaire chargée de mécénat
    # placed: signature «Stagiaire chargée de mécénat» = an internship held now, body silent → fails not_internship
    N("signature", "situation", "Stagiaire chargée de mécénat", M(
        "Pauline Brunet <pauline.brunet@example.com>", "Candidature", "19 12:47",
        """Bonjour,

Je viens de découvrir Pro'pulse et je souhaite rejoindre le programme : j'ai un BUT Information-communication obtenu en juin 2026 et je voudrais travailler pour une fondation ou une association culturelle.

Pauline Brunet
Stagiaire chargée de mécénat
Fondation des Amis du Patrimoine
07 21 58 43 09""",
        app("Pauline", "Brunet", phone="+33721584309", bac=3, grad="2026-06", failing=("not_internship",), status="sig_stagiaire_mecenat"),
    )),
    # Feature: signature — situation — Volontaire en service civique — Les Petits Frères des Pauvres
    # placed: old signature «Volontaire en service civique — Les Petits Frères des Pauvres» = the body updates it («j'ai oublié de changer ma signature : ma mission s'est achevée le 15 octobre») → civic service over → meets not_service_civique
    N("signature", "situation", "Volontaire en service civique — Les Petits Frères des Pauvres", M(
        "Ilyes Haddouche <ilyes.haddouche@example.fr>", "Candidature", "20 10:03",
        """Bonjour,

Je vous écris pour candidater au programme. J'ai un BTS ESF obtenu en juin 2025 et je cherche un poste de conseiller dans une association d'aide aux personnes âgées. J'ai oublié de changer ma signature : ma mission s'est achevée le 15 octobre.

Cordialement,

Ilyes Haddouche
Volontaire en service civique — Les Petits Frères des Pauvres
06 35 62 80 17""",
        app("Ilyes", "Haddouche", phone="+33635628017", bac=2, grad="2025-06", status="sig_old_sc_updated"),
    )),
    # Feature: signature — career_change — Comptable — Cabinet Morel & Associés
    # ambiguous: the signature names an accounting job at a firm; the body speaks only of the 2025 licence pro, never of how long he was an accountant or whether he still is: career change or a student job, nothing says
    # placed: signature «Comptable — Cabinet Morel & Associés» = another trade, held for an unknown time → open not_career_change
    N("signature", "career_change", "Comptable — Cabinet Morel & Associés", M(
        "Grégory Pinto <gregory.pinto@example.com>", "candidature Pro'pulse", "21 13:19",
        """Bonjour,

J'ai obtenu en juin 2025 une licence professionnelle gestion des organisations de l'économie sociale et je souhaite désormais être responsable administratif et financier dans une association.

Bien à vous,

Grégory Pinto
Comptable — Cabinet Morel & Associés
04 78 22 61 93""",
        app("Grégory", "Pinto", phone="+33478226193", bac=3, grad="2025-06", unknown=("not_career_change",), status="sig_comptable_unclear"),
    )),
    # Feature: signature — graduation — MSc Social Economy, class of 2025
    # placed: signature «MSc Social Economy, class of 2025» = master, level 5, 2025 → meets graduation_recent
    N("signature", "graduation", "MSc Social Economy, class of 2025", M(
        "Amelia Stone <amelia.stone@example.org>", "Pro'pulse application", "22 17:41",
        """Hello,

I'd love to join your programme. I'm looking for a role in a cooperative or a social enterprise, ideally around community energy projects. I have lived in Nantes since August.

All the best,
Amelia Stone
MSc Social Economy, class of 2025
+33 6 09 47 21 35""",
        app("Amelia", "Stone", phone="+33609472135", bac=5, grad="2025", language="en", status="sig_en_msc_2025"),
    )),
    # Feature: signature — kind — Service scolarité — IUT de Tours
    # placed: signature «Service scolarité — IUT de Tours» = a school's office writing about its own calendar → kind other
    N("signature", "kind", "Service scolarité — IUT de Tours", M(
        "IUT de Tours <admissions@example.fr>", "Calendrier des jurys 2027", "23 09:30",
        """Madame, Monsieur,

Nous vous informons que les jurys de diplôme de l'année 2027 se tiendront en juin et en septembre. Les attestations de réussite seront envoyées aux étudiants dans la semaine qui suit.

Cordialement,
Service scolarité — IUT de Tours""",
        other(),
    )),
    # Feature: signature — kind — Mail Delivery Subsystem
    # placed: signature «Mail Delivery Subsystem» = the mail system returning our mail → kind bounce
    N("signature", "kind", "Mail Delivery Subsystem", M(
        "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)", "24 03:12",
        """Votre message n'a pas pu être remis à lucie.ferrand@example.com : boîte pleine.

--
Mail Delivery Subsystem""",
        bounce("lucie.ferrand@example.com"),
        bounce="Reporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; lucie.ferrand@example.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: signature — kind — La lettre de la CRESS — vous la recevez car vous êtes adhérent
    # placed: signature «La lettre de la CRESS — vous la recevez car vous êtes adhérent» = a regional chamber's mailing → kind newsletter
    N("signature", "kind", "La lettre de la CRESS — vous la recevez car vous êtes adhérent", M(
        "CRESS Grand Est <lettre@example.org>", "Agenda de décembre", "25 07:45",
        """Bonjour,

Trois rendez-vous en décembre : le mois de l'ESS se prolonge à Metz le 5, un atelier sur les marchés publics le 10, et notre assemblée générale le 17.

À bientôt,
La lettre de la CRESS — vous la recevez car vous êtes adhérent
Se désabonner : lettre@example.org""",
        newsletter(),
    )),
]
