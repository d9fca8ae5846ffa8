"""Updates corpus, batch 07 (writer B): own_mail_below (a mail forwarded unchanged «---------- Forwarded
message ---------» with his thank-you in our thread after it, an M1 quoted with «>» below «je ne reprends
pas de M2», «TR :» with «-----Message d'origine-----» below a new phone and an internship begun),
answers_in_our_thread (a BTS year asked then given in our thread and again in a new mail, a service
civique's end given in our thread, an aim and a thank-you in our thread, a career change confirmed in our
thread), relaunch (a CV sent then a relaunch without facts, a relaunch repeating half the facts, a relaunch
with the CV again, a question asked twice)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, question, reply
from updates import N

MESSAGES = [
    # Feature: own_mail_below — career_change — pas pour en changer
    # route: person Clément Baudry, first mail: two years as a mason, then a BTS of June 2025 taken to rise in the same trade, «pas pour en changer», a SCIC sought → application; no career change, bac+2 of 2025, ESS aim → eligible
    N("own_mail_below", "career_change", "pas pour en changer", M(
        "Clément Baudry <clement.baudry45@gmail.com>",
        "Candidature – BTS Bâtiment",
        "10-06 18:10",
        """Bonjour,

J'ai été maçon pendant deux ans, puis j'ai obtenu mon BTS bâtiment en juin 2025 au lycée Gaudier-Brzeska d'Orléans, pour évoluer dans mon métier et pas pour en changer. Je voudrais travailler comme chargé de travaux dans une SCIC d'habitat participatif ou une coopérative d'éco-construction.

Merci de me dire si mon profil convient.

Clément Baudry
06 24 77 10 52""",
        app("Clément", "Baudry", phone="+33624771052", bac=2, grad="2025-06", status="b_ob_clement_premier"),
    ), person="b_clement_baudry"),
    # Feature: own_mail_below — aim — ---------- Forwarded message ---------
    # route: person Clément Baudry, second mail: «Rien n'a changé» on top, his first mail forwarded below with its header block (the BTS of June 2025, the SCIC aim): the quoted facts are his → application; bac+2 of 2025, ESS aim → eligible
    N("own_mail_below", "aim", "---------- Forwarded message ---------", M(
        "Clément Baudry <clement.baudry45@gmail.com>",
        "Fwd: Candidature – BTS Bâtiment",
        "04 08:35",
        """Bonjour,

Je vous transfère mon mail du 6 octobre, je crois qu'il s'est perdu. Rien n'a changé depuis.

Clément

---------- Forwarded message ---------
De : Clément Baudry <clement.baudry45@gmail.com>
Date: mar. 6 oct. 2026 à 18:10
Subject: Candidature – BTS Bâtiment
To: <propulse@animafac.net>

Bonjour,

J'ai été maçon pendant deux ans, puis j'ai obtenu mon BTS bâtiment en juin 2025 au lycée Gaudier-Brzeska d'Orléans, pour évoluer dans mon métier et pas pour en changer. Je voudrais travailler comme chargé de travaux dans une SCIC d'habitat participatif ou une coopérative d'éco-construction.

Merci de me dire si mon profil convient.

Clément Baudry
06 24 77 10 52""",
        app("Clément", "Baudry", phone="+33624771052", bac=2, grad="2025-06", status="b_ob_clement_transfere"),
    ), person="b_clement_baudry"),
    # Feature: own_mail_below — kind — merci, j'ai bien reçu votre accusé de réception
    # route: person Clément Baudry, third mail: a thank-you in our thread (In-Reply-To our acknowledgement, quoted with «>») → reply
    N("own_mail_below", "kind", "merci, j'ai bien reçu votre accusé de réception", M(
        "Clément Baudry <clement.baudry45@gmail.com>",
        "Re: Fwd: Candidature – BTS Bâtiment",
        "05 07:20",
        """Bonjour,

