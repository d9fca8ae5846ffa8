"""Asking corpus, batch 03 (writer A): numbered lists of questions (facts in some of them), self-checks
criterion by criterion («je coche les cases ?»), question tags and rhetorical questions on a fact («…, non
?», «n'est-ce pas ?», «hein ?»); other mail that asks too (a list of practical questions, a reply in our
thread with questions, a «does someone with…» question, a newsletter, a partner's offer, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from asking import N
from kit import CV, M, app, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: question_list — level — 1. Mon DEUST, obtenu en juin 2025, compte-t-il
    # asking: «1. Mon DEUST, obtenu en juin 2025, compte-t-il» = the first question presupposes a DEUST (bac+2) of June 2025 → meets degree_level, graduation_recent → eligible
    N("question_list", "level", "1. Mon DEUST, obtenu en juin 2025, compte-t-il", M(
        "Mélissa Rakotomalala <melissa.rakoto@example.org>", "Quelques questions avant de postuler", "03 10:10",
        """Bonjour,

J'ai trois questions avant d'envoyer ma candidature :
1. Mon DEUST, obtenu en juin 2025, compte-t-il comme un bac+2 ?
2. Les ateliers ont-ils lieu à Marseille ou en visio ?
3. Faut-il une lettre de motivation en plus du CV (joint) ?

Je cherche un poste d'animatrice dans une association d'éducation à l'environnement.

Merci beaucoup,
Mélissa Rakotomalala
06 57 30 84 21""",
        app("Mélissa", "Rakotomalala", phone="+33657308421", bac=2, grad="2025-06", status="deust_liste"),
        cv=CV("pdf", "CV-Melissa-Rakotomalala.pdf", "Mélissa Rakotomalala\nDEUST Animation (2025)\nBAFA\nAnimatrice nature, saisons 2024 et 2025"),
    )),
    # Feature: question_list — situation — Je suis en service civique jusqu'au 31 janvier
    # asking: «Je suis en service civique jusqu'au 31 janvier» = the first question states a service civique running today → fails not_service_civique
    N("question_list", "situation", "Je suis en service civique jusqu'au 31 janvier", M(
        "Killian Tessier <killian.tessier@example.net>", "questions", "04 17:25",
        """Bonjour, quelques questions :

- Je suis en service civique jusqu'au 31 janvier : est-ce que je peux candidater maintenant ?
- Le programme dure combien de temps ?
- Est-ce que c'est rémunéré ?

J'ai un BTS Communication de juin 2025 et j'aimerais bosser dans la com d'une asso.

Killian Tessier
07 64 03 17 52""",
        app("Killian", "Tessier", phone="+33764031752", bac=2, grad="2025-06", failing=("not_service_civique",), status="sc_31_janvier_liste"),
    )),
    # Feature: question_list — graduation — Does my MA, finished in September 2025, count
    # asking: «Does my MA, finished in September 2025, count» = the first question presupposes an MA (bac+5) of September 2025 → meets graduation_recent → eligible
    N("question_list", "graduation", "Does my MA, finished in September 2025, count", M(
        "Mateo Fernández Ruiz <mateo.fr@example.com>", "A few questions", "06 09:33",
        """Hello,

I would like to apply, but first some questions:
1) Does my MA, finished in September 2025, count? It is from the University of Sevilla, in Social Work.
2) Are the workshops in French only?
3) Can I apply if I am not yet registered with France Travail?

I'm looking for a job in an association that works with migrants.

Thank you!
Mateo Fernández Ruiz
06 35 19 48 07""",
        app("Mateo", "Fernández Ruiz", phone="+33635194807", bac=5, grad="2025-09", language="en", status="ma_sevilla_list"),
    )),
    # Feature: question_list — level — 1) Mon diplôme de l'école nationale de travail social de Dakar est-il reconnu
    # ambiguous: a foreign diploma of social work with no equivalence given: its level (bac+2 or more?) is not settled
    # asking: «1) Mon diplôme de l'école nationale de travail social de Dakar est-il reconnu» = a foreign diploma presupposed, its level open → degree_level open
    N("question_list", "level", "1) Mon diplôme de l'école nationale de travail social de Dakar est-il reconnu", M(
        "Ndèye Fatou Gueye <ndeye.gueye@example.fr>", "Questions sur ma candidature", "08 14:47",
        """Bonjour,

