"""Mixtures corpus, batch 05 (writer B): replies written on top of our call for the January cohort, of an
invitation to a pitch workshop, of the sessions' mailing and of the letter (a BUT's date, a bac alone, an English
civic service over, a search in any sector, a bus driver's twelve years, a defence over while the quoted
portrait's is ahead; an unsubscribe after a job, a question about the workshop, a list digest relaying a reply);
forwards (a university adviser's TR: of a graduate's mail, an old application to a foundation, a request to
ENIC-NARIC, a cooperative's offer «the kind I aim at», a defence convocation, a friend's advice on a CV; an offer
passed on, a question passed on); job boards' relays (a DE EJE, a civic service running, a sales search, a year
alone, an English master's student of Lyon, a work-study M2; a digest of profiles, an expiry notice)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, newsletter, other, question
from mixtures import N

MESSAGES = [
    # Feature: reply_to_bulk — graduation — BUT Gestion des entreprises et des administrations en juin 2025
    # mixture: «Re: [Pro'pulse] Appel à candidatures» quoting our call with its unsubscribe link + a graduate's paragraph on top asking to join → application; BUT of June 2025, ESS aim → eligible
    N("reply_to_bulk", "graduation", "BUT Gestion des entreprises et des administrations en juin 2025", M(
        "Mariam Sow <mariam.sow@example.org>", "Re: [Pro'pulse] Appel à candidatures — promotion de janvier", "18 11:40",
        """Bonjour,

Je réponds directement à votre message : je voudrais m'inscrire pour la promotion de janvier. J'ai obtenu mon BUT Gestion des entreprises et des administrations en juin 2025 à Évry, et je cherche un poste de gestionnaire administrative dans une association d'insertion ou un chantier d'insertion de l'Essonne.

Merci d'avance,
Mariam Sow
06 27 41 85 09

