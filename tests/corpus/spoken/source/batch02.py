"""Spoken corpus, batch 02 (writer A): oral_syntax (spoken French as said: dislocation, «du coup», «ne»
dropped), self_corrections (repairs left in: «non pardon», «enfin», «euh», «je reprends», false starts),
voicemail_transcript (a telephony service's voicemail-to-email with its transcript and «[inaudible]»)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, other, question, reply
from spoken import N

MESSAGES = [
    # Feature: oral_syntax — graduation — moi mon master je l'ai eu en juin 2025
    # route: Gboard dictation in spoken French, the date in a dislocated clause («moi mon master je l'ai eu…») → application; a master of June 2025, an association sought → eligible
    N("oral_syntax", "graduation", "moi mon master je l'ai eu en juin 2025", M(
        "Margaux Leroy <margaux.leroy.lyon@gmail.com>", "pro pulse", "02 11:12",
        """bonjour alors moi mon master je l'ai eu en juin 2025 c'était un master gestion de projets culturels à Lyon 2 et du coup là je cherche un taf dans une asso culturelle ou une coopérative genre un tiers-lieu voilà si je peux rentrer dans le programme ça serait top merci Margaux""",
        app("Margaux", "Leroy", phone=None, bac=5, grad="2025-06", status="oral_moi_mon_master_juin_2025"),
    )),
    # Feature: oral_syntax — situation — du coup j'suis plus en stage depuis octobre
    # route: a voice note's transcript pasted as the mail, the stage denied by «plus» with no «ne» → application; a licence pro of 2025, the stage over since October, an ESS job sought → eligible
    N("oral_syntax", "situation", "du coup j'suis plus en stage depuis octobre", M(
        "Jordan Petit <jordan.petit.59@gmail.com>", "inscription", "03 16:40",
        """salut euh bonjour en fait j'ai eu ma licence pro animation sociale en 2025 à Lille et j'ai fait mon stage de fin d'études à la maison de quartier mais il s'est fini du coup j'suis plus en stage depuis octobre et là j'cherche un emploi dans une asso d'éducation populaire ou un centre social voilà merci""",
        app("Jordan", "Petit", phone=None, bac=3, grad="2025", status="oral_plus_en_stage"),
    )),
    # Feature: oral_syntax — studies_finished — en fait j'ai pas fini mon master il me reste le mémoire à rendre
    # route: Gboard dictation, the negation without «ne» in «j'ai pas fini», the thesis still to hand in → application; a master not finished → fails studies_finished → not eligible
    N("oral_syntax", "studies_finished", "en fait j'ai pas fini mon master il me reste le mémoire à rendre", M(
        "Élodie Fabre <elodie.fabre.tls@gmail.com>", "question programme", "04 09:27",
        """bonjour je voulais savoir pour le programme en fait j'ai pas fini mon master il me reste le mémoire à rendre en juin mais je cherche déjà un boulot dans l'ESS genre chargée de mission dans une asso environnementale à Toulouse est-ce que c'est possible de commencer quand même merci""",
        app("Élodie", "Fabre", phone=None, bac="*", grad=None, failing=("studies_finished",), status="oral_pas_fini_memoire"),
    )),
    # Feature: oral_syntax — aim — moi c'que j'veux c'est bosser dans l'associatif
    # route: iOS dictation in spoken French, the aim in a dislocated cleft («moi c'que j'veux c'est…») → application; a BTS of 2026, a job in associations sought → eligible
    N("oral_syntax", "aim", "moi c'que j'veux c'est bosser dans l'associatif", M(
        "Sarah Ouali <sarah.ouali13@gmail.com>", "candidature", "05 18:03",
        """Bonjour donc j'ai eu mon BTS économie sociale familiale en juin 2026 à Marseille les boîtes privées ça m'intéresse pas trop moi c'que j'veux c'est bosser dans l'associatif genre accompagner les familles pour le logement voilà quoi merci de me recontacter

Envoyé de mon iPhone""",
        app("Sarah", "Ouali", phone=None, bac=2, grad="2026-06", status="oral_bosser_associatif"),
    )),
    # Feature: oral_syntax — aim — moi c'qui m'intéresse c'est la com dans le luxe quoi
    # route: Gboard dictation, the aim in a dislocated cleft ending in «quoi», the luxury trade and no ESS → application; a master of 2025, communication in luxury brands sought → fails job_seeking_ess → not eligible
    N("oral_syntax", "aim", "moi c'qui m'intéresse c'est la com dans le luxe quoi", M(
        "Louis Barbier <louis.barbier@gmail.com>", "accompagnement", "06 21:50",
        """bonjour j'ai un master communication depuis septembre 2025 à Rennes et en fait moi c'qui m'intéresse c'est la com dans le luxe quoi genre les grandes maisons à Paris j'ai vu que vous aidiez à trouver un premier emploi du coup je tente merci""",
        app("Louis", "Barbier", phone=None, bac=5, grad="2025-09", failing=("job_seeking_ess",), status="oral_com_luxe"),
    )),
    # Feature: oral_syntax — career_change — ben j'ai bossé quelques années en restauration avant
    # ambiguous: «quelques années en restauration avant» may be student jobs alongside the BTS or a trade before it; the spoken «avant» does not say which, nor how long: not_career_change open
    # route: Gboard dictation, the years before the BTS in «ben j'ai bossé quelques années…», neither a trade left nor student jobs → application; a BTS of 2025, an ESS job sought, a past that may be a career → not_career_change open → to verify
    N("oral_syntax", "career_change", "ben j'ai bossé quelques années en restauration avant", M(
        "Mickaël Da Silva <mickael.dasilva@outlook.fr>", "inscription pro pulse", "07 13:19",
        """bonjour alors moi c'est Mickaël ben j'ai bossé quelques années en restauration avant et j'ai eu mon BTS management en 2025 et maintenant j'voudrais bosser dans l'ESS genre une épicerie solidaire ou une coopérative alimentaire voilà merci de me dire si c'est bon""",
        app("Mickaël", "Da Silva", phone=None, bac=2, grad="2025", unknown=("not_career_change",), status="oral_quelques_annees_restauration"),
    )),
    # Feature: oral_syntax — studies_finished — la soutenance c'est fait mais le jury ben il a pas encore délibéré
    # ambiguous: the defence is over but the jury has not deliberated: the master may still be refused, so whether the studies are finished (and when the diploma dates) is open
    # route: iOS dictation, the studies in a dislocated «la soutenance c'est fait mais le jury ben il a pas encore délibéré» → application; a master defended, not yet awarded, an ESS job sought → studies_finished open → to verify
    N("oral_syntax", "studies_finished", "la soutenance c'est fait mais le jury ben il a pas encore délibéré", M(
        "Amandine Roche <amandine.roche.nantes@gmail.com>", "Programme", "08 10:44",
        """Bonjour alors mon master économie sociale à Nantes la soutenance c'est fait mais le jury ben il a pas encore délibéré on aura les résultats dans deux semaines normalement du coup je voulais savoir si je pouvais déjà m'inscrire pour chercher un poste dans une SCIC ou une asso merci

Envoyé de mon iPhone""",
        app("Amandine", "Roche", phone=None, bac=5, grad=None, unknown=("studies_finished", "graduation_recent"), status="oral_jury_pas_delibere"),
    )),
    # Feature: oral_syntax — kind — du coup c'est payant ou pas
    # route: a question dictated in spoken French, no fact of the writer's own → question
    N("oral_syntax", "kind", "du coup c'est payant ou pas", M(
        "Kenzo Lambert <kenzo.lambert@gmail.com>", "question", "09 22:17",
        """bonjour j'ai vu votre programme sur insta du coup c'est payant ou pas et faut habiter à Paris ou pas merci""",
        question(),
    )),
    # Feature: self_corrections — graduation — en juin non pardon en juillet 2025
    # route: Gboard dictation, the month repaired «en juin non pardon en juillet 2025»: the final version wins → application; a licence of July 2025, an association sought → eligible
    N("self_corrections", "graduation", "en juin non pardon en juillet 2025", M(
        "Anaïs Guérin <anais.guerin.lille@gmail.com>", "candidature pro pulse", "02 14:30",
        """bonjour je m'appelle Anaïs j'ai eu ma licence sciences sanitaires et sociales en juin non pardon en juillet 2025 à Lille et je cherche un emploi dans une association d'aide à domicile ou un centre social merci beaucoup""",
        app("Anaïs", "Guérin", phone=None, bac=3, grad="2025-07", status="repair_juin_juillet"),
    )),
    # Feature: self_corrections — situation — je suis en stage enfin j'étais jusqu'en octobre
    # route: iOS dictation, the stage repaired from present to past «je suis en stage enfin j'étais jusqu'en octobre» → application; a master of 2025, the stage over since October, an ESS job sought → eligible
    N("self_corrections", "situation", "je suis en stage enfin j'étais jusqu'en octobre", M(
        "Victor Meunier <victor.meunier@gmail.com>", "Pro'pulse", "03 19:22",
        """Bonjour j'ai un master développement durable de l'université de Strasbourg obtenu en 2025 je suis en stage enfin j'étais jusqu'en octobre dans une fédération d'associations et maintenant je cherche un poste de chargé de projet dans l'économie sociale et solidaire merci

Envoyé de mon iPhone""",
        app("Victor", "Meunier", phone=None, bac=5, grad="2025", status="repair_stage_etais_octobre"),
    )),
    # Feature: self_corrections — graduation — en 2025 euh non attendez c'était en 2023
    # route: Gboard dictation, the year repaired to an earlier one: the final «2023» wins → application; a master of 2023, an association sought → fails graduation_recent → not eligible
    N("self_corrections", "graduation", "en 2025 euh non attendez c'était en 2023", M(
        "Sophie Bertrand <sophie.bertrand.rennes@gmail.com>", "inscription au programme", "04 12:05",
        """bonjour j'ai eu mon master en 2025 euh non attendez c'était en 2023 un master sciences politiques à Rennes et depuis j'ai fait des CDD courts et je voudrais trouver un vrai poste dans une association de défense des droits merci de votre réponse Sophie""",
        app("Sophie", "Bertrand", phone=None, bac=5, grad="2023", failing=("graduation_recent",), status="repair_2025_2023"),
    )),
    # Feature: self_corrections — level — j'ai un BTS euh non en fait j'ai pas eu le BTS j'ai juste le bac
    # route: Gboard dictation, the level repaired downward: the final «j'ai juste le bac» wins → application; the bac alone, an ESS job sought → fails degree_level → not eligible
    N("self_corrections", "level", "j'ai un BTS euh non en fait j'ai pas eu le BTS j'ai juste le bac", M(
        "Dylan Moreau <dylan.moreau.13@gmail.com>", "pro pulse", "05 17:48",
        """bonjour je voulais m'inscrire j'ai un BTS euh non en fait j'ai pas eu le BTS j'ai juste le bac j'ai raté l'examen en 2025 et je cherche du travail dans une asso sportive ou d'insertion à Marseille merci""",
        app("Dylan", "Moreau", phone=None, bac=0, grad=None, failing=("degree_level",), status="repair_bts_juste_le_bac"),
    )),
    # Feature: self_corrections — situation — je suis en serv euh bref
    # route: iOS dictation, a false start «je suis en serv» abandoned at once («euh bref»), nothing of a service civique said after → application; a licence of June 2025, an ESS job sought, the abandoned start stating nothing → eligible
    N("self_corrections", "situation", "je suis en serv euh bref", M(
        "Chloé Nguyen <chloe.nguyen.lyon@gmail.com>", "Candidature", "06 09:51",
        """Bonjour alors je suis en serv euh bref j'ai une licence de sociologie que j'ai eue en juin 2025 à Lyon et je cherche un emploi dans une association de lutte contre les discriminations voilà merci beaucoup

Envoyé de mon iPhone""",
        app("Chloé", "Nguyen", phone=None, bac=3, grad="2025-06", status="repair_serv_euh_bref"),
    )),
    # Feature: self_corrections — situation — j'ai fini mon service civique enfin non il finit en janvier
    # route: Gboard dictation, the service civique repaired from over to running «enfin non il finit en janvier» → application; a BTS of 2025, a service civique running until January 2027 → fails not_service_civique → not eligible
    N("self_corrections", "situation", "j'ai fini mon service civique enfin non il finit en janvier", M(
        "Aminata Keita <aminata.keita@gmail.com>", "programme pro pulse", "07 15:36",
        """bonjour j'ai eu mon BTS en 2025 et j'ai fini mon service civique enfin non il finit en janvier à la Croix-Rouge de Nantes et après je voudrais travailler dans une association humanitaire est-ce que je peux déjà candidater merci Aminata""",
        app("Aminata", "Keita", phone=None, bac=2, grad="2025", failing=("not_service_civique",), status="repair_service_civique_janvier"),
    )),
    # Feature: self_corrections — graduation — en octobre 2024 non attendez je reprends
    # ambiguous: the date is withdrawn («non attendez je reprends») and never said again; October 2024 would fail and a later month would not: graduation_recent open
    # route: Gboard dictation, the licence's date said then withdrawn, the sentence restarted on the aim → application; a licence whose date was taken back, an ESS job sought → graduation_recent open → to verify
    N("self_corrections", "graduation", "en octobre 2024 non attendez je reprends", M(
        "Baptiste Rolland <baptiste.rolland@gmail.com>", "inscription", "08 20:09",
        """bonjour j'ai eu ma licence d'histoire en octobre 2024 non attendez je reprends alors je cherche un emploi de médiateur culturel dans une association ou un écomusée à Strasbourg et j'aimerais être accompagné par votre programme merci Baptiste""",
        app("Baptiste", "Rolland", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="repair_octobre_2024_je_reprends"),
    )),
    # Feature: self_corrections — kind — mardi euh non mercredi
    # route: a dictated answer in our thread (In-Reply-To <…@animafac.net>), the day repaired → reply
    N("self_corrections", "kind", "mardi euh non mercredi", M(
        "Nour El Amrani <nour.elamrani@gmail.com>", "Re: Pro'pulse – atelier CV", "10 12:40",
        """bonjour je pourrai venir à l'atelier mardi euh non mercredi mardi j'ai un rendez-vous à la CAF merci

Le mar. 10 nov. 2026 à 10:15, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Nour,
> Deux dates sont possibles pour l'atelier CV : mardi 17 ou mercredi 18 novembre. Laquelle préférez-vous ?""",
        reply(),
        headers={"In-Reply-To": "<atelier-cv-2026-11-10-0117@animafac.net>"},
    )),
    # Feature: self_corrections — kind — je retire ma candidature enfin je veux dire je n'en ai plus besoin
    # route: a dictated note withdrawing from the programme (a job found), the repair left in, no application and no question → other
    N("self_corrections", "kind", "je retire ma candidature enfin je veux dire je n'en ai plus besoin", M(
        "Thomas Gilles <thomas.gilles.tls@gmail.com>", "désistement", "14 08:22",
        """bonjour je retire ma candidature enfin je veux dire je n'en ai plus besoin j'ai été pris en CDI dans une SCOP à Toulouse merci pour tout et bonne continuation""",
        other(),
    )),
    # Feature: voicemail_transcript — graduation — licence pro en juin 2025
    # route: the office line's voicemail-to-email (OVH PBX), the caller presenting herself and asking to join, her address dictated in the transcript, the caller's number in the notification → application; a licence pro of June 2025, an ESS job sought, the address she gives and the caller's number → eligible
    N("voicemail_transcript", "graduation", "licence pro en juin 2025", M(
        "Messagerie vocale <messagerie@pbx.example.net>", "Nouveau message vocal de +33 6 58 21 74 90", "02 10:03",
        """Nouveau message vocal de +33 6 58 21 74 90
Reçu le : 02/11/2026 à 09:58
Durée : 0 min 52 s

Transcription (peut contenir des erreurs) :
bonjour c'est Émilie Carvalho je vous appelle parce que je voudrais m'inscrire au programme pro pulse j'ai eu ma licence pro en juin 2025 une licence pro métiers de l'animation sociale et je cherche un emploi dans une association ou un centre social vous pouvez me rappeler à ce numéro ou m'écrire à emilie point carvalho arobase gmail point com merci au revoir

Le message audio est joint à cet e-mail.""",
        app("Émilie", "Carvalho", phone="+33658217490", bac=3, grad="2025-06", email="emilie.carvalho@gmail.com", status="vm_licence_pro_juin_2025"),
    )),
    # Feature: voicemail_transcript — studies_finished — je suis en master deux jusqu'en juin prochain
    # route: Orange's voicemail-to-email sent by the service, the caller naming herself and her running master → application; a master 2 running until June 2027 → fails studies_finished → not eligible
    N("voicemail_transcript", "studies_finished", "je suis en master deux jusqu'en juin prochain", M(
        "Messagerie vocale Orange <messagerie-vocale@voicemail.example.fr>", "Vous avez reçu un message vocal", "03 15:21",
        """Vous avez reçu un nouveau message vocal.
De : 07 62 48 19 35
Le : 03/11/2026 à 15:17
Durée : 38 secondes

Transcription automatique (peut contenir des erreurs) :
« oui bonjour je m'appelle Hélène Mercier je suis en master deux jusqu'en juin prochain à Lille et je voulais savoir si je pouvais rejoindre votre programme pour chercher un emploi dans l'économie sociale et solidaire rappelez-moi s'il vous plaît merci »

Écoutez votre message depuis votre espace client.""",
        app("Hélène", "Mercier", phone="+33762481935", bac="*", grad=None, email=None, failing=("studies_finished",), status="vm_master_deux_juin_prochain"),
    )),
    # Feature: voicemail_transcript — graduation — mon BTS en [inaudible]
    # ambiguous: the year of the BTS fell in an «[inaudible]» of the transcript; nothing else dates it: graduation_recent open
    # route: the office PBX's voicemail-to-email, the caller presenting himself, the BTS's year lost in «[inaudible]», no address given → application; a BTS of unknown date, an ESS job sought → graduation_recent open → to verify
    N("voicemail_transcript", "graduation", "mon BTS en [inaudible]", M(
        "Messagerie vocale <messagerie@pbx.example.net>", "Nouveau message vocal de +33 6 14 87 32 05", "04 11:46",
        """Nouveau message vocal de +33 6 14 87 32 05
Reçu le : 04/11/2026 à 11:41
Durée : 0 min 41 s

Transcription (peut contenir des erreurs) :
oui bonjour je m'appelle Samuel Ndiaye j'ai eu mon BTS en [inaudible] BTS services et prestations des secteurs sanitaire et social et je voudrais être accompagné pour trouver un emploi dans une association médico-sociale rappelez-moi au 06 14 87 32 05 merci

Le message audio est joint à cet e-mail.""",
        app("Samuel", "Ndiaye", phone="+33614873205", bac=2, grad=None, email=None, unknown=("graduation_recent",), status="vm_bts_inaudible"),
    )),
    # Feature: voicemail_transcript — situation — je suis en stage en ce moment jusqu'à [inaudible]
    # ambiguous: the caller is in a stage «jusqu'à [inaudible]»: its end fell in the inaudible span, so it may end before or after the day of writing: not_internship open
    # route: Free's voicemail-to-email, the caller presenting herself, the running stage's end lost in «[inaudible]» → application; a licence of 2025, a stage whose end is not heard, an ESS job sought → not_internship open → to verify
    N("voicemail_transcript", "situation", "je suis en stage en ce moment jusqu'à [inaudible]", M(
        "Messagerie Free <messagerie@voicemail-free.example.fr>", "Message vocal de 0645729318", "05 17:08",
        """Message vocal reçu de 0645729318 le 05/11/2026 à 17:04 (durée 0:47)

Transcription (cette transcription est automatique et peut contenir des erreurs) :
bonjour c'est Jeanne Lemoine j'ai une licence de géographie que j'ai eue en 2025 je suis en stage en ce moment jusqu'à [inaudible] dans une association d'éducation à l'environnement et après je voudrais trouver un emploi dans ce domaine est-ce que je peux participer au programme merci de me rappeler

Mots transcrits avec une faible confiance : « jusqu'à », « éducation »""",
        app("Jeanne", "Lemoine", phone="+33645729318", bac=3, grad="2025", email=None, unknown=("not_internship",), status="vm_stage_jusqu_a_inaudible"),
    )),
    # Feature: voicemail_transcript — level — I finished my master's in June 2025
    # route: the office PBX's voicemail-to-email in English, the caller presenting himself, his address spelt out «dot» and «at» → application in English; a master's of June 2025, an ESS job sought, the address he gives → eligible
    N("voicemail_transcript", "level", "I finished my master's in June 2025", M(
        "Messagerie vocale <messagerie@pbx.example.net>", "Nouveau message vocal de +44 7700 900418", "06 13:25",
        """Nouveau message vocal de +44 7700 900418
Reçu le : 06/11/2026 à 13:20
Durée : 1 min 03 s

Transcription (peut contenir des erreurs) :
hi my name is Oliver Bennett I'm calling about the pro pulse program I'm British I live in Lille now I finished my master's in June 2025 in social policy at the University of Leeds and I'm looking for a job in a nonprofit or a cooperative here in France you can email me at oliver dot bennett at example dot co dot uk thanks a lot bye

Le message audio est joint à cet e-mail.""",
        app("Oliver", "Bennett", phone="+447700900418", bac=5, grad="2025-06", email="oliver.bennett@example.co.uk", language="en", status="vm_en_masters_june_2025"),
    )),
    # Feature: voicemail_transcript — career_change — j'ai été comptable pendant quinze ans
    # route: Orange's voicemail-to-email, the caller presenting himself, fifteen years in another trade before the new diploma → application; fifteen years as an accountant, a DU of 2025 → fails not_career_change → not eligible
    N("voicemail_transcript", "career_change", "j'ai été comptable pendant quinze ans", M(
        "Messagerie vocale Orange <messagerie-vocale@voicemail.example.fr>", "Vous avez reçu un message vocal", "07 09:12",
        """Vous avez reçu un nouveau message vocal.
De : 06 33 71 58 24
Le : 07/11/2026 à 09:08
Durée : 55 secondes

Transcription automatique (peut contenir des erreurs) :
« bonjour je suis Patrick Vasseur j'ai été comptable pendant quinze ans dans un cabinet à Rouen et j'ai fait un DU économie sociale et solidaire en 2025 pour changer de voie je voudrais savoir si votre programme est ouvert pour moi merci de me rappeler »

Écoutez votre message depuis votre espace client.""",
        app("Patrick", "Vasseur", phone="+33633715824", bac=None, grad="2025", email=None, failing=("not_career_change",), unknown=("degree_level",), status="vm_comptable_quinze_ans"),
    )),
    # Feature: voicemail_transcript — kind — je vous appelle de la part de la mission locale
    # route: the office PBX's voicemail-to-email, a partner's adviser asking to be called back about a workshop, nobody applying → other
    N("voicemail_transcript", "kind", "je vous appelle de la part de la mission locale", M(
        "Messagerie vocale <messagerie@pbx.example.net>", "Nouveau message vocal de +33 4 72 56 81 30", "11 16:54",
        """Nouveau message vocal de +33 4 72 56 81 30
Reçu le : 11/11/2026 à 16:50
Durée : 0 min 29 s

Transcription (peut contenir des erreurs) :
oui bonjour c'est Nathalie je vous appelle de la part de la mission locale de Lyon 8e pour l'atelier collectif de décembre est-ce que vous pouvez me rappeler pour caler une date merci

Le message audio est joint à cet e-mail.""",
        other(),
    )),
    # Feature: voicemail_transcript — kind — c'est pour savoir jusqu'à quand on peut s'inscrire
    # route: the office PBX's voicemail-to-email, a caller asking only when the registrations close, no fact of her own → question
    N("voicemail_transcript", "kind", "c'est pour savoir jusqu'à quand on peut s'inscrire", M(
        "Messagerie vocale <messagerie@pbx.example.net>", "Nouveau message vocal de +33 7 81 45 26 93", "15 18:31",
        """Nouveau message vocal de +33 7 81 45 26 93
Reçu le : 15/11/2026 à 18:27
Durée : 0 min 17 s

Transcription (peut contenir des erreurs) :
oui bonjour c'est pour savoir jusqu'à quand on peut s'inscrire pour la session de janvier merci [inaudible] au revoir

Le message audio est joint à cet e-mail.""",
        question(),
    )),
]
