"""Updates corpus, batch 01 (writer A): diploma_since (an M2 whose mémoire was still to hand in, then «c'est
officiel» in our thread; a licence pro awaiting its jury, a question, then «les résultats sont tombés»; a
master in apprenticeship then obtained with a stage begun; an MSc defence brought forward, in English),
placement_over_since (a service civique ended early, her auto-reply between; a stage extended; a CDD over,
told in our thread; a stage «fin novembre» then over) and situation_began_since (a CDI signed: a withdrawal;
a stage begun, the request kept; a licence pro begun, then a withdrawal). Messages in arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, other, question, reply
from updates import N

MESSAGES = [
    # Feature: diploma_since — studies_finished — j'attends les résultats du jury
    # ambiguous: the licence pro's courses and apprenticeship ended in September but the jury has no date yet; she does not say whether anything is left to pass: studies_finished open
    # route: Inès's first mail; the licence pro in apprenticeship over in September, the jury's results awaited in the second paragraph, an association of popular education sought → application; bac+3, no diploma yet, studies' end open → to verify
    N("diploma_since", "studies_finished", "j'attends les résultats du jury", M(
        "Inès Haddad <ines.haddad@gmail.com>", "Candidature Pro'pulse", "10-01 18:40",
        """Bonjour,

Je m'appelle Inès Haddad, j'ai 22 ans et j'habite à Lille.

J'ai suivi cette année une licence professionnelle « coordination de projets d'économie sociale » en alternance à l'IUT de Roubaix. Mon contrat d'apprentissage s'est terminé fin septembre et j'attends les résultats du jury, qui n'a pas encore de date.

Je voudrais travailler dans une association d'éducation populaire, comme coordinatrice de projets jeunesse. Est-ce que je peux déjà m'inscrire ?

Merci d'avance,
Inès Haddad
06 47 21 93 58""",
        app("Inès", "Haddad", phone="+33647219358", bac=3, grad=None, unknown=("studies_finished",), status="ines_licence_pro_jury_attendu"),
    ), person="ines_haddad"),
    # Feature: situation_began_since — aim — une mutuelle ou une association
    # route: Julie's first mail; the licence AES of June 2026 in the first paragraph, a mutuelle or an association sought, nothing running → application; bac+3 of 2026, ESS sought → eligible
    N("situation_began_since", "aim", "une mutuelle ou une association", M(
        "Julie Fabre <julie.fabre44@laposte.net>", "Demande d'accompagnement", "10-03 10:15",
        """Bonjour,

J'ai obtenu ma licence d'administration économique et sociale en juin 2026 à l'université de Nantes. Depuis l'été je cherche un premier poste, sans succès pour l'instant.

Je vise un poste de gestionnaire ou d'assistante de direction dans une mutuelle ou une association du secteur médico-social. Un ami m'a parlé de votre programme.

Bien cordialement,
Julie Fabre
07 62 18 40 93""",
        app("Julie", "Fabre", phone="+33762184093", bac=3, grad="2026-06", status="julie_licence_aes_2026"),
    ), person="julie_fabre"),
    # Feature: placement_over_since — situation — en service civique chez Unis-Cité jusqu'à fin mars 2027
    # route: Manon's first mail; the BTS ESF of June 2025, a service civique running to the end of March 2027 in the second paragraph → application; bac+2 of 2025 but a service civique running → fails not_service_civique → not eligible
    N("placement_over_since", "situation", "en service civique chez Unis-Cité jusqu'à fin mars 2027", M(
        "Manon Giraud <manon.giraud35@gmail.com>", "Inscription au programme", "10-05 21:02",
        """Bonjour,

J'ai eu mon BTS Économie sociale familiale en juin 2025 à Rennes.

Depuis septembre, je suis en service civique chez Unis-Cité jusqu'à fin mars 2027, sur un projet d'accompagnement de personnes âgées isolées. J'aimerais préparer la suite dès maintenant : je voudrais devenir conseillère dans une association d'aide à domicile ou un centre social.

Est-ce possible de suivre votre programme ?

Manon Giraud
06 18 52 70 44""",
        app("Manon", "Giraud", phone="+33618527044", bac=2, grad="2025-06", failing=("not_service_civique",), status="manon_bts_service_civique_en_cours"),
    ), person="manon_giraud"),
    # Feature: diploma_since — studies_finished — il me reste mon mémoire à rendre et à soutenir
    # route: Camille's first mail; the M2 «économie sociale et solidaire» still running, the mémoire to hand in and defend in the second paragraph → application; a master in progress, studies running → fails studies_finished → not eligible
    N("diploma_since", "studies_finished", "il me reste mon mémoire à rendre et à soutenir", M(
        "Camille Perrin <camille.perrin@outlook.fr>", "Candidature", "10-06 09:12",
        """Bonjour,

