"""Occasions corpus, batch 02 (writer A): relances of an application left unanswered (the facts said again,
some updated: the last word counts), mails written because the situation changed (a stage just ended, a
diploma just validated, a volunteering ending this month), new applications after a refusal (the old reason
quoted, what changed since); other mail on those occasions (a relance with no fact, a relance inside our
thread, a question on a change of situation, an auto-reply after a change of address, a question on
reapplying, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, question, reply
from occasions import N

MESSAGES = [
    # Feature: follow_up_no_answer — studies_finished — depuis, j'ai soutenu mon M2 le 18 novembre
    # occasion: «depuis, j'ai soutenu mon M2 le 18 novembre» = the relance of the 3 November application updates «soutenance prévue le 18 novembre»: the last word counts, the defence is done → studies finished → eligible
    N("follow_up_no_answer", "studies_finished", "depuis, j'ai soutenu mon M2 le 18 novembre", M(
        "Sofiane Amrouche <sofiane.amrouche@example.org>", "Relance : candidature du 3 novembre", "20 08:42",
        """Bonjour,

Je me permets de relancer ma candidature du 3 novembre, restée sans réponse. Je vous y disais que ma soutenance était prévue le 18 novembre : depuis, j'ai soutenu mon M2 le 18 novembre (master Politiques sociales et territoires), c'est donc terminé.

Je cherche toujours un poste de chargé de mission dans une association ou une fédération du secteur social. Je rejoins mon CV mis à jour.

Bien cordialement,
Sofiane Amrouche
06 17 48 03 29""",
        app("Sofiane", "Amrouche", phone="+33617480329", bac=5, grad="2026-11", status="relance_m2_soutenu", info_in="both"),
        cv=CV("odt", "CV_Sofiane_Amrouche_nov2026.odt", """Sofiane Amrouche
Master 2 Politiques sociales et territoires — soutenu le 18 novembre 2026
Licence de sociologie, 2024
Recherche : chargé de mission, association ou fédération du secteur social"""),
    )),
    # Feature: follow_up_no_answer — situation — entre-temps j'ai commencé un service civique le 2 novembre
    # occasion: «entre-temps j'ai commencé un service civique le 2 novembre» = the relance brings a fact newer than the first application: a service civique running now → fails not_service_civique → not eligible
    N("follow_up_no_answer", "situation", "entre-temps j'ai commencé un service civique le 2 novembre", M(
        "Maëlle Carré <maelle.carre@example.net>", "relance candidature", "16 20:14",
        """Bonjour,

Je reviens vers vous car je n'ai pas eu de réponse à ma candidature d'octobre. Je vous relance, et je précise un changement : entre-temps j'ai commencé un service civique le 2 novembre, pour huit mois, dans une association de soutien scolaire.

J'ai toujours mon BTS ESF (2025) et je voudrais toujours travailler dans l'associatif.

Maëlle Carré
07 15 62 80 43""",
        app("Maëlle", "Carré", phone="+33715628043", bac=2, grad="2025", failing=("not_service_civique",), status="relance_service_civique_2_novembre"),
    )),
    # Feature: follow_up_no_answer — situation — mon stage se termine toujours fin novembre
    # ambiguous: the relance repeats «fin novembre» without a day: the stage may still run on 2026-11-26
    # occasion: «mon stage se termine toujours fin novembre» = the relance says the end date again, not updated: no day → not_internship unknown → to verify
    N("follow_up_no_answer", "situation", "mon stage se termine toujours fin novembre", M(
        "Oscar Delmas <oscar.delmas@example.com>", "Relance - candidature Pro'pulse", "17 12:03",
        """Bonjour,

Je me permets de relancer ma candidature envoyée le 27 octobre, je n'ai pas eu de retour.

Pour rappel : licence pro Métiers de l'animation sociale, obtenue en juin 2025 ; mon stage se termine toujours fin novembre, au centre social des Pâquerettes. Je cherche ensuite un poste de coordinateur dans un centre social ou une association de quartier.

