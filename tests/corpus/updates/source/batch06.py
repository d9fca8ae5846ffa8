"""Updates corpus, batch 06 (writer B): search_turned (a vague aim then «après réflexion, les associations», a
mutuelle or a bank then «finalement le privé», a career change told only in the second mail, a Scot turning
from consulting to charities), fact_corrected (a year corrected to an old one, an internship said running then
corrected as stopped, a BTS corrected to a bac pro, a Filipina's "sorry, I meant 2025"; a question corrected),
contacts_changed (a student mailbox closing with a bounce after it, a married name taken, a new phone with the
facts only referred to)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, bounce, other, reply
from updates import N

MESSAGES = [
    # Feature: search_turned — aim — je prends ce qui se présente
    # ambiguous: «je prends ce qui se présente, public ou privé» names no employer: an ESS search is neither said nor excluded
    # route: person Mathis Aubert, first mail: a licence AES of June 2025 and «je prends ce qui se présente» → application; aim open → to verify
    N("search_turned", "aim", "je prends ce qui se présente", M(
        "Mathis Aubert <mathis.aubert33@gmail.com>",
        "Demande d'accompagnement",
        "10-03 11:40",
        """Bonjour,

J'ai obtenu une licence AES en juin 2025 à l'université de Bordeaux. Depuis je fais des petits boulots et je cherche un poste en gestion ; je prends ce qui se présente, public ou privé.

Votre programme peut-il m'aider ?

Mathis Aubert
06 37 45 12 80""",
        app("Mathis", "Aubert", phone="+33637451280", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_st_mathis_aim_vague"),
    ), person="b_mathis_aubert"),
    # Feature: search_turned — aim — après réflexion, je vise les associations d'aide alimentaire
    # route: person Mathis Aubert, second mail: «après réflexion, je vise les associations d'aide alimentaire», the licence AES of June 2025 repeated → application; bac+3 of 2025, ESS aim → eligible
    N("search_turned", "aim", "après réflexion, je vise les associations d'aide alimentaire", M(
        "Mathis Aubert <mathis.aubert33@gmail.com>",
        "Précision sur ma recherche – Mathis Aubert",
        "12 16:25",
        """Bonjour,

Je reviens vers vous pour préciser mon projet : après réflexion, je vise les associations d'aide alimentaire (banques alimentaires, épiceries sociales), sur un poste de gestion ou de coordination des bénévoles. J'y suis bénévole depuis l'été et ça m'a décidé.

Pour rappel : licence AES, juin 2025, Bordeaux.

Mathis Aubert
06 37 45 12 80""",
        app("Mathis", "Aubert", phone="+33637451280", bac=3, grad="2025-06", status="b_st_mathis_aide_alimentaire"),
    ), person="b_mathis_aubert"),
    # Feature: search_turned — aim — dans une mutuelle ou dans une banque
    # ambiguous: a mutuelle (ESS) and a bank (outside it) put side by side with no preference
    # route: person Julia Kowalski, first mail: a master of June 2026 and «dans une mutuelle ou dans une banque» → application; aim open → to verify
    N("search_turned", "aim", "dans une mutuelle ou dans une banque", M(
        "Julia Kowalski <julia.kowalski@outlook.fr>",
        "Candidature – master actuariat",
        "10-10 10:00",
        """Bonjour,

Je viens de finir un master d'actuariat à l'université de Bourgogne (diplômée en juin 2026). Je cherche un poste de chargée d'études, dans une mutuelle ou dans une banque, à Dijon si possible.

Bien cordialement,
Julia Kowalski""",
        app("Julia", "Kowalski", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_st_julia_mutuelle_ou_banque"),
    ), person="b_julia_kowalski"),
    # Feature: search_turned — aim — finalement je vise le privé
    # route: person Julia Kowalski, second mail: «finalement je vise le privé», a consulting firm's actuarial team named, the master of June 2026 repeated → application; no ESS aim → not eligible
    N("search_turned", "aim", "finalement je vise le privé", M(
        "Julia Kowalski <julia.kowalski@outlook.fr>",
        "Mise à jour de ma candidature",
        "18 14:50",
        """Bonjour,

Un changement depuis mon message d'octobre : finalement je vise le privé. Un cabinet de conseil en actuariat de Lyon m'a contactée et c'est ce type de poste qui m'intéresse le plus, je ne cherche plus du côté des mutuelles.