Je suis en M2 « économie sociale et solidaire » à l'université Lyon 2. Les cours sont terminés, mais il me reste mon mémoire à rendre et à soutenir ; la date de soutenance n'est pas encore fixée.

Je cherche un poste de chargée de développement dans une SCIC ou une coopérative d'activité et d'emploi, dans la région lyonnaise.

Pourriez-vous me dire si je peux rejoindre Pro'pulse ?

Camille Perrin
06 31 72 48 15""",
        app("Camille", "Perrin", phone="+33631724815", bac="*", grad=None, failing=("studies_finished",), status="camille_m2_memoire_a_rendre"),
    ), person="camille_perrin"),
    # Feature: placement_over_since — kind — en mission de service civique
    # route: Manon's own auto-reply to our acknowledgement (Auto-Submitted), saying she is on her civic service mission → auto-reply
    N("placement_over_since", "kind", "en mission de service civique", M(
        "Manon Giraud <manon.giraud35@gmail.com>", "Réponse automatique : Votre demande Pro'pulse", "10-07 08:00",
        """Bonjour,

Je suis en mission de service civique la journée et je ne lis mes messages que le soir. Je vous répondrai au plus vite.

Pour toute question sur le projet « Lien entre générations », vous pouvez écrire à l'équipe d'Unis-Cité Rennes : rennes@unis-cite.example.org.