Merci d'avance,
Oscar Delmas
06 19 25 47 88""",
        app("Oscar", "Delmas", phone="+33619254788", bac=3, grad="2025-06", unknown=("not_internship",), status="relance_stage_fin_novembre"),
    )),
    # Feature: follow_up_no_answer — graduation — mon BTS Support à l'action managériale, obtenu en 2022
    # occasion: «mon BTS Support à l'action managériale, obtenu en 2022» = the relance repeats the diploma; the earlier application's date (4 novembre) is no graduation: a 2022 BTS → fails graduation_recent → not eligible
    N("follow_up_no_answer", "graduation", "mon BTS Support à l'action managériale, obtenu en 2022", M(
        "Sabrina Fontaine <sabrina.fontaine@example.fr>", "Sans réponse à ma candidature du 4 novembre", "23 10:51",
        """Madame, Monsieur,

Je vous ai adressé ma candidature le 4 novembre et je n'ai pas eu de réponse, je me permets donc de relancer.

Je vous redis l'essentiel : mon BTS Support à l'action managériale, obtenu en 2022, puis deux ans comme assistante d'accueil à la CAF en contrats courts. Je souhaite travailler dans une association d'accès aux droits.

Dans l'attente de votre retour,
Sabrina Fontaine""",
        app("Sabrina", "Fontaine", phone=None, bac=2, grad="2022", failing=("graduation_recent",), status="relance_bts_sam_2022"),
    )),
    # Feature: follow_up_no_answer — aim — uniquement le secteur associatif
    # occasion: «uniquement le secteur associatif» = the relance updates the first mail's «banque ou association»: the last word counts → meets job_seeking_ess → eligible
    N("follow_up_no_answer", "aim", "uniquement le secteur associatif", M(
        "Corentin Laval <corentin.laval@example.org>", "Ma candidature — relance et précision", "18 09:20",
        """Bonjour,

Je relance ma candidature envoyée début novembre. Dans mon premier mail je vous disais hésiter entre une banque et une association : j'ai fait mon choix, c'est uniquement le secteur associatif qui m'intéresse, idéalement le financement solidaire ou le microcrédit associatif.

Je suis titulaire d'un master Finance (septembre 2025).

Merci de votre retour,
Corentin Laval
06 13 02 85 61""",
        app("Corentin", "Laval", phone="+33613028561", bac=5, grad="2025-09", status="relance_uniquement_associatif"),
    )),
    # Feature: follow_up_no_answer — aim — je cherche toujours un poste de chargé de clientèle en banque de détail
    # occasion: «je cherche toujours un poste de chargé de clientèle en banque de détail» = the relance repeats the aim, not updated: a commercial bank → fails job_seeking_ess → not eligible
    N("follow_up_no_answer", "aim", "je cherche toujours un poste de chargé de clientèle en banque de détail", M(
        "Jérémy Allard <jeremy.allard@example.com>", "relance", "21 18:35",
        """Bonjour,

Toujours sans nouvelles de ma candidature, je me permets de vous relancer.

BTS Banque obtenu en juin 2025, je cherche toujours un poste de chargé de clientèle en banque de détail, en agence, sur Rennes ou Nantes. On m'a dit que votre programme pouvait aider.

Jérémy Allard
07 18 91 34 05""",
        app("Jérémy", "Allard", phone="+33718913405", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="relance_banque_detail"),
    )),
    # Feature: follow_up_no_answer — graduation — my HND, which I finished in 2024
    # ambiguous: the HND is dated by a year alone, 2024: within 24 months or not depends on the month
    # occasion: «my HND, which I finished in 2024» = an English follow-up repeating the diploma; the first application's date (4 November) is no graduation: a year alone in 2024 → graduation_recent unknown → to verify
    N("follow_up_no_answer", "graduation", "my HND, which I finished in 2024", M(
        "Fraser Hughes <fraser.hughes@example.net>", "Following up on my application", "19 13:37",
        """Hi,

Just following up on my application of 4 November, as I haven't heard back yet.

To recap: my HND, which I finished in 2024, is in Social Care (Glasgow). Since then I've worked as a support worker through an agency. I'd love to join Pro'pulse and find a permanent post in a charity or a social co-op.