Parfait, merci, j'ai bien reçu votre accusé de réception. J'attends donc votre appel la semaine du 16 novembre ; je serai sur un chantier jusqu'au 13.

Clément

Le 04/11/2026 à 17:50, Pro'pulse a écrit :
> Bonjour Clément, nous avons bien reçu votre candidature et vous appellerons la semaine du 16 novembre.""",
        reply(),
        headers={"In-Reply-To": "<accuse-2026-11-04-0198@animafac.net>", "References": "<accuse-2026-11-04-0198@animafac.net>"},
    ), person="b_clement_baudry"),
    # Feature: own_mail_below — studies_finished — je ne sais pas encore si je continue en M2
    # ambiguous: an M1 validated and «je ne sais pas encore si je continue en M2»: whether the studies are over is left open
    # route: person Manon Girardot, first mail: an M1 validated in June 2026 (bac+4) and «je ne sais pas encore si je continue en M2», an association sought → application; studies_finished open → to verify
    N("own_mail_below", "studies_finished", "je ne sais pas encore si je continue en M2", M(
        "Manon Girardot <manon.girardot06@orange.fr>",
        "Demande d'information et candidature",
        "10-18 21:30",
        """Bonjour,

J'ai validé mon M1 de droit social en juin 2026 à l'université Côte d'Azur, à Nice. Je ne suis inscrite nulle part cette année et je ne sais pas encore si je continue en M2 l'an prochain ou si je commence à travailler.

Si je travaille, ce serait comme juriste dans une association de défense des droits des travailleurs.

Manon Girardot""",
        app("Manon", "Girardot", phone=None, bac=4, grad="2026-06", unknown=("studies_finished",), status="b_ob_manon_m1_hesite"),
    ), person="b_manon_girardot"),
    # Feature: own_mail_below — studies_finished — c'est décidé, je ne reprends pas de M2
    # route: person Manon Girardot, second mail: «c'est décidé, je ne reprends pas de M2» on top, her first mail quoted with «>» below (the M1 of June 2026, the association aim, the old hesitation overridden) → application; bac+4 of 2026, studies over, ESS aim → eligible
    N("own_mail_below", "studies_finished", "c'est décidé, je ne reprends pas de M2", M(
        "Manon Girardot <manon.girardot06@orange.fr>",
        "Re: Demande d'information et candidature",
        "16 12:05",
        """Bonjour,

Je complète mon message ci-dessous : c'est décidé, je ne reprends pas de M2, je veux travailler dès maintenant. Mon numéro : 06 58 13 92 40.

Manon

Le dim. 18 oct. 2026 à 21:30, Manon Girardot <manon.girardot06@orange.fr> a écrit :
> Bonjour,
>
> J'ai validé mon M1 de droit social en juin 2026 à l'université Côte d'Azur, à Nice. Je ne suis inscrite nulle part cette année et je ne sais pas encore si je continue en M2 l'an prochain ou si je commence à travailler.
>
> Si je travaille, ce serait comme juriste dans une association de défense des droits des travailleurs.
>
> Manon Girardot""",
        app("Manon", "Girardot", phone="+33658139240", bac=4, grad="2026-06", status="b_ob_manon_pas_de_m2"),
    ), person="b_manon_girardot"),
    # Feature: own_mail_below — aim — une association de lutte contre le gaspillage
    # route: person Inaya Soilihi, first mail: a licence of September 2025, «une association de lutte contre le gaspillage» sought, a first phone → application; bac+3 of 2025, ESS aim → eligible
    N("own_mail_below", "aim", "une association de lutte contre le gaspillage", M(
        "Inaya Soilihi <inaya.soilihi@hotmail.fr>",
        "Candidature",
        "10-24 10:50",
        """Bonjour,

J'ai terminé ma licence de biologie à Nice en septembre 2025 (rattrapages). Je cherche un poste de chargée de sensibilisation dans une association de lutte contre le gaspillage alimentaire.

