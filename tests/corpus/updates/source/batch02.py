"""Updates corpus, batch 02 (writer A): search_turned (a bank then «après réflexion, la finance solidaire»; an
English speaker turning from an association to the private sector; a vague aim, a question, then a career
change told), fact_corrected (a DEUST corrected to its first year only; a BTS year corrected; a stage corrected
to a CDD in our thread; a licence year corrected to «2024 ou 2025»; an employer's offer and its erratum) and
contacts_changed (a student mailbox that closes: our answer bounces, then a personal address; a new phone; a
married name taken, her auto-reply between). Messages in arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, other, question, reply
from updates import N

MESSAGES = [
    # Feature: contacts_changed — aim — une structure qui a du sens
    # ambiguous: «une structure qui a du sens, dans le domaine culturel» names no kind of employer (a theatre company, a town's cultural service or an association would all fit): job_seeking_ess open
    # route: Léa's first mail, from her student address; the master of June 2026 in the first paragraph, the aim in the second → application; bac+5 of 2026, the aim's sector unknown → job_seeking_ess open → to verify
    N("contacts_changed", "aim", "une structure qui a du sens", M(
        "Léa Moulin <lea.moulin@etu.univ-rennes.example.fr>", "Candidature Pro'pulse", "10-04 15:20",
        """Bonjour,

Je m'appelle Léa Moulin, j'ai terminé en juin 2026 un master de médiation culturelle à l'université Rennes 2.

Je cherche un premier poste de médiatrice ou de chargée des publics dans une structure qui a du sens, dans le domaine culturel, en Bretagne si possible.

Merci de me dire si je peux suivre votre programme.

Léa Moulin""",
        app("Léa", "Moulin", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="lea_master_adresse_etudiante"),
    ), person="lea_moulin"),
    # Feature: search_turned — aim — un poste d'analyste en banque d'investissement
    # route: Lucas's first mail; the master of finance of June 2026, an investment bank sought in the second paragraph → application; bac+5 of 2026, a bank outside the ESS → fails job_seeking_ess → not eligible
    N("search_turned", "aim", "un poste d'analyste en banque d'investissement", M(
        "Lucas Berger <lucas.berger75@gmail.com>", "Demande d'accompagnement", "10-07 11:45",
        """Bonjour,

J'ai obtenu en juin 2026 un master de finance d'entreprise à Paris-Dauphine.

Je vise un poste d'analyste en banque d'investissement ou en fonds de private equity, à Paris. On m'a dit que votre programme aidait à préparer les entretiens.

Cordialement,
Lucas Berger
06 14 58 23 97""",
        app("Lucas", "Berger", phone="+33614582397", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="lucas_master_finance_banque"),
    ), person="lucas_berger"),
    # Feature: fact_corrected — level — un DEUST animation
    # route: Élodie's first mail; a DEUST of June 2025 said as obtained, a centre social sought → application; bac+2 of 2025, ESS sought → eligible
    N("fact_corrected", "level", "un DEUST animation", M(
        "Élodie Marchal <elodie.marchal@orange.fr>", "Candidature", "10-08 10:02",
        """Bonjour,

J'ai un DEUST animation et gestion des activités physiques, sportives ou culturelles, obtenu en juin 2025 à Lyon 1.

Depuis je suis animatrice vacataire et je voudrais un poste de coordinatrice jeunesse dans un centre social ou une association de quartier.

Élodie Marchal
06 42 14 37 58""",
        app("Élodie", "Marchal", phone="+33642143758", bac=2, grad="2025-06", status="elodie_deust_2025"),
    ), person="elodie_marchal"),
    # Feature: fact_corrected — level — je n'ai validé que la première année
    # route: Élodie's second mail, the same evening; «erratum : je n'ai validé que la première année du DEUST», her highest diploma the bac, wins over the DEUST said obtained in the morning → application; the bac only, below bac+2 → fails degree_level → not eligible
    N("fact_corrected", "level", "je n'ai validé que la première année", M(
        "Élodie Marchal <elodie.marchal@orange.fr>", "Erratum - ma candidature", "10-08 21:16",
        """Bonjour,

