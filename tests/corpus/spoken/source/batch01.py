"""Spoken corpus, batch 01 (writer A): voice_typing (mails dictated to Gboard or iOS dictation: one run-on
paragraph, numbers as the recogniser picks them), spoken_punctuation (the marks written as words, an address
or a phone number dictated), homophones (recognition errors on the deciding word or on names)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, other, question, reply
from spoken import N

MESSAGES = [
    # Feature: voice_typing — level — bac plus cinq
    # route: Gboard dictation, one run-on paragraph with no mark, the level said «bac plus cinq» and the year «deux mille vingt-cinq» → application; a master of 2025 (bac+5), a post in an association sought → eligible
    N("voice_typing", "level", "bac plus cinq", M(
        "Camille Roux <camille.roux.lyon@gmail.com>", "candidature propulse", "02 08:41",
        """bonjour je m'appelle Camille Roux j'ai 24 ans et je vous écris pour candidater au programme propulse j'ai un bac plus cinq un master en développement territorial que j'ai eu en deux mille vingt-cinq à Lyon 2 et depuis je cherche un poste de chargée de mission dans une association ou une coopérative de l'économie sociale et solidaire voilà j'ai vu votre programme sur Instagram et ça correspond vraiment à ce que je cherche merci beaucoup et bonne journée
Camille""",
        app("Camille", "Roux", phone=None, bac=5, grad="2025", status="gboard_bac_plus_cinq_2025"),
    )),
    # Feature: voice_typing — graduation — en 20 24
    # ambiguous: the recogniser split the year into «20 24»; it is 2024 said alone, with no month, so the diploma may be of early 2024 (over 24 months) or of late 2024 (within): graduation_recent open
    # route: iOS dictation, the licence's year written «20 24» in the middle of one unpunctuated sentence → application; a licence of 2024 with no month, an ESS job sought → graduation_recent open → to verify
    N("voice_typing", "graduation", "en 20 24", M(
        "Théo Marchand <theo.marchand59@gmail.com>", "Inscription", "02 19:07",
        """Bonjour je suis Théo j'habite à Lille j'ai eu ma licence d'économie et gestion en 20 24 et je cherche du travail dans l'économie sociale et solidaire si possible dans une épicerie solidaire ou une association d'insertion est-ce que je peux m'inscrire à votre accompagnement merci

Envoyé de mon iPhone""",
        app("Théo", "Marchand", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), status="ios_licence_20_24"),
    )),
    # Feature: voice_typing — situation — j'ai fait un stage à la mairie de Villeurbanne jusqu'en février 2026
    # route: Gboard dictation, two clauses run together with no full stop: the licence's June 2025 then a stage ended in February 2026 → application; a licence pro of 2025, the stage over, a social centre sought → eligible
    N("voice_typing", "situation", "j'ai fait un stage à la mairie de Villeurbanne jusqu'en février 2026", M(
        "Nadia Benali <nadia.benali.pro@gmail.com>", "Demande pour le programme", "03 12:15",
        """bonjour madame monsieur j'ai eu ma licence pro intervention sociale en juin 2025 j'ai fait un stage à la mairie de Villeurbanne jusqu'en février 2026 au service jeunesse et maintenant je cherche un emploi d'animatrice ou de coordinatrice dans un centre social ou une asso de quartier je suis disponible tout de suite je vous remercie par avance
Nadia Benali 06 71 29 84 13""",
        app("Nadia", "Benali", phone="+33671298413", bac=3, grad="2025-06", status="gboard_stage_fini_fevrier"),
    )),
    # Feature: voice_typing — career_change — j'ai travaillé 8 ans chez Intermarché comme chef de rayon
    # route: Gboard dictation sent from the phone, the years of another trade told before the new diploma → application; eight years as a supermarket department manager, a DEJEPS of 2025 to change course → fails not_career_change → not eligible
    N("voice_typing", "career_change", "j'ai travaillé 8 ans chez Intermarché comme chef de rayon", M(
        "Sébastien Morel <seb.morel44@orange.fr>", "programme pro pulse", "04 21:33",
        """Bonjour alors voilà j'ai 33 ans j'ai travaillé 8 ans chez Intermarché comme chef de rayon à Nantes et j'ai décidé de changer complètement de métier j'ai passé un DEJEPS animation sociale que j'ai eu en juillet 2025 et je voudrais travailler dans une association d'éducation populaire j'ai entendu parler de votre programme par la mission locale je voulais savoir si je pouvais m'inscrire merci d'avance
