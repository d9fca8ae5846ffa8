"""Polarity corpus, batch 06 (writer B): continuations («je suis toujours en service civique», «encore en M2»,
«je cherche toujours», «je travaille encore en cabinet», «toujours en poste» in a CV, «je continue ma
mission»), «already» («je l'ai déjà», «déjà un BTS», «déjà fini», "I already graduated", «j'ai déjà commencé
mon stage», «c'est fait»), «never» («jamais fait de service civique», «jamais travaillé ailleurs», «jamais eu
mon BTS», «jamais repris d'études», «jamais signé de convention»), and other mail turned the same way."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question
from polarity import N

MESSAGES = [
    # Feature: continuation — situation — je suis toujours en service civique
    # operated: «toujours» on «en service civique» → civic service running until 2027-03-31 → fails not_service_civique
    N("continuation", "situation", "je suis toujours en service civique", M(
        "Corentin Royer-Okada <corentin.ro@example.org>", "candidature Pro'pulse", "02 18:20",
        """Bonjour,

Licence de géographie obtenue en juin 2025. Depuis avril, et encore aujourd'hui, je suis toujours en service civique dans une association de protection du littoral, jusqu'au 31 mars 2027.

J'aimerais préparer la suite : un poste de chargé de sensibilisation dans une association environnementale.

Corentin Royer-Okada
06 23 57 91 08""",
        app("Corentin", "Royer-Okada", phone="+33623579108", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_toujours_sc"),
    )),
    # Feature: continuation — studies_finished — encore en M2 cette année
    # operated: «encore» on «en M2» → master running (alternance) → bac "*", fails studies_finished
    N("continuation", "studies_finished", "encore en M2 cette année", M(
        "Capucine Perrault <capucine.perrault@example.fr>", "Pro'pulse - Capucine", "03 12:41",
        """Coucou,

Je suis encore en M2 cette année, en alternance dans une fédération de centres sociaux. Je voulais savoir si je pouvais déjà candidater pour un poste de chargée de projet jeunesse après.

Capucine
07 34 81 62 05""",
        app("Capucine", "Perrault", phone="+33734816205", bac="*", grad=None, failing=("studies_finished",), status="b_encore_m2"),
    )),
    # Feature: continuation — aim — je cherche toujours, et uniquement dans les SCOP et les associations
    # operated: «toujours» on «je cherche» (+ «uniquement» on the sector) → an ESS search still going → meets job_seeking_ess
    N("continuation", "aim", "je cherche toujours, et uniquement dans les SCOP et les associations", M(
        "Malo Kervella <malo.kervella@example.net>", "Candidature — Malo Kervella", "04 09:16",
        """Bonjour,

Diplômé d'un master Développement des territoires en septembre 2025, j'ai eu deux entretiens depuis, sans suite. Je cherche toujours, et uniquement dans les SCOP et les associations : chargé de développement local, animateur de réseau.

Malo Kervella
06 40 18 73 29""",
        app("Malo", "Kervella", phone="+33640187329", bac=5, grad="2025-09", status="b_cherche_toujours_scop"),
    )),
    # Feature: continuation — career_change — je travaille encore à mi-temps comme aide-comptable
    # ambiguous: an accounting job held now for «quelques années» beside the new diploma: a career change or a student job, a careful reader cannot say
    # operated: «encore» on «à mi-temps comme aide-comptable» → another trade still held, length vague → not_career_change open
    N("continuation", "career_change", "je travaille encore à mi-temps comme aide-comptable", M(
        "Murielle Lebœuf <murielle.leboeuf@example.com>", "Candidature", "05 20:33",
        """Bonjour,

J'ai obtenu en juillet 2026 une licence professionnelle Métiers de l'économie sociale et solidaire, préparée à distance. Je travaille encore à mi-temps comme aide-comptable dans un cabinet, depuis quelques années.

J'aimerais maintenant rejoindre une association gestionnaire ou une SCIC, côté gestion.

Murielle Lebœuf
06 77 45 02 38""",
        app("Murielle", "Lebœuf", phone="+33677450238", bac=3, grad="2026-07", unknown=("not_career_change",), status="b_encore_aide_comptable"),
    )),
    # Feature: continuation — situation — Animatrice de quartier, centre social Les Tilleuls (CDD) — toujours en poste
    # operated: «toujours» on «en poste» (CV line) → a CDD held now, not an internship nor a civic service → meets
    N("continuation", "situation", "Animatrice de quartier, centre social Les Tilleuls (CDD) — toujours en poste", M(
        "Kadiatou Sangaré <kadiatou.sangare@example.org>", "Candidature Pro'pulse (CV joint)", "06 11:07",
        """Bonjour,