Inaya Soilihi
06 17 29 84 03""",
        app("Inaya", "Soilihi", phone="+33617298403", bac=3, grad="2025-09", status="b_ob_inaya_premier"),
    ), person="b_inaya_soilihi"),
    # Feature: own_mail_below — situation — -----Message d'origine-----
    # route: person Inaya Soilihi, second mail: on top a new phone and «je suis en stage depuis le 2 novembre, pour quatre mois», her first mail below «-----Message d'origine-----» with the old phone and no internship (overridden) → application (the new phone); internship running → not eligible
    N("own_mail_below", "situation", "-----Message d'origine-----", M(
        "Inaya Soilihi <inaya.soilihi@hotmail.fr>",
        "TR : Candidature",
        "20 13:15",
        """Bonjour,

Je vous fais suivre mon message d'octobre avec deux changements : mon numéro est maintenant le 07 66 01 45 29, et je suis en stage depuis le 2 novembre, pour quatre mois, dans une recyclerie de Cagnes-sur-Mer. Est-ce que je peux rester candidate ?

Inaya

-----Message d'origine-----
De : Inaya Soilihi <inaya.soilihi@hotmail.fr>
Envoyé : samedi 24 octobre 2026 10:50
À : propulse@animafac.net
Objet : Candidature

J'ai terminé ma licence de biologie à Nice en septembre 2025 (rattrapages). Je cherche un poste de chargée de sensibilisation dans une association de lutte contre le gaspillage alimentaire.
Inaya Soilihi
06 17 29 84 03""",
        app("Inaya", "Soilihi", phone="+33766014529", bac=3, grad="2025-09", failing=("not_internship",), status="b_ob_inaya_stage_nouveau_numero"),
    ), person="b_inaya_soilihi"),
    # Feature: answers_in_our_thread — graduation — j'ai eu mon BTS
    # ambiguous: «j'ai eu mon BTS» with no year: the diploma's date is not given
    # route: person Bastien Fontaine, first mail: «j'ai eu mon BTS» (communication) without a year, a cooperative media sought → application; graduation open → to verify
    N("answers_in_our_thread", "graduation", "j'ai eu mon BTS", M(
        "Bastien Fontaine <bastien.fontaine21@gmail.com>",
        "Candidature Pro'pulse",
        "10-05 14:20",
        """Bonjour,

J'ai eu mon BTS communication au lycée Le Castel de Dijon et depuis je fais de la vidéo en freelance. J'aimerais être salarié dans un média associatif ou une coopérative de production audiovisuelle.

Bastien Fontaine
06 45 31 08 77""",
        app("Bastien", "Fontaine", phone="+33645310877", bac=2, grad=None, unknown=("graduation_recent",), status="b_at_bastien_bts_sans_annee"),
    ), person="b_bastien_fontaine"),
    # Feature: answers_in_our_thread — kind — C'était en juin 2025
    # route: person Bastien Fontaine, second mail: a reply in our thread (In-Reply-To our mail, our question on the year quoted) giving «C'était en juin 2025» → reply
    N("answers_in_our_thread", "kind", "C'était en juin 2025", M(
        "Bastien Fontaine <bastien.fontaine21@gmail.com>",
        "Re: Votre candidature à Pro'pulse",
        "10-12 09:10",
        """Bonjour,

C'était en juin 2025, la session d'examen de fin de deuxième année.

Bonne journée,
Bastien