Thanks a lot,
Fraser Hughes
07 16 30 58 92""",
        app("Fraser", "Hughes", phone="+33716305892", bac=2, grad="2024", unknown=("graduation_recent",), status="follow_up_hnd_2024", language="en"),
    )),
    # Feature: follow_up_no_answer — kind — avez-vous bien reçu ma candidature ?
    # occasion: «avez-vous bien reçu ma candidature ?» = a relance with no fact and no CV, a first mail → kind question
    N("follow_up_no_answer", "kind", "avez-vous bien reçu ma candidature ?", M(
        "Léna <lena.p@example.org>", "candidature", "22 21:48",
        """Bonjour,

J'ai envoyé ma candidature il y a trois semaines et je n'ai pas eu de réponse, avez-vous bien reçu ma candidature ?

Merci""",
        question(),
    )),
    # Feature: follow_up_no_answer — kind — Re: Accusé de réception de votre candidature
    # occasion: «Re: Accusé de réception de votre candidature» = a relance written INSIDE our thread (In-Reply-To our acknowledgement) → kind reply
    N("follow_up_no_answer", "kind", "Re: Accusé de réception de votre candidature", M(
        "Adrien Besson <adrien.besson@example.fr>", "Re: Accusé de réception de votre candidature", "24 09:10",
        """Bonjour,

Je me permets de revenir vers vous : vous m'aviez dit qu'une réponse arriverait sous quinze jours. Avez-vous pu avancer ?

Bonne journée,
Adrien Besson

> Le 2 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, nous avons bien reçu votre candidature et reviendrons vers vous sous quinze jours.""",
        reply(),
        headers={"In-Reply-To": "<ar-0211.besson@animafac.net>", "References": "<ar-0211.besson@animafac.net>"},
    )),
    # Feature: situation_changed — situation — mon stage vient de se terminer, je peux enfin postuler
    # occasion: «mon stage vient de se terminer, je peux enfin postuler» = the change is the occasion: the internship is over → meets not_internship → eligible
    N("situation_changed", "situation", "mon stage vient de se terminer, je peux enfin postuler", M(
        "Maëva Cordier <maeva.cordier@example.com>", "Enfin disponible !", "21 11:26",
        """Bonjour,

Mon stage vient de se terminer, je peux enfin postuler ! Je l'ai fait dans une épicerie solidaire, c'était super.

J'ai un BTS Management commercial opérationnel (juin 2025) et je voudrais rester dans ce milieu : épicerie sociale, ressourcerie, magasin coopératif.

Maëva Cordier
06 12 59 73 14""",
        app("Maëva", "Cordier", phone="+33612597314", bac=2, grad="2025-06", status="stage_vient_de_terminer"),
    )),
    # Feature: situation_changed — studies_finished — je reprends un master en alternance depuis octobre
    # occasion: «je reprends un master en alternance depuis octobre» = the change is a return to studies: a master running → fails studies_finished → not eligible
    N("situation_changed", "studies_finished", "je reprends un master en alternance depuis octobre", M(
        "Souleymane Koné <souleymane.kone@example.org>", "changement de situation", "08 15:40",
        """Bonjour,

Ma situation a changé depuis mon premier mail : je reprends un master en alternance depuis octobre, dans une mutuelle. J'ai une licence d'économie (2025).

Je voudrais quand même m'inscrire à Pro'pulse pour la suite, car je veux rester dans l'ESS.

Souleymane Koné""",
        app("Souleymane", "Koné", phone=None, bac=3, grad="2025", failing=("studies_finished",), status="master_alternance_octobre"),
    )),
    # Feature: situation_changed — situation — ma mission de volontariat s'arrête ce mois-ci
    # ambiguous: a «volontariat» of unstated scheme, ending «ce mois-ci» with no day: service civique or not, running or not, is open
    # occasion: «ma mission de volontariat s'arrête ce mois-ci» = the change announced, not yet dated: no day, no scheme → not_service_civique unknown → to verify
    N("situation_changed", "situation", "ma mission de volontariat s'arrête ce mois-ci", M(
        "Éléonore Faure <eleonore.faure@example.net>", "Je vais être disponible", "14 10:02",
        """Bonjour,

Je vous écris car ma situation change : ma mission de volontariat s'arrête ce mois-ci et je vais donc chercher un emploi.

J'ai un master Coopération internationale (juin 2025) et je voudrais travailler dans une ONG ou une association de solidarité internationale.