Je suis arrivée en France l'an dernier et je souhaite rejoindre votre programme. Mes questions :
1) Mon diplôme de l'école nationale de travail social de Dakar est-il reconnu ? Je l'ai obtenu en juillet 2025, mais je n'ai pas encore fait de demande d'équivalence.
2) Faut-il un titre de séjour particulier ?

Je voudrais travailler comme assistante sociale dans une association d'accueil.

Ndèye Fatou Gueye
07 21 65 39 80""",
        app("Ndèye Fatou", "Gueye", phone="+33721653980", bac="*", grad="2025-07", unknown=("degree_level",), status="diplome_dakar"),
    )),
    # Feature: question_list — aim — 2. Est-ce que je peux viser des agences de communication
    # asking: «2. Est-ce que je peux viser des agences de communication» = the second question states his aim: communication agencies, not the ESS → fails job_seeking_ess
    N("question_list", "aim", "2. Est-ce que je peux viser des agences de communication", M(
        "Baptiste Leclercq <baptiste.leclercq@example.com>", "candidature + 2 questions", "10 21:12",
        """Bonjour,

Titulaire d'une licence info-com (juin 2026), je veux candidater. Deux questions :
1. Faut-il habiter en Île-de-France ?
2. Est-ce que je peux viser des agences de communication ? C'est vraiment là que je veux travailler, même si je connais un peu le milieu associatif.

Baptiste Leclercq
06 42 97 10 58""",
        app("Baptiste", "Leclercq", phone="+33642971058", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="agences_com_liste"),
    )),
    # Feature: question_list — career_change — 3. J'ai été serveur l'été pendant mes études
    # asking: «3. J'ai été serveur l'été pendant mes études» = summer jobs as a student, no career before → meets not_career_change → eligible
    N("question_list", "career_change", "3. J'ai été serveur l'été pendant mes études", M(
        "Wassim Gharbi <wassim.gharbi@example.org>", "Pro'pulse - questions", "12 12:36",
        """Bonjour,

Je viens de finir mon BUT Gestion des entreprises et des administrations (juin 2026). Avant de m'inscrire :
1. Y a-t-il une limite d'âge ?
2. Peut-on suivre le programme en travaillant à temps partiel ?
3. J'ai été serveur l'été pendant mes études, est-ce que ça compte comme expérience ?

Mon objectif : un poste administratif dans une association ou une mutuelle.

Wassim Gharbi
06 81 26 74 93""",
        app("Wassim", "Gharbi", phone="+33681267493", bac=3, grad="2026-06", status="serveur_ete_liste"),
    )),
    # Feature: question_list — kind — 3. Faut-il un bac+2
    # asking: «3. Faut-il un bac+2» = a list of questions about the programme with no personal fact → kind question
    N("question_list", "kind", "3. Faut-il un bac+2", M(
        "Zoé Lambert <zoe.lambert@example.net>", "Infos", "13 16:05",
        """Bonjour,

1. Quelles sont les dates de la prochaine session ?
2. Le programme est-il gratuit ?
3. Faut-il un bac+2 ou un bac+3 ?
4. Y a-t-il des sessions en Occitanie ?

