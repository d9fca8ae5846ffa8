"""Mixtures corpus, batch 04 (writer A): partners' and employers' mails about something else (an invoice, an
event) that also present a graduate, graduates writing from their employer's or school's address with its
signature and disclaimer, and an offer, a convention and a partner's letter with nobody to join; human words
inside a machine's envelope (an operator's voicemail transcription, a scan-to-mail, a calendar acceptance, a
mobile client's quoted history, a read receipt), and a bare receipt; the same mixtures in English (a forward,
a platform's relay, an out-of-office with a paragraph, a form, an unsubscribe with an application, a true
out-of-office and a question through the form)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from mixtures import N

DISCLAIMER = """Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire. Toute utilisation non autorisée est interdite."""

MESSAGES = [
    # Feature: partner_or_employer_mixed — situation — son stage chez nous s'est terminé le 31 août
    # mixture: a SCIC's invoice mail (facture de location de salle) that also presents its former intern → application (referral: the SCIC's manager in forwarded_by, the graduate's address); internship over on 31 August, master of September 2026, ESS aim → eligible
    N("partner_or_employer_mixed", "situation", "son stage chez nous s'est terminé le 31 août", M(
        "Patrice Hennequin <p.hennequin@scic-leslocaux.example.coop>", "Facture n° 2026-114 — location salle atelier du 5 novembre", "02 16:40",
        """Bonjour,

