# ruff: noqa: E501
"""Batch 2 — channel (b): forwarded threads. An adviser (Mission Locale, France Travail, APEC, a university's
careers service), a parent or the person herself forwards a mail from Gmail or Outlook, with or without a note.

The applicant is the person the forwarded mail is about; `forwarded_by` is whoever sent it to us.
"""

from channels import PROGRAMME, gmail_forward, outlook_forward
from kit import M, app, other

MESSAGES = [
    # Channel: outlook_forward from a Mission Locale adviser; the young woman's own mail below. Chloé Vasseur, BTS SP3S juin 2026, seeks a job in an association for elderly people. Eligible.
    M(
        frm="Sandrine Lopes <s.lopes@missionlocale-arras.example.org>",
        subject="TR: recherche emploi",
        date="02 09:02",
        body=outlook_forward(
            "Bonjour,\nJe vous transmets la demande de Chloé, que je suis depuis septembre. Elle correspond à votre public je pense.\nBien à vous,\nSandrine Lopes\nConseillère en insertion, Mission Locale d'Arras",
            frm="Chloé Vasseur <chloe.vasseur@example.com>", when="vendredi 30 octobre 2026 17:42",
            to="Sandrine Lopes <s.lopes@missionlocale-arras.example.org>", subject="recherche emploi",
            body="""Bonjour Madame Lopes,

Comme convenu au rendez-vous, je vous renvoie mes infos : BTS SP3S obtenu en juin 2026, et je cherche un poste dans une association d'aide à domicile ou d'accompagnement des personnes âgées. Mon portable : 06 27 84 15 30.

Merci encore,
Chloé""",
        ),
        truth=app("Chloé", "Vasseur", phone="+33627841530", bac=2, grad="2026-06", email="chloe.vasseur@example.com", forwarded_by="s.lopes@missionlocale-arras.example.org", status="ml_outlook_fwd_bts_sp3s"),
    ),
    # Channel: gmail_forward by a mother, no note except one line; the son's mail to her. Lucas Bernier, licence 2025 (juin), «je ne bosse pas et je ne suis plus à la fac», wants a job «dans le social solidaire».
    M(
        frm="Catherine Bernier <cath.bernier@example.net>",
        subject="Fwd: le truc dont tu m'as parlé",
        date="02 21:15",
        body=gmail_forward(
            "Bonsoir, mon fils m'a écrit ceci, je me permets de vous le transférer car il n'ose pas. Cordialement, C. Bernier",
            frm="Lucas Bernier <lucas.bernier@example.com>", when="lun. 2 nov. 2026 à 19:03",
            subject="le truc dont tu m'as parlé", to="Maman <cath.bernier@example.net>",
            body="""ouais maman j'ai regardé Pro'pulse, ça a l'air bien. Pour rappel j'ai ma licence d'histoire depuis juin 2025, je ne bosse pas et je ne suis plus à la fac, et moi ce qui m'intéresse c'est un job dans le social solidaire, genre une asso de réinsertion. Tu peux leur envoyer si tu veux, mon numéro c'est le 07 53 40 18 62""",
        ),
        truth=app("Lucas", "Bernier", phone="+33753401862", bac=3, grad="2025-06", email="lucas.bernier@example.com", forwarded_by="cath.bernier@example.net", status="mother_gmail_fwd_son"),
    ),
    # Channel: outlook_forward from France Travail, with a «fiche» pasted. Amine Haddad, 31, former bank adviser for 8 years, licence 2016, wants to work in microcredit association. Career change + old.
    M(
        frm="Agence France Travail Lille Vauban <ape.lille-vauban@francetravail.example.net>",
        subject="TR: Orientation Pro'pulse - M. HADDAD",
        date="03 10:12",
        body=outlook_forward(
            "Bonjour,\nSuite à l'entretien de ce jour, je vous adresse le parcours de M. Haddad, qui souhaite s'orienter vers l'ESS.\nCordialement,\nVotre conseillère France Travail",
            frm="Amine Haddad <amine.haddad@example.org>", when="mardi 3 novembre 2026 08:55",
            to="ape.lille-vauban@francetravail.example.net", subject="Mon parcours",
            body="""Bonjour,

Voici mon parcours comme demandé :
- 2016 : licence économie-gestion, Université de Lille
- 2017-2025 : conseiller clientèle particuliers dans une banque de réseau (CDI)
- depuis mars 2026 : demandeur d'emploi après une rupture conventionnelle

Je souhaite mettre mon expérience au service d'une association de microcrédit ou d'une banque coopérative, dans un métier d'accompagnement plutôt que de vente.

Amine Haddad
06 41 20 97 38""",
        ),
        truth=app("Amine", "Haddad", phone="+33641209738", bac=3, grad="2016", failing=("graduation_recent", "not_career_change"), email="amine.haddad@example.org", forwarded_by="ape.lille-vauban@francetravail.example.net", status="ft_fwd_banker_change"),
    ),
    # Channel: gmail_forward from a university careers service (BAIP): a student's message. Léa Fontaine, M2 in progress («je soutiens en septembre 2027»), licence obtained 2025. Studies unfinished.
    M(
        frm="BAIP Université de Poitiers <baip@univ-poitiers.example.org>",
        subject="Fwd: Question insertion ESS",
        date="03 14:30",
        body=gmail_forward(
            "Bonjour,\nNous relayons la question d'une de nos étudiantes, qui souhaiterait rejoindre votre dispositif. Pouvez-vous lui répondre directement ?\nLe Bureau d'aide à l'insertion professionnelle",
            frm="Léa Fontaine <lea.fontaine@example.net>", when="mar. 3 nov. 2026 à 11:20",
            subject="Question insertion ESS", to="baip@univ-poitiers.example.org",
            body="""Bonjour,
Je suis inscrite en master 2 « Intervention et développement social » (je soutiens en septembre 2027, après ma licence obtenue en 2025). J'aimerais m'engager dès maintenant dans un accompagnement vers l'emploi dans l'ESS : Pro'pulse serait-il possible pour moi ?
Léa Fontaine — 07 12 58 36 40""",
        ),
        truth=app("Léa", "Fontaine", phone="+33712583640", bac=3, grad="2025", failing=("studies_finished",), email="lea.fontaine@example.net", forwarded_by="baip@univ-poitiers.example.org", status="baip_fwd_m2_soutient_2027"),
    ),
    # Channel: outlook_forward by the applicant herself: Sarah Meunier forwards the mail she had sent to her APEC adviser. Master 2026-07, seeks ESS, no current stage. email = from.
    M(
        frm="Sarah Meunier <sarah.meunier@example.com>",
        subject="TR: Point sur ma recherche",
        date="04 09:40",
        body=outlook_forward(
            "Bonjour,\nMa consultante APEC m'a conseillé de vous écrire ; plutôt que de tout réécrire, je vous transfère le point que je lui ai envoyé la semaine dernière.\nSarah",
            frm="Sarah Meunier <sarah.meunier@example.com>", when="jeudi 29 octobre 2026 16:10",
            to="Consultante APEC <consultante.ouest@apec.example.org>", subject="Point sur ma recherche",
            body="""Bonjour Madame,

Un petit point comme promis. Diplômée du master Management de l'innovation sociale (IAE de Nantes) en juillet 2026, j'ai terminé mon alternance en même temps que mes cours. Mes cibles restent les mêmes : chargée de développement dans une SCIC ou une entreprise d'insertion, sur Nantes ou Angers. J'ai deux entretiens la semaine prochaine.

Sarah Meunier
07 38 04 91 26""",
        ),
        truth=app("Sarah", "Meunier", phone="+33738049126", bac=5, grad="2026-07", status="self_fwd_apec_point"),
    ),
    # Channel: gmail_forward from a Mission Locale, two levels deep (the adviser forwards what the young man sent to the accueil). Jordan Petit, bac pro only. bac+0.
    M(
        frm="Julien Roche <j.roche@ml-montbeliard.example.org>",
        subject="Fwd: TR: demande",
        date="04 16:22",
        body=gmail_forward(
            "Pour avis : je ne suis pas sûr qu'il remplisse les conditions mais il est très motivé.\nJulien Roche, Mission Locale",
            frm="Accueil Mission Locale <accueil@ml-montbeliard.example.org>", when="mer. 4 nov. 2026 à 10:02",
            subject="TR: demande", to="Julien Roche <j.roche@ml-montbeliard.example.org>",
            body=outlook_forward(
                "Julien, pour toi (jeune suivi par toi).",
                frm="Jordan Petit <jordan.petit@example.net>", when="mardi 3 novembre 2026 22:41",
                to="accueil@ml-montbeliard.example.org", subject="demande",
                body="""bonjour je m'appelle Jordan Petit, j'ai un bac pro commerce depuis 2024 et j'aimerais travailler dans une association qui aide les jeunes comme moi. merci de me rappeler au 06 51 73 09 44""",
            ),
        ),
        truth=app("Jordan", "Petit", phone="+33651730944", bac=0, grad="2024", failing=("degree_level",), email="jordan.petit@example.net", forwarded_by="j.roche@ml-montbeliard.example.org", status="ml_two_level_bac_pro"),
    ),
    # Channel: outlook_forward from a father: the daughter's mail to him about her stage ending. Camille Renard, master 2026-09, stage ended 30 Sept, «plus rien depuis» → eligible. No ESS? «dans une asso environnementale». Eligible.
    M(
        frm="Philippe Renard <ph.renard@example.org>",
        subject="TR: ma candidature",
        date="05 08:15",
        body=outlook_forward(
            "Madame, Monsieur,\nVoici le message de ma fille Camille, qui souhaite postuler. Elle est en copie de mes pensées mais pas de ce mail, je lui transmettrai votre réponse.\nPhilippe Renard",
            frm="Camille Renard <camille.renard@example.com>", when="mercredi 4 novembre 2026 20:30",
            to="Papa <ph.renard@example.org>", subject="ma candidature",
            body="""Papa, tu peux envoyer ça à l'asso dont tu m'as parlé ?

« Bonjour, je m'appelle Camille Renard, j'ai obtenu mon master en gestion de l'environnement en septembre 2026. Mon stage de fin d'études s'est terminé le 30 septembre et depuis je cherche un poste de chargée de mission dans une association environnementale. Téléphone : 06 80 31 72 45. »

Bisous""",
        ),
        truth=app("Camille", "Renard", phone="+33680317245", bac=5, grad="2026-09", email="camille.renard@example.com", forwarded_by="ph.renard@example.org", status="father_outlook_fwd_stage_fini"),
    ),
    # Channel: gmail_forward from France Travail with no note but the original job seeker's mail. Nadia Benali, DEJEPS? No: licence STAPS 2024 (year only) → graduation unknown; seeks sports association job.
    M(
        frm="Marc Dupuy <marc.dupuy@francetravail.example.net>",
        subject="Fwd: candidature Pro'pulse",
        date="05 11:48",
        body=gmail_forward(
            "",
            frm="Nadia Benali <nadia.benali@example.net>", when="jeu. 5 nov. 2026 à 09:14",
            subject="candidature Pro'pulse", to="Marc Dupuy <marc.dupuy@francetravail.example.net>",
            body="""Bonjour Monsieur Dupuy,
Pouvez-vous transmettre ma demande à Pro'pulse ? Licence STAPS (2024), je souhaite devenir coordinatrice dans une association sportive ou un club à vocation sociale.
Nadia Benali, 07 26 48 13 95""",
        ),
        truth=app("Nadia", "Benali", phone="+33726481395", bac=3, grad="2024", unknown=("graduation_recent",), email="nadia.benali@example.net", forwarded_by="marc.dupuy@francetravail.example.net", status="ft_fwd_no_note_staps_2024"),
    ),
    # Channel: outlook_forward from a school's careers office presenting a graduate in the note; the graduate's earlier mail below. Florian Nguyen, ingénieur 2025-09, currently «VIE»? No: back from abroad; seeks ESS. Eligible.
    M(
        frm="Service Carrières INSA <carrieres@insa-lyon.example.org>",
        subject="TR: Florian Nguyen, promo 2025 - orientation ESS",
        date="06 10:05",
        body=outlook_forward(
            "Bonjour,\nNous vous présentons Florian Nguyen, ingénieur de notre promotion 2025 (diplôme délivré en septembre 2025), qui souhaite se tourner vers l'économie sociale et solidaire pour son premier poste. Son message ci-dessous.\nLe Service Carrières",
            frm="Florian Nguyen <florian.nguyen@example.com>", when="lundi 2 novembre 2026 14:22",
            to="carrieres@insa-lyon.example.org", subject="Orientation ESS",
            body="""Bonjour,
Rentré d'un an de voyage, je cherche mon premier emploi d'ingénieur dans une coopérative d'énergie citoyenne ou une association de rénovation énergétique. Pouvez-vous me mettre en lien avec des structures ?
Florian Nguyen - 06 14 29 70 38""",
        ),
        truth=app("Florian", "Nguyen", phone="+33614297038", bac=5, grad="2025-09", email="florian.nguyen@example.com", forwarded_by="carrieres@insa-lyon.example.org", status="insa_fwd_promo_2025"),
    ),
    # Channel: gmail_forward from an aunt; the niece writes she is «encore en service civique jusqu'en mars». BUT 2026-06. Current civique.
    M(
        frm="Hélène Marchal <helene.marchal@example.net>",
        subject="Fwd: Pro'pulse",
        date="06 19:30",
        body=gmail_forward(
            "Bonjour, je transfère le message de ma nièce Emma. Merci de lui répondre à elle.",
            frm="Emma Marchal <emma.marchal@example.org>", when="ven. 6 nov. 2026 à 18:02",
            subject="Pro'pulse", to="Tata Hélène <helene.marchal@example.net>",
            body="""Coucou tata, voilà ce que tu peux leur dire : BUT carrières sociales en juin 2026, encore en service civique jusqu'en mars dans une maison de quartier, et après je veux être embauchée dans une asso. Mon tel : 07 15 62 83 47. Merci !!""",
        ),
        truth=app("Emma", "Marchal", phone="+33715628347", bac=3, grad="2026-06", failing=("not_service_civique",), email="emma.marchal@example.org", forwarded_by="helene.marchal@example.net", status="aunt_fwd_civique_jusqu_mars"),
    ),
    # Channel: outlook_forward from an APEC consultant, with her own summary above; the applicant's address only in the quoted header. Thomas Leblanc, master 2022 → old, seeks ESS.
    M(
        frm="Claire Ménard <claire.menard@apec.example.org>",
        subject="TR: Accompagnement Thomas Leblanc",
        date="07 09:55",
        body=outlook_forward(
            "Bonjour,\nJe vous adresse la candidature de Thomas Leblanc (master 2 sciences politiques, promotion 2022), qui après plusieurs CDD dans la fonction publique territoriale aimerait rejoindre une association de plaidoyer. Je vous laisse juger de son éligibilité.\nClaire Ménard, consultante Apec",
            frm="Thomas Leblanc <thomas.leblanc@example.com>", when="vendredi 6 novembre 2026 11:02",
            to="Claire Ménard <claire.menard@apec.example.org>", subject="Suite à notre RDV",
            body="""Merci pour l'entretien. Comme dit, je suis libre dès maintenant. 06 71 92 04 58.
Thomas""",
        ),
        truth=app("Thomas", "Leblanc", phone="+33671920458", bac=5, grad="2022", failing=("graduation_recent",), email="thomas.leblanc@example.com", forwarded_by="claire.menard@apec.example.org", status="apec_fwd_master_2022"),
    ),
    # Channel: gmail_forward by a friend (a former participant) presenting Maëlys; her words quoted. DUT 2025-06 + licence pro in progress? No: she stopped the licence pro in October (abandon). Highest = DUT 2025-06, studies finished. Seeks ESS. Eligible.
    M(
        frm="Océane Tran <oceane.tran@example.net>",
        subject="Fwd: ta promo Pro'pulse",
        date="07 15:10",
        body=gmail_forward(
            "Bonjour l'équipe ! Je suis passée par Pro'pulse l'an dernier et une amie voudrait y entrer, je vous mets son message. Océane",
            frm="Maëlys Perrot <maelys.perrot@example.com>", when="sam. 7 nov. 2026 à 12:47",
            subject="ta promo Pro'pulse", to="Océane <oceane.tran@example.net>",
            body="""Océane, tu peux transmettre stp ? Résumé : DUT carrières sociales en juin 2025, j'avais commencé une licence pro en septembre mais j'ai arrêté en octobre, ce n'était pas pour moi. Là je veux juste bosser, dans une asso d'insertion si possible. 06 33 18 47 92""",
        ),
        truth=app("Maëlys", "Perrot", phone="+33633184792", bac=2, grad="2025-06", email="maelys.perrot@example.com", forwarded_by="oceane.tran@example.net", status="friend_fwd_licence_pro_arretee"),
    ),
    # Channel: outlook_forward from a Mission Locale with a typed summary only (no mail of the young person); the young person's address and phone are in the note. Samuel Kone, CAP + titre pro niveau 4 → bac-level (0). Not eligible.
    M(
        frm="Fatou Camara <f.camara@ml-evry.example.org>",
        subject="TR: Samuel KONE - orientation",
        date="08 10:30",
        body=outlook_forward(
            "Bonjour,\nJe vous oriente Samuel KONE, 22 ans, titulaire d'un CAP cuisine et d'un titre professionnel de niveau 4 (équivalent bac) obtenu en 2025. Il souhaite travailler dans la restauration solidaire (traiteur d'insertion, cantine associative). Contact : samuel.kone@example.com / 07 84 02 35 61.\nFatou Camara, conseillère Mission Locale",
            frm="Fatou Camara <f.camara@ml-evry.example.org>", when="vendredi 6 novembre 2026 15:18",
            to="Équipe ML Evry <equipe@ml-evry.example.org>", subject="Samuel KONE - orientation",
            body="""(message d'équipe interne, voir ci-dessus)""",
        ),
        truth=app("Samuel", "Kone", phone="+33784023561", bac=0, grad="2025", failing=("degree_level",), email="samuel.kone@example.com", forwarded_by="f.camara@ml-evry.example.org", status="ml_fwd_titre_niveau4"),
    ),
    # Channel: gmail_forward from the applicant's own school address to us? No: from a university careers service (SUIO) in English? French. Pierre Dumas, licence pro 2026-06 and «en CDI depuis 2019 comme technicien» — he did the licence pro in evening classes to change job. Career change.
    M(
        frm="SUIO Université de Bourgogne <suio@u-bourgogne.example.org>",
        subject="Fwd: Demande d'accompagnement",
        date="08 14:02",
        body=gmail_forward(
            "Bonjour, un de nos diplômés de formation continue souhaite vous rejoindre. Bien cordialement, le SUIO",
            frm="Pierre Dumas <pierre.dumas@example.net>", when="dim. 8 nov. 2026 à 09:31",
            subject="Demande d'accompagnement", to="suio@u-bourgogne.example.org",
            body="""Bonjour,
Technicien de maintenance en CDI depuis 2019, j'ai passé en cours du soir une licence professionnelle « coordination de projets de l'ESS », obtenue en juin 2026. J'aimerais maintenant quitter l'industrie et décrocher un poste de coordinateur dans une association.
Pierre Dumas, 06 58 40 26 13""",
        ),
        truth=app("Pierre", "Dumas", phone="+33658402613", bac=3, grad="2026-06", failing=("not_career_change",), email="pierre.dumas@example.net", forwarded_by="suio@u-bourgogne.example.org", status="suio_fwd_fc_reconversion"),
    ),
    # Channel: outlook_forward from an Animafac local volunteer to the programme: a partner asks us to present the programme. Not an application.
    M(
        frm="Yohan Richard <yohan.richard@example.org>",
        subject="TR: Présentation Pro'pulse au forum des assos",
        date="09 09:12",
        body=outlook_forward(
            "Salut l'équipe, je vous transfère la demande du service vie étudiante de Tours : ils aimeraient que Pro'pulse tienne un stand au forum du 10 décembre. Vous êtes dispo ?\nYohan",
            frm="Vie étudiante Université de Tours <vie.etudiante@univ-tours.example.org>", when="lundi 9 novembre 2026 08:40",
            to="Yohan Richard <yohan.richard@example.org>", subject="Présentation Pro'pulse au forum des assos",
            body="""Bonjour Yohan,
Notre forum des associations aura lieu le 10 décembre. Nous serions ravis qu'un programme d'accès à l'emploi dans l'ESS y présente son action. Stand gratuit, inscription avant le 25 novembre.
Le service vie étudiante""",
        ),
        truth=other(),
    ),
    # Channel: gmail_forward by Mission Locale of a young woman's mail that quotes her stage «reporté»: Anaïs Morel, licence 2026-06, «mon stage en Espagne a été annulé, donc je suis libre». Seeks ESS. Eligible.
    M(
        frm="Lucie Garnier <l.garnier@ml-bordeaux.example.org>",
        subject="Fwd: Anaïs",
        date="09 13:45",
        body=gmail_forward(
            "Bonjour, jeune femme motivée, je vous la recommande ! Lucie Garnier, Mission Locale de Bordeaux",
            frm="Anaïs Morel <anais.morel@example.com>", when="lun. 9 nov. 2026 à 11:06",
            subject="Anaïs", to="Lucie Garnier <l.garnier@ml-bordeaux.example.org>",
            body="""Bonjour Lucie,
Petite nouvelle : le stage que je devais faire en Espagne a été annulé, donc je suis libre tout de suite. Ma licence de LEA est validée depuis juin 2026. Je voudrais travailler dans une association d'accueil des réfugiés, vous pouvez m'aider ? 07 40 81 26 53
Anaïs Morel""",
        ),
        truth=app("Anaïs", "Morel", phone="+33740812653", bac=3, grad="2026-06", email="anais.morel@example.com", forwarded_by="l.garnier@ml-bordeaux.example.org", status="ml_fwd_stage_annule"),
    ),
    # Channel: outlook_forward by a France Travail adviser; the beneficiary's mail lists «diplômée depuis 3 ans» with no year: 2023 → old. BTS. Seeks ESS.
    M(
        frm="Olivier Caron <olivier.caron@francetravail.example.net>",
        subject="TR: Intégration programme",
        date="10 08:48",
        body=outlook_forward(
            "Bonjour,\nCi-dessous la demande de Mme Jacob, que je vous transmets à sa demande.\nCordialement,\nO. Caron, conseiller",
            frm="Zoé Jacob <zoe.jacob@example.org>", when="lundi 9 novembre 2026 17:20",
            to="olivier.caron@francetravail.example.net", subject="Intégration programme",
            body="""Bonjour M. Caron,
Diplômée d'un BTS tourisme depuis trois ans, j'ai surtout travaillé en hôtellerie, mais je voudrais maintenant trouver un emploi dans le tourisme social et solidaire (villages vacances associatifs). 06 92 37 15 08.
Zoé Jacob""",
        ),
        truth=app("Zoé", "Jacob", phone="+33692371508", bac=2, grad="2023", failing=("graduation_recent",), email="zoe.jacob@example.org", forwarded_by="olivier.caron@francetravail.example.net", status="ft_fwd_depuis_trois_ans"),
    ),
    # Channel: gmail_forward from a brother; the sister's mail says she is «en stage jusqu'à vendredi» (the 13th) — on 26 November it has ended. Licence 2026-06, seeks ESS. Eligible.
    M(
        frm="Nicolas Aubert <nico.aubert@example.com>",
        subject="Fwd: pour ton asso",
        date="10 20:14",
        body=gmail_forward(
            "Salut, ma sœur cherche du boulot, je vous transfère son mail. Nico",
            frm="Juliette Aubert <juliette.aubert@example.net>", when="mar. 10 nov. 2026 à 19:50",
            subject="pour ton asso", to="Nico <nico.aubert@example.com>",
            body="""Nico tu peux transmettre ? Licence de psycho obtenue en juin 2026, je suis en stage jusqu'à vendredi 13 (dernier jour !) et ensuite je cherche un emploi dans une structure de protection de l'enfance associative. Mon num 07 29 65 40 81""",
        ),
        truth=app("Juliette", "Aubert", phone="+33729654081", bac=3, grad="2026-06", email="juliette.aubert@example.net", forwarded_by="nico.aubert@example.com", status="brother_fwd_stage_fini_13"),
    ),
    # Channel: outlook_forward by a Mission Locale; the young man writes in the conditional about a past stage and a present job search, with no ESS word: «n'importe quel boulot». Paul Lemoine, BTS 2025-06. Job ESS failing? He says «peu importe le domaine»: not ESS → failing.
    M(
        frm="Karine Blanchard <k.blanchard@ml-niort.example.org>",
        subject="TR: Paul Lemoine",
        date="11 09:30",
        body=outlook_forward(
            "Bonjour, je vous transmets le mail de Paul, que j'accompagne. Cordialement, K. Blanchard",
            frm="Paul Lemoine <paul.lemoine@example.com>", when="mardi 10 novembre 2026 21:05",
            to="k.blanchard@ml-niort.example.org", subject="ma situation",
            body="""Bonjour Mme Blanchard,
J'ai eu mon BTS MCO en juin 2025. Franchement, peu importe le domaine, je prends n'importe quel CDI en vente ou en grande distribution, j'ai besoin de gagner ma vie. Mon numéro : 06 05 72 91 38.
Paul""",
        ),
        truth=app("Paul", "Lemoine", phone="+33605729138", bac=2, grad="2025-06", failing=("job_seeking_ess",), email="paul.lemoine@example.com", forwarded_by="k.blanchard@ml-niort.example.org", status="ml_fwd_peu_importe_grande_distribution"),
    ),
    # Channel: gmail_forward of an APEC «fiche» about a candidate with a diplôme d'État d'éducateur spécialisé (bac+3) 2026-07; currently «en poste» in an association? No: «en recherche active». Eligible.
    M(
        frm="Conseil Apec Bretagne <conseil.bretagne@apec.example.org>",
        subject="Fwd: Mise en relation - Yasmine Diallo",
        date="11 14:40",
        body=gmail_forward(
            "Bonjour, suite à notre échange téléphonique, voici la fiche de Yasmine. Bonne journée.",
            frm="Yasmine Diallo <yasmine.diallo@example.org>", when="mer. 11 nov. 2026 à 10:00",
            subject="Mise en relation - Yasmine Diallo", to="conseil.bretagne@apec.example.org",
            body="""Nom : Diallo
Prénom : Yasmine
Diplôme : DE éducatrice spécialisée (juillet 2026)
Situation : en recherche active, inscrite à France Travail
Projet : éducatrice dans une association de protection de l'enfance ou un foyer associatif
Téléphone : 06 61 84 20 79""",
        ),
        truth=app("Yasmine", "Diallo", phone="+33661842079", bac=3, grad="2026-07", email="yasmine.diallo@example.org", forwarded_by="conseil.bretagne@apec.example.org", status="apec_fwd_fiche_deeds"),
    ),
    # Channel: outlook_forward from the applicant's partner's mailbox, written by the applicant herself («je vous écris depuis la boîte de mon compagnon»). Morgane Lefort, M2 2025-06; no phone. She writes herself (no referrer); the only address to answer is the box she used.
    M(
        frm="Sébastien Huet <seb.huet@example.net>",
        subject="TR: mon CV en texte",
        date="12 11:15",
        body=outlook_forward(
            "Bonjour, c'est Morgane Lefort, je vous écris depuis la boîte de mon compagnon car la mienne ne fonctionne plus. Je vous transfère le message que j'avais préparé.",
            frm="Sébastien Huet <seb.huet@example.net>", when="jeudi 12 novembre 2026 10:58",
            to="Sébastien Huet <seb.huet@example.net>", subject="mon CV en texte",
            body="""Morgane Lefort
Master 2 Économie sociale et solidaire, Université de Rennes 2 — juin 2025
Recherche : premier emploi de chargée de projet dans une association ou une coopérative, Bretagne
Pas de stage ni de volontariat en cours""",
        ),
        truth=app("Morgane", "Lefort", phone=None, bac=5, grad="2025-06", status="partner_box_self_written"),
    ),
    # Channel: gmail_forward from France Travail of a jobseeker with a foreign diploma: Belgian «bachelier en assistant social» (bac+3) 2025-06. Seeks association. Eligible.
    M(
        frm="Hervé Colas <herve.colas@francetravail.example.net>",
        subject="Fwd: orientation ESS - diplôme belge",
        date="12 16:03",
        body=gmail_forward(
            "Bonjour, la personne ci-dessous a un diplôme belge, je ne sais pas comment vous le comptez. Elle est très motivée. H. Colas",
            frm="Margaux Delvaux <margaux.delvaux@example.com>", when="jeu. 12 nov. 2026 à 14:44",
            subject="orientation ESS", to="Hervé Colas <herve.colas@francetravail.example.net>",
            body="""Bonjour Monsieur Colas,
Je vous confirme : bachelier assistante sociale (Haute École de Namur), diplômée en juin 2025, installée à Lille depuis l'été. Je cherche un poste d'assistante sociale dans une association de lutte contre le mal-logement.
+32 478 21 36 90 ou 07 67 20 84 11
Margaux Delvaux""",
        ),
        truth=app("Margaux", "Delvaux", phone="+32478213690", bac=3, grad="2025-06", email="margaux.delvaux@example.com", forwarded_by="herve.colas@francetravail.example.net", status="ft_fwd_bachelier_belge"),
    ),
    # Channel: outlook_forward from a Mission Locale of a young person in a «Garantie jeunes / CEJ» programme — not a stage or civique; licence 2026-07; seeks ESS. Eligible.
    M(
        frm="Mission Locale Vallée de la Seine <contact@ml-valleeseine.example.org>",
        subject="TR: Ilyes - CEJ - projet ESS",
        date="13 10:20",
        body=outlook_forward(
            "Bonjour,\nIlyes est en Contrat d'engagement jeune chez nous depuis septembre. Son projet est de travailler dans l'ESS. Nous vous transmettons son mail.\nL'équipe",
            frm="Ilyes Mansouri <ilyes.mansouri@example.net>", when="vendredi 13 novembre 2026 09:10",
            to="contact@ml-valleeseine.example.org", subject="projet ESS",
            body="""Bonjour,
Licence AES validée en juillet 2026. Je suis suivi dans le cadre du CEJ et mon objectif est d'être recruté dans une entreprise d'insertion ou une régie de quartier comme assistant de gestion.
Ilyes Mansouri — 06 18 47 93 20""",
        ),
        truth=app("Ilyes", "Mansouri", phone="+33618479320", bac=3, grad="2026-07", email="ilyes.mansouri@example.net", forwarded_by="contact@ml-valleeseine.example.org", status="ml_fwd_cej"),
    ),
    # Channel: gmail_forward from our own former colleague? No: a partner association forwards its newsletter announcement to us. Not an application.
    M(
        frm="Réseau Cocagne Sud <contact@cocagne-sud.example.org>",
        subject="Fwd: Journée portes ouvertes des jardins d'insertion",
        date="13 15:00",
        body=gmail_forward(
            "Bonjour Pro'pulse, peut-être intéressant pour vos participants ? Belle journée.",
            frm="Réseau Cocagne Sud <contact@cocagne-sud.example.org>", when="ven. 13 nov. 2026 à 08:00",
            subject="Journée portes ouvertes des jardins d'insertion", to=PROGRAMME,
            body="""Le 5 décembre, nos jardins d'insertion ouvrent leurs portes : visites, rencontres avec les encadrants techniques, présentation des métiers. Entrée libre.""",
        ),
        truth=other(),
    ),
]