Merci d'avance""",
        question(),
    )),
    # Feature: question_list — kind — 2) à quelle heure commence l'atelier
    # asking: «2) à quelle heure commence l'atelier» = a participant's reply in our thread with practical questions → kind reply
    N("question_list", "kind", "2) à quelle heure commence l'atelier", M(
        "Yasmine Toure <yasmine.toure@example.org>", "Re: Pro'pulse - votre premier atelier", "14 18:30",
        """Bonjour,

Merci pour la convocation ! Deux petites questions :
1) faut-il apporter un ordinateur ?
2) à quelle heure commence l'atelier exactement, 9h ou 9h30 ?

À bientôt,
Yasmine

> Le 13 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Yasmine, votre premier atelier aura lieu le mardi 24 novembre.""",
        reply(),
        headers={"In-Reply-To": "<atelier-toure-20261113@animafac.net>", "References": "<atelier-toure-20261113@animafac.net>"},
    )),
    # Feature: eligibility_self_check — level — BTS SP3S obtenu en juin 2025
    # asking: «BTS SP3S obtenu en juin 2025» = the first criterion ticked: a BTS of June 2025; the rest ticked too → eligible
    N("eligibility_self_check", "level", "BTS SP3S obtenu en juin 2025", M(
        "Estelle Marquès <estelle.marques@example.fr>", "Je coche les cases ?", "02 11:02",
        """Bonjour,

J'ai relu vos critères un par un :
- bac+2 : BTS SP3S obtenu en juin 2025 → ok ?
- études terminées : oui, je ne suis plus inscrite nulle part
- pas en stage ni en service civique : oui
- je cherche un emploi dans l'ESS : oui, dans une association d'aide à domicile ou un centre social

Est-ce que je coche bien toutes les cases ? Si oui je vous envoie ma candidature complète (CV joint).

Estelle Marquès
06 33 48 60 27""",
        app("Estelle", "Marquès", phone="+33633486027", bac=2, grad="2025-06", status="coche_bts_sp3s", info_in="both"),
        cv=CV("docx", "Estelle_Marques_CV.docx", "Estelle Marquès\n2025 : BTS Services et prestations des secteurs sanitaire et social\nStages : CCAS, association d'aide à domicile\nPermis B"),
    )),
    # Feature: eligibility_self_check — graduation — diplôme de moins de deux ans : licence en 2019
    # asking: «diplôme de moins de deux ans : licence en 2019» = the criterion checked against a licence of 2019 → fails graduation_recent
    N("eligibility_self_check", "graduation", "diplôme de moins de deux ans : licence en 2019", M(
        "Rachid Benyamina <rachid.benyamina@example.com>", "critères", "05 08:14",
        """Bonjour,

Je regarde vos critères :
bac+2 : oui, licence
diplôme de moins de deux ans : licence en 2019… aïe ?
pas de stage : oui
ESS : je voudrais travailler dans une association sportive

Est-ce que c'est mort pour moi ou est-ce que je peux quand même envoyer un dossier ?

Rachid Benyamina
06 74 35 82 16""",
        app("Rachid", "Benyamina", phone="+33674358216", bac=3, grad="2019", failing=("graduation_recent",), status="licence_2019_cases"),
    )),
    # Feature: eligibility_self_check — studies_finished — il me reste ma soutenance le 8 décembre
    # asking: «il me reste ma soutenance le 8 décembre» = the criterion «études terminées» answered with a defence still to come → fails studies_finished
    N("eligibility_self_check", "studies_finished", "il me reste ma soutenance le 8 décembre", M(
        "Louise Vasseur-Diop <louise.vd@example.org>", "Est-ce que je rentre dans les clous ?", "09 13:13",
        """Bonjour,

Est-ce que je rentre dans les clous ? Critère par critère :
- niveau : master 2 Économie sociale et solidaire, oui
- études terminées : il me reste ma soutenance le 8 décembre
- stage : fini en septembre
- projet : chargée de mission dans une coopérative d'habitants

Louise Vasseur-Diop
07 18 42 96 35""",
        app("Louise", "Vasseur-Diop", phone="+33718429635", bac="*", grad=None, failing=("studies_finished",), status="soutenance_8_decembre"),
    )),
    # Feature: eligibility_self_check — situation — stage / service civique : j'ai une « mission » dans une association
    # ambiguous: a «mission» in an association held now, its scheme unsaid: a service civique, a volunteering, a contract?
    # asking: «stage / service civique : j'ai une « mission » dans une association» = a current mission of unstated scheme → not_service_civique open
    N("eligibility_self_check", "situation", "stage / service civique : j'ai une « mission » dans une association", M(
        "Arthur Mbappé-Nkoulou <arthur.mn@example.net>", "vérification des critères", "11 15:40",
        """Bonjour,

Je vérifie avant de m'inscrire :
bac+2 : DUT Carrières sociales, juin 2025 ✓
études finies : ✓
stage / service civique : j'ai une « mission » dans une association de quartier jusqu'en janvier, je ne sais pas trop comment la classer ?
ESS : ✓ je vise un centre social

Je coche tout ?

Arthur
06 05 91 37 64""",
        app("Arthur", "Mbappé-Nkoulou", phone="+33605913764", bac=2, grad="2025-06", unknown=("not_service_civique",), status="mission_a_classer"),
    )),
    # Feature: eligibility_self_check — career_change — reconversion : non, je sors directement de mes études
    # asking: «reconversion : non, je sors directement de mes études» = the criterion answered: no career before → meets not_career_change → eligible
    N("eligibility_self_check", "career_change", "reconversion : non, je sors directement de mes études", M(
        "Jade Mouhoubi <jade.mouhoubi@example.fr>", "Je pense être éligible ?", "16 10:44",
        """Bonjour,

Bac+2 : BTS Économie sociale familiale de juin 2026.
Reconversion : non, je sors directement de mes études.
Stage : terminé en mai.
Ce que je cherche : un poste de conseillère dans une association de locataires ou un bailleur associatif.

Je pense être éligible, vous confirmez ?

Jade Mouhoubi
06 97 24 13 58""",
        app("Jade", "Mouhoubi", phone="+33697241358", bac=2, grad="2026-06", status="sors_des_etudes"),
    )),
    # Feature: eligibility_self_check — aim — secteur visé : plutôt la fonction publique territoriale
    # asking: «secteur visé : plutôt la fonction publique territoriale» = the aim ticked against the ESS: public service → fails job_seeking_ess
    N("eligibility_self_check", "aim", "secteur visé : plutôt la fonction publique territoriale", M(
        "Gaëtan Poirier <gaetan.poirier@example.com>", "éligibilité", "17 09:07",
        """Bonjour,

Je fais le point sur vos critères :
- diplôme : master Administration publique, septembre 2025
- terminé : oui
- secteur visé : plutôt la fonction publique territoriale (je prépare le concours d'attaché)

Est-ce que je suis éligible ?

Gaëtan Poirier
06 28 50 73 94""",
        app("Gaëtan", "Poirier", phone="+33628507394", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="fonction_publique_cases"),
    )),
    # Feature: eligibility_self_check — graduation — DUT obtenu en décembre 2024
    # asking: «DUT obtenu en décembre 2024» = the recency criterion checked against a DUT of December 2024 (23 months) → meets graduation_recent → eligible
    N("eligibility_self_check", "graduation", "DUT obtenu en décembre 2024", M(
        "Amandine Roche <amandine.roche@example.org>", "moins de deux ans ?", "18 20:20",
        """Bonsoir,

Votre critère « diplôme de moins de deux ans » : DUT obtenu en décembre 2024 (j'étais en rattrapage), donc c'est juste bon, non ? Pour le reste : pas en stage, études finies, et je cherche un poste de gestionnaire dans une mutuelle.

Amandine Roche
07 70 26 85 13""",
        app("Amandine", "Roche", phone="+33770268513", bac=2, grad="2024-12", status="dut_decembre_2024"),
    )),
    # Feature: eligibility_self_check — kind — quelqu'un qui a un BTS de 2024, il coche les cases
    # asking: «quelqu'un qui a un BTS de 2024, il coche les cases» = a self-check about anybody, no personal fact → kind question
    N("eligibility_self_check", "kind", "quelqu'un qui a un BTS de 2024, il coche les cases", M(
        "Tristan Guérin <tristan.guerin@example.net>", "question critères", "19 12:49",
        """Salut,

Question rapide : quelqu'un qui a un BTS de 2024, il coche les cases ou c'est déjà trop vieux ? Et le critère « activement en recherche », vous le vérifiez comment ?

Merci""",
        question(),
    )),
    # Feature: eligibility_self_check — kind — Vérifiez si vous êtes éligible
    # asking: «Vérifiez si vous êtes éligible» = a newsletter of a job board inviting readers to check their eligibility to schemes → kind newsletter
    N("eligibility_self_check", "kind", "Vérifiez si vous êtes éligible", M(
        "Emplois Solidaires Hebdo <hebdo@example.com>", "Cette semaine : 42 offres dans l'ESS", "20 07:30",
        """EMPLOIS SOLIDAIRES — la sélection de la semaine

Vérifiez si vous êtes éligible aux contrats aidés avant de postuler : notre guide en trois questions.

À la une : coordinateur·rice de tiers-lieu (Bordeaux), chargé·e d'accueil en pension de famille (Lille), animateur·rice réseau (Dijon)…

Vous recevez ce message car vous êtes abonné·e. Se désabonner : https://example.com/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://example.com/stop>"},
    )),
    # Feature: rhetorical_or_tag — studies_finished — mon BTS est bouclé depuis juin, je suis libre, non
    # asking: «mon BTS est bouclé depuis juin, je suis libre, non» = a tag on a stated fact: BTS finished June 2026 → meets studies_finished → eligible
    N("rhetorical_or_tag", "studies_finished", "mon BTS est bouclé depuis juin, je suis libre, non", M(
        "Yohan Bouchard <yohan.bouchard@example.com>", "inscription", "03 22:05",
        """Salut l'équipe,

Je veux m'inscrire à Pro'pulse. Mon BTS est bouclé depuis juin, je suis libre, non ? C'était un BTS Gestion des transports et logistique associée, et je voudrais bosser dans la logistique d'une banque alimentaire ou d'une ressourcerie.

Yohan
06 66 82 40 19""",
        app("Yohan", "Bouchard", phone="+33666824019", bac=2, grad="2026-06", status="bts_libre_non"),
    )),
    # Feature: rhetorical_or_tag — studies_finished — je suis encore étudiante, techniquement, non
    # ambiguous: still enrolled in a DU she no longer attends: whether her studies are finished is her own doubt
    # asking: «je suis encore étudiante, techniquement, non» = a tag on her own doubt about being a student → studies_finished open
    N("rhetorical_or_tag", "studies_finished", "je suis encore étudiante, techniquement, non", M(
        "Morgane Aït-Kaci <morgane.aitkaci@example.org>", "Pro'pulse", "07 14:14",
        """Bonjour,

J'ai un master de géographie (juin 2025) et je me suis inscrite en DU de médiation cette année, mais je n'y vais plus depuis octobre. Du coup je suis encore étudiante, techniquement, non ? Est-ce que je peux candidater quand même ? Je vise un poste de médiatrice dans une association de quartier.

Morgane Aït-Kaci
06 11 59 27 84""",
        app("Morgane", "Aït-Kaci", phone="+33611592784", bac=5, grad="2025-06", unknown=("studies_finished",), status="du_techniquement"),
    )),
    # Feature: rhetorical_or_tag — situation — mon service civique finit le 28 février, ça ne compte pas comme un emploi, hein
    # asking: «mon service civique finit le 28 février, ça ne compte pas comme un emploi, hein» = a tag on a stated fact: a service civique running today → fails not_service_civique
    N("rhetorical_or_tag", "situation", "mon service civique finit le 28 février, ça ne compte pas comme un emploi, hein", M(
        "Lou Schneider <lou.schneider@example.net>", "candidature", "09 19:41",
        """Coucou,

Je voudrais m'inscrire. Licence pro Animation sociale (2026), et mon service civique finit le 28 février, ça ne compte pas comme un emploi, hein ? Donc je peux faire les deux ? Après je veux travailler dans une MJC.

Lou Schneider
07 47 31 06 92""",
        app("Lou", "Schneider", phone="+33747310692", bac=3, grad="2026", failing=("not_service_civique",), status="sc_28_fevrier_hein"),
    )),
    # Feature: rhetorical_or_tag — graduation — Un master de mars 2025, c'est récent, n'est-ce pas
    # asking: «Un master de mars 2025, c'est récent, n'est-ce pas» = a tag on a stated fact: a master of March 2025 (20 months) → meets graduation_recent → eligible
    N("rhetorical_or_tag", "graduation", "Un master de mars 2025, c'est récent, n'est-ce pas", M(
        "Hélène Vasquez <helene.vasquez@example.fr>", "Candidature au programme Pro'pulse", "12 10:58",
        """Madame, Monsieur,

Je souhaite présenter ma candidature. Un master de mars 2025, c'est récent, n'est-ce pas ? J'ai obtenu le master Gestion des organisations sanitaires et sociales à cette date, après une soutenance décalée.

Je souhaite travailler dans une association gestionnaire d'établissements pour personnes handicapées.

Veuillez agréer mes salutations distinguées,
Hélène Vasquez
06 23 90 14 67""",
        app("Hélène", "Vasquez", phone="+33623901467", bac=5, grad="2025-03", status="master_mars_recent"),
    )),
    # Feature: rhetorical_or_tag — studies_finished — ma licence pro est en cours, mais ça compte quand même, pas vrai
    # asking: «ma licence pro est en cours, mais ça compte quand même, pas vrai» = a tag on a stated fact: the licence pro is running → fails studies_finished
    N("rhetorical_or_tag", "studies_finished", "ma licence pro est en cours, mais ça compte quand même, pas vrai", M(
        "Noah Lefebvre-Baptiste <noah.lb@example.com>", "je m'inscris", "15 13:26",
        """Bonjour,

J'ai un BTS (2024) et ma licence pro est en cours, mais ça compte quand même, pas vrai ? Je veux travailler dans l'habitat participatif, dans une coopérative.

Noah
06 49 63 21 05""",
        app("Noah", "Lefebvre-Baptiste", phone="+33649632105", bac="*", grad=None, failing=("studies_finished",), unknown=("graduation_recent",), status="lp_en_cours_pas_vrai"),
    )),
    # Feature: rhetorical_or_tag — aim — une SCOP, c'est bien de l'ESS, non
    # asking: «une SCOP, c'est bien de l'ESS, non» = a rhetorical question stating her aim: a SCOP → meets job_seeking_ess → eligible
    N("rhetorical_or_tag", "aim", "une SCOP, c'est bien de l'ESS, non", M(
        "Camille Okonkwo <camille.okonkwo@example.org>", "Postuler", "17 11:51",
        """Bonjour,

Je voudrais postuler avec ma licence de gestion (juillet 2025). Mon but : entrer dans une SCOP du bâtiment comme assistante administrative. Une SCOP, c'est bien de l'ESS, non ? Je préfère vérifier avant d'écrire ma lettre.

Camille Okonkwo
07 35 82 19 46""",
        app("Camille", "Okonkwo", phone="+33735821946", bac=3, grad="2025-07", status="scop_ess_non"),
    )),
    # Feature: rhetorical_or_tag — kind — vous cherchez des lieux pour vos ateliers, non
    # asking: «vous cherchez des lieux pour vos ateliers, non» = a tiers-lieu offering a room, no application → kind other
    N("rhetorical_or_tag", "kind", "vous cherchez des lieux pour vos ateliers, non", M(
        "La Fabrique Commune <contact@example.org>", "Une salle pour Pro'pulse ?", "21 16:16",
        """Bonjour,

Vous cherchez des lieux pour vos ateliers, non ? Notre tiers-lieu à Angers dispose d'une salle de 30 places, gratuite pour les associations partenaires le mardi et le jeudi. N'hésitez pas à nous appeler.

L'équipe de La Fabrique Commune""",
        other(),
    )),
    # Feature: rhetorical_or_tag — kind — le domaine du destinataire ne répond plus
    # asking: «le domaine du destinataire ne répond plus» = a delivery failure → kind bounce
    N("rhetorical_or_tag", "kind", "le domaine du destinataire ne répond plus", M(
        "MAILER-DAEMON <mailer-daemon@example.com>", "Undeliverable: Pro'pulse - votre dossier", "22 03:44",
        """Delivery has failed to these recipients: gilles.ferraris@example.com — le domaine du destinataire ne répond plus.""",
        bounce("gilles.ferraris@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nArrival-Date: Sun, 22 Nov 2026 03:44:10 +0100\n\nFinal-Recipient: rfc822; gilles.ferraris@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected",
    )),
]
