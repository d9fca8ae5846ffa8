"""Spoken corpus, batch 03 (writer A): voice_note_app (a voice note transcribed by WhatsApp or a recorder app,
pasted with or without a typed line), call_captions (Teams or Meet captions of a call with an adviser, a friend
or a parent, pasted by the person or sent by the adviser), dictated_to_someone (said aloud to a sister, a
flatmate, a parent or an assistive reader who typed it, their asides left in)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, other, question, reply
from spoken import N

MESSAGES = [
    # Feature: voice_note_app — level — j'ai une licence pro gestion des organisations de l'économie sociale
    # route: a WhatsApp voice note's automatic transcript pasted under a typed line, the level in the transcript → application; a licence pro (bac+3) of 2025, a job in a cooperative sought → eligible
    N("voice_note_app", "level", "j'ai une licence pro gestion des organisations de l'économie sociale", M(
        "Inès Carré <ines.carre.nantes@gmail.com>", "ma candidature en vocal", "02 12:26",
        """Bonjour, je vous mets la transcription de mon vocal, c'est plus simple pour moi.

Transcription automatique :
🎤 0:41
bonjour je m'appelle Inès Carré j'ai 23 ans j'habite à Nantes j'ai une licence pro gestion des organisations de l'économie sociale que j'ai eue en juin 2025 et je voudrais travailler dans une coopérative ou une association gestionnaire genre en tant qu'assistante de gestion voilà merci de votre écoute""",
        app("Inès", "Carré", phone=None, bac=3, grad="2025-06", status="wa_licence_pro_geos"),
    )),
    # Feature: voice_note_app — situation — bon je suis encore en stage chez Emmaüs jusqu'en avril
    # route: a typed line «je suis dispo tout de suite» above a WhatsApp transcript that later says the stage runs until April: the later word wins → application; a BTS of 2025, a stage running until April 2027 → fails not_internship → not eligible
    N("voice_note_app", "situation", "bon je suis encore en stage chez Emmaüs jusqu'en avril", M(
        "Rachid Benmoussa <rachid.benmoussa@gmail.com>", "Fwd: message vocal", "03 18:14",
        """je suis dispo tout de suite pour le programme !

---------- Message transféré ----------
Transcription automatique de la note vocale (0:36) :
alors voilà j'ai eu mon BTS gestion de la PME en 2025 à Marseille et euh bon je suis encore en stage chez Emmaüs jusqu'en avril mais après je voudrais trouver un emploi dans le réemploi ou l'insertion merci""",
        app("Rachid", "Benmoussa", phone=None, bac=2, grad="2025", failing=("not_internship",), status="wa_encore_en_stage_avril"),
    )),
    # Feature: voice_note_app — graduation — petite correction : c'est 2023 pas 2025
    # route: a WhatsApp transcript that says «en 2025», then the person's typed line below it correcting the year: the later word wins → application; a master of 2023, an association sought → fails graduation_recent → not eligible
    N("voice_note_app", "graduation", "petite correction : c'est 2023 pas 2025", M(
        "Julie Lemaire <julie.lemaire.lille@gmail.com>", "candidature (vocal)", "04 10:37",
        """Transcription automatique :
🎤 0:29
coucou enfin bonjour pardon je m'appelle Julie Lemaire j'ai eu mon master de sciences de l'éducation en 2025 à Lille et je cherche un emploi dans une association de soutien scolaire voilà bisous enfin bonne journée

petite correction : c'est 2023 pas 2025, l'appli a mal compris ! Julie""",
        app("Julie", "Lemaire", phone=None, bac=5, grad="2023", failing=("graduation_recent",), status="wa_correction_2023"),
    )),
    # Feature: voice_note_app — aim — je sais pas trop encore dans quel domaine
    # ambiguous: the person says she does not yet know in which field she will look for work; neither the ESS nor another sector is named: job_seeking_ess open
    # route: a recorder app's transcript (Otter) pasted as the mail, the search without a field → application; a licence of 2025, a search whose field is not told → job_seeking_ess open → to verify
    N("voice_note_app", "aim", "je sais pas trop encore dans quel domaine", M(
        "Tiphaine Le Bihan <tiphaine.lebihan@gmail.com>", "Programme Pro'pulse", "05 14:51",
        """Bonjour, voici ma présentation enregistrée (transcrite par Otter) :

Intervenant 1  0:00
Bonjour, euh, je m'appelle Tiphaine, j'ai eu ma licence de psychologie en 2025 à Rennes, et là je cherche un premier emploi mais je sais pas trop encore dans quel domaine, c'est pour ça que je voudrais être accompagnée. Voilà, merci.

Tiphaine""",
        app("Tiphaine", "Le Bihan", phone=None, bac=3, grad="2025", unknown=("job_seeking_ess",), status="otter_domaine_pas_encore"),
    )),
    # Feature: voice_note_app — graduation — I got my bachelor's in social work last July
    # route: a WhatsApp voice note in English, its transcript pasted with a typed line, «last July» reckoned from the day of writing (July 2026) → application in English; a bachelor's of July 2026, an ESS job sought → eligible
    N("voice_note_app", "graduation", "I got my bachelor's in social work last July", M(
        "Emily Carter <emily.carter@example.com>", "My application (voice note)", "06 09:03",
        """Hi! I recorded this, hope that's ok.

Voice note transcript:
🎤 0:44
hi this is Emily Carter I'm American I moved to Toulouse with my partner um I got my bachelor's in social work last July from the University of Michigan and I'd really like to work for a nonprofit or a cooperative here something in the social and solidarity economy thank you""",
        app("Emily", "Carter", phone=None, bac=3, grad="2026-07", language="en", status="wa_en_bachelors_last_july"),
    )),
    # Feature: voice_note_app — career_change — j'ai fait des petits boulots pendant mes études mais c'était pas un métier
    # route: a WhatsApp transcript pasted as the mail, the jobs before said to be student jobs («pendant mes études», «c'était pas un métier») → application; a BUT of 2025, student jobs only, an association sought → eligible
    N("voice_note_app", "career_change", "j'ai fait des petits boulots pendant mes études mais c'était pas un métier", M(
        "Quentin Dupont <quentin.dupont.tls@gmail.com>", "vocal candidature", "07 19:40",
        """Transcription automatique :
🎤 0:38
bonjour c'est Quentin j'ai eu mon BUT gestion des entreprises et des administrations en 2025 à Toulouse j'ai fait des petits boulots pendant mes études mais c'était pas un métier hein et là je voudrais vraiment travailler dans une association de finance solidaire merci""",
        app("Quentin", "Dupont", phone=None, bac=3, grad="2025", status="wa_petits_boulots_pas_un_metier"),
    )),
    # Feature: voice_note_app — kind — ma pote m'a dit de vous demander
    # route: a voice note's transcript forwarded by someone asking only whether the programme is open to her friend's profile in general, no fact of her own → question
    N("voice_note_app", "kind", "ma pote m'a dit de vous demander", M(
        "Lina Mansour <lina.mansour@gmail.com>", "question en vocal", "08 17:59",
        """Transcription automatique :
🎤 0:18
bonjour ma pote m'a dit de vous demander est-ce que le programme c'est seulement pour les gens qui habitent en Île-de-France ou partout en France merci""",
        question(),
    )),
    # Feature: voice_note_app — kind — je vais avoir dix minutes de retard
    # route: a voice note's transcript sent in our thread (In-Reply-To <…@animafac.net>) to say she will be late to the appointment → reply
    N("voice_note_app", "kind", "je vais avoir dix minutes de retard", M(
        "Céline Marchal <celine.marchal.ess@gmail.com>", "Re: Pro'pulse – confirmation de votre entretien", "16 13:52",
        """Transcription automatique :
🎤 0:09
bonjour c'est Céline je vais avoir dix minutes de retard mon tram est bloqué désolée

Le lun. 16 nov. 2026 à 09:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Céline, nous vous confirmons votre entretien aujourd'hui à 14h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-11-16-0208@animafac.net>"},
    )),
    # Feature: call_captions — situation — non c'est fini depuis septembre
    # route: Teams captions of a call with a Mission Locale adviser, pasted by the applicant; the adviser's question «vous êtes toujours en stage ?» is no fact, the applicant's answer ends the stage → application; a master of 2025, the stage over, an ESS job sought → eligible
    N("call_captions", "situation", "non c'est fini depuis septembre", M(
        "Marine Aubert <marine.aubert.lyon@gmail.com>", "Transcription de mon rendez-vous mission locale", "02 16:05",
        """Bonjour, ma conseillère m'a conseillé de vous envoyer la transcription de notre entretien, ça résume ma situation.

Transcription
Karine Dumas   0:12
Donc vous avez eu votre master quand ?
Marine Aubert   0:15
En juin 2025, un master ingénierie de projets en économie sociale et solidaire.
Karine Dumas   0:22
D'accord. Et vous êtes toujours en stage ?
Marine Aubert   0:25
Non c'est fini depuis septembre. Là je cherche un poste de chargée de projet dans une association ou une SCOP.
Karine Dumas   0:33
Très bien, je pense que Pro'pulse est fait pour vous.

Marine""",
        app("Marine", "Aubert", phone=None, bac=5, grad="2025-06", status="teams_stage_fini_septembre"),
    )),
    # Feature: call_captions — situation — je suis en service civique jusqu'en juin 2027
    # route: Google Meet captions sent by a Mission Locale adviser with a cover line (a referral), the young man's own turn stating a running service civique → application; a BTS of 2025, a service civique running until June 2027 → fails not_service_civique → not eligible
    N("call_captions", "situation", "je suis en service civique jusqu'en juin 2027", M(
        "Sylvie Berthier <s.berthier@ml-lille.example.org>", "Orientation Pro'pulse – Kader Belhadj", "03 11:48",
        """Bonjour,

Je vous oriente Kader Belhadj (kader.belhadj@gmail.com), que j'ai reçu ce matin. Je vous colle la transcription automatique de notre échange.

Transcription de la réunion – Meet
Sylvie Berthier : alors Kader vous avez quel diplôme
Kader Belhadj : j'ai un BTS négociation digitalisation de la relation client je l'ai eu en 2025
Sylvie Berthier : et en ce moment vous faites quoi
Kader Belhadj : je suis en service civique jusqu'en juin 2027 à l'AFEV à Lille
Sylvie Berthier : et après
Kader Belhadj : après je voudrais travailler dans une association d'éducation populaire

Bien cordialement,
Sylvie Berthier, conseillère, Mission Locale de Lille""",
        app("Kader", "Belhadj", phone=None, bac=2, grad="2025", email="kader.belhadj@gmail.com", forwarded_by="s.berthier@ml-lille.example.org", failing=("not_service_civique",), status="meet_ml_service_civique_juin_2027"),
    )),
    # Feature: call_captions — graduation — moi c'est une licence de lettres
    # ambiguous: the only year in the captions is the friend's («moi j'ai eu mon master en 2025»); the applicant's own licence is never dated: graduation_recent open
    # route: a call's captions with a friend, pasted by the applicant; the friend's master of 2025 is not hers, her licence has no date → application; a licence with no date, an association sought → graduation_recent open → to verify
    N("call_captions", "graduation", "moi c'est une licence de lettres", M(
        "Yasmine Haddou <yasmine.haddou@gmail.com>", "candidature", "04 20:37",
        """Bonjour, j'ai parlé de votre programme avec une amie en visio, je vous mets la transcription, je ne suis pas douée pour écrire des mails.

[00:00:04] Léna : tu devrais t'inscrire à Pro'pulse moi j'ai eu mon master en 2025 et ils m'ont trop aidée
[00:00:09] Yasmine : ouais mais moi c'est une licence de lettres pas un master
[00:00:12] Léna : c'est bon c'est à partir de bac plus deux
[00:00:15] Yasmine : ok ben moi ce que je veux c'est travailler dans une asso culturelle ou une bibliothèque associative

Yasmine Haddou""",
        app("Yasmine", "Haddou", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="visio_licence_lettres_sans_annee"),
    )),
    # Feature: call_captions — aim — dans le marketing chez L'Oréal
    # route: a family call's captions pasted by the applicant; her father asks what she looks for, her own answer names a cosmetics group's marketing → application; a master of 2025, a marketing post in a large group sought → fails job_seeking_ess → not eligible
    N("call_captions", "aim", "dans le marketing chez L'Oréal", M(
        "Anh Vo <anh.vo.paris@gmail.com>", "ma candidature", "05 21:12",
        """Bonjour, mon père m'a dit de vous écrire, voici ce qu'on s'est dit hier (sous-titres automatiques de l'appel) :

Papa : tu as fini ton master en septembre 2025 c'est ça
Anh : oui master marketing à Strasbourg
Papa : et tu cherches quoi comme travail
Anh : dans le marketing chez L'Oréal ou un grand groupe du luxe
Papa : écris à ce programme ils aident les jeunes diplômés

Anh Vo""",
        app("Anh", "Vo", phone=None, bac=5, grad="2025-09", failing=("job_seeking_ess",), status="appel_papa_loreal"),
    )),
    # Feature: call_captions — studies_finished — I graduate in May 2027
    # route: Zoom captions in English of a call with a university adviser, pasted by the student; her own turn says the master's ends in May 2027 → application in English; a master's running → fails studies_finished → not eligible
    N("call_captions", "studies_finished", "I graduate in May 2027", M(
        "Hannah Brooks <hannah.brooks@example.edu>", "Pro'pulse program – question about eligibility", "06 15:24",
        """Hello, my advisor suggested I send you the transcript of our Zoom call.

Transcript
00:00:05 Mark Ellison: so you're doing the exchange year in Lyon right now
00:00:08 Hannah Brooks: yes I'm still doing my master's in nonprofit management I graduate in May 2027
00:00:14 Mark Ellison: and after that
00:00:16 Hannah Brooks: I'd love to work for a French association in the social economy

Best,
Hannah""",
        app("Hannah", "Brooks", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="zoom_en_graduate_may_2027"),
    )),
    # Feature: call_captions — graduation — j'ai eu mon master en juillet 2025
    # route: Teams captions sent by a France Travail adviser with her cover line (a referral), the young woman's own turn dating her master → application; a master of July 2025, an association sought → eligible
    N("call_captions", "graduation", "j'ai eu mon master en juillet 2025", M(
        "Corinne Lemaire <corinne.lemaire@francetravail.example.fr>", "Orientation vers Pro'pulse", "07 10:18",
        """Bonjour,

Suite à mon entretien avec Awa Koné (awa.kone.pro@gmail.com, 06 27 84 51 36), je vous transmets la transcription Teams de notre échange. Elle souhaite intégrer votre programme.

Transcription
Corinne Lemaire   00:01:10
Vous êtes diplômée de quoi exactement ?
Awa Koné   00:01:13
J'ai eu mon master en juillet 2025, master économie sociale et solidaire à Toulouse.
Corinne Lemaire   00:01:20
Et vous cherchez dans quel domaine ?
Awa Koné   00:01:22
Dans une coopérative ou une association d'insertion par l'activité économique.

Cordialement,
Corinne Lemaire, conseillère France Travail""",
        app("Awa", "Koné", phone="+33627845136", bac=5, grad="2025-07", email="awa.kone.pro@gmail.com", forwarded_by="corinne.lemaire@francetravail.example.fr", status="teams_france_travail_master_2025"),
    )),
    # Feature: call_captions — kind — a démarré la transcription
    # route: a partner's Teams transcript of a meeting about a joint workshop, sent for the minutes, nobody applying → other
    N("call_captions", "kind", "a démarré la transcription", M(
        "Florence Girard <f.girard@cress-aura.example.org>", "Transcription réunion partenariat 12/11", "12 17:30",
        """Bonjour à tous, comme convenu voici la transcription de notre réunion.

Florence Girard a démarré la transcription
Florence Girard   0:03
Donc on part sur un atelier commun en février ?
Pro'pulse   0:07
Oui, plutôt la deuxième quinzaine.
Florence Girard   0:11
Parfait, je réserve la salle.

Florence""",
        other(),
    )),
    # Feature: call_captions — kind — est-ce que vous acceptez les personnes en alternance
    # route: a Meet transcript of our information session pasted by a participant, her only line a general question, no fact of her own → question
    N("call_captions", "kind", "est-ce que vous acceptez les personnes en alternance", M(
        "Noémie Garnier <noemie.garnier@gmail.com>", "question après la réunion d'info", "13 18:45",
        """Bonjour, ma question n'a pas été traitée pendant la réunion d'information, je la recopie depuis la transcription :

Noémie Garnier : est-ce que vous acceptez les personnes en alternance ou seulement celles qui ont fini leurs études

Merci !""",
        question(),
    )),
    # Feature: dictated_to_someone — level — je tape pour Inès qui a le poignet cassé
    # route: a sister typing from her own address («je tape pour Inès qui a le poignet cassé»), the applicant's words dictated with her BUT and her address → application; a BUT (bac+3) of 2025, an association sought, the sister a referrer → eligible
    N("dictated_to_someone", "level", "je tape pour Inès qui a le poignet cassé", M(
        "Awa Fall <awa.fall.93@gmail.com>", "Candidature d'Inès Fall", "03 09:33",
        """Bonjour,

Je tape pour Inès qui a le poignet cassé, c'est elle qui dicte :

« Je m'appelle Inès Fall, j'ai un BUT carrières sociales option animation sociale et socioculturelle, je l'ai eu en juin 2025 à Lille. Je cherche un emploi d'animatrice dans une association ou une maison de quartier. Vous pouvez me répondre sur ines.fall.lille@gmail.com. »

Merci pour elle !
Awa""",
        app("Inès", "Fall", phone=None, bac=3, grad="2025-06", email="ines.fall.lille@gmail.com", forwarded_by="awa.fall.93@gmail.com", status="soeur_tape_poignet_casse"),
    )),
    # Feature: dictated_to_someone — situation — moi je suis en stage mais c'est pas le sujet
    # route: a flatmate typing in the applicant's own mailbox, his aside about his own running stage is not hers → application; a licence of 2025, an ESS job sought, no stage of hers → eligible
    N("dictated_to_someone", "situation", "moi je suis en stage mais c'est pas le sujet", M(
        "Zoé Marchand <zoe.marchand.rennes@gmail.com>", "Candidature Pro'pulse", "04 22:08",
        """Bonjour, c'est Hugo, le coloc de Zoé, elle me dicte parce qu'elle n'a plus de batterie sur son ordi (moi je suis en stage mais c'est pas le sujet haha).

