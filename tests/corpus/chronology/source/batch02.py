"""Chronology corpus, batch 02 (writer A): paths dated only from one another (a bac plus its years, six
months after a licence, a mission begun some months after and lasting eight), dated by the writer's life or
the calendar (the first lockdown, the last rentrée, a move, an age, the holidays), and told in two strands
side by side (a master and a service civique, a licence and night shifts, a BTS and a distance licence, an
internship and a weekend job, a concours and a search); other mail in those orders (a question counting
months, an employer's schedule for a post, an auto-reply through the holidays, a question on the «year of
Covid», a reply telling two strands since our mail, a university's calendar of two sessions)."""
# ruff: noqa: E501

from __future__ import annotations

from chronology import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: relative_anchors — graduation — Deux ans après, BTS Gestion de la PME
    # order: «bac en 2019» → «deux ans après, BTS» → «dans la foulée, licence pro en un an» = counted from the one anchor: BTS 2021, licence pro 2022 → fails graduation_recent → not eligible
    N("relative_anchors", "graduation", "Deux ans après, BTS Gestion de la PME", M(
        "Malik Ahmadi <malik.ahmadi@example.fr>", "Candidature Pro'pulse", "02 11:02",
        """Bonjour,

Bac STMG en 2019 à Besançon. Deux ans après, BTS Gestion de la PME. Dans la foulée, une licence pro Gestion des associations, en un an, en alternance à la Ligue de l'enseignement.

Depuis, j'ai fait des missions d'intérim en comptabilité, et je voudrais revenir vers le monde associatif, côté gestion.

Malik Ahmadi
06 29 74 05 18""",
        app("Malik", "Ahmadi", phone="+33629740518", bac=3, grad="2022", failing=("graduation_recent",), status="bac_2019_bts_lp_en_un_an"),
    )),
    # Feature: relative_anchors — graduation — le master deux ans après la licence
    # order: «bac en 2021» → «licence trois ans plus tard» → «le master deux ans après la licence» = counted from the anchor, the master is 2026 → meets graduation_recent → eligible
    N("relative_anchors", "graduation", "le master deux ans après la licence", M(
        "Sofia Brandão <sofia.brandao@example.org>", "candidature", "03 15:40",
        """Bonjour,

J'ai passé mon bac en 2021, j'ai eu ma licence de sciences politiques trois ans plus tard, et le master deux ans après la licence (Politiques sociales et territoires, Rennes).

Je cherche à présent un poste de chargée de mission dans une fédération associative ou une mutuelle, sur les questions de santé ou de logement.

Cordialement,
Sofia Brandão
07 17 43 86 20""",
        app("Sofia", "Brandão", phone="+33717438620", bac=5, grad="2026", status="bac_2021_licence_master_compte"),
    )),
    # Feature: relative_anchors — graduation — deux ans plus tard, un service civique de huit mois
    # ambiguous: the BTS is dated only as two years before a mission of eight months that ended «il y a quelques mois», with no year anywhere: 2023 (too old) or 2024 (perhaps recent) — a coordinator must ask
    # order: «BTS» → «deux ans plus tard, service civique de huit mois» → «fini il y a quelques mois» = no absolute anchor, the BTS falls around 2023–2024 → graduation_recent unknown → to verify
    N("relative_anchors", "graduation", "deux ans plus tard, un service civique de huit mois", M(
        "Noé Castagna <noe.castagna@example.net>", "Candidature Pro'pulse - Noé", "04 19:25",
        """Salut l'équipe,

Après mon BTS Tourisme j'ai un peu galéré, puis deux ans plus tard, un service civique de huit mois dans une association de randonnée solidaire, fini il y a quelques mois.

Maintenant je cherche un job dans le tourisme social et solidaire (villages vacances associatifs, accueil de groupes).

Noé Castagna
06 80 51 37 29""",
        app("Noé", "Castagna", phone="+33680513729", bac=2, grad=None, unknown=("graduation_recent",), status="bts_tourisme_deux_ans_avant_sc"),
    )),
    # Feature: relative_anchors — studies_finished — un an après, en M2, que je suis en train de faire
    # order: «licence juin 2025» → «trois mois plus tard, M1» → «un an après, M2, que je suis en train de faire» = the last relative step runs today → fails studies_finished → not eligible
    N("relative_anchors", "studies_finished", "un an après, en M2, que je suis en train de faire", M(
        "Yasmine El Amrani <yasmine.elamrani@example.fr>", "Demande pour rejoindre Pro'pulse", "05 12:18",
        """Bonjour,

J'ai eu ma licence de sciences de l'éducation en juin 2025. Trois mois plus tard j'entrais en M1 Intervention sociale, et un an après, en M2, que je suis en train de faire à Paris 8.

Je voudrais me préparer à chercher un poste de coordinatrice dans une association d'aide aux familles.

Yasmine El Amrani
06 46 18 92 73""",
        app("Yasmine", "El Amrani", phone="+33646189273", bac=3, grad="2025-06", failing=("studies_finished",), status="licence_2025_m1_puis_m2_en_cours"),
    )),
    # Feature: relative_anchors — career_change — Un an de petits boulots juste après
    # order: «bac 2022» → «un an de petits boulots juste après» → «puis trois ans d'IUT» = the jobs are one year between bac and IUT, no trade, and the BUT falls in 2026 → meets not_career_change → eligible
    N("relative_anchors", "career_change", "Un an de petits boulots juste après", M(
        "Diego Arce <diego.arce@example.com>", "candidature pro'pulse", "06 10:44",
        """Bonjour,

Bac en 2022. Un an de petits boulots juste après (livraisons à vélo, inventaires). Puis trois ans d'IUT : BUT Carrières juridiques, fini donc cet été.

Je cherche un poste de juriste ou d'assistant juridique dans une association d'accès au droit ou de défense des locataires.

Diego Arce
07 40 26 59 81""",
        app("Diego", "Arce", phone="+33740265981", bac=3, grad="2026", status="bac_2022_petits_boulots_but"),
    )),
    # Feature: relative_anchors — situation — Trois mois plus tard, j'ai commencé un stage de six mois
    # order: «master juin 2026» → «trois mois plus tard, stage de six mois» = September plus six months is March: the internship runs → fails not_internship → not eligible
    N("relative_anchors", "situation", "Trois mois plus tard, j'ai commencé un stage de six mois", M(
        "Jade Lambert <jade.lambert@example.org>", "Candidature", "07 09:30",
        """Bonjour,

J'ai obtenu mon master Communication des organisations en juin 2026. Trois mois plus tard, j'ai commencé un stage de six mois au service communication d'une mutuelle de santé, à Niort.

J'aimerais rester dans l'économie sociale après et je voudrais savoir si Pro'pulse peut m'aider à préparer la suite.

Jade Lambert
05 49 08 63 21""",
        app("Jade", "Lambert", phone="+33549086321", bac=5, grad="2026-06", failing=("not_internship",), status="master_juin_stage_six_mois_sept"),
    )),
    # Feature: relative_anchors — situation — Six mois plus tard, j'entamais un service civique de huit mois
    # order: «licence pro juin 2025» → «six mois plus tard, service civique de huit mois» = December 2025 plus eight months is August 2026: the mission is over → meets not_service_civique → eligible
    N("relative_anchors", "situation", "Six mois plus tard, j'entamais un service civique de huit mois", M(
        "Kofi Boateng <kofi.boateng@example.net>", "Candidature Pro'pulse — Kofi Boateng", "08 20:11",
        """Bonjour,

Ma licence pro Coordination de projets de développement social date de juin 2025. Six mois plus tard, j'entamais un service civique de huit mois à la Ligue contre le cancer, à Angers, sur la prévention auprès des jeunes.

Je cherche aujourd'hui un poste de chargé de prévention dans une association de santé. J'ai joint mon CV.

Kofi Boateng
+33 6 34 92 17 05""",
        app("Kofi", "Boateng", phone="+33634921705", bac=3, grad="2025-06", status="lp_2025_sc_huit_mois_six_mois_apres", info_in="both"),
        cv=CV("docx", "Kofi Boateng CV.docx", """KOFI BOATENG
Licence professionnelle Coordination de projets de développement social, Université d'Angers (2025)
Service civique, Ligue contre le cancer, comité d'Angers (8 mois) — prévention tabac auprès des lycéens
BAFA — permis B"""),
    )),
    # Feature: relative_anchors — kind — deux ans, à quelques semaines près
    # order: «diploma about two years ago» → «how long until the limit?» = a general question with no name, diploma nor date → kind question
    N("relative_anchors", "kind", "deux ans, à quelques semaines près", M(
        "<anonyme.bts@example.com>", "délais ?", "09 23:47",
        """Bonjour, mon diplôme date d'il y a deux ans, à quelques semaines près. Jusqu'à quand est-ce que je peux m'inscrire à votre programme, exactement ? Vous comptez à partir des résultats ou de la fin des cours ? Merci""",
        question(),
    )),
    # Feature: relative_anchors — kind — un mois après la clôture des candidatures
    # order: «candidatures until 15 December» → «prise de poste un mois après» = a cooperative's post with its schedule, no application → kind other
    N("relative_anchors", "kind", "un mois après la clôture des candidatures", M(
        "SCIC Les Jardins de la Vallée <recrutement@example.org>", "Offre à relayer : animateur·rice maraîchage", "16 14:05",
        """Bonjour,

Pouvez-vous relayer auprès de vos jeunes diplômés notre offre d'animateur·rice maraîchage en chantier d'insertion ? Candidatures jusqu'au 15 décembre ; entretiens la semaine suivante ; prise de poste un mois après la clôture des candidatures. CDI, 35 h, Mayenne.

Merci d'avance,
Anne-Sophie, co-gérante""",
        other(),
    )),
    # Feature: life_anchors — graduation — l'été du premier confinement
    # order: «BTS l'été du premier confinement» → «depuis, CDD» = the first lockdown dates the BTS to 2020 → fails graduation_recent → not eligible
    N("life_anchors", "graduation", "l'été du premier confinement", M(
        "Mélanie Lagarde <melanie.lagarde@example.fr>", "Candidature", "02 18:37",
        """Bonjour,

J'ai eu mon BTS SP3S l'été du premier confinement, avec des épreuves annulées et un diplôme au contrôle continu. Depuis, j'ai eu plusieurs CDD d'agent administratif.

Je voudrais travailler enfin dans le social, dans une association.

Mélanie Lagarde
06 24 70 58 19""",
        app("Mélanie", "Lagarde", phone="+33624705819", bac=2, grad="2020", failing=("graduation_recent",), status="bts_ete_premier_confinement"),
    )),
    # Feature: life_anchors — graduation — à la rentrée dernière, deux semaines avant la naissance de ma fille
    # order: «master soutenu à la rentrée dernière» → «deux semaines avant la naissance de ma fille» = the last rentrée is September 2026 → meets graduation_recent → eligible
    N("life_anchors", "graduation", "à la rentrée dernière, deux semaines avant la naissance de ma fille", M(
        "Ousmane Diatta <ousmane.diatta@example.org>", "Candidature Pro'pulse", "04 06:52",
        """Bonjour,

J'ai soutenu mon master Économie sociale et solidaire à la rentrée dernière, deux semaines avant la naissance de ma fille. Après deux mois de congé avec elle, je suis prêt à chercher un poste de chargé de développement dans une coopérative ou une association d'insertion.

Ousmane Diatta
07 58 31 04 26""",
        app("Ousmane", "Diatta", phone="+33758310426", bac=5, grad="2026-09", status="master_rentree_derniere_naissance"),
    )),
    # Feature: life_anchors — graduation — l'année où nous avons quitté Alger pour Grenoble
    # ambiguous: the licence is dated only by a family move whose year the mail never gives — recent or not, a coordinator must ask
    # order: «licence l'année où nous avons quitté Alger» → «depuis, bénévole» = a life anchor with no year → graduation_recent unknown → to verify
    N("life_anchors", "graduation", "l'année où nous avons quitté Alger pour Grenoble", M(
        "Nora Guerfi <nora.guerfi@example.com>", "candidature Nora Guerfi", "06 13:13",
        """Bonjour,

J'ai terminé ma licence de langues étrangères appliquées l'année où nous avons quitté Alger pour Grenoble, avec mes parents. Depuis, je suis bénévole dans une association d'apprentissage du français et j'aimerais en faire mon métier : coordinatrice de cours de FLE dans une association.

Nora Guerfi
07 12 95 30 64""",
        app("Nora", "Guerfi", phone="+33712953064", bac=3, grad=None, unknown=("graduation_recent",), status="licence_lea_annee_demenagement"),
    )),
    # Feature: life_anchors — career_change — L'été de mes vingt ans, je suis entré à La Poste
    # order: «l'été de mes vingt ans, La Poste» → «jusqu'à mes trente-deux ans» → «puis licence pro cet été» = twelve years of a trade before the licence → fails not_career_change → not eligible
    N("life_anchors", "career_change", "L'été de mes vingt ans, je suis entré à La Poste", M(
        "Pascal Joubert <pascal.joubert@example.net>", "Candidature programme Pro'pulse", "09 08:08",
        """Bonjour,

L'été de mes vingt ans, je suis entré à La Poste comme facteur. J'y suis resté jusqu'à mes trente-deux ans, à plein temps, avant de demander un congé de formation. Et cet été j'ai obtenu la licence pro Gestion des organisations de l'ESS à Limoges.

Je voudrais maintenant travailler dans une association de services à la personne ou une SCOP.

Pascal Joubert
05 55 41 72 90""",
        app("Pascal", "Joubert", phone="+33555417290", bac=3, grad="2026", failing=("not_career_change",), status="facteur_de_20_a_32_ans_lp"),
    )),
    # Feature: life_anchors — studies_finished — le jury final ne se réunit qu'après les vacances de Noël
    # ambiguous: every exam and practice placement of the DE are done by the Toussaint, but the final jury sits after Christmas: the diploma is not yet awarded — a coordinator must check the result
    # order: «tout bouclé à la Toussaint» → «le jury final après les vacances de Noël» = the jury is still ahead after every exam → studies_finished unknown → to verify
    N("life_anchors", "studies_finished", "le jury final ne se réunit qu'après les vacances de Noël", M(
        "Célia Hoarau <celia.hoarau@example.fr>", "Candidature Pro'pulse — éducatrice spécialisée", "11 17:20",
        """Bonjour,

Mes stages et toutes mes épreuves du DE d'éducatrice spécialisée, tout était bouclé à la Toussaint. Mais le jury final ne se réunit qu'après les vacances de Noël.

Je cherche un poste en foyer ou en service de prévention, dans une association, pour le début de l'année.

Célia Hoarau
0692 58 14 37""",
        app("Célia", "Hoarau", phone="+262692581437", bac="*", grad=None, unknown=("studies_finished",), status="de_es_jury_apres_noel"),
    )),
    # Feature: life_anchors — graduation — the summer I turned twenty-four, which was this summer
    # order: «MA the summer I turned twenty-four, which was this summer» → «since the start of the school year, teaching assistant» = the life anchor is tied to this summer: 2026 → meets graduation_recent → eligible (English)
    N("life_anchors", "graduation", "the summer I turned twenty-four, which was this summer", M(
        "Grace Kimani <grace.kimani@example.com>", "Application for the Pro'pulse programme", "13 12:26",
        """Dear Pro'pulse team,

I finished my MA in Social Work at the University of Nairobi the summer I turned twenty-four, which was this summer. Since the start of the school year I've been an English teaching assistant in a lycée in Nancy, twelve hours a week, which leaves me time to look for a real job.

What I want is a post in an association supporting refugees or young migrants. My French is at B2 level.

Kind regards,
Grace Kimani
+33 7 82 40 16 59""",
        app("Grace", "Kimani", phone="+33782401659", bac=5, grad="2026", status="ma_nairobi_summer_24_assistant", language="en"),
    )),
    # Feature: life_anchors — kind — jusqu'au lendemain des fêtes
    # order: «absent from today» → «back the day after the holidays» = an absence told by the calendar, no application → kind auto_reply
    N("life_anchors", "kind", "jusqu'au lendemain des fêtes", M(
        "Fabrice Le Goff <fabrice.legoff@example.org>", "Absence : Re: Intervention atelier CV", "21 18:00",
        """Bonjour,

Je suis en déplacement puis en congé jusqu'au lendemain des fêtes. Vos messages seront lus à mon retour, début janvier.

Fabrice Le Goff, Maison de l'emploi""",
        auto_reply(),
    )),
    # Feature: life_anchors — kind — l'année du Covid
    # order: «diploma the year of Covid» → «still possible?» = a general question with no name nor diploma → kind question
    N("life_anchors", "kind", "l'année du Covid", M(
        "<questions.emploi@example.fr>", "Éligibilité", "22 10:41",
        """Bonjour,

J'ai eu mon diplôme l'année du Covid. Est-ce trop ancien pour votre programme, ou bien la période du confinement est-elle prise en compte ?

Merci de votre réponse""",
        question(),
    )),
    # Feature: parallel_strands — situation — j'ai commencé un service civique à l'Afev en octobre 2025
    # order: «strand 1: M2, fini en septembre» ‖ «strand 2: service civique commencé en octobre 2025, jusqu'en juin» = the second strand is still running → fails not_service_civique → not eligible
    N("parallel_strands", "situation", "j'ai commencé un service civique à l'Afev en octobre 2025", M(
        "Solène Arnaud <solene.arnaud@example.fr>", "Candidature Pro'pulse", "02 12:00",
        """Bonjour,

En parallèle de mon M2 Sociologie de l'action publique, j'ai commencé un service civique à l'Afev en octobre 2025, sur le mentorat d'enfants de quartiers prioritaires. Le master s'est terminé en septembre avec la soutenance ; la mission, elle, continue jusqu'en juin.

Je voudrais déjà préparer mon entrée dans le monde associatif.

Solène Arnaud
06 77 31 40 82""",
        app("Solène", "Arnaud", phone="+33677314082", bac=5, grad="2026-09", failing=("not_service_civique",), status="m2_fini_sc_afev_jusqu_juin"),
    )),
    # Feature: parallel_strands — career_change — surveillant de nuit dans un foyer
    # order: «strand 1: licence, juin 2026» ‖ «strand 2: pendant toute la licence, surveillant de nuit» = the job ran beside the studies: a student job → meets not_career_change → eligible
    N("parallel_strands", "career_change", "surveillant de nuit dans un foyer", M(
        "Bastien Favre <bastien.favre@example.net>", "candidature", "03 07:35",
        """Bonjour,

Pendant toute ma licence de psychologie (obtenue en juin 2026 à Clermont), j'ai été surveillant de nuit dans un foyer de jeunes travailleurs, trois nuits par semaine.

C'est là que j'ai compris que je voulais travailler dans l'hébergement social. Je cherche un poste d'intervenant social dans une association.

Bastien Favre
04 73 28 91 06""",
        app("Bastien", "Favre", phone="+33473289106", bac=3, grad="2026-06", status="licence_psycho_surveillant_nuit_fjt"),
    )),
    # Feature: parallel_strands — studies_finished — pendant ce temps, je suis en L3 à distance
    # order: «strand 1: BTS validé en juillet 2025, cherche» ‖ «strand 2: pendant ce temps, L3 à distance, examens en mai» = the second strand runs today → fails studies_finished → not eligible
    N("parallel_strands", "studies_finished", "pendant ce temps, je suis en L3 à distance", M(
        "Chloé Dupuis-Ndiaye <chloe.dn@example.com>", "Pro'pulse", "05 16:19",
        """Bonjour,

J'ai validé mon BTS ESF en juillet 2025 et je cherche un emploi de conseillère dans une association de logement. Pendant ce temps, je suis en L3 à distance de sciences sanitaires et sociales, avec les examens en mai.

Chloé Dupuis-Ndiaye
06 35 90 17 48""",
        app("Chloé", "Dupuis-Ndiaye", phone="+33635901748", bac=2, grad="2025-07", failing=("studies_finished",), status="bts_esf_l3_distance_en_cours"),
    )),
    # Feature: parallel_strands — situation — qui avait débuté à la fin de l'été, pour trois mois
    # ambiguous: the internship began «à la fin de l'été» for three months: it ends at the end of November or in December, and the mail does not say whether it is over — a coordinator must ask
    # order: «strand 1: le week-end, vendeur» ‖ «strand 2: stage à la fin de l'été pour trois mois» = the internship's end falls around today with no day → not_internship unknown → to verify
    N("parallel_strands", "situation", "qui avait débuté à la fin de l'été, pour trois mois", M(
        "Florian Engel <florian.engel@example.org>", "Candidature - Florian Engel", "07 14:50",
        """Bonjour,

Diplômé d'un master Gestion de projets culturels en juin 2026, j'ai mené deux choses de front cet automne : le week-end, vendeur dans une librairie de Strasbourg ; en semaine, mon stage au festival associatif Musiques en partage, qui avait débuté à la fin de l'été, pour trois mois.

Je cherche un poste de chargé de production dans une association culturelle.

Florian Engel
03 88 42 17 69""",
        app("Florian", "Engel", phone="+33388421769", bac=5, grad="2026-06", unknown=("not_internship",), status="stage_fin_ete_trois_mois_librairie"),
    )),
    # Feature: parallel_strands — aim — j'y mets autant d'énergie que dans mes candidatures
    # ambiguous: the concours of the territorial civil service is prepared beside the ESS search «with as much energy»: two aims on equal terms — a coordinator must ask
    # order: «strand 1: ESS applications» ‖ «strand 2: prépa du concours d'attaché, autant d'énergie» = two searches side by side, neither first → job_seeking_ess unknown → to verify
    N("parallel_strands", "aim", "j'y mets autant d'énergie que dans mes candidatures", M(
        "Sami Khelifi <sami.khelifi@example.net>", "Candidature Pro'pulse", "09 10:10",
        """Bonjour,

Master Administration publique obtenu en juin 2026. Depuis, je postule dans des associations et des fédérations (chargé de plaidoyer, chargé de mission). Au même moment, je prépare le concours d'attaché territorial de mars : j'y mets autant d'énergie que dans mes candidatures, et je prendrai ce qui vient en premier.

Sami Khelifi
06 01 84 25 37""",
        app("Sami", "Khelifi", phone="+33601842537", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="concours_attache_et_candidatures_ess"),
    )),
    # Feature: parallel_strands — situation — les deux se sont arrêtés en juin
    # order: «strand 1: licence pro» ‖ «strand 2: service civique à mi-temps» → «les deux se sont arrêtés en juin» = both strands are over → meets not_service_civique → eligible
    N("parallel_strands", "situation", "les deux se sont arrêtés en juin", M(
        "Jeanne Laurent <jeanne.laurent@example.fr>", "candidature", "12 21:33",
        """Bonsoir,

L'an dernier, j'ai fait ma licence pro Animation et un service civique à mi-temps dans un centre social de Brest, en même temps ; les deux se sont arrêtés en juin, avec la licence en poche.

Je cherche un poste d'animatrice famille dans un centre social ou une association.

Jeanne Laurent
02 98 37 50 14""",
        app("Jeanne", "Laurent", phone="+33298375014", bac=3, grad="2026-06", status="lp_et_sc_mi_temps_finis_juin"),
    )),
    # Feature: parallel_strands — kind — de mon côté, pendant ce temps
    # order: «your side: the file under review» ‖ «my side: an interview in a SCOP» = a reply in our thread with news, no application → kind reply
    N("parallel_strands", "kind", "de mon côté, pendant ce temps", M(
        "Idir Amrani <idir.amrani@example.net>", "Re: Votre dossier Pro'pulse", "18 09:22",
        """Bonjour Pauline,

Merci, je comprends que mon dossier est à l'étude jusqu'à la commission du 1er décembre. De mon côté, pendant ce temps, j'ai passé un premier entretien dans une SCOP de communication ; je vous dirai.

Bonne journée,
Idir

> Bonjour Idir, votre candidature sera examinée en commission le 1er décembre.""",
        reply(),
        headers={"In-Reply-To": "<dossier-2211.amrani@animafac.net>", "References": "<dossier-2211.amrani@animafac.net>"},
    )),
    # Feature: parallel_strands — kind — au même moment, deux sessions
    # order: «session 1: en présentiel» ‖ «session 2: à distance, au même moment» = a university's calendar for its graduates, no application → kind newsletter
    N("parallel_strands", "kind", "au même moment, deux sessions", M(
        "Service insertion pro — Université <insertion@univ-example.fr>", "Agenda insertion : décembre", "23 07:30",
        """AGENDA DU SERVICE INSERTION

Le 9 décembre, au même moment, deux sessions : « Travailler dans l'ESS » (amphi B, en présentiel) et « Réussir son premier entretien » (à distance).
Le 16 décembre : rencontre avec d'anciens diplômés salariés de coopératives.

Inscriptions sur l'ENT. Pour ne plus recevoir cet agenda, répondez STOP.""",
        newsletter(),
    )),
]
