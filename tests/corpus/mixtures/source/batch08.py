"""Mixtures corpus, batch 08 (writer B): partners' and employers' mails (a federation's forum logistics that
also present a volunteer, a graduate writing from a bank's address with its disclaimer, an intern writing from
her host's address, a cooperative of activity's invoice that presents a graduate bound for consulting, a town
hall's temporary worker, an architects' assistant of some years; an offer, a convention, a partner's
out-of-office), human words in a machine's envelope (a library scanner's «Document numérisé» with a CV, an
«Envoyé de mon iPhone» with quoted history, a read receipt with a note, an SMS-to-mail gateway, a «Refusé :»
calendar answer with a note, a dictated mail; a bare read receipt, a participant's «Accepté :»), and the same
mixtures in English (an out-of-office round a human paragraph, an old application forwarded, a platform's relay,
an unsubscribe with an application, a networking site's message notification, an adviser's forward; a true
out-of-office, a digest)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, reply
from mixtures import N

MESSAGES = [
    # Feature: partner_or_employer_mixed — situation — son service civique s'est achevé le 15 novembre
    # mixture: a federation's mail about the forum's logistics that also presents one of its former volunteers → application (referral: the partner in forwarded_by, the graduate's address); civic service over, master of 2025 → eligible
    N("partner_or_employer_mixed", "situation", "son service civique s'est achevé le 15 novembre", M(
        "Hervé Poirier <h.poirier@fede-centres-sociaux.example.org>", "Forum du 10 décembre — logistique", "09 11:02",
        """Bonjour,

Pour le forum du 10 décembre : nous aurons deux tables et un écran, merci de nous dire d'ici vendredi combien de personnes viendront de votre côté.

Par ailleurs, je me permets de vous présenter Mathilde Rousselot, qui a été volontaire chez nous : son service civique s'est achevé le 15 novembre. Elle a un master Science politique (juin 2025) et cherche un poste de chargée de développement dans un réseau associatif. Elle vous écrira peut-être aussi : mathilde.rousselot@example.net, 06 29 47 81 35.

Bien cordialement,
Hervé Poirier
Délégué régional — Fédération des centres sociaux""",
        app("Mathilde", "Rousselot", phone="+33629478135", bac=5, grad="2025-06", email="mathilde.rousselot@example.net", forwarded_by="h.poirier@fede-centres-sociaux.example.org", status="b_partner_forum_volontaire_sc_fini"),
    )),
    # Feature: partner_or_employer_mixed — graduation — ma licence d'économie, obtenue en 2022
    # mixture: a graduate writing from his bank's address, with its signature and confidentiality disclaimer, applying for himself → application; licence of 2022 → fails graduation_recent → not eligible
    N("partner_or_employer_mixed", "graduation", "ma licence d'économie, obtenue en 2022", M(
        "Romain Sauvageot <romain.sauvageot@banque-horizon.example.com>", "Candidature personnelle", "10 12:31",
        """Bonjour,

Je vous écris depuis ma messagerie professionnelle, mais à titre personnel. Avec ma licence d'économie, obtenue en 2022, je travaille depuis au guichet d'une banque en CDD. Je voudrais rejoindre une association de microcrédit ou de finance solidaire.

