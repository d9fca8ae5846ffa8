"""Repairs corpus, batch 05 (writer B): facts repaired inside the sentence (a BTS's year, an internship said
over and running, a level that was a level-4 title, a career that was summer work, a year put back into 2024, an
aim turned to a company's CSR department, a master said running and defended), revised in a bracket or
between dashes (a civic service over, one extended, a jury ahead, years in a garage, a licence's real year, an
English aim narrowed to co-ops), and revised in a NB / Rectificatif / Edit at the end (a licence's year, an
internship until January, years as a guard, a private bachelor, «encore étudiante» taken back, a phone number
put right); other mail repairing too (a question, an out-of-office's dates, a reply in our thread, a partner's
offer, a newsletter's erratum)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, newsletter, other, question, reply
from repairs import N

MESSAGES = [
    # Feature: in_sentence_repair — graduation — non, attendez, en juillet 2025
    # repair: «BTS SP3S en 2023» → «non, attendez, en juillet 2025 — 2023 c'est mon bac» = the BTS is of July 2025 → meets graduation_recent → eligible
    N("in_sentence_repair", "graduation", "non, attendez, en juillet 2025", M(
        "Mélissa Nadaud <melissa.nadaud@example.org>", "Candidature Pro'pulse", "02 09:14",
        """Bonjour,

J'ai obtenu mon BTS SP3S en 2023, non, attendez, en juillet 2025 — 2023 c'est mon bac, je mélange toujours. Depuis septembre je cherche un poste de conseillère d'accueil dans un centre social ou une association d'accès aux droits, sur Poitiers ou Niort.

Merci de me dire si je peux intégrer le programme.

Mélissa Nadaud
06 41 27 83 90""",
        app("Mélissa", "Nadaud", phone="+33641278390", bac=2, grad="2025-07", status="b_bts_sp3s_2025_pas_2023"),
    )),
    # Feature: in_sentence_repair — situation — je me suis mal exprimé, il se termine le 18 décembre
    # repair: «mon stage est fini» → «enfin, je me suis mal exprimé, il se termine le 18 décembre» = the internship runs after today → fails not_internship → not eligible
    N("in_sentence_repair", "situation", "je me suis mal exprimé, il se termine le 18 décembre", M(
        "Oumar Sylla <oumar.sylla@example.net>", "candidature - licence pro", "03 13:02",
        """Bonjour,

Titulaire d'une licence pro Gestion des structures sanitaires et sociales (juin 2026), je fais en ce moment un stage conventionné dans une association d'aide à domicile. Mon stage est fini, enfin, je me suis mal exprimé, il se termine le 18 décembre : je voulais dire que les missions sont finies et qu'il ne me reste que les remplacements.

Je cherche un emploi de coordinateur dans l'aide à domicile associative à partir de janvier.

Oumar Sylla
07 58 12 44 06""",
        app("Oumar", "Sylla", phone="+33758124406", bac=3, grad="2026-06", failing=("not_internship",), status="b_lp_stage_18_decembre"),
    )),
    # Feature: in_sentence_repair — level — je veux dire un titre professionnel de niveau 4
    # repair: «j'ai un bac+2» → «je veux dire un titre professionnel de niveau 4, l'agent de médiation» = a level-4 title, no bac+2 → fails degree_level → not eligible
    N("in_sentence_repair", "level", "je veux dire un titre professionnel de niveau 4", M(
        "Jordan Texier <jordan.texier@example.fr>", "inscription pro'pulse", "04 18:40",
        """Bonsoir