Pouvez-vous me dire comment rejoindre le programme ?

Éléonore Faure
07 14 08 26 37""",
        app("Éléonore", "Faure", phone="+33714082637", bac=5, grad="2025-06", unknown=("not_service_civique",), status="volontariat_ce_mois_ci"),
    )),
    # Feature: situation_changed — career_change — après dix ans comme préparatrice en pharmacie, je viens d'obtenir mon diplôme d'éducatrice spécialisée
    # occasion: «après dix ans comme préparatrice en pharmacie, je viens d'obtenir mon diplôme d'éducatrice spécialisée» = the new diploma is the news, the ten years of another trade before it make a career change → fails not_career_change → not eligible
    N("situation_changed", "career_change", "après dix ans comme préparatrice en pharmacie, je viens d'obtenir mon diplôme d'éducatrice spécialisée", M(
        "Fatoumata Keita <fatoumata.keita@example.fr>", "Nouveau diplôme", "10 19:05",
        """Bonjour,

Ça y est : après dix ans comme préparatrice en pharmacie, je viens d'obtenir mon diplôme d'éducatrice spécialisée (juillet 2026). Je souhaite maintenant travailler en association, en protection de l'enfance.

Je vous joins mon CV et je voudrais rejoindre Pro'pulse.

Fatoumata Keita
06 18 72 41 09""",
        app("Fatoumata", "Keita", phone="+33618724109", bac=3, grad="2026-07", failing=("not_career_change",), status="dix_ans_preparatrice_pharmacie", info_in="both"),
        cv=CV("pdf", "CV_Keita_Fatoumata.pdf", """Fatoumata Keita