Erratum à mon message de ce matin, je préfère être honnête tout de suite : je n'ai validé que la première année du DEUST, j'ai arrêté en 2025 pour des raisons familiales. Mon diplôme le plus élevé est donc le bac (bac pro, 2023).

Je cherche toujours un poste de coordinatrice jeunesse dans un centre social. Est-ce que le programme reste possible pour moi ?

Élodie Marchal""",
        app("Élodie", "Marchal", phone=None, bac=0, grad=None, failing=("degree_level",), status="elodie_erratum_bac_seul"),
    ), person="elodie_marchal"),
    # Feature: contacts_changed — situation — en stage jusqu'au 18 décembre
    # route: Aurélien's first mail; the BUT of June 2026, a stage running to 18 December in the first paragraph, his first mobile number in the signature → application; bac+3 of 2026 but a stage running → fails not_internship → not eligible
    N("contacts_changed", "situation", "en stage jusqu'au 18 décembre", M(
        "Aurélien Petit <aurelien.petit@gmail.com>", "Programme Pro'pulse", "10-09 13:04",
        """Bonjour,

J'ai eu mon BUT Carrières sociales en juin 2026 à Lyon et je suis en stage jusqu'au 18 décembre dans une maison des jeunes et de la culture (un stage que j'ai trouvé après le diplôme).

Je voudrais ensuite être animateur coordinateur dans une MJC ou une association d'éducation populaire.

Aurélien Petit
06 51 40 27 83""",
        app("Aurélien", "Petit", phone="+33651402783", bac=3, grad="2026-06", failing=("not_internship",), status="aurelien_but_stage_decembre"),
    ), person="aurelien_petit"),
    # Feature: search_turned — aim — a youth association
    # route: Nadia's first mail (en); the bachelor's of June 2025 in the first paragraph, a youth association sought → application (en); bac+3 of 2025, ESS sought → eligible
    N("search_turned", "aim", "a youth association", M(
        "Nadia Rahman <nadia.rahman@outlook.com>", "Pro'pulse application", "10-09 20:33",
        """Hello,

I'm Nadia, I grew up in London and moved to Strasbourg last year. I have a bachelor's in Social Policy from the University of Leeds (June 2025).

I would like to work for a youth association or a refugee support charity here, as a project officer. My French is at B2 level.

Could your programme help me?

Thanks,
Nadia Rahman""",
        app("Nadia", "Rahman", phone=None, bac=3, grad="2025-06", language="en", status="nadia_ba_youth_association"),
    ), person="nadia_rahman"),
    # Feature: fact_corrected — kind — un chargé d'accueil et de suivi administratif en CDI
    # route: a SCOP's offer of a post for the programme's participants, no applicant → other
    N("fact_corrected", "kind", "un chargé d'accueil et de suivi administratif en CDI", M(
        "Scop Les Tisseurs <recrutement@lestisseurs.example.fr>", "Offre d'emploi pour vos participants", "10-12 09:30",
        """Bonjour,

La Scop Les Tisseurs (atelier textile d'insertion, Marseille) recrute un chargé d'accueil et de suivi administratif en CDI, à partir de janvier.

Si certains de vos participants sont intéressés, ils peuvent envoyer CV et lettre à recrutement@lestisseurs.example.fr.

Bien cordialement,
Nathalie Orsini
Responsable administrative""",
        other(),
    ), person="scop_les_tisseurs"),
    # Feature: search_turned — aim — n'importe quel poste administratif
    # ambiguous: «n'importe quel poste administratif» names no kind of employer: job_seeking_ess open
    # route: Romain's first mail; the BTS of June 2026, the aim «n'importe quel poste administratif» → application; bac+2 of 2026, the aim's sector unknown → job_seeking_ess open → to verify
    N("search_turned", "aim", "n'importe quel poste administratif", M(
        "Romain Caron <romain.caron59@gmail.com>", "Demande", "10-13 19:40",
        """Bonjour,

J'ai obtenu mon BTS Gestion de la PME en juin 2026 à Lille. Je cherche n'importe quel poste administratif, en CDI de préférence, sur la métropole.

Est-ce que vous pouvez m'aider ?

Romain Caron
07 84 21 63 50""",
        app("Romain", "Caron", phone="+33784216350", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="romain_bts_poste_administratif"),
    ), person="romain_caron"),
    # Feature: fact_corrected — kind — erratum : il s'agit d'un CDD de 12 mois
    # route: the same SCOP's erratum on its offer (a CDD of twelve months, not a CDI), no applicant → other
    N("fact_corrected", "kind", "erratum : il s'agit d'un CDD de 12 mois", M(
        "Scop Les Tisseurs <recrutement@lestisseurs.example.fr>", "Erratum - Offre d'emploi pour vos participants", "10-15 10:10",
        """Bonjour,

Petit erratum : il s'agit d'un CDD de 12 mois (renouvelable), et non d'un CDI comme indiqué dans notre message du 12 octobre. Le reste de l'offre est inchangé.

Merci de transmettre la correction à vos participants.

Nathalie Orsini
Scop Les Tisseurs""",
        other(),
    ), person="scop_les_tisseurs"),
    # Feature: fact_corrected — graduation — obtenu en juin 2025 à Nantes
    # route: Mathieu's first mail; the BTS of June 2025, an insertion company sought → application; bac+2 of 2025, ESS sought → eligible
    N("fact_corrected", "graduation", "obtenu en juin 2025 à Nantes", M(
        "Mathieu Roy <mathieu.roy@laposte.net>", "Candidature Pro'pulse", "10-19 18:25",
        """Bonjour,

J'ai mon BTS Gestion des transports et logistique associée, obtenu en juin 2025 à Nantes. Je voudrais devenir encadrant technique dans une entreprise d'insertion, sur une plateforme logistique par exemple.

Merci de votre retour,
Mathieu Roy""",
        app("Mathieu", "Roy", phone=None, bac=2, grad="2025-06", status="mathieu_bts_2025"),
    ), person="mathieu_roy"),
    # Feature: fact_corrected — graduation — petite erreur dans mon mail : 2023 et non 2025
    # route: Mathieu's second mail; «petite erreur dans mon mail : 2023 et non 2025» at the top wins over the 2025 of his first mail quoted below → application; bac+2 of June 2023, 41 months ago → fails graduation_recent → not eligible
    N("fact_corrected", "graduation", "petite erreur dans mon mail : 2023 et non 2025", M(
        "Mathieu Roy <mathieu.roy@laposte.net>", "Re: Candidature Pro'pulse", "10-20 08:12",
        """Bonjour,

Petite erreur dans mon mail : 2023 et non 2025 pour mon BTS, je l'ai eu en juin 2023. Depuis j'ai surtout fait de l'intérim en entrepôt.

Désolé pour la confusion,
Mathieu

Le lun. 19 oct. 2026 à 18:25, Mathieu Roy <mathieu.roy@laposte.net> a écrit :
> Bonjour,
> J'ai mon BTS Gestion des transports et logistique associée, obtenu en juin 2025 à Nantes. Je voudrais devenir encadrant technique dans une entreprise d'insertion, sur une plateforme logistique par exemple.
> Merci de votre retour,
> Mathieu Roy""",
        app("Mathieu", "Roy", phone=None, bac=2, grad="2023-06", failing=("graduation_recent",), status="mathieu_bts_corrige_2023"),
    ), person="mathieu_roy"),
    # Feature: contacts_changed — aim — pas encore d'idée précise
    # ambiguous: «pas encore d'idée précise, peut-être la communication» names no employer at all: job_seeking_ess open
    # route: Émilie's first mail, signed with her maiden name; the licence of June 2025, the aim vague → application; bac+3 of 2025, the aim's sector unknown → job_seeking_ess open → to verify
    N("contacts_changed", "aim", "pas encore d'idée précise", M(
        "Émilie Garnier <emilie.garnier@yahoo.fr>", "Candidature", "10-21 12:00",
        """Bonjour,

J'ai une licence d'information-communication obtenue en juin 2025 à Toulouse. Je n'ai pas encore d'idée précise du poste que je veux, peut-être la communication.

Je serais contente d'être accompagnée pour y voir plus clair.

Émilie Garnier
06 33 90 12 47""",
        app("Émilie", "Garnier", phone="+33633901247", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="emilie_garnier_licence_vague"),
    ), person="emilie_garnier"),
    # Feature: fact_corrected — situation — je suis en stage jusqu'en février
    # route: Sophie's first mail; the licence of June 2026, «je suis en stage jusqu'en février» in the first paragraph → application; bac+3 of 2026 but a stage running → fails not_internship → not eligible
    N("fact_corrected", "situation", "je suis en stage jusqu'en février", M(
        "Sophie Lemaire <sophie.lemaire31@gmail.com>", "Inscription Pro'pulse", "10-23 14:55",
        """Bonjour,

Licence de géographie obtenue en juin 2026 (Toulouse Jean-Jaurès). Je suis en stage jusqu'en février à l'association Toulouse Vélo Partage, comme chargée de mission mobilité.

J'aimerais être accompagnée pour trouver un poste durable dans une association de la mobilité ou de l'environnement.

Sophie Lemaire""",
        app("Sophie", "Lemaire", phone=None, bac=3, grad="2026-06", failing=("not_internship",), status="sophie_stage_fevrier"),
    ), person="sophie_lemaire"),
    # Feature: fact_corrected — graduation — ma licence obtenue en 2025
    # route: Jérémy's first mail; the licence of June 2025, an association sought → application; bac+3 of 2025, ESS sought → eligible
    N("fact_corrected", "graduation", "ma licence obtenue en 2025", M(
        "Jérémy Colin <jeremy.colin13@hotmail.fr>", "Candidature accompagnement", "10-26 21:40",
        """Bonjour,

Avec ma licence obtenue en 2025 (sciences sociales, Aix-Marseille, juin 2025), je cherche un poste d'animateur de réseau dans une association de solidarité internationale à Marseille.

Cordialement,
Jérémy Colin
06 77 48 21 09""",
        app("Jérémy", "Colin", phone="+33677482109", bac=3, grad="2025-06", status="jeremy_licence_2025"),
    ), person="jeremy_colin"),
    # Feature: fact_corrected — graduation — 2024 ou 2025, je ne sais plus
    # ambiguous: the correction itself leaves the year open: June 2024 (29 months ago) would fail graduation_recent, June 2025 would not: graduation_recent open
    # route: Jérémy's second mail; «je me suis trompé» and «2024 ou 2025, je ne sais plus» wins over the 2025 of his first mail (not quoted) → application; bac+3, the diploma's year unsettled → graduation_recent open → to verify
    N("fact_corrected", "graduation", "2024 ou 2025, je ne sais plus", M(
        "Jérémy Colin <jeremy.colin13@hotmail.fr>", "Correction candidature", "10-28 22:03",
        """Bonjour,

Je me suis peut-être trompé dans mon premier message : j'ai passé mes derniers examens de licence en 2024 mais j'ai eu un rattrapage, et je ne sais plus si le diplôme date de 2024 ou 2025, je ne sais plus. Je vais retrouver l'attestation chez mes parents.

Je cherche toujours dans une association de solidarité internationale.

Jérémy""",
        app("Jérémy", "Colin", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="jeremy_annee_incertaine"),
    ), person="jeremy_colin"),
    # Feature: search_turned — kind — les personnes qui visent la fonction publique
    # route: Romain's second mail, a question on whether the programme takes people aiming at the civil service, none of his facts told → question
    N("search_turned", "kind", "les personnes qui visent la fonction publique", M(
        "Romain Caron <romain.caron59@gmail.com>", "Question", "11-02 10:18",
        """Bonjour,

Est-ce que votre programme accepte aussi les personnes qui visent la fonction publique territoriale, ou seulement l'économie sociale et solidaire ?

Merci,
Romain""",
        question(),
    ), person="romain_caron"),
    # Feature: contacts_changed — kind — en congé jusqu'au 14 novembre
    # route: Émilie's own auto-reply (Auto-Submitted) to our acknowledgement, away for her wedding → auto-reply
    N("contacts_changed", "kind", "en congé jusqu'au 14 novembre", M(
        "Émilie Garnier <emilie.garnier@yahoo.fr>", "Absence : Votre candidature Pro'pulse", "11-03 09:00",
        """Bonjour,

Je suis en congé jusqu'au 14 novembre (mariage et voyage !) et je lirai vos messages à mon retour.

Émilie""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="emilie_garnier"),
    # Feature: fact_corrected — kind — ce n'est pas un stage mais un CDD
    # route: Sophie's answer in our thread (In-Reply-To <…@animafac.net>, our question quoted): a correction, her placement a CDD, not a stage → reply
    N("fact_corrected", "kind", "ce n'est pas un stage mais un CDD", M(
        "Sophie Lemaire <sophie.lemaire31@gmail.com>", "Re: Inscription Pro'pulse", "11-04 12:30",
        """Bonjour,

Correction importante : je me suis mal exprimée, ce n'est pas un stage mais un CDD de chargée de mission, jusqu'en février. Je suis salariée de l'association.

Sophie

Le 02/11/2026 à 16:45, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Sophie,
> Le programme ne peut pas accueillir de personnes en stage. Votre stage se termine-t-il bien en février ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-02-0233@animafac.net>"},
    ), person="sophie_lemaire"),
    # Feature: contacts_changed — kind — lea.moulin@etu.univ-rennes.example.fr
    # route: a delivery failure (multipart/report) of our answer to Léa's student address, closed since → bounce
    N("contacts_changed", "kind", "lea.moulin@etu.univ-rennes.example.fr", M(
        "Mail Delivery System <MAILER-DAEMON@mx.univ-rennes.example.fr>", "Undelivered Mail Returned to Sender", "11-05 03:41",
        """This is the mail system at host mx.univ-rennes.example.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<lea.moulin@etu.univ-rennes.example.fr>: host mx.univ-rennes.example.fr said: 550 5.1.1 User unknown (account closed)""",
        bounce("lea.moulin@etu.univ-rennes.example.fr"),
        bounce="""Reporting-MTA: dns; mx.univ-rennes.example.fr
Final-Recipient: rfc822; lea.moulin@etu.univ-rennes.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown (account closed)""",
    ), person="lea_moulin"),
    # Feature: contacts_changed — aim — ma boîte étudiante a fermé, écrivez-moi à
    # route: Léa's second mail, from her personal address; «ma boîte étudiante a fermé, écrivez-moi à cette adresse», the master of 2026 repeated and the aim now an association of cultural mediation → application; bac+5 of 2026, ESS sought → eligible (email the new address, the From)
    N("contacts_changed", "aim", "ma boîte étudiante a fermé, écrivez-moi à", M(
        "Léa Moulin <leamoulin.bzh@gmail.com>", "Candidature Pro'pulse - nouvelle adresse", "11-08 11:27",
        """Bonjour,

Je vous avais écrit le 4 octobre depuis mon adresse de l'université, mais ma boîte étudiante a fermé, écrivez-moi à cette adresse désormais : leamoulin.bzh@gmail.com. Mon numéro : 07 68 24 15 90.

Pour rappel : master de médiation culturelle, Rennes 2, juin 2026. J'ai précisé mon projet depuis : je cherche un poste de médiatrice dans une association d'éducation artistique ou un tiers-lieu associatif.

Merci,
Léa Moulin""",
        app("Léa", "Moulin", phone="+33768241590", bac=5, grad="2026-06", status="lea_nouvelle_adresse_association"),
    ), person="lea_moulin"),
    # Feature: search_turned — aim — après réflexion, je vise plutôt la finance solidaire
    # route: Lucas's second mail; «après réflexion, je vise plutôt la finance solidaire» at the top wins over the investment bank of his first mail quoted below → application; bac+5 of 2026, solidarity finance (France Active, a cooperative bank's foundation) sought → eligible
    N("search_turned", "aim", "après réflexion, je vise plutôt la finance solidaire", M(
        "Lucas Berger <lucas.berger75@gmail.com>", "Re: Demande d'accompagnement", "11-13 16:05",
        """Bonjour,

Je reviens vers vous avec un projet différent : après réflexion, je vise plutôt la finance solidaire. J'aimerais être chargé d'investissement dans une structure comme France Active ou un fonds solidaire géré par une association.

Lucas Berger
06 14 58 23 97

> J'ai obtenu en juin 2026 un master de finance d'entreprise à Paris-Dauphine.
> Je vise un poste d'analyste en banque d'investissement ou en fonds de private equity, à Paris.""",
        app("Lucas", "Berger", phone="+33614582397", bac=5, grad="2026-06", status="lucas_finance_solidaire"),
    ), person="lucas_berger"),
    # Feature: contacts_changed — situation — mon nouveau numéro
    # route: Aurélien's second mail; «mon nouveau numéro : 07 49 85 20 16» wins over the 06 of his first mail, the stage to 18 December said still running → application; bac+3 of 2026 but a stage running → fails not_internship → not eligible (phone the new one)
    N("contacts_changed", "situation", "mon nouveau numéro", M(
        "Aurélien Petit <aurelien.petit@gmail.com>", "Changement de numéro", "11-16 18:50",
        """Bonjour,

J'ai changé d'opérateur, voici mon nouveau numéro : 07 49 85 20 16 (l'ancien, en 06, n'est plus valable).

Rien d'autre de neuf : toujours en stage à la MJC jusqu'au 18 décembre, BUT Carrières sociales 2026, et toujours intéressé par le programme pour la suite.

Aurélien Petit""",
        app("Aurélien", "Petit", phone="+33749852016", bac=3, grad="2026-06", failing=("not_internship",), status="aurelien_nouveau_numero"),
    ), person="aurelien_petit"),
    # Feature: search_turned — aim — I've decided to aim for the private sector instead
    # route: Nadia's second mail (en); "I've decided to aim for the private sector instead" (an HR consultancy) wins over the youth association of her first mail → application (en); bac+3 of 2025, a consultancy outside the ESS → fails job_seeking_ess → not eligible
    N("search_turned", "aim", "I've decided to aim for the private sector instead", M(
        "Nadia Rahman <nadia.rahman@outlook.com>", "Update on my application", "11-17 09:14",
        """Hello again,

An update since my email of 9 October: after a few interviews I've decided to aim for the private sector instead, ideally an HR consultancy or a recruitment firm in Strasbourg. The pay in the charity sector is just too low for me right now.

Is the programme still relevant for me? I still have my bachelor's in Social Policy (Leeds, 2025).

Best,
Nadia""",
        app("Nadia", "Rahman", phone=None, bac=3, grad="2025-06", failing=("job_seeking_ess",), language="en", status="nadia_prive"),
    ), person="nadia_rahman"),
    # Feature: search_turned — career_change — je veux changer de métier
    # route: Romain's third mail; «je ne vous l'avais pas dit : … je veux changer de métier» (six years a baker before the BTS) and an association now sought → application; bac+2 of 2026, a career change told → fails not_career_change → not eligible
    N("search_turned", "career_change", "je veux changer de métier", M(
        "Romain Caron <romain.caron59@gmail.com>", "Complément à ma demande", "11-20 20:22",
        """Bonjour,

Je ne vous l'avais pas dit dans mon premier message : avant mon BTS (obtenu en juin 2026), j'ai été boulanger pendant six ans, et c'est pour ça que je veux changer de métier.

Finalement, plutôt que n'importe quel poste administratif, je vise un poste de gestionnaire dans une association d'aide alimentaire.

Romain Caron
07 84 21 63 50""",
        app("Romain", "Caron", phone="+33784216350", bac=2, grad="2026-06", failing=("not_career_change",), status="romain_reconversion_boulanger"),
    ), person="romain_caron"),
    # Feature: contacts_changed — aim — je porte désormais le nom de mon mari
    # route: Émilie's third mail; «je porte désormais le nom de mon mari» and the signature «Émilie Rousseau (née Garnier)» win over her maiden name, a mutuelle now named → application; bac+3 of 2025, ESS sought → eligible (last name Rousseau)
    N("contacts_changed", "aim", "je porte désormais le nom de mon mari", M(
        "Émilie Garnier <emilie.garnier@yahoo.fr>", "Mise à jour candidature - Émilie Rousseau", "11-24 10:36",
        """Bonjour,

De retour de congé ! Je me suis mariée et je porte désormais le nom de mon mari : merci de m'inscrire sous le nom d'Émilie Rousseau.

J'ai aussi avancé dans mon projet : je voudrais être chargée de communication dans une mutuelle ou une coopérative (licence d'information-communication, juin 2025).

Émilie Rousseau (née Garnier)
06 33 90 12 47""",
        app("Émilie", "Rousseau", phone="+33633901247", bac=3, grad="2025-06", status="emilie_rousseau_mutuelle"),
    ), person="emilie_garnier"),
]
