# ruff: noqa: E501
"""Batch 1: people writing for themselves, French, each from a persona card (the comment above the mail)."""

from kit import CV, M, app

MESSAGES = [
    # Card: Noémie, 23, BUT Carrières sociales (IUT Tours) July 2026. Lives with parents, signed up at
    # France Travail, sends applications to centres sociaux. Writes late at night, no accents, typos.
    M(
        frm="noemie.fauvel <noemie.fauvel@example.com>",
        subject="demande d'info + candidature",
        date="02 01:12",
        body="""bonsoir,

jai eu mon BUT carrieres sociales a l'IUT de Tours cet ete (juillet) et depuis je suis inscrite a france travail. j'envoi mes candidatures a des centres sociaux et des assos de quartier mais c'est dur sans experience. ma conseillère m'a dit que votre accompagnement pouvait m'aider a me lancer

noemie fauvel
06.41.77.20.93""",
        truth=app("Noémie", "Fauvel", phone="+33641772093", bac=3, grad="2026-07", status="no_accents_centres_sociaux"),
    ),
    # Card: Baptiste, 26, master ESS (Paris-Est Créteil) Sept 2025; works evenings as a bartender to pay
    # rent; targets chargé de développement posts in SCOP/SCIC. Formal letter pasted in the body.
    M(
        frm="Baptiste Renaud <baptiste.renaud@example.org>",
        subject="Lettre de motivation – programme Pro'pulse",
        date="02 09:40",
        body="""Madame, Monsieur,

C'est avec un vif intérêt que je vous adresse ma candidature au programme Pro'pulse.

Diplômé en septembre 2025 du master « Économie sociale et solidaire » de l'Université Paris-Est Créteil, j'ai réalisé mon mémoire sur la gouvernance des SCIC agricoles. Depuis, je travaille le soir comme barman pour financer mon loyer, ce qui me laisse mes journées pour prospecter : je vise des postes de chargé de développement dans des coopératives (SCOP, SCIC) et j'ai déjà passé deux entretiens.

Un accompagnement collectif m'aiderait à structurer ma recherche et à élargir mon réseau.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations respectueuses.

Baptiste Renaud
47, avenue du Général-Leclerc
94000 Créteil
07 60 31 84 22""",
        truth=app("Baptiste", "Renaud", phone="+33760318422", bac=5, grad="2025-09", status="cover_letter_scop"),
    ),
    # Card: Yasmina, 22, BTS ESF 2026 (June). Still enrolled? No: finished. Mentions a past stage at a CCAS,
    # wants to work at an épicerie solidaire. Phone with +33 format.
    M(
        frm="Yasmina Cherif <yasmina.cherif@example.net>",
        subject="Rejoindre le programme",
        date="02 11:05",
        body="""Bonjour,

Mon stage au CCAS de Roubaix s'est achevé fin mai, puis j'ai passé et obtenu mon BTS Économie sociale familiale en juin 2026. J'aimerais maintenant décrocher un premier contrat dans une épicerie solidaire ou une association d'aide alimentaire, je réponds aux annonces depuis septembre.

Pouvez-vous me dire comment s'inscrire ?

Yasmina Cherif
+33 6 28 90 14 57""",
        truth=app("Yasmina", "Cherif", phone="+33628901457", bac=2, grad="2026-06", status="stage_achevé"),
    ),
    # Card: Florian, 29, licence de géographie in 2019, then 5 years as a logistician in a private company,
    # now wants to move to a ressourcerie. Career change; old diploma.
    M(
        frm="Florian Maes <florian.maes@example.com>",
        subject="Candidature Pro'pulse",
        date="02 14:22",
        body="""Bonjour,

Après cinq ans comme responsable logistique chez un grossiste alimentaire, j'ai décidé de changer de voie et de mettre mes compétences au service d'une ressourcerie ou d'une recyclerie. J'ai une licence de géographie (Lille 1, 2019).

Votre programme pourrait-il m'accompagner dans cette transition ?

Florian Maes
06 95 12 40 38""",
        truth=app("Florian", "Maes", phone="+33695124038", bac=3, grad="2019", failing=("graduation_recent", "not_career_change"), status="changer_de_voie"),
    ),
    # Card: Clémence, 24, master 2 droit social (Bordeaux) June 2026. Currently in a 6-month internship at
    # a mutuelle (ends January 2027), writes to get in before it ends.
    M(
        frm="Clémence Vidal <clemence.vidal@example.org>",
        subject="Candidature - fin de stage en janvier",
        date="03 08:47",
        body="""Bonjour,

J'ai terminé mon master 2 en droit de la protection sociale à Bordeaux en juin 2026. J'effectue actuellement un stage de six mois au service juridique d'une mutuelle, qui prendra fin le 31 janvier 2027. Je souhaiterais ensuite travailler durablement dans une mutuelle ou une association de défense des droits.

Puis-je postuler dès maintenant ?

Bien cordialement,
Clémence Vidal
06 07 45 88 21""",
        truth=app("Clémence", "Vidal", phone="+33607458821", bac=5, grad="2026-06", failing=("not_internship",), status="stage_prendra_fin"),
    ),
    # Card: Hugo, 25, DUT GEA 2025 (June) then started a licence pro in alternance (Sept 2026), still in it.
    M(
        frm="Hugo Lemaire <hugo.lemaire@example.net>",
        subject="Question candidature",
        date="03 12:30",
        body="""Bonjour,

J'ai un DUT GEA obtenu en juin 2025. Depuis la rentrée de septembre je prépare une licence pro gestion des structures de l'ESS en alternance dans une régie de quartier (trois semaines en entreprise, une semaine à la fac).

Le programme m'intéresse pour l'après, mais est-ce compatible avec ma formation ?

Hugo Lemaire
07 52 18 63 09""",
        truth=app("Hugo", "Lemaire", phone="+33752186309", bac=2, grad="2025-06", failing=("studies_finished",), unknown=("job_seeking_ess",), status="licence_pro_alternance_en_cours"),
    ),
    # Card: Maëlle, 27, master in 2022, did a service civique in 2023, then odd jobs; diploma too old.
    M(
        frm="Maëlle Guillou <maelle.guillou@example.com>",
        subject="Pro'pulse - candidature",
        date="03 16:18",
        body="""Bonjour,

Diplômée d'un master en urbanisme (Rennes 2) en 2022, j'ai fait un service civique en 2023 à Unis-Cité puis des missions d'intérim. Je souhaite maintenant trouver un poste stable dans l'habitat participatif ou une coopérative d'habitants.

Cordialement,
Maëlle Guillou
06 64 09 32 75""",
        truth=app("Maëlle", "Guillou", phone="+33664093275", bac=5, grad="2022", failing=("graduation_recent",), status="old_master_past_civique"),
    ),
    # Card: Samuel, 23, licence pro métiers de l'animation, diploma date not said; "je viens de finir".
    M(
        frm="Samuel Okafor <samuel.okafor@example.org>",
        subject="Inscription",
        date="03 19:55",
        body="""Salut l'équipe,

Je viens de finir une licence pro métiers de l'animation sociale à Poitiers. Je veux bosser comme coordinateur jeunesse dans une asso ou une MJC, je postule un peu partout en Nouvelle-Aquitaine.

Samuel
07 81 20 45 66""",
        truth=app("Samuel", "Okafor", phone="+33781204566", bac=3, grad=None, unknown=("graduation_recent",), status="viens_de_finir"),
    ),
    # Card: Amandine, 24, master communication 2026 (June). Not looking in ESS specifically: wants an agency.
    M(
        frm="Amandine Roche <amandine.roche@example.net>",
        subject="Accompagnement recherche d'emploi",
        date="04 10:10",
        body="""Bonjour,

Titulaire d'un master en communication digitale (juin 2026, ISCOM), je cherche un poste de chargée de communication en agence de publicité ou chez un annonceur du luxe. Votre accompagnement est-il gratuit ?

Amandine Roche
06 33 87 12 04""",
        truth=app("Amandine", "Roche", phone="+33633871204", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="luxury_agency"),
    ),
    # Card: Lucas, 22, BTS SIO 2025 (juillet), wants a tech job in a tech-for-good association (Emmaüs
    # Connect-like). Short message, key facts only in the subject.
    M(
        frm="Lucas Perrin <lucas.perrin@example.com>",
        subject="BTS SIO juillet 2025 - cherche poste numérique dans une asso d'inclusion numérique",
        date="04 13:37",
        body="""Bonjour, je suis intéressé par Pro'pulse. Mon tel : 06 21 54 87 30. Lucas Perrin""",
        truth=app("Lucas", "Perrin", phone="+33621548730", bac=2, grad="2025-07", info_in="subject", status="subject_carries_facts"),
    ),
    # Card: Inès, 25, licence AES 2025 (juin), currently a volunteer in service civique at a food bank
    # until March 2027. Uses the noun «volontaire».
    M(
        frm="Inès Mansouri <ines.mansouri@example.org>",
        subject="Candidature",
        date="04 17:02",
        body="""Bonjour,

Licence AES en poche depuis juin 2025. Aujourd'hui je suis volontaire à la Banque alimentaire du Rhône, en engagement de service civique de huit mois qui court jusqu'en mars 2027. Après, je veux rester dans l'aide alimentaire en tant que salariée.

Inès Mansouri
06 90 41 22 78""",
        truth=app("Inès", "Mansouri", phone="+33690412278", bac=3, grad="2025-06", failing=("not_service_civique",), status="volontaire_until_march"),
    ),
    # Card: Pauline, 24, master 2 ingénierie de projets culturels, June 2025; her service civique ended in
    # October 2025; now looking for jobs in tiers-lieux. Negation «n'est plus d'actualité».
    M(
        frm="Pauline Delattre <pauline.delattre@example.com>",
        subject="Pro'pulse : ma candidature",
        date="05 09:15",
        body="""Bonjour,

Je me permets de vous écrire pour intégrer Pro'pulse. Master 2 ingénierie de projets culturels (Lille, juin 2025). J'ai enchaîné avec un service civique dans un tiers-lieu, mais c'est terminé depuis octobre 2025 : je cherche désormais un poste de coordinatrice dans un tiers-lieu ou une friche culturelle associative.

Merci !
Pauline Delattre
07 45 63 21 90""",
        truth=app("Pauline", "Delattre", phone="+33745632190", bac=5, grad="2025-06", status="civique_termine_depuis"),
    ),
    # Card: Théo, 21, bac pro only (2023), works in a supermarket, wants to work in an association. Bac+0.
    M(
        frm="Théo Marchand <theo.marchand@example.net>",
        subject="je veux travailler dans une asso",
        date="05 12:44",
        body="""bonjour

j'ai un bac pro commerce (2023) et je travaille en caisse. je voudrais travailler dans une asso d'aide aux sans-abri, je cherche depuis 6 mois. est ce que je peux participer ?

théo
06 58 23 71 49""",
        truth=app("Théo", "Marchand", phone="+33658237149", bac=0, grad="2023", failing=("degree_level",), unknown=("graduation_recent",), status="bac_pro_cashier"),
    ),
    # Card: Célia, 23, M1 psychologie (2026) not continuing to M2: stops her studies; looking for a job in
    # a structure médico-sociale associative. M1 = bac+4, June 2026.
    M(
        frm="Célia Boucher <celia.boucher@example.org>",
        subject="Candidature jeune diplômée",
        date="05 15:31",
        body="""Bonjour,

J'ai validé mon M1 de psychologie à Nanterre en juin 2026 et je n'ai pas été prise en M2 ; j'ai décidé de ne pas retenter et d'entrer dans la vie active. Je postule comme accompagnante éducative ou chargée d'accueil dans des associations du secteur médico-social (ESAT, foyers de vie).

Célia Boucher
06 12 48 97 31""",
        truth=app("Célia", "Boucher", phone="+33612489731", bac=4, grad="2026-06", status="m1_stop"),
    ),
    # Card: Antoine, 30, ingénieur agronome 2020, 6 years in agro-industry, wants to join a coopérative bio.
    # Says "ce serait ma première expérience dans l'ESS" but it's a career change; old diploma.
    M(
        frm="Antoine Faure <antoine.faure@example.com>",
        subject="Pro'pulse ?",
        date="05 18:09",
        body="""Bonjour,

Ingénieur agronome (AgroParisTech, 2020), j'ai passé six ans dans l'agro-industrie. Je cherche à rejoindre une coopérative bio ou une association de circuits courts : ce serait ma première expérience dans l'ESS.

Antoine Faure
06 83 02 19 47""",
        truth=app("Antoine", "Faure", phone="+33683021947", bac=5, grad="2020", failing=("graduation_recent", "not_career_change"), status="premiere_experience_ess_but_career"),
    ),
    # Card: Sofiane, 24, licence STAPS June 2026, wants to be an éducateur sportif in an association
    # sportive d'insertion. Message with quoted auto-ack from a previous attempt to another address.
    M(
        frm="Sofiane Haddad <sofiane.haddad@example.net>",
        subject="Fwd: candidature",
        date="06 10:22",
        body="""Bonjour, j'avais envoyé ça à l'adresse contact d'Animafac, on m'a dit de vous l'envoyer à vous.

---------- Forwarded message ---------
De : Sofiane Haddad <sofiane.haddad@example.net>
Date : lun. 2 nov. 2026 à 21:14
Objet : candidature
À : contact@animafac.net

Bonjour,
J'ai eu ma licence STAPS en juin 2026 (Université de Reims). Je cherche un poste d'éducateur sportif dans une association qui fait de l'insertion par le sport.
Sofiane Haddad
07 66 31 80 52""",
        truth=app("Sofiane", "Haddad", phone="+33766318052", bac=3, grad="2026-06", status="self_forward_from_contact"),
    ),
    # Card: Manon, 25, master 2 in 2024 (September): 26 months ago → too old. Looking in ESS.
    M(
        frm="Manon Keller <manon.keller@example.org>",
        subject="Candidature Pro'pulse",
        date="06 14:50",
        body="""Bonjour,

Je m'appelle Manon Keller, j'ai 25 ans. J'ai soutenu mon mémoire de master 2 « Solidarité et action internationale » en septembre 2024 et je cherche toujours un emploi dans une ONG. J'ai fait pas mal de bénévolat en attendant.

Manon
06 29 74 15 83""",
        truth=app("Manon", "Keller", phone="+33629741583", bac=5, grad="2024-09", failing=("graduation_recent",), status="soutenu_sept_2024"),
    ),
    # Card: Gabriel, 22, BTS (MCO) June 2025 — wait, his mail names BTS in progress? No: he obtained it,
    # then failed licence 3 and stopped in Jan 2026. Looking for job in a SCOP. Highest diploma BTS 2025-06.
    M(
        frm="Gabriel Lenoir <gabriel.lenoir@example.com>",
        subject="candidature",
        date="06 20:31",
        body="""Bonjour,

BTS MCO obtenu en juin 2025, j'ai commencé une L3 mais j'ai arrêté en janvier, ça ne me correspondait pas. Depuis je cherche un emploi de vendeur/conseiller dans une SCOP ou une biocoop (qui sont souvent des coopératives).

Merci de votre retour
Gabriel Lenoir
06 71 30 58 26""",
        truth=app("Gabriel", "Lenoir", phone="+33671305826", bac=2, grad="2025-06", status="dropped_l3"),
    ),
    # Card: Eva, 23, CV-only (PDF), body says nothing; CV: Master 1 2026 in progress? No: Licence 2025,
    # M1 in progress 2026-2027 → studying. Objective line: «Recherche stage de M1».
    M(
        frm="Eva Nicolas <eva.nicolas@example.net>",
        subject="CV",
        date="07 09:03",
        body="""Bonjour, voici mon CV en pièce jointe. Bonne journée, Eva""",
        cv=CV("pdf", "CV_Eva_Nicolas.pdf", """Eva Nicolas
eva.nicolas@example.net - 06 44 80 12 37 - Montpellier
Objectif : stage de 2 mois en association (printemps 2027)
Formation
2026-2027 : Master 1 Économie sociale et solidaire, Université Paul-Valéry (en cours)
2025 : Licence de sociologie, Université Paul-Valéry
Expériences
Bénévole, Restos du Cœur (depuis 2024)"""),
        truth=app("Eva", "Nicolas", phone="+33644801237", bac=3, grad="2025", failing=("studies_finished",), unknown=("job_seeking_ess",), info_in="cv", status="cv_m1_en_cours"),
    ),
    # Card: Karim, 27, DEES (diplôme d'État éducateur spécialisé, bac+3) July 2025, currently in CDD of
    # replacement in an association until December; looking for CDI in protection de l'enfance associative.
    M(
        frm="Karim Benali <karim.benali@example.org>",
        subject="Candidature - éducateur spécialisé",
        date="07 13:48",
        body="""Bonjour,

Éducateur spécialisé diplômé d'État depuis juillet 2025, je suis en CDD de remplacement dans une MECS associative jusqu'au 18 décembre. Je cherche un poste pérenne dans la protection de l'enfance, toujours dans le secteur associatif.

Karim Benali
14 rue Paul-Bert, 69003 Lyon
06 50 72 93 18""",
        truth=app("Karim", "Benali", phone="+33650729318", bac=3, grad="2025-07", status="dees_cdd_until_dec"),
    ),
    # Card: Jade, 22, licence, dates «2025/2026» academic year, wants ESS; phone given in international
    # format without spaces.
    M(
        frm="Jade Morel <jade.morel@example.com>",
        subject="Intégrer la promo de janvier",
        date="07 18:25",
        body="""Bonjour,

Licence d'économie-gestion, année 2025/2026, Université de Caen (diplôme validé). Je suis à la recherche active d'un poste d'assistante de gestion dans une association ou une entreprise de l'ESS.

Je suis joignable au +33678451290.

Jade Morel""",
        truth=app("Jade", "Morel", phone="+33678451290", bac=3, grad="2026", status="academic_year_slash"),
    ),
    # Card: Nathan, 24, ingénieur ENSAM 2025 (septembre), wants to work in energy cooperatives (Enercoop-like)
    # but is currently in a VIE abroad? No — keep simple: currently unemployed. Short mail with signature
    # containing LinkedIn.
    M(
        frm="Nathan Brun <nathan.brun@example.net>",
        subject="Candidature ingénieur – coopératives énergétiques",
        date="08 10:40",
        body="""Bonjour,

Jeune ingénieur Arts et Métiers (diplômé en septembre 2025), je cherche un premier poste dans une coopérative d'énergie renouvelable citoyenne. Je suis disponible immédiatement.

--
Nathan Brun
linkedin.com/in/nathan-brun-example
06 37 29 81 40""",
        truth=app("Nathan", "Brun", phone="+33637298140", bac=5, grad="2025-09", status="engineer_energy_coop"),
    ),
    # Card: Lina, 23, licence pro 2026 (juin). She is currently working part-time as an AESH in the public
    # school system and wants ESS. Says «je ne fais pas de stage». Eligible.
    M(
        frm="Lina Ferreira <lina.ferreira@example.org>",
        subject="candidature",
        date="08 15:12",
        body="""Bonjour,

J'ai obtenu ma licence pro intervention sociale en juin 2026. Je ne fais pas de stage en ce moment, je travaille à mi-temps comme AESH en attendant de trouver un poste dans une association d'accompagnement du handicap.

Lina Ferreira
07 58 14 69 23""",
        truth=app("Lina", "Ferreira", phone="+33758146923", bac=3, grad="2026-06", status="ne_fais_pas_de_stage"),
    ),
    # Card: Romane, 25, no diploma stated at all, wants ESS, phone given.
    M(
        frm="Romane Petit <romane.petit@example.com>",
        subject="Pro'pulse",
        date="08 21:30",
        body="""Bonsoir,

On m'a conseillé votre programme. Je cherche un emploi dans une association environnementale, idéalement dans la sensibilisation du public. Qu'est-ce que je dois vous envoyer ?

Romane Petit
06 18 95 40 72""",
        truth=app("Romane", "Petit", phone="+33618954072", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="no_degree_env"),
    ),
    # Card: Adrien, 26, doctorate in sociology defended in October 2026, wants to work in a research
    # association / observatoire in the ESS.
    M(
        frm="Adrien Colin <adrien.colin@example.net>",
        subject="Candidature – docteur en sociologie",
        date="09 09:20",
        body="""Bonjour,

J'ai soutenu ma thèse de sociologie le 14 octobre 2026 à l'EHESS. Je ne souhaite pas poursuivre dans le monde académique : je candidate à des postes de chargé d'études dans des fédérations associatives et des observatoires de l'ESS.

Adrien Colin
06 46 38 20 15""",
        truth=app("Adrien", "Colin", phone="+33646382015", bac=8, grad="2026-10", status="these_soutenue"),
    ),
    # Card: Océane, 22, BTS tourisme 2026 (juin), still finishing? No. She is doing a stage? No: she
    # had planned a stage and cancelled: «j'ai renoncé au stage». Wants tourism social (VVF-like associatif).
    M(
        frm="Océane Gautier <oceane.gautier@example.com>",
        subject="Candidature Pro'pulse - tourisme social",
        date="09 11:55",
        body="""Bonjour,

BTS Tourisme obtenu en juin 2026. J'avais trouvé un stage à l'étranger pour cet automne mais j'y ai renoncé pour raisons familiales. Je cherche maintenant un emploi dans le tourisme social et solidaire (villages vacances associatifs, auberges de jeunesse).

Océane Gautier
06 77 52 04 81""",
        truth=app("Océane", "Gautier", phone="+33677520481", bac=2, grad="2026-06", status="renonce_au_stage"),
    ),
    # Card: Mathis, 24, master 2026 but «en attente des résultats du jury» — not yet graduated; job search
    # in ESS. Studies: finished courses, result pending → to_verify on studies_finished.
    M(
        frm="Mathis Royer <mathis.royer@example.org>",
        subject="candidature",
        date="09 16:40",
        body="""Bonjour,

J'ai rendu mon mémoire de master 2 « Management des organisations de l'ESS » (Université de Nantes) fin septembre, j'attends la délibération du jury prévue le 10 décembre. En parallèle je cherche mon premier poste dans une coopérative ou une mutuelle.

Mathis Royer
06 93 47 28 10""",
        truth=app("Mathis", "Royer", phone="+33693472810", bac="*", grad=None, unknown=("degree_level", "graduation_recent", "studies_finished"), status="awaiting_jury"),
    ),
    # Card: Zoé, 23, licence 2026 (juin), writes in a mix of French and English; wants "ESS / social impact".
    M(
        frm="Zoé Lambert <zoe.lambert@example.com>",
        subject="Pro'pulse application / candidature",
        date="10 08:30",
        body="""Hello / Bonjour,

I just finished my licence LLCER anglais at Paris 3 (June 2026 — diplôme obtenu). Je cherche un job dans une asso d'accueil des réfugiés, ideally in a role where I can use my languages.

Thanks a lot,
Zoé Lambert
+33 7 49 20 36 18""",
        truth=app("Zoé", "Lambert", phone="+33749203618", bac=3, grad="2026-06", status="franglais_refugees"),
    ),
    # Card: Bastien, 25, BUT GEA 2024 (juin) — 29 months → too old. Looking in ESS.
    M(
        frm="Bastien Hoarau <bastien.hoarau@example.net>",
        subject="Candidature",
        date="10 12:02",
        body="""Bonjour,

Je suis titulaire d'un BUT GEA depuis juin 2024. J'ai travaillé deux ans en intérim et je recherche maintenant un poste de comptable dans une association ou une SCOP à La Réunion.

Bastien Hoarau
06 92 40 18 73""",
        truth=app("Bastien", "Hoarau", phone="+33692401873", bac=3, grad="2024-06", failing=("graduation_recent",), status="but_2024_reunion"),
    ),
    # Card: Salomé, 24, master 2 2026 (juin); she did her "stage de fin d'études" from February to July
    # 2026 (past). Looking for a post in an ONG. Past-tense internship.
    M(
        frm="Salomé Dumas <salome.dumas@example.org>",
        subject="candidature Pro'pulse",
        date="10 17:45",
        body="""Bonjour,

Mon stage de fin d'études (février-juillet 2026) chez une ONG de santé m'a confirmé que je voulais travailler dans l'humanitaire. Master 2 santé publique validé en juin 2026 à Bordeaux. Je candidate depuis août sur Coordination SUD et Profil Humanitaire.

Salomé Dumas
06 31 07 92 64""",
        truth=app("Salomé", "Dumas", phone="+33631079264", bac=5, grad="2026-06", status="stage_fin_etudes_passe"),
    ),
    # Card: Yanis, 20, first year of BTS (in progress), wants to know if he can join next year.
    M(
        frm="Yanis Belaid <yanis.belaid@example.com>",
        subject="Pro'pulse l'an prochain",
        date="11 13:14",
        body="""Bonjour,

Je suis en première année de BTS SP3S. Quand je l'aurai (juin 2028 normalement), je voudrai travailler dans une association d'aide à domicile. Est-ce que je pourrai m'inscrire à ce moment-là ou dès maintenant ?

Yanis Belaid
07 62 84 30 19""",
        truth=app("Yanis", "Belaid", phone="+33762843019", bac="*", grad=None, failing=("studies_finished",), unknown=("graduation_recent",), status="bts_first_year"),
    ),
    # Card: Léonie, 24, DE infirmière (bac+3) July 2025, has been working as a nurse at a private clinic and
    # wants to join a centre de santé associatif. Not a career change (same job). Eligible.
    M(
        frm="Léonie Caillaud <leonie.caillaud@example.net>",
        subject="Infirmière - projet centre de santé associatif",
        date="11 19:27",
        body="""Bonjour,

Infirmière diplômée d'État (IFSI de Poitiers, juillet 2025), je travaille en clinique privée depuis un an. Je souhaite exercer dans un centre de santé associatif ou mutualiste, et j'ai commencé à postuler.

Léonie Caillaud
06 25 81 37 96""",
        truth=app("Léonie", "Caillaud", phone="+33625813796", bac=3, grad="2025-07", status="nurse_to_associative"),
    ),
]