Si votre programme accompagne aussi ce genre de recherche, je suis preneuse. Mon master d'actuariat date de juin 2026.

Julia Kowalski""",
        app("Julia", "Kowalski", phone=None, bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_st_julia_prive"),
    ), person="b_julia_kowalski"),
    # Feature: search_turned — kind — finalement j'ai accepté le poste
    # route: person Julia Kowalski, third mail: «finalement j'ai accepté le poste» at the consulting firm, «vous pouvez retirer ma candidature», nothing asked → other (a withdrawal)
    N("search_turned", "kind", "finalement j'ai accepté le poste", M(
        "Julia Kowalski <julia.kowalski@outlook.fr>",
        "Retrait de candidature",
        "25 10:00",
        """Bonjour,

Pas de réponse nécessaire : finalement j'ai accepté le poste au cabinet de conseil lyonnais, je commence le 4 janvier. Vous pouvez retirer ma candidature.

Merci et bonne continuation,
Julia Kowalski""",
        other(),
    ), person="b_julia_kowalski"),
    # Feature: search_turned — aim — une association d'insertion par l'activité économique
    # route: person Romain Lacaze, first mail: a BTS ESF of June 2025, «une association d'insertion par l'activité économique» sought, nothing said of a former trade → application; bac+2 of 2025, ESS aim → eligible
    N("search_turned", "aim", "une association d'insertion par l'activité économique", M(
        "Romain Lacaze <romain.lacaze@laposte.net>",
        "Candidature BTS ESF",
        "10-14 08:20",
        """Bonjour,

Diplômé d'un BTS économie sociale familiale en juin 2025 (lycée de Chamalières), je cherche un poste d'accompagnateur socioprofessionnel dans une association d'insertion par l'activité économique.

Merci de votre attention,
Romain Lacaze
06 83 27 40 18""",
        app("Romain", "Lacaze", phone="+33683274018", bac=2, grad="2025-06", status="b_st_romain_bts_insertion"),
    ), person="b_romain_lacaze"),
    # Feature: search_turned — career_change — je ne l'avais pas dit : je veux changer de métier
    # route: person Romain Lacaze, second mail: «je ne l'avais pas dit : je veux changer de métier», eight years as a baker before the BTS taken to leave that trade → application; career change → not eligible
    N("search_turned", "career_change", "je ne l'avais pas dit : je veux changer de métier", M(
        "Romain Lacaze <romain.lacaze@laposte.net>",
        "Complément à ma candidature",
        "15 20:10",
        """Bonjour,

Un complément à mon mail d'octobre, parce qu'un conseiller m'a dit que c'était important : je ne l'avais pas dit : je veux changer de métier. J'ai été boulanger pendant huit ans, j'ai arrêté à cause d'une allergie à la farine et j'ai repris le BTS ESF pour ça, à 31 ans.

Je vise toujours l'insertion par l'activité économique.

Romain Lacaze""",
        app("Romain", "Lacaze", phone=None, bac=2, grad="2025-06", failing=("not_career_change",), status="b_st_romain_reconversion"),
    ), person="b_romain_lacaze"),
    # Feature: search_turned — aim — a graduate scheme in banking or consulting
    # route: person Ewan Fraser, first mail, English: an MA of June 2025 from Edinburgh and «a graduate scheme in banking or consulting» → application (en); no ESS aim → not eligible
    N("search_turned", "aim", "a graduate scheme in banking or consulting", M(
        "Ewan Fraser <ewan.fraser@outlook.com>",
        "Graduate programme enquiry",
        "10-23 13:30",
        """Hello,

I'm a Scottish graduate (MA in Economics, University of Edinburgh, June 2025) living in Grenoble with my partner. I'm looking for a graduate scheme in banking or consulting, ideally with English as a working language.

Could your programme help?

Ewan Fraser""",
        app("Ewan", "Fraser", phone=None, bac=5, grad="2025-06", failing=("job_seeking_ess",), language="en", status="b_st_ewan_banking"),
    ), person="b_ewan_fraser"),
    # Feature: search_turned — aim — I've changed my mind: I'd rather work for a charity or a co-operative
    # route: person Ewan Fraser, second mail, English: «Finalement» and «I've changed my mind: I'd rather work for a charity or a co-operative», the MA of June 2025 repeated → application (en); bac+5 of 2025, ESS aim → eligible
    N("search_turned", "aim", "I've changed my mind: I'd rather work for a charity or a co-operative", M(
        "Ewan Fraser <ewan.fraser@outlook.com>",
        "Re: Graduate programme enquiry",
        "20 09:05",
        """Hello again,