Romain Sauvageot
Conseiller accueil — Agence Lyon Part-Dieu
Banque Horizon

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Banque Horizon décline toute responsabilité au titre de ce message s'il a été altéré.""",
        app("Romain", "Sauvageot", phone=None, bac=3, grad="2022", failing=("graduation_recent",), status="b_employer_banque_licence_2022"),
    )),
    # Feature: partner_or_employer_mixed — situation — mon stage ici se termine fin novembre
    # ambiguous: her internship «se termine fin novembre» with no day: running or over on 26 November, not_internship stays open
    # mixture: an intern writing from her host organisation's address (its signature «Stagiaire» and logo line) applying for herself → application; internship ending «fin novembre» → not_internship open → to_verify
    N("partner_or_employer_mixed", "situation", "mon stage ici se termine fin novembre", M(
        "Stagiaire communication <stage.com@coop-habitat.example.org>", "Candidature Pro'pulse — Perrine Weber", "11 15:48",
        """Bonjour,

J'écris depuis la boîte des stagiaires de la coopérative, mon adresse perso est perrine.weber@example.fr. Licence pro Communication des organisations obtenue en juin 2026 ; mon stage ici se termine fin novembre et je voudrais enchaîner sur un emploi de chargée de communication dans une coopérative ou une association.

Perrine Weber
07 38 26 14 90

[logo] Coop'Habitat — Société coopérative d'intérêt collectif
Cet e-mail a été envoyé depuis une boîte partagée.""",
        app("Perrine", "Weber", phone="+33738261490", bac=3, grad="2026-06", unknown=("not_internship",), email="perrine.weber@example.fr", status="b_employer_stagiaire_fin_novembre"),
    )),
    # Feature: partner_or_employer_mixed — aim — elle s'oriente plutôt vers le conseil en cabinet privé
    # mixture: a cooperative of activity's mail sending an invoice that also presents a graduate → application (referral); her aim is private consulting → fails job_seeking_ess → not eligible
    N("partner_or_employer_mixed", "aim", "elle s'oriente plutôt vers le conseil en cabinet privé", M(
        "Comptabilité CAE Ouvrages <compta@cae-ouvrages.example.org>", "Facture n°2026-118 — atelier du 5 novembre", "12 09:15",
        """Bonjour,

Vous trouverez ci-dessous la référence de la facture n°2026-118 pour l'atelier du 5 novembre (montant : 450 €, règlement à 30 jours).

Autre chose : Yuna Marchetti, que nous avons reçue en rendez-vous d'information, aimerait un coup de main pour son CV. Master Stratégie et conseil, septembre 2026 ; elle ne souhaite pas entreprendre chez nous, elle s'oriente plutôt vers le conseil en cabinet privé. Ses coordonnées : yuna.marchetti@example.com, 06 41 70 28 53.

Cordialement,
Service comptable — CAE Ouvrages""",
        app("Yuna", "Marchetti", phone="+33641702853", bac=5, grad="2026-09", failing=("job_seeking_ess",), email="yuna.marchetti@example.com", forwarded_by="compta@cae-ouvrages.example.org", status="b_partner_facture_cae_conseil"),
    )),
    # Feature: partner_or_employer_mixed — level — DEUST Médiation sociale, donc un bac+2
    # mixture: a graduate writing from the town hall's address where she has a temporary post, signature and disclaimer, applying for herself; her CV attached → application; DEUST (bac+2) of June 2026 → eligible
    N("partner_or_employer_mixed", "level", "DEUST Médiation sociale, donc un bac+2", M(
        "Selma Vasseur-Kone <s.vasseur-kone@mairie-exemple.example.fr>", "Candidature", "13 17:20",
        """Bonjour,

J'ai obtenu en juin 2026 un DEUST Médiation sociale, donc un bac+2, et je suis vacataire à l'accueil de la mairie depuis septembre, en attendant mieux. Je voudrais trouver un poste de médiatrice dans une association de quartier. Mon CV est joint.

Selma Vasseur-Kone
06 05 39 82 17

Mairie de Villeneuve — Direction de la vie citoyenne
Ce courriel et ses éventuelles pièces jointes sont destinés exclusivement à leurs destinataires. Les opinions exprimées n'engagent que leur auteur.""",
        app("Selma", "Vasseur-Kone", phone="+33605398217", bac=2, grad="2026-06", info_in="both", status="b_employer_mairie_deust_mediation"),
        cv=CV("odt", "Selma_Vasseur-Kone_CV.odt", """Selma Vasseur-Kone
06 05 39 82 17
DEUST Médiation sociale, juin 2026
Vacataire accueil, mairie, depuis septembre 2026
Stage : association de médiation de nuit, 12 semaines"""),
    )),
    # Feature: partner_or_employer_mixed — career_change — assistante ici depuis plusieurs années
    # ambiguous: she has been an assistant at the practice «depuis plusieurs années», length unsaid and alongside her studies or not: not_career_change stays open
    # mixture: a graduate writing from the architects' practice where she works, with its signature and disclaimer, applying for herself → application; a job of unsaid length before the licence pro → not_career_change open → to_verify
    N("partner_or_employer_mixed", "career_change", "assistante ici depuis plusieurs années", M(
        "Priya Subramanian <p.subramanian@atelier-archi.example.fr>", "Pro'pulse — candidature", "16 13:05",
        """Bonjour,

Je suis assistante ici depuis plusieurs années (accueil, devis, planning), et j'ai obtenu en juin 2026 une licence pro Gestion des organisations de l'économie sociale. Je voudrais maintenant travailler dans une coopérative d'habitants ou une association du logement.

Priya Subramanian
07 14 62 39 05

Atelier Nord-Sud Architectes — 12 quai des Tanneurs
Ce message est confidentiel ; s'il vous est parvenu par erreur, merci de le détruire.""",
        app("Priya", "Subramanian", phone="+33714623905", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_employer_archi_plusieurs_annees"),
    )),
    # Feature: partner_or_employer_mixed — kind — Jeunes diplômé·es bienvenu·es
    # mixture: a mutual insurer's job offer that mentions young graduates, nobody to join → other
    N("partner_or_employer_mixed", "kind", "Jeunes diplômé·es bienvenu·es", M(
        "Mutuelle Solidaris <recrutement@mutuelle-solidaris.example.org>", "Offre d'emploi : conseiller·ère adhérents (CDI)", "17 10:00",
        """Bonjour,

Nous recrutons deux conseiller·ères adhérents en CDI à Lille. Jeunes diplômé·es bienvenu·es (bac+2 minimum, BTS ou BUT), formation assurée. Merci de relayer l'offre auprès de vos participant·es.

Le service RH — Mutuelle Solidaris
Ce message et ses pièces jointes sont confidentiels.""",
        other(),
    )),
    # Feature: partner_or_employer_mixed — kind — convention de partenariat 2027
    # mixture: a partner's mail about renewing the convention, naming volunteers in general and nobody to join → other
    N("partner_or_employer_mixed", "kind", "convention de partenariat 2027", M(
        "Unis Jeunesse Val-de-Loire <direction@unis-jeunesse.example.org>", "Renouvellement — convention de partenariat 2027", "18 14:40",
        """Bonjour,

Vous trouverez ci-joint le projet de convention de partenariat 2027. Comme l'an dernier, nos volontaires en fin de mission pourront vous contacter directement. Pouvez-vous nous retourner un exemplaire signé avant le 15 décembre ?

La direction""",
        other(),
    )),
    # Feature: partner_or_employer_mixed — kind — Je suis en congé jusqu'au 30 novembre
    # mixture: a true out-of-office of a partner's director, with the institution's disclaimer → auto_reply
    N("partner_or_employer_mixed", "kind", "Je suis en congé jusqu'au 30 novembre", M(
        "Nicolas Vautrin <n.vautrin@fondation-horizons.example.org>", "Réponse automatique : Jeunes diplômés — rencontre de décembre", "20 08:02",
        """Bonjour,

Je suis en congé jusqu'au 30 novembre. Pour les candidatures au programme jeunes, écrivez à jeunes@fondation-horizons.example.org.

Nicolas Vautrin
Fondation Horizons
Ce message et ses pièces jointes sont confidentiels.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: machine_wrapped — graduation — Licence professionnelle Métiers du livre, juin 2026
    # mixture: a library scanner's «Document numérisé» (device sender) with a one-line note and a scanned CV carrying the facts → application at the address in the note; licence pro of June 2026 → eligible
    N("machine_wrapped", "graduation", "Licence professionnelle Métiers du livre, juin 2026", M(
        "Scanner Médiathèque <scan-rdc@mediatheque-exemple.example.fr>", "Document numérisé", "02 16:10",
        """Veuillez trouver ci-joint le document numérisé.
Nombre de pages : 1
Résolution : 300 ppp
Appareil : MFP-RDC-02

Note : CV ci-joint, je voudrais m'inscrire à Pro'pulse. Oriane Vasseur — oriane.vasseur@example.org""",
        app("Oriane", "Vasseur", phone="+33687420315", bac=3, grad="2026-06", email="oriane.vasseur@example.org", info_in="cv", status="b_machine_scanner_cv_lp_livre"),
        cv=CV("pdf", "Document_numerise_0412.pdf", """Oriane Vasseur
06 87 42 03 15 — oriane.vasseur@example.org
Licence professionnelle Métiers du livre, juin 2026
Stage : librairie coopérative, 14 semaines
Recherche : médiation du livre en association ou en SCOP"""),
    )),
    # Feature: machine_wrapped — situation — volontaire en service civique jusqu'au 31 mars
    # mixture: a short mail «Envoyé de mon iPhone» over a quoted exchange with a friend who advised writing to us → application; civic service until 31 March → fails not_service_civique → not eligible
    N("machine_wrapped", "situation", "volontaire en service civique jusqu'au 31 mars", M(
        "Morgane Tanguy <morgane.tanguy@example.net>", "Pro'pulse", "06 22:47",
        """Bonjour, une amie m'a conseillé de vous écrire (voir plus bas). BUT Carrières sociales 2025, je suis volontaire en service civique jusqu'au 31 mars à la Croix-Rouge et j'aimerais commencer Pro'pulse maintenant.
Morgane Tanguy 06 70 81 24 39

Envoyé de mon iPhone

> Le 6 nov. 2026 à 19:12, Sarah a écrit :
> Écris à Pro'pulse, ils m'ont trop aidée l'an dernier !
>
>> Le 6 nov. 2026 à 18:40, Morgane a écrit :
>> Je sais pas du tout quoi faire après mon service civique…""",
        app("Morgane", "Tanguy", phone="+33670812439", bac=3, grad="2025", failing=("not_service_civique",), status="b_machine_iphone_sc_31_mars"),
    )),
    # Feature: machine_wrapped — level — BTS Services informatiques aux organisations
    # mixture: a read receipt of our mail with a note the applicant typed into it, carrying her diploma → application; BTS of June 2025 → eligible
    N("machine_wrapped", "level", "BTS Services informatiques aux organisations", M(
        "Nawel Saadaoui <nawel.saadaoui@example.com>", "Lu : Votre candidature est incomplète", "14 09:30",
        """Votre message

  À : nawel.saadaoui@example.com
  Objet : Votre candidature est incomplète
  Envoyé : 13/11/2026 17:02

a été lu le 14/11/2026 09:29.

Note ajoutée par le destinataire : je complète ici, BTS Services informatiques aux organisations obtenu en juin 2025, je cherche un poste de technicienne informatique dans une association ou une entreprise d'insertion numérique. 06 93 48 21 07""",
        app("Nawel", "Saadaoui", phone="+33693482107", bac=2, grad="2025-06", status="b_machine_accuse_lecture_bts_sio"),
    )),
    # Feature: machine_wrapped — studies_finished — j'attends les notes du jury
    # ambiguous: the master is defended and only the jury's marks are awaited: studies over or not until the results, studies_finished stays open
    # mixture: an SMS-to-mail gateway (noreply) carrying a young man's text message asking to join → application reached at the SMS number (no address); results awaited → studies_finished open → to_verify
    N("machine_wrapped", "studies_finished", "j'attends les notes du jury", M(
        "SMS vers e-mail <noreply@sms2mail.example.net>", "Nouveau SMS de +33 6 58 12 07 94", "19 20:55",
        """Nouveau SMS reçu sur la ligne Pro'pulse

De : +33 6 58 12 07 94
Reçu le : 19/11/2026 20:54
Message : Bjr c Enzo Rolland, g soutenu mon master ESS mais j'attends les notes du jury, je veux candidater a propulse pour bosser en asso. Rappelez moi svp

Ce message a été transféré automatiquement. Ne répondez pas à cet e-mail.""",
        app("Enzo", "Rolland", phone="+33658120794", bac="*", grad=None, unknown=("studies_finished",), email=None, status="b_machine_sms_master_notes_jury"),
    )),
    # Feature: machine_wrapped — career_change — mon seul emploi, c'était animatrice périscolaire pendant la licence
    # mixture: a calendar answer «Refusé :» to an information session she registered for, with a note that applies → application; a student's side job only, licence of June 2025 → eligible
    N("machine_wrapped", "career_change", "mon seul emploi, c'était animatrice périscolaire pendant la licence", M(
        "Capucine Royer <capucine.royer@example.org>", "Refusé : Réunion d'information Pro'pulse — 1er décembre", "21 13:12",
        """Capucine Royer a refusé cette invitation.

Réunion d'information Pro'pulse
mardi 1 décembre 2026, 18:00–19:30

Commentaire : Je ne peux pas venir le 1er mais je veux candidater quand même. Licence Sciences de l'éducation en juin 2025 ; mon seul emploi, c'était animatrice périscolaire pendant la licence. Je cherche dans l'éducation populaire. 06 31 84 62 07""",
        app("Capucine", "Royer", phone="+33631846207", bac=3, grad="2025-06", status="b_machine_refuse_note_periscolaire"),
    )),
    # Feature: machine_wrapped — aim — conseiller clientèle dans une grande banque
    # mixture: a dictated mail «Envoyé depuis Outlook pour Android — dictée vocale» with its recognition slips → application; search in a big bank → fails job_seeking_ess → not eligible
    N("machine_wrapped", "aim", "conseiller clientèle dans une grande banque", M(
        "Tristan Morvan <tristan.morvan@example.fr>", "candidature", "22 08:36",
        """Bonjour virgule je m'appelle Tristan Morvan, j'ai un BTS Négociation et digitalisation de la relation client obtenu en juin 2026 point. Je voudrais devenir conseiller clientèle dans une grande banque comme mon père, et votre programme m'aiderait pour les entretiens point. Mon numéro 06 22 75 40 18.

Envoyé depuis Outlook pour Android — dictée vocale, merci de pardonner les erreurs""",
        app("Tristan", "Morvan", phone="+33622754018", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="b_machine_dictee_grande_banque"),
    )),
    # Feature: machine_wrapped — kind — a été lu le 24/11/2026
    # mixture: a bare read receipt of our mail, no note → other
    N("machine_wrapped", "kind", "a été lu le 24/11/2026", M(
        "Quentin Pasquier <quentin.pasquier@example.net>", "Lu : Votre rendez-vous Pro'pulse", "24 11:02",
        """Votre message

  À : quentin.pasquier@example.net
  Objet : Votre rendez-vous Pro'pulse
  Envoyé : 23/11/2026 16:40

a été lu le 24/11/2026 11:01.""",
        other(),
    )),
    # Feature: machine_wrapped — kind — Accepté : Atelier CV
    # mixture: a participant's calendar answer to our invitation, in our thread → reply
    N("machine_wrapped", "kind", "Accepté : Atelier CV", M(
        "Sacha Roux <sacha.roux@example.org>", "Accepté : Atelier CV — jeudi 3 décembre", "25 09:14",
        """Sacha Roux a accepté cette invitation.

Atelier CV — jeudi 3 décembre 2026, 14:00–16:00
Maison des associations""",
        reply(),
        headers={"In-Reply-To": "<atelier-cv-1203.sacha@animafac.net>", "References": "<atelier-cv-1203.sacha@animafac.net>"},
    )),
    # Feature: english_mixtures — situation — I finished my internship at Réseau Action Climat on 13 November
    # mixture: an «Out of office» notice at the top, then the writer's own paragraph applying → application in English; internship over, master of July 2026 → eligible
    N("english_mixtures", "situation", "I finished my internship at Réseau Action Climat on 13 November", M(
        "Olivia Thornton <olivia.thornton@example.com>", "Application — yes, I know about my out of office", "16 19:40",
        """Out of office: I am away until 30 November with limited access to email.

That's my automatic text, but this message I'm writing myself. I finished my internship at Réseau Action Climat on 13 November, and I hold a master's in Environmental Policy from Sciences Po Paris (July 2026). I'd like to join Pro'pulse to find a job in a climate NGO or an energy cooperative.

Olivia Thornton
+33 7 45 20 91 68""",
        app("Olivia", "Thornton", phone="+33745209168", bac=5, grad="2026-07", language="en", status="b_en_ooo_internship_over"),
    )),
    # Feature: english_mixtures — graduation — my licence in English Studies (Université Paris 8, 2023)
    # mixture: «Fwd:» of the writer's own application to an NGO, a note on top → application in English; licence of 2023 → fails graduation_recent → not eligible
    N("english_mixtures", "graduation", "my licence in English Studies (Université Paris 8, 2023)", M(
        "Emeka Okafor <emeka.okafor@example.net>", "Fwd: Application — Volunteer coordinator", "10 15:27",
        """Hi, forwarding the application I sent to an NGO last week, it covers everything. I'd like to join your programme.
Emeka

---------- Forwarded message ---------
From: Emeka Okafor <emeka.okafor@example.net>
Date: Mon, 2 Nov 2026
Subject: Application — Volunteer coordinator

Dear hiring team, with my licence in English Studies (Université Paris 8, 2023) and two years of tutoring with an association, I would like to apply for the volunteer coordinator role. Phone: 07 56 31 09 42.""",
        app("Emeka", "Okafor", phone="+33756310942", bac=3, grad="2023", failing=("graduation_recent",), language="en", status="b_en_fwd_ngo_licence_2023"),
    )),
    # Feature: english_mixtures — aim — open to any sector
    # ambiguous: the candidate is «open to any sector» (NGOs, consulting, tech): the ESS is one option among all, job_seeking_ess stays open
    # mixture: «New application via GoodWork» (noreply, Reply-To the candidate) carrying his message → application in English; ESS or not → job_seeking_ess open → to_verify
    N("english_mixtures", "aim", "open to any sector", M(
        "GoodWork <no-reply@goodwork-jobs.example.com>", "New application via GoodWork — Pro'pulse coaching", "12 07:45",
        """New application via GoodWork

Listing: Pro'pulse coaching for young graduates
Candidate: Yusuf Tekin

Candidate's message:
"Hi, I completed a master's in Data Science at Université Grenoble Alpes in September 2026. I'm open to any sector — NGOs, consulting, tech start-ups — wherever I can be useful. Phone 06 84 12 57 30."

Reply to the candidate using the button below. Do not reply to this email.""",
        app("Yusuf", "Tekin", phone="+33684125730", bac=5, grad="2026-09", unknown=("job_seeking_ess",), email="yusuf.tekin@example.org", language="en", status="b_en_relay_goodwork_any_sector"),
        headers={"Reply-To": "Yusuf Tekin <yusuf.tekin@example.org>"},
    )),
    # Feature: english_mixtures — studies_finished — I'm in the final year of my BTS
    # mixture: «Unsubscribe» from the events list together with an application → application in English; BTS running until May 2027 → fails studies_finished → not eligible
    N("english_mixtures", "studies_finished", "I'm in the final year of my BTS", M(
        "Mei Watanabe <mei.watanabe@example.org>", "Unsubscribe (events) + application", "15 21:03",
        """Hello,

Please unsubscribe me from the events list, the evenings don't work for me. But I'd like to apply to the programme itself: I'm in the final year of my BTS in Tourism in Nice, exams in May 2027, and I want to work in social tourism (youth hostels, holiday associations).

Mei Watanabe
07 09 63 28 14""",
        app("Mei", "Watanabe", phone="+33709632814", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_unsub_bts_final_year"),
    )),
    # Feature: english_mixtures — level — a two-year BTS in Social and Family Economics
    # mixture: a networking site's «You have a new message» notification (noreply) carrying a graduate's message with her address → application in English; BTS (bac+2) of June 2025 → eligible
    N("english_mixtures", "level", "a two-year BTS in Social and Family Economics", M(
        "Linkup <messages-noreply@linkup.example.com>", "You have a new message from Ngozi Adeyemi", "18 10:26",
        """You have a new message

Ngozi Adeyemi — BTS ESF graduate, Créteil
"Hello, I found Pro'pulse through a post here. I hold a two-year BTS in Social and Family Economics (June 2025) and I'm looking for a job in an association for access to housing. You can write to me at ngozi.adeyemi@example.com or call 06 27 94 13 58."

View message · Reply on Linkup
You are receiving message notifications. Unsubscribe.""",
        app("Ngozi", "Adeyemi", phone="+33627941358", bac=2, grad="2025-06", email="ngozi.adeyemi@example.com", language="en", status="b_en_linkup_bts_esf"),
    )),
    # Feature: english_mixtures — career_change — I worked in hospitality in Dublin for some years
    # ambiguous: «some years» in hospitality before the master, full time or not unsaid: not_career_change stays open
    # mixture: «Fwd:» by a university careers adviser of an international graduate's mail → application in English (referral: the adviser in forwarded_by); a job of unsaid length before the master → not_career_change open → to_verify
    N("english_mixtures", "career_change", "I worked in hospitality in Dublin for some years", M(
        "Rachel Stewart <r.stewart@international.univ-exemple.example.fr>", "Fwd: Looking for ESS jobs", "20 14:50",
        """Hello,

Forwarding a message from one of our international graduates, who would fit your programme well. She agrees to be contacted.

Rachel Stewart, International Office

---------- Forwarded message ---------
From: Siobhán Murphy <siobhan.murphy@example.com>
Subject: Looking for ESS jobs

Hi Rachel, I finished my master's in Social Economy at the Université de Lille in June 2026. I worked in hospitality in Dublin for some years before moving to France, and now I'd like a job in a social enterprise or a cooperative. Mobile: +33 6 12 03 48 79.""",
        app("Siobhán", "Murphy", phone="+33612034879", bac=5, grad="2026-06", unknown=("not_career_change",), email="siobhan.murphy@example.com", forwarded_by="r.stewart@international.univ-exemple.example.fr", language="en", status="b_en_fwd_adviser_hospitality_dublin"),
    )),
    # Feature: english_mixtures — kind — I'm travelling until 2 December
    # mixture: a true out-of-office in English (Auto-Submitted) answering our mail → auto_reply
    N("english_mixtures", "kind", "I'm travelling until 2 December", M(
        "Tasha Whitfield <tasha.whitfield@example.com>", "Automatic reply: Your Pro'pulse information session", "23 16:00",
        """Hi, I'm travelling until 2 December with no access to email. I'll get back to you when I return.
Tasha""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_mixtures — kind — GoodWork weekly: 5 new candidates
    # mixture: an English platform's weekly digest listing candidates, nobody applying → newsletter
    N("english_mixtures", "kind", "GoodWork weekly: 5 new candidates", M(
        "GoodWork <no-reply@goodwork-jobs.example.com>", "GoodWork weekly: 5 new candidates for your listing", "24 07:00",
        """GoodWork weekly: 5 new candidates for your listing "Pro'pulse coaching for young graduates"

- Master's in Urban Planning, 2026 — Lyon
- BA in Psychology, 2025 — Paris
- BTS Social Work, 2026 — Lille
- MSc Sustainability, 2025 — Bordeaux
- Licence in History, 2026 — Toulouse

See all candidates on GoodWork.
You're receiving this weekly digest. Unsubscribe or change frequency.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://goodwork-jobs.example.com/digest/unsubscribe>", "Precedence": "bulk"},
    )),
]