Elle dit : j'ai une licence d'information-communication obtenue en juin 2025 à Rennes, je cherche un poste de chargée de communication dans une association ou une coopérative, je suis disponible tout de suite.

Zoé (tapé par Hugo)""",
        app("Zoé", "Marchand", phone=None, bac=3, grad="2025-06", status="coloc_tape_son_stage_a_lui"),
    )),
    # Feature: dictated_to_someone — level — il dit qu'il a arrêté la fac en deuxième année
    # route: a mother typing from her own address for her son, her aside reporting his words: he left university in the second year (the bac alone) → application; the bac alone, an ESS job sought, the mother a referrer → fails degree_level → not eligible
    N("dictated_to_someone", "level", "il dit qu'il a arrêté la fac en deuxième année", M(
        "Isabelle Renaud <isabelle.renaud59@orange.fr>", "inscription de mon fils Mathis", "05 19:55",
        """Bonjour,

J'écris pour mon fils Mathis Renaud qui est dyslexique, il me dicte. Il voudrait travailler dans une association sportive ou d'insertion. Il a eu son bac en 2023 (il dit qu'il a arrêté la fac en deuxième année, en STAPS, l'an dernier). Il n'a pas d'adresse mail à lui pour l'instant, vous pouvez me répondre.

Cordialement,
Isabelle Renaud""",
        app("Mathis", "Renaud", phone=None, bac=0, grad=None, email=None, forwarded_by="isabelle.renaud59@orange.fr", failing=("degree_level",), status="maman_tape_arrete_fac"),
    )),
    # Feature: dictated_to_someone — graduation — elle ne se souvient plus du mois, c'était en 2024
    # ambiguous: the typist's aside gives 2024 with no month («elle ne se souvient plus du mois»): the diploma may be of early 2024 (over 24 months) or late 2024 (within): graduation_recent open
    # route: an assistive reader typing for a blind applicant from her mailbox, the year only in the typist's aside → application; a master of 2024 with no month, an association sought → graduation_recent open → to verify
    N("dictated_to_someone", "graduation", "elle ne se souvient plus du mois, c'était en 2024", M(
        "Mélanie Chevallier <melanie.chevallier@gmail.com>", "Candidature – Mélanie Chevallier", "06 11:02",
        """Bonjour,