Finalement — as my French teacher would say — after a few interviews with consulting firms here, I've changed my mind: I'd rather work for a charity or a co-operative, something like a community energy co-op. My MA in Economics (Edinburgh, June 2025) should be useful there too.

Is the programme still open to me?

All the best,
Ewan Fraser
+44 7700 900457""",
        app("Ewan", "Fraser", phone="+447700900457", bac=5, grad="2025-06", language="en", status="b_st_ewan_coop"),
    ), person="b_ewan_fraser"),
    # Feature: fact_corrected — graduation — licence de sociologie obtenue en juin 2025
    # route: person Nour Haddad, first mail: a licence «obtenue en juin 2025», a refugee association sought → application; bac+3 of 2025, ESS aim → eligible
    N("fact_corrected", "graduation", "licence de sociologie obtenue en juin 2025", M(
        "Nour Haddad <nour.haddad@gmail.com>",
        "Candidature Pro'pulse",
        "10-07 09:30",
        """Bonjour,

Franco-libanaise, installée à Grenoble, j'ai une licence de sociologie obtenue en juin 2025 à l'université Grenoble Alpes. Je cherche un poste d'intervenante sociale dans une association d'aide aux réfugiés.

Nour Haddad
07 61 88 23 05""",
        app("Nour", "Haddad", phone="+33761882305", bac=3, grad="2025-06", status="b_fc_nour_2025"),
    ), person="b_nour_haddad"),
    # Feature: fact_corrected — graduation — je me suis trompée d'année
    # route: person Nour Haddad, second mail the same evening: «je me suis trompée d'année», the licence is of June 2024, not 2025; the corrected year wins → application; bac+3 of 2024-06, more than two years → not eligible
    N("fact_corrected", "graduation", "je me suis trompée d'année", M(
        "Nour Haddad <nour.haddad@gmail.com>",
        "Erreur dans ma candidature",
        "10-07 18:45",
        """Bonjour,

Je me rends compte en relisant mon mail de ce matin que je me suis trompée d'année : ma licence de sociologie date de juin 2024, pas de 2025 (2025, c'est l'année de mon arrivée à Grenoble). Désolée pour la confusion.

Le reste ne change pas : je cherche dans une association d'aide aux réfugiés.

Nour Haddad""",
        app("Nour", "Haddad", phone=None, bac=3, grad="2024-06", failing=("graduation_recent",), status="b_fc_nour_corrige_2024"),
    ), person="b_nour_haddad"),
    # Feature: fact_corrected — situation — je suis en stage jusqu'au 20 décembre
    # route: person Thomas Nowak, first mail: a licence pro of June 2026 and «je suis en stage jusqu'au 20 décembre» at a cooperative → application; internship running → not eligible
    N("fact_corrected", "situation", "je suis en stage jusqu'au 20 décembre", M(
        "Thomas Nowak <thomas.nowak@free.fr>",
        "Candidature licence pro",
        "10-11 15:15",
        """Bonjour,

Titulaire d'une licence pro « métiers de la gestion » obtenue en juin 2026 à Tours, je suis en stage jusqu'au 20 décembre dans une coopérative agricole. J'aimerais être embauché ensuite dans une SCOP ou une CAE.

Thomas Nowak
06 40 19 82 57""",
        app("Thomas", "Nowak", phone="+33640198257", bac=3, grad="2026-06", failing=("not_internship",), status="b_fc_thomas_stage"),
    ), person="b_thomas_nowak"),
    # Feature: fact_corrected — situation — correction : je ne suis plus en stage
    # route: person Thomas Nowak, second mail: «correction : je ne suis plus en stage», stopped on 30 October by mutual agreement, his first mail quoted below with the old internship (overridden) → application; bac+3 of 2026, no internship, ESS aim → eligible
    N("fact_corrected", "situation", "correction : je ne suis plus en stage", M(
        "Thomas Nowak <thomas.nowak@free.fr>",
        "Re: Candidature licence pro",
        "06 10:30",
        """Bonjour,

Une correction : je ne suis plus en stage. La coopérative et moi avons arrêté d'un commun accord le 30 octobre. Ce que j'ai écrit plus bas n'est donc plus vrai pour le stage ; pour le reste, rien ne change.

Thomas