Veuillez trouver ci-dessous le détail de la facture n° 2026-114 pour la location de la salle du 5 novembre (atelier Pro'pulse) : 4 heures × 35 € HT, soit 168 € TTC, à régler par virement sous 30 jours.

Par ailleurs, je me permets de vous présenter Louise Gomis : son stage chez nous s'est terminé le 31 août, elle a soutenu son master Développement territorial et ESS en septembre 2026 et elle cherche un poste de chargée de mission dans une coopérative. Elle serait ravie d'être accompagnée ; vous pouvez la joindre à louise.gomis@example.fr ou au 06 49 72 15 30.

Bien cordialement,
Patrice Hennequin
Gérant — SCIC Les Locaux Partagés
SIRET 812 345 678 00021""",
        app("Louise", "Gomis", phone="+33649721530", bac=5, grad="2026-09", email="louise.gomis@example.fr", forwarded_by="p.hennequin@scic-leslocaux.example.coop", status="facture_scic_presente_stagiaire"),
    )),
    # Feature: partner_or_employer_mixed — career_change — assistante logistique chez Geodis depuis 2018
    # mixture: a mail from her employer's address (signature, logo, confidentiality disclaimer) in which she applies for herself → application; a logistics assistant since 2018 with a licence pro in evening classes → fails not_career_change → not eligible
    N("partner_or_employer_mixed", "career_change", "assistante logistique chez Geodis depuis 2018", M(
        "Fanny Caron <fanny.caron@geodis-exemple.example.com>", "Candidature personnelle", "04 12:58",
        f"""Bonjour,

J'écris depuis mon adresse professionnelle, pardon. Je suis assistante logistique chez Geodis depuis 2018, et j'ai obtenu en juin 2026, en cours du soir au Cnam, une licence professionnelle Management des organisations de l'ESS. Je voudrais quitter le transport pour une association ou une coopérative et je me demande si Pro'pulse peut m'y aider.

Mon numéro personnel : 06 88 24 51 70.

Fanny Caron
Assistante logistique — Agence de Gennevilliers
[logo GEODIS]

{DISCLAIMER}""",
        app("Fanny", "Caron", phone="+33688245170", bac=3, grad="2026-06", failing=("not_career_change",), status="adresse_pro_geodis_depuis_2018"),
    )),
    # Feature: partner_or_employer_mixed — situation — ma mission se termine début décembre
    # ambiguous: a civic service ending «début décembre» with no day — not_service_civique stays open
    # mixture: a mail from the association where she serves (its signature «Volontaire en service civique — AFEV», its footer) in which she applies for herself → application; licence of June 2026, a civic service ending «début décembre» → to verify
    N("partner_or_employer_mixed", "situation", "ma mission se termine début décembre", M(
        "Djeneba Konaté <djeneba.konate@afev-exemple.example.org>", "Pro'pulse — demande d'accompagnement", "06 10:07",
        """Bonjour,

Je vous écris depuis ma boîte de l'AFEV, où je suis volontaire. Ma mission se termine début décembre et j'aimerais être accompagnée pour trouver un premier poste de coordinatrice de projets éducatifs, dans une association. J'ai une licence de sciences de l'éducation (Paris 8, juin 2026).

Djeneba Konaté
Volontaire en service civique — AFEV Saint-Denis
06 31 57 29 84
www.afev-exemple.example.org — Suivez-nous sur les réseaux !""",
        app("Djeneba", "Konaté", phone="+33631572984", bac=3, grad="2026-06", unknown=("not_service_civique",), status="adresse_afev_sc_debut_decembre"),
    )),
    # Feature: partner_or_employer_mixed — level — diplôme d'État de moniteur-éducateur
    # mixture: a mail from the associative EHPAD where he works (signature, disclaimer), applying for himself → application; a DE of moniteur-éducateur (level 4) is his highest diploma → fails degree_level → not eligible
    N("partner_or_employer_mixed", "level", "diplôme d'État de moniteur-éducateur", M(
        "Kévin Dumas <k.dumas@ehpad-lesgrandspins.example.fr>", "candidature Pro'pulse", "08 13:44",
        f"""Bonjour,
J'ai obtenu en juin 2025 le diplôme d'État de moniteur-éducateur (c'est mon plus haut diplôme, après un bac pro) et je travaille en CDD à l'EHPAD associatif Les Grands Pins. Je voudrais un poste stable dans une association du handicap. Est-ce que je peux entrer dans votre programme ?
Kévin Dumas — 06 24 91 63 07

--
EHPAD Les Grands Pins — Association Vivre Ensemble
{DISCLAIMER}""",
        app("Kévin", "Dumas", phone="+33624916307", bac=0, grad="2025-06", failing=("degree_level",), status="ehpad_de_moniteur_educateur"),
    )),
    # Feature: partner_or_employer_mixed — aim — il voudrait travailler dans une fondation
    # mixture: a foundation's mail about a co-organised event that also presents a young graduate → application (referral: the foundation's officer in forwarded_by, the graduate's address); licence pro of 2025, an aim at foundations and associations → eligible
    N("partner_or_employer_mixed", "aim", "il voudrait travailler dans une fondation", M(
        "Claire Aubry <claire.aubry@fondation-horizons.example.org>", "Table ronde du 8 décembre + une présentation", "10 09:21",
        """Bonjour à l'équipe Pro'pulse,

Pour la table ronde du 8 décembre, nous confirmons la salle (40 places) et le buffet ; pourriez-vous nous envoyer le nom de vos deux intervenant·es d'ici vendredi ?

Autre chose : un jeune rencontré lors de notre dernier jury, Ilyes Ghali, m'a demandé comment trouver du travail dans notre secteur. Il a une licence pro Métiers de la communication (Lyon, juin 2025) et il voudrait travailler dans une fondation ou une association, côté communication. Je lui ai parlé de vous ; il est d'accord pour être contacté : ilyes.ghali@example.com, 07 12 48 36 90.

Merci !
Claire Aubry
Chargée de partenariats — Fondation Horizons""",
        app("Ilyes", "Ghali", phone="+33712483690", bac=3, grad="2025-06", email="ilyes.ghali@example.com", forwarded_by="claire.aubry@fondation-horizons.example.org", status="fondation_table_ronde_presente_jeune"),
    )),
    # Feature: partner_or_employer_mixed — studies_finished — mémoire soutenu, diplôme délivré
    # mixture: a mail from her business school's alumni address (logo, «Alumni» signature, disclaimer) in which she applies for herself → application; a «Grande École» master (grade de master) of September 2026, defence done and diploma issued, an aim at social entrepreneurship → eligible
    N("partner_or_employer_mixed", "studies_finished", "mémoire soutenu, diplôme délivré", M(
        "Agathe Lebrun <agathe.lebrun@alumni.ecole-commerce.example.fr>", "Candidature — Agathe Lebrun (Alumni 2026)", "11 17:15",
        f"""Madame, Monsieur,

Diplômée du Programme Grande École (grade de master) en septembre 2026 — mémoire soutenu, diplôme délivré —, je souhaite rejoindre Pro'pulse. Je veux travailler dans l'entrepreneuriat social : une entreprise adaptée, une SCOP, un incubateur de l'ESS.

Agathe Lebrun
06 57 13 40 86

[Logo] École Supérieure de Commerce — Réseau Alumni
« Ensemble, entreprendre autrement »
{DISCLAIMER}""",
        app("Agathe", "Lebrun", phone="+33657134086", bac=5, grad="2026-09", status="alumni_grade_master_soutenu"),
        html="only",
        body_html=f"""<html><body>
<p>Madame, Monsieur,</p>
<p>Diplômée du Programme Grande École (grade de master) en septembre 2026 — mémoire soutenu, diplôme délivré —, je souhaite rejoindre Pro'pulse. Je veux travailler dans l'entrepreneuriat social : une entreprise adaptée, une SCOP, un incubateur de l'ESS.</p>
<p>Agathe Lebrun<br>06 57 13 40 86</p>
<table><tr><td><img src="cid:logo-esc" alt="[Logo]"></td><td>École Supérieure de Commerce — Réseau Alumni<br><i>« Ensemble, entreprendre autrement »</i></td></tr></table>
<p style="font-size:8pt;color:#999">{DISCLAIMER}</p>
</body></html>""",
    )),
    # Feature: partner_or_employer_mixed — kind — nous recrutons deux jeunes diplômé·es
    # mixture: an employer's offer (an insurance broker) mentioning young graduates, nobody presented to join → other
    N("partner_or_employer_mixed", "kind", "nous recrutons deux jeunes diplômé·es", M(
        "RH Assurcourtage <recrutement@assurcourtage.example.fr>", "Offre : chargé·e de clientèle junior (CDI)", "12 08:30",
        f"""Bonjour,

Assurcourtage, cabinet de courtage à Nantes, nous recrutons deux jeunes diplômé·es (bac+2 à bac+5, diplôme obtenu en 2025 ou 2026) en CDI de chargé·e de clientèle. Pourriez-vous relayer l'offre auprès de vos bénéficiaires ?

Service RH — Assurcourtage
{DISCLAIMER}""",
        other(),
    )),
    # Feature: partner_or_employer_mixed — kind — convention de partenariat 2027
    # mixture: a partner's mail sending the convention to sign, naming graduates only as numbers → other
    N("partner_or_employer_mixed", "kind", "convention de partenariat 2027", M(
        "Jean-Marc Fleury <jm.fleury@cress-exemple.example.org>", "Convention de partenariat 2027 — à signer", "13 11:02",
        """Bonjour,

Vous trouverez ci-dessous le lien vers la convention de partenariat 2027 entre la CRESS et Animafac pour le programme Pro'pulse : 30 jeunes diplômé·es accompagné·es, 4 ateliers communs, un forum. Merci de nous la retourner signée avant le 15 décembre.

Jean-Marc Fleury
Chargé de mission emploi — CRESS""",
        other(),
    )),
    # Feature: partner_or_employer_mixed — kind — portraits de trois jeunes diplômées
    # mixture: a partner network's bulk letter (List-Unsubscribe, Precedence bulk) with portraits of graduates, nobody asking to join → newsletter
    N("partner_or_employer_mixed", "kind", "portraits de trois jeunes diplômées", M(
        "Le fil des CAE <lettre@reseau-cae.example.coop>", "Le fil des CAE — décembre 2026", "14 07:00",
        """Le fil des CAE — décembre 2026

Dans ce numéro : portraits de trois jeunes diplômées devenues entrepreneures-salariées (l'une avec un BTS de 2025, les deux autres avec un master) ; le calendrier des réunions d'information ; le bilan de la semaine de l'ESS.

Vous recevez cette lettre en tant que partenaire du réseau. Se désinscrire : https://reseau-cae.example.coop/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://reseau-cae.example.coop/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: machine_wrapped — graduation — j'ai eu mon BTS SP3S en juillet
    # mixture: an operator's voicemail transcription (noreply sender) carrying a caller's words asking to join → application reached at the number she gives (no address of hers); a BTS of July 2026, an ESS aim → eligible
    N("machine_wrapped", "graduation", "j'ai eu mon BTS SP3S en juillet", M(
        "Messagerie vocale <messagerie-vocale@operateur.example.fr>", "Transcription de votre message vocal du 15/11 à 11:42", "15 11:43",
        """Nouveau message vocal de : 06 66 30 17 52
Durée : 0 min 48 s

Transcription (automatique, peut contenir des erreurs) :
« Oui bonjour c'est Amandine Gilles, je vous appelle pour le programme pro pulse, j'ai eu mon BTS SP3S en juillet, cette année donc, et je cherche un poste de conseillère dans une association d'aide aux personnes âgées ou une mutuelle, voilà, est-ce que je peux m'inscrire, vous pouvez me rappeler au zéro six soixante-six trente dix-sept cinquante-deux, merci, bonne journée. »

Pour écouter le message, connectez-vous à votre espace client.""",
        app("Amandine", "Gilles", phone="+33666301752", bac=2, grad="2026-07", email=None, status="messagerie_vocale_bts_sp3s_juillet"),
    )),
    # Feature: machine_wrapped — studies_finished — en cours, fin en juin 2027
    # mixture: a scan-to-mail «Document numérisé» from a media library's copier, a one-line note and her scanned CV → application reached at the address in her note; a licence pro running until June 2027 → fails studies_finished → not eligible
    N("machine_wrapped", "studies_finished", "en cours, fin en juin 2027", M(
        "Scanner Médiathèque <scan@mediatheque-exemple.example.fr>", "Document numérisé", "16 15:26",
        """Document numérisé : SCAN_20261116_152611.pdf
Pages : 1

Note de l'utilisateur : CV de Célia Laffont pour Pro'pulse, répondre à celia.laffont@example.fr — merci !

Ce message a été envoyé par un multifonction RICOH. Ne pas répondre.""",
        app("Célia", "Laffont", phone="+33771904625", bac=2, grad="2025-07", email="celia.laffont@example.fr", failing=("studies_finished",), info_in="cv", status="scan_to_mail_cv_licence_pro_en_cours"),
        cv=CV("pdf", "SCAN_20261116_152611.pdf", """CÉLIA LAFFONT
celia.laffont@example.fr — 07 71 90 46 25 — Vierzon
FORMATION
Licence pro Coordination de projets de l'ESS — en cours, fin en juin 2027 (alternance)
BTS Communication — juillet 2025
OBJECTIF
Chargée de communication dans une association ou une coopérative"""),
    )),
    # Feature: machine_wrapped — career_change — des saisons d'été au camping pendant mes études
    # mixture: a calendar answer «Accepté : Réunion d'information» with a note typed in the invitation's reply box → application; summer jobs during studies are no career, licence pro of June 2026, ESS aim → eligible
    N("machine_wrapped", "career_change", "des saisons d'été au camping pendant mes études", M(
        "Baptiste Durand <baptiste.durand@example.fr>", "Accepté : Réunion d'information Pro'pulse — 2 décembre 18 h", "17 08:12",
        """Baptiste Durand a accepté cette invitation.

Réunion d'information Pro'pulse
Quand : mercredi 2 décembre 2026 18:00 – 19:30 (heure de Paris)
Où : visio (lien dans l'invitation)

Note de Baptiste Durand : Je viens ! Pour vous situer : licence pro Animation et gestion de projets (Pau, juin 2026). J'ai fait des saisons d'été au camping pendant mes études, sinon pas d'autre expérience. Je voudrais travailler dans une association d'éducation à l'environnement, et m'inscrire au programme si possible.

Invitation de Google Agenda""",
        app("Baptiste", "Durand", phone=None, bac=3, grad="2026-06", status="agenda_accepte_saisons_camping"),
    )),
    # Feature: machine_wrapped — aim — la RSE dans un grand groupe ou une asso
    # ambiguous: «la RSE dans un grand groupe ou une asso», both put side by side — job_seeking_ess stays open
    # mixture: «Envoyé de mon iPhone» on a two-line note, with the quoted history of a chat-like exchange with a friend holding her facts → application; master of June 2026, an aim split between corporate CSR and associations → to verify
    N("machine_wrapped", "aim", "la RSE dans un grand groupe ou une asso", M(
        "Jade Labbé <jade.labbe@example.fr>", "Pro'pulse", "18 23:05",
        """Bonjour, je vous transmets ce que j'ai écrit à Lou, ça résume tout. Je candidate.

Envoyé de mon iPhone

> Le 18 nov. 2026 à 22:47, Jade Labbé a écrit :
>
> Lou ! tu te souviens du programme dont tu m'as parlé ? je crois que je vais tenter. master Développement durable fini en juin 2026 à Montpellier, et franchement je vois bien la RSE dans un grand groupe ou une asso, les deux me vont
>> Le 18 nov. 2026 à 21:30, Lou a écrit :
>> Pro'pulse, d'Animafac ! propulse@animafac.net
>
> mon num si elle veut : 06 80 27 51 94""",
        app("Jade", "Labbé", phone="+33680275194", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="iphone_historique_rse_ou_asso"),
    )),
    # Feature: machine_wrapped — graduation — ma licence de 2022
    # mixture: a read receipt on our message «vos conditions», with a note he added in the receipt's comment → application; a licence of 2022 → fails graduation_recent → not eligible
    N("machine_wrapped", "graduation", "ma licence de 2022", M(
        "Farid Bouaziz <farid.bouaziz@example.net>", "Lu : Pro'pulse : nos conditions d'accès", "19 10:30",
        """Votre message

  À : Farid Bouaziz
  Objet : Pro'pulse : nos conditions d'accès
  Envoyé : 18/11/2026 17:02

a été lu le 19/11/2026 10:29.

Commentaire : merci, c'est lu. Je tente quand même ma chance : ma licence de 2022 (histoire de l'art, Dijon) et deux ans de petits contrats depuis. Je voudrais un poste de médiateur dans un tiers-lieu associatif. 07 41 85 20 63.""",
        app("Farid", "Bouaziz", phone="+33741852063", bac=3, grad="2022", failing=("graduation_recent",), status="accuse_lecture_commentaire_licence_2022"),
    )),
    # Feature: machine_wrapped — situation — en stage à la Mutualité jusqu'au mois de mars
    # mixture: a voicemail transcription (operator noreply) with its errors, a caller applying → application reached at the number; an internship running until March 2027 → fails not_internship → not eligible
    N("machine_wrapped", "situation", "en stage à la Mutualité jusqu'au mois de mars", M(
        "Messagerie vocale <messagerie-vocale@operateur.example.fr>", "Transcription de votre message vocal du 20/11 à 17:05", "20 17:06",
        """Nouveau message vocal de : 07 22 58 14 96
Durée : 1 min 02 s

Transcription (automatique, peut contenir des erreurs) :
« Allô, bonjour, Killian Fournier à l'appareil, je vous laisse un message pour le programme, j'ai mon bus, euh mon BUT GEA depuis juin, là je suis en stage à la Mutualité jusqu'au mois de mars et après je voudrais rester dans le mutualiste ou l'associatif, rappelez-moi au zéro sept vingt-deux cinquante-huit quatorze quatre-vingt-seize, merci. »""",
        app("Killian", "Fournier", phone="+33722581496", bac=3, grad="2026-06", email=None, failing=("not_internship",), status="messagerie_vocale_stage_mutualite_mars"),
    )),
    # Feature: machine_wrapped — kind — a été lu le 21/11/2026
    # mixture: a bare read receipt on our acknowledgement, no note → other
    N("machine_wrapped", "kind", "a été lu le 21/11/2026", M(
        "Coralie Dufresne <coralie.dufresne@example.fr>", "Lu : Votre candidature à Pro'pulse", "21 09:00",
        """Votre message

  À : Coralie Dufresne
  Objet : Votre candidature à Pro'pulse
  Envoyé : 20/11/2026 16:45

a été lu le 21/11/2026 08:59.""",
        other(),
    )),
    # Feature: machine_wrapped — kind — Envoyé de mon iPhone
    # mixture: In-Reply-To our invitation, the participant we wrote to answering from her phone, quoted history under it → reply
    N("machine_wrapped", "kind", "Envoyé de mon iPhone", M(
        "Ophélie Gauthier <ophelie.gauthier@example.fr>", "Re: Séance 3 — préparation entretien", "22 07:48",
        """Oui parfait pour jeudi 10 h, à tout à l'heure en visio !

Envoyé de mon iPhone

> Le 21 nov. 2026 à 18:10, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Ophélie, je vous propose la séance 3 jeudi à 10 h. Camille""",
        reply(),
        headers={"In-Reply-To": "<seance3-20261121-gauthier@animafac.net>", "References": "<seance3-20261121-gauthier@animafac.net>"},
    )),
    # Feature: english_mixtures — level — Licence (Bachelor's) in Economics, Université de Lille
    # mixture: an English «Fwd:» of his own earlier mail sent from an old address, a note on top → application (English, his own); a licence (bac+3) of June 2026, an ESS aim → eligible
    N("english_mixtures", "level", "Licence (Bachelor's) in Economics, Université de Lille", M(
        "Arjun Iyer <arjun.iyer@example.com>", "Fwd: Application to Pro'pulse", "03 19:30",
        """Hi, forwarding my application from my old university address, which I can't access anymore. Please use this one.
Arjun

---------- Forwarded message ---------
From: Arjun Iyer <a.iyer@etu.univ-lille.example.fr>
Date: Tue, 27 Oct 2026
Subject: Application to Pro'pulse
To: propulse@animafac.net

Dear Pro'pulse team,
I hold a Licence (Bachelor's) in Economics, Université de Lille, June 2026. I'm looking for a first job in a social enterprise or a cooperative bank in the Lille area; my French is B2.
Arjun Iyer
+33 7 58 40 91 26""",
        app("Arjun", "Iyer", phone="+33758409126", bac=3, grad="2026-06", language="en", status="en_fwd_old_address_licence_lille"),
    )),
    # Feature: english_mixtures — situation — my service civique with the Red Cross ends in late November
    # ambiguous: a civic service ending «in late November» with no day — not_service_civique stays open
    # mixture: «New application via GreenJobs Europe» (noreply, Reply-To) carrying her own message in English → application (English) reached at the Reply-To; a civic service ending in late November → to verify
    N("english_mixtures", "situation", "my service civique with the Red Cross ends in late November", M(
        "GreenJobs Europe <no-reply@greenjobs-europe.example.eu>", "New application via GreenJobs Europe: Pro'pulse coaching", "09 14:14",
        """New application via GreenJobs Europe

Listing: Pro'pulse coaching for young graduates
Applicant: Carmen Hidalgo
Candidate's message:
"Hello! I graduated in July 2025 with a master's in Humanitarian Action from Aix-Marseille. My service civique with the Red Cross ends in late November and I'd like to find a job in an NGO or a social cooperative. Phone: +33 6 23 71 84 50."

Do not reply to this email. Use the Reply-To address to contact the applicant.""",
        app("Carmen", "Hidalgo", phone="+33623718450", bac=5, grad="2025-07", email="carmen.hidalgo@example.es", unknown=("not_service_civique",), language="en", status="en_greenjobs_sc_late_november"),
        headers={"Reply-To": "Carmen Hidalgo <carmen.hidalgo@example.es>"},
    )),
    # Feature: english_mixtures — studies_finished — my thesis is due on 20 January
    # mixture: «Out of office» on top, then a human paragraph in English that applies → application (English); a master's thesis due on 20 January 2027 → fails studies_finished → not eligible
    N("english_mixtures", "studies_finished", "my thesis is due on 20 January", M(
        "Liam O'Connell <liam.oconnell@example.ie>", "Out of office / application", "12 21:02",
        """Out of office until 1 December — I'm writing up my thesis.

But this part isn't automatic: I'd like to apply to Pro'pulse. I'm finishing a master's in Social and Solidarity Economy at Sciences Po Lille; my thesis is due on 20 January. After that I want to work for a housing cooperative.
Liam O'Connell, +353 87 412 3098""",
        app("Liam", "O'Connell", phone="+353874123098", bac="*", grad=None, failing=("studies_finished",), language="en", status="en_ooo_thesis_20_january"),
    )),
    # Feature: english_mixtures — graduation — graduated in October 2025
    # mixture: our English form's notification (noreply) with «Name:», «Email:», «Message:» → application (English) reached at the «Email» field; a master of October 2025, an ESS aim → eligible
    N("english_mixtures", "graduation", "graduated in October 2025", M(
        "Site Pro'pulse <wordpress@animafac.net>", "[Pro'pulse] New form submission — Contact (EN)", "14 09:51",
        """New form submission — Contact (EN)

Name: Amara Chukwu
Email: amara.chukwu@example.com
Phone: 07 45 60 38 12
Degree: Master's in Social Economy, Université Gustave-Eiffel
Message: I graduated in October 2025 and I've been volunteering with a food bank since. I'd like a paid job in a food-aid association or a cooperative, and some coaching to get there.

--
This email was sent from the contact form of propulse.animafac.net""",
        app("Amara", "Chukwu", phone="+33745603812", bac=5, grad="2025-10", email="amara.chukwu@example.com", language="en", status="en_form_master_october_2025"),
    )),
    # Feature: english_mixtures — level — HND in Business from Edinburgh College
    # ambiguous: a Scottish HND with no French equivalence stated — degree_level stays open
    # mixture: «Unsubscribe» from the newsletter on top, then an application of his own in English → application (English); an HND of June 2025 of open level → to verify
    N("english_mixtures", "level", "HND in Business from Edinburgh College", M(
        "Callum Grant <callum.grant@example.co.uk>", "Unsubscribe + a question of my own", "17 12:22",
        """Hi,

Please unsubscribe me from the newsletter (I get it twice).

But I'd like to apply for the coaching itself: I have an HND in Business from Edinburgh College (June 2025), I moved to Bordeaux this year, and I'm looking for an admin job in an association or a cooperative.

Callum Grant
07 69 31 58 20""",
        app("Callum", "Grant", phone="+33769315820", bac="*", grad="2025-06", unknown=("degree_level",), language="en", status="en_unsubscribe_hnd_edinburgh"),
    )),
    # Feature: english_mixtures — career_change — a barista job in Dublin during my studies
    # mixture: «Fwd:» of his own mail to a Mission locale adviser with a note in English on top → application (English, his own); a student barista job is no career, licence pro of July 2026, ESS aim → eligible
    N("english_mixtures", "career_change", "a barista job in Dublin during my studies", M(
        "Conor Byrne <conor.byrne@example.ie>", "Fwd: my situation", "19 16:40",
        """Hello, I sent this to my adviser at the Mission locale and she told me to forward it to you. I'd like to apply.

---------- Forwarded message ---------
From: Conor Byrne
To: Mission locale de Rennes
Subject: my situation

I finished a licence pro in Environmental Protection at Rennes in July 2026. My only work so far was a barista job in Dublin during my studies, 12 hours a week. I'd like to work for an environmental association or a recycling cooperative.
Conor Byrne — 06 72 18 93 40""",
        app("Conor", "Byrne", phone="+33672189340", bac=3, grad="2026-07", language="en", status="en_fwd_adviser_barista_student"),
    )),
    # Feature: english_mixtures — kind — I am currently out of the office
    # mixture: a true English auto-reply (Auto-Submitted) to our letter, no human words → auto_reply
    N("english_mixtures", "kind", "I am currently out of the office", M(
        "Hannah Keane <hannah.keane@example.org>", "Automatic reply: Pro'pulse newsletter – November", "20 06:02",
        """I am currently out of the office with no access to email until 4 December. For urgent matters, please contact my colleague at info@example.org.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_mixtures — kind — Do the workshops run in English
    # mixture: our English form's notification with a name but no diploma nor date, only asking about the language of the workshops → question (English)
    N("english_mixtures", "kind", "Do the workshops run in English", M(
        "Site Pro'pulse <wordpress@animafac.net>", "[Pro'pulse] New form submission — Contact (EN)", "21 13:37",
        """New form submission — Contact (EN)

Name: Ji-woo Lim
Email: jiwoo.lim@example.kr
Message: Do the workshops run in English, or is French required? I'm still deciding where to live next year.

--
This email was sent from the contact form of propulse.animafac.net""",
        question(language="en"),
    )),
]