Sébastien""",
        app("Sébastien", "Morel", phone=None, bac=2, grad="2025-07", failing=("not_career_change",), status="gboard_chef_de_rayon_dejeps"),
    )),
    # Feature: voice_typing — graduation — mon BTS je l'ai eu en deux mille vingt et un
    # route: Gboard dictation, the BTS's year said in words «deux mille vingt et un» → application; a BTS of 2021 (bac+2), five years as a sales assistant in the same shop since (no new trade), a cooperative sought → fails graduation_recent → not eligible
    N("voice_typing", "graduation", "mon BTS je l'ai eu en deux mille vingt et un", M(
        "Laetitia Nguyen <laetitia.nguyen.tls@gmail.com>", "candidature", "05 07:58",
        """bonjour j'aimerais participer à votre programme d'accompagnement vers l'emploi alors mon BTS je l'ai eu en deux mille vingt et un un BTS économie sociale familiale et depuis j'ai fait des petits boulots surtout de la vente et là je voudrais vraiment trouver un poste de conseillère dans une association ou une coopérative d'habitat à Toulouse merci de me dire si c'est possible bonne journée Laetitia Nguyen""",
        app("Laetitia", "Nguyen", phone=None, bac=2, grad="2021", failing=("graduation_recent",), status="gboard_bts_deux_mille_vingt_et_un"),
    )),
    # Feature: voice_typing — aim — je cherche un emploi dans une ressourcerie ou une recyclerie
    # route: iOS dictation with the phone's signature, the aim in the last clause of the run-on sentence → application; a BUT Carrières sociales of June 2026, a job in a ressourcerie sought → eligible
    N("voice_typing", "aim", "je cherche un emploi dans une ressourcerie ou une recyclerie", M(
        "Hugo Lefebvre <hugo.lefebvre@laposte.net>", "BUT carrières sociales", "06 17:26",
        """Bonjour j'ai eu mon BUT carrières sociales en juin 2026 à Rennes option gestion urbaine et maintenant je cherche un emploi dans une ressourcerie ou une recyclerie parce que le réemploi c'est vraiment mon truc j'ai fait pas mal de bénévolat à la Petite Rockette quand j'étais étudiant est-ce que votre programme peut m'aider merci Hugo

Envoyé de mon iPhone""",
        app("Hugo", "Lefebvre", phone=None, bac=3, grad="2026-06", status="ios_but_ressourcerie"),
    )),
    # Feature: voice_typing — aim — je cherche un poste de conseiller clientèle dans une banque
    # route: Gboard dictation, the aim in the middle of the paragraph, a bank and nothing of the ESS → application; a licence of 2025, a customer adviser post in a bank sought → fails job_seeking_ess → not eligible
    N("voice_typing", "aim", "je cherche un poste de conseiller clientèle dans une banque", M(
        "Yassine Amrani <yassine.amrani13@gmail.com>", "accompagnement emploi", "07 10:02",
        """bonjour je suis diplômé d'une licence économie gestion depuis juillet 2025 à Aix-Marseille et je cherche un poste de conseiller clientèle dans une banque ou une assurance sur Marseille j'ai vu que vous aidiez les jeunes diplômés à trouver leur premier emploi alors je me permets de vous écrire je suis motivé et disponible merci de votre réponse Yassine""",
        app("Yassine", "Amrani", phone=None, bac=3, grad="2025-07", failing=("job_seeking_ess",), status="gboard_banque_assurance"),
    )),
    # Feature: voice_typing — kind — c'est quand la prochaine réunion d'information
    # route: Gboard dictation of a single question, no fact of the writer's own → question
    N("voice_typing", "kind", "c'est quand la prochaine réunion d'information", M(
        "Océane Brunet <oceane.brunet@gmail.com>", "question", "08 13:44",
        """bonjour c'est quand la prochaine réunion d'information pour le programme et est-ce qu'on peut la suivre en visio ou il faut venir sur place à Paris merci""",
        question(),
    )),
    # Feature: voice_typing — kind — je suis absente du bureau jusqu'au 14 novembre
    # route: an out-of-office dictated to the phone and set as an automatic answer (Auto-Submitted), in answer to our mail → auto-reply
    N("voice_typing", "kind", "je suis absente du bureau jusqu'au 14 novembre", M(
        "Agnès Perrin <a.perrin@centre-social-moulins.example.org>", "Réponse automatique : Pro'pulse – atelier du 20 novembre", "09 09:00",
        """Bonjour je suis absente du bureau jusqu'au 14 novembre inclus pour toute urgence vous pouvez contacter l'accueil du centre social au 03 20 45 67 12 merci et bonne journée Agnès""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: spoken_punctuation — graduation — licence pro virgule obtenue en juin 2025 virgule
    # route: dictation on an older phone keyboard that wrote the marks as words, the diploma and its date between two «virgule», the address dictated «arobase» as the one to answer → application; a licence pro of June 2025, a job in an ESS cooperative sought, her address the dictated one → eligible
    N("spoken_punctuation", "graduation", "licence pro virgule obtenue en juin 2025 virgule", M(
        "Léa Martin <lmartin.famille@orange.fr>", "candidature virgule programme pro pulse", "03 20:11",
        """Bonjour virgule je m'appelle Léa Martin point j'ai une licence pro virgule obtenue en juin 2025 virgule en gestion des structures sanitaires et sociales point je cherche un emploi dans une coopérative ou une association de l'économie sociale et solidaire point à la ligne vous pouvez me répondre à lea point martin point pro arobase gmail point com parce que cette adresse c'est celle de mes parents point merci beaucoup""",
        app("Léa", "Martin", phone=None, bac=3, grad="2025-06", email="lea.martin.pro@gmail.com", status="virgule_licence_pro_arobase"),
    )),
    # Feature: spoken_punctuation — situation — ouvrez la parenthèse en stage jusqu'en décembre fermez la parenthèse
    # route: dictation with the marks as words, the running internship only in a spoken aside between «ouvrez la parenthèse» and «fermez la parenthèse» → application; a master of 2025 but a stage running until December 2026 → fails not_internship → not eligible
    N("spoken_punctuation", "situation", "ouvrez la parenthèse en stage jusqu'en décembre fermez la parenthèse", M(
        "Antoine Girard <antoine.girard.ess@gmail.com>", "Programme Pro'pulse", "04 18:50",
        """Bonjour virgule

je suis diplômé d'un master ESS de l'université de Strasbourg depuis septembre 2025 et actuellement ouvrez la parenthèse en stage jusqu'en décembre fermez la parenthèse à la chambre régionale de l'ESS point je voudrais savoir si je peux rejoindre le programme pour trouver un emploi dans une association point à la ligne

merci d'avance point

Antoine Girard""",
        app("Antoine", "Girard", phone=None, bac=5, grad="2025-09", failing=("not_internship",), status="parenthese_stage_decembre"),
    )),
    # Feature: spoken_punctuation — situation — service civique à Unis-Cité depuis mars point
    # ambiguous: the service civique is said as running since March, its end never told; a service civique may last six to twelve months, so it may be over before or after the day of writing: not_service_civique open
    # route: dictation with «point à la ligne» between the studies and the service civique, which is stated with a start and no end → application; a master of September 2025, a service civique since March with no end told, an ESS job sought → not_service_civique open → to verify
    N("spoken_punctuation", "situation", "service civique à Unis-Cité depuis mars point", M(
        "Manon Dubois <manon.dubois.rennes@gmail.com>", "inscription pro pulse", "05 11:37",
        """Bonjour virgule je vous écris pour m'inscrire au programme point à la ligne j'ai fini mon master en sociologie en septembre 2025 à Rennes 2 point à la ligne je fais un service civique à Unis-Cité depuis mars point à la ligne je voudrais ensuite trouver un emploi dans une association de solidarité internationale ou d'éducation populaire point à la ligne merci virgule bonne journée

Manon Dubois""",
        app("Manon", "Dubois", phone=None, bac=5, grad="2025-09", unknown=("not_service_civique",), status="point_a_la_ligne_service_civique"),
    )),
    # Feature: spoken_punctuation — level — mon diplôme deux points licence de sociologie
    # route: dictation with «deux points» and a phone number dictated in words, the diploma after «deux points» → application; a licence (bac+3) of July 2025, a job in an association sought, the phone as dictated → eligible
    N("spoken_punctuation", "level", "mon diplôme deux points licence de sociologie", M(
        "Fatou Diallo <fatou.diallo.lille@gmail.com>", "Candidature", "06 14:22",
        """Bonjour

je me présente deux points Fatou Diallo virgule 23 ans virgule à Lille point mon diplôme deux points licence de sociologie virgule obtenue en juillet 2025 point je cherche un premier emploi dans une association d'aide aux personnes migrantes ou un centre social point mon numéro c'est le zéro six quarante-deux dix-huit trente-cinq soixante-dix-sept point

merci""",
        app("Fatou", "Diallo", phone="+33642183577", bac=3, grad="2025-07", status="deux_points_licence_telephone"),
    )),
    # Feature: spoken_punctuation — studies_finished — je soutiens mon mémoire en septembre 2027
    # route: dictation with the marks as words, the defence still to come after a «virgule» → application; a master 2 running, the thesis defended in September 2027 → fails studies_finished → not eligible
    N("spoken_punctuation", "studies_finished", "je soutiens mon mémoire en septembre 2027", M(
        "Julien Pham <julien.pham@outlook.fr>", "question inscription", "07 22:05",
        """Bonjour virgule je suis en deuxième année de master économie sociale et solidaire à Lyon virgule je soutiens mon mémoire en septembre 2027 point est-ce que je peux déjà m'inscrire au programme pour trouver un emploi dans une SCOP point d'interrogation merci point""",
        app("Julien", "Pham", phone=None, bac="*", grad=None, failing=("studies_finished",), status="virgule_memoire_2027"),
    )),
    # Feature: spoken_punctuation — career_change — tiret infirmière pendant douze ans tiret
    # route: dictation with «tiret» marks around the career before, the list read aloud → application; twelve years as a nurse, a DU of 2025, a post in a health cooperative sought → fails not_career_change → not eligible
    N("spoken_punctuation", "career_change", "tiret infirmière pendant douze ans tiret", M(
        "Sandrine Lopes <sandrine.lopes@laposte.net>", "mon parcours", "08 16:18",
        """Bonjour virgule voici mon parcours deux points à la ligne tiret infirmière pendant douze ans tiret à l'hôpital de Marseille à la ligne tiret diplôme universitaire entrepreneuriat social obtenu en juin 2025 à la ligne tiret projet deux points travailler dans une coopérative de santé ou une maison de santé associative point à la ligne merci de me dire si je peux rejoindre pro pulse point""",
        app("Sandrine", "Lopes", phone=None, bac=None, grad="2025-06", failing=("not_career_change",), unknown=("degree_level",), status="tiret_infirmiere_douze_ans"),
    )),
    # Feature: spoken_punctuation — kind — oui jeudi ça me va virgule merci
    # route: a one-line answer dictated with the marks as words, in our thread (In-Reply-To <…@animafac.net>), accepting an appointment → reply
    N("spoken_punctuation", "kind", "oui jeudi ça me va virgule merci", M(
        "Inès Haddad <ines.haddad.ess@gmail.com>", "Re: Pro'pulse – rendez-vous de premier entretien", "10 08:27",
        """oui jeudi ça me va virgule merci point à 14h c'est bien ça point d'interrogation

Le lun. 9 nov. 2026 à 17:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Inès,
> Nous vous proposons un premier entretien jeudi 12 novembre à 14h. Cela vous convient-il ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<rdv-2026-11-09-0042@animafac.net>"},
    )),
    # Feature: spoken_punctuation — kind — est-ce que le programme est gratuit point d'interrogation
    # route: a question dictated with the marks as words, no fact of the writer's own → question
    N("spoken_punctuation", "kind", "est-ce que le programme est gratuit point d'interrogation", M(
        "Romain Texier <romain.texier@gmail.com>", "question sur le programme", "11 19:48",
        """Bonjour virgule est-ce que le programme est gratuit point d'interrogation et combien de temps dure l'accompagnement point d'interrogation merci d'avance point""",
        question(),
    )),
    # Feature: homophones — situation — je suis en service si vique jusqu'en mai 2027
    # route: Gboard dictation, «service civique» heard «service si vique», running until May 2027 → application; a licence of 2025 but a service civique running until May 2027 → fails not_service_civique → not eligible
    N("homophones", "situation", "je suis en service si vique jusqu'en mai 2027", M(
        "Clara Vidal <clara.vidal31@gmail.com>", "candidature pro pulse", "03 17:55",
        """bonjour j'ai eu ma licence de géographie en 2025 à Toulouse et là je suis en service si vique jusqu'en mai 2027 dans une association de protection de l'environnement après je voudrais trouver un emploi dans l'ESS est-ce que je peux commencer votre programme maintenant merci Clara""",
        app("Clara", "Vidal", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="service_si_vique_mai_2027"),
    )),
    # Feature: homophones — level — j'ai validé ma stère en management des structures de l'économie sociale
    # route: iOS dictation, «mon master» heard «ma stère», the level only in that mangled word → application; a master (bac+5) of July 2025, a post in an ESS structure sought → eligible
    N("homophones", "level", "j'ai validé ma stère en management des structures de l'économie sociale", M(
        "Pauline Caron <pauline.caron.ess@gmail.com>", "Candidature", "04 10:09",
        """Bonjour je m'appelle Pauline Caron j'ai validé ma stère en management des structures de l'économie sociale en juillet 2025 à l'université de Lille et je cherche maintenant un poste de chargée de projet dans une association ou une mutuelle je serais ravie de rejoindre le programme pro pulse

Envoyé de mon iPhone""",
        app("Pauline", "Caron", phone=None, bac=5, grad="2025-07", status="ma_stere_juillet_2025"),
    )),
    # Feature: homophones — aim — travailler dans les SS
    # route: Gboard dictation, «l'ESS» heard «les SS», the aim only in that mangled clause, the programme's name heard «pro pulse» and the association's «anima fac» → application; a BTS of 2025, an ESS job sought → eligible
    N("homophones", "aim", "travailler dans les SS", M(
        "Mamadou Sow <mamadou.sow.nantes@gmail.com>", "programme anima fac", "05 15:40",
        """bonjour j'ai vu le programme pro pulse de anima fac j'ai un BTS SP3S depuis juin 2025 et je voudrais travailler dans les SS dans une association d'insertion ou une régie de quartier à Nantes est-ce que vous pouvez m'aider merci beaucoup Mamadou""",
        app("Mamadou", "Sow", phone=None, bac=2, grad="2025-06", status="les_ss_insertion"),
    )),
    # Feature: homophones — graduation — mon des UT gestion des entreprises en 2020
    # route: Gboard dictation, «DUT» heard «des UT», the year said plainly → application; a DUT of 2020 (bac+2), an association sought → fails graduation_recent → not eligible
    N("homophones", "graduation", "mon des UT gestion des entreprises en 2020", M(
        "Kevin Ferreira <kevin.ferreira@gmail.com>", "inscription", "06 20:31",
        """bonjour j'ai eu mon des UT gestion des entreprises en 2020 à Lyon et depuis j'ai fait de l'intérim en logistique maintenant je voudrais trouver un poste de gestionnaire administratif dans une association est-ce que je peux m'inscrire merci Kevin""",
        app("Kevin", "Ferreira", phone=None, bac=2, grad="2020", failing=("graduation_recent",), status="des_ut_2020"),
    )),
    # Feature: homophones — level — j'ai le bac plus de l'expérience en animation
    # ambiguous: «j'ai le bac plus de l'expérience» may be a recognised «bac plus deux» followed by a new clause, or «le bac, plus de l'expérience» (the bac alone); the engine's words cannot be heard back either way and no diploma is named: degree_level open
    # route: Gboard dictation, the level only in «le bac plus de l'expérience», no diploma named → application; a level that may be the bac alone or bac+2, an ESS job sought → degree_level open → to verify
    N("homophones", "level", "j'ai le bac plus de l'expérience en animation", M(
        "Ibrahim Touré <ibrahim.toure93@gmail.com>", "propulse", "07 12:48",
        """bonjour je voulais m'inscrire à votre programme j'ai le bac plus de l'expérience en animation depuis 2025 en centre de loisirs et je cherche un emploi d'animateur dans une association d'éducation populaire ou une maison de quartier à Strasbourg merci de votre retour Ibrahim Touré""",
        app("Ibrahim", "Touré", phone=None, bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="bac_plus_de_experience"),
    )),
    # Feature: homophones — studies_finished — je fini ma licence pro en juin
    # ambiguous: «je fini» is the engine's spelling of a sound that is «je finis» (finishing, next June) or «j'ai fini» (finished last June); no year stands, so whether the studies are over cannot be heard back: studies_finished open
    # route: iOS dictation, the end of the licence pro written «je fini», neither present nor past → application; a licence pro that may be over or running, an ESS job sought → studies_finished and graduation_recent open → to verify
    N("homophones", "studies_finished", "je fini ma licence pro en juin", M(
        "Lucie Tran <lucie.tran.rennes@gmail.com>", "Candidature Pro pulse", "08 18:36",
        """Bonjour je fini ma licence pro en juin coordination de projets de développement social et culturel à Rennes et je voudrais trouver un emploi dans une association culturelle ou un tiers-lieu est-ce que votre programme pourrait m'accompagner merci Lucie

Envoyé de mon iPhone""",
        app("Lucie", "Tran", phone=None, bac=3, grad=None, unknown=("studies_finished", "graduation_recent"), status="je_fini_licence_pro"),
    )),
    # Feature: homophones — kind — la soirée des partenaires d'anima fac
    # route: a partner's dictated note with mangled names («anima fac», «pro pulse») about an event, nobody applying and no question on joining → other
    N("homophones", "kind", "la soirée des partenaires d'anima fac", M(
        "Martine Colin <martine.colin@regie-quartier-lille.example.org>", "soirée partenaires", "12 09:14",
        """bonjour c'est Martine de la régie de quartier je vous confirme qu'on sera trois pour la soirée des partenaires d'anima fac le 3 décembre on apportera les flyers de pro pulse pour nos jeunes à bientôt Martine""",
        other(),
    )),
    # Feature: homophones — kind — merci pour la réunion d'info d'hier
    # route: a short thanks dictated after an information meeting, no fact and no question → other
    N("homophones", "kind", "merci pour la réunion d'info d'hier", M(
        "Rayan Chevalier <rayan.chevalier@gmail.com>", "merci", "13 10:55",
        """bonjour merci pour la réunion d'info d'hier c'était très clair bonne journée à toute l'équipe de pro pulse

Envoyé de mon iPhone""",
        other(),
    )),
]