Le 18 nov. 2026 à 10:02, Pro'pulse <propulse@animafac.net> a écrit :
> Les inscriptions pour la promotion de janvier sont ouvertes !
> Pro'pulse accompagne pendant six mois les jeunes diplômé·es (bac+2 à bac+5, diplôme obtenu il y a moins
> de deux ans) qui cherchent un premier emploi dans l'économie sociale et solidaire.
> Réunions d'information : 1er et 8 décembre, en ligne.
>
> Vous recevez ce message car vous êtes inscrit·e à nos communications.
> Se désabonner : https://lettres.animafac.example.net/desabonnement""",
        app("Mariam", "Sow", phone="+33627418509", bac=3, grad="2025-06", status="b_reply_call_but_gea_2025"),
    )),
    # Feature: reply_to_bulk — level — Je n'ai que le bac
    # mixture: «Re: Invitation» quoting our workshop invitation (which names bac+2 to bac+5) + a young woman saying she will come and asking to join with a bac pro only → application; no bac+2 → fails degree_level → not eligible
    N("reply_to_bulk", "level", "Je n'ai que le bac", M(
        "Nadia Zerbib <nadia.zerbib@example.net>", "Re: Invitation — atelier « Pitcher son parcours », jeudi 3 décembre", "19 21:15",
        """bonsoir je viendrai au 3 décembre avec plaisir. Je n'ai que le bac (bac pro ASSP, 2024) mais je veux travailler dans une asso d'aide à domicile, est ce que je peux quand meme rentrer dans le programme ?
Nadia
07 68 02 19 44

-------- Message d'origine --------
De : Pro'pulse <propulse@animafac.net>
Objet : Invitation — atelier « Pitcher son parcours », jeudi 3 décembre
> Trois minutes pour présenter votre parcours à un recruteur de l'ESS : venez vous entraîner !
> Atelier ouvert aux jeunes diplômé·es bac+2 à bac+5, jeudi 3 décembre, 18 h, Maison des associations.
> Inscription : répondez à ce message.
> Ne plus recevoir nos invitations : https://lettres.animafac.example.net/desabonnement""",
        app("Nadia", "Zerbib", phone="+33768021944", bac=0, grad=None, failing=("degree_level",), status="b_reply_invitation_bac_pro_seul"),
    )),
    # Feature: reply_to_bulk — situation — I finished my service civique with Unis-Cité on 31 October
    # mixture: «Re: La lettre Pro'pulse» in French quoted under an English paragraph from a graduate asking to be counted in → application in English; civic service over, master of September 2025 → eligible
    N("reply_to_bulk", "situation", "I finished my service civique with Unis-Cité on 31 October", M(
        "Oksana Petrenko <oksana.petrenko@example.com>", "Re: La lettre Pro'pulse — l'emploi ESS en fin d'année", "20 09:05",
        """Hello,

Sorry for answering in English, it is quicker for me. I finished my service civique with Unis-Cité on 31 October (ten months with refugee families in Strasbourg), and I hold a master's in Public Policy from the Université de Strasbourg, September 2025.

I would now like a paid job in an association working with refugees or asylum seekers, and your letter made me think Pro'pulse is the right place to start. Please count me in for the next cohort.

Oksana Petrenko
+33 6 45 17 90 28

----- Original message -----
From: Pro'pulse <propulse@animafac.net>
Subject: La lettre Pro'pulse — l'emploi ESS en fin d'année
> Au programme ce mois-ci : trois offres en SCIC, le témoignage d'une ancienne volontaire devenue
> coordinatrice, et les dates des réunions d'information.
> Pour ne plus recevoir cette lettre : https://lettres.animafac.example.net/desabonnement""",
        app("Oksana", "Petrenko", phone="+33645179028", bac=5, grad="2025-09", language="en", status="b_en_reply_letter_sc_over"),
    )),
    # Feature: reply_to_bulk — aim — peu importe le secteur
    # ambiguous: the writer wants HR work «peu importe le secteur» while replying to a letter of ESS offers: the ESS is one option among all, job_seeking_ess stays open
    # mixture: «Re: La lettre» quoting our ESS offers + a master's graduate asking to join, any sector → application; ESS aim open → to_verify
    N("reply_to_bulk", "aim", "peu importe le secteur", M(
        "Thibaut Roux-Ngata <thibaut.rouxngata@example.fr>", "Re: La lettre Pro'pulse — les offres de la semaine", "12 13:22",
        """Bonjour,

J'ai vu passer votre lettre et je me lance : master Gestion des ressources humaines, obtenu en juin 2026 à Tours. Je cherche un poste d'assistant RH, peu importe le secteur — public, privé, associatif, j'irai là où on me prendra. Est-ce que je peux intégrer Pro'pulse ?

Thibaut Roux-Ngata
06 51 33 72 80

> Les offres de la semaine : chargé·e de recrutement dans une entreprise d'insertion (Tours),
> assistant·e RH dans une mutuelle (Orléans), gestionnaire paie dans une fédération d'associations.
> Se désabonner : https://lettres.animafac.example.net/desabonnement""",
        app("Thibaut", "Roux-Ngata", phone="+33651337280", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_reply_letter_rh_tout_secteur"),
    )),
    # Feature: reply_to_bulk — career_change — après douze ans comme conducteur de bus
    # mixture: «Re: Pro'pulse — les dates des sessions 2027» quoting our mailing + a former bus driver asking for the February session → application; twelve years of another trade → fails not_career_change → not eligible
    N("reply_to_bulk", "career_change", "après douze ans comme conducteur de bus", M(
        "Pascal Tavares <pascal.tavares@example.net>", "Re: Pro'pulse — les dates des sessions 2027", "10 08:12",
        """Bonjour,

Suite à votre message : après douze ans comme conducteur de bus dans un réseau urbain, j'ai repris mes études et obtenu une licence pro Intervention sociale en juin 2026. Je voudrais m'inscrire à la session de février pour trouver un poste d'accompagnant dans une association de prévention.

Cordialement,
Pascal Tavares
06.84.20.51.73

Le 9 novembre 2026, Pro'pulse a écrit :
> Sessions 2027 : janvier (Paris, Lyon), février (Marseille, Lille, Nantes), avril (en ligne).
> Vous ne souhaitez plus recevoir nos informations ? Répondez STOP ou cliquez ici.""",
        app("Pascal", "Tavares", phone="+33684205173", bac=3, grad="2026-06", failing=("not_career_change",), status="b_reply_sessions_conducteur_bus"),
    )),
    # Feature: reply_to_bulk — studies_finished — mémoire soutenu le 15 septembre 2026
    # mixture: «Re: La lettre» quoting a portrait of another young woman whose defence is ahead + the writer's own master over → application; studies over (the quoted defence is not hers) → eligible
    N("reply_to_bulk", "studies_finished", "mémoire soutenu le 15 septembre 2026", M(
        "Soraya Ouhibi <soraya.ouhibi@example.org>", "Re: La lettre Pro'pulse — portrait du mois", "14 17:48",
        """Bonjour,

Le portrait de ce mois m'a beaucoup parlé, avec une différence : moi, c'est fait, mémoire soutenu le 15 septembre 2026, diplôme du master Urbanisme et habitat reçu. Je cherche un poste de chargée de projet dans une coopérative d'habitants ou un organisme de foncier solidaire, dans la région grenobloise, et j'aimerais être accompagnée par Pro'pulse.

Je peux venir à une réunion d'information quand vous voulez.

Soraya Ouhibi
06 38 90 27 15

> PORTRAIT — « Je soutiens mon mémoire le 8 décembre et j'ai déjà signé dans une SCIC » : à 24 ans,
> Alma raconte ses six mois dans le programme.
> Se désabonner : https://lettres.animafac.example.net/desabonnement""",
        app("Soraya", "Ouhibi", phone="+33638902715", bac=5, grad="2026-09", status="b_reply_portrait_memoire_soutenu"),
    )),
    # Feature: reply_to_bulk — kind — merci de supprimer mon adresse de la liste de diffusion
    # mixture: «Re: La lettre» quoting our letter + a former reader who found a job and asks to be removed → other (an unsubscribe alone)
    N("reply_to_bulk", "kind", "merci de supprimer mon adresse de la liste de diffusion", M(
        "Romane Vasquez <romane.vasquez@example.com>", "Re: La lettre Pro'pulse — l'emploi ESS en fin d'année", "20 14:30",
        """Bonjour,

J'ai signé un CDI en octobre dans une ressourcerie, je n'ai plus besoin de la lettre : merci de supprimer mon adresse de la liste de diffusion. Et merci pour tout !

Romane

> Au programme ce mois-ci : trois offres en SCIC, le témoignage d'une ancienne volontaire devenue
> coordinatrice, et les dates des réunions d'information.
> Pour ne plus recevoir cette lettre : https://lettres.animafac.example.net/desabonnement""",
        other(),
    )),
    # Feature: reply_to_bulk — kind — est-il accessible en visio
    # mixture: «Re: Invitation» quoting our workshop invitation + two questions about the workshop, no personal facts → question
    N("reply_to_bulk", "kind", "est-il accessible en visio", M(
        "ulysse.moreau75@example.fr", "Re: Invitation — atelier « Pitcher son parcours », jeudi 3 décembre", "21 10:03",
        """Bonjour,
L'atelier du 3 décembre, est-il accessible en visio ? Et faut-il être déjà inscrit à Pro'pulse pour y participer ?
Merci

> Trois minutes pour présenter votre parcours à un recruteur de l'ESS : venez vous entraîner !
> Ne plus recevoir nos invitations : https://lettres.animafac.example.net/desabonnement""",
        question(),
    )),
    # Feature: reply_to_bulk — kind — Résumé quotidien du groupe emploi-ess-lyon
    # mixture: a mailing list's daily digest relaying a member's «Re: La lettre Pro'pulse» with his diploma in it → newsletter (bulk; the member wrote to the list, not to us)
    N("reply_to_bulk", "kind", "Résumé quotidien du groupe emploi-ess-lyon", M(
        "emploi-ess-lyon <emploi-ess-lyon@listes.example.org>", "Résumé quotidien du groupe emploi-ess-lyon — 3 messages", "22 06:00",
        """Résumé quotidien du groupe emploi-ess-lyon — 3 messages dans 2 sujets

1. Re: La lettre Pro'pulse — les offres de la semaine
   De : Sami Valette
   « Je relaie la lettre de Pro'pulse reçue hier, il y a une offre de chargé·e de recrutement en entreprise
   d'insertion. Pour ma part j'ai un DUT GEA de 2025 et je postule, si d'autres sont intéressés on peut
   préparer ensemble. »

2. Forum de l'emploi solidaire — 2 messages
   De : Zélie Marin ; Théo Nguyen

Vous recevez ce résumé car vous êtes abonné·e au groupe emploi-ess-lyon.
Pour vous désabonner, écrivez à emploi-ess-lyon+unsubscribe@listes.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:emploi-ess-lyon+unsubscribe@listes.example.org>", "Precedence": "list"},
    )),
    # Feature: forwarded — situation — service civique à la ressourcerie terminé le 30 septembre
    # mixture: «TR:» by a university careers adviser of a graduate's mail to her, with a note on top → application (referral: the adviser in forwarded_by, the graduate's address); civic service over, licence pro of June 2025 → eligible
    N("forwarded", "situation", "service civique à la ressourcerie terminé le 30 septembre", M(
        "Rose Vidal <rose.vidal@sio.univ-exemple.example.fr>", "TR: Besoin d'aide pour la suite", "05 15:20",
        """Bonjour,

Je vous transfère le message de Noémie, que j'ai reçue au service d'insertion professionnelle : son profil correspond tout à fait à Pro'pulse. Elle m'a autorisée à vous transmettre ses coordonnées.

Rose Vidal
Chargée d'insertion professionnelle — SIO

---------- Message transféré ---------
De : Noémie Paquet <noemie.paquet@example.org>
Date : lun. 2 nov. 2026 à 09:41
Objet : Besoin d'aide pour la suite
À : Rose Vidal <rose.vidal@sio.univ-exemple.example.fr>

Bonjour Madame Vidal,

Licence pro Métiers de l'animation sociale en poche depuis juin 2025, service civique à la ressourcerie terminé le 30 septembre. J'aimerais trouver un vrai poste dans le réemploi (ressourcerie, recyclerie), mais je ne sais pas par où commencer. Pouvez-vous m'aider ?

Noémie Paquet
07 12 58 46 30""",
        app("Noémie", "Paquet", phone="+33712584630", bac=3, grad="2025-06", email="noemie.paquet@example.org", forwarded_by="rose.vidal@sio.univ-exemple.example.fr", status="b_tr_sio_sc_ressourcerie_fini"),
    )),
    # Feature: forwarded — graduation — Master Gestion de projets culturels, promotion 2023
    # mixture: «Fwd:» of the writer's own application to a foundation, a short note on top → application with the forwarded facts; master of 2023 → fails graduation_recent → not eligible
    N("forwarded", "graduation", "Master Gestion de projets culturels, promotion 2023", M(
        "Valentine Schaller <v.schaller@example.net>", "Fwd: Candidature spontanée — chargée de projets", "06 22:04",
        """Je vous transfère la candidature que j'avais envoyée à une fondation le mois dernier, elle dit tout. Je voudrais être accompagnée par Pro'pulse.
V. Schaller

---------- Forwarded message ---------
From: Valentine Schaller <v.schaller@example.net>
Date: Tue, 13 Oct 2026 at 10:15
Subject: Candidature spontanée — chargée de projets
To: recrutement@fondation-arts.example.org

Madame, Monsieur,

Master Gestion de projets culturels, promotion 2023, je souhaite mettre au service de votre fondation mon expérience de médiation acquise en stage et en bénévolat dans des festivals associatifs. Je suis disponible immédiatement.

Valentine Schaller
06 93 15 27 48""",
        app("Valentine", "Schaller", phone="+33693152748", bac=5, grad="2023", failing=("graduation_recent",), status="b_fwd_fondation_master_2023"),
    )),
    # Feature: forwarded — level — Licence en sciences de gestion de l'Université de Lomé
    # ambiguous: a foreign licence forwarded with its request for a comparability statement still unanswered: its level in France is not established, degree_level stays open
    # mixture: «TR:» of the writer's own request to ENIC-NARIC + a note asking to join meanwhile → application; foreign diploma without equivalence → degree_level open → to_verify
    N("forwarded", "level", "Licence en sciences de gestion de l'Université de Lomé", M(
        "Kossi Mensah <kossi.mensah@example.com>", "TR: Demande d'attestation de comparabilité", "07 10:55",
        """Bonjour,

Je vous transfère ma demande à ENIC-NARIC, toujours sans réponse. En attendant, je voudrais rejoindre Pro'pulse : je cherche un emploi dans une coopérative ou une association de commerce équitable, en Île-de-France.

Kossi Mensah
07 53 61 08 24

-----Message d'origine-----
De : Kossi Mensah
Envoyé : jeudi 10 septembre 2026 14:02
À : enic-naric@example.fr
Objet : Demande d'attestation de comparabilité

Bonjour, je sollicite une attestation de comparabilité pour ma Licence en sciences de gestion de l'Université de Lomé, obtenue en juillet 2025. Vous trouverez le relevé de notes en pièce jointe.""",
        app("Kossi", "Mensah", phone="+33753610824", bac="*", grad="2025-07", unknown=("degree_level",), status="b_tr_enic_licence_lome"),
    )),
    # Feature: forwarded — aim — c'est exactement ce genre de poste que je vise
    # mixture: «Fwd:» of a cooperative's job offer (which asks bac+5 and three years) + the writer's note with her own facts → application; BTS of June 2026, accounting in a SCOP → eligible (the offer's requirements are not hers)
    N("forwarded", "aim", "c'est exactement ce genre de poste que je vise", M(
        "Romy Wagner <romy.wagner@example.fr>", "Fwd: Offre — aide-comptable, SCOP Les Charpentiers du Vercors", "08 19:30",
        """Bonjour,

Je vous fais suivre cette offre : c'est exactement ce genre de poste que je vise, de la comptabilité dans une SCOP ou une coopérative. J'ai eu mon BTS Comptabilité et gestion en juin 2026 et je voudrais rejoindre Pro'pulse pour mettre toutes les chances de mon côté. Mon CV est joint.

Romy Wagner
06 02 74 39 51

---------- Message transféré ---------
De : Les Charpentiers du Vercors <contact@charpentiers-vercors.example.org>
Objet : Offre — aide-comptable

La SCOP recrute un·e aide-comptable (CDI, 35 h). Profil : bac+5 en comptabilité, trois ans d'expérience
exigés. Candidatures avant le 20 décembre.""",
        app("Romy", "Wagner", phone="+33602743951", bac=2, grad="2026-06", info_in="both", status="b_fwd_offre_scop_bts_cg"),
        cv=CV("docx", "CV_Romy_Wagner.docx", """Romy Wagner
06 02 74 39 51 — Grenoble
BTS Comptabilité et gestion, juin 2026
Stage : cabinet d'expertise comptable, 8 semaines
Trésorière bénévole d'une AMAP"""),
    )),
    # Feature: forwarded — studies_finished — Convocation à la soutenance — 21 janvier 2027
    # mixture: «TR:» of the school's convocation to the defence + a note asking to start now → application; defence ahead → fails studies_finished → not eligible
    N("forwarded", "studies_finished", "Convocation à la soutenance — 21 janvier 2027", M(
        "Gwenaëlle Robin <gwenaelle.robin@example.org>", "TR: Convocation à la soutenance — 21 janvier 2027", "09 08:47",
        """Bonjour,
voilà la preuve que j'ai presque fini ! Je voudrais commencer Pro'pulse tout de suite pour chercher un poste de chargée de mission dans une CRESS ou un réseau de l'ESS.
Gwenaëlle Robin — 06 70 18 93 42

-------- Message transféré --------
De : Scolarité Master ESS <scolarite.master-ess@univ-exemple.example.fr>
À : Gwenaëlle Robin
Objet : Convocation à la soutenance — 21 janvier 2027
Madame, vous êtes convoquée à la soutenance de votre mémoire de Master 2 Économie sociale et solidaire le jeudi 21 janvier 2027 à 15 h 30, en salle du conseil (bâtiment Condorcet).""",
        app("Gwenaëlle", "Robin", phone="+33670189342", bac="*", grad=None, failing=("studies_finished",), status="b_tr_convocation_soutenance_janvier"),
    )),
    # Feature: forwarded — career_change — j'ai travaillé chez Norauto avant ma reprise d'études
    # ambiguous: the forwarded exchange says he worked at a car centre before going back to study, but neither how long nor whether full time: not_career_change stays open
    # mixture: «Fwd: Re: ton CV» of a friend's advice on his CV + his note asking to join → application; a job of unsaid length before the licence pro → not_career_change open → to_verify
    N("forwarded", "career_change", "j'ai travaillé chez Norauto avant ma reprise d'études", M(
        "Yohan Tissier <yohan.tissier@example.net>", "Fwd: Re: ton CV", "10 12:16",
        """Bonjour,

Je vous transfère l'échange avec un ami qui a relu mon CV, ça résume ma situation mieux que moi. Je souhaite rejoindre Pro'pulse.

Yohan Tissier
06 17 46 52 93

---------- Forwarded message ---------
From: Yohan Tissier <yohan.tissier@example.net>
Subject: Re: ton CV

> Tes années chez Norauto, tu les mets où ?
Bonne question. J'ai travaillé chez Norauto avant ma reprise d'études, puis licence pro Gestion des structures de l'économie sociale, obtenue en juin 2026. Ce que je veux maintenant, c'est un poste de gestionnaire dans une ressourcerie ou un garage solidaire.

From: Bastien <bastien.l@example.com>
> Je l'ai relu, c'est clair. Tes années chez Norauto, tu les mets où ?""",
        app("Yohan", "Tissier", phone="+33617465293", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_fwd_ami_cv_norauto"),
    )),
    # Feature: forwarded — kind — n'hésitez pas à la diffuser à vos jeunes
    # mixture: «TR:» of a cooperative's job offer passed on by a partner with nobody applying → other
    N("forwarded", "kind", "n'hésitez pas à la diffuser à vos jeunes", M(
        "Théo Vernier <theo.vernier@cress-exemple.example.org>", "TR: Offre animateur·rice réseau — SCIC Énergies citoyennes", "16 09:10",
        """Bonjour l'équipe,

Une offre reçue ce matin, n'hésitez pas à la diffuser à vos jeunes.

Théo

---------- Message transféré ---------
De : SCIC Énergies citoyennes <rh@energies-citoyennes.example.org>
Objet : Offre animateur·rice réseau

CDI, Clermont-Ferrand, jeunes diplômé·es bienvenu·es (bac+3 minimum). Prise de poste en février.""",
        other(),
    )),
    # Feature: forwarded — kind — la conseillère m'a dit de vous demander
    # mixture: «TR:» of a Mission locale's mail pointing to us + two questions about cost and length, no personal facts → question
    N("forwarded", "kind", "la conseillère m'a dit de vous demander", M(
        "lina.pereira.r@example.com", "TR: Rendez-vous Mission locale", "17 18:35",
        """Bonjour, la conseillère m'a dit de vous demander directement : est-ce que le programme est payant ? Et il dure combien de temps ?

-------- Message transféré --------
De : Mission locale <accueil@ml-exemple.example.fr>
Objet : Rendez-vous Mission locale
Bonjour, comme convenu, renseignez-vous auprès de Pro'pulse (propulse@animafac.net).""",
        question(),
    )),
    # Feature: job_board_relay — level — Diplôme d'État d'éducateur de jeunes enfants
    # mixture: a relay from the Ruche Emploi platform (noreply sender, Reply-To the candidate, «Ne répondez pas») carrying a graduate's message → application at the Reply-To address; DE EJE (bac+3) of July 2025 → eligible
    N("job_board_relay", "level", "Diplôme d'État d'éducateur de jeunes enfants", M(
        "Ruche Emploi <noreply@ruche-emploi.example.com>", "Nouvelle candidature via Ruche Emploi — Accompagnement Pro'pulse", "11 07:58",
        """Nouvelle candidature via Ruche Emploi

Annonce : Accompagnement Pro'pulse — jeunes diplômé·es
Candidat : Zacharie Mbappé-Loubaki

Message du candidat :
« Bonjour, titulaire du Diplôme d'État d'éducateur de jeunes enfants (juillet 2025), je cherche un poste en crèche associative ou parentale autour de Toulouse. Je serais ravi d'être accompagné. Tél. 06 49 81 23 70 »

Votre réponse à cet e-mail sera transmise au candidat par la plateforme.
Ne répondez pas à ce message, cette adresse n'est pas consultée.
Ruche Emploi — l'emploi qui a du sens""",
        app("Zacharie", "Mbappé-Loubaki", phone="+33649812370", bac=3, grad="2025-07", email="zacharie.mbl@example.org", status="b_relay_ruche_de_eje"),
        headers={"Reply-To": "Zacharie Mbappé-Loubaki <zacharie.mbl@example.org>"},
    )),
    # Feature: job_board_relay — situation — en service civique jusqu'au 30 avril 2027
    # mixture: a job board's relay (noreply, Reply-To) whose candidate's message says her civic service runs → application; civic service until April 2027 → fails not_service_civique → not eligible
    N("job_board_relay", "situation", "en service civique jusqu'au 30 avril 2027", M(
        "Jobs d'Utilité <ne-pas-repondre@jobs-utilite.example.fr>", "Vous avez reçu une candidature", "12 14:02",
        """Vous avez reçu une candidature pour l'annonce « Programme Pro'pulse ».

Candidate : Pauline Tran
Message :
Bonjour, j'ai une licence de psychologie (juin 2025) et je suis en service civique jusqu'au 30 avril 2027 dans une épicerie solidaire. Je voudrais préparer la suite avec vous dès maintenant.

Coordonnées : pauline.tran@example.net — 07 41 56 83 02

Ce message vous est envoyé automatiquement par Jobs d'Utilité. Merci de ne pas y répondre.""",
        app("Pauline", "Tran", phone="+33741568302", bac=3, grad="2025-06", failing=("not_service_civique",), email="pauline.tran@example.net", status="b_relay_jobsutilite_sc_avril"),
        headers={"Reply-To": "pauline.tran@example.net"},
    )),
    # Feature: job_board_relay — aim — commercial dans l'immobilier
    # mixture: a relay (noreply, Reply-To) carrying a graduate's message that aims at estate agency sales → application; search outside the ESS → fails job_seeking_ess → not eligible
    N("job_board_relay", "aim", "commercial dans l'immobilier", M(
        "Kairos Jobs <notifications@kairos-jobs.example.com>", "Nouvelle candidature reçue via Kairos Jobs", "13 16:40",
        """Nouvelle candidature reçue via Kairos Jobs

Offre : Coaching emploi jeunes diplômés (Pro'pulse)
Nom : Quentin Sarraf
Diplôme déclaré : Licence Commerce, juin 2026

Message :
« Je cherche avant tout un poste de commercial dans l'immobilier, en agence à Nice. Un coaching pour le CV et les entretiens me serait utile. »

Répondre au candidat · Voir le profil
Ne répondez pas directement à cet e-mail.""",
        app("Quentin", "Sarraf", phone=None, bac=3, grad="2026-06", failing=("job_seeking_ess",), email="q.sarraf@example.com", status="b_relay_kairos_immobilier"),
        headers={"Reply-To": "q.sarraf@example.com"},
    )),
    # Feature: job_board_relay — graduation — Année d'obtention : 2024
    # ambiguous: the relay's field gives the BTS's year alone, 2024, and the message no month: before or after November 2024, graduation_recent stays open
    # mixture: a relay's fields and message (noreply, Reply-To) → application; BTS of «2024» with no month → graduation_recent open → to_verify
    N("job_board_relay", "graduation", "Année d'obtention : 2024", M(
        "Ruche Emploi <noreply@ruche-emploi.example.com>", "Nouvelle candidature via Ruche Emploi — Accompagnement Pro'pulse", "15 10:21",
        """Nouvelle candidature via Ruche Emploi

Candidate : Sonia Mbarek
Diplôme : BTS Tourisme
Année d'obtention : 2024
Ville : Annecy

Message du candidat :
« Je voudrais travailler dans le tourisme social : associations de vacances, villages de vacances associatifs, auberges de jeunesse. 06 22 90 47 15 »

Ne répondez pas à ce message, cette adresse n'est pas consultée.""",
        app("Sonia", "Mbarek", phone="+33622904715", bac=2, grad="2024", unknown=("graduation_recent",), email="sonia.mbarek@example.fr", status="b_relay_ruche_bts_tourisme_2024"),
        headers={"Reply-To": "sonia.mbarek@example.fr"},
    )),
    # Feature: job_board_relay — career_change — only student jobs
    # mixture: a French platform's relay (noreply, Reply-To) carrying an international graduate's message in English → application in English; student jobs only, master of September 2026 → eligible
    N("job_board_relay", "career_change", "only student jobs", M(
        "Kairos Jobs <notifications@kairos-jobs.example.com>", "Nouvelle candidature reçue via Kairos Jobs", "17 09:33",
        """Nouvelle candidature reçue via Kairos Jobs

Offre : Coaching emploi jeunes diplômés (Pro'pulse)
Nom : Wen Zhao

Message :
« Hello, I completed my master's in Social and Solidarity Economy at Université Lumière Lyon 2 in September 2026. Before that I had only student jobs (weekend barista, tutoring), no career yet. I am looking for my first job in a cooperative or a social enterprise in Lyon. Phone: 07 80 64 21 39 »

Répondre au candidat · Voir le profil
Ne répondez pas directement à cet e-mail.""",
        app("Wen", "Zhao", phone="+33780642139", bac=5, grad="2026-09", email="wen.zhao@example.com", language="en", status="b_en_relay_kairos_master_lyon2"),
        headers={"Reply-To": "Wen Zhao <wen.zhao@example.com>"},
    )),
    # Feature: job_board_relay — studies_finished — en M2 en alternance jusqu'en septembre 2027
    # mixture: a relay (noreply, Reply-To) whose candidate is still studying in a work-study M2 → application; studies running → fails studies_finished → not eligible
    N("job_board_relay", "studies_finished", "en M2 en alternance jusqu'en septembre 2027", M(
        "Jobs d'Utilité <ne-pas-repondre@jobs-utilite.example.fr>", "Vous avez reçu une candidature", "19 11:11",
        """Vous avez reçu une candidature pour l'annonce « Programme Pro'pulse ».

Candidat : Mehdi Zaoui
Message :
Bonjour, je suis en M2 en alternance jusqu'en septembre 2027 (master Management des entreprises de l'ESS, alternance dans une mutuelle). Je voudrais déjà préparer ma recherche d'emploi avec vous pour la suite.

Coordonnées : mehdi.zaoui@example.org — 06 31 09 74 58

Ce message vous est envoyé automatiquement par Jobs d'Utilité. Merci de ne pas y répondre.""",
        app("Mehdi", "Zaoui", phone="+33631097458", bac="*", grad=None, failing=("studies_finished",), email="mehdi.zaoui@example.org", status="b_relay_jobsutilite_m2_alternance"),
        headers={"Reply-To": "mehdi.zaoui@example.org"},
    )),
    # Feature: job_board_relay — kind — Votre sélection hebdomadaire de profils
    # mixture: a platform's weekly digest of profiles (diplomas listed) with nobody applying → newsletter
    N("job_board_relay", "kind", "Votre sélection hebdomadaire de profils", M(
        "Ruche Emploi <noreply@ruche-emploi.example.com>", "Votre sélection hebdomadaire de profils — 4 nouveaux", "23 07:00",
        """Votre sélection hebdomadaire de profils

4 nouveaux profils correspondent à votre annonce « Accompagnement Pro'pulse » :
- Licence pro Animation sociale, 2026 — Montpellier
- Master Économie sociale, 2025 — Rennes
- BTS SP3S, 2026 — Lens
- DEUST Animation, 2025 — Grenoble

Voir les profils sur Ruche Emploi.
Vous recevez cet e-mail car vous avez activé les alertes. Se désabonner des alertes.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://ruche-emploi.example.com/alertes/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: job_board_relay — kind — Votre annonce expire dans 3 jours
    # mixture: a platform's one-off notice about our own advert, nobody applying → other
    N("job_board_relay", "kind", "Votre annonce expire dans 3 jours", M(
        "Jobs d'Utilité <ne-pas-repondre@jobs-utilite.example.fr>", "Votre annonce expire dans 3 jours", "24 08:15",
        """Bonjour,

Votre annonce expire dans 3 jours : « Programme Pro'pulse », publiée le 25 octobre 2026, 37 candidatures reçues.

Prolonger l'annonce · Archiver

Ce message vous est envoyé automatiquement par Jobs d'Utilité. Merci de ne pas y répondre.""",
        other(),
    )),
]
