"""Francophonies corpus, batch 05 (writer B): Swiss French (the Bachelor HES and its dates, the ORP and the
chômage, the natel, the apprentissage of a trade, a stage running, an ORP «mesure» of unstated end), Belgian
French (the kot and the session de juin, a master en alternance, the ONEM's stage d'insertion that is no
internship, Actiris and the Forem, a cooperative «à finalité sociale», an agrégation and years of teaching),
Québécois French (la diplomation and graduer, an AEC of open level, a stage coop, jobs d'été that are no
career, a trucker's years, l'économie sociale); other mail in those varieties (a question on the HES, a Swiss
foundation's absence notice, a reply in our thread from Brussels, a Brussels network's letter, a cégep
counsellor's question, a bounce from a Québec provider)."""
# ruff: noqa: E501

from __future__ import annotations

from francophonies import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # Feature: switzerland — graduation — mon Bachelor HES en travail social, obtenu à la HETS de Genève en juillet de l'an passé
    # variety: «mon Bachelor HES en travail social, obtenu à la HETS de Genève en juillet de l'an passé» = Swiss: a Bachelor of a haute école spécialisée is a three-year degree (bac+3); «l'an passé» from November 2026 is 2025 → July 2025, sixteen months ago → meets graduation_recent → eligible
    N("switzerland", "graduation", "mon Bachelor HES en travail social, obtenu à la HETS de Genève en juillet de l'an passé", M(
        "Aurélie Perrottet <aurelie.perrottet@example.org>", "Candidature - programme Pro'pulse", "02 08:47",
        """Bonjour,

Je suis Genevoise et je vis à Annemasse depuis septembre, avec mon compagnon qui travaille côté français.

J'ai mon Bachelor HES en travail social, obtenu à la HETS de Genève en juillet de l'an passé. Depuis, j'ai fait des remplacements dans un foyer pour mineurs non accompagnés, mais les permis de travail, les trajets à la douane… je préfère maintenant trouver un poste en France, idéalement dans une association qui accompagne des personnes exilées.

Votre programme m'a été signalé par une ancienne camarade de volée. Je vous joins mon CV.

Avec mes meilleures salutations,
Aurélie Perrottet
natel : +41 79 604 22 18""",
        app("Aurélie", "Perrottet", phone="+41796042218", bac=3, grad="2025-07", status="b_bachelor_hets_juillet_an_passe"),
        cv=CV("pdf", "CV_Perrottet_Aurelie.pdf", """Aurélie Perrottet
Annemasse - +41 79 604 22 18 - aurelie.perrottet@example.org
Formation
2022-2025 : Bachelor HES en travail social, HETS Genève (diplôme juillet 2025)
2021 : Maturité gymnasiale, Collège de Saussure
Expériences
2025-2026 : éducatrice remplaçante, foyer pour mineurs non accompagnés (Genève)
Langues : français, anglais, espagnol"""),
    )),
    # Feature: switzerland — graduation — diplômé de la HEG de Fribourg en 2021
    # variety: «diplômé de la HEG de Fribourg en 2021» = Swiss: the HEG is a haute école de gestion (a HES, Bachelor bac+3); 2021 is five years ago; the years «au chômage» with the ORP are a job search, no career → fails graduation_recent → not eligible
    N("switzerland", "graduation", "diplômé de la HEG de Fribourg en 2021", M(
        "Raphaël Zbinden <r.zbinden@example.com>", "inscription", "03 21:12",
        """Bonsoir,

Je m'appelle Raphaël Zbinden, je suis diplômé de la HEG de Fribourg en 2021 (Bachelor en économie d'entreprise). J'ai eu pas mal de peine à trouver : un peu de chômage, l'ORP, des missions temporaires dans des fiduciaires…

Je viens de m'installer à Besançon et j'aimerais me tourner vers les coopératives ou les associations, côté gestion et comptabilité.

Est-ce que je peux rejoindre votre accompagnement ?

Merci et bonne soirée,
Raphaël Zbinden
078 412 90 35""",
        app("Raphaël", "Zbinden", phone="+41784129035", bac=3, grad="2021", failing=("graduation_recent",), status="b_heg_fribourg_2021"),
    )),
    # Feature: switzerland — graduation — j'ai reçu mon Bachelor HES en santé à l'automne 2024
    # ambiguous: the autumn of 2024 runs from September (more than 24 months ago) to November 2024 (within them): the date falls on both sides of the limit
    # variety: «j'ai reçu mon Bachelor HES en santé à l'automne 2024» = Swiss: the HES hands its diplomas at an autumn ceremony; «l'automne 2024» is September, October or November 2024, on both sides of the 24 months → graduation_recent unknown → to verify
    N("switzerland", "graduation", "j'ai reçu mon Bachelor HES en santé à l'automne 2024", M(
        "Séverine Wyss <severine.wyss@example.net>", "Pro'pulse : ma candidature", "04 12:30",
        """Bonjour Madame, Monsieur,

Vaudoise d'origine, j'habite à Pontarlier depuis cet été. J'ai reçu mon Bachelor HES en santé à l'automne 2024 (nutrition et diététique, HES-SO Genève) et je n'ai pas voulu faire carrière en clinique.

Ce qui m'intéresse, c'est l'aide alimentaire et les épiceries solidaires, côté animation d'ateliers. Je suis inscrite à France Travail.

Je vous remercie de votre attention et reste atteignable sur mon natel, le 076 533 18 04.

Séverine Wyss""",
        app("Séverine", "Wyss", phone="+41765331804", bac=3, grad="2024", unknown=("graduation_recent",), status="b_hes_sante_automne_2024"),
    )),
    # Feature: switzerland — level — j'ai terminé mon apprentissage d'assistant socio-éducatif
    # variety: «j'ai terminé mon apprentissage d'assistant socio-éducatif» = Swiss: an apprentissage ends with a CFC, a vocational certificate of secondary level II (the bac's level at most) → fails degree_level → not eligible
    N("switzerland", "level", "j'ai terminé mon apprentissage d'assistant socio-éducatif", M(
        "Loïc Rochat <loic.rochat@example.org>", "Salut, je veux m'inscrire", "05 17:05",
        """Salut,

Je suis de Neuchâtel et je suis venu vivre à Morteau chez ma copine. Cet été j'ai terminé mon apprentissage d'assistant socio-éducatif (trois ans, dans une institution pour adultes avec un handicap).

Je voudrais travailler dans une asso en France, dans le même domaine. C'est possible avec votre programme ?

Merci d'avance
Loïc
079 236 41 87""",
        app("Loïc", "Rochat", phone="+41792364187", bac=0, grad="2026", failing=("degree_level",), status="b_apprentissage_ase"),
    )),
    # Feature: switzerland — situation — je fais actuellement un stage non rémunéré chez Caritas Jura, jusqu'à fin mars
    # variety: «je fais actuellement un stage non rémunéré chez Caritas Jura, jusqu'à fin mars» = Swiss: a «stage» is an internship (not an apprentissage), running until March 2027 → fails not_internship → not eligible
    N("switzerland", "situation", "je fais actuellement un stage non rémunéré chez Caritas Jura, jusqu'à fin mars", M(
        "Océane Vuilleumier <oceane.vuilleumier@example.com>", "Intérêt pour Pro'pulse", "06 09:58",
        """Bonjour,

Originaire de Delémont, je vais m'installer à Belfort au printemps. J'ai obtenu mon Bachelor HES en travail social en juin 2026 et je fais actuellement un stage non rémunéré chez Caritas Jura, jusqu'à fin mars, pour avoir de l'expérience en accompagnement budgétaire.

Après ce stage, j'aimerais travailler dans une association ou une mutuelle en France. Est-ce que je peux déjà m'inscrire ?

Salutations,
Océane Vuilleumier
+41 78 655 09 13""",
        app("Océane", "Vuilleumier", phone="+41786550913", bac=3, grad="2026-06", failing=("not_internship",), status="b_stage_caritas_jura"),
    )),
    # Feature: switzerland — aim — a job in a housing cooperative
    # variety: «a job in a housing cooperative» = Swiss English: registered with the ORP (the Swiss employment office: a job search), aiming at a coopérative d'habitation, a cooperative of the ESS → meets job_seeking_ess → eligible
    N("switzerland", "aim", "a job in a housing cooperative", M(
        "Stefan Monnier <stefan.monnier@example.net>", "Application Pro'pulse", "07 14:21",
        """Hello,

I'm from Lausanne and I'm moving to Lyon in December, so I'm writing in English, which is easier for me to write than French (my French is fine when I speak, I promise).

I graduated in June 2026 with a Bachelor HES in architecture from HEIG-VD in Yverdon. I'm registered with the ORP in Lausanne for now, but what I'm looking for is a job in a housing cooperative, on the participative side: organising residents, planning common spaces. In Switzerland the coopératives d'habitation are a big thing, and I understand there are some in Lyon too.

You can reach me on my natel: +41 79 318 50 26.

Kind regards,
Stefan Monnier""",
        app("Stefan", "Monnier", phone="+41793185026", bac=3, grad="2026-06", language="en", status="b_hes_architecture_cooperative_en"),
        html="only",
    )),
    # Feature: switzerland — situation — une mesure de l'ORP, un stage de réinsertion qui se termine en novembre
    # ambiguous: a stage given by the ORP as a «mesure» ends «en novembre» with no day: running or over on the 26th cannot be told
    # variety: «une mesure de l'ORP, un stage de réinsertion qui se termine en novembre» = Swiss: the ORP's «mesures du marché du travail» include internships for the unemployed; this one is a stage, ending this month with no day → not_internship unknown → to verify
    N("switzerland", "situation", "une mesure de l'ORP, un stage de réinsertion qui se termine en novembre", M(
        "Yasmine Tschopp <yasmine.tschopp@example.org>", "Pro'pulse", "09 11:40",
        """Bonjour,

Je vous écris depuis Sion, je rejoins ma sœur à Chambéry très bientôt.

J'ai un Master en sciences sociales de l'Université de Lausanne (février 2025). Comme je n'ai pas trouvé de poste en Valais, l'ORP m'a placée dans une mesure de l'ORP, un stage de réinsertion qui se termine en novembre, dans une fondation pour personnes âgées.

Je voudrais continuer dans ce genre de structure : fondation, association, coopérative.

Bonne journée,
Yasmine Tschopp
079 570 63 11""",
        app("Yasmine", "Tschopp", phone="+41795706311", bac=5, grad="2025-02", unknown=("not_internship",), status="b_mesure_orp_stage_novembre"),
    )),
    # Feature: switzerland — kind — un Bachelor HES suisse est-il reconnu pour votre programme
    # variety: «un Bachelor HES suisse est-il reconnu pour votre programme» = a Swiss question on the HES diploma, «natel» and septante aside, no personal fact → kind question
    N("switzerland", "kind", "un Bachelor HES suisse est-il reconnu pour votre programme", M(
        "n.schaller@example.com", "question diplôme suisse", "10 07:55",
        """Bonjour,

Petite question avant de remplir quoi que ce soit : un Bachelor HES suisse est-il reconnu pour votre programme, ou faut-il une attestation de comparabilité ? Et votre accompagnement se fait-il à distance pour les personnes qui habitent à septante kilomètres de Lyon ?

Merci, je lis vos réponses sur mon natel entre deux trains.

N. Schaller""",
        question(),
    )),
    # Feature: switzerland — kind — je serai absente jusqu'au lundi 30 novembre
    # variety: «je serai absente jusqu'au lundi 30 novembre» = a Geneva foundation's absence notice (natel for urgencies), no one applying → kind auto_reply
    N("switzerland", "kind", "je serai absente jusqu'au lundi 30 novembre", M(
        "Corinne Pasche <c.pasche@fondation-lescoteaux.example.org>", "Absence : Re: partenariat Pro'pulse", "11 06:02",
        """Bonjour,

Merci pour votre message. Je serai absente jusqu'au lundi 30 novembre (vacances scolaires genevoises). Pour une urgence, vous pouvez atteindre ma collègue Mme Ruchti sur son natel au 079 413 27 68.

Meilleures salutations,
Corinne Pasche
Fondation Les Coteaux, Genève""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: belgium — graduation — réussi en session de juin, proclamée le 30 juin 2026
    # variety: «réussi en session de juin, proclamée le 30 juin 2026» = Belgian: the «session de juin» is the first exam session, the proclamation is the jury announcing the diploma → master of June 2026 → meets graduation_recent → eligible
    N("belgium", "graduation", "réussi en session de juin, proclamée le 30 juin 2026", M(
        "Amandine Vandeputte <amandine.vandeputte@example.org>", "Candidature au programme Pro'pulse", "02 13:15",
        """Bonjour,

Après cinq ans dans mon kot à Louvain-la-Neuve, j'ai rendu les clés et je suis à Lille depuis la rentrée.

Mon master en sciences de la population et du développement (UCLouvain) : réussi en session de juin, proclamée le 30 juin 2026, avec distinction. Mon mémoire portait sur les tontines et l'épargne solidaire.

J'aimerais travailler dans la finance solidaire, par exemple dans une coopérative de microcrédit ou une association qui accompagne les porteurs de projets.

Bien cordialement,
Amandine Vandeputte
+32 472 19 86 40""",
        app("Amandine", "Vandeputte", phone="+32472198640", bac=5, grad="2026-06", status="b_master_uclouvain_session_juin"),
    )),
    # Feature: belgium — studies_finished — je suis en master en alternance, diplomation prévue en juin 2027
    # variety: «je suis en master en alternance, diplomation prévue en juin 2027» = Belgian: a «master en alternance» mixes classes and work in a company until its last session, still to come in June 2027 → fails studies_finished (the master in progress, bac «*») → not eligible
    N("belgium", "studies_finished", "je suis en master en alternance, diplomation prévue en juin 2027", M(
        "Thibault Wauters <thibault.wauters@example.net>", "renseignements + candidature", "04 18:22",
        """Bonjour,

Je suis de Namur et je travaille déjà trois jours par semaine dans une coopérative de distribution de produits locaux à Tournai : je suis en master en alternance, diplomation prévue en juin 2027 (gestion, HEC Liège).

Mon idée serait de m'installer à Lille après et de trouver un poste dans une coopérative française. Est-ce que je peux commencer le programme maintenant ?

Bàv,
Thibault Wauters
0489 55 12 04""",
        app("Thibault", "Wauters", phone="+32489551204", bac="*", grad=None, failing=("studies_finished",), status="b_master_alternance_2027"),
    )),
    # Feature: belgium — situation — je suis en stage d'insertion professionnelle chez Actiris
    # variety: «je suis en stage d'insertion professionnelle chez Actiris» = Belgian: the ONEM's «stage d'insertion professionnelle» is the waiting period of a young job-seeker registered with Actiris before benefits, not an internship in a company → meets not_internship → eligible
    N("belgium", "situation", "je suis en stage d'insertion professionnelle chez Actiris", M(
        "Sarah Moens <sarah.moens@example.com>", "Candidature Pro'pulse - assistante sociale", "05 10:03",
        """Bonjour,

Je suis bachelière assistante sociale (Haute École Léonard de Vinci, juin 2026) et je cherche mon premier emploi. Pour l'instant je suis en stage d'insertion professionnelle chez Actiris, donc inscrite comme demandeuse d'emploi, sans allocations pendant un an.

Je vais m'installer à Roubaix avec ma sœur en janvier et je cherche surtout du côté des centres sociaux et des associations de quartier.

Je peux vous faire parvenir mon diplôme par mail si besoin.

Sarah Moens
GSM +32 476 90 31 58""",
        app("Sarah", "Moens", phone="+32476903158", bac=3, grad="2026-06", status="b_stage_insertion_actiris"),
    )),
    # Feature: belgium — career_change — huit ans d'enseignement en secondaire avec mon agrégation
    # variety: «huit ans d'enseignement en secondaire avec mon agrégation» = Belgian: the AESS («agrégation») is the teaching qualification; eight years as a secondary teacher before the master of 2026 make another trade → fails not_career_change → not eligible
    N("belgium", "career_change", "huit ans d'enseignement en secondaire avec mon agrégation", M(
        "Geoffrey Mertens <geoffrey.mertens@example.org>", "Reconversion vers l'ESS", "06 20:47",
        """Bonsoir,

Après huit ans d'enseignement en secondaire avec mon agrégation (histoire, à Charleroi), j'ai repris un master en gestion des entreprises sociales à l'ULB, terminé en juin 2026.

Je m'installe à Valenciennes et je cherche un poste de coordinateur dans une association ou une entreprise d'insertion. Votre programme pourrait-il m'aider ?

Cordialement,
Geoffrey Mertens
GSM 0471 20 66 93""",
        app("Geoffrey", "Mertens", phone="+32471206693", bac=5, grad="2026-06", failing=("not_career_change",), status="b_agrege_huit_ans_master_ulb"),
    )),
    # Feature: belgium — aim — dans une ASBL ou au service clientèle d'une banque
    # ambiguous: the search is split between an association and a bank's customer service with no preference: job_seeking_ess stays open
    # variety: «dans une ASBL ou au service clientèle d'une banque» = Belgian: «je sais commencer» is «je peux commencer»; an ASBL is an association (the ESS), a bank's customer service is not → job_seeking_ess unknown → to verify
    N("belgium", "aim", "dans une ASBL ou au service clientèle d'une banque", M(
        "Pauline Stassart <pauline.stassart@example.net>", "inscription programme", "09 15:36",
        """Bonjour,

Je suis de Mons, graduée en communication (bachelier, Haute École Louvain en Hainaut, juin 2025) et je vis à Maubeuge depuis peu.

Je sais commencer dès demain : je cherche un poste d'accueil ou de communication, dans une ASBL ou au service clientèle d'une banque, tant que c'est un CDI et pas trop loin.

Merci de me dire si votre programme peut m'aider.

Pauline Stassart
0496 43 27 10""",
        app("Pauline", "Stassart", phone="+32496432710", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_asbl_ou_banque"),
    )),
    # Feature: belgium — aim — une coopérative à finalité sociale
    # variety: «une coopérative à finalité sociale» = Belgian: the «société coopérative à finalité sociale» (agréée entreprise sociale) is the ESS; inscribed at the Forem (job-seeking) → meets job_seeking_ess → eligible
    N("belgium", "aim", "une coopérative à finalité sociale", M(
        "Nathalie Renard <nathalie.renard@example.com>", "Candidature de Youssef Temsamani", "10 09:20",
        """Bonjour,

Je coordonne une petite ASBL de réemploi à Mouscron et je vous écris pour Youssef Temsamani, qui a fait du bénévolat chez nous pendant ses études.

Youssef a obtenu son bachelier en gestion des ressources humaines en juin 2025 (HELHa). Il est inscrit au Forem et il part vivre à Tourcoing. Ce qu'il cherche, c'est un poste en RH dans une coopérative à finalité sociale ou une entreprise d'insertion, et il hésite à cause de la frontière. Je lui ai parlé de Pro'pulse.

Ses coordonnées : youssef.temsamani@example.org, GSM 0485 71 09 36.

Au plaisir,
Nathalie Renard""",
        app("Youssef", "Temsamani", phone="+32485710936", bac=3, grad="2025-06", email="youssef.temsamani@example.org", forwarded_by="nathalie.renard@example.com", status="b_bachelier_grh_forem_recommande"),
    )),
    # Feature: belgium — kind — Re: Pro'pulse - votre entretien de mardi
    # variety: «Re: Pro'pulse - votre entretien de mardi» = a Belgian applicant answering in our thread (In-Reply-To to our Message-ID), «à tantôt» and a GSM aside → kind reply
    N("belgium", "kind", "Re: Pro'pulse - votre entretien de mardi", M(
        "Quentin Poncelet <quentin.poncelet@example.org>", "Re: Pro'pulse - votre entretien de mardi", "12 08:14",
        """Bonjour,

C'est parfait pour mardi 14 h. Je prendrai le train de Tournai, j'arriverai un peu en avance. Si jamais il y a un souci, mon GSM est dans ma signature.

À tantôt… enfin, à mardi !
Quentin Poncelet
0478 31 52 96

> Le 11/11/2026 à 17:02, Pro'pulse a écrit :
> Bonjour Quentin, seriez-vous disponible mardi 17 novembre à 14 h pour un entretien ?""",
        reply(),
        headers={"In-Reply-To": "<entretien-1111.poncelet@animafac.net>", "References": "<entretien-1111.poncelet@animafac.net>"},
    )),
    # Feature: belgium — kind — Lettre d'info de la Concertation des ASBL bruxelloises
    # variety: «Lettre d'info de la Concertation des ASBL bruxelloises» = a Brussels network's letter (ASBL, CPAS, Actiris, dates of sessions), no one applying → kind newsletter
    N("belgium", "kind", "Lettre d'info de la Concertation des ASBL bruxelloises", M(
        "Concertation ASBL <info@concertation-asbl.example.org>", "Lettre d'info de la Concertation des ASBL bruxelloises - novembre", "13 07:00",
        """Lettre d'info de la Concertation des ASBL bruxelloises - novembre 2026

- Matinée d'échange « Emploi des jeunes et économie sociale », jeudi 3 décembre, 9 h 30, à Saint-Gilles.
- Nouvel appel à projets de la COCOF : dépôt avant le 15 janvier.
- Rappel : les offres d'emploi de nos membres sont publiées chaque lundi sur notre site, en partenariat avec Actiris.
- Formation « Gouvernance des ASBL » : septante places, inscriptions ouvertes.

Vous recevez cette lettre car vous êtes inscrit à notre liste. Se désabonner.""",
        newsletter(),
    )),
    # Feature: quebec_canada — graduation — ma diplomation a eu lieu en juin 2025
    # variety: «ma diplomation a eu lieu en juin 2025» = Québécois: «la diplomation» is the awarding of the diploma (here a three-year bac, a bachelor's: bac+3), June 2025 → meets graduation_recent → eligible
    N("quebec_canada", "graduation", "ma diplomation a eu lieu en juin 2025", M(
        "Mégane Tremblay-Ouellet <megane.to@example.com>", "Candidature", "03 15:50",
        """Bonjour à toute l'équipe!

Je m'appelle Mégane, je viens du Saguenay et je suis arrivée à Nantes en septembre avec un permis vacances-travail. J'ai fait un bac de trois ans en développement social à l'UQAC et ma diplomation a eu lieu en juin 2025.

J'aimerais beaucoup travailler dans un organisme communautaire ici, en France vous dites plutôt une association je pense! Surtout en sécurité alimentaire ou en logement.

Merci beaucoup et bonne journée!
Mégane Tremblay-Ouellet
+1 418 555 0193""",
        app("Mégane", "Tremblay-Ouellet", phone="+14185550193", bac=3, grad="2025-06", status="b_bac_uqac_diplomation"),
    )),
    # Feature: quebec_canada — situation — je suis en stage coop jusqu'à la fin avril
    # variety: «je suis en stage coop jusqu'à la fin avril» = Québécois: a «stage coop» is the paid internship of a cooperative programme, running until April 2027 → fails not_internship → not eligible
    N("quebec_canada", "situation", "je suis en stage coop jusqu'à la fin avril", M(
        "Xavier Pelletier <xavier.pelletier@example.net>", "Pro'pulse - question d'admissibilité", "05 22:10",
        """Allô,

J'ai complété mon bac en sciences politiques à l'Université de Sherbrooke en mai dernier et là je suis en stage coop jusqu'à la fin avril, dans une fédération de coopératives à Paris (entente entre mon université et l'organisme).

Après, je voudrais rester en France et me trouver une job en économie sociale. Est-ce que je peux m'inscrire tout de suite?

Merci!
Xavier Pelletier
07 66 20 18 45""",
        app("Xavier", "Pelletier", phone="+33766201845", bac=3, grad="2026-05", failing=("not_internship",), status="b_stage_coop_avril"),
    )),
    # Feature: quebec_canada — level — une AEC en gestion d'organismes communautaires
    # ambiguous: an attestation d'études collégiales is a short college programme of open French equivalence: whether it reaches bac+2 cannot be told
    # variety: «une AEC en gestion d'organismes communautaires» = Québécois: an AEC (attestation d'études collégiales) is a short vocational programme of a cégep, shorter than a DEC: level open, bac «*» → degree_level unknown → to verify
    N("quebec_canada", "level", "une AEC en gestion d'organismes communautaires", M(
        "Rosalie Vachon <rosalie.vachon@example.org>", "inscription Pro'pulse", "08 11:05",
        """Bonjour,

Je suis Québécoise, installée à Bordeaux depuis août. En juin 2026 j'ai terminé une AEC en gestion d'organismes communautaires au cégep de Rimouski, après plusieurs années comme bénévole dans une maison des jeunes.

Je cherche un emploi de coordination dans une association, un centre social ou une maison de quartier.

Au plaisir de vous lire,
Rosalie Vachon
+1 581 555 0146""",
        app("Rosalie", "Vachon", phone="+15815550146", bac="*", grad="2026-06", unknown=("degree_level",), status="b_aec_gestion_organismes"),
    )),
    # Feature: quebec_canada — career_change — quatre étés comme animateur de camp de jour, des jobs d'été
    # variety: «quatre étés comme animateur de camp de jour, des jobs d'été» = Québécois: a «job d'été» is a summer student job, no former trade → meets not_career_change → eligible
    N("quebec_canada", "career_change", "quatre étés comme animateur de camp de jour, des jobs d'été", M(
        "William St-Onge <william.stonge@example.com>", "Candidature - programme d'accompagnement", "10 19:33",
        """Bonjour,

J'ai gradué en mai 2026 de l'UQTR, baccalauréat en loisir, culture et tourisme (trois ans). Pendant mes études, j'ai fait quatre étés comme animateur de camp de jour, des jobs d'été, rien de plus, et j'ai adoré ça.

Je suis à Rennes pour l'année et j'aimerais travailler dans une association d'éducation populaire ou un centre de loisirs associatif. Mon CV est en pièce jointe.

William St-Onge
06 45 19 72 30""",
        app("William", "St-Onge", phone="+33645197230", bac=3, grad="2026-05", status="b_bac_uqtr_jobs_ete"),
        cv=CV("docx", "William_St-Onge_CV.docx", """William St-Onge
Rennes - 06 45 19 72 30
Scolarité
Baccalauréat en loisir, culture et tourisme, UQTR (diplômé mai 2026)
DEC en sciences humaines, cégep de Trois-Rivières (2023)
Emplois étudiants
Animateur de camp de jour, Ville de Bécancour (étés 2022 à 2025)
Bénévolat : Maison des jeunes de Trois-Rivières"""),
    )),
    # Feature: quebec_canada — career_change — onze ans comme camionneur longue distance
    # variety: «onze ans comme camionneur longue distance» = Québécois: eleven years of trucking before a «retour aux études» and the bac of 2026 → fails not_career_change → not eligible
    N("quebec_canada", "career_change", "onze ans comme camionneur longue distance", M(
        "Sylvain Paradis <sylvain.paradis@example.net>", "Mon parcours", "14 09:12",
        """Bonjour,

J'ai 38 ans. Après onze ans comme camionneur longue distance entre Montréal et l'Alberta, j'ai fait un retour aux études et j'ai gradué au bac en travail social à l'Université de Sherbrooke ce printemps, en mai 2026.

Ma blonde est française, on vient de s'installer à Angers. Je voudrais travailler avec des hommes en difficulté, dans un OBNL… une association comme vous dites.

Salutations,
Sylvain Paradis""",
        app("Sylvain", "Paradis", phone=None, bac=3, grad="2026-05", failing=("not_career_change",), status="b_camionneur_bac_ts"),
    )),
    # Feature: quebec_canada — aim — travailler en économie sociale
    # variety: «travailler en économie sociale» = Québécois: «l'économie sociale» is the Québec name of the ESS (coops, OBNL, entreprises d'économie sociale) → meets job_seeking_ess → eligible
    N("quebec_canada", "aim", "travailler en économie sociale", M(
        "Zoé Marchand-Roy <zoe.marchandroy@example.org>", "Pro'pulse!", "16 13:48",
        """Bonjour,

Petite présentation : Montréalaise, 24 ans, bac en communication (UQAM, décembre 2025), en France depuis l'été pour suivre mon chum qui fait un doctorat à Grenoble.

Mon but, c'est de travailler en économie sociale, comme chez nous : une coop de solidarité, une entreprise d'insertion, une épicerie coopérative. Je fais déjà du bénévolat dans une ressourcerie de quartier.

Merci de m'avoir lue!
Zoé Marchand-Roy
07 82 04 61 19""",
        app("Zoé", "Marchand-Roy", phone="+33782046119", bac=3, grad="2025-12", status="b_bac_uqam_economie_sociale"),
    )),
    # Feature: quebec_canada — kind — est-ce que vous acceptez les jeunes qui ont gradué au Québec
    # variety: «est-ce que vous acceptez les jeunes qui ont gradué au Québec» = a cégep counsellor asking about the programme for her students in general, no one named → kind question
    N("quebec_canada", "kind", "est-ce que vous acceptez les jeunes qui ont gradué au Québec", M(
        "Josée Rioux <josee.rioux@cegep-outaouais.example.ca>", "Information sur votre programme", "17 16:05",
        """Bonjour,

Je suis conseillère d'orientation au cégep. Plusieurs de mes anciens étudiants partent en France après leur DEC ou leur bac. Est-ce que vous acceptez les jeunes qui ont gradué au Québec, et est-ce qu'il faut un permis de travail avant de s'inscrire?

Merci de votre retour,
Josée Rioux
Conseillère d'orientation""",
        question(),
    )),
    # Feature: quebec_canada — kind — Votre message n'a pas pu être remis au destinataire
    # variety: «Votre message n'a pas pu être remis au destinataire» = a Québec provider's French delivery failure for our answer to a Montréal address → kind bounce
    N("quebec_canada", "kind", "Votre message n'a pas pu être remis au destinataire", M(
        "Administrateur du système <postmaster@courriel.example.ca>", "Non remis : Votre candidature à Pro'pulse", "18 04:31",
        """Votre message n'a pas pu être remis au destinataire suivant :

samuel.nadeau@example.ca

Motif : la boîte aux lettres du destinataire est introuvable ou a été désactivée.

Service de courriel""",
        bounce("samuel.nadeau@example.ca"),
        bounce="Reporting-MTA: dns; courriel.example.ca\n\nFinal-Recipient: rfc822; samuel.nadeau@example.ca\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 recipient not found",
    )),
]
