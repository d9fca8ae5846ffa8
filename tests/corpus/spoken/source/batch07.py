"""Spoken corpus, batch 07 (writer B): voice_note_app (Telegram's, Signal's and Messenger's transcription, a
Whisper-based recorder: a typed P.S. correcting the spoken month, twelve years as a medical secretary, a note
cut off on the internship's end, an Australian's "last December", «la grande distribution», «j'ai soutenu le
20 octobre»; a voice reply in our thread, a voice question), call_captions (Zoom captions and a Mission
Locale's transcription tool: an adviser's «vous êtes en stage ?» answered «non non», a service civique
perhaps extended, «un diplôme d'école … pas reconnu», a Kenyan's 2019 degree, «plusieurs années dans la
vente», «non moi je veux une asso»; a webinar extract with a question, a partners' meeting), dictated_to_someone
(a flatmate, a boyfriend, a carer, a Nigerian cousin, a father, a sister typing with their asides; an
assistant's out-of-office, a mother's thanks, a brother's reply)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, other, question, reply
from spoken import N

MESSAGES = [
    # Feature: voice_note_app — graduation — dans le vocal je dis juin mais c'était septembre 2025
    # route: a Telegram voice note's transcription pasted, then the person's typed P.S. «dans le vocal je dis juin mais c'était septembre 2025» → application; the later word wins: master September 2025, a SCIC sought → eligible
    N("voice_note_app", "graduation", "dans le vocal je dis juin mais c'était septembre 2025", M(
        "Oksana Lewandowska <oksana.lewandowska@example.org>",
        "candidature (vocal transcrit)",
        "02 20:31",
        """Bonjour, je préfère parler qu'écrire alors voici la transcription de mon vocal :

🎤 0:38 — Transcription Telegram
« bonjour je m'appelle Oksana j'ai un master aménagement et développement des territoires que j'ai eu en juin 2025 à Besançon et je cherche un poste dans une SCIC ou une association de développement local voilà merci »

PS : dans le vocal je dis juin mais c'était septembre 2025, j'ai soutenu en rattrapage.

Oksana Lewandowska""",
        app("Oksana", "Lewandowska", phone=None, bac=5, grad="2025-09", status="b_vn_telegram_ps_septembre"),
    )),
    # Feature: voice_note_app — career_change — ça fait 12 ans que je suis secrétaire médicale
    # route: a Messenger voice note transcribed and forwarded by the person, «ça fait 12 ans que je suis secrétaire médicale» after a BTS of 2014 → application; a career before and a diploma of 2014 → fails graduation_recent and not_career_change → not eligible
    N("voice_note_app", "career_change", "ça fait 12 ans que je suis secrétaire médicale", M(
        "Nathalie Rabemananjara <nathalie.rabe@example.org>",
        "Fwd: message vocal",
        "03 12:44",
        """---------- Message transféré ----------
Messenger · Message vocal (1:02) · Transcription