-----Message d'origine-----
De : Thomas Nowak <thomas.nowak@free.fr>
Envoyé : dimanche 11 octobre 2026 15:15
Objet : Candidature licence pro

Titulaire d'une licence pro « métiers de la gestion » obtenue en juin 2026 à Tours, je suis en stage jusqu'au 20 décembre dans une coopérative agricole. J'aimerais être embauché ensuite dans une SCOP ou une CAE.
Thomas Nowak
06 40 19 82 57""",
        app("Thomas", "Nowak", phone="+33640198257", bac=3, grad="2026-06", status="b_fc_thomas_plus_en_stage"),
    ), person="b_thomas_nowak"),
    # Feature: fact_corrected — kind — Précision : la convention de stage a été rompue le 30 octobre
    # route: person Thomas Nowak, third mail: a reply in our thread (In-Reply-To our mail, our question quoted) confirming the internship's end with «Précision» → reply
    N("fact_corrected", "kind", "Précision : la convention de stage a été rompue le 30 octobre", M(
        "Thomas Nowak <thomas.nowak@free.fr>",
        "Re: Votre candidature – date de fin de stage",
        "12 17:40",
        """Bonjour,

Précision : la convention de stage a été rompue le 30 octobre, signée par la coopérative, l'université et moi. Je peux vous envoyer l'avenant si besoin.

Thomas Nowak

