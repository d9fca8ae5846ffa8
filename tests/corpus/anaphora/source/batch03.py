"""Anaphora corpus, batch 03 (writer A): headings and their items (a CV's FORMATION and its master, an
«EXPÉRIENCE EN COURS» holding a service civique, an English EDUCATION heading and its year, a «Ma situation»
list, a CV's «AUTRES FORMATIONS» and a titre professionnel, a form's «Diplôme le plus élevé»), facts said
paragraphs after their thing (a licence pro, a referral's service civique, years of logistics, a food co-op,
an M2, a DUT, years of animation in a CV), and two candidates for one link (a sister's master, a BTS and a
DEUST, a job and a stage, a cousin's BTS, parents' masters, a coopérative and an agence), with other mail
that links the same way."""
# ruff: noqa: E501

from __future__ import annotations

from anaphora import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: header_items — graduation — FORMATION
    # linked: heading «FORMATION» → item «2025 Master 2 Développement social local» (header → item, 1 line below, in the CV) → graduation 2025 → recent
    N("header_items", "graduation", "FORMATION\n2025 Master 2 Développement social local", M(
        "Léonie Baptiste <leonie.baptiste@example.org>", "Candidature Pro'pulse - CV joint", "02 07:58",
        """Bonjour,

Vous trouverez mon CV en pièce jointe pour le programme Pro'pulse.

Bonne journée,
Léonie""",
        app("Léonie", "Baptiste", phone="+33677120485", bac=5, grad="2025", info_in="cv", status="cv_formation_master_2025"),
        cv=CV("pdf", "CV_Leonie_Baptiste.pdf", """Léonie Baptiste
leonie.baptiste@example.org — 06 77 12 04 85
FORMATION
2025 Master 2 Développement social local — Université de Lille
2023 Licence Sociologie — Université de Lille
EXPÉRIENCES
2024 Stage (6 mois) — Centre social des Trois Ponts, Roubaix
OBJECTIF
Chargée de développement dans une association ou un centre social"""),
    )),
    # Feature: header_items — situation — EXPÉRIENCE EN COURS
    # linked: heading «EXPÉRIENCE EN COURS» → items «Service civique — Les Restos du cœur» / «septembre 2026 – mai 2027» (header → items, 1–2 lines below, in the CV) → civic service running → failing
    N("header_items", "situation", "EXPÉRIENCE EN COURS\nService civique — Les Restos du cœur, Dijon\nseptembre 2026 – mai 2027", M(
        "Anton Petrov <anton.petrov@example.net>", "Candidature", "03 12:40",
        """Bonjour,

Je vous envoie ma candidature au programme, avec mon CV.

Cordialement,
Anton Petrov""",
        app("Anton", "Petrov", phone="+33618527403", bac=3, grad="2026-06", failing=("not_service_civique",), info_in="cv", status="cv_experience_en_cours_sc"),
        cv=CV("docx", "Petrov_CV.docx", """Anton Petrov
06 18 52 74 03 — anton.petrov@example.net
EXPÉRIENCE EN COURS
Service civique — Les Restos du cœur, Dijon
septembre 2026 – mai 2027
DIPLÔMES
Licence Administration économique et sociale — Université de Bourgogne, juin 2026
LANGUES
Russe, français, anglais"""),
    )),
    # Feature: header_items — graduation — EDUCATION
    # ambiguous: the heading's item gives the year 2024 alone: November or December 2024 is recent, earlier is not
    # linked: heading «EDUCATION» → item «BA Social Policy, University of Leeds» and the line «2024» below (header → items, 1–2 lines below, in the CV) → graduation 2024 → open
    N("header_items", "graduation", "EDUCATION\nBA Social Policy, University of Leeds\n2024", M(
        "Nandini Raman <nandini.raman@example.com>", "Application for Pro'pulse", "04 16:16",
        """Dear Pro'pulse team,

Please find my CV attached. I moved to Nantes last year and would like to work for a non-profit here.

Kind regards,
Nandini Raman""",
        app("Nandini", "Raman", phone="+33744190362", bac=3, grad="2024", unknown=("graduation_recent",), info_in="cv", status="cv_education_2024", language="en"),
        cv=CV("odt", "Nandini_Raman_CV.odt", """Nandini Raman
nandini.raman@example.com | +33 7 44 19 03 62
EDUCATION
BA Social Policy, University of Leeds
2024
EXPERIENCE
Volunteer, Leeds Refugee Hub
Barista, Nantes
GOAL
A job with a non-profit or a cooperative"""),
    )),
    # Feature: header_items — situation — Ma situation :
    # linked: heading «Ma situation :» → item «- stage : terminé (mars–août 2026)» (header → item, 1 line below) → internship ended → met
    N("header_items", "situation", "Ma situation :\n- stage : terminé (mars–août 2026)", M(
        "Romain Esposito <romain.esposito@example.fr>", "Candidature Pro'pulse", "05 19:20",
        """Bonjour,

Je vous écris pour candidater au programme.

Mon diplôme :
- licence pro Gestion des organisations de l'économie sociale, IUT de Grenoble, juin 2026

Ma situation :
- stage : terminé (mars–août 2026)
- service civique : jamais fait
- emploi : aucun, je cherche dans une coopérative ou une association

Romain Esposito
06 94 03 51 72""",
        app("Romain", "Esposito", phone="+33694035172", bac=3, grad="2026-06", status="liste_situation_stage_termine"),
    )),
    # Feature: header_items — level — AUTRES FORMATIONS
    # ambiguous: under «DIPLÔMES» only the bac; the titre professionnel stands under «AUTRES FORMATIONS» without its level: bac+2 or not cannot be settled
    # linked: heading «AUTRES FORMATIONS» → item «Titre professionnel Médiateur social accès aux droits et services» (header → item, 1 line below, in the CV) → level unstated → open
    N("header_items", "level", "AUTRES FORMATIONS\nTitre professionnel Médiateur social accès aux droits et services — GRETA, 2025", M(
        "Yasmina Loukil <yasmina.loukil@example.org>", "candidature + CV", "09 13:33",
        """Bonjour,

Je souhaite entrer dans le programme pour trouver un poste dans une structure d'insertion. Mon CV est joint.

Yasmina Loukil""",
        app("Yasmina", "Loukil", phone="+33663487120", bac="*", grad="2025", unknown=("degree_level",), info_in="cv", status="cv_autres_formations_titre"),
        cv=CV("pdf", "CV-Loukil.pdf", """Yasmina Loukil
06 63 48 71 20 — yasmina.loukil@example.org
DIPLÔMES
Baccalauréat STMG — 2019
AUTRES FORMATIONS
Titre professionnel Médiateur social accès aux droits et services — GRETA, 2025
EXPÉRIENCE
Agente d'accueil, CCAS de Vénissieux (2020–2024)"""),
    )),
    # Feature: header_items — level — Diplôme le plus élevé :
    # linked: heading «Diplôme le plus élevé :» → item «Baccalauréat professionnel Services de proximité et vie locale» (header → item, 1 line below) → bac alone → bac+0 (failing)
    N("header_items", "level", "Diplôme le plus élevé :\nBaccalauréat professionnel Services de proximité et vie locale", M(
        "Kevin Lebrun <kevin.lebrun@example.net>", "Formulaire de candidature", "10 10:48",
        """Nom : Lebrun
Prénom : Kevin
Téléphone : 07 36 21 84 50

Diplôme le plus élevé :
Baccalauréat professionnel Services de proximité et vie locale
Année d'obtention :
2021

Projet : travailler comme médiateur dans une association de quartier""",
        app("Kevin", "Lebrun", phone="+33736218450", bac=0, grad="2021", failing=("degree_level",), status="formulaire_bac_pro"),
    )),
    # Feature: header_items — kind — AGENDA
    # linked: heading «AGENDA» → items «Forum ESS : 4 décembre» (header → items) → kind newsletter
    N("header_items", "kind", "AGENDA\nForum ESS : 4 décembre", M(
        "Les Tisserands de l'ESS <news@tisserands.example.org>", "Lettre d'information n° 58", "11 06:30",
        """Lettre d'information n° 58

AGENDA
Forum ESS : 4 décembre, Bourse du travail
Atelier réseau : 11 décembre, en ligne

À LA UNE
Trois coopératives ouvrent des postes en Isère.

Se désabonner : répondez « désabonner ».""",
        newsletter(),
    )),
    # Feature: header_items — kind — Absente
    # linked: heading «Absente» → item «Retour : lundi 30 novembre» (header → item) → kind auto_reply
    N("header_items", "kind", "Absente\nRetour : lundi 30 novembre", M(
        "Hélène Garnier <helene.garnier@example.fr>", "Réponse automatique", "20 08:01",
        """Absente
Retour : lundi 30 novembre
Urgences : accueil@structure.example.fr""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: long_distance — graduation — Je l'ai obtenue en juillet 2025, avec mention bien
    # linked: «l'» → «une licence professionnelle Métiers du livre» (first paragraph; 5 sentences apart, last paragraph) → graduation 2025-07 → recent
    N("long_distance", "graduation", "Je l'ai obtenue en juillet 2025, avec mention bien", M(
        "Manon Ribeiro <manon.ribeiro@example.org>", "Candidature Pro'pulse — Manon Ribeiro", "02 15:02",
        """Bonjour,

J'ai fait une licence professionnelle Métiers du livre à Saint-Cloud, parce que j'ai toujours voulu travailler autour de la lecture.

Pendant mes études, j'ai animé des ateliers dans une bibliothèque de quartier. C'est là que j'ai découvert le travail associatif. Les enfants venaient surtout le mercredi, et certains parents ont commencé à rester avec eux. Nous avons fini par créer un petit club de lecture intergénérationnel.

J'aimerais aujourd'hui travailler dans une association d'éducation populaire ou de lutte contre l'illettrisme.

Pour la licence : je l'ai obtenue en juillet 2025, avec mention bien.

Manon Ribeiro
06 05 82 37 14""",
        app("Manon", "Ribeiro", phone="+33605823714", bac=3, grad="2025-07", status="licence_obtenue_loin"),
    )),
    # Feature: long_distance — situation — Son engagement court jusqu'en juin prochain
    # linked: «Son engagement» → the engagement of «un service civique à la maison de quartier» (first paragraph; 4 sentences apart; a referral: «son» is the applicant's) → civic service running → failing
    N("long_distance", "situation", "Son engagement court jusqu'en juin prochain", M(
        "Christine Aubert — CCAS <c.aubert@ccas-villeneuve.example.fr>", "Candidature de Mme Farida Haddad", "03 09:14",
        """Bonjour,

Je vous présente Mme Farida Haddad, que j'accompagne au CCAS. Elle effectue un service civique à la maison de quartier des Érables.

Mme Haddad a obtenu un BTS Économie sociale familiale en 2025. Elle est très investie auprès des familles du quartier. Les habitants la sollicitent pour toutes sortes de démarches. Elle souhaite devenir conseillère en économie sociale familiale dans une association.

Son engagement court jusqu'en juin prochain. Vous pouvez la joindre au 06 12 90 47 38 ou à farida.haddad@example.org.

Christine Aubert
Travailleuse sociale, CCAS""",
        app("Farida", "Haddad", phone="+33612904738", bac=2, grad="2025", failing=("not_service_civique",), email="farida.haddad@example.org", forwarded_by="c.aubert@ccas-villeneuve.example.fr", status="ccas_engagement_juin"),
    )),
    # Feature: long_distance — career_change — Ce travail, je l'ai fait à côté de mes études, ou presque
    # ambiguous: years in logistics done «à côté de mes études, ou presque»: a student job or a trade before the diploma, a careful reader cannot tell
    # linked: «Ce travail» → «plusieurs années dans la logistique» (first paragraph; 3 paragraphs apart) → career change open
    N("long_distance", "career_change", "Ce travail, je l'ai fait à côté de mes études, ou presque", M(
        "Thibault Vernier <thibault.vernier@example.com>", "Candidature", "04 22:05",
        """Bonjour,

J'ai travaillé plusieurs années dans la logistique, en entrepôt, de nuit.

J'ai ensuite obtenu une licence pro Coordination de projets en économie sociale et solidaire, en juin 2026.

Je voudrais maintenant travailler dans une ressourcerie ou une coopérative de réemploi. Le réemploi me parle parce que j'ai vu tout ce qu'on jetait en entrepôt.

Ce travail, je l'ai fait à côté de mes études, ou presque.

Thibault Vernier
06 49 71 25 80""",
        app("Thibault", "Vernier", phone="+33649712580", bac=3, grad="2026-06", unknown=("not_career_change",), status="logistique_ou_presque"),
    )),
    # Feature: long_distance — aim — That is exactly the kind of organisation I want to work for
    # linked: «That» → «a food co-op in Montreuil» (first paragraph; 4 sentences apart) → aim in the ESS → met
    N("long_distance", "aim", "That is exactly the kind of organisation I want to work for", M(
        "Amara Osei <amara.osei@example.net>", "Application — Amara Osei", "06 10:55",
        """Hello,

For the past year I've volunteered at a food co-op in Montreuil, run by its members.

I finished my MA in Development Studies at Sussex in September 2025 and moved to Paris shortly after. My French is now good enough for work. I've also helped the co-op set up its accounts on a new tool. Everyone there decides together, which I love.

That is exactly the kind of organisation I want to work for.

Amara Osei
+33 7 81 04 26 93""",
        app("Amara", "Osei", phone="+33781042693", bac=5, grad="2025-09", status="food_coop_that_kind", language="en"),
    )),
    # Feature: long_distance — studies_finished — Je le termine en septembre 2027, après l'alternance
    # linked: «le» → «un M2 d'économie sociale» (first paragraph; 4 sentences apart) → studies running → failing
    N("long_distance", "studies_finished", "Je le termine en septembre 2027, après l'alternance", M(
        "Clara Weiss <clara.weiss@example.fr>", "candidature anticipée", "09 18:40",
        """Bonjour,

Je suis inscrite en M2 d'économie sociale à Grenoble, en alternance dans une mutuelle.

J'ai découvert votre programme par une amie. Elle m'en a dit beaucoup de bien. J'aimerais rejoindre une coopérative après mes études. Je préfère vous contacter tôt.

Je le termine en septembre 2027, après l'alternance.

Clara Weiss
06 30 64 18 92""",
        app("Clara", "Weiss", phone="+33630641892", bac="*", grad=None, failing=("studies_finished",), status="m2_termine_2027"),
    )),
    # Feature: long_distance — graduation — Je l'ai eu en 2024
    # ambiguous: the DUT's year 2024 alone: November or December 2024 is recent, earlier is not
    # linked: «l'» → «un DUT GEA à Nîmes» (first paragraph; 4 sentences apart) → graduation 2024 → open
    N("long_distance", "graduation", "Je l'ai eu en 2024", M(
        "Bastien Lacroix <bastien.lacroix@example.org>", "Pro'pulse", "10 12:09",
        """Bonjour,

J'ai fait un DUT GEA à Nîmes.

Ensuite j'ai travaillé dans la boutique de mes parents. J'ai aidé une association de commerçants à organiser un marché solidaire. Ça m'a donné envie de travailler pour une association. J'ai regardé les offres mais je ne sais pas par où commencer.

Je l'ai eu en 2024, pour être précis.

Bastien Lacroix
07 15 38 62 04""",
        app("Bastien", "Lacroix", phone="+33715386204", bac=2, grad="2024", unknown=("graduation_recent",), status="dut_nimes_2024_loin"),
    )),
    # Feature: long_distance — career_change — C'est ce métier qui m'a conduit vers la licence pro
    # linked: «ce métier» → «Animateur périscolaire — 2019–2024» (CV → body) → years in the field of the aim → not a career change
    N("long_distance", "career_change", "C'est ce métier qui m'a conduit vers la licence pro Animation sociale", M(
        "Moussa Keïta <moussa.keita@example.com>", "Candidature Pro'pulse avec CV", "11 09:27",
        """Bonjour,

Mon CV est en pièce jointe.

Je voudrais vous dire pourquoi je candidate. Les enfants que j'ai accompagnés m'ont beaucoup appris. Leurs familles aussi. J'ai compris qu'il fallait un travail avec tout le quartier.

C'est ce métier qui m'a conduit vers la licence pro Animation sociale, obtenue en juin 2026, et je voudrais devenir coordinateur dans un centre social.

Moussa Keïta
06 58 20 93 41""",
        app("Moussa", "Keïta", phone="+33658209341", bac=3, grad="2026-06", info_in="both", status="animateur_ce_metier_cv"),
        cv=CV("docx", "CV_Moussa_Keita.docx", """Moussa Keïta
06 58 20 93 41 — moussa.keita@example.com
EXPÉRIENCE
Animateur périscolaire — Ville de Saint-Denis, 2019–2024
FORMATION
Licence professionnelle Animation sociale — 2026
BPJEPS Loisirs tous publics — 2019"""),
    )),
    # Feature: long_distance — kind — Je vous la renvoie signée
    # linked: «la» → «la charte d'engagement» (first paragraph; 3 sentences apart) → kind reply: in our thread
    N("long_distance", "kind", "Je vous la renvoie signée", M(
        "Ophélie Marin <ophelie.marin@example.net>", "Re: Charte d'engagement", "17 14:35",
        """Bonjour,

Merci pour la charte d'engagement reçue la semaine dernière.

Je l'ai lue avec attention. J'avais une question sur les horaires des ateliers, mais j'ai trouvé la réponse sur votre site. Tout me convient.

Je vous la renvoie signée.

Ophélie Marin

> Vous trouverez ci-joint la charte d'engagement du programme.""",
        reply(),
        headers={"In-Reply-To": "<charte-2210@animafac.net>", "References": "<charte-2210@animafac.net>"},
    )),
    # Feature: long_distance — kind — Est-elle ouverte aux personnes en reconversion
    # linked: «elle» → «la session de janvier» (first paragraph; 3 sentences apart) → kind question: no personal fact
    N("long_distance", "kind", "Est-elle ouverte aux personnes en reconversion", M(
        "Pauline Texier <pauline.texier@example.org>", "Session de janvier", "18 11:00",
        """Bonjour,

Je vous écris au sujet de la session de janvier.

J'ai lu votre page de présentation. Les ateliers ont l'air très complets. Je n'ai pas trouvé d'information sur les publics.

Est-elle ouverte aux personnes en reconversion ?

Merci,
Pauline Texier""",
        question(),
    )),
    # Feature: two_candidates — graduation — je l'ai obtenue en juin 2025
    # linked: «l'… obtenue» (feminine, first person) → «une licence de sociologie» (mine), not «un master de psychologie» (the sister's) → graduation 2025-06 → recent
    N("two_candidates", "graduation", "Ma sœur a un master de psychologie et moi une licence de sociologie ; je l'ai obtenue en juin 2025", M(
        "Hanna Virtanen <hanna.virtanen@example.fr>", "Candidature Pro'pulse", "02 17:44",
        """Bonjour,

Ma sœur a un master de psychologie et moi une licence de sociologie ; je l'ai obtenue en juin 2025 à Strasbourg. C'est elle qui m'a parlé de votre programme.

Je cherche un poste d'animatrice de réseau dans une fédération d'associations.

Hanna Virtanen
06 24 70 38 59""",
        app("Hanna", "Virtanen", phone="+33624703859", bac=3, grad="2025-06", status="soeur_master_moi_licence"),
    )),
    # Feature: two_candidates — graduation — Je l'ai eu en 2023, juste avant de déménager
    # ambiguous: «l'» could take up the BTS or the DEUST (both masculine, both mine): if the DEUST, 2023 fails; if the BTS, the DEUST's date is unknown
    # linked: «l'» → «un BTS MCO» or «un DEUST Animation» (previous sentence) → graduation open
    N("two_candidates", "graduation", "J'ai fait un BTS MCO puis un DEUST Animation. Je l'ai eu en 2023, juste avant de déménager", M(
        "Loïc Guérin <loic.guerin@example.net>", "candidature", "03 10:21",
        """Bonjour,

J'ai fait un BTS MCO puis un DEUST Animation. Je l'ai eu en 2023, juste avant de déménager à Poitiers.

Je voudrais travailler dans l'animation, dans une MJC ou une association.

Loïc Guérin
06 86 15 42 07""",
        app("Loïc", "Guérin", phone="+33686154207", bac=2, grad=None, unknown=("graduation_recent",), status="bts_deust_je_lai_eu"),
    )),
    # Feature: two_candidates — situation — celui-ci se termine fin février
    # linked: «celui-ci» → «un stage au service partenariats d'une fondation» (the last named, not «un job de caissier») → internship running → failing
    N("two_candidates", "situation", "un job de caissier le week-end et un stage au service partenariats d'une fondation ; celui-ci se termine fin février", M(
        "Ethan Marques <ethan.marques@example.com>", "Candidature Pro'pulse", "04 08:39",
        """Bonjour,

Diplômé d'un master Management des organisations sociales en juin 2026, j'ai en ce moment un job de caissier le week-end et un stage au service partenariats d'une fondation ; celui-ci se termine fin février.

Je cherche un poste de chargé de partenariats dans une association.

Ethan Marques
07 58 24 90 13""",
        app("Ethan", "Marques", phone="+33758249013", bac=5, grad="2026-06", failing=("not_internship",), status="job_et_stage_celui_ci"),
    )),
    # Feature: two_candidates — graduation — She got it in June 2025
    # ambiguous: «She» is the cousin (the writer is a man), so June 2025 is the cousin's BTS: the writer's own licence is left undated
    # linked: «She … it» → «my cousin» and «a BTS in social economy» (not «I studied for a licence in economics») → the applicant's graduation open
    N("two_candidates", "graduation", "my cousin, who lives with me, did a BTS in social economy. She got it in June 2025", M(
        "Tomasz Wójcik <tomasz.wojcik@example.org>", "Application Pro'pulse", "05 20:12",
        """Hello,

I studied for a licence in economics at Nanterre, and my cousin, who lives with me, did a BTS in social economy. She got it in June 2025 and told me about your programme.

I'd like to work for a cooperative bank's foundation or a housing association.

Tomasz Wójcik
+33 6 43 57 81 20""",
        app("Tomasz", "Wójcik", phone="+33643578120", bac=3, grad=None, unknown=("graduation_recent",), status="cousin_she_got_it", language="en"),
    )),
    # Feature: two_candidates — level — Je l'ai eu en 2021 et depuis je travaille
    # linked: «l'» (singular, first person) → «le bac» (mine), not «un master» (my parents', plural) → bac alone → bac+0 (failing)
    N("two_candidates", "level", "Mes parents ont tous les deux un master ; moi, j'ai le bac. Je l'ai eu en 2021", M(
        "Ilyes Bouhlel <ilyes.bouhlel@example.fr>", "Candidature", "06 13:05",
        """Bonjour,

Mes parents ont tous les deux un master ; moi, j'ai le bac. Je l'ai eu en 2021 et depuis je travaille comme agent d'accueil dans une association sportive.

J'aimerais évoluer dans le milieu associatif.

Ilyes Bouhlel
06 97 36 04 58""",
        app("Ilyes", "Bouhlel", phone="+33697360458", bac=0, grad="2021", failing=("degree_level",), status="parents_master_moi_bac"),
    )),
    # Feature: two_candidates — aim — Finalement c'est la première qui m'attire
    # linked: «la première» → «une coopérative d'habitat participatif» (the first named), not «une agence immobilière» → aim in the ESS → met
    N("two_candidates", "aim", "J'hésitais entre une coopérative d'habitat participatif et une agence immobilière. Finalement c'est la première qui m'attire", M(
        "Justine Carpentier <justine.carpentier@example.net>", "Candidature Pro'pulse", "10 16:58",
        """Bonjour,

Master Urbanisme obtenu en juin 2026. J'hésitais entre une coopérative d'habitat participatif et une agence immobilière. Finalement c'est la première qui m'attire, pour le projet collectif.

Justine Carpentier
06 13 52 87 46""",
        app("Justine", "Carpentier", phone="+33613528746", bac=5, grad="2026-06", status="la_premiere_cooperative"),
    )),
    # Feature: two_candidates — kind — Celle-ci dispose d'un vidéoprojecteur
    # linked: «Celle-ci» → «la B3» (the last named, not «la A12») → kind other
    N("two_candidates", "kind", "Deux salles sont libres le 9 : la A12 et la B3. Celle-ci dispose d'un vidéoprojecteur", M(
        "Service logistique — Université <logistique@univ.example.fr>", "Salles disponibles", "12 09:09",
        """Bonjour,

Deux salles sont libres le 9 : la A12 et la B3. Celle-ci dispose d'un vidéoprojecteur, l'autre non. Merci de confirmer votre choix avant vendredi.

Le service logistique""",
        other(),
    )),
    # Feature: two_candidates — kind — one of them could not be delivered. It was rejected
    # linked: «It» → «one of them» → «the two recipients» → kind bounce
    N("two_candidates", "kind", "one of them could not be delivered. It was rejected", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.example.com>", "Delivery Status Notification (Failure)", "14 15:27",
        """Your message was sent to two recipients; one of them could not be delivered. It was rejected by the remote server:

<lisa.brunet@example.com>: 550 5.1.1 The email account that you tried to reach does not exist.""",
        bounce("lisa.brunet@example.com"),
        bounce="""Reporting-MTA: dns; smtp.example.com
Final-Recipient: rfc822; lisa.brunet@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist""",
    )),
]
