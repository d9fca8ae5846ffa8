"""Genres corpus, batch 06 (writer B): a web form relayed by a mailer («Nouvelle réponse au formulaire
"Candidater"», «Champ : valeur», «[x]»), a chat or SMS exchange pasted (whose turn it is matters: «Moi :»,
a friend's or an adviser's turn), an automatic voicemail transcription (no punctuation, no capitals, «euh»);
other mail in the same genres (a form holding only a question, a bounce of our reply to a form, a family
chat sent by mistake, a chatbot's automatic answer, a voicemail question, a wrong number)."""
# ruff: noqa: E501

from __future__ import annotations

from genres import N
from kit import M, app, auto_reply, bounce, other, question

FORM = "Formulaire Pro'pulse <formulaires@relay.example.com>"
FORM_ADDR = "formulaires@relay.example.com"
VOICE = "Messagerie vocale Pro'pulse <messagerie@voix.example.net>"
VOICE_ADDR = "messagerie@voix.example.net"

MESSAGES = [
    # Feature: form_relay — level — Diplôme le plus élevé : BTS Économie sociale familiale
    # genre: form field «Diplôme le plus élevé : BTS Économie sociale familiale» with «Année d'obtention : 2025» = bac+2 of 2025 → meets degree_level
    N("form_relay", "level", "Diplôme le plus élevé : BTS Économie sociale familiale", M(
        FORM, "Nouvelle réponse au formulaire \"Candidater\"", "03 10:12",
        """Nouvelle réponse au formulaire "Candidater"
Envoyée le 03/11/2026 à 10:11

Prénom : Rokia
Nom : Dembélé
E-mail : rokia.dembele@example.org
Téléphone : 06 12 85 40 73
Diplôme le plus élevé : BTS Économie sociale familiale
Année d'obtention : 2025
Situation actuelle : [x] En recherche d'emploi  [ ] En stage  [ ] En service civique  [ ] En études
Secteur recherché : [x] Association  [ ] Coopérative  [ ] Autre
Votre projet en quelques mots : conseillère ESF dans une association de lutte contre la précarité énergétique

—
Ce message a été envoyé automatiquement par le module de formulaires.""",
        app("Rokia", "Dembélé", phone="+33612854073", bac=2, grad="2025", email="rokia.dembele@example.org", forwarded_by=FORM_ADDR, status="b_form_bts_esf"),
    )),
    # Feature: form_relay — situation — Situation actuelle : [ ] En recherche d'emploi  [x] En stage
    # genre: form field «Situation actuelle : [ ] En recherche d'emploi  [x] En stage» with «Date de fin de stage : 26/02/2027» = an internship running now → fails not_internship
    N("form_relay", "situation", "Situation actuelle : [ ] En recherche d'emploi  [x] En stage", M(
        FORM, "Nouvelle réponse au formulaire \"Candidater\"", "04 16:40",
        """Nouvelle réponse au formulaire "Candidater"
Envoyée le 04/11/2026 à 16:39

Prénom : Baptiste
Nom : Lemarchand
E-mail : b.lemarchand@example.net
Téléphone : 07 39 62 14 80
Diplôme le plus élevé : Licence Administration économique et sociale
Année d'obtention : 2026
Situation actuelle : [ ] En recherche d'emploi  [x] En stage  [ ] En service civique  [ ] En études
Date de fin de stage : 26/02/2027
Secteur recherché : [x] Association  [x] Coopérative  [ ] Autre
Votre projet en quelques mots : chargé de projet dans une coopérative d'énergie citoyenne

—
Ce message a été envoyé automatiquement par le module de formulaires.""",
        app("Baptiste", "Lemarchand", phone="+33739621480", bac=3, grad="2026", failing=("not_internship",), email="b.lemarchand@example.net", forwarded_by=FORM_ADDR, status="b_form_intern_feb"),
    )),
    # Feature: form_relay — graduation — Année d'obtention : (non renseigné)
    # ambiguous: the form's year field was left blank and nothing else in the answers dates the licence pro
    # genre: form field «Année d'obtention : (non renseigné)» = diploma undated → graduation_recent open
    N("form_relay", "graduation", "Année d'obtention : (non renseigné)", M(
        FORM, "Nouvelle réponse au formulaire \"Candidater\"", "05 08:26",
        """Nouvelle réponse au formulaire "Candidater"
Envoyée le 05/11/2026 à 08:25

Prénom : Malik
Nom : Benhaddou
E-mail : malik.benhaddou@example.com
Téléphone : 06 77 31 09 56
Diplôme le plus élevé : Licence professionnelle Gestion des organisations de l'ESS
Année d'obtention : (non renseigné)
Situation actuelle : [x] En recherche d'emploi  [ ] En stage  [ ] En service civique  [ ] En études
Secteur recherché : [x] Association  [ ] Coopérative  [ ] Autre
Votre projet en quelques mots : assistant de gestion dans une association sportive ou culturelle

—
Ce message a été envoyé automatiquement par le module de formulaires.""",
        app("Malik", "Benhaddou", phone="+33677310956", bac=3, grad=None, unknown=("graduation_recent",), email="malik.benhaddou@example.com", forwarded_by=FORM_ADDR, status="b_form_year_blank"),
    )),
    # Feature: form_relay — aim — Secteur recherché : [ ] Association  [ ] Coopérative  [x] Grande distribution
    # genre: form field «Secteur recherché : [ ] Association  [ ] Coopérative  [x] Grande distribution» = mass retail → fails job_seeking_ess
    N("form_relay", "aim", "Secteur recherché : [ ] Association  [ ] Coopérative  [x] Grande distribution", M(
        FORM, "Nouvelle réponse au formulaire \"Candidater\"", "06 19:03",
        """Nouvelle réponse au formulaire "Candidater"
Envoyée le 06/11/2026 à 19:02

Prénom : Océane
Nom : Kerhervé
E-mail : oceane.kerherve@example.fr
Téléphone : 06 50 26 83 11
Diplôme le plus élevé : BUT Techniques de commercialisation
Année d'obtention : 2026
Situation actuelle : [x] En recherche d'emploi  [ ] En stage  [ ] En service civique  [ ] En études
Secteur recherché : [ ] Association  [ ] Coopérative  [x] Grande distribution
Votre projet en quelques mots : manager de rayon dans un hypermarché

—
Ce message a été envoyé automatiquement par le module de formulaires.""",
        app("Océane", "Kerhervé", phone="+33650268311", bac=3, grad="2026", failing=("job_seeking_ess",), email="oceane.kerherve@example.fr", forwarded_by=FORM_ADDR, status="b_form_retail"),
    )),
    # Feature: form_relay — studies_finished — Are you still studying? : [ ] Yes  [x] No
    # genre: form field «Are you still studying? : [ ] Yes  [x] No» = studies finished after a 2025 master → meets studies_finished
    N("form_relay", "studies_finished", "Are you still studying? : [ ] Yes  [x] No", M(
        FORM, "New response to the form \"Apply\"", "07 11:48",
        """New response to the form "Apply"
Submitted on 07/11/2026 at 11:47

First name : Tomasz
Last name : Wiśniewski
Email : tomasz.wisniewski@example.com
Phone : 07 62 19 45 38
Highest degree : Master's in Social Economy (Université Lyon 2)
Year obtained : 2025
Are you still studying? : [ ] Yes  [x] No
Current situation : [x] Looking for work  [ ] Internship  [ ] Civic service
Target sector : [x] Non-profit  [x] Cooperative  [ ] Other
Your project : project officer in a housing cooperative

—
This message was sent automatically by the forms module.""",
        app("Tomasz", "Wiśniewski", phone="+33762194538", bac=5, grad="2025", email="tomasz.wisniewski@example.com", forwarded_by=FORM_ADDR, language="en", status="b_form_en_done"),
    )),
    # Feature: form_relay — career_change — Expérience avant le diplôme : [x] Jobs étudiants uniquement
    # genre: form field «Expérience avant le diplôme : [x] Jobs étudiants uniquement  [ ] Un autre métier» = no earlier trade → meets not_career_change
    N("form_relay", "career_change", "Expérience avant le diplôme : [x] Jobs étudiants uniquement", M(
        FORM, "Nouvelle réponse au formulaire \"Candidater\"", "08 14:15",
        """Nouvelle réponse au formulaire "Candidater"
Envoyée le 08/11/2026 à 14:14

Prénom : Elif
Nom : Demirci
E-mail : elif.demirci@example.org
Téléphone : 07 28 54 96 02
Diplôme le plus élevé : DEJEPS Animation socio-éducative
Année d'obtention : 2026
Expérience avant le diplôme : [x] Jobs étudiants uniquement  [ ] Un autre métier
Situation actuelle : [x] En recherche d'emploi  [ ] En stage  [ ] En service civique  [ ] En études
Secteur recherché : [x] Association  [ ] Coopérative  [ ] Autre
Votre projet en quelques mots : coordinatrice d'un accueil de loisirs associatif

—
Ce message a été envoyé automatiquement par le module de formulaires.""",
        app("Elif", "Demirci", phone="+33728549602", bac=2, grad="2026", email="elif.demirci@example.org", forwarded_by=FORM_ADDR, status="b_form_student_jobs"),
    )),
    # Feature: form_relay — situation — Situation actuelle : [ ] En recherche d'emploi  [ ] En stage  [x] En service civique (fin : novembre 2026)
    # ambiguous: the ticked service civique ends «novembre 2026» with no day, so on 26 November it may or may not still run
    # genre: form field «Situation actuelle : [ ] En recherche d'emploi  [ ] En stage  [x] En service civique (fin : novembre 2026)» = ends this month, day unknown → not_service_civique open
    N("form_relay", "situation", "Situation actuelle : [ ] En recherche d'emploi  [ ] En stage  [x] En service civique (fin : novembre 2026)", M(
        FORM, "Nouvelle réponse au formulaire \"Candidater\"", "09 17:52",
        """Nouvelle réponse au formulaire "Candidater"
Envoyée le 09/11/2026 à 17:51

Prénom : Gaëtan
Nom : Roussel-Sarr
E-mail : gaetan.roussel@example.net
Téléphone : 06 91 43 72 25
Diplôme le plus élevé : Licence Sciences de l'éducation
Année d'obtention : 2025
Situation actuelle : [ ] En recherche d'emploi  [ ] En stage  [x] En service civique (fin : novembre 2026)
Secteur recherché : [x] Association  [ ] Coopérative  [ ] Autre
Votre projet en quelques mots : animateur dans une association de soutien scolaire

—
Ce message a été envoyé automatiquement par le module de formulaires.""",
        app("Gaëtan", "Roussel-Sarr", phone="+33691437225", bac=3, grad="2025", unknown=("not_service_civique",), email="gaetan.roussel@example.net", forwarded_by=FORM_ADDR, status="b_form_civic_november"),
    )),
    # Feature: form_relay — kind — Votre question : est-ce que le programme est ouvert aux personnes en situation de handicap
    # genre: a form with only the question field filled «Votre question : est-ce que le programme est ouvert aux personnes en situation de handicap» = no personal fact → kind question
    N("form_relay", "kind", "Votre question : est-ce que le programme est ouvert aux personnes en situation de handicap", M(
        FORM, "Nouvelle réponse au formulaire \"Nous contacter\"", "10 09:33",
        """Nouvelle réponse au formulaire "Nous contacter"
Envoyée le 10/11/2026 à 09:32

Nom : (non renseigné)
E-mail : (non renseigné)
Votre question : est-ce que le programme est ouvert aux personnes en situation de handicap, et les locaux sont-ils accessibles ?

—
Ce message a été envoyé automatiquement par le module de formulaires.""",
        question(),
    )),
    # Feature: form_relay — kind — Votre réponse au formulaire "Candidater" n'a pas pu être remise
    # genre: a bounce of our reply to a form «Votre réponse au formulaire "Candidater" n'a pas pu être remise» = delivery failure → kind bounce
    N("form_relay", "kind", "Votre réponse au formulaire \"Candidater\" n'a pas pu être remise", M(
        "Mail Delivery System <mailer-daemon@relay.example.com>", "Non remis : Re: Nouvelle réponse au formulaire \"Candidater\"", "11 02:14",
        """Votre réponse au formulaire "Candidater" n'a pas pu être remise au destinataire suivant :

    jules.marteau@example.org

La boîte aux lettres n'existe pas.""",
        bounce("jules.marteau@example.org"),
        bounce="Reporting-MTA: dns; mx.relay.example.com\nFinal-Recipient: rfc822; jules.marteau@example.org\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: chat_transcript — situation — [18:07] Moi : terminé le 31 octobre, j'ai eu mon attestation
    # genre: chat turn «[18:07] Moi : terminé le 31 octobre, j'ai eu mon attestation» answering the adviser's «ton service civique c'est fini ?» = over → meets not_service_civique
    N("chat_transcript", "situation", "[18:07] Moi : terminé le 31 octobre, j'ai eu mon attestation", M(
        "Jordan Auguste <jordan.auguste@example.org>", "Candidature — conversation avec ma conseillère", "03 18:30",
        """Bonjour, ma conseillère m'a dit de vous transmettre notre échange, ça résume ma situation.

[18:02] Conseillère ML : Bonsoir Jordan, tu as pensé à Pro'pulse ?
[18:03] Moi : oui je vais candidater ce soir
[18:05] Conseillère ML : Top. Rappelle-moi, ton DEJEPS tu l'as eu quand ?
[18:05] Moi : juin 2025
[18:06] Conseillère ML : et ton service civique c'est fini ?
[18:07] Moi : terminé le 31 octobre, j'ai eu mon attestation
[18:08] Conseillère ML : Parfait, tu peux viser les postes de coordinateur dans les associations sportives.
[18:08] Moi : c'est ce que je veux

Jordan Auguste
06 44 87 21 39""",
        app("Jordan", "Auguste", phone="+33644872139", bac=2, grad="2025-06", status="b_chat_civic_over"),
    )),
    # Feature: chat_transcript — studies_finished — [21:16] Moi : moi je suis en M2, soutenance en janvier
    # genre: chat turn «[21:16] Moi : moi je suis en M2, soutenance en janvier» (the friend's turn «Inès : en stage jusqu'en mars» is hers, not the applicant's) = defence to come → fails studies_finished
    N("chat_transcript", "studies_finished", "[21:16] Moi : moi je suis en M2, soutenance en janvier", M(
        "Salomé Ventura <salome.ventura@example.net>", "candidature + question", "05 21:40",
        """Bonjour,

Mon amie m'a parlé de vous, je vous mets notre discussion pour que vous voyiez ma situation :

[21:14] Inès : t'as vu le programme Pro'pulse ? moi je peux pas, je suis en stage jusqu'en mars
[21:15] Inès : et toi t'en es où ?
[21:16] Moi : moi je suis en M2, soutenance en janvier
[21:16] Moi : après je veux bosser dans une fondation qui finance des projets culturels
[21:17] Inès : candidate alors !

Est-ce que je peux déjà candidater ?
Salomé Ventura — 07 20 36 58 44""",
        app("Salomé", "Ventura", phone="+33720365844", bac="*", grad=None, failing=("studies_finished",), status="b_chat_m2_defence"),
    )),
    # Feature: chat_transcript — situation — [09:14] ~ : encore en stage jusqu'au 15 décembre
    # ambiguous: the names were lost in the paste (every turn reads «~»), so «encore en stage jusqu'au 15 décembre» may be the applicant's turn or her tutor's
    # genre: chat turn «[09:14] ~ : encore en stage jusqu'au 15 décembre» with no speaker name = whose internship is unclear → not_internship open
    N("chat_transcript", "situation", "[09:14] ~ : encore en stage jusqu'au 15 décembre", M(
        "Ambre Delacroix-Mbaye <ambre.delacroix@example.com>", "Candidature Pro'pulse", "06 09:40",
        """Bonjour,

Je vous colle l'échange avec ma tutrice sur mon projet, les prénoms ont sauté au copier-coller, désolée.

[09:12] ~ : tu as regardé l'offre de la régie de quartier ?
[09:13] ~ : oui, ça me plairait beaucoup, c'est exactement le secteur que je veux
[09:14] ~ : encore en stage jusqu'au 15 décembre
[09:14] ~ : ok on en reparle après
[09:15] ~ : ta licence pro c'était bien juin 2026 ?
[09:15] ~ : oui

Ambre Delacroix-Mbaye, 06 83 20 75 41""",
        app("Ambre", "Delacroix-Mbaye", phone="+33683207541", bac=3, grad="2026-06", unknown=("not_internship",), status="b_chat_lost_names"),
    )),
    # Feature: chat_transcript — aim — Moi : une SCOP ou une association d'habitat participatif
    # genre: chatbot exchange, the applicant's turn «Moi : une SCOP ou une association d'habitat participatif» answering «Quel type de structure visez-vous ?» = ESS aim → meets job_seeking_ess
    N("chat_transcript", "aim", "Moi : une SCOP ou une association d'habitat participatif", M(
        "Nathan Lebrun-Haidara <nathan.lebrun@example.fr>", "Conversation avec votre assistant en ligne", "07 15:02",
        """Bonjour, votre assistant en ligne m'a proposé de vous envoyer la conversation, la voici :

Assistant Pro'pulse : Bonjour ! Quel est votre diplôme le plus élevé ?
Moi : licence pro métiers de l'immobilier, juin 2026
Assistant Pro'pulse : Êtes-vous actuellement en formation, en stage ou en service civique ?
Moi : non, rien de tout ça, je cherche du travail
Assistant Pro'pulse : Quel type de structure visez-vous ?
Moi : une SCOP ou une association d'habitat participatif
Assistant Pro'pulse : Merci ! Un membre de l'équipe vous recontactera.

Nathan — 07 56 12 93 47""",
        app("Nathan", "Lebrun-Haidara", phone="+33756129347", bac=3, grad="2026-06", status="b_chat_bot_scop"),
    )),
    # Feature: chat_transcript — graduation — Moi : en 2021 maman
    # genre: SMS turn «Moi : en 2021 maman» answering «t'as eu ton BTS quand déjà ?» = BTS of 2021 → fails graduation_recent
    N("chat_transcript", "graduation", "Moi : en 2021 maman", M(
        "Chiara Esposito <chiara.esposito@example.org>", "Candidature", "08 12:25",
        """Bonjour,

Je ne retrouvais plus mon diplôme, ma mère m'a aidée, voici nos SMS :

Maman : t'as eu ton BTS quand déjà ?
Moi : en 2021 maman
Maman : ah oui l'année du déménagement
Moi : oui le BTS SP3S à Aix

Depuis je travaille comme aide à domicile et je voudrais évoluer vers la coordination dans une association d'aide à domicile.

Chiara Esposito
06 30 47 81 92""",
        app("Chiara", "Esposito", phone="+33630478192", bac=2, grad="2021", failing=("graduation_recent",), status="b_chat_sms_mum"),
    )),
    # Feature: chat_transcript — situation — [14:31] Me: I finished my internship on 14 November
    # genre: chat turn «[14:31] Me: I finished my internship on 14 November» answering the careers adviser = over → meets not_internship
    N("chat_transcript", "situation", "[14:31] Me: I finished my internship on 14 November", M(
        "Kwame Boateng <kwame.boateng@example.com>", "Application — chat with my careers adviser", "16 14:50",
        """Hello,

My careers adviser suggested I send you our chat, so here it is:

[14:29] Careers adviser: Hi Kwame, how's the job hunt going?
[14:30] Careers adviser: I'm still sorting out my own placement at the Red Cross by the way, ha
[14:31] Me: I finished my internship on 14 November
[14:31] Me: so I'm free now, looking for a job at a community energy cooperative
[14:32] Careers adviser: Great, and your BUT is from June 2026, right?
[14:32] Me: yes

Best,
Kwame Boateng
+33 7 41 26 80 53""",
        app("Kwame", "Boateng", phone="+33741268053", bac=3, grad="2026-06", language="en", status="b_chat_en_intern_over"),
    )),
    # Feature: chat_transcript — kind — Tonton Paul : qui ramène le dessert dimanche
    # genre: a family group chat forwarded by mistake «Tonton Paul : qui ramène le dessert dimanche» = no application, no question → kind other
    N("chat_transcript", "kind", "Tonton Paul : qui ramène le dessert dimanche", M(
        "Margaux Pellegrin <margaux.pellegrin@example.net>", "Fwd: Famille Pellegrin", "12 20:11",
        """---------- Message transféré ----------

[19:40] Tonton Paul : qui ramène le dessert dimanche ?
[19:42] Mamie : moi je fais la tarte aux pommes
[19:43] Margaux : je prends le pain !
[19:45] Tonton Paul : parfait, à dimanche""",
        other(),
    )),
    # Feature: chat_transcript — kind — Bot : notre équipe est absente jusqu'au lundi 23 novembre
    # genre: a chatbot's automatic answer «Bot : notre équipe est absente jusqu'au lundi 23 novembre» = automatic reply → kind auto_reply
    N("chat_transcript", "kind", "Bot : notre équipe est absente jusqu'au lundi 23 novembre", M(
        "Accueil Maison des Associations <accueil@mda-villeneuve.example.org>", "Réponse automatique de notre messagerie", "17 08:00",
        """Bot : Bonjour et merci pour votre message !
Bot : notre équipe est absente jusqu'au lundi 23 novembre.
Bot : Pour une urgence, appelez le standard de la mairie.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: voicemail_transcript — graduation — j'ai eu mon master en juin deux mille vingt-cinq
    # genre: transcript «j'ai eu mon master en juin deux mille vingt-cinq» = master June 2025 → meets graduation_recent, level 5
    N("voicemail_transcript", "graduation", "j'ai eu mon master en juin deux mille vingt-cinq", M(
        VOICE, "Nouveau message vocal de 06 48 12 75 30", "04 09:20",
        """Transcription de votre message vocal
de : 06 48 12 75 30
reçu le : 4 novembre à 9 h 18
durée : 52 secondes

bonjour euh c'est yanis mezouar je vous appelle pour le programme pro pulse j'ai eu mon master en juin deux mille vingt-cinq un master de sociologie et euh je cherche un poste dans une association de prévention spécialisée voilà vous pouvez me rappeler au 06 48 12 75 30 merci au revoir""",
        app("Yanis", "Mezouar", phone="+33648127530", bac=5, grad="2025-06", email=None, forwarded_by=VOICE_ADDR, status="b_voice_master_june"),
    )),
    # Feature: voicemail_transcript — graduation — en deux mille vingt euh quatre ou cinq
    # ambiguous: the transcription garbles the year of the BTS («deux mille vingt euh quatre ou cinq»), so it may be 2024 or 2025
    # genre: transcript «en deux mille vingt euh quatre ou cinq» = year 2024 or 2025 unsettled → graduation_recent open
    N("voicemail_transcript", "graduation", "en deux mille vingt euh quatre ou cinq", M(
        VOICE, "Nouveau message vocal de 07 22 91 64 08", "05 13:44",
        """Transcription de votre message vocal
de : 07 22 91 64 08
reçu le : 5 novembre à 13 h 42
durée : 38 secondes

oui bonjour c'est fatoumata sangaré je voulais candidater j'ai un bts économie sociale familiale que j'ai eu en deux mille vingt euh quatre ou cinq je sais plus trop et je cherche dans une épicerie solidaire ou une association rappelez-moi au 07 22 91 64 08 merci""",
        app("Fatoumata", "Sangaré", phone="+33722916408", bac=2, grad=None, unknown=("graduation_recent",), email=None, forwarded_by=VOICE_ADDR, status="b_voice_year_garbled"),
    )),
    # Feature: voicemail_transcript — situation — je suis en service civique jusqu'en juin prochain
    # genre: transcript «je suis en service civique jusqu'en juin prochain» = running until June 2027 → fails not_service_civique
    N("voicemail_transcript", "situation", "je suis en service civique jusqu'en juin prochain", M(
        VOICE, "Nouveau message vocal de 06 03 58 27 94", "06 18:05",
        """Transcription de votre message vocal
de : 06 03 58 27 94
reçu le : 6 novembre à 18 h 03
durée : 41 secondes

allô bonjour c'est théo vernier euh voilà j'ai une licence de géographie depuis juillet 2025 et là je suis en service civique jusqu'en juin prochain avec la fondation pour la nature je voulais savoir si je peux faire votre programme pour travailler dans une association environnementale mon numéro c'est le 06 03 58 27 94""",
        app("Théo", "Vernier", phone="+33603582794", bac=3, grad="2025-07", failing=("not_service_civique",), email=None, forwarded_by=VOICE_ADDR, status="b_voice_civic_june"),
    )),
    # Feature: voicemail_transcript — level — j'ai juste le bac pro commerce de deux mille vingt-deux
    # genre: transcript «j'ai juste le bac pro commerce de deux mille vingt-deux» = bac alone → fails degree_level
    N("voicemail_transcript", "level", "j'ai juste le bac pro commerce de deux mille vingt-deux", M(
        VOICE, "Nouveau message vocal de 07 69 34 12 87", "07 11:31",
        """Transcription de votre message vocal
de : 07 69 34 12 87
reçu le : 7 novembre à 11 h 29
durée : 35 secondes

bonjour je m'appelle kevin pereira-lopes euh j'ai vu votre annonce moi j'ai juste le bac pro commerce de deux mille vingt-deux mais je suis motivé pour travailler dans une ressourcerie voilà rappelez-moi au 07 69 34 12 87 bonne journée""",
        app("Kevin", "Pereira-Lopes", phone="+33769341287", bac=0, grad="2022", failing=("degree_level",), email=None, forwarded_by=VOICE_ADDR, status="b_voice_bac_pro"),
    )),
    # Feature: voicemail_transcript — aim — je cherche un poste dans une ressourcerie ou une association d'insertion
    # genre: transcript «je cherche un poste dans une ressourcerie ou une association d'insertion» = ESS aim → meets job_seeking_ess; BUT of June 2026
    N("voicemail_transcript", "aim", "je cherche un poste dans une ressourcerie ou une association d'insertion", M(
        VOICE, "Nouveau message vocal de 06 86 50 23 19", "09 16:22",
        """Transcription de votre message vocal
de : 06 86 50 23 19
reçu le : 9 novembre à 16 h 20
durée : 47 secondes

bonjour madame monsieur c'est lina zerrouki à l'appareil j'ai fini mon but gestion des entreprises en juin deux mille vingt-six et euh je cherche un poste dans une ressourcerie ou une association d'insertion je suis disponible tout de suite vous pouvez me joindre au 06 86 50 23 19 merci beaucoup""",
        app("Lina", "Zerrouki", phone="+33686502319", bac=3, grad="2026-06", email=None, forwarded_by=VOICE_ADDR, status="b_voice_ressourcerie"),
    )),
    # Feature: voicemail_transcript — situation — je suis encore en stage à la croix-rouge il se termine le
    # ambiguous: the message is cut off right before the internship's end date («il se termine le» then nothing), so whether it runs after today is not said
    # genre: transcript «je suis encore en stage à la croix-rouge il se termine le» cut off = end of internship unknown → not_internship open
    N("voicemail_transcript", "situation", "je suis encore en stage à la croix-rouge il se termine le", M(
        VOICE, "Nouveau message vocal de 07 15 83 46 20", "10 12:58",
        """Transcription de votre message vocal
de : 07 15 83 46 20
reçu le : 10 novembre à 12 h 57
durée : 30 secondes (message interrompu)

bonjour c'est mélissa girardin j'ai une licence pro intervention sociale de juin deux mille vingt-six et je voudrais travailler dans une association d'hébergement je suis encore en stage à la croix-rouge il se termine le""",
        app("Mélissa", "Girardin", phone="+33715834620", bac=3, grad="2026-06", unknown=("not_internship",), email=None, forwarded_by=VOICE_ADDR, status="b_voice_cut_off"),
    )),
    # Feature: voicemail_transcript — kind — est-ce que le programme est ouvert aux personnes qui habitent en guadeloupe
    # genre: transcript «est-ce que le programme est ouvert aux personnes qui habitent en guadeloupe» = a question, no personal fact → kind question
    N("voicemail_transcript", "kind", "est-ce que le programme est ouvert aux personnes qui habitent en guadeloupe", M(
        VOICE, "Nouveau message vocal de 06 90 41 28 75", "13 15:10",
        """Transcription de votre message vocal
de : 06 90 41 28 75
reçu le : 13 novembre à 15 h 08
durée : 22 secondes

bonjour je voulais savoir euh est-ce que le programme est ouvert aux personnes qui habitent en guadeloupe merci de me rappeler""",
        question(),
    )),
    # Feature: voicemail_transcript — kind — c'est pour la commande de deux pizzas
    # genre: transcript «c'est pour la commande de deux pizzas» = a wrong number → kind other
    N("voicemail_transcript", "kind", "c'est pour la commande de deux pizzas", M(
        VOICE, "Nouveau message vocal de 07 07 18 52 64", "14 19:47",
        """Transcription de votre message vocal
de : 07 07 18 52 64
reçu le : 14 novembre à 19 h 46
durée : 14 secondes

oui bonsoir c'est pour la commande de deux pizzas au nom de martin à emporter vers 20 h 30 merci""",
        other(),
    )),
]