j'ai un bac+2, je veux dire un titre professionnel de niveau 4, l'agent de médiation, information, services, passé à l'AFPA l'an dernier, pas plus haut. Ce qui me plairait, c'est un atelier vélo associatif ou une recyclerie.
Jordan Texier
0662198437""",
        app("Jordan", "Texier", phone="+33662198437", bac=0, grad=None, failing=("degree_level",), status="b_titre_niveau4_atelier_velo"),
    )),
    # Feature: in_sentence_repair — career_change — je me reprends : cinq étés
    # repair: «cinq ans d'expérience en animation» → «je me reprends : cinq étés, en colo, pendant mes études» = summer jobs of a student, no trade before the diploma → meets not_career_change → eligible
    N("in_sentence_repair", "career_change", "je me reprends : cinq étés", M(
        "Lou Perrichon <lou.perrichon@example.com>", "Candidature — master et animation", "05 10:25",
        """Bonjour,

Je vous écris pour rejoindre Pro'pulse. J'ai soutenu mon master Politiques sociales et territoires en septembre 2026 à Grenoble, et je cherche un poste de chargée de projet jeunesse dans une fédération d'éducation populaire ou un centre social.

J'ai cinq ans d'expérience en animation, je me reprends : cinq étés, en colo, pendant mes études — ce n'était pas un métier à part entière, je n'ai jamais travaillé à l'année. C'est justement ce qui me fait un peu peur face aux recruteurs, qui demandent souvent une première expérience « réelle ».

J'ai le BAFA et le BAFD, une bonne connaissance des dispositifs de la CAF, et l'envie de m'installer dans la durée sur un territoire rural.

Bien cordialement,
Lou Perrichon
06 08 71 35 29""",
        app("Lou", "Perrichon", phone="+33608713529", bac=5, grad="2026-09", status="b_master_cinq_etes_colo"),
    )),
    # Feature: in_sentence_repair — graduation — en 2025, non, je rectifie, en 2024
    # ambiguous: the repair puts the licence into 2024 with no month: before or after November 2024, graduation_recent stays open
    # repair: «licence en 2025» → «non, je rectifie, en 2024, à la session de rattrapage» = a year alone in 2024 → graduation_recent open → to_verify
    N("in_sentence_repair", "graduation", "en 2025, non, je rectifie, en 2024", M(
        "Inès Mbarga <ines.mbarga@example.org>", "Demande d'accompagnement", "06 08:51",
        """Bonjour,

J'ai eu ma licence de sociologie en 2025, non, je rectifie, en 2024, à la session de rattrapage. Je cherche un emploi dans une association de lutte contre l'exclusion, en maraude ou en accueil de jour, à Bordeaux.

Inès Mbarga
06 34 90 12 58""",
        app("Inès", "Mbarga", phone="+33634901258", bac=3, grad="2024", unknown=("graduation_recent",), status="b_licence_socio_2024_rattrapage"),
    )),
    # Feature: in_sentence_repair — aim — non, au service RSE d'un grand groupe
    # repair: «un poste dans une association» → «bon, non, au service RSE d'un grand groupe, c'est là que je me vois» = the search is outside the ESS → fails job_seeking_ess → not eligible
    N("in_sentence_repair", "aim", "non, au service RSE d'un grand groupe", M(
        "Victor Quémener <victor.quemener@example.net>", "Pro'pulse ?", "06 16:33",
        """Bonjour,

Diplômé d'un master Développement durable en juin 2026, je cherche un poste dans une association, bon, non, au service RSE d'un grand groupe, c'est là que je me vois vraiment (énergie ou grande distribution). Est-ce que votre accompagnement peut m'aider pour les entretiens ?

Victor Quémener
+33 6 72 14 58 03""",
        app("Victor", "Quémener", phone="+33672145803", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_master_dd_rse_grand_groupe"),
    )),
    # Feature: in_sentence_repair — studies_finished — je termine mon master, je corrige, je l'ai terminé
    # repair: «je termine mon master» → «je corrige, je l'ai terminé : soutenance le 6 novembre, diplôme validé» = the master is over → meets studies_finished → eligible
    N("in_sentence_repair", "studies_finished", "je termine mon master, je corrige, je l'ai terminé", M(
        "Salma Rouchdi <salma.rouchdi@example.fr>", "Candidature", "07 11:48",
        """Bonjour,