Je suis l'assistante de vie de Mélanie, qui est non-voyante ; j'écris sous sa dictée.

Mélanie a un master en droit de l'économie sociale et solidaire de l'université de Nantes (elle ne se souvient plus du mois, c'était en 2024). J'ai fini mes études et je cherche un poste de juriste dans une fédération associative ou une coopérative.

Elle est joignable au 06 81 47 22 59.""",
        app("Mélanie", "Chevallier", phone="+33681472259", bac=5, grad="2024", unknown=("graduation_recent",), status="assistante_vie_2024_sans_mois"),
    )),
    # Feature: dictated_to_someone — career_change — il a travaillé avant mais je sais plus combien de temps
    # ambiguous: the friend typing reports that the applicant worked before his diploma but not for how long nor in what; years of a trade or student jobs cannot be told: not_career_change open
    # route: a friend typing in the applicant's mailbox, the past only in his aside → application; a DEJEPS of 2025, a work past of unknown length, an ESS job sought → not_career_change open → to verify
    N("dictated_to_someone", "career_change", "il a travaillé avant mais je sais plus combien de temps", M(
        "Youssef Tahiri <youssef.tahiri@gmail.com>", "pro pulse", "07 14:16",
        """Salut, c'est Malik, je tape pour Youssef qui est au volant.

Il dit qu'il a un DEJEPS animation socio-éducative depuis juillet 2025 (il a travaillé avant mais je sais plus combien de temps, il vous dira) et qu'il cherche un poste de coordinateur dans une association d'éducation populaire à Marseille.

Youssef""",
        app("Youssef", "Tahiri", phone=None, bac=2, grad="2025-07", unknown=("not_career_change",), status="ami_tape_travaille_avant"),
        cv=CV("pdf", "CV_Youssef_Tahiri.pdf", """Youssef Tahiri – Marseille
DEJEPS Animation socio-éducative ou culturelle – juillet 2025
Animateur en accueil collectif de mineurs
Objectif : coordinateur jeunesse en association d'éducation populaire"""),
    )),
    # Feature: dictated_to_someone — situation — he says he's doing an internship until March 2027
    # route: a friend typing in English from his own address for an Indian applicant, the running internship in his report of the applicant's words → application in English; a master's of 2025 but an internship running until March 2027, the friend a referrer → fails not_internship → not eligible
    N("dictated_to_someone", "situation", "he says he's doing an internship until March 2027", M(
        "Rohan Mehta <rohan.mehta@example.in>", "Application for my friend Aarav Shah", "08 08:47",
        """Hello,

I'm typing this for my friend Aarav Shah, who is dictating (his laptop is broken).

He says: "I finished my master's in development studies in 2025 in Pune. Right now I'm in Paris and he says he's doing an internship until March 2027 at a microfinance nonprofit." Sorry, I mixed up I and he. After that he wants a job in the social economy in France. His email is aarav.shah@example.in.

Thanks,
Rohan""",
        app("Aarav", "Shah", phone=None, bac=5, grad="2025", email="aarav.shah@example.in", forwarded_by="rohan.mehta@example.in", failing=("not_internship",), language="en", status="friend_en_internship_march_2027"),
    )),
    # Feature: dictated_to_someone — kind — mon petit-fils voudrait savoir
    # route: a grandmother typing a general question for her grandson, no fact of his → question
    N("dictated_to_someone", "kind", "mon petit-fils voudrait savoir", M(
        "Monique Thibault <monique.thibault@wanadoo.fr>", "Renseignements", "09 15:03",
        """Bonjour,

Mon petit-fils voudrait savoir s'il faut envoyer un CV pour s'inscrire, ou si un simple mail suffit. Il me dicte pendant que je tape.

Merci beaucoup,
Monique Thibault""",
        question(),
    )),
    # Feature: dictated_to_someone — kind — elle dit que c'est d'accord pour le 24
    # route: a flatmate typing the applicant's answer in our thread (In-Reply-To <…@animafac.net>) → reply
    N("dictated_to_someone", "kind", "elle dit que c'est d'accord pour le 24", M(
        "Lou Besnard <lou.besnard@gmail.com>", "Re: Pro'pulse – date de l'atelier collectif", "17 20:21",
        """Bonjour, c'est sa coloc qui écrit : elle dit que c'est d'accord pour le 24 et qu'elle viendra avec son CV imprimé.

Le mar. 17 nov. 2026 à 11:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Lou, l'atelier collectif aura lieu le mardi 24 novembre à 10h. Pouvez-vous confirmer ?""",
        reply(),
        headers={"In-Reply-To": "<atelier-2026-11-17-0311@animafac.net>"},
    )),
    # Feature: dictated_to_someone — kind — il vous rappellera demain
    # route: a colleague typing a note for someone out of the office («il vous rappellera demain»), no application and no question → other
    N("dictated_to_someone", "kind", "il vous rappellera demain", M(
        "Accueil Régie de quartier <accueil@regie-nord.example.org>", "Message pour Pro'pulse", "18 11:26",
        """Bonjour,

Message de la part de M. Diop, directeur de la régie, qui me le dicte entre deux rendez-vous : il a bien reçu votre proposition de partenariat et il vous rappellera demain.

L'accueil""",
        other(),
    )),
]