bonjour alors voilà ça fait 12 ans que je suis secrétaire médicale depuis mon BTS en 2014 et j'ai envie de changer complètement de métier pour travailler dans une association d'accompagnement des malades je voulais savoir si votre programme pouvait m'aider dans cette reconversion merci beaucoup""",
        app("Nathalie", "Rabemananjara", phone=None, bac=2, grad="2014", failing=("graduation_recent", "not_career_change"), status="b_vn_messenger_secretaire_12_ans"),
    )),
    # Feature: voice_note_app — situation — mon stage à la scop il se termine le
    # ambiguous: the transcription is cut off right after «il se termine le»: the internship may end before today or after, not_internship stays open
    # route: a Signal voice note's transcription marked incomplete under the person's typed line (a cooperative sought), a licence pro of June 2025, the internship's end lost → application; internship open → to verify
    N("voice_note_app", "situation", "mon stage à la scop il se termine le", M(
        "Gaëtan Robert <gaetan.robert@example.org>",
        "Vocal Signal – candidature",
        "04 18:20",
        """Je cherche un emploi dans une coopérative. Je vous colle la transcription de mon message vocal :

Signal · Note vocale 0:51 · Transcription (partielle)
bon bah bonjour moi c'est Gaëtan j'ai une licence pro métiers de l'économie sociale depuis juin 2025 et là mon stage à la scop il se termine le

[Transcription incomplète]

Gaëtan Robert""",
        app("Gaëtan", "Robert", phone=None, bac=3, grad="2025-06", unknown=("not_internship",), status="b_vn_signal_stage_coupe"),
    )),
    # Feature: voice_note_app — graduation — I finished it last December
    # route: a recorder app's English transcription pasted by an Australian applicant, the bachelor's date «I finished it last December» reckoned from November 2026 → application in English; bachelor December 2025, a community organisation sought → eligible
    N("voice_note_app", "graduation", "I finished it last December", M(
        "Brodie McKenzie <brodie.mckenzie@example.org>",
        "Application - voice note transcript",
        "05 08:57",
        """Hi, my French writing isn't great so here's a transcript of a voice memo instead.

Transcript (Whisper Notes, 0:44):
hi I'm Brodie I'm from Melbourne I did a bachelor of social work at Monash I finished it last December and I've moved to Montpellier with my partner I'd really like to work for a community organisation or a cooperative here so I'd love to join pro pulse thanks

Brodie McKenzie""",
        app("Brodie", "McKenzie", phone=None, bac=3, grad="2025-12", language="en", status="b_vn_whisper_australian_last_december"),
    )),
    # Feature: voice_note_app — aim — je cherche dans la grande distribution
    # route: a Messenger voice note transcribed, a BTS of 2025, the aim «je cherche dans la grande distribution» as a department manager → application; no ESS search → fails job_seeking_ess → not eligible
    N("voice_note_app", "aim", "je cherche dans la grande distribution", M(
        "Mickaël Jacquet <mickael.jacquet@example.org>",
        "message vocal",
        "05 21:09",
        """🎤 Message vocal 0:27 – transcription automatique
salut alors j'ai eu mon BTS management commercial opérationnel en juin 2025 et là je cherche dans la grande distribution un poste d'adjoint chef de rayon sur Rouen si vous avez des contacts merci""",
        app("Mickaël", "Jacquet", phone=None, bac=2, grad="2025-06", failing=("job_seeking_ess",), status="b_vn_messenger_grande_distribution"),
    )),
    # Feature: voice_note_app — studies_finished — j'ai soutenu mon mémoire le 20 octobre donc c'est fini
    # route: a Whisper-based app's transcription, «j'ai soutenu mon mémoire le 20 octobre donc c'est fini» for a master of October 2026 → application; studies finished, an association sought → eligible
    N("voice_note_app", "studies_finished", "j'ai soutenu mon mémoire le 20 octobre donc c'est fini", M(
        "Salomé Ravelojaona <salome.ravelo@example.org>",
        "Candidature Pro'pulse (message vocal transcrit)",
        "06 10:40",
        """Bonjour,
voici ce que j'ai dit à mon appli de dictée, je n'ai presque rien corrigé :

« bonjour je suis Salomé j'étais en master 2 intervention sociale à Clermont j'ai soutenu mon mémoire le 20 octobre donc c'est fini et j'ai eu mon diplôme et maintenant je cherche un poste de coordinatrice dans une association de protection de l'enfance merci »

Salomé Ravelojaona""",
        app("Salomé", "Ravelojaona", phone=None, bac=5, grad="2026-10", status="b_vn_whisper_soutenu_20_octobre"),
    )),
    # Feature: voice_note_app — kind — c'est noté pour le 24 je serai là
    # route: a Telegram voice note's transcription pasted in an answer in our thread confirming a workshop (In-Reply-To our invitation) → reply
    N("voice_note_app", "kind", "c'est noté pour le 24 je serai là", M(
        "Clarisse Ndiaye-Mercier <clarisse.ndm@example.org>",
        "Re: Atelier CV du 24 novembre",
        "07 13:15",
        """🎤 0:09 — Transcription
« oui bonjour c'est noté pour le 24 je serai là merci beaucoup »""",
        reply(),
        headers={"In-Reply-To": "<atelier-2411.cnm@animafac.net>", "References": "<atelier-2411.cnm@animafac.net>"},
    )),
    # Feature: voice_note_app — kind — est-ce qu'on peut faire le programme en étant en Guadeloupe
    # route: a Messenger voice note transcribed, a question on following the programme from Guadeloupe, no fact of the writer → question
    N("voice_note_app", "kind", "est-ce qu'on peut faire le programme en étant en Guadeloupe", M(
        "Steeve Bélizaire <steeve.belizaire@example.org>",
        "question (message vocal)",
        "07 19:02",
        """Message vocal · 0:18 · Transcription automatique
bonjour est-ce qu'on peut faire le programme en étant en Guadeloupe ou il faut venir en métropole pour les ateliers merci""",
        question(),
    )),
    # Feature: call_captions — situation — non non c'est fini depuis septembre
    # route: Zoom captions of an interview sent by a Mission Locale adviser; her question «vous êtes encore en stage ?» is no fact, the applicant's answer «non non c'est fini depuis septembre» is → application referred (forwarded_by the adviser); BTS July 2025, internship over → eligible
    N("call_captions", "situation", "non non c'est fini depuis septembre", M(
        "Corinne Aubert <c.aubert@mission-locale-dijon.example.org>",
        "Orientation Pro'pulse – Mme Chahine (transcription de l'entretien)",
        "09 10:05",
        """Bonjour,

Je vous oriente Lara Chahine, que j'ai reçue en visio la semaine dernière. Je vous colle la transcription Zoom de notre échange, elle est d'accord. Son adresse : lara.chahine@example.org.

[00:01:12] Corinne Aubert : alors vous avez quel diplôme
[00:01:15] Lara Chahine : j'ai un BTS ESF je l'ai eu en juillet 2025
[00:01:20] Corinne Aubert : d'accord et vous êtes encore en stage
[00:01:22] Lara Chahine : non non c'est fini depuis septembre
[00:01:26] Corinne Aubert : et vous cherchez quoi comme poste
[00:01:28] Lara Chahine : conseillère dans une asso de logement ou un CCAS

Bien cordialement,
Corinne Aubert
Conseillère, Mission Locale de Dijon""",
        app("Lara", "Chahine", phone=None, bac=2, grad="2025-07", email="lara.chahine@example.org", forwarded_by="c.aubert@mission-locale-dijon.example.org", status="b_cc_zoom_non_non_fini"),
    )),
    # Feature: call_captions — situation — mon service civique je sais pas encore s'il est prolongé
    # ambiguous: the service civique ends «mi-novembre» (before the day of reading) unless it is extended, which she does not know yet: whether it still runs stays open
    # route: Zoom captions pasted by the applicant of a call with a friend; the friend's own stage is hers, the applicant's «mon service civique je sais pas encore s'il est prolongé» → application; service civique open → to verify
    N("call_captions", "situation", "mon service civique je sais pas encore s'il est prolongé", M(
        "Hanane Belkacem <hanane.belkacem@example.org>",
        "candidature – transcription de notre appel",
        "09 16:48",
        """Bonjour, j'ai discuté du programme avec une amie et je vous envoie la transcription Zoom, ça résume ma situation :

Hanane Belkacem 16:02 : moi j'ai ma licence pro depuis juin 2025
Inès M. 16:02 : moi je suis en stage jusqu'en mars t'as de la chance
Hanane Belkacem 16:03 : ouais mais mon service civique je sais pas encore s'il est prolongé normalement ça finit mi-novembre
Inès M. 16:03 : et après
Hanane Belkacem 16:03 : après je veux bosser dans une asso de médiation

Hanane""",
        app("Hanane", "Belkacem", phone=None, bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_cc_zoom_service_civique_prolonge"),
    )),
    # Feature: call_captions — level — c'est un diplôme d'école c'est pas reconnu je crois
    # ambiguous: the adviser's «c'est un bac plus trois ?» is a question, not a fact; the applicant answers that her school's diploma is perhaps not recognised: degree_level stays open
    # route: a Mission Locale's own transcription tool, pasted by the applicant, the level only in «c'est un diplôme d'école c'est pas reconnu je crois» → application; level open → to verify
    N("call_captions", "level", "c'est un diplôme d'école c'est pas reconnu je crois", M(
        "Mariam Soilihi <mariam.soilihi@example.org>",
        "Candidature Pro'pulse",
        "10 11:22",
        """Bonjour, ma conseillère m'a dit de vous envoyer la transcription de notre rendez-vous :

Transcription – Entretien individuel – outil MiLo Transcript
CONSEILLÈRE : et votre formation c'est un bac plus trois
MARIAM : euh oui enfin c'est un diplôme d'école c'est pas reconnu je crois chargée de projets solidaires en trois ans
CONSEILLÈRE : que vous avez fini quand
MARIAM : en juin 2026
CONSEILLÈRE : et vous voulez travailler où
MARIAM : dans une asso de solidarité internationale

Merci, Mariam Soilihi""",
        app("Mariam", "Soilihi", phone=None, bac=None, grad="2026-06", unknown=("degree_level",), status="b_cc_milo_diplome_ecole"),
    )),
    # Feature: call_captions — graduation — I graduated in 2019
    # route: Zoom captions in English pasted by a Kenyan applicant of a call with her mentor, her own «I graduated in 2019» → application in English; a degree of 2019 → fails graduation_recent → not eligible
    N("call_captions", "graduation", "I graduated in 2019", M(
        "Akinyi Odhiambo <akinyi.odhiambo@example.org>",
        "Application – transcript of my call",
        "10 17:30",
        """Hello, my mentor suggested I send you the transcript of our Zoom call, it explains my background.

00:02:04 David (mentor): so tell me again about your degree
00:02:07 Akinyi Odhiambo: it's a bachelor's in community development from Kenyatta University I graduated in 2019
00:02:15 David (mentor): and since then
00:02:17 Akinyi Odhiambo: I volunteered with a women's cooperative in Kisumu and now I'm in Lyon I want to work for a French NGO or a co-op

Kind regards,
Akinyi""",
        app("Akinyi", "Odhiambo", phone=None, bac=3, grad="2019", failing=("graduation_recent",), language="en", status="b_cc_zoom_kenyan_2019"),
    )),
    # Feature: call_captions — career_change — plusieurs années dans la vente
    # ambiguous: «plusieurs années dans la vente» «pendant et après la fac»: student jobs or a career before, which the captions do not settle; not_career_change stays open
    # route: a Mission Locale's transcription tool sent by the adviser; the adviser's «vous avez travaillé avant ?» is a question, the answer «plusieurs années dans la vente pendant et après la fac» → application referred (forwarded_by); career open → to verify
    N("call_captions", "career_change", "plusieurs années dans la vente", M(
        "Patrice Valentin <p.valentin@mission-locale-clermont.example.org>",
        "Orientation – M. Kaya",
        "11 09:12",
        """Bonjour,

Je vous adresse M. Okan Kaya (okan.kaya@example.org). Ci-dessous l'extrait de la transcription automatique de notre entretien.

Conseiller : vous avez travaillé avant
Okan Kaya : oui plusieurs années dans la vente pendant et après la fac
Conseiller : et votre diplôme
Okan Kaya : licence de gestion en juin 2025 à Clermont
Conseiller : vous cherchez dans quel secteur
Okan Kaya : l'économie sociale une coopérative ou une asso

Cordialement,
Patrice Valentin – Mission Locale Clermont Métropole""",
        app("Okan", "Kaya", phone=None, bac=3, grad="2025-06", email="okan.kaya@example.org", forwarded_by="p.valentin@mission-locale-clermont.example.org", unknown=("not_career_change",), status="b_cc_milo_plusieurs_annees_vente"),
    )),
    # Feature: call_captions — aim — non moi je veux une asso ou une coopérative
    # route: Zoom captions pasted by the applicant; the adviser's «vous cherchez dans le privé ?» is a question, the answer «non moi je veux une asso ou une coopérative» → application; a DUT of 2025, ESS sought → eligible
    N("call_captions", "aim", "non moi je veux une asso ou une coopérative", M(
        "Baptiste Nzeza <baptiste.nzeza@example.org>",
        "candidature + transcription",
        "11 15:56",
        """Bonjour, je vous envoie la transcription de mon rendez-vous avec ma conseillère France Travail, elle m'a conseillé Pro'pulse.

Sophie L. 10:14 : vous avez un DUT c'est ça
Baptiste Nzeza 10:14 : oui DUT carrières sociales en juin 2025
Sophie L. 10:15 : vous cherchez dans le privé
Baptiste Nzeza 10:15 : non moi je veux une asso ou une coopérative dans l'animation
Sophie L. 10:16 : très bien

Baptiste Nzeza""",
        app("Baptiste", "Nzeza", phone=None, bac=2, grad="2025-06", status="b_cc_zoom_non_moi_asso"),
        cv=CV("odt", "CV_Baptiste_Nzeza.odt", """Baptiste Nzeza
Grenoble
DUT Carrières sociales, option animation sociale – IUT 2 Grenoble – 2025
Animateur périscolaire (2023–2025)
BAFA"""),
    )),
    # Feature: call_captions — kind — il faut avoir moins de 30 ans c'est bien ça
    # route: an extract of a webinar's Zoom captions pasted with a question on the age limit, no fact of the writer → question
    N("call_captions", "kind", "il faut avoir moins de 30 ans c'est bien ça", M(
        "Jade Castel <jade.castel@example.org>",
        "question sur le webinaire",
        "12 12:10",
        """Bonjour, pendant le webinaire d'hier j'ai noté ça dans les sous-titres :

[00:21:32] Animateur : on passe aux conditions d'accès
[00:21:40] Intervenante : le programme s'adresse aux jeunes diplômés de moins de 30 ans

Du coup il faut avoir moins de 30 ans c'est bien ça ou c'est plus souple ? Merci.""",
        question(),
    )),
    # Feature: call_captions — kind — compte rendu automatique de la réunion partenaires
    # route: a partner network's Zoom summary and captions of a partners' meeting, no applicant → other
    N("call_captions", "kind", "compte rendu automatique de la réunion partenaires", M(
        "Réseau Emploi Solidaire Bourgogne <contact@res-bourgogne.example.org>",
        "Compte rendu – réunion partenaires du 12/11",
        "13 09:30",
        """Bonjour à toutes et à tous,

Voici le compte rendu automatique de la réunion partenaires généré par Zoom, suivi d'un extrait des sous-titres.

Résumé : calendrier des forums emploi ESS 2027, point sur les orientations croisées, prochaine réunion le 10 décembre.

[00:05:11] Claire B. : on propose un forum à Dijon en février
[00:05:20] Animafac : on pourra y présenter Pro'pulse

Bonne journée,
Le Réseau Emploi Solidaire""",
        other(),
    )),
    # Feature: dictated_to_someone — graduation — (elle dit juin 2025 pour le master)
    # route: the flatmate types from her own address what the applicant dictates, her aside «(elle dit juin 2025 pour le master)» reports the applicant's words → application referred (forwarded_by the flatmate); master June 2025, ESS sought → eligible
    N("dictated_to_someone", "graduation", "(elle dit juin 2025 pour le master)", M(
        "Mathilde Perrot <mathilde.perrot@example.org>",
        "Candidature de Gülsüm Aksoy",
        "14 19:40",
        """Bonjour,

C'est Mathilde, la colocataire de Gülsüm, elle est dyslexique et me dicte son message :

« Bonjour je m'appelle Gülsüm Aksoy, j'ai un master sciences de l'éducation (elle dit juin 2025 pour le master) et je voudrais travailler dans une association d'éducation populaire à Bordeaux. Vous pouvez me répondre à gulsum.aksoy@example.org. Merci. »

Mathilde pour Gülsüm""",
        app("Gülsüm", "Aksoy", phone=None, bac=5, grad="2025-06", email="gulsum.aksoy@example.org", forwarded_by="mathilde.perrot@example.org", status="b_dt_coloc_juin_2025"),
    )),
    # Feature: dictated_to_someone — studies_finished — elle est encore en licence 3
    # route: her boyfriend typing from his address, his own internship is his; her facts in the third-person slip «elle est encore en licence 3» → application referred (forwarded_by); studies running → fails studies_finished → not eligible
    N("dictated_to_someone", "studies_finished", "elle est encore en licence 3", M(
        "Kevin Marie <kevin.marie@example.org>",
        "Pour Anaëlle – candidature",
        "15 21:14",
        """Bonjour, j'écris pour ma copine Anaëlle Boyer qui me dicte (moi je suis en stage chez Enercoop mais c'est pas moi qui candidate).

Elle dit : bonjour je voudrais m'inscrire à Pro'pulse je suis en licence 3 de sociologie à Brest, enfin elle est encore en licence 3 jusqu'en juin, et je voudrais travailler dans une asso d'aide aux migrants après.

Son mail : anaelle.boyer@example.org""",
        app("Anaëlle", "Boyer", phone=None, bac="*", grad=None, email="anaelle.boyer@example.org", forwarded_by="kevin.marie@example.org", failing=("studies_finished",), status="b_dt_copain_licence_3_brest"),
    )),
    # Feature: dictated_to_someone — graduation — je n'ai pas bien compris si elle a dit 2024 ou 2025
    # ambiguous: the carer typing does not know whether the BTS is of June 2024 (more than two years ago) or June 2025: graduation_recent stays open
    # route: a carer from an assistive service types for a visually impaired applicant, the aside «je n'ai pas bien compris si elle a dit 2024 ou 2025» → application referred (forwarded_by the carer); graduation open → to verify
    N("dictated_to_someone", "graduation", "je n'ai pas bien compris si elle a dit 2024 ou 2025", M(
        "Service d'aide à la communication <accompagnement@sac-montpellier.example.org>",
        "Candidature de Mme Elodie Rigaud",
        "16 10:28",
        """Bonjour,

Je suis accompagnante au service d'aide à la communication et je retranscris sous sa dictée le message de Mme Elodie Rigaud, malvoyante :

« Bonjour, j'ai un BTS économie sociale familiale obtenu en juin (je n'ai pas bien compris si elle a dit 2024 ou 2025), et je cherche un poste de conseillère dans une association d'accès aux droits à Montpellier. »

Elle vous laisse son adresse : elodie.rigaud@example.org

Bien cordialement,
Anne-Sophie, pour le SAC Montpellier""",
        app("Elodie", "Rigaud", phone=None, bac=2, grad=None, email="elodie.rigaud@example.org", forwarded_by="accompagnement@sac-montpellier.example.org", unknown=("graduation_recent",), status="b_dt_carer_2024_ou_2025"),
    )),
    # Feature: dictated_to_someone — situation — she's doing an internship until March
    # route: a Nigerian cousin typing in English from his own address, «she's doing an internship until March» reports her words → application in English referred (forwarded_by); an internship running → fails not_internship → not eligible
    N("dictated_to_someone", "situation", "she's doing an internship until March", M(
        "Obinna Eze <obinna.eze@example.org>",
        "Application for my cousin Chiamaka",
        "16 18:02",
        """Hello,

I'm typing this for my cousin Chiamaka Nwachukwu, she's dictating and her laptop is broken. She says she has a master's in development studies from Lagos (2025) and she's doing an internship until March at a refugee charity in Paris, and after that she wants a job in a French NGO or social enterprise. Her email is chiamaka.nwachukwu@example.org.

Thanks,
Obinna (for Chiamaka)""",
        app("Chiamaka", "Nwachukwu", phone=None, bac=5, grad="2025", email="chiamaka.nwachukwu@example.org", forwarded_by="obinna.eze@example.org", failing=("not_internship",), language="en", status="b_dt_cousin_nigeria_internship"),
    )),
    # Feature: dictated_to_someone — level — c'est son père qui tape il a un bac plus deux
    # route: the father typing on his son's computer, from the son's own address, «il a un bac plus deux le DUT GEA eu en juin 2025» → application; bac+2 2025, an association sought → eligible
    N("dictated_to_someone", "level", "c'est son père qui tape il a un bac plus deux", M(
        "Yanis Moreau <yanis.moreau@example.org>",
        "inscription pro'pulse",
        "17 20:50",
        """Bonjour, c'est son père qui tape il a un bac plus deux le DUT GEA eu en juin 2025 à Besançon et il dit qu'il veut être gestionnaire dans une association ou une mutuelle. Il me dicte : « merci de me recontacter sur ce mail ».
Yanis""",
        app("Yanis", "Moreau", phone=None, bac=2, grad="2025-06", status="b_dt_pere_tape_bac_plus_deux"),
    )),
    # Feature: dictated_to_someone — level — j'ai arrêté après le bac
    # route: a sister typing from the applicant's address, the applicant's «j'ai arrêté après le bac» and the aside «(elle a fait un an de fac mais pas validé)» → application; no diploma above the bac → fails degree_level → not eligible
    N("dictated_to_someone", "level", "j'ai arrêté après le bac", M(
        "Melek Yavuz <melek.yavuz@example.org>",
        "candidature",
        "18 11:33",
        """Bonjour c'est sa sœur qui écrit, Melek me dicte :
« j'ai arrêté après le bac (elle a fait un an de fac mais pas validé) et je travaille comme animatrice en contrat court, je voudrais un vrai poste dans une asso de quartier à Rouen »
Merci""",
        app("Melek", "Yavuz", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_dt_soeur_arrete_apres_bac"),
    )),
    # Feature: dictated_to_someone — kind — Mme Ferhat est en congé
    # route: an out-of-office typed by a secretary for her manager, sent automatically (Auto-Submitted) → auto_reply
    N("dictated_to_someone", "kind", "Mme Ferhat est en congé", M(
        "Leïla Ferhat <l.ferhat@cress-occitanie.example.org>",
        "Absence du bureau",
        "19 08:00",
        """Bonjour, Mme Ferhat est en congé jusqu'au 30 novembre. Message tapé par son assistante, sous sa dictée : pour toute question sur les partenariats, écrire à partenariats@cress-occitanie.example.org.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: dictated_to_someone — kind — ma mère me dicte pour vous remercier
    # route: a son typing his mother's thanks after her daughter's first job, no request and no facts → other
    N("dictated_to_someone", "kind", "ma mère me dicte pour vous remercier", M(
        "Rémi Fabre <remi.fabre@example.org>",
        "merci",
        "20 19:25",
        """Bonjour, c'est moi qui écris, ma mère me dicte pour vous remercier : « grâce à votre accompagnement ma fille Louise a signé son CDI à la ressourcerie, on vous dit un grand merci à toute l'équipe ». Bonne soirée.""",
        other(),
    )),
    # Feature: dictated_to_someone — kind — mon frère me dit de vous répondre que mardi c'est bon
    # route: a sister typing her brother's answer in our thread (In-Reply-To our appointment mail) → reply
    N("dictated_to_someone", "kind", "mon frère me dit de vous répondre que mardi c'est bon", M(
        "Anissa Rahmani <anissa.rahmani@example.org>",
        "Re: Rendez-vous de Sofiane",
        "21 10:10",
        """Bonjour, mon frère me dit de vous répondre que mardi c'est bon pour lui à 15h (il dit qu'il sera là). Merci.""",
        reply(),
        headers={"In-Reply-To": "<rdv-2011.sr@animafac.net>", "References": "<rdv-2011.sr@animafac.net>"},
    )),
]