Je termine mon master, je corrige, je l'ai terminé : soutenance le 6 novembre, diplôme validé par le jury dans la foulée (master Économie sociale, Lille). L'habitude de dire « je termine » a la vie dure.

Je cherche un poste de chargée d'accompagnement dans un incubateur ESS ou une CAE, dans la métropole lilloise.

Salma Rouchdi
07 81 60 29 34""",
        app("Salma", "Rouchdi", phone="+33781602934", bac=5, grad="2026-11", status="b_master_soutenu_6_novembre"),
    )),
    # Feature: in_sentence_repair — kind — pas en 2026, je rectifie, en 2027
    # repair: «master fini en 2026» → «pas en 2026, je rectifie, en 2027» = a student asking when to apply, no name nor diploma to judge → kind question
    N("in_sentence_repair", "kind", "pas en 2026, je rectifie, en 2027", M(
        "ptitefleur.r@example.com", "question inscription", "08 20:12",
        """Bonjour, je finis mon master en juin, pas en 2026, je rectifie, en 2027. Est-ce que je peux m'inscrire dès maintenant à une réunion d'information, ou faut-il avoir le diplôme en poche ? Merci !""",
        question(),
    )),
    # Feature: in_sentence_repair — kind — jusqu'au 27 novembre, je rectifie, jusqu'au 4 décembre
    # repair: «absente jusqu'au 27 novembre» → «je rectifie, jusqu'au 4 décembre inclus» = an out-of-office with its return date put right → kind auto_reply
    N("in_sentence_repair", "kind", "jusqu'au 27 novembre, je rectifie, jusqu'au 4 décembre", M(
        "Zoé Marchetti <z.marchetti@reseau-insertion.example.org>", "Absence : Re: orientation d'un jeune", "24 07:30",
        """Bonjour,