Le 09/10/2026 à 16:40, Pro'pulse a écrit :
> Bonjour Bastien, merci pour votre candidature. En quelle année avez-vous obtenu votre BTS ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-10-09-0112@animafac.net>", "References": "<suivi-2026-10-09-0112@animafac.net>"},
    ), person="b_bastien_fontaine"),
    # Feature: answers_in_our_thread — graduation — BTS communication obtenu en juin 2025
    # route: person Bastien Fontaine, third mail: a NEW mail outside our thread (its own subject, no In-Reply-To) giving «BTS communication obtenu en juin 2025» and the cooperative aim again → application; bac+2 of 2025, ESS aim → eligible
    N("answers_in_our_thread", "graduation", "BTS communication obtenu en juin 2025", M(
        "Bastien Fontaine <bastien.fontaine21@gmail.com>",
        "Candidature complète – Bastien Fontaine",
        "10-20 19:45",
        """Bonjour,

Je ne sais pas si ma réponse de la semaine dernière vous est parvenue, alors je refais un mail complet : BTS communication obtenu en juin 2025 à Dijon, freelance vidéo depuis, et je cherche un poste dans un média associatif ou une coopérative audiovisuelle.

Bastien Fontaine
06 45 31 08 77""",
        app("Bastien", "Fontaine", phone="+33645310877", bac=2, grad="2025-06", status="b_at_bastien_nouveau_mail"),
    ), person="b_bastien_fontaine"),
    # Feature: answers_in_our_thread — situation — je suis volontaire en service civique à la Croix-Rouge
    # ambiguous: a service civique whose end is not said: it may still run on TODAY or be over
    # route: person Élodie Granger, first mail: a master of June 2026 and «je suis volontaire en service civique à la Croix-Rouge», its end unsaid, an association sought → application; not_service_civique open → to verify
    N("answers_in_our_thread", "situation", "je suis volontaire en service civique à la Croix-Rouge", M(
        "Élodie Granger <elodie.granger@laposte.net>",
        "Candidature master",
        "10-19 08:05",
        """Bonjour,

Diplômée d'un master de santé publique en juin 2026 (université de Rouen), je suis volontaire en service civique à la Croix-Rouge, sur des maraudes. Je souhaite ensuite travailler dans une association d'accès aux soins.

Élodie Granger""",
        app("Élodie", "Granger", phone=None, bac=5, grad="2026-06", unknown=("not_service_civique",), status="b_at_elodie_sc_fin_inconnue"),
    ), person="b_elodie_granger"),
    # Feature: answers_in_our_thread — kind — ma mission se termine le 31 mai 2027
    # route: person Élodie Granger, second mail: a reply in our thread (In-Reply-To our mail, our question on the mission's end quoted): «ma mission se termine le 31 mai 2027» → reply
    N("answers_in_our_thread", "kind", "ma mission se termine le 31 mai 2027", M(
        "Élodie Granger <elodie.granger@laposte.net>",
        "Re: Votre service civique",
        "05 20:50",
        """Bonjour,

Pour répondre à votre question : ma mission se termine le 31 mai 2027. Je comprends que ce soit trop tard pour la session actuelle ; je vous recontacterai au printemps.

Élodie Granger

Le 03/11/2026 à 10:25, Pro'pulse a écrit :
> Bonjour Élodie, jusqu'à quelle date court votre mission de service civique ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-03-0231@animafac.net>", "References": "<suivi-2026-11-03-0231@animafac.net>"},
    ), person="b_elodie_granger"),
    # Feature: answers_in_our_thread — aim — un poste dans l'environnement
    # ambiguous: «un poste dans l'environnement» names no employer: a consulting firm, a public body or an association are all possible
    # route: person Kemal Yıldız, first mail: a licence of July 2026 and «un poste dans l'environnement» → application; aim open → to verify
    N("answers_in_our_thread", "aim", "un poste dans l'environnement", M(
        "Kemal Yıldız <kemal.yildiz@gmail.com>",
        "Candidature licence géographie",
        "10-08 17:35",
        """Bonjour,

J'ai validé ma licence de géographie en juillet 2026 à Grenoble. Je cherche un poste dans l'environnement, en Isère de préférence.

Kemal Yıldız
07 28 53 90 14""",
        app("Kemal", "Yıldız", phone="+33728539014", bac=3, grad="2026-07", unknown=("job_seeking_ess",), status="b_at_kemal_environnement"),
    ), person="b_kemal_yildiz"),
    # Feature: answers_in_our_thread — kind — plutôt les associations de protection de la nature
    # route: person Kemal Yıldız, second mail: a reply in our thread (In-Reply-To our mail, our question on the employers sought quoted): «plutôt les associations de protection de la nature» → reply
    N("answers_in_our_thread", "kind", "plutôt les associations de protection de la nature", M(
        "Kemal Yıldız <kemal.yildiz@gmail.com>",
        "Re: Votre candidature – type de structure",
        "10-15 11:20",
        """Bonjour,

Je vise plutôt les associations de protection de la nature, comme la LPO ou les conservatoires d'espaces naturels, pas les bureaux d'études.

Kemal

Le 14/10/2026 à 15:05, Pro'pulse a écrit :
> Merci Kemal. Quel type d'employeur visez-vous : entreprise, collectivité, association ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-10-14-0187@animafac.net>", "References": "<suivi-2026-10-14-0187@animafac.net>"},
    ), person="b_kemal_yildiz"),
    # Feature: answers_in_our_thread — kind — c'est noté pour jeudi 10 h
    # route: person Kemal Yıldız, third mail: a thank-you in our thread (In-Reply-To our invitation, quoted) confirming the appointment → reply
    N("answers_in_our_thread", "kind", "c'est noté pour jeudi 10 h", M(
        "Kemal Yıldız <kemal.yildiz@gmail.com>",
        "Re: Rendez-vous d'accueil",
        "10-22 08:40",
        """Bonjour,

Merci beaucoup, c'est noté pour jeudi 10 h, j'apporterai mon relevé de notes.

Kemal

Le 21/10/2026 à 17:30, Pro'pulse a écrit :
> Nous vous proposons un rendez-vous d'accueil le jeudi 29 octobre à 10 h à la Maison des associations de Grenoble.""",
        reply(),
        headers={"In-Reply-To": "<rdv-2026-10-21-0044@animafac.net>", "References": "<rdv-2026-10-21-0044@animafac.net>"},
    ), person="b_kemal_yildiz"),
    # Feature: answers_in_our_thread — career_change — pour changer de voie
    # route: person Anaïs Bertin, first mail: a licence pro of June 2026 taken after ten years as a care assistant «pour changer de voie» → application; career change → not eligible
    N("answers_in_our_thread", "career_change", "pour changer de voie", M(
        "Anaïs Bertin <anais.bertin@free.fr>",
        "Candidature – licence pro intervention sociale",
        "10-27 13:00",
        """Bonjour,

J'ai été aide-soignante en EHPAD de 2014 à 2024, puis j'ai repris mes études pour changer de voie : j'ai obtenu en juin 2026 une licence pro « intervention sociale » à Orléans. Je cherche un poste de coordinatrice dans une CAE ou une association d'aide à domicile.

Anaïs Bertin
06 92 … non, pardon : 06 29 14 73 85""",
        app("Anaïs", "Bertin", phone="+33629147385", bac=3, grad="2026-06", failing=("not_career_change",), status="b_at_anais_reconversion"),
    ), person="b_anais_bertin"),
    # Feature: answers_in_our_thread — kind — Oui, je serai disponible le 12 novembre
    # route: person Anaïs Bertin, second mail: a reply in our thread (In-Reply-To our mail, our question quoted) accepting an interview, «Oui, je serai disponible le 12 novembre», and telling a part-time job begun since → reply
    N("answers_in_our_thread", "kind", "Oui, je serai disponible le 12 novembre", M(
        "Anaïs Bertin <anais.bertin@free.fr>",
        "Re: Votre candidature – proposition d'entretien",
        "09 18:15",
        """Bonjour,

Oui, je serai disponible le 12 novembre à 14 h. Une chose a changé depuis mon premier mail : je fais quelques heures d'aide à domicile pour une association, en attendant un vrai poste.

Bien à vous,
Anaïs Bertin

Le 06/11/2026 à 14:10, Pro'pulse a écrit :
> Bonjour Anaïs, seriez-vous disponible pour un entretien le jeudi 12 novembre à 14 h ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-06-0309@animafac.net>", "References": "<suivi-2026-11-06-0309@animafac.net>"},
    ), person="b_anais_bertin"),
    # Feature: relaunch — graduation — BTS gestion de la PME, juillet 2026
    # route: person Serge Kouassi, first mail: a CV attached (DOCX) and the body: «BTS gestion de la PME, juillet 2026», a fair-trade cooperative sought → application (facts in body and CV); bac+2 of 2026, ESS aim → eligible
    N("relaunch", "graduation", "BTS gestion de la PME, juillet 2026", M(
        "Serge Kouassi <serge.kouassi@gmail.com>",
        "Candidature – CV joint",
        "10-01 10:30",
        """Bonjour,

Vous trouverez mon CV en pièce jointe. En bref : BTS gestion de la PME, juillet 2026, à Tours ; je cherche un poste d'assistant de gestion dans une coopérative de commerce équitable.

Cordialement,
Serge Kouassi""",
        app("Serge", "Kouassi", phone="+33751236048", bac=2, grad="2026-07", info_in="both", status="b_rl_serge_cv"),
        cv=CV("docx", "CV_Serge_Kouassi.docx", """Serge Kouassi
07 51 23 60 48 – Tours
BTS Gestion de la PME, lycée Choiseul, Tours – obtenu en juillet 2026
Baccalauréat STMG – 2024
Stage de 8 semaines : comptabilité d'une épicerie coopérative (2025)
Objectif : assistant de gestion dans le commerce équitable"""),
    ), person="b_serge_kouassi"),
    # Feature: relaunch — kind — je me permets de vous relancer
    # route: person Serge Kouassi, second mail: «je me permets de vous relancer», no facts nor CV, only asking where his file stands → question
    N("relaunch", "kind", "je me permets de vous relancer", M(
        "Serge Kouassi <serge.kouassi@gmail.com>",
        "Relance candidature",
        "10-29 09:00",
        """Bonjour,

Je me permets de vous relancer au sujet de ma candidature envoyée le 1er octobre. Pouvez-vous me dire où en est mon dossier ?

Merci,
Serge Kouassi""",
        question(),
    ), person="b_serge_kouassi"),
    # Feature: relaunch — aim — une association culturelle
    # route: person Pauline Ducret, first mail: a licence of June 2025 and «une association culturelle» sought → application; bac+3 of 2025, ESS aim → eligible
    N("relaunch", "aim", "une association culturelle", M(
        "Pauline Ducret <pauline.ducret@yahoo.fr>",
        "Candidature – médiation culturelle",
        "10-13 15:30",
        """Bonjour,

J'ai obtenu ma licence d'histoire de l'art en juin 2025 à Clermont-Ferrand. Je voudrais travailler en médiation dans une association culturelle, un festival ou une salle de musiques actuelles associative.

Pauline Ducret
06 33 70 21 95""",
        app("Pauline", "Ducret", phone="+33633702195", bac=3, grad="2025-06", status="b_rl_pauline_premier"),
    ), person="b_pauline_ducret"),
    # Feature: relaunch — graduation — je n'ai pas eu de retour
    # ambiguous: the relaunch names «ma licence» without its year and quotes nothing: the diploma's date is not in this mail
    # route: person Pauline Ducret, second mail: «je n'ai pas eu de retour», the facts half repeated («ma licence d'histoire de l'art», the association aim) without the year → application; graduation open → to verify
    N("relaunch", "graduation", "je n'ai pas eu de retour", M(
        "Pauline Ducret <pauline.ducret@yahoo.fr>",
        "Relance – Pauline Ducret",
        "09 10:10",
        """Bonjour,

Je vous ai écrit en octobre et je n'ai pas eu de retour. Pour rappel, j'ai une licence d'histoire de l'art et je cherche un poste de médiatrice dans une association culturelle, à Clermont ou à Lyon.

Merci d'avance,
Pauline Ducret
06 33 70 21 95""",
        app("Pauline", "Ducret", phone="+33633702195", bac=3, grad=None, unknown=("graduation_recent",), status="b_rl_pauline_relance_sans_annee"),
    ), person="b_pauline_ducret"),
    # Feature: relaunch — graduation — BTS NDRC obtenu en juillet 2023
    # route: person Florian Gauthier, first mail: a «BTS NDRC obtenu en juillet 2023», more than two years before TODAY, a mutuelle sought → application; diploma too old → not eligible
    N("relaunch", "graduation", "BTS NDRC obtenu en juillet 2023", M(
        "Florian Gauthier <florian.gauthier33@outlook.fr>",
        "Candidature",
        "10-20 12:45",
        """Bonjour,

J'ai un BTS NDRC obtenu en juillet 2023 à Bordeaux. Depuis, j'ai été vendeur en CDD dans plusieurs magasins. Je voudrais un poste de conseiller dans une mutuelle santé.

Florian Gauthier
06 71 88 42 16""",
        app("Florian", "Gauthier", phone="+33671884216", bac=2, grad="2023-07", failing=("graduation_recent",), status="b_rl_florian_bts_2023"),
    ), person="b_florian_gauthier"),
    # Feature: relaunch — graduation — Sans réponse de votre part, je joins à nouveau mon CV
    # route: person Florian Gauthier, second mail: «Sans réponse de votre part, je joins à nouveau mon CV», the CV (PDF) and the body repeat the BTS NDRC of July 2023 → application (facts in body and CV); diploma too old → not eligible
    N("relaunch", "graduation", "Sans réponse de votre part, je joins à nouveau mon CV", M(
        "Florian Gauthier <florian.gauthier33@outlook.fr>",
        "Relance : candidature Florian Gauthier",
        "16 19:20",
        """Bonjour,

Sans réponse de votre part, je joins à nouveau mon CV, avec mon BTS NDRC de juillet 2023. Je suis toujours intéressé par un poste dans une mutuelle.

Florian Gauthier""",
        app("Florian", "Gauthier", phone="+33671884216", bac=2, grad="2023-07", failing=("graduation_recent",), info_in="both", status="b_rl_florian_cv_renvoye"),
        cv=CV("pdf", "CV_Florian_Gauthier.pdf", """Florian Gauthier
06 71 88 42 16 – Bordeaux
BTS Négociation et digitalisation de la relation client – juillet 2023
Vendeur (CDD), magasins de sport et d'électroménager, 2023–2026
Recherche : conseiller en mutuelle santé"""),
    ), person="b_florian_gauthier"),
    # Feature: relaunch — kind — quand ouvre la prochaine session
    # route: person Noémie Castel, first mail: a question on the next session's dates, no facts of her own → question
    N("relaunch", "kind", "quand ouvre la prochaine session", M(
        "Noémie Castel <noemie.castel@gmail.com>",
        "Prochaine session",
        "10-22 20:00",
        """Bonjour,

Pourriez-vous me dire quand ouvre la prochaine session du programme et s'il y a une date limite pour candidater ?

Merci,
Noémie Castel""",
        question(),
    ), person="b_noemie_castel"),
    # Feature: relaunch — kind — pas eu de retour à ma question
    # route: person Noémie Castel, second mail: a relaunch «pas eu de retour à ma question», the same question, still no facts of her own → question
    N("relaunch", "kind", "pas eu de retour à ma question", M(
        "Noémie Castel <noemie.castel@gmail.com>",
        "Relance : prochaine session",
        "12 08:25",
        """Bonjour,

Je n'ai pas eu de retour à ma question du 22 octobre : quand ouvre la prochaine session, et jusqu'à quand peut-on candidater ?

Bonne journée,
Noémie Castel""",
        question(),
    ), person="b_noemie_castel"),
]