Manon""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="manon_giraud"),
    # Feature: diploma_since — studies_finished — my thesis defence is scheduled for early December
    # route: Priya's first mail (en); the MSc's final semester, the defence planned for December in the first paragraph → application (en); a master in progress, studies running → fails studies_finished → not eligible
    N("diploma_since", "studies_finished", "my thesis defence is scheduled for early December", M(
        "Priya Natarajan <priya.natarajan@gmail.com>", "Application - Pro'pulse programme", "10-09 14:26",
        """Dear Pro'pulse team,

My name is Priya Natarajan. I am in the final semester of an MSc in Development Economics at Université Lumière Lyon 2; my courses are over and my thesis defence is scheduled for early December.

After that I would like to work in France for an NGO or a social enterprise working on microfinance or financial inclusion. A classmate told me about your programme.

Could I join it, or should I wait until I have defended?

Kind regards,
Priya Natarajan""",
        app("Priya", "Natarajan", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="priya_msc_defence_december"),
    ), person="priya_natarajan"),
    # Feature: placement_over_since — situation — jusqu'au 15 janvier 2027
    # route: Yanis's first mail; the master of September 2026, then a stage under a DU running to 15 January 2027 in the second paragraph → application; bac+5 of 2026 but a stage running → fails not_internship → not eligible
    N("placement_over_since", "situation", "jusqu'au 15 janvier 2027", M(
        "Yanis Bouaziz <yanis.bouaziz13@gmail.com>", "Programme Pro'pulse", "10-10 19:48",
        """Bonjour,

J'ai validé en septembre 2026 un master de droit social à Aix-Marseille Université.

Pour garder un pied dans le terrain, je me suis inscrit à un diplôme d'université qui me permet de faire un stage conventionné : je suis stagiaire juriste à l'association Habitat Solidaire Sud, à Marseille, jusqu'au 15 janvier 2027.

Ensuite je voudrais être embauché comme juriste dans une association de défense des locataires ou une fédération. Pouvez-vous m'aider à préparer ça ?

Yanis Bouaziz""",
        app("Yanis", "Bouaziz", phone=None, bac=5, grad="2026-09", failing=("not_internship",), status="yanis_master_stage_du"),
    ), person="yanis_bouaziz"),
    # Feature: situation_began_since — level — un master management des entreprises de l'ESS
    # route: Karim's first mail; the master of September 2025 in the first paragraph, a job sought in a foundation or an association → application; bac+5 of 2025, ESS sought → eligible
    N("situation_began_since", "level", "un master management des entreprises de l'ESS", M(
        "Karim Meziane <karim.meziane@hotmail.fr>", "Candidature accompagnement", "10-11 11:30",
        """Bonjour,

Titulaire d'un master management des entreprises de l'ESS (IAE de Lille, septembre 2025), je cherche un poste de chargé de mécénat ou de partenariats dans une fondation ou une grosse association.

J'ai fait quelques missions en intérim depuis, rien dans mon domaine.

Cordialement,
Karim Meziane
06 70 33 81 26""",
        app("Karim", "Meziane", phone="+33670338126", bac=5, grad="2025-09", status="karim_master_ess_2025"),
    ), person="karim_meziane"),
    # Feature: diploma_since — studies_finished — mon master se terminent avec la soutenance
    # route: Baptiste's first mail; the M2 in apprenticeship still running, the defence after mid-December in the first paragraph → application; a master in progress, studies running → fails studies_finished → not eligible
    N("diploma_since", "studies_finished", "mon master se terminent avec la soutenance", M(
        "Baptiste Leclerc <baptiste.leclerc@free.fr>", "Renseignements Pro'pulse", "10-12 20:05",
        """Bonjour,

Je suis en M2 « génie urbain » en alternance à Nantes. Mon contrat d'apprentissage et mon master se terminent avec la soutenance, prévue après le 15 décembre.

J'aimerais travailler ensuite dans une SCOP du bâtiment ou de l'éco-construction. Est-ce que je peux m'inscrire maintenant ou faut-il attendre ?

Baptiste Leclerc
07 45 19 62 80""",
        app("Baptiste", "Leclerc", phone="+33745196280", bac="*", grad=None, failing=("studies_finished",), status="baptiste_m2_alternance_en_cours"),
    ), person="baptiste_leclerc"),
    # Feature: placement_over_since — situation — en CDD d'assistante de gestion
    # route: Clara's first mail; the DUT of June 2025, a CDD (a job, no placement) running to the end of December, an association sought → application; bac+2 of 2025, a CDD fails nothing, ESS sought → eligible
    N("placement_over_since", "situation", "en CDD d'assistante de gestion", M(
        "Clara Vasseur <clara.vasseur67@gmail.com>", "Candidature Pro'pulse", "10-14 12:50",
        """Bonjour,

J'ai un DUT Gestion des entreprises et des administrations obtenu en juin 2025 à Strasbourg.

Je suis actuellement en CDD d'assistante de gestion à la délégation départementale de la Croix-Rouge, jusqu'à fin décembre. J'aimerais trouver un poste durable dans une association, en gestion ou en administration.

Votre programme pourrait-il m'accompagner ?

Clara Vasseur
06 29 84 15 37""",
        app("Clara", "Vasseur", phone="+33629841537", bac=2, grad="2025-06", status="clara_dut_cdd_croix_rouge"),
    ), person="clara_vasseur"),
    # Feature: situation_began_since — aim — un emploi stable dans l'administratif
    # ambiguous: «un emploi stable dans l'administratif» names no kind of employer (a company, a town hall or an association would all fit): job_seeking_ess open
    # route: Océane's first mail; the BTS of June 2025, nothing running, the aim in the second paragraph → application; bac+2 of 2025, the aim's sector unknown → job_seeking_ess open → to verify
    N("situation_began_since", "aim", "un emploi stable dans l'administratif", M(
        "Océane Millet <oceane.millet31@gmail.com>", "Demande d'information", "10-16 17:22",
        """Bonjour,

J'ai eu mon BTS Support à l'action managériale en juin 2025 à Toulouse. Depuis, je fais des remplacements d'accueil par une agence d'intérim.

Je voudrais trouver un emploi stable dans l'administratif, si possible près de Toulouse. Est-ce que votre programme peut m'aider ?

Merci,
Océane Millet""",
        app("Océane", "Millet", phone=None, bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="oceane_bts_emploi_stable"),
    ), person="oceane_millet"),
    # Feature: diploma_since — kind — sans l'attestation de réussite
    # route: Inès's second mail, a question on whether one may register before the certificate of success, none of her facts told → question
    N("diploma_since", "kind", "sans l'attestation de réussite", M(
        "Inès Haddad <ines.haddad@gmail.com>", "Question inscription", "10-20 09:05",
        """Bonjour,

Une petite question pratique : est-ce qu'on peut commencer le programme sans l'attestation de réussite, ou faut-il attendre d'avoir le diplôme en main ?

Merci beaucoup,
Inès""",
        question(),
    ), person="ines_haddad"),
    # Feature: placement_over_since — situation — en stage jusqu'à fin novembre
    # ambiguous: the stage ends «fin novembre» with no day; on 2026-11-26 it may still run or be over: not_internship open
    # route: Thomas's first mail; the master of June 2026, a stage «jusqu'à fin novembre» in the first paragraph, a coopérative sought → application; bac+5 of 2026, the stage's end unsettled → not_internship open → to verify
    N("placement_over_since", "situation", "en stage jusqu'à fin novembre", M(
        "Thomas Rivière <thomas.riviere@gmail.com>", "Candidature Pro'pulse", "10-20 22:14",
        """Bonjour,

J'ai terminé mon master d'économie du développement durable en juin 2026 (Paris 1) et je suis en stage jusqu'à fin novembre chez un bureau d'études.

Je voudrais ensuite travailler dans une coopérative de l'énergie citoyenne, comme chargé de projets. J'ai vu que Pro'pulse accompagne ce genre de parcours.

Thomas Rivière
06 83 27 54 19""",
        app("Thomas", "Rivière", phone="+33683275419", bac=5, grad="2026-06", unknown=("not_internship",), status="thomas_stage_fin_novembre"),
    ), person="thomas_riviere"),
    # Feature: diploma_since — studies_finished — les résultats sont tombés : je suis admise
    # route: Inès's third mail; «les résultats sont tombés : je suis admise» in the first line wins over the jury awaited of her first mail (not quoted), the licence pro and the association repeated → application; bac+3 obtained in November 2026, studies over, ESS sought → eligible
    N("diploma_since", "studies_finished", "les résultats sont tombés : je suis admise", M(
        "Inès Haddad <ines.haddad@gmail.com>", "Mise à jour candidature - Inès Haddad", "11-09 13:37",
        """Bonjour,

Bonne nouvelle : les résultats sont tombés : je suis admise ! Ma licence professionnelle « coordination de projets d'économie sociale » est validée depuis le 6 novembre.

Je suis donc disponible tout de suite et je cherche toujours un poste de coordinatrice de projets jeunesse dans une association d'éducation populaire, sur la métropole lilloise.

Je reste joignable au 06 47 21 93 58.

Inès Haddad""",
        app("Inès", "Haddad", phone="+33647219358", bac=3, grad="2026-11", status="ines_licence_pro_admise"),
    ), person="ines_haddad"),
    # Feature: situation_began_since — studies_finished — les cours ont démarré le 2 novembre
    # route: Océane's second mail; a licence pro begun on 2 November (studies resumed) in the first paragraph wins over her free situation of October → application; bac+2 of 2025, studies running again → fails studies_finished → not eligible
    N("situation_began_since", "studies_finished", "les cours ont démarré le 2 novembre", M(
        "Océane Millet <oceane.millet31@gmail.com>", "Re: Demande d'information", "11-10 18:03",
        """Bonjour,

Du nouveau depuis mon premier message : j'ai été prise en licence professionnelle « gestion des structures sanitaires et sociales » en formation continue, et les cours ont démarré le 2 novembre, pour un an.

Est-ce que je peux quand même être accompagnée pour trouver un emploi à la fin, dans une association de santé par exemple ?

Océane Millet
BTS SAM 2025""",
        app("Océane", "Millet", phone=None, bac=2, grad="2025-06", failing=("studies_finished",), status="oceane_licence_pro_commencee"),
    ), person="oceane_millet"),
    # Feature: situation_began_since — kind — j'ai signé un CDI
    # route: Julie's second mail; a CDI signed in a mutuelle, «je retire ma candidature», nothing asked → other (a withdrawal)
    N("situation_began_since", "kind", "j'ai signé un CDI", M(
        "Julie Fabre <julie.fabre44@laposte.net>", "Retrait de ma candidature", "11-12 08:44",
        """Bonjour,

Je vous écris pour vous dire que j'ai signé un CDI de gestionnaire de prestations à la Mutuelle des Pays de Loire, je commence le 1er décembre.

Je retire donc ma candidature au programme. Merci pour votre réactivité et bonne continuation à toute l'équipe !

Julie Fabre""",
        other(),
    ), person="julie_fabre"),
    # Feature: placement_over_since — situation — finalement mon stage est prolongé jusqu'au 31 mars
    # route: Yanis's second mail; «finalement mon stage est prolongé jusqu'au 31 mars» wins over the 15 January end of his first mail, the master of 2026 repeated → application; bac+5 of 2026 but a stage running → fails not_internship → not eligible
    N("placement_over_since", "situation", "finalement mon stage est prolongé jusqu'au 31 mars", M(
        "Yanis Bouaziz <yanis.bouaziz13@gmail.com>", "Mise à jour - Yanis Bouaziz", "11-16 20:30",
        """Bonjour,

Je vous avais écrit le 10 octobre. Petit changement : finalement mon stage est prolongé jusqu'au 31 mars, l'association me l'a proposé et j'ai accepté.

Je reste intéressé par votre programme pour préparer la suite (master de droit social obtenu en septembre 2026, objectif : juriste dans une association de locataires).

Yanis Bouaziz""",
        app("Yanis", "Bouaziz", phone=None, bac=5, grad="2026-09", failing=("not_internship",), status="yanis_stage_prolonge"),
    ), person="yanis_bouaziz"),
    # Feature: placement_over_since — situation — ma mission de service civique s'est arrêtée le 6 novembre
    # route: Manon's third mail; the mission over on 6 November (an early end by mutual agreement) wins over «jusqu'à fin mars 2027» of her first mail, the BTS of 2025 repeated → application; bac+2 of 2025, service civique over, ESS sought → eligible
    N("placement_over_since", "situation", "ma mission de service civique s'est arrêtée le 6 novembre", M(
        "Manon Giraud <manon.giraud35@gmail.com>", "Mise à jour de ma situation", "11-18 19:11",
        """Bonjour,

Je vous avais écrit début octobre. Ma situation a changé : ma mission de service civique s'est arrêtée le 6 novembre, une rupture anticipée d'un commun accord avec Unis-Cité (le projet a perdu son financement).

Je suis donc disponible. Pour rappel, j'ai un BTS ESF obtenu en juin 2025 et je cherche un poste de conseillère dans une association d'aide à domicile ou un centre social.

Manon Giraud
06 18 52 70 44""",
        app("Manon", "Giraud", phone="+33618527044", bac=2, grad="2025-06", status="manon_service_civique_arrete"),
    ), person="manon_giraud"),
    # Feature: situation_began_since — situation — j'ai commencé lundi un stage de six mois
    # route: Karim's second mail; a stage of six months begun on Monday at a foundation wins over his free situation of October, the request kept → application; bac+5 of 2025 but a stage running → fails not_internship → not eligible
    N("situation_began_since", "situation", "j'ai commencé lundi un stage de six mois", M(
        "Karim Meziane <karim.meziane@hotmail.fr>", "Candidature accompagnement - suite", "11-19 12:16",
        """Bonjour,

Je n'ai pas eu de nouvelles depuis mon mail d'octobre, et entre-temps j'ai commencé lundi un stage de six mois au service mécénat de la Fondation du Nord pour l'enfance (jusqu'en mai).

Je garde ma demande : j'aimerais être accompagné pour décrocher un CDI dans une fondation à la fin du stage.

Karim Meziane
06 70 33 81 26""",
        app("Karim", "Meziane", phone="+33670338126", bac=5, grad="2025-09", failing=("not_internship",), status="karim_stage_commence"),
    ), person="karim_meziane"),
    # Feature: diploma_since — kind — c'est officiel, j'ai validé mon master
    # route: Camille's answer in our thread (In-Reply-To <…@animafac.net>, our question quoted below): «c'est officiel, j'ai validé mon master» → reply
    N("diploma_since", "kind", "c'est officiel, j'ai validé mon master", M(
        "Camille Perrin <camille.perrin@outlook.fr>", "Re: Votre candidature Pro'pulse", "11-20 17:58",
        """Bonjour,

Merci pour votre message. Pour répondre à votre question : c'est officiel, j'ai validé mon master ! J'ai soutenu le 16 novembre et je suis reçue avec mention bien.

Je suis disponible pour un rendez-vous quand vous voulez.

Camille

Le 18/11/2026 à 10:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Camille,
> Merci pour votre message du 6 octobre. Pouvez-vous nous dire où vous en êtes de votre master ? La soutenance a-t-elle eu lieu ?
> Bien à vous,
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-18-0412@animafac.net>"},
    ), person="camille_perrin"),
    # Feature: placement_over_since — kind — mon CDD s'est terminé vendredi
    # route: Clara's answer in our thread (In-Reply-To <…@animafac.net>, our question quoted): her CDD ended on Friday → reply
    N("placement_over_since", "kind", "mon CDD s'est terminé vendredi", M(
        "Clara Vasseur <clara.vasseur67@gmail.com>", "Re: Candidature Pro'pulse", "11-21 10:40",
        """Bonjour,

Pour répondre à votre question : mon CDD s'est terminé vendredi, plus tôt que prévu, il n'a pas été renouvelé. Je suis donc libre dès maintenant.

Bonne journée,
Clara

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Envoyé : jeudi 19 novembre 2026 15:20
Objet : RE: Candidature Pro'pulse

Bonjour Clara, votre contrat à la Croix-Rouge court-il toujours jusqu'à fin décembre ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-19-0587@animafac.net>"},
    ), person="clara_vasseur"),
    # Feature: placement_over_since — situation — mon stage s'est terminé vendredi 20 novembre
    # route: Thomas's second mail; «mon stage s'est terminé vendredi 20 novembre» wins over «fin novembre» of his first mail, the master of 2026 and the coopérative repeated → application; bac+5 of 2026, the stage over, ESS sought → eligible
    N("placement_over_since", "situation", "mon stage s'est terminé vendredi 20 novembre", M(
        "Thomas Rivière <thomas.riviere@gmail.com>", "Mise à jour candidature", "11-23 09:35",
        """Bonjour,

Une mise à jour de ma candidature du 20 octobre : mon stage s'est terminé vendredi 20 novembre, je suis donc entièrement disponible.

Je cherche toujours un poste de chargé de projets dans une coopérative de l'énergie citoyenne (master d'économie du développement durable, Paris 1, juin 2026).

Thomas Rivière
06 83 27 54 19""",
        app("Thomas", "Rivière", phone="+33683275419", bac=5, grad="2026-06", status="thomas_stage_termine"),
    ), person="thomas_riviere"),
    # Feature: diploma_since — situation — c'est officiel, j'ai obtenu mon master
    # route: Baptiste's second mail; the master obtained (defence brought forward to 19 November) wins over the defence after mid-December of his first mail, but a stage of three months begun on Monday → application; bac+5 of November 2026, a stage running → fails not_internship → not eligible
    N("diploma_since", "situation", "c'est officiel, j'ai obtenu mon master", M(
        "Baptiste Leclerc <baptiste.leclerc@free.fr>", "Suite à mon message d'octobre", "11-24 18:21",
        """Bonjour,

Je vous avais écrit en octobre. Depuis, c'est officiel, j'ai obtenu mon master : ma soutenance a été avancée au 19 novembre et mon alternance est finie.

En attendant de trouver un poste dans une SCOP du bâtiment, j'ai accepté un stage de trois mois au service habitat d'une association nantaise, qui a commencé lundi.

Est-ce que je peux toujours m'inscrire ?

Baptiste Leclerc
07 45 19 62 80""",
        app("Baptiste", "Leclerc", phone="+33745196280", bac=5, grad="2026-11", failing=("not_internship",), status="baptiste_master_obtenu_stage"),
    ), person="baptiste_leclerc"),
    # Feature: diploma_since — graduation — I passed — I've now graduated
    # route: Priya's second mail (en); "my defence was brought forward to 19 November and I passed" wins over the December defence of her first mail, an NGO or a social enterprise sought → application (en); bac+5 of November 2026, studies over, ESS sought → eligible
    N("diploma_since", "graduation", "I passed — I've now graduated", M(
        "Priya Natarajan <priya.natarajan@gmail.com>", "Quick update - Priya Natarajan", "11-24 21:07",
        """Dear Pro'pulse team,

Quick update on my application of 9 October: my defence was brought forward to 19 November and I passed — I've now graduated with my MSc in Development Economics.

I am still looking for a position with an NGO or a social enterprise working on financial inclusion, anywhere around Lyon. You can also reach me on 07 51 36 82 94.

Best wishes,
Priya Natarajan""",
        app("Priya", "Natarajan", phone="+33751368294", bac=5, grad="2026-11", language="en", status="priya_msc_graduated"),
    ), person="priya_natarajan"),
    # Feature: situation_began_since — kind — je retire ma candidature
    # route: Océane's third mail; she withdraws to devote herself to the licence pro begun, nothing asked → other (a withdrawal)
    N("situation_began_since", "kind", "je retire ma candidature", M(
        "Océane Millet <oceane.millet31@gmail.com>", "Candidature", "11-25 16:48",
        """Bonjour,

Après réflexion, je retire ma candidature : avec la licence pro qui a commencé, je n'ai pas le temps de suivre le programme en plus.

Merci pour vos réponses et peut-être à l'année prochaine.

Océane""",
        other(),
    ), person="oceane_millet"),
]
