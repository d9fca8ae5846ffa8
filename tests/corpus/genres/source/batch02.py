"""Genres corpus, batch 02 (writer A): web forms relayed by a mailer («Nouvelle réponse au formulaire
"Candidater"», «Champ : valeur», «[x]»), chat and SMS transcripts pasted or forwarded (with an adviser, a
friend, a chatbot; whose turn it is matters), and automatic voicemail transcriptions (no punctuation, no
capitals, «euh»); other mail in the same genres (a form whose only field is a question, the mailer's
bounce, a chat forwarded by mistake, an SMS thread pasted in our thread, voicemails asking a question or
booking a room)."""
# ruff: noqa: E501

from __future__ import annotations

from genres import N
from kit import M, app, bounce, other, question, reply

FORMS = "Formulaire Pro'pulse <formulaires@relay.example.com>"
VOICE = "Messagerie vocale Pro'pulse <messagerie@voix.example.net>"
FORMS_ADDR = "formulaires@relay.example.com"
VOICE_ADDR = "messagerie@voix.example.net"

MESSAGES = [
    # Feature: form_relay — situation — Situation actuelle : [x] En recherche d'emploi
    # genre: form field «Situation actuelle : [x] En recherche d'emploi», the boxes stage and service civique unticked = looking for a job, neither internship nor civic service → meets
    N("form_relay", "situation", "Situation actuelle : [x] En recherche d'emploi", M(
        FORMS, "Nouvelle réponse au formulaire \"Candidater\"", "02 07:31",
        """Nouvelle réponse au formulaire "Candidater"

Prénom : Adama
Nom : Coulibaly
E-mail : adama.coulibaly@example.org
Téléphone : 06 37 52 19 84
Diplôme le plus élevé : BTS Services et prestations des secteurs sanitaire et social
Date d'obtention : juin 2025
Situation actuelle : [x] En recherche d'emploi [ ] En stage [ ] En service civique [ ] En emploi
Poste recherché : accompagnateur social dans une association d'hébergement
Comment avez-vous connu Pro'pulse ? : Mission locale

--
Ce message a été envoyé automatiquement par le relais de formulaires.""",
        app("Adama", "Coulibaly", phone="+33637521984", bac=2, grad="2025-06", email="adama.coulibaly@example.org", forwarded_by=FORMS_ADDR, status="form_seeking"),
    )),
    # Feature: form_relay — situation — Service civique en cours : [x] oui — fin prévue le 30 avril 2027
    # genre: form field «Service civique en cours : [x] oui — fin prévue le 30 avril 2027» = civic service held until April 2027 → fails not_service_civique
    N("form_relay", "situation", "Service civique en cours : [x] oui — fin prévue le 30 avril 2027", M(
        FORMS, "Nouvelle réponse au formulaire \"Candidater\"", "03 12:06",
        """Nouvelle réponse au formulaire "Candidater"

Prénom : Inaya
Nom : Said Mohamed
E-mail : inaya.saidmohamed@example.net
Téléphone : 07 49 21 60 33
Diplôme le plus élevé : Licence Sociologie
Date d'obtention : juillet 2025
Stage en cours : [ ] oui [x] non
Service civique en cours : [x] oui — fin prévue le 30 avril 2027
Poste recherché : chargée de médiation dans une association de quartier

--
Ce message a été envoyé automatiquement par le relais de formulaires.""",
        app("Inaya", "Said Mohamed", phone="+33749216033", bac=3, grad="2025-07", failing=("not_service_civique",), email="inaya.saidmohamed@example.net", forwarded_by=FORMS_ADDR, status="form_civic_april"),
    )),
    # Feature: form_relay — graduation — Année d'obtention du diplôme : (non renseigné)
    # ambiguous: the form's date field was left empty and nothing else in the relayed answers dates the licence pro
    # genre: form field «Année d'obtention du diplôme : (non renseigné)» = no date for the diploma → graduation_recent open
    N("form_relay", "graduation", "Année d'obtention du diplôme : (non renseigné)", M(
        FORMS, "Nouvelle réponse au formulaire \"Candidater\"", "04 21:18",
        """Nouvelle réponse au formulaire "Candidater"

Prénom : Baptiste
Nom : Chevrier
E-mail : baptiste.chevrier@example.com
Téléphone : 06 84 05 27 61
Diplôme le plus élevé : Licence professionnelle Métiers de l'animation sociale
Année d'obtention du diplôme : (non renseigné)
Situation actuelle : [x] En recherche d'emploi
Poste recherché : animateur-coordinateur en centre social associatif

--
Ce message a été envoyé automatiquement par le relais de formulaires.""",
        app("Baptiste", "Chevrier", phone="+33684052761", bac=3, grad=None, unknown=("graduation_recent",), email="baptiste.chevrier@example.com", forwarded_by=FORMS_ADDR, status="form_year_blank"),
    )),
    # Feature: form_relay — level — Niveau d'études : [x] Bac [ ] Bac+2 [ ] Bac+3 ou plus
    # genre: form field «Niveau d'études : [x] Bac [ ] Bac+2 [ ] Bac+3 ou plus» = bac alone → fails degree_level (the bac's year as graduation)
    N("form_relay", "level", "Niveau d'études : [x] Bac [ ] Bac+2 [ ] Bac+3 ou plus", M(
        FORMS, "Nouvelle réponse au formulaire \"Candidater\"", "05 16:44",
        """Nouvelle réponse au formulaire "Candidater"

Prénom : Kevin
Nom : Loiseau
E-mail : kevin.loiseau@example.fr
Téléphone : 06 90 44 18 27
Niveau d'études : [x] Bac [ ] Bac+2 [ ] Bac+3 ou plus
Année du bac : 2022
Situation actuelle : [x] En recherche d'emploi
Poste recherché : animateur dans une ressourcerie

--
Ce message a été envoyé automatiquement par le relais de formulaires.""",
        app("Kevin", "Loiseau", phone="+33690441827", bac=0, grad="2022", failing=("degree_level",), email="kevin.loiseau@example.fr", forwarded_by=FORMS_ADDR, status="form_bac_only"),
    )),
    # Feature: form_relay — aim — Sector you are looking for: [x] Non-profit / cooperative
    # genre: English form field «Sector you are looking for: [x] Non-profit / cooperative» = ESS aim → meets job_seeking_ess
    N("form_relay", "aim", "Sector you are looking for: [x] Non-profit / cooperative", M(
        FORMS, "New response to form \"Apply\"", "06 10:02",
        """New response to form "Apply"

First name: Priya
Last name: Raman
Email: priya.raman@example.org
Phone: +33 6 12 70 45 98
Highest degree: MA in Development Studies, University of Sussex
Date awarded: September 2025
Current situation: [x] Looking for work
Sector you are looking for: [x] Non-profit / cooperative [ ] Private company [ ] Public sector
Anything else?: I speak French (B2) and Tamil.

--
This message was sent automatically by the form relay.""",
        app("Priya", "Raman", phone="+33612704598", bac=5, grad="2025-09", email="priya.raman@example.org", forwarded_by=FORMS_ADDR, language="en", status="form_en_nonprofit"),
    )),
    # Feature: form_relay — aim — Secteur recherché : [x] Tous secteurs
    # ambiguous: the box ticked is «Tous secteurs»: the applicant may or may not be looking in the ESS, no other field says
    # genre: form field «Secteur recherché : [x] Tous secteurs» = no sector chosen → job_seeking_ess open
    N("form_relay", "aim", "Secteur recherché : [x] Tous secteurs", M(
        FORMS, "Nouvelle réponse au formulaire \"Candidater\"", "07 19:25",
        """Nouvelle réponse au formulaire "Candidater"

Prénom : Mathis
Nom : Garnier
E-mail : mathis.garnier@example.net
Téléphone : 07 61 38 02 95
Diplôme le plus élevé : BUT Gestion des entreprises et des administrations
Date d'obtention : juin 2026
Secteur recherché : [x] Tous secteurs [ ] Association [ ] Coopérative [ ] Entreprise privée
Situation actuelle : [x] En recherche d'emploi

--
Ce message a été envoyé automatiquement par le relais de formulaires.""",
        app("Mathis", "Garnier", phone="+33761380295", bac=3, grad="2026-06", unknown=("job_seeking_ess",), email="mathis.garnier@example.net", forwarded_by=FORMS_ADDR, status="form_any_sector"),
    )),
    # Feature: form_relay — kind — Votre question : Les entretiens peuvent-ils se faire en visio ?
    # genre: a «Contact» form whose only field is a question «Votre question : Les entretiens peuvent-ils se faire en visio ?» = no personal fact → kind question
    N("form_relay", "kind", "Votre question : Les entretiens peuvent-ils se faire en visio ?", M(
        FORMS, "Nouvelle réponse au formulaire \"Contact\"", "08 09:50",
        """Nouvelle réponse au formulaire "Contact"

Nom : (non renseigné)
E-mail : contact.anonyme@example.org
Votre question : Les entretiens peuvent-ils se faire en visio ?

--
Ce message a été envoyé automatiquement par le relais de formulaires.""",
        question(),
    )),
    # Feature: form_relay — kind — L'accusé de réception du formulaire "Candidater" n'a pas pu être remis
    # genre: the relay's delivery failure «L'accusé de réception du formulaire "Candidater" n'a pas pu être remis» to the address typed in a field = bounce → kind bounce
    N("form_relay", "kind", "L'accusé de réception du formulaire \"Candidater\" n'a pas pu être remis", M(
        "Relais de formulaires <mailer-daemon@relay.example.com>", "Échec de remise : accusé de réception", "08 21:12",
        """L'accusé de réception du formulaire "Candidater" n'a pas pu être remis à l'adresse saisie dans le champ E-mail :

    jordan.mercierr@example.com

Le serveur destinataire a répondu : 550 utilisateur inconnu.""",
        bounce("jordan.mercierr@example.com"),
        bounce="Reporting-MTA: dns; relay.example.com\nFinal-Recipient: rfc822; jordan.mercierr@example.com\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: chat_transcript — situation — [14:07] Moi : non c'est terminé depuis le 31 octobre
    # genre: chat turn «[14:07] Moi : non c'est terminé depuis le 31 octobre» answering the adviser's «tu es toujours en service civique ?» = over → meets not_service_civique
    N("chat_transcript", "situation", "[14:07] Moi : non c'est terminé depuis le 31 octobre", M(
        "Anaïs Ribeiro <anais.ribeiro@example.org>", "candidature (ma conseillère m'a dit de vous envoyer ça)", "09 14:30",
        """Bonjour, ma conseillère de la Mission locale m'a dit de vous transférer notre échange, le voilà :

[14:02] Conseillère ML : bonjour Anaïs, j'ai vu passer l'appel Pro'pulse, ça pourrait t'intéresser
[14:04] Moi : bonjour ! oui je l'ai vu, j'ai mon BTS ESF depuis juin 2025
[14:05] Conseillère ML : super. tu es toujours en service civique ?
[14:07] Moi : non c'est terminé depuis le 31 octobre
[14:08] Conseillère ML : alors vas-y, candidate, et parle de ton envie de travailler en épicerie solidaire
[14:09] Moi : ok merci je le fais aujourd'hui

Voilà, je cherche un poste en épicerie solidaire ou en association d'aide alimentaire.
Anaïs Ribeiro, 06 26 83 50 17""",
        app("Anaïs", "Ribeiro", phone="+33626835017", bac=2, grad="2025-06", status="chat_civic_over"),
    )),
    # Feature: chat_transcript — situation — Moi : mon stage à la Cimade finit le 15 janvier
    # genre: chat turn «Moi : mon stage à la Cimade finit le 15 janvier» (the friend Julie's «j'ai fini mon stage hier» is hers) = internship running until January → fails not_internship
    N("chat_transcript", "situation", "Moi : mon stage à la Cimade finit le 15 janvier", M(
        "Samir Haddadi <samir.haddadi@example.com>", "Pro'pulse", "10 23:05",
        """Bonsoir, je vous mets la conversation avec mon amie qui m'a parlé de vous, c'est plus simple :

Julie : t'as vu le programme Pro'pulse ? moi j'ai fini mon stage hier, je postule
Moi : ah ouais ?
Moi : mon stage à la Cimade finit le 15 janvier
Julie : postule quand même, t'as ton master depuis juillet non ?
Moi : oui master droit des étrangers, juillet 2026
Julie : bah voilà

Je cherche un poste de juriste dans une association d'aide aux personnes exilées.
Samir Haddadi
07 54 20 91 36""",
        app("Samir", "Haddadi", phone="+33754209136", bac=5, grad="2026-07", failing=("not_internship",), status="chat_intern_january"),
    )),
    # Feature: chat_transcript — situation — encore en service civique jusqu'en mars
    # ambiguous: the pasted SMS lost their speaker labels: «encore en service civique jusqu'en mars» may be the applicant's line or her cousin's, nothing says
    # genre: chat turn with no speaker «encore en service civique jusqu'en mars» = whose turn is unclear → not_service_civique open
    N("chat_transcript", "situation", "encore en service civique jusqu'en mars", M(
        "Mélissa Gonçalves <melissa.goncalves@example.net>", "candidature", "11 17:48",
        """Bonjour,
je vous copie les SMS avec ma cousine où on parle du programme (les noms ont sauté au copier-coller désolée) :

tu as vu l'annonce pour Pro'pulse ?
oui mais je sais pas si je peux
pourquoi ?
encore en service civique jusqu'en mars
ah ok demande-leur
oui je vais écrire

J'ai une licence pro Intervention sociale obtenue en 2025 et je voudrais travailler dans une association de protection de l'enfance.
Mélissa Gonçalves — 06 13 47 82 60""",
        app("Mélissa", "Gonçalves", phone="+33613478260", bac=3, grad="2025", unknown=("not_service_civique",), status="chat_speaker_lost"),
    )),
    # Feature: chat_transcript — studies_finished — Vous : pas encore, il me reste la soutenance de mon mémoire en janvier
    # genre: chatbot transcript turn «Vous : pas encore, il me reste la soutenance de mon mémoire en janvier» answering «Avez-vous terminé vos études ?» = defence to come → fails studies_finished
    N("chat_transcript", "studies_finished", "Vous : pas encore, il me reste la soutenance de mon mémoire en janvier", M(
        "Tristan Yilmaz <tristan.yilmaz@example.org>", "Transcription de ma conversation avec votre assistant", "12 11:16",
        """Bonjour, l'assistant de votre site m'a proposé d'envoyer la conversation par mail :

Assistant Pro'pulse : Bonjour ! Quel diplôme préparez-vous ou avez-vous obtenu ?
Vous : un master 2 Économie sociale et solidaire à Lille
Assistant Pro'pulse : Avez-vous terminé vos études ?
Vous : pas encore, il me reste la soutenance de mon mémoire en janvier
Assistant Pro'pulse : Merci. Quel type de structure recherchez-vous ?
Vous : une SCIC ou une coopérative d'activité et d'emploi
Assistant Pro'pulse : Un conseiller reviendra vers vous.

Tristan Yilmaz, 06 85 31 07 42""",
        app("Tristan", "Yilmaz", phone="+33685310742", bac="*", grad=None, failing=("studies_finished",), status="chat_bot_defence"),
    )),
    # Feature: chat_transcript — graduation — Me: I got my MSc in Social Economy in July 2025
    # genre: English chat turn «Me: I got my MSc in Social Economy in July 2025» (the friend Tom's BA of 2021 is his) = 16 months → meets graduation_recent
    N("chat_transcript", "graduation", "Me: I got my MSc in Social Economy in July 2025", M(
        "Aisling Byrne <aisling.byrne@example.com>", "Application - our WhatsApp chat explains it", "13 09:58",
        """Hello, my friend told me to send you our chat, so here it is:

[09:12] Tom: you should apply to that Pro'pulse thing, I did my BA in 2021 so I'm too old for it lol
[09:13] Me: I got my MSc in Social Economy in July 2025
[09:13] Tom: perfect then
[09:14] Me: yes, and I really want to work for a housing co-op or a charity in Paris

Aisling Byrne
+33 7 58 40 26 13""",
        app("Aisling", "Byrne", phone="+33758402613", bac=5, grad="2025-07", language="en", status="chat_en_msc"),
    )),
    # Feature: chat_transcript — aim — Moi : je vise les SCOP et les assos d'insertion, rien d'autre
    # genre: chat turn «Moi : je vise les SCOP et les assos d'insertion, rien d'autre» (Karim's «moi je pars en banque» is his) = ESS aim → meets job_seeking_ess
    N("chat_transcript", "aim", "Moi : je vise les SCOP et les assos d'insertion, rien d'autre", M(
        "Enzo Marchetti <enzo.marchetti@example.fr>", "candidature Pro'pulse (conversation)", "13 20:22",
        """Bonsoir,

[20:01] Karim : bon t'as décidé quoi pour après ta licence ?
[20:02] Moi : je postule à Pro'pulse
[20:02] Karim : moi je pars en banque, c'est plus sûr
[20:03] Moi : je vise les SCOP et les assos d'insertion, rien d'autre
[20:04] Karim : chacun son truc

J'ai eu ma licence Économie-gestion en juin 2026 à Grenoble.
Enzo Marchetti — 06 07 29 84 51""",
        app("Enzo", "Marchetti", phone="+33607298451", bac=3, grad="2026-06", status="chat_aim_scop"),
    )),
    # Feature: chat_transcript — kind — Mamie : n'oubliez pas le gâteau pour dimanche
    # genre: a family chat forwarded by mistake «Mamie : n'oubliez pas le gâteau pour dimanche» = nothing for us → kind other
    N("chat_transcript", "kind", "Mamie : n'oubliez pas le gâteau pour dimanche", M(
        "Rosalie Dumas <rosalie.dumas@example.org>", "Fwd: Famille Dumas", "14 08:12",
        """---------- Message transféré ----------

[19:40] Papa : qui vient dimanche ?
[19:41] Mamie : n'oubliez pas le gâteau pour dimanche
[19:42] Moi : je viens avec Lucas
[19:45] Papa : parfait""",
        other(),
    )),
    # Feature: chat_transcript — kind — Moi : oui parfait pour jeudi 10h, merci
    # genre: in our thread, the SMS exchange confirming the appointment «Moi : oui parfait pour jeudi 10h, merci» = answer to our mail → kind reply
    N("chat_transcript", "kind", "Moi : oui parfait pour jeudi 10h, merci", M(
        "Ousmane Keïta <ousmane.keita@example.net>", "Re: Pro'pulse — votre rendez-vous", "15 10:40",
        """Bonjour, je vous recopie les SMS échangés avec votre collègue pour garder une trace :

Pro'pulse : Bonjour Ousmane, nous vous proposons un entretien jeudi à 10h.
Moi : oui parfait pour jeudi 10h, merci

Bonne journée
Ousmane

> Le 14 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, nous vous confirmons la réception de votre dossier.""",
        reply(),
        headers={"In-Reply-To": "<rdv-2211@animafac.net>", "References": "<rdv-2211@animafac.net>"},
    )),
    # Feature: voicemail_transcript — graduation — j'ai eu mon bts économie sociale familiale en juin deux mille vingt-cinq
    # genre: transcript «j'ai eu mon bts économie sociale familiale en juin deux mille vingt-cinq» = June 2025, 17 months → meets graduation_recent
    N("voicemail_transcript", "graduation", "j'ai eu mon bts économie sociale familiale en juin deux mille vingt-cinq", M(
        VOICE, "Nouveau message vocal de 06 41 27 88 10", "16 09:12",
        """Transcription de votre message vocal
de : 06 41 27 88 10
reçu le : 16 novembre à 9 h 12
durée : 52 secondes

bonjour euh c'est amandine rousseau je vous appelle pour le programme pro'pulse j'ai eu mon bts économie sociale familiale en juin deux mille vingt-cinq et euh je cherche un travail dans une association qui aide les familles voilà vous pouvez me rappeler au 06 41 27 88 10 merci au revoir""",
        app("Amandine", "Rousseau", phone="+33641278810", bac=2, grad="2025-06", email=None, forwarded_by=VOICE_ADDR, status="voice_bts_june"),
    )),
    # Feature: voicemail_transcript — graduation — ma licence pro en juin deux mille vingt-quatre vingt-cinq
    # ambiguous: the transcription runs two years together («deux mille vingt-quatre vingt-cinq»): June 2024 fails, June 2025 meets, the message cannot tell
    # genre: transcript «ma licence pro en juin deux mille vingt-quatre vingt-cinq» = year misheard → graduation_recent open
    N("voicemail_transcript", "graduation", "ma licence pro en juin deux mille vingt-quatre vingt-cinq", M(
        VOICE, "Nouveau message vocal de 07 22 59 13 46", "17 18:40",
        """Transcription de votre message vocal
de : 07 22 59 13 46
reçu le : 17 novembre à 18 h 40
durée : 41 secondes

oui bonjour c'est kader benyoucef j'ai eu ma licence pro en juin deux mille vingt-quatre vingt-cinq gestion des structures de l'économie sociale et je voudrais savoir si je peux rentrer dans votre programme je cherche dans les coopératives rappelez-moi au 07 22 59 13 46""",
        app("Kader", "Benyoucef", phone="+33722591346", bac=3, grad=None, unknown=("graduation_recent",), email=None, forwarded_by=VOICE_ADDR, status="voice_year_garbled"),
    )),
    # Feature: voicemail_transcript — situation — je suis en service civique à la croix-rouge jusqu'à fin mars
    # genre: transcript «je suis en service civique à la croix-rouge jusqu'à fin mars» = civic service until March 2027 → fails not_service_civique
    N("voicemail_transcript", "situation", "je suis en service civique à la croix-rouge jusqu'à fin mars", M(
        VOICE, "Nouveau message vocal de 06 93 04 71 28", "18 12:05",
        """Transcription de votre message vocal
de : 06 93 04 71 28
reçu le : 18 novembre à 12 h 05
durée : 38 secondes

bonjour je m'appelle noémie lacroix euh j'ai un master en sciences de l'éducation depuis septembre deux mille vingt-cinq je suis en service civique à la croix-rouge jusqu'à fin mars et je voulais candidater pour travailler dans une association d'éducation populaire mon numéro c'est le 06 93 04 71 28 merci""",
        app("Noémie", "Lacroix", phone="+33693047128", bac=5, grad="2025-09", failing=("not_service_civique",), email=None, forwarded_by=VOICE_ADDR, status="voice_civic_march"),
    )),
    # Feature: voicemail_transcript — level — j'ai juste le bac j'ai arrêté la fac après la première année
    # genre: transcript «j'ai juste le bac j'ai arrêté la fac après la première année» = bac+1 at most → fails degree_level
    N("voicemail_transcript", "level", "j'ai juste le bac j'ai arrêté la fac après la première année", M(
        VOICE, "Nouveau message vocal de 07 80 16 52 39", "19 16:27",
        """Transcription de votre message vocal
de : 07 80 16 52 39
reçu le : 19 novembre à 16 h 27
durée : 35 secondes

allô oui bonjour c'est dylan perrot euh je vous appelle parce que j'aimerais bien travailler dans une association sportive de quartier j'ai juste le bac j'ai arrêté la fac après la première année est-ce que c'est possible quand même rappelez-moi au 07 80 16 52 39""",
        app("Dylan", "Perrot", phone="+33780165239", bac=1, grad=None, failing=("degree_level",), email=None, forwarded_by=VOICE_ADDR, status="voice_first_year"),
    )),
    # Feature: voicemail_transcript — aim — je cherche un poste dans une régie de quartier
    # genre: transcript «je cherche un poste dans une régie de quartier» = ESS aim → meets job_seeking_ess
    N("voicemail_transcript", "aim", "je cherche un poste dans une régie de quartier", M(
        VOICE, "Nouveau message vocal de 06 56 81 23 07", "20 08:51",
        """Transcription de votre message vocal
de : 06 56 81 23 07
reçu le : 20 novembre à 8 h 51
durée : 47 secondes

bonjour c'est fatoumata camara je vous laisse un message pour pro'pulse j'ai eu mon master aménagement et développement des territoires en juillet 2025 et je cherche un poste dans une régie de quartier ou une association d'habitants euh voilà je suis joignable au 06 56 81 23 07 bonne journée""",
        app("Fatoumata", "Camara", phone="+33656812307", bac=5, grad="2025-07", email=None, forwarded_by=VOICE_ADDR, status="voice_regie"),
    )),
    # Feature: voicemail_transcript — situation — je termine mon stage euh en novembre
    # ambiguous: an internship ending «en novembre» with no day, heard on 21 November: over already or still running, the message does not say
    # genre: transcript «je termine mon stage euh en novembre» = end of internship this month, no day → not_internship open
    N("voicemail_transcript", "situation", "je termine mon stage euh en novembre", M(
        VOICE, "Nouveau message vocal de 06 28 73 40 95", "21 13:14",
        """Transcription de votre message vocal
de : 06 28 73 40 95
reçu le : 21 novembre à 13 h 14
durée : 44 secondes

bonjour c'est bastien nguyen euh j'ai fini mon master gestion des organisations sociales en juin 2026 je termine mon stage euh en novembre à la fédération des acteurs de la solidarité et après je cherche un poste dans une association de lutte contre l'exclusion rappelez-moi au 06 28 73 40 95 merci""",
        app("Bastien", "Nguyen", phone="+33628734095", bac=5, grad="2026-06", unknown=("not_internship",), email=None, forwarded_by=VOICE_ADDR, status="voice_intern_november"),
    )),
    # Feature: voicemail_transcript — kind — est-ce qu'il faut déjà avoir trouvé un employeur pour entrer dans le programme
    # genre: transcript «est-ce qu'il faut déjà avoir trouvé un employeur pour entrer dans le programme» = a question, no personal fact → kind question
    N("voicemail_transcript", "kind", "est-ce qu'il faut déjà avoir trouvé un employeur pour entrer dans le programme", M(
        VOICE, "Nouveau message vocal de 06 90 55 12 48", "22 10:33",
        """Transcription de votre message vocal
de : 06 90 55 12 48
reçu le : 22 novembre à 10 h 33
durée : 21 secondes

bonjour je voulais savoir est-ce qu'il faut déjà avoir trouvé un employeur pour entrer dans le programme merci de me rappeler au 06 90 55 12 48""",
        question(),
    )),
    # Feature: voicemail_transcript — kind — c'est quoi la date limite pour envoyer les dossiers
    # genre: transcript «c'est quoi la date limite pour envoyer les dossiers» = a question, no personal fact → kind question
    N("voicemail_transcript", "kind", "c'est quoi la date limite pour envoyer les dossiers", M(
        VOICE, "Nouveau message vocal de 07 14 83 26 50", "23 19:02",
        """Transcription de votre message vocal
de : 07 14 83 26 50
reçu le : 23 novembre à 19 h 02
durée : 15 secondes

oui bonsoir euh c'est quoi la date limite pour envoyer les dossiers voilà merci""",
        question(),
    )),
    # Feature: voicemail_transcript — kind — c'est le centre social des amandiers pour la salle du 3 décembre
    # genre: transcript «c'est le centre social des amandiers pour la salle du 3 décembre» = a partner booking a room → kind other
    N("voicemail_transcript", "kind", "c'est le centre social des amandiers pour la salle du 3 décembre", M(
        VOICE, "Nouveau message vocal de 01 43 58 20 71", "24 11:45",
        """Transcription de votre message vocal
de : 01 43 58 20 71
reçu le : 24 novembre à 11 h 45
durée : 29 secondes

bonjour c'est le centre social des amandiers pour la salle du 3 décembre c'est bon on vous la réserve de 14 h à 17 h rappelez-nous si besoin au 01 43 58 20 71""",
        other(),
    )),
]
