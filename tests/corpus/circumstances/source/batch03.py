"""Circumstances corpus, batch 03 (writer A): money and side jobs (evening bike deliveries, a night security
guard of nine years, a supermarket half-time since 2019, a CROUS grant of a running L3, a grant of a licence
now over, the RSA while a jury sits, a bank's call centre, a supermarket till, the RSA with a bac pro, a
student loan for a private bachelor, the ARE after a fixed-term contract, odd jobs since 2023, a «contrat
d'engagement jeune») and the first half of housing and transport (a foyer de jeunes travailleurs, staying with
a friend, no car in a village, no licence in Strasbourg, a young person out of care, a move); other mail in
those circumstances."""
# ruff: noqa: E501

from __future__ import annotations

from circumstances import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: money_side_jobs — career_change — je fais des livraisons à vélo en auto-entrepreneur
    # circumstance: «je fais des livraisons à vélo en auto-entrepreneur» = evening deliveries to pay the rent since the BUT: a side gig, no career → meets not_career_change → eligible
    N("money_side_jobs", "career_change", "je fais des livraisons à vélo en auto-entrepreneur", M(
        "Bilal Ayadi <bilal.ayadi@example.com>", "Candidature Pro'pulse", "02 23:05",
        """Bonsoir,

BUT Gestion administrative et commerciale des organisations obtenu en juin 2026. Pour payer le loyer, le soir je fais des livraisons à vélo en auto-entrepreneur, mais ce n'est pas un projet, c'est alimentaire.

Ce que je cherche : un poste d'assistant de gestion dans une coopérative ou une association d'insertion.

Bilal Ayadi
06 25 81 46 37""",
        app("Bilal", "Ayadi", phone="+33625814637", bac=3, grad="2026-06", status="livraisons_velo_auto_entrepreneur"),
    )),
    # Feature: money_side_jobs — career_change — agent de sécurité à temps plein depuis 2017
    # circumstance: «agent de sécurité à temps plein depuis 2017» = the night job paid for the evening licence, but nine years full time in a trade before the diploma of 2026 are a career → fails not_career_change → not eligible
    N("money_side_jobs", "career_change", "agent de sécurité à temps plein depuis 2017", M(
        "Serge Ebongue <serge.ebongue@example.net>", "candidature reconversion ESS", "03 06:40",
        """Bonjour,

Je suis agent de sécurité à temps plein depuis 2017, en horaires de nuit, ce qui m'a permis de financer une licence en cours du soir au CNAM : licence Sciences sanitaires et sociales, obtenue en juin 2026.

Je voudrais quitter la sécurité et travailler dans l'accompagnement social, en association.

Serge Ebongue
06 14 70 29 83""",
        app("Serge", "Ebongue", phone="+33614702983", bac=3, grad="2026-06", failing=("not_career_change",), status="securite_nuit_depuis_2017"),
    )),
    # Feature: money_side_jobs — career_change — à mi-temps dans une grande surface depuis 2019
    # ambiguous: seven years at half time in a supermarket while studying in alternation: a job to live on or a career in retail — open
    # circumstance: «à mi-temps dans une grande surface depuis 2019» = the half-time kept her afloat through the licence pro, but seven years of it may be a trade of its own → not_career_change unknown → to verify
    N("money_side_jobs", "career_change", "à mi-temps dans une grande surface depuis 2019", M(
        "Laetitia Bonnet <laetitia.bonnet@example.fr>", "Pro'pulse", "04 12:02",
        """Bonjour,

Je travaille à mi-temps dans une grande surface depuis 2019, au rayon frais, et j'ai passé en parallèle une licence professionnelle Métiers de l'animation sociale, obtenue en septembre 2026.

Aujourd'hui je voudrais un poste d'animatrice coordinatrice dans un centre social. Pouvez-vous m'aider à faire la transition ?

Laetitia Bonnet
06 37 84 12 59""",
        app("Laetitia", "Bonnet", phone="+33637841259", bac=3, grad="2026-09", unknown=("not_career_change",), status="grande_surface_mi_temps_2019"),
    )),
    # Feature: money_side_jobs — studies_finished — ma bourse du CROUS est versée jusqu'en juin
    # circumstance: «ma bourse du CROUS est versée jusqu'en juin» = the grant is paid because the L3 is running this year: studies not finished → fails studies_finished → not eligible
    N("money_side_jobs", "studies_finished", "ma bourse du CROUS est versée jusqu'en juin", M(
        "Mehdi Guessoum <mehdi.guessoum@example.org>", "Candidature", "05 17:21",
        """Bonjour,

J'ai un DUT Carrières sociales (juin 2025) et je suis cette année en L3 de sociologie ; ma bourse du CROUS est versée jusqu'en juin, c'est ce qui me fait vivre avec un petit job d'aide aux devoirs.

Je voudrais déjà chercher un emploi dans une association de quartier pour la suite. Pro'pulse peut-il m'aider ?

Mehdi Guessoum
07 40 15 93 28""",
        app("Mehdi", "Guessoum", phone="+33740159328", bac=2, grad="2025-06", failing=("studies_finished",), status="bourse_crous_l3_en_cours"),
    )),
    # Feature: money_side_jobs — studies_finished — j'ai été boursière échelon 7 pendant toute ma licence, terminée en juin
    # circumstance: «j'ai été boursière échelon 7 pendant toute ma licence, terminée en juin» = the grant belongs to a licence now over: studies finished in June 2026 → meets studies_finished → eligible
    N("money_side_jobs", "studies_finished", "j'ai été boursière échelon 7 pendant toute ma licence, terminée en juin", M(
        "Anaïs Delorme <anais.delorme@example.com>", "candidature Anaïs Delorme", "06 10:33",
        """Bonjour,

J'ai été boursière échelon 7 pendant toute ma licence, terminée en juin (licence d'histoire, mention bien). Plus de bourse maintenant, donc il me faut un travail assez vite.

Je vise un poste de médiatrice ou d'animatrice du patrimoine dans une association ou un écomusée associatif.

Anaïs Delorme
06 90 28 37 15""",
        app("Anaïs", "Delorme", phone="+33690283715", bac=3, grad="2026-06", status="boursiere_licence_terminee"),
    )),
    # Feature: money_side_jobs — studies_finished — en attendant les résultats du jury, prévus le 10 décembre
    # ambiguous: the last exams are sat and the licence pro's jury sits on 10 December: the diploma may be obtained or not — studies open
    # circumstance: «en attendant les résultats du jury, prévus le 10 décembre» = the RSA is the money while waiting; all is done but the result → studies_finished unknown → to verify
    N("money_side_jobs", "studies_finished", "en attendant les résultats du jury, prévus le 10 décembre", M(
        "Jessica Fabre <jessica.fabre@example.fr>", "Inscription Pro'pulse", "07 14:12",
        """Bonjour,

J'ai terminé les cours et les examens de ma licence pro Coordination de projets de l'ESS. Je suis au RSA en attendant les résultats du jury, prévus le 10 décembre.

Je voudrais travailler dans une épicerie sociale ou une association d'aide alimentaire, en coordination de bénévoles.

Jessica Fabre
07 22 46 80 13""",
        app("Jessica", "Fabre", phone="+33722468013", bac="*", grad=None, unknown=("studies_finished",), status="rsa_jury_10_decembre"),
    )),
    # Feature: money_side_jobs — aim — passer en CDI dans la banque où je fais mes soirées
    # circumstance: «passer en CDI dans la banque où je fais mes soirées» = the evening call-centre job becomes the aim: a bank's customer service is no ESS employer → fails job_seeking_ess → not eligible
    N("money_side_jobs", "aim", "passer en CDI dans la banque où je fais mes soirées", M(
        "Yanis Caron <yanis.caron@example.net>", "accompagnement", "08 19:47",
        """Bonjour,

J'ai un BTS Négociation et digitalisation de la relation client (juin 2025). Pour vivre je travaille au centre d'appels d'une grande banque, trois soirs par semaine.

Mon objectif serait de passer en CDI dans la banque où je fais mes soirées, au service clients. Est-ce que votre accompagnement peut m'aider à décrocher ça ?

Yanis Caron
06 53 92 04 71""",
        app("Yanis", "Caron", phone="+33653920471", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="centre_appels_banque_cdi"),
    )),
    # Feature: money_side_jobs — aim — a job with an environmental charity
    # circumstance: «a job with an environmental charity» = the supermarket till pays the rent; the aim she states is a charity → meets job_seeking_ess → eligible (English)
    N("money_side_jobs", "aim", "a job with an environmental charity", M(
        "Aoife Kennedy <aoife.kennedy@example.com>", "Pro'pulse application", "09 21:30",
        """Hi there,

I work part-time on the tills at a supermarket in Montpellier to pay my rent, but what I'm really after is a job with an environmental charity, on biodiversity or river restoration projects.

I have a BSc in Environmental Science from the University of Galway (June 2026) and I've lived in France since September.

Thanks a million,
Aoife Kennedy
07 83 50 14 62""",
        app("Aoife", "Kennedy", phone="+33783501462", bac=3, grad="2026-06", status="supermarket_till_env_charity", language="en"),
    )),
    # Feature: money_side_jobs — level — un bac pro commerce et une première année de BTS pas validée
    # circumstance: «un bac pro commerce et une première année de BTS pas validée» = the RSA is the circumstance; the highest diploma is the bac pro (level 4) → fails degree_level → not eligible
    N("money_side_jobs", "level", "un bac pro commerce et une première année de BTS pas validée", M(
        "Cindy Lefèvre <cindy.lefevre@example.fr>", "je voudrais des infos et m'inscrire", "10 09:09",
        """bonjour

je suis au RSA depuis 8 mois, j'ai un bac pro commerce et une première année de BTS pas validée. j'aimerais travailler dans une ressourcerie ou un truc comme emmaüs, j'aime bien réparer et vendre

merci
Cindy
06 66 21 38 04""",
        app("Cindy", "Lefèvre", phone="+33666213804", bac=0, grad=None, failing=("degree_level",), status="rsa_bac_pro_bts_non_valide"),
    )),
    # Feature: money_side_jobs — level — bachelor Responsable de développement commercial
    # ambiguous: a private school's «bachelor» paid with a student loan: its level (a registered bac+3 title or not) is not said — open
    # circumstance: «bachelor Responsable de développement commercial» = the loan he repays says what the school cost, not what the title is worth → degree_level unknown → to verify
    N("money_side_jobs", "level", "bachelor Responsable de développement commercial", M(
        "Thomas Hennequin <thomas.hennequin@example.org>", "Candidature", "11 13:55",
        """Bonjour,

J'ai fini en juillet 2026 un bachelor Responsable de développement commercial dans une école privée de Lille, financé par un prêt étudiant que je commence à rembourser.

Je veux mettre ces compétences au service d'une structure de l'ESS : développement des partenariats d'une association ou d'une SCIC.

Thomas Hennequin
06 41 07 26 93""",
        app("Thomas", "Hennequin", phone="+33641072693", bac="*", grad="2026-07", unknown=("degree_level",), status="bachelor_pret_etudiant"),
    )),
    # Feature: money_side_jobs — level — BTS Économie sociale familiale
    # circumstance: «BTS Économie sociale familiale» = the ARE after a six-month fixed-term contract pays the bills; the diploma is a BTS (bac+2) of July 2025 → meets degree_level → eligible (CV attached)
    N("money_side_jobs", "level", "BTS Économie sociale familiale", M(
        "Zineb Bakkali <zineb.bakkali@example.com>", "Candidature Pro'pulse - Z. Bakkali", "12 10:17",
        """Bonjour,

Titulaire d'un BTS Économie sociale familiale (juillet 2025), je touche l'ARE depuis la fin de mon CDD de six mois dans un centre social, en octobre.

Je recherche un poste de conseillère en insertion ou d'animatrice d'ateliers budget dans une association. CV en pièce jointe.

Zineb Bakkali
06 29 58 40 16""",
        app("Zineb", "Bakkali", phone="+33629584016", bac=2, grad="2025-07", status="are_cdd_centre_social_bts_esf", info_in="both"),
        cv=CV("odt", "Bakkali_Zineb_CV.odt", """Zineb Bakkali
BTS Économie sociale familiale — juillet 2025
CDD animatrice d'ateliers budget, centre social, avril-octobre 2026
Objectif : conseillère en insertion, secteur associatif"""),
    )),
    # Feature: money_side_jobs — graduation — ma licence en 2023
    # circumstance: «ma licence en 2023» = three years of odd jobs (deliveries, dishwashing) are no career, but they leave the licence of 2023 too old → fails graduation_recent → not eligible
    N("money_side_jobs", "graduation", "ma licence en 2023", M(
        "Maxime Jourdain <maxime.jourdain@example.net>", "Pro'pulse ?", "13 16:48",
        """Salut,

J'ai eu ma licence en 2023 (info-com) et depuis je vis de petits boulots : livreur, plonge, un peu de manutention. J'ai envie de me poser et de trouver un boulot qui a du sens, dans la com d'une asso par exemple.

C'est possible chez vous ?

Maxime Jourdain
06 84 39 15 70""",
        app("Maxime", "Jourdain", phone="+33684391570", bac=3, grad="2023", failing=("graduation_recent",), status="petits_boulots_licence_2023"),
    )),
    # Feature: money_side_jobs — situation — je suis en contrat d'engagement jeune avec la Mission locale
    # circumstance: «je suis en contrat d'engagement jeune avec la Mission locale» = the allowance of the CEJ is his income; the CEJ is an accompaniment, neither an internship nor a service civique → meets not_service_civique → eligible
    N("money_side_jobs", "situation", "je suis en contrat d'engagement jeune avec la Mission locale", M(
        "Ibrahima Cissé <ibrahima.cisse@example.org>", "Candidature", "14 11:02",
        """Bonjour,

J'ai eu mon BUT Carrières sociales en juin 2026. Depuis septembre je suis en contrat d'engagement jeune avec la Mission locale, ce qui me donne une petite allocation et un conseiller, et c'est lui qui m'a donné votre adresse.

Je cherche un poste d'animateur dans une association de prévention ou un centre social.

Ibrahima Cissé
07 19 63 82 40""",
        app("Ibrahima", "Cissé", phone="+33719638240", bac=3, grad="2026-06", status="cej_mission_locale"),
    )),
    # Feature: money_side_jobs — kind — si je participe à Pro'pulse, est-ce que mon RSA sera suspendu
    # circumstance: «si je participe à Pro'pulse, est-ce que mon RSA sera suspendu» = a question about benefits, no diploma, no application yet → kind question
    N("money_side_jobs", "kind", "si je participe à Pro'pulse, est-ce que mon RSA sera suspendu", M(
        "Dounia <dounia.k@example.fr>", "RSA et programme", "15 09:31",
        """Bonjour,

Question avant de candidater : si je participe à Pro'pulse, est-ce que mon RSA sera suspendu ? Le programme est-il rémunéré ou est-ce que ça compte comme une formation ?

Merci d'avance,
Dounia""",
        question(),
    )),
    # Feature: money_side_jobs — kind — Re: Votre candidature Pro'pulse — entretien
    # circumstance: «Re: Votre candidature Pro'pulse — entretien» = a reply in our thread: his shifts at the restaurant rule out Thursdays, no new application → kind reply
    N("money_side_jobs", "kind", "Re: Votre candidature Pro'pulse — entretien", M(
        "Florian Dumont <florian.dumont@example.com>", "Re: Votre candidature Pro'pulse — entretien", "16 22:48",
        """Bonsoir,

Merci pour votre réponse. Je fais le service du midi dans un restaurant le jeudi et le vendredi, donc ces jours-là c'est impossible. Le lundi ou le mardi me conviendraient.

Florian Dumont

> Bonjour Florian, votre candidature a retenu notre attention. Seriez-vous disponible jeudi prochain pour un entretien ?""",
        reply(),
        headers={"In-Reply-To": "<cand-1611.dumont@animafac.net>", "References": "<cand-1611.dumont@animafac.net>"},
    )),
    # Feature: money_side_jobs — kind — je suis au travail et ne lis pas mes mails avant 19 h
    # circumstance: «je suis au travail et ne lis pas mes mails avant 19 h» = an applicant's automatic answer set up for her side job's hours, no application → kind auto_reply
    N("money_side_jobs", "kind", "je suis au travail et ne lis pas mes mails avant 19 h", M(
        "Karine Bellamy <karine.bellamy@example.org>", "Réponse automatique", "17 08:02",
        """Bonjour, je suis au travail et ne lis pas mes mails avant 19 h. Je vous réponds ce soir. Karine""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: money_side_jobs — kind — User unknown
    # circumstance: «User unknown» = our answer to a student who closed his university address when he left for a job, no application → kind bounce
    N("money_side_jobs", "kind", "User unknown", M(
        "Mail Delivery Subsystem <mailer-daemon@example.fr>", "Returned mail: see transcript for details", "18 04:27",
        """The original message was received at Wed, 18 Nov 2026 04:26:51 +0100

   ----- The following addresses had permanent fatal errors -----
<adrien.claverie@example.fr>
    (reason: 550 5.1.1 User unknown)""",
        bounce("adrien.claverie@example.fr"),
        bounce="Reporting-MTA: dns; mx.example.fr\nFinal-Recipient: rfc822; adrien.claverie@example.fr\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: housing_transport — situation — mon stage chez Habitat et Humanisme, terminé fin août
    # circumstance: «mon stage chez Habitat et Humanisme, terminé fin août» = the FJT room came with the internship, which ended in August: an internship over → meets not_internship → eligible
    N("housing_transport", "situation", "mon stage chez Habitat et Humanisme, terminé fin août", M(
        "Quentin Delattre <quentin.delattre@example.com>", "Candidature Pro'pulse", "03 13:30",
        """Bonjour,

Je loge en foyer de jeunes travailleurs à Amiens depuis mon stage chez Habitat et Humanisme, terminé fin août. Je peux y rester jusqu'en juin, ce qui me laisse le temps de chercher.

Licence professionnelle Gestion locative sociale, obtenue en juin 2026. Je cherche un poste de chargé de gestion locative dans une association ou un bailleur associatif.

Quentin Delattre
06 20 75 39 84""",
        app("Quentin", "Delattre", phone="+33620753984", bac=3, grad="2026-06", status="fjt_stage_termine_aout"),
    )),
    # Feature: housing_transport — situation — mon stage à l'AFEV se termine ce mois-ci
    # ambiguous: the internship ends «ce mois-ci» with no day: whether it still runs on 26 November is open
    # circumstance: «mon stage à l'AFEV se termine ce mois-ci» = she is staying with a friend in Nantes until the internship ends, this month, day unsaid → not_internship unknown → to verify
    N("housing_transport", "situation", "mon stage à l'AFEV se termine ce mois-ci", M(
        "Coralie Fontaine <coralie.fontaine@example.fr>", "Candidature", "04 19:12",
        """Bonjour,

J'ai obtenu mon BUT Carrières sociales en juin 2026 et je complète par un stage : je suis hébergée chez une amie à Nantes pendant ce temps, et mon stage à l'AFEV se termine ce mois-ci.

Après, je veux rester à Nantes et travailler dans une association d'accompagnement scolaire.

Coralie Fontaine
06 57 12 84 30""",
        app("Coralie", "Fontaine", phone="+33657128430", bac=3, grad="2026-06", unknown=("not_internship",), status="hebergee_amie_stage_afev"),
    )),
    # Feature: housing_transport — aim — un poste à la mairie de mon village
    # circumstance: «un poste à la mairie de mon village» = without a car he can only work within walking distance, and the job he aims at is the village's town hall, a public employer → fails job_seeking_ess → not eligible
    N("housing_transport", "aim", "un poste à la mairie de mon village", M(
        "Baptiste Guillot <baptiste.guillot@example.net>", "demande", "05 08:21",
        """Bonjour,

J'habite un village de la Creuse sans voiture (pas de permis, et le car ne passe que deux fois par jour). J'ai un DUT GEA de juin 2025.

Le plus réaliste pour moi, c'est un poste à la mairie de mon village, au secrétariat, qui recrute bientôt. Pourriez-vous m'aider à préparer ma candidature ?

Baptiste Guillot
05 55 63 21 48""",
        app("Baptiste", "Guillot", phone="+33555632148", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="village_creuse_mairie"),
    )),
    # Feature: housing_transport — aim — a community recycling centre or a bike repair co-op
    # circumstance: «a community recycling centre or a bike repair co-op» = not driving limits him to Strasbourg; within it he aims at ESS structures → meets job_seeking_ess → eligible (English)
    N("housing_transport", "aim", "a community recycling centre or a bike repair co-op", M(
        "Tomasz Grabowski <tomasz.grabowski@example.org>", "Application for Pro'pulse", "06 15:40",
        """Hello,

I don't drive, so I'm only looking in Strasbourg itself, where I can cycle everywhere. I finished a licence in environmental management at the University of Strasbourg in June 2025.

I'd like to work at a community recycling centre or a bike repair co-op, on the operations side.

Kind regards,
Tomasz Grabowski
06 38 27 91 05""",
        app("Tomasz", "Grabowski", phone="+33638279105", bac=3, grad="2025-06", status="no_car_strasbourg_recycling", language="en"),
    )),
    # Feature: housing_transport — level — j'ai un CAP et le bac pro
    # circumstance: «j'ai un CAP et le bac pro» = out of the child welfare home and staying with friends; the diplomas are a CAP and a bac pro, no bac+2 → fails degree_level → not eligible
    N("housing_transport", "level", "j'ai un CAP et le bac pro", M(
        "Dylan Chevrier <dylan.chevrier@example.com>", "besoin d'aide pour trouver un taf", "07 01:14",
        """Bonjour,

Depuis que je suis sorti du foyer de l'ASE à 18 ans je suis hébergé chez des amis, à droite à gauche. J'ai un CAP et le bac pro, en menuiserie.

Je voudrais bosser dans un chantier d'insertion ou une recyclerie, j'aime le bois et aider les autres.

Dylan
07 61 94 30 27""",
        app("Dylan", "Chevrier", phone="+33761943027", bac=0, grad=None, failing=("degree_level",), status="sortie_ase_cap_bac_pro"),
    )),
    # Feature: housing_transport — graduation — j'ai déménagé en 2024, l'année de mon BTS
    # ambiguous: the BTS is dated only by the year of the move, 2024 — recent from November 2024, not before: open
    # circumstance: «j'ai déménagé en 2024, l'année de mon BTS» = the move gives the year, no month → graduation_recent unknown → to verify
    N("housing_transport", "graduation", "j'ai déménagé en 2024, l'année de mon BTS", M(
        "Maud Izard <maud.izard@example.net>", "Candidature Pro'pulse", "08 12:50",
        """Bonjour,

Je suis originaire de Gap et j'ai déménagé en 2024, l'année de mon BTS SP3S, pour m'installer à Grenoble avec mon compagnon. Depuis, des remplacements en EHPAD associatif.

Je cherche un poste stable de coordinatrice dans une association d'aide à domicile, accessible en tram.

Maud Izard
06 70 43 28 15""",
        app("Maud", "Izard", phone="+33670432815", bac=2, grad="2024", unknown=("graduation_recent",), status="demenagement_2024_bts"),
    )),
    # Feature: housing_transport — kind — Undeliverable: Votre inscription à la réunion
    # circumstance: «Undeliverable: Votre inscription à la réunion» = our confirmation bounced off the old address of someone who moved, no application → kind bounce
    N("housing_transport", "kind", "Undeliverable: Votre inscription à la réunion", M(
        "postmaster@example.org", "Undeliverable: Votre inscription à la réunion", "19 11:55",
        """Your message to helene.carriere@example.org couldn't be delivered.

helene.carriere wasn't found at example.org.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'""",
        bounce("helene.carriere@example.org"),
        bounce="Reporting-MTA: dns; mail.example.org\nFinal-Recipient: rfc822; helene.carriere@example.org\nAction: failed\nStatus: 5.1.10",
    )),
    # Feature: housing_transport — kind — nos résidents du foyer de jeunes travailleurs
    # circumstance: «nos résidents du foyer de jeunes travailleurs» = a foyer's director proposes a session for the residents, no application → kind other
    N("housing_transport", "kind", "nos résidents du foyer de jeunes travailleurs", M(
        "Direction FJT Les Acacias <direction.acacias@example.fr>", "Présentation de Pro'pulse aux résidents ?", "20 17:05",
        """Bonjour,

Plusieurs de nos résidents du foyer de jeunes travailleurs sont diplômés et cherchent un premier emploi. Accepteriez-vous de venir présenter Pro'pulse un soir, après 18 h, dans notre salle commune ?

Bien cordialement,
La direction du FJT Les Acacias""",
        other(),
    )),
]