Je vous joins mon CV. Mon contrat se termine en janvier et je cherche un poste durable de coordinatrice dans un centre social ou une association de quartier.

Kadiatou Sangaré""",
        app("Kadiatou", "Sangaré", phone="+33662093174", bac=3, grad="2025-06", info_in="both", status="b_cv_toujours_en_poste"),
        cv=CV("docx", "CV_Sangare.docx", """Kadiatou Sangaré
kadiatou.sangare@example.org — 06 62 09 31 74
EXPÉRIENCE
Animatrice de quartier, centre social Les Tilleuls (CDD) — toujours en poste
Stage de fin d'études, Secours populaire, Évry — février à mai 2025
FORMATION
Licence Sciences de l'éducation, Université d'Évry — juin 2025"""),
    )),
    # Feature: continuation — situation — je suis toujours en mission à l'association Récup'Actions, je continue jusqu'à fin décembre
    # ambiguous: a «mission» held now whose scheme is never named (service civique, internship or volunteering): a careful reader cannot tell
    # operated: «toujours» / «je continue» on «en mission» → a mission running until 2026-12, scheme unstated → not_internship and not_service_civique open
    N("continuation", "situation", "je suis toujours en mission à l'association Récup'Actions, je continue jusqu'à fin décembre", M(
        "Tristan Ngo <tristan.ngo@example.fr>", "candidature pour janvier", "07 14:52",
        """Bonjour,

BTS Gestion de la PME obtenu en juin 2025. Je suis toujours en mission à l'association Récup'Actions, je continue jusqu'à fin décembre, et à partir de janvier je voudrais travailler dans une ressourcerie ou une recyclerie.

Tristan Ngo
06 31 64 80 52""",
        app("Tristan", "Ngo", phone="+33631648052", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="b_continue_mission"),
    )),
    # Feature: continuation — kind — je suis toujours en congé
    # operated: «toujours» on «en congé» → an out-of-office → kind auto_reply
    N("continuation", "kind", "je suis toujours en congé", M(
        "Anne-Sophie Drouet <as.drouet@example.org>", "Absence : Re: Pro'pulse — partenariat", "08 07:45",
        """Bonjour,

Je suis toujours en congé jusqu'au 23 novembre inclus. Votre message sera traité à mon retour.