Diplôme d'État d'éducatrice spécialisée, juillet 2026
Préparatrice en pharmacie, officine de quartier, 2013-2023
Recherche : éducatrice en association de protection de l'enfance"""),
    )),
    # Feature: situation_changed — graduation — mon diplôme de licence pro est validé depuis le jury du 10 novembre
    # occasion: «mon diplôme de licence pro est validé depuis le jury du 10 novembre» = the change is the validation: a licence pro of November 2026 → meets graduation_recent and studies_finished → eligible
    N("situation_changed", "graduation", "mon diplôme de licence pro est validé depuis le jury du 10 novembre", M(
        "Gaëlle Henry <gaelle.henry@example.com>", "ça y est !", "12 08:13",
        """Bonjour,

Ça y est, mon diplôme de licence pro est validé depuis le jury du 10 novembre (licence pro Médiation par des approches artistiques et culturelles). Je peux donc enfin candidater !

Je cherche un poste de médiatrice culturelle dans une association ou un tiers-lieu associatif.

Gaëlle Henry
06 11 64 29 80""",
        app("Gaëlle", "Henry", phone="+33611642980", bac=3, grad="2026-11", status="licence_pro_validee_jury"),
    )),
    # Feature: situation_changed — level — j'ai eu mon diplôme d'école, un bachelor en gestion de projet
    # ambiguous: a private school's «bachelor» of unstated recognition: bac+3 or not is open
    # occasion: «j'ai eu mon diplôme d'école, un bachelor en gestion de projet» = the new diploma is the news, its level unstated → degree_level unknown → to verify
    N("situation_changed", "level", "j'ai eu mon diplôme d'école, un bachelor en gestion de projet", M(
        "Dimitri Lazarev <dimitri.lazarev@example.org>", "Nouvelle situation", "15 17:52",
        """Bonjour,

Depuis juillet, j'ai eu mon diplôme d'école, un bachelor en gestion de projet, dans une école privée de Bordeaux. Maintenant je suis disponible à temps plein.

Je voudrais travailler dans une association culturelle ou une coopérative d'activité.

Merci de me dire si je peux candidater,
Dimitri Lazarev
07 17 20 94 56""",
        app("Dimitri", "Lazarev", phone="+33717209456", bac="*", grad="2026-07", unknown=("degree_level",), status="bachelor_ecole_privee"),
    )),
    # Feature: situation_changed — kind — Ma nouvelle adresse : écrivez désormais à
    # occasion: «Ma nouvelle adresse : écrivez désormais à» = an automatic answer after a change of address, no application → kind auto_reply
    N("situation_changed", "kind", "Ma nouvelle adresse : écrivez désormais à", M(
        "Julien Ferrand <julien.ferrand@example.net>", "Réponse automatique", "13 06:30",
        """Cette adresse ne sera plus relevée après le 30 novembre.

Ma nouvelle adresse : écrivez désormais à julien.ferrand@example.org.

Message automatique.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: situation_changed — kind — si la situation d'un participant change en cours de programme
    # occasion: «si la situation d'un participant change en cours de programme» = a question about changes in general, no personal fact → kind question
    N("situation_changed", "kind", "si la situation d'un participant change en cours de programme", M(
        "Clara <clara.v@example.com>", "question", "15 12:00",
        """Bonjour,

Que se passe-t-il si la situation d'un participant change en cours de programme, par exemple s'il trouve un CDD ? Il doit arrêter ?

Bonne journée""",
        question(),
    )),
    # Feature: reapplying — studies_finished — l'an dernier vous m'aviez dit que mon BTS n'était pas encore validé
    # occasion: «l'an dernier vous m'aviez dit que mon BTS n'était pas encore validé» = the refusal's reason quoted is the OLD state; today the BTS is validated (July 2026) → studies finished → eligible
    N("reapplying", "studies_finished", "l'an dernier vous m'aviez dit que mon BTS n'était pas encore validé", M(
        "Coralie Bouvier <coralie.bouvier@example.fr>", "Nouvelle candidature", "05 14:15",
        """Bonjour,

Je vous réécris un an après : l'an dernier vous m'aviez dit que mon BTS n'était pas encore validé et qu'il fallait attendre. Il est validé depuis juillet 2026 (BTS Services et prestations des secteurs sanitaire et social).

Je candidate donc à nouveau. Je cherche un poste de coordinatrice dans une association d'aide à domicile.

Coralie Bouvier
06 15 83 07 22""",
        app("Coralie", "Bouvier", phone="+33615830722", bac=2, grad="2026-07", status="reapply_bts_valide"),
    )),
    # Feature: reapplying — situation — je suis de nouveau en stage, jusqu'en février
    # occasion: «je suis de nouveau en stage, jusqu'en février» = a reapplication where the old reason still holds: an internship running until February → fails not_internship → not eligible
    N("reapplying", "situation", "je suis de nouveau en stage, jusqu'en février", M(
        "Steven Lemaire <steven.lemaire@example.com>", "je retente ma chance", "07 22:40",
        """Bonjour,

J'avais candidaté l'année dernière et vous m'aviez répondu non parce que j'étais en stage. Je retente ma chance, même si je suis de nouveau en stage, jusqu'en février, dans une SCOP du bâtiment.

J'ai un DUT Génie civil (2025) et je veux rester dans les coopératives.

Steven""",
        app("Steven", "Lemaire", phone=None, bac=2, grad="2025", failing=("not_internship",), status="reapply_de_nouveau_stage"),
    )),
    # Feature: reapplying — studies_finished — je n'ai pas encore eu le relevé de notes
    # ambiguous: the defence passed in October, the results not yet received: finished or not is open
    # occasion: «je n'ai pas encore eu le relevé de notes» = the reapplication answers the old reason (the master unfinished) with a defence done and results awaited → studies_finished unknown → to verify
    N("reapplying", "studies_finished", "je n'ai pas encore eu le relevé de notes", M(
        "Héloïse Dufresne <heloise.dufresne@example.net>", "Candidature – seconde tentative", "09 11:48",
        """Bonjour,

Vous aviez refusé ma candidature l'année dernière car mon master n'était pas terminé. Cette année, j'ai passé ma soutenance en octobre, mais je n'ai pas encore eu le relevé de notes.

Je recandidate donc. Je voudrais travailler dans une fondation ou une association de lutte contre l'exclusion.

Héloïse Dufresne
06 14 37 92 05""",
        app("Héloïse", "Dufresne", phone="+33614379205", bac="*", grad=None, unknown=("studies_finished",), status="reapply_releve_notes"),
    )),
    # Feature: reapplying — career_change — j'ai toujours mes vingt ans de commerce derrière moi
    # occasion: «j'ai toujours mes vingt ans de commerce derrière moi» = the old refusal's reason (a career change) quoted and still true today → fails not_career_change → not eligible
    N("reapplying", "career_change", "j'ai toujours mes vingt ans de commerce derrière moi", M(
        "Gilles Arnoult <gilles.arnoult@example.org>", "Nouvelle demande", "11 16:33",
        """Madame, Monsieur,

Vous m'aviez dit l'an dernier que ma reconversion posait problème pour Pro'pulse. Rien n'a changé de ce côté-là, j'ai toujours mes vingt ans de commerce derrière moi, mais j'ai désormais un master Management de l'ESS (juin 2025) et un an de bénévolat dans une banque alimentaire.

Je me permets de candidater de nouveau, pour un poste de direction dans une association.

Gilles Arnoult""",
        app("Gilles", "Arnoult", phone=None, bac=5, grad="2025-06", failing=("not_career_change",), status="reapply_vingt_ans_commerce"),
    )),
    # Feature: reapplying — graduation — j'ai obtenu mon DUT Carrières sociales en juin 2026
    # occasion: «j'ai obtenu mon DUT Carrières sociales en juin 2026» = the reapplication says what changed since: a DUT of June 2026 → meets graduation_recent → eligible
    N("reapplying", "graduation", "j'ai obtenu mon DUT Carrières sociales en juin 2026", M(
        "Kenza Achour <kenza.achour@example.com>", "Je candidate à nouveau", "04 13:20",
        """Bonjour,

J'avais candidaté à Pro'pulse l'année dernière, mais je n'avais pas encore de diplôme. Depuis, j'ai obtenu mon DUT Carrières sociales en juin 2026.

Je cherche un poste d'animatrice dans une association de quartier ou un centre social.

Merci !
Kenza Achour
07 12 96 40 83""",
        app("Kenza", "Achour", phone="+33712964083", bac=2, grad="2026-06", status="reapply_dut_juin_2026"),
    )),
    # Feature: reapplying — level — j'ai toujours seulement le BPJEPS
    # occasion: «j'ai toujours seulement le BPJEPS» = the old reason (no bac+2) still holds, the experience added changes no diploma: a level-4 title → fails degree_level → not eligible
    N("reapplying", "level", "j'ai toujours seulement le BPJEPS", M(
        "Jordan Fabre <jordan.fabre@example.fr>", "re-candidature", "06 18:02",
        """Bonjour,

L'an dernier vous aviez refusé mon dossier parce que je n'avais pas de bac+2. J'ai toujours seulement le BPJEPS, mais j'ai maintenant deux ans d'expérience comme animateur sportif dans une association.

Je voudrais retenter : je cherche un poste de coordinateur dans une association sportive.

Jordan Fabre
06 16 05 38 74""",
        app("Jordan", "Fabre", phone="+33616053874", bac=0, grad=None, failing=("degree_level",), status="reapply_toujours_bpjeps"),
    )),
    # Feature: reapplying — kind — une personne refusée l'an dernier peut-elle candidater à nouveau
    # occasion: «une personne refusée l'an dernier peut-elle candidater à nouveau» = a question about reapplying in general, no personal fact → kind question
    N("reapplying", "kind", "une personne refusée l'an dernier peut-elle candidater à nouveau", M(
        "Accueil Point Jeunes <pointjeunes@example.org>", "Question sur les candidatures", "16 09:45",
        """Bonjour,

Au point jeunes on nous pose souvent la question : une personne refusée l'an dernier peut-elle candidater à nouveau, ou faut-il attendre ?

Merci pour votre réponse.
L'équipe du Point Jeunes""",
        question(),
    )),
    # Feature: reapplying — kind — Delivery to the following recipient failed permanently
    # occasion: «Delivery to the following recipient failed permanently» = our answer to a reapplication bounced → kind bounce
    N("reapplying", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)", "10 08:01",
        """Delivery to the following recipient failed permanently:

     ludivine.gaillard@example.com

The email account that you tried to reach does not exist.""",
        bounce("ludivine.gaillard@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; ludivine.gaillard@example.com\nAction: failed\nStatus: 5.1.1",
    )),
]