Je suis absente jusqu'au 27 novembre, je rectifie, jusqu'au 4 décembre inclus (mon message automatique n'avait pas été mis à jour après ma prolongation). Pour les orientations urgentes, contactez l'accueil au 05 56 00 11 22.

Zoé Marchetti
Chargée d'insertion""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: parenthetical_repair — situation — (terminé le 31 octobre, ma signature n'est pas à jour)
    # repair: «volontaire en service civique» in the signature → «(terminé le 31 octobre, ma signature n'est pas à jour)» = the civic service is over → meets not_service_civique → eligible
    N("parenthetical_repair", "situation", "(terminé le 31 octobre, ma signature n'est pas à jour)", M(
        "Anaëlle Moreau-Diallo <anaelle.md@example.org>", "Candidature Pro'pulse — licence AES", "09 14:20",
        """Bonjour,

Licence AES obtenue en juin 2025 à Angers. Vous verrez dans ma signature « volontaire en service civique » (terminé le 31 octobre, ma signature n'est pas à jour) : j'étais à la Ligue de l'enseignement, sur l'accompagnement à la scolarité.

Je cherche désormais un emploi de coordinatrice dans une association d'éducation populaire.

Anaëlle Moreau-Diallo
Volontaire en service civique — Ligue de l'enseignement 49
06 19 84 30 72""",
        app("Anaëlle", "Moreau-Diallo", phone="+33619843072", bac=3, grad="2025-06", status="b_licence_aes_sc_fini_signature"),
    )),
    # Feature: parenthetical_repair — situation — — du moins c'est ce que je croyais : il vient d'être prolongé jusqu'en février —
    # repair: «mon service civique s'est achevé» → «— du moins c'est ce que je croyais : il vient d'être prolongé jusqu'en février —» = the civic service runs after today → fails not_service_civique → not eligible
    N("parenthetical_repair", "situation", "du moins c'est ce que je croyais : il vient d'être prolongé jusqu'en février", M(
        "Hugo N'Diaye <hugo.ndiaye@example.net>", "Candidature", "10 17:05",
        """Bonjour,

J'ai eu mon BUT Carrières sociales en juin 2025. Mon service civique à la Croix-Rouge s'est achevé — du moins c'est ce que je croyais : il vient d'être prolongé jusqu'en février — et je voudrais préparer la suite dès maintenant, vers un poste d'animateur de réseau de bénévoles.

Hugo N'Diaye
07 49 22 81 60""",
        app("Hugo", "N'Diaye", phone="+33749228160", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_but_cs_sc_prolonge_fevrier"),
    )),
    # Feature: parenthetical_repair — studies_finished — (sauf la délibération du jury, le 10 décembre ;
    # ambiguous: every exam and the thesis are done, only the deliberation is ahead: studies over or not until the jury, studies_finished stays open
    # repair: «master terminé» → «(sauf la délibération du jury, le 10 décembre)» = results awaited after every exam → studies_finished open → to_verify
    N("parenthetical_repair", "studies_finished", "(sauf la délibération du jury, le 10 décembre ;", M(
        "Priscilla Ondo <priscilla.ondo@example.com>", "Pro'pulse - candidature master IDL", "11 09:37",
        """Bonjour,

Mon master Intervention et développement social est terminé (sauf la délibération du jury, le 10 décembre ; toutes les notes sont rendues et le mémoire soutenu). Je cherche un poste de chargée de développement local dans une association ou une régie de quartier, en Seine-Saint-Denis.

J'ai fait mon stage de M2 dans une régie de quartier à Saint-Denis, et j'aimerais y rester dans le même esprit.

Bien à vous,
Priscilla Ondo
06.58.17.42.93""",
        app("Priscilla", "Ondo", phone="+33658174293", bac="*", grad=None, unknown=("studies_finished",), status="b_master_idl_deliberation_10_decembre"),
    )),
    # Feature: parenthetical_repair — career_change — (enfin, quelques années au garage de mon oncle)
    # ambiguous: «aucune expérience» is revised to «quelques années» in a garage before the licence, length unsaid: a trade or odd jobs, not_career_change stays open
    # repair: «aucune expérience avant la licence» → «(enfin, quelques années au garage de mon oncle, à temps plein)» = a trade of unsaid length before the diploma → not_career_change open → to_verify
    N("parenthetical_repair", "career_change", "(enfin, quelques années au garage de mon oncle", M(
        "Karim Sadoun <karim.sadoun@example.fr>", "licence pro mobilité", "12 15:11",
        """Bonjour,

Je n'avais aucune expérience avant ma licence pro Mobilités durables (enfin, quelques années au garage de mon oncle, à temps plein, si on compte ça), obtenue en juin 2026. Je cherche maintenant dans les associations de mobilité solidaire : garages solidaires, plateformes mobilité, auto-écoles sociales.

Karim Sadoun
06 20 47 91 38""",
        app("Karim", "Sadoun", phone="+33620479138", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_lp_mobilite_garage_oncle"),
    )),
    # Feature: parenthetical_repair — graduation — (en réalité, le diplôme date de 2022)
    # repair: «licence 2025» → «(en réalité, le diplôme date de 2022 : 2025, c'est le duplicata)» = the licence is of 2022 → fails graduation_recent → not eligible
    N("parenthetical_repair", "graduation", "(en réalité, le diplôme date de 2022", M(
        "Tatiana Romero <tatiana.romero@example.org>", "Candidature - licence 2025", "13 11:56",
        """Bonjour,

Licence Sciences de l'éducation, 2025 (en réalité, le diplôme date de 2022 : 2025, c'est l'année où j'ai enfin demandé le duplicata après mon déménagement). Je cherche à travailler dans une association de soutien scolaire ou de parentalité, à Montpellier.

Tatiana Romero
07 66 18 20 94""",
        app("Tatiana", "Romero", phone="+33766182094", bac=3, grad="2022", failing=("graduation_recent",), status="b_licence_sde_2022_duplicata"),
    )),
    # Feature: parenthetical_repair — aim — (well, I was in the spring; since September only co-ops and charities
    # repair: «applying to banks and consultancies» → «(well, I was in the spring; since September only co-ops and charities)» = the search now is in the ESS → meets job_seeking_ess → eligible
    N("parenthetical_repair", "aim", "(well, I was in the spring; since September only co-ops and charities", M(
        "Tomás Navarro <tomas.navarro@example.com>", "Pro'pulse application", "13 19:42",
        """Dear Pro'pulse team,

I finished my master's in Development Economics at Sciences Po Toulouse in September 2026. I'm applying to banks and consultancies (well, I was in the spring; since September only co-ops and charities, after a summer volunteering with a housing association changed my mind).

I'd like a job as a programme coordinator in a cooperative or an association working on housing or energy poverty. My French is fluent; I'd welcome help with interviews in French.

Best regards,
Tomás Navarro
+33 7 51 38 04 66""",
        app("Tomás", "Navarro", phone="+33751380466", bac=5, grad="2026-09", language="en", status="b_en_master_coops_since_september"),
    )),
    # Feature: parenthetical_repair — kind — (je rectifie : pas avant la semaine prochaine)
    # repair: «je vous envoie mon attestation demain» → «(je rectifie : pas avant la semaine prochaine, l'université est fermée)» = a reply in our thread putting its date right → kind reply
    N("parenthetical_repair", "kind", "(je rectifie : pas avant la semaine prochaine", M(
        "Nour Zerrouki <nour.zerrouki@example.net>", "Re: Votre dossier Pro'pulse - pièces manquantes", "20 12:08",
        """Bonjour,

Merci pour votre retour. Je vous envoie l'attestation de réussite demain (je rectifie : pas avant la semaine prochaine, la scolarité de l'université est fermée jusqu'à lundi). Le reste du dossier est complet, je crois.

Bonne journée,
Nour Zerrouki""",
        reply(),
        headers={"In-Reply-To": "<dossier-5172.nour@animafac.net>", "References": "<dossier-5172.nour@animafac.net>"},
    )),
    # Feature: parenthetical_repair — kind — (c'est un CDI, pas un CDD comme indiqué sur la fiche
    # repair: «poste en CDD» → «(c'est un CDI, pas un CDD comme indiqué sur la fiche)» = an employer putting its offer right → kind other
    N("parenthetical_repair", "kind", "(c'est un CDI, pas un CDD comme indiqué sur la fiche", M(
        "Ressourcerie Les Trois Tiroirs <recrutement@troistiroirs.example.org>", "Offre : agent·e valoriste — correction", "16 10:00",
        """Bonjour l'équipe Pro'pulse,

Nous vous avions transmis notre offre d'agent·e valoriste à Rennes (c'est un CDI, pas un CDD comme indiqué sur la fiche, désolés pour la confusion). Merci de la diffuser à vos jeunes, candidatures jusqu'au 15 décembre.

Solène Marquet, co-gérante""",
        other(),
    )),
    # Feature: postscript_repair — graduation — Rectificatif : licence obtenue en juin 2025
    # repair: «licence en 2023» in the body → «Rectificatif : licence obtenue en juin 2025 ; 2023, c'est la fin de ma L1» = the licence is of June 2025 → meets graduation_recent → eligible
    N("postscript_repair", "graduation", "Rectificatif : licence obtenue en juin 2025", M(
        "Yanis Ouattara <yanis.ouattara@example.fr>", "Candidature licence géographie", "14 08:22",
        """Bonjour,

Je m'appelle Yanis Ouattara, j'ai une licence de géographie (2023) et je cherche un poste d'animateur environnement dans une association ou un CPIE en Bretagne.

Cordialement,
Yanis Ouattara
06 71 02 58 43

Rectificatif : licence obtenue en juin 2025 ; 2023, c'est la fin de ma L1, j'ai recopié la mauvaise ligne de mon CV.""",
        app("Yanis", "Ouattara", phone="+33671025843", bac=3, grad="2025-06", status="b_licence_geo_rectificatif_2025"),
    )),
    # Feature: postscript_repair — situation — NB : je suis en stage jusqu'au 20 janvier
    # repair: «disponible immédiatement» in the body → «NB : je suis en stage jusqu'au 20 janvier» = an internship running after today → fails not_internship → not eligible
    N("postscript_repair", "situation", "NB : je suis en stage jusqu'au 20 janvier", M(
        "Célia Vannier <celia.vannier@example.org>", "Candidature Pro'pulse", "15 16:48",
        """Bonjour,

Diplômée d'une licence pro Coordination de projets de solidarité internationale (juin 2026), je suis disponible immédiatement pour un poste de chargée de projets dans une ONG ou une association de solidarité internationale.

Célia Vannier
07 44 86 13 27

NB : je suis en stage jusqu'au 20 janvier dans une association de commerce équitable, à Lyon — « disponible immédiatement », c'était pour les entretiens.""",
        app("Célia", "Vannier", phone="+33744861327", bac=3, grad="2026-06", failing=("not_internship",), status="b_lp_solidarite_stage_20_janvier"),
    )),
    # Feature: postscript_repair — career_change — NB : j'ai oublié mes huit ans comme agent de sécurité
    # repair: «c'est mon premier emploi que je cherche» → «NB : j'ai oublié mes huit ans comme agent de sécurité avant le DEUST» = a trade of eight years before the diploma → fails not_career_change → not eligible
    N("postscript_repair", "career_change", "NB : j'ai oublié mes huit ans comme agent de sécurité", M(
        "Serge Tchoumi <serge.tchoumi@example.net>", "demande Pro'pulse", "16 21:03",
        """Bonsoir,

J'ai obtenu mon DEUST Animation en juillet 2026 et c'est mon premier emploi que je cherche, dans l'animation socioculturelle associative à Lille.

Merci
Serge Tchoumi
06 90 33 71 84

NB : j'ai oublié mes huit ans comme agent de sécurité dans des magasins avant le DEUST, à temps plein. « Premier emploi » dans l'animation, je voulais dire.""",
        app("Serge", "Tchoumi", phone="+33690337184", bac=2, grad="2026-07", failing=("not_career_change",), status="b_deust_huit_ans_securite"),
    )),
    # Feature: postscript_repair — level — Edit : c'est un bachelor d'école privée
    # ambiguous: the «bac+3» of the body is revised in the Edit to a private school's bachelor of unknown recognition: bac+3 or no national level, degree_level stays open
    # repair: «titulaire d'un bac+3» → «Edit : c'est un bachelor d'école privée, je ne sais pas s'il est reconnu par l'État» = a diploma of open level → degree_level open → to_verify
    N("postscript_repair", "level", "Edit : c'est un bachelor d'école privée", M(
        "Amandine Wehrlé <amandine.wehrle@example.com>", "Candidature - bac+3 communication", "17 12:30",
        """Bonjour,

Titulaire d'un bac+3 en communication (juin 2026), je recherche un poste de chargée de communication dans une association culturelle ou une fondation. J'ai fait mon alternance dans une compagnie de théâtre.

Amandine Wehrlé
06 12 45 78 09

Edit : c'est un bachelor d'école privée, je ne sais pas s'il est reconnu par l'État, on m'a dit que ça pouvait compter pour vous.""",
        app("Amandine", "Wehrlé", phone="+33612457809", bac="*", grad="2026-06", unknown=("degree_level",), status="b_bachelor_prive_communication"),
    )),
    # Feature: postscript_repair — studies_finished — Rectificatif : « encore étudiante », c'était par habitude
    # repair: «je suis encore étudiante» in the body → «Rectificatif : c'était par habitude ; le master est fini, diplôme reçu en octobre» = the studies are over → meets studies_finished → eligible
    N("postscript_repair", "studies_finished", "Rectificatif : « encore étudiante », c'était par habitude", M(
        "Raphaëlle Pinto <raphaelle.pinto@example.org>", "Pro'pulse", "18 09:05",
        """Bonjour,

Je suis encore étudiante en master Management des organisations de l'ESS à Aix-Marseille, et je voudrais être accompagnée pour trouver un poste en mutuelle ou en coopérative.

Raphaëlle Pinto
07 23 56 81 40

Rectificatif : « encore étudiante », c'était par habitude — le master est fini, j'ai reçu le diplôme en octobre 2026. Je ne suis plus inscrite nulle part.""",
        app("Raphaëlle", "Pinto", phone="+33723568140", bac=5, grad="2026-10", status="b_master_ess_fini_octobre"),
    )),
    # Feature: postscript_repair — graduation — NB : mon numéro est le 07 52 18 66 30
    # repair: «06 52 18 66 30» in the signature → «NB : mon numéro est le 07 52 18 66 30» = the identity put right; the BTS of June 2025 and the search stand → meets graduation_recent → eligible (distractor: the repair changes no criterion)
    N("postscript_repair", "graduation", "NB : mon numéro est le 07 52 18 66 30", M(
        "Mathis Rakotondrabe <mathis.rakoto@example.net>", "Candidature BTS ESF", "19 14:14",
        """Bonjour,

J'ai obtenu mon BTS Économie sociale familiale en juin 2025 et je travaille depuis en intérim. Je souhaite trouver un poste de conseiller en économie sociale et familiale dans une association d'hébergement ou un bailleur social associatif.

Mathis Rakotondrabe
06 52 18 66 30

NB : mon numéro est le 07 52 18 66 30, pas 06, faute de frappe dans la signature.""",
        app("Mathis", "Rakotondrabe", phone="+33752186630", bac=2, grad="2025-06", status="b_bts_esf_numero_corrige"),
    )),
    # Feature: postscript_repair — kind — Edit : je voulais dire « sans diplôme de l'ESS »
    # repair: «je n'ai pas de diplôme» → «Edit : je voulais dire « sans diplôme de l'ESS »» = a question about who may apply, no facts to judge → kind question
    N("postscript_repair", "kind", "Edit : je voulais dire « sans diplôme de l'ESS »", M(
        "Léna Vuillaume <lena.vuillaume@example.fr>", "Question : faut-il un diplôme ?", "21 17:27",
        """Bonjour,

Est-ce que Pro'pulse est ouvert aux personnes qui n'ont pas de diplôme ? Je me pose la question avant de vous envoyer mon dossier.

Merci,
Léna

Edit : je voulais dire « sans diplôme de l'ESS » — j'ai bien un diplôme, mais dans un tout autre domaine. Est-ce que ça pose problème ?""",
        question(),
    )),
    # Feature: postscript_repair — kind — a lieu le jeudi 10 décembre
    # repair: «rencontre le mardi 8 décembre» → «Rectificatif : la rencontre a lieu le jeudi 10 décembre» = a newsletter's erratum → kind newsletter
    N("postscript_repair", "kind", "a lieu le jeudi 10 décembre", M(
        "La lettre de l'emploi solidaire <lettre@emploi-solidaire.example.org>", "Lettre n°58 — rectificatif", "22 08:00",
        """La lettre de l'emploi solidaire — n°58

Rectificatif : la rencontre « Premier emploi dans l'ESS » annoncée dans notre dernière lettre le mardi 8 décembre a lieu le jeudi 10 décembre, même lieu (Maison des associations, Nantes), même heure.

Au sommaire aussi : trois offres en SCOP, un portrait de coopératrice, l'agenda des forums de décembre.

Se désinscrire : écrivez-nous.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@emploi-solidaire.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
]