Anne-Sophie Drouet
Chargée de partenariats""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: continuation — kind — nous sommes toujours à la recherche de bénévoles
    # operated: «toujours» on «à la recherche de bénévoles» → an association's call, no application → kind other
    N("continuation", "kind", "nous sommes toujours à la recherche de bénévoles", M(
        "Épicerie solidaire du Marais <contact@epicerie-marais.example.org>", "Appel à bénévoles — relais ?", "09 10:20",
        """Bonjour l'équipe Pro'pulse,

Pour notre collecte de décembre, nous sommes toujours à la recherche de bénévoles. Pourriez-vous relayer l'information auprès de vos participants ?

Merci et à bientôt,
L'équipe de l'épicerie""",
        other(),
    )),
    # Feature: already — graduation — Mon master, je l'ai déjà : validé en septembre 2025
    # operated: «déjà» on «je l'ai» = the master → done, 2025-09 → recent → meets
    N("already", "graduation", "Mon master, je l'ai déjà : validé en septembre 2025", M(
        "Margot Bouvet-Mbaye <margot.bm@example.net>", "Candidature Pro'pulse", "02 09:35",
        """Bonjour,

Une amie pensait que le programme était réservé aux étudiants en fin de cursus. Mon master, je l'ai déjà : validé en septembre 2025, Économie sociale et solidaire, Université de Grenoble.

Je cherche un poste dans une coopérative d'activité et d'emploi. Ce n'est pas trop tard pour candidater, j'espère ?

Margot Bouvet-Mbaye
06 84 36 12 57""",
        app("Margot", "Bouvet-Mbaye", phone="+33684361257", bac=5, grad="2025-09", status="b_master_deja"),
    )),
    # Feature: already — graduation — J'ai déjà un BTS, obtenu en 2021
    # operated: «déjà» on «un BTS, obtenu en 2021» → the only diploma, 2021 → fails graduation_recent
    N("already", "graduation", "J'ai déjà un BTS, obtenu en 2021", M(
        "Loris Rabier <loris.rabier@example.com>", "demande", "03 13:08",
        """Bonjour,

J'ai déjà un BTS, obtenu en 2021 (Économie sociale familiale), et depuis j'ai travaillé en intérim dans la logistique.

Je voudrais revenir vers le social, dans une association d'aide aux familles.

Loris Rabier
07 29 13 58 40""",
        app("Loris", "Rabier", phone="+33729135840", bac=2, grad="2021", failing=("graduation_recent",), status="b_deja_bts_2021"),
    )),
    # Feature: already — situation — mon service civique est déjà fini depuis le 15 août
    # operated: «déjà» on «fini» (the civic service) → over since 2026-08-15 → meets not_service_civique
    N("already", "situation", "mon service civique est déjà fini depuis le 15 août", M(
        "Chaïma Benhaddou <chaima.benhaddou@example.org>", "Candidature Pro'pulse — Chaïma", "04 16:02",
        """Bonjour,

Je précise pour votre formulaire : mon service civique est déjà fini depuis le 15 août. J'ai une licence de sociologie (Nanterre, juin 2025).

Je cherche un poste de médiatrice dans une association de quartier.

Chaïma Benhaddou
06 57 20 84 16""",
        app("Chaïma", "Benhaddou", phone="+33657208416", bac=3, grad="2025-06", status="b_sc_deja_fini"),
    )),
    # Feature: already — graduation — I already graduated, back in 2024
    # ambiguous: «back in 2024» is a year alone on the edge of the 24 months: recent or not depends on a month never given
    # operated: «already» on «graduated» → degree done, year 2024 only → graduation_recent open
    N("already", "graduation", "I already graduated, back in 2024", M(
        "Declan Hourihane <declan.hourihane@example.com>", "Pro'pulse - application", "05 17:26",
        """Hi,

I already graduated, back in 2024: a licence in economics at Université Lyon 2, after moving from Cork. Since then I've been tutoring and volunteering at a refugee support charity.

I'd like a paid role in a charity or a cooperative working with migrants.

Best,
Declan Hourihane
07 53 40 19 86""",
        app("Declan", "Hourihane", phone="+33753401986", bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="b_already_graduated_2024"),
    )),
    # Feature: already — situation — j'ai déjà commencé le stage de six mois prévu par mon master
    # operated: «déjà» on «commencé le stage» → internship inside the master running since 2026-11-02 → fails not_internship and studies_finished
    N("already", "situation", "j'ai déjà commencé le stage de six mois prévu par mon master", M(
        "Ewen Le Goff <ewen.legoff@example.net>", "Candidature", "06 19:47",
        """Bonjour,

Je me renseigne un peu tôt : j'ai déjà commencé le stage de six mois prévu par mon master (depuis le 2 novembre, dans une SCIC d'énergie citoyenne), et je voudrais être accompagné pour trouver un emploi dans une coopérative ensuite.

Ewen Le Goff
06 96 03 47 21""",
        app("Ewen", "Le Goff", phone="+33696034721", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_deja_commence_stage"),
    )),
    # Feature: already — studies_finished — c'est fait : la soutenance est déjà passée, le diplôme validé depuis le 20 octobre
    # operated: «c'est fait» / «déjà» on «la soutenance», «le diplôme validé» → master finished 2026-10 → meets studies_finished
    N("already", "studies_finished", "c'est fait : la soutenance est déjà passée, le diplôme validé depuis le 20 octobre", M(
        "Héloïse Baranger <heloise.baranger@example.fr>", "Re-candidature (diplôme obtenu)", "09 08:52",
        """Bonjour,

Vous m'aviez dit en septembre de revenir vers vous une fois le master terminé : c'est fait : la soutenance est déjà passée, le diplôme validé depuis le 20 octobre (master Politiques sociales, Angers).

Je cherche un poste de chargée d'études dans une fédération associative.

Héloïse Baranger
07 02 58 36 91""",
        app("Héloïse", "Baranger", phone="+33702583691", bac=5, grad="2026-10", status="b_cest_fait_soutenance"),
    )),
    # Feature: already — career_change — J'ai déjà travaillé quelques années dans l'hôtellerie
    # ambiguous: «quelques années» in hotels before the DEUST: a career change or jobs between studies, the length and the status are not said
    # operated: «déjà» on «travaillé quelques années dans l'hôtellerie» → another trade of vague length before the diploma → not_career_change open
    N("already", "career_change", "J'ai déjà travaillé quelques années dans l'hôtellerie", M(
        "Rodrigue Agbodjan <rodrigue.agbodjan@example.org>", "candidature Pro'pulse", "10 21:14",
        """Bonsoir,

J'ai déjà travaillé quelques années dans l'hôtellerie avant de reprendre mes études. J'ai obtenu un DEUST Animation et gestion des activités sportives et culturelles en juin 2026.

Je cherche un poste d'animateur dans une association sportive ou une MJC.

Rodrigue Agbodjan
06 44 91 27 03""",
        app("Rodrigue", "Agbodjan", phone="+33644912703", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_deja_hotellerie"),
    )),
    # Feature: already — kind — Déjà 40 structures inscrites
    # operated: «déjà» on «40 structures inscrites» → a network's newsletter → kind newsletter
    N("already", "kind", "Déjà 40 structures inscrites", M(
        "Forum Emploi Solidaire <infos@forum-solidaire.example.org>", "Forum Emploi Solidaire : déjà 40 structures inscrites !", "12 06:30",
        """FORUM EMPLOI SOLIDAIRE — 4 décembre 2026

Déjà 40 structures inscrites pour rencontrer les candidats : associations, SCOP, entreprises d'insertion.

Entrée libre, sans inscription pour les visiteurs.

Se désabonner : infos@forum-solidaire.example.org""",
        newsletter(),
        html="only",
        headers={"List-Unsubscribe": "<mailto:infos@forum-solidaire.example.org?subject=unsubscribe>"},
    )),
    # Feature: already — kind — Si on a déjà fait un service civique, est-ce qu'on peut candidater
    # operated: «déjà» on «fait un service civique» → a question about the rules, no personal fact → kind question
    N("already", "kind", "Si on a déjà fait un service civique, est-ce qu'on peut candidater", M(
        "Nathan Lombard <nathan.lombard@example.com>", "question service civique", "13 15:11",
        """Bonjour,

Si on a déjà fait un service civique, est-ce qu'on peut candidater quand même ? Ou est-ce que ça compte comme une expérience qui exclut ?

Merci,
Nathan""",
        question(),
    )),
    # Feature: never — situation — Je n'ai jamais fait de service civique
    # operated: «ne … jamais» on «fait de service civique» → none at any time → meets not_service_civique
    N("never", "situation", "Je n'ai jamais fait de service civique", M(
        "Aurélien Castagné <aurelien.castagne@example.fr>", "Candidature Pro'pulse", "02 11:28",
        """Bonjour,

Le formulaire me demande de préciser : je n'ai jamais fait de service civique, ni de volontariat. J'ai une licence professionnelle Animation sociale (Perpignan, juin 2026). Mon frère, lui, n'a jamais fini sa licence, mais c'est une autre histoire.

Je cherche un emploi d'animateur dans une association d'éducation populaire.

Aurélien Castagné
06 13 85 42 70""",
        app("Aurélien", "Castagné", phone="+33613854270", bac=3, grad="2026-06", status="b_jamais_sc"),
    )),
    # Feature: never — career_change — Elle n'a jamais travaillé ailleurs que dans le médico-social
    # operated: «ne … jamais … que» on «travaillé ailleurs que dans le médico-social» → same field before and after the diploma → meets not_career_change
    N("never", "career_change", "Elle n'a jamais travaillé ailleurs que dans le médico-social", M(
        "Mission locale Val de Marne Est <j.ferreira@ml-vme.example.org>", "Orientation Pro'pulse — Mme Rahmani", "03 14:15",
        """Bonjour,

Je vous oriente Mme Samia Rahmani, que j'accompagne depuis septembre. Elle a obtenu un diplôme d'État d'éducatrice spécialisée (DEES) en juin 2025. Elle n'a jamais travaillé ailleurs que dans le médico-social : contrats d'été en foyer, puis remplacements en IME.

Elle cherche un poste dans une association de protection de l'enfance. Ses coordonnées : samia.rahmani@example.net, 06 26 47 93 15.

Joana Ferreira
Conseillère, Mission locale""",
        app("Samia", "Rahmani", phone="+33626479315", bac=3, grad="2025-06", email="samia.rahmani@example.net", forwarded_by="j.ferreira@ml-vme.example.org", status="b_ml_jamais_ailleurs"),
    )),
    # Feature: never — level — je n'ai jamais eu mon BTS
    # operated: «ne … jamais» on «eu mon BTS» → no BTS, only the bac pro (2022) → level 0 → fails degree_level
    N("never", "level", "je n'ai jamais eu mon BTS", M(
        "Jordan Vasseur-Lopes <jordan.vl@example.com>", "candidature", "05 23:02",
        """Bonsoir,

Bac pro en 2022, puis deux ans de BTS SP3S, mais je n'ai jamais eu mon BTS (raté deux fois l'épreuve écrite). Depuis je suis agent d'accueil dans une association d'hébergement.

Je voudrais évoluer dans une association, vers l'accompagnement.

Jordan
07 38 02 64 19""",
        app("Jordan", "Vasseur-Lopes", phone="+33738026419", bac=0, grad="2022", failing=("degree_level",), status="b_jamais_eu_bts"),
    )),
    # Feature: never — aim — je n'ai jamais travaillé en association et je suis ouverte à tout
    # ambiguous: open «à tout», associations or companies alike: the aim in the ESS cannot be settled
    # operated: «ne … jamais» on «travaillé en association» + «ouverte à tout» → no sector chosen → job_seeking_ess open
    N("never", "aim", "je n'ai jamais travaillé en association et je suis ouverte à tout", M(
        "Anjali Ramdenee <anjali.ramdenee@example.org>", "Pro'pulse", "07 10:40",
        """Bonjour,

Master Communication obtenu en juin 2025 à Strasbourg. Pour être franche, je n'ai jamais travaillé en association et je suis ouverte à tout : agence, entreprise, collectivité, association.

Pouvez-vous m'accompagner ?

Anjali Ramdenee
06 81 59 30 46""",
        app("Anjali", "Ramdenee", phone="+33681593046", bac=5, grad="2025-06", unknown=("job_seeking_ess",), status="b_jamais_asso_ouverte"),
    )),
    # Feature: never — graduation — Je n'ai jamais repris d'études depuis ma licence, obtenue en 2022
    # operated: «ne … jamais» on «repris d'études depuis ma licence» → the last diploma is the licence of 2022 → fails graduation_recent
    N("never", "graduation", "Je n'ai jamais repris d'études depuis ma licence, obtenue en 2022", M(
        "Gwendal Le Bihan <gwendal.lebihan@example.net>", "candidature — chargé de mission", "10 18:26",
        """Bonjour,

Je n'ai jamais repris d'études depuis ma licence, obtenue en 2022 (histoire, Brest). J'ai travaillé comme guide dans une association du patrimoine.

Je cherche un poste de chargé de mission dans une association culturelle ou une SCIC.

Gwendal Le Bihan
06 07 42 85 36""",
        app("Gwendal", "Le Bihan", phone="+33607428536", bac=3, grad="2022", failing=("graduation_recent",), status="b_jamais_repris_2022"),
    )),
    # Feature: never — situation — je n'ai jamais signé de convention pour ma mission actuelle
    # ambiguous: no convention rules out an internship, but the full-time mission held now may be a civic service or volunteering: not said
    # operated: «ne … jamais» on «signé de convention» → not an internship; the mission's scheme unstated → not_service_civique open
    N("never", "situation", "je n'ai jamais signé de convention pour ma mission actuelle", M(
        "Maïwenn Quillien <maiwenn.quillien@example.fr>", "Candidature Pro'pulse — Maïwenn Quillien", "14 09:09",
        """Bonjour,

Je suis titulaire d'un BUT Gestion des entreprises et des administrations (juin 2026). Je suis à plein temps à la ressourcerie de Morlaix depuis septembre, mais je n'ai jamais signé de convention pour ma mission actuelle, donc ce n'est pas un stage.

Je voudrais y être embauchée, ou ailleurs dans le réemploi solidaire.

Maïwenn Quillien
07 61 37 90 24""",
        app("Maïwenn", "Quillien", phone="+33761379024", bac=3, grad="2026-06", unknown=("not_service_civique",), status="b_jamais_convention_mission"),
    )),
    # Feature: never — kind — Peut-on candidater si l'on n'a jamais travaillé
    # operated: «ne … jamais» on «travaillé» → a question about the rules, no personal fact → kind question
    N("never", "kind", "Peut-on candidater si l'on n'a jamais travaillé", M(
        "Armelle Gicquel <armelle.gicquel@example.org>", "Question", "15 11:50",
        """Bonjour,

Peut-on candidater si l'on n'a jamais travaillé, en dehors des stages ? Je pose la question pour plusieurs étudiants de ma promotion.

Cordialement,
Armelle Gicquel""",
        question(),
    )),
    # Feature: never — kind — nous n'avons jamais reçu le bon de commande
    # operated: «ne … jamais» on «reçu le bon de commande» → a supplier's mail → kind other
    N("never", "kind", "nous n'avons jamais reçu le bon de commande", M(
        "Imprimerie Coopérative du Centre <compta@imprimerie-coop.example.com>", "Relance — plaquettes Pro'pulse", "16 10:03",
        """Bonjour,

Concernant les 500 plaquettes demandées en octobre : nous n'avons jamais reçu le bon de commande signé. Sans lui, nous ne pouvons pas lancer l'impression.

Bien cordialement,
Service comptabilité""",
        other(),
    )),
]
