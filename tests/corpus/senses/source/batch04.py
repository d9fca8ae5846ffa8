"""Batch 4: «promo» and «CDI» — a discount, a promotion at work; the school library (centre de documentation
et d'information); and the true sense for contrast. Each message written by hand; the comment names its
trap."""

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from senses import S

MESSAGES = [
    # Sense: promo — other_sense — promo (discount)
    S("promo", "other_sense", "promo", M(
        "Anaïs Picard <anais.picard@example.org>", "Candidature", "23 08:30",
        """Bonjour,

J'ai vu passer votre dispositif sur Instagram, entre deux pubs de promo du Black Friday ! Je suis
titulaire d'un master Économie du développement (juin 2025) et je cherche un emploi dans une ONG ou une
coopérative de commerce équitable.

Anaïs Picard""",
        app("Anaïs", "Picard", phone=None, bac=5, grad="2025-06", status="promo_black_friday"),
    )),
    # Sense: promo — true_sense — promo 2022
    S("promo", "true_sense", "promo", M(
        "Kevin Marchand <kevin.marchand@example.net>", "candidature", "23 10:45",
        """Bonjour, je suis de la promo 2022 du master Action publique de Rennes. Depuis, j'ai travaillé en
mairie sur des contrats courts. Je cherche un emploi dans une association.
Kevin Marchand""",
        app("Kevin", "Marchand", phone=None, bac=5, grad="2022", failing=["graduation_recent"],
            status="promo_2022"),
    )),
    # Sense: promo — other_person — promotion de la mère
    S("promo", "other_person", "promotion", M(
        "Laura Henry <laura.henry@example.com>", "Candidature Laura Henry", "23 13:20",
        """Bonjour,

Ma mère vient d'avoir une promotion à la MAIF et m'a conseillé de regarder du côté des mutuelles. J'ai un
BTS Assurance obtenu en juillet 2026 et je cherche justement un emploi dans une mutuelle.

Laura Henry
06 90 34 12 77""",
        app("Laura", "Henry", phone="+33690341277", bac=2, grad="2026-07", status="mere_promotion_mutuelle"),
    )),
    # Sense: promo — other_sense — promo code on a newsletter
    S("promo", "other_sense", "code promo", M(
        "Librairie Coopérative L'Ouvre-Boîte <news@ouvreboite.example.fr>", "-20 % avec le code promo ESS",
        "23 07:00",
        """Cette semaine, -20 % sur le rayon économie sociale avec le code promo ESS2026. Rencontre avec une
autrice samedi. Pour vous désinscrire, répondez STOP.""",
        newsletter(),
    )),
    # Sense: promo — true_sense — promo 2026
    S("promo", "true_sense", "promo", M(
        "Mathis Lopez <mathis.lopez@example.org>", "Candidature promo 2026", "23 15:10",
        """Bonjour,
Promo 2026 du BUT GEA de Lyon (diplôme reçu en juillet). Je cherche mon premier emploi dans une
coopérative ou une banque coopérative, pas ailleurs.
Mathis""",
        app("Mathis", "Lopez", phone=None, bac=3, grad="2026-07", status="promo_2026_but"),
    )),
    # Sense: promo — other_sense — promo chez Leclerc, job étudiant
    S("promo", "other_sense", "promos", M(
        "Sabrina Colin <sabrina.colin@example.net>", "candidature", "23 17:55",
        """Bonjour,
Pendant mes études je mettais en place les promos en rayon dans un supermarché (job du week-end, arrêté
en juin). J'ai une licence de sociologie de juin 2026. Je cherche un emploi, peu importe le secteur.
Sabrina""",
        app("Sabrina", "Colin", phone=None, bac=3, grad="2026-06", unknown=["job_seeking_ess"],
            status="promos_rayon_peu_importe"),
    )),
    # Sense: promo — other_sense — English promo (promotion at work)
    S("promo", "other_sense", "promotion", M(
        "Ethan Brooks <ethan.brooks@example.com>", "Application", "24 09:00",
        """Hello,

I turned down a promotion at the bank where I have worked for six years as a branch manager: I want to
move into the social economy. I earned a Master's in Social Entrepreneurship in Lyon in June 2026.

Ethan Brooks""",
        app("Ethan", "Brooks", phone=None, bac=5, grad="2026-06", language="en",
            failing=["not_career_change"],
            status="en_refused_promotion_bank_6_years"),
    )),
    # Sense: promo — true_sense — question sans fait personnel about promo
    S("promo", "true_sense", "promo", M(
        "Bureau des étudiants IAE <bde@iae-etu.example.fr>", "Présentation à notre promo ?", "24 11:30",
        """Bonjour,
Seriez-vous disponibles pour présenter Pro'pulse à notre promo de M2 en janvier ? Une heure suffirait.
Le BDE""",
        question(),
    )),
    # Sense: promo — other_sense — promotion of an event ("chargée de promo")
    S("promo", "other_sense", "promo", M(
        "Inès Barbier <ines.barbier@example.org>", "Candidature", "24 14:00",
        """Bonjour,

Je m'occupais de la promo des concerts d'une salle associative lors de mon stage, fini depuis juin. Je suis
diplômée d'une licence pro Communication (2025) et je cherche un poste de chargée de communication dans
une structure de l'ESS.

Inès Barbier""",
        app("Inès", "Barbier", phone=None, bac=3, grad="2025", status="promo_concerts"),
    )),
    # Sense: promo — true_sense — promo year on CV (promo 2024)
    S("promo", "true_sense", "Promo", M(
        "Victor Charpentier <victor.charpentier@example.net>", "Candidature", "24 16:35",
        """Bonjour, voici mon CV. Je cherche un poste dans l'ESS.
Victor""",
        app("Victor", "Charpentier", phone=None, bac=5, grad="2024", unknown=["graduation_recent"],
            info_in="both", status="cv_promo_2024"),
        cv=CV("pdf", "CV_Victor_Charpentier.pdf", """
Victor Charpentier
victor.charpentier@example.net
Formation
Master Management des organisations sociales — Promo 2024
Licence AES — 2022
Expérience
2024-2026 : assistant de gestion, CDD, association Habitat et Humanisme
"""),
    )),
    # Sense: cdi — other_sense — CDI (centre de documentation)
    S("cdi", "other_sense", "CDI", M(
        "Pauline Girard <pauline.girard@example.org>", "Candidature", "24 18:20",
        """Bonjour,

Au lycée, je passais mes midis au CDI, c'est là que j'ai découvert l'éducation aux médias. J'ai ensuite
fait un master Information-communication, obtenu en septembre 2025. Je cherche un emploi dans une
association d'éducation aux médias.

Pauline Girard""",
        app("Pauline", "Girard", phone=None, bac=5, grad="2025-09", status="cdi_lycee"),
    )),
    # Sense: cdi — true_sense — CDI actuel
    S("cdi", "true_sense", "CDI", M(
        "Maxime Royer <maxime.royer@example.com>", "Candidature", "25 09:05",
        """Bonjour,
Je suis en CDI depuis mars dans un cabinet comptable, après un master CCA obtenu en 2025. Je voudrais
rejoindre une association ou une coopérative comme responsable financier.
Maxime Royer""",
        app("Maxime", "Royer", phone=None, bac=5, grad="2025", unknown=["not_career_change"],
            status="cdi_cabinet_comptable"),
    )),
    # Sense: cdi — other_sense — professeur documentaliste au CDI
    S("cdi", "other_sense", "CDI", M(
        "Nora Benhamou <nora.benhamou@example.fr>", "Candidature Nora Benhamou", "25 11:20",
        """Bonjour,

Pendant mon master MEEF documentation (obtenu en juillet 2026), j'ai fait mes stages au CDI d'un collège,
ils sont terminés. Je ne passerai pas le concours : je voudrais travailler dans une bibliothèque
associative ou une association de lutte contre l'illettrisme.

Nora Benhamou
06 02 46 81 35""",
        app("Nora", "Benhamou", phone="+33602468135", bac=5, grad="2026-07", status="stages_cdi_college"),
    )),
    # Sense: cdi — true_sense — CDI recherché
    S("cdi", "true_sense", "CDI", M(
        "Arthur Lemaître <arthur.lemaitre@example.org>", "Recherche CDI ESS", "25 13:45",
        """Bonjour,
Je cherche un CDI dans une coopérative. Licence pro Métiers du notariat en 2023, puis deux ans de CDD en
étude notariale. Je ne suis plus en poste depuis septembre.
Arthur""",
        app("Arthur", "Lemaître", phone=None, bac=3, grad="2023", failing=["graduation_recent"],
            status="cherche_cdi_licence_2023"),
    )),
    # Sense: cdi — other_sense — SMS style, CDI de la fac
    S("cdi", "other_sense", "CDI", M(
        "mel.duval@example.net", "candidature", "25 15:30",
        """slt, je suis Mélissa Duval, dispo tt de suite. diplômée BTS SP3S juin 2025, je bosse au CDI du
lycée
de ma ville en tant que bénévole le mercredi (aide aux devoirs). je cherche un taf en asso
d'insertion. 07 12 45 78 90""",
        app("Mélissa", "Duval", phone="+33712457890", bac=2, grad="2025-06", status="sms_benevole_cdi_lycee"),
    )),
    # Sense: cdi — true_sense — CDI ended
    S("cdi", "true_sense", "CDI", M(
        "Gabriel Fontaine <gabriel.fontaine@example.com>", "Candidature", "25 17:10",
        """Bonjour,

J'ai démissionné de mon CDI de chargé de projet dans un bureau d'études en octobre, après un an. Diplômé
ingénieur (Centrale Nantes) en septembre 2025, je veux maintenant un emploi dans l'ESS, énergie
citoyenne de préférence.

Gabriel Fontaine""",
        app("Gabriel", "Fontaine", phone=None, bac=5, grad="2025-09", status="cdi_demissionne_un_an"),
    )),
    # Sense: cdi — other_sense — employer: documentaliste CDI
    S("cdi", "other_sense", "CDI", M(
        "Lycée agricole du Val <secretariat@lycee-val.example.fr>", "Remplacement au CDI", "26 08:00",
        """Bonjour,

Le lycée cherche un·e remplaçant·e au CDI (centre de documentation) de janvier à mars. Si un de vos
jeunes a le profil, qu'il écrive au secrétariat.

Le secrétariat""",
        other(),
    )),
    # Sense: cdi — other_sense — auto-reply mentions CDI
    S("cdi", "other_sense", "CDI", M(
        "Documentation Collège Pasteur <cdi.pasteur@example.fr>", "Réponse automatique : candidature",
        "26 08:20",
        """Le CDI est fermé pour inventaire jusqu'au 30 novembre. Votre message sera lu à la réouverture.
Mme Lacroix, professeure documentaliste""",
        auto_reply(),
    )),
    # Sense: cdi — true_sense — reply in thread mentioning CDI signed
    S("cdi", "true_sense", "CDI", M(
        "Tiphaine Morin <tiphaine.morin@example.org>", "Re: Votre accompagnement Pro'pulse", "26 09:15",
        """Bonjour,
Bonne nouvelle : j'ai signé un CDI dans une SCIC d'habitat ! Je peux donc libérer ma place pour un autre
jeune. Merci pour tout.
Tiphaine

> Pro'pulse a écrit : Nous faisons le point sur votre recherche le 2 décembre.""",
        reply(),
        headers={"In-Reply-To": "<suivi-2211@animafac.net>", "References": "<suivi-2211@animafac.net>"},
    )),
    # Sense: cdi — other_sense — CDI as school library, English
    S("cdi", "other_sense", "CDI", M(
        "Lucy Martin <lucy.martin@example.co.uk>", "Application", "26 10:30",
        """Hello,

I worked as an English assistant in a French lycée last year and ran a reading club in the CDI (the
school library). I completed a BA in French and Spanish at Bristol in July 2025 and I'm looking for a job
in a French literacy charity.

Lucy Martin""",
        app("Lucy", "Martin", phone=None, bac=3, grad="2025-07", language="en",
            status="en_cdi_school_library"),
    )),
    # Sense: promo — other_person — the friend's promo
    S("promo", "other_person", "promo", M(
        "Sarah Benoît <sarah.benoit@example.net>", "candidature", "26 11:40",
        """Bonjour,
Une amie de ma promo (elle, elle a eu son master) m'a parlé de vous. Moi j'ai arrêté après ma L1, donc
pas de diplôme du supérieur. Je cherche un emploi dans l'animation associative.
Sarah""",
        app("Sarah", "Benoît", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="amie_promo_l1"),
    )),
    # Sense: cdi — true_sense — CDI CV current
    S("cdi", "true_sense", "CDI", M(
        "Quentin Lebrun <quentin.lebrun@example.org>", "Candidature Quentin Lebrun", "26 12:05",
        """Bonjour,

Je vous transmets ma candidature, détaillée dans le CV joint. Je cherche un emploi dans l'ESS.

Quentin Lebrun""",
        app("Quentin", "Lebrun", phone=None, bac=5, grad="2025-06", failing=["not_career_change"],
            info_in="both", status="cv_cdi_dix_ans_puis_master"),
        cv=CV("docx", "CV_Quentin_Lebrun.docx", """
Quentin Lebrun
quentin.lebrun@example.org
Expérience
2013-2023 : technicien de maintenance, CDI, industrie automobile (10 ans)
Formation
2023-2025 : Master Économie sociale et solidaire (obtenu en juin 2025)
"""),
    )),
    # Sense: promo — other_sense — question about a "promo" reduction of fees
    S("promo", "other_sense", "promo", M(
        "Lina Fabre <lina.fabre@example.com>", "Tarif ?", "26 13:30",
        """Bonjour, votre accompagnement est-il payant ? Y a-t-il une promo pour les étudiants ou c'est
gratuit ? Merci""",
        question(),
    )),
    # Sense: cdi — other_sense — CDI library, person currently studying
    S("cdi", "other_sense", "CDI", M(
        "Adam Guillot <adam.guillot@example.fr>", "Candidature", "26 14:50",
        """Bonjour,

Je suis en M2 Sciences de l'éducation jusqu'en juin 2027 et je travaille au CDI de mon ancien lycée
quelques heures par semaine. J'ai une licence obtenue en 2025. Je cherche un emploi dans une association
d'éducation populaire pour après.

Adam Guillot""",
        app("Adam", "Guillot", phone=None, bac=3, grad="2025", failing=["studies_finished"],
            status="m2_en_cours_cdi_lycee"),
    )),
    # Sense: promo — other_sense — reply in thread, promo in another sense
    S("promo", "other_sense", "promo", M(
        "Jonathan Petit <jonathan.petit@example.org>", "Re: Relance Pro'pulse", "26 15:40",
        """Bonjour,
Désolé du retard, je travaillais sur la promo du festival de mon asso. Je suis toujours intéressé, on
peut caler un appel la semaine prochaine ?
Jonathan

> Pro'pulse a écrit : Êtes-vous toujours intéressé par l'accompagnement ?""",
        reply(),
        headers={"In-Reply-To": "<relance-0977@animafac.net>", "References": "<relance-0977@animafac.net>"},
    )),
]