Le 10/11/2026 à 09:15, Pro'pulse a écrit :
> Merci pour votre correction. Pouvez-vous nous confirmer la date exacte de fin de votre stage ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-10-0415@animafac.net>", "References": "<suivi-2026-11-10-0415@animafac.net>"},
    ), person="b_thomas_nowak"),
    # Feature: fact_corrected — level — un BTS SP3S obtenu en juin 2026
    # route: person Aïcha Mzé, first mail: «un BTS SP3S obtenu en juin 2026» at Mamoudzou, a Mayotte mobile 0639, an association sought → application; bac+2 of 2026, ESS aim → eligible
    N("fact_corrected", "level", "un BTS SP3S obtenu en juin 2026", M(
        "Aïcha Mzé <aicha.mze976@gmail.com>",
        "Candidature depuis Mayotte",
        "10-17 07:10",
        """Bonjour,

J'ai un BTS SP3S obtenu en juin 2026 au lycée de Mamoudzou. Je vais m'installer à Montpellier en janvier et je cherche un poste dans une association de médiation sociale.

Aïcha Mzé
0639 22 48 71""",
        app("Aïcha", "Mzé", phone="+262639224871", bac=2, grad="2026-06", status="b_fc_aicha_bts"),
    ), person="b_aicha_mze"),
    # Feature: fact_corrected — level — erratum : c'est un bac pro SP3S, pas un BTS
    # route: person Aïcha Mzé, second mail: «erratum : c'est un bac pro SP3S, pas un BTS», the corrected level wins (bac+0) → application; level below bac+2 → not eligible
    N("fact_corrected", "level", "erratum : c'est un bac pro SP3S, pas un BTS", M(
        "Aïcha Mzé <aicha.mze976@gmail.com>",
        "Erratum candidature",
        "05 06:55",
        """Bonjour,

Ma conseillère m'a fait relire mon premier message : erratum : c'est un bac pro SP3S, pas un BTS, que j'ai eu en juin 2026. Le BTS, je voulais le commencer mais je n'ai pas eu de place.

Est-ce que je peux quand même être accompagnée pour trouver un poste en association ?

Aïcha Mzé
0639 22 48 71""",
        app("Aïcha", "Mzé", phone="+262639224871", bac=0, grad="2026-06", failing=("degree_level",), status="b_fc_aicha_bac_pro"),
    ), person="b_aicha_mze"),
    # Feature: fact_corrected — graduation — I graduated in 2024
    # ambiguous: «in 2024» with no month: a graduation before November 2024 is more than two years old, one after is not
    # route: person Maricel Santos, first mail, English: a BS in Social Work from Manila «I graduated in 2024» with no month, a charity sought → application (en); graduation open → to verify
    N("fact_corrected", "graduation", "I graduated in 2024", M(
        "Maricel Santos <maricel.santos@gmail.com>",
        "Application – social work graduate",
        "10-25 10:20",
        """Good morning,

I am from the Philippines and live in Bordeaux with my husband since last year. I graduated in 2024 with a BS in Social Work from the University of Santo Tomas, Manila.

I would like to work for a charity helping elderly people or families.

Thank you,
Maricel Santos""",
        app("Maricel", "Santos", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="b_fc_maricel_2024"),
    ), person="b_maricel_santos"),
    # Feature: fact_corrected — graduation — sorry, I meant 2025
    # route: person Maricel Santos, second mail, English, the same afternoon: «sorry, I meant 2025 — June 2025», the corrected date wins → application (en); bac+3 of 2025, ESS aim → eligible
    N("fact_corrected", "graduation", "sorry, I meant 2025", M(
        "Maricel Santos <maricel.santos@gmail.com>",
        "Correction: graduation year",
        "10-25 15:05",
        """Hello again,

In my message this morning I wrote that I graduated in 2024 — sorry, I meant 2025. It was June 2025, the ceremony was in July.

Everything else is right: BS in Social Work, and I'm looking for a charity job with elderly people or families. My number is 07 82 40 16 59.

Maricel Santos""",
        app("Maricel", "Santos", phone="+33782401659", bac=3, grad="2025-06", language="en", status="b_fc_maricel_meant_2025"),
    ), person="b_maricel_santos"),
    # Feature: contacts_changed — aim — quelque chose dans le social
    # ambiguous: «quelque chose dans le social» names no employer: a public social service and an association are both possible
    # route: person Margaux Teyssier, first mail from her student address: a licence of June 2026 and «quelque chose dans le social» → application; aim open → to verify
    N("contacts_changed", "aim", "quelque chose dans le social", M(
        "Margaux Teyssier <margaux.teyssier@etu.umontpellier.example.fr>",
        "Candidature",
        "10-04 22:15",
        """Bonjour,

Je viens d'avoir ma licence de sciences de l'éducation (juin 2026, Montpellier) et j'aimerais trouver quelque chose dans le social, pour travailler avec des adolescents.

Margaux Teyssier""",
        app("Margaux", "Teyssier", phone=None, bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_cc_margaux_adresse_etudiante"),
    ), person="b_margaux_teyssier"),
    # Feature: contacts_changed — aim — merci d'utiliser désormais margaux.teyssier@gmail.com
    # route: person Margaux Teyssier, second mail from the student address: «ma boîte étudiante ferme le 25 novembre, merci d'utiliser désormais margaux.teyssier@gmail.com», a new phone, the aim now a youth association → application (email the gmail one); bac+3 of 2026, ESS aim → eligible
    N("contacts_changed", "aim", "merci d'utiliser désormais margaux.teyssier@gmail.com", M(
        "Margaux Teyssier <margaux.teyssier@etu.umontpellier.example.fr>",
        "Nouvelle adresse mail – Margaux Teyssier",
        "19 18:30",
        """Bonjour,

Ma boîte étudiante ferme le 25 novembre, merci d'utiliser désormais margaux.teyssier@gmail.com. Mon numéro est le 06 27 81 54 30.

J'en profite pour préciser mon projet : je cherche dans une association de prévention spécialisée ou une maison des adolescents associative. Pour rappel, licence de sciences de l'éducation, juin 2026.

Merci,
Margaux""",
        app("Margaux", "Teyssier", phone="+33627815430", bac=3, grad="2026-06", email="margaux.teyssier@gmail.com", status="b_cc_margaux_nouvelle_adresse"),
    ), person="b_margaux_teyssier"),
    # Feature: contacts_changed — kind — n'est plus valable
    # route: person Margaux Teyssier, third mail: the university's delivery report for her closed student address (Mailer-Daemon, multipart/report) → bounce
    N("contacts_changed", "kind", "n'est plus valable", M(
        "Mail Delivery System <MAILER-DAEMON@etu.umontpellier.example.fr>",
        "Non remis : Votre candidature à Pro'pulse",
        "26 03:10",
        """Votre message n'a pas pu être remis au destinataire suivant :

     margaux.teyssier@etu.umontpellier.example.fr

Cette adresse n'est plus valable (compte étudiant fermé le 25/11/2026).

Service informatique – Université de Montpellier""",
        bounce("margaux.teyssier@etu.umontpellier.example.fr"),
        bounce="""Reporting-MTA: dns; mx.etu.umontpellier.example.fr
Final-Recipient: rfc822; margaux.teyssier@etu.umontpellier.example.fr
Action: failed
Status: 5.1.1""",
    ), person="b_margaux_teyssier"),
    # Feature: contacts_changed — graduation — BTS SAM obtenu en juin 2024
    # route: person Zeynep Arslan, first mail: a «BTS SAM obtenu en juin 2024», more than two years before TODAY, an association sought → application; diploma too old → not eligible
    N("contacts_changed", "graduation", "BTS SAM obtenu en juin 2024", M(
        "Zeynep Arslan <zeynep.arslan@hotmail.fr>",
        "Candidature – assistante",
        "10-15 14:00",
        """Bonjour,

J'ai un BTS SAM obtenu en juin 2024 à Clermont-Ferrand. J'ai travaillé depuis en agence d'intérim et je voudrais un poste d'assistante de direction dans une association.

Zeynep Arslan
06 52 09 37 44""",
        app("Zeynep", "Arslan", phone="+33652093744", bac=2, grad="2024-06", failing=("graduation_recent",), status="b_cc_zeynep_arslan"),
    ), person="b_zeynep_arslan"),
    # Feature: contacts_changed — graduation — je m'appelle désormais Zeynep Morin
    # route: person Zeynep Arslan, second mail: «je m'appelle désormais Zeynep Morin», signed «Zeynep Morin (née Arslan)», the BTS of June 2024 repeated → application (last name Morin); diploma too old → not eligible
    N("contacts_changed", "graduation", "je m'appelle désormais Zeynep Morin", M(
        "Zeynep Morin <zeynep.arslan@hotmail.fr>",
        "Changement de nom – candidature",
        "24 11:20",
        """Bonjour,

Je me suis mariée le 14 novembre et je m'appelle désormais Zeynep Morin : merci de mettre mon dossier à ce nom. L'adresse mail et le numéro ne changent pas.

Je rappelle ma situation : BTS SAM de juin 2024, je cherche un poste d'assistante dans une association.

Zeynep Morin (née Arslan)
06 52 09 37 44""",
        app("Zeynep", "Morin", phone="+33652093744", bac=2, grad="2024-06", failing=("graduation_recent",), status="b_cc_zeynep_morin"),
    ), person="b_zeynep_arslan"),
    # Feature: contacts_changed — aim — une association de soutien scolaire
    # route: person Wesley Jean-Baptiste, first mail: a master of June 2025 from Port-au-Prince (bac+5), «une association de soutien scolaire» sought, a Guyane mobile 0694 → application; bac+5 of 2025, ESS aim → eligible
    N("contacts_changed", "aim", "une association de soutien scolaire", M(
        "Wesley Jean-Baptiste <wesley.jeanbaptiste@gmail.com>",
        "Candidature – master sciences de l'éducation",
        "10-28 16:40",
        """Bonjour,

Je suis haïtien, arrivé à Cayenne puis à Tours cet automne. J'ai obtenu un master en sciences de l'éducation à l'université d'État d'Haïti en juin 2025. Je cherche un poste de coordinateur dans une association de soutien scolaire.

Wesley Jean-Baptiste
0694 43 18 26""",
        app("Wesley", "Jean-Baptiste", phone="+594694431826", bac=5, grad="2025-06", status="b_cc_wesley_guyane"),
    ), person="b_wesley_jean_baptiste"),
    # Feature: contacts_changed — graduation — Nouveau numéro : 07 59 62 11 34
    # ambiguous: the new mail names «mon master» and refers to the first one without its year: the level stands, the diploma's date is not given in this mail
    # route: person Wesley Jean-Baptiste, second mail: «Nouveau numéro : 07 59 62 11 34» (the Guyane number dropped), «ma candidature du 28 octobre tient toujours», the master named without its year, the association aim repeated → application (the new phone); graduation open → to verify
    N("contacts_changed", "graduation", "Nouveau numéro : 07 59 62 11 34", M(
        "Wesley Jean-Baptiste <wesley.jeanbaptiste@gmail.com>",
        "Changement de numéro",
        "14 09:50",
        """Bonjour,

Nouveau numéro : 07 59 62 11 34 (j'ai rendu ma puce guyanaise en arrivant à Tours). Ma candidature du 28 octobre tient toujours : mon master en sciences de l'éducation, et un poste dans une association de soutien scolaire.

Cordialement,
Wesley Jean-Baptiste""",
        app("Wesley", "Jean-Baptiste", phone="+33759621134", bac=5, grad=None, unknown=("graduation_recent",), status="b_cc_wesley_nouveau_numero"),
    ), person="b_wesley_jean_baptiste"),
]
