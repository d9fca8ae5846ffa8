"""Seasons corpus, batch 08 (writer B): Friday 5 – Monday 8 February 2027, read on Monday 8 February 2027.
The next year: 2026 is «l'an dernier», a diploma of June 2025 is still within the two-year limit and one of
January 2025 no longer is, a year alone 2025 is open and 2024 fails; winter holidays, the January juries'
results and the spring session's last places fill the inbox."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from seasons import N

MESSAGES = [
    # Feature: season_other_mail — kind — en congés d'hiver jusqu'au 22 février
    # route: a partner's winter-holiday out-of-office (Auto-Submitted) answering our mail; its dates are hers → auto_reply
    N("season_other_mail", "kind", "en congés d'hiver jusqu'au 22 février", M(
        "Agnès Perrier <a.perrier@cidj-besancon.example.org>",
        "Réponse automatique : Pro'pulse - session de mars",
        "2027-02-05 08:05",
        """Bonjour,

Je suis en congés d'hiver jusqu'au 22 février. Pour toute question sur les permanences emploi, merci d'écrire à accueil@cidj-besancon.example.org.

Agnès Perrier
Informatrice jeunesse""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: diploma_age — graduation — master Coopération internationale obtenu en janvier 2025
    # route: the body: a master of January 2025 (25 months back on 2027-02-08), an association sought → graduation_recent fails → not_eligible (on 2026-11-26: 22 months → eligible)
    N("diploma_age", "graduation", "master Coopération internationale obtenu en janvier 2025", M(
        "Romane Lecomte <romane.lecomte@gmail.com>",
        "Candidature Pro'pulse - Romane Lecomte",
        "2027-02-05 09:20",
        """Bonjour,

J'ai un master Coopération internationale obtenu en janvier 2025 à l'université de Bordeaux (le parcours se terminait par un semestre de stage à l'étranger). Depuis, j'ai fait des remplacements dans l'animation.

Je voudrais un poste de chargée de projets dans une association de solidarité internationale ou d'éducation à la citoyenneté.

Romane Lecomte
06 58 73 21 40""",
        app("Romane", "Lecomte", phone="+33658732140", bac=5, grad="2025-01", failing=("graduation_recent",), status="b_romane_master_janvier_2025"),
    ), flips=True),
    # Feature: relative_year — graduation — diplômé l'an dernier
    # route: the body: a licence pro «l'an dernier» read on 2027-02-08 → 2026, a year alone that meets, a cooperative sought → eligible (on 2026-11-26: 2025, graduation 2025)
    N("relative_year", "graduation", "diplômé l'an dernier", M(
        "Adrien Vial <adrien.vial@orange.fr>",
        "Candidature",
        "2027-02-05 10:42",
        """Bonjour,

Diplômé l'an dernier d'une licence pro Métiers de l'énergie, je cherche un poste de technicien ou de chargé de projets dans une coopérative citoyenne d'énergie renouvelable, du côté de Grenoble.

Pouvez-vous me dire si je peux rejoindre la session de mars ?

Adrien Vial
06 37 14 92 68""",
        app("Adrien", "Vial", phone="+33637149268", bac=3, grad="2026", status="b_adrien_an_dernier"),
    ), flips=True),
    # Feature: season_other_mail — kind — Forum des métiers de l'ESS
    # route: a cooperative network's February newsletter (List-Unsubscribe, Precedence: bulk), its dates and «jeunes diplômés» no applicant's → newsletter
    N("season_other_mail", "kind", "Forum des métiers de l'ESS", M(
        "Union régionale des SCOP Auvergne-Rhône-Alpes <lettre@urscop-aura.example.org>",
        "La lettre coopérative – février 2027",
        "2027-02-05 12:00",
        """La lettre coopérative – février 2027

Forum des métiers de l'ESS : jeudi 18 mars à Clermont-Ferrand, 40 coopératives recrutent, un espace « jeunes diplômés ».
Bilan 2026 : 23 nouvelles SCOP et SCIC dans la région.
Formation « créer sa coopérative » : sessions en avril et en juin.

Se désabonner : https://urscop-aura.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://urscop-aura.example.org/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: counted_from_now — graduation — diplômée il y a dix-huit mois
    # route: a France Travail adviser presents a job seeker (her address and phone given): a BUT «il y a dix-huit mois», counted from 2027-02-08 → August 2025, a social centre sought → application forwarded_by the adviser; bac+3 of 2025-08 → eligible (on 2026-11-26: May 2025, graduation 2025-05)
    N("counted_from_now", "graduation", "diplômée il y a dix-huit mois", M(
        "Thierry Langlois <thierry.langlois@francetravail-tours.example.org>",
        "Prescription Pro'pulse - Mme Coralie Masson",
        "2027-02-05 14:15",
        """Bonjour,

Je vous adresse Mme Coralie Masson, demandeuse d'emploi que je suis depuis l'automne. Elle est diplômée il y a dix-huit mois d'un BUT Carrières sociales (IUT de Tours) et n'a trouvé que des remplacements. Elle souhaite un poste d'animatrice dans un centre social ou une association de quartier.

Ses coordonnées : coralie.masson@hotmail.fr, 07 21 64 83 59.

Cordialement,
Thierry Langlois
Conseiller France Travail, agence Tours Nord""",
        app("Coralie", "Masson", phone="+33721648359", bac=3, grad="2025-08", email="coralie.masson@hotmail.fr", forwarded_by="thierry.langlois@francetravail-tours.example.org", status="b_coralie_dix_huit_mois"),
    ), flips=True),
    # Feature: english_seasons — level — my WAEC certificate
    # route: an English application from Nigeria: a secondary school certificate («class of '24») and no higher diploma → degree_level fails → not_eligible (on 2026-11-26: the same)
    N("english_seasons", "level", "my WAEC certificate", M(
        "Tobi Adeyemi <tobi.adeyemi@gmail.com>",
        "Interested in Pro'pulse",
        "2027-02-05 17:30",
        """Good evening,

I came to Lyon last year to join my family. I finished secondary school in Ibadan (class of '24, I have my WAEC certificate) but I haven't been to university yet.

I volunteer at a community kitchen and I would like to work for an association. Can I join your programme?

Thank you,
Tobi Adeyemi
+33 7 58 29 40 16""",
        app("Tobi", "Adeyemi", phone="+33758294016", bac=0, grad="2024", failing=("degree_level",), language="en", status="b_tobi_waec_class_of_24"),
    )),
    # Feature: month_no_year — graduation — j'ai soutenu mon master en décembre
    # route: a phone mail: a master defended and obtained «en décembre», past tense read on 2027-02-08 → December 2026, a foundation sought → bac+5 of 2026-12 → eligible (on 2026-11-26: December 2025, graduation 2025-12)
    N("month_no_year", "graduation", "j'ai soutenu mon master en décembre", M(
        "Jérémy Blanc <jeremy.blanc@icloud.com>",
        "",
        "2027-02-05 21:02",
        """Bonsoir
j'ai soutenu mon master en décembre (droit de l'économie sociale, Montpellier) et j'ai eu le diplôme, je cherche un poste de juriste dans une fédération d'associations ou une fondation. Vous pouvez m'accompagner?
Jérémy Blanc 06 45 30 72 18

Envoyé de mon iPhone""",
        app("Jérémy", "Blanc", phone="+33645307218", bac=5, grad="2026-12", status="b_jeremy_master_decembre"),
    ), flips=True),
    # Feature: season_other_mail — kind — voici l'attestation de fin de service civique
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our request quoted) sending a document asked for → reply
    N("season_other_mail", "kind", "voici l'attestation de fin de service civique", M(
        "Laura Daniel <laura.daniel@gmail.com>",
        "Re: Pro'pulse - pièce manquante",
        "2027-02-06 10:18",
        """Bonjour,

Comme demandé, voici l'attestation de fin de service civique (terminé le 31 janvier). Je la joins en photo, j'espère que c'est lisible.

Laura

Le ven. 5 févr. 2027 à 11:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Laura,
> Pour finaliser votre inscription à la session de mars, merci de nous envoyer l'attestation de fin de votre service civique.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<piece-2027-02-05-0004@animafac.net>", "References": "<piece-2027-02-05-0004@animafac.net>"},
    )),
    # Feature: diploma_age — graduation — licence professionnelle en 2024
    # route: the body: a licence pro of 2024, a year alone read on 2027-02-08 (December 2024 is 26 months back) → graduation_recent fails → not_eligible (on 2026-11-26: 2024 open → to_verify)
    N("diploma_age", "graduation", "licence professionnelle en 2024", M(
        "Benoît Guillot <benoit.guillot@laposte.net>",
        "Candidature au programme",
        "2027-02-06 11:40",
        """Bonjour,

J'ai obtenu une licence professionnelle en 2024 (gestion des organisations de l'économie sociale, IUT de Rouen). Depuis je suis employé de mairie en contrat court.

Je voudrais rejoindre une association d'insertion ou une régie de quartier comme encadrant. Votre programme est-il ouvert à mon profil ?

Benoît Guillot
06 19 58 34 72""",
        app("Benoît", "Guillot", phone="+33619583472", bac=3, grad="2024", failing=("graduation_recent",), status="b_benoit_licence_pro_2024"),
    ), flips=True),
    # Feature: placement_end — situation — mon service civique jusqu'au 31 janvier 2027
    # route: the body: a licence of 2026, a civic service until 31 January 2027, over by 2027-02-08 → eligible (on 2026-11-26: running → not_service_civique fails → not_eligible)
    N("placement_end", "situation", "mon service civique jusqu'au 31 janvier 2027", M(
        "Mélanie Fleury <melanie.fleury@free.fr>",
        "Candidature Pro'pulse",
        "2027-02-06 15:05",
        """Bonjour,

J'ai fait mon service civique jusqu'au 31 janvier 2027 à l'AFEV de Poitiers (accompagnement d'enfants en difficulté scolaire), après ma licence de lettres obtenue en 2026.

Je cherche maintenant un poste de coordinatrice de bénévoles dans une association éducative. Je suis disponible tout de suite.

Mélanie Fleury
06 72 38 19 45""",
        app("Mélanie", "Fleury", phone="+33672381945", bac=3, grad="2026", status="b_melanie_sc_31_janvier_2027"),
    ), flips=True),
    # Feature: relative_year — graduation — il y a deux ans j'ai eu ma licence
    # ambiguous: «il y a deux ans» gives the year 2025 alone read on 2027-02-08 (January 2025 is 25 months back, December 2025 is 14): the two-year limit stays open
    # route: the body: a licence «il y a deux ans» → 2025, a year alone, an association sought → graduation_recent open → to_verify (on 2026-11-26: 2024, graduation 2024)
    N("relative_year", "graduation", "il y a deux ans j'ai eu ma licence", M(
        "Alexis Paris <alexis.paris@gmail.com>",
        "Demande d'accompagnement",
        "2027-02-06 18:30",
        """Bonjour,

Il y a deux ans j'ai eu ma licence STAPS à Dijon, puis j'ai travaillé comme éducateur sportif en CDD. Je voudrais maintenant un poste de coordinateur dans une association sportive ou d'insertion par le sport.

Alexis Paris
07 63 25 91 48""",
        app("Alexis", "Paris", phone="+33763259148", bac=3, grad="2025", unknown=("graduation_recent",), status="b_alexis_licence_deux_ans"),
    ), flips=True),
    # Feature: season_other_mail — kind — la neige
    # route: a participant of the cohort writes about Thursday's coaching day (snow, a visio asked) → other (never an application)
    N("season_other_mail", "kind", "la neige", M(
        "Hélène Bouvier <helene.bouvier@orange.fr>",
        "Atelier de jeudi en visio ?",
        "2027-02-07 09:45",
        """Bonjour Sophie,

Avec la neige, les cars ne circulent plus depuis mon village et je risque de ne pas pouvoir venir à Clermont jeudi. Est-ce que je pourrais suivre l'atelier « pitch » en visio ?

Merci,
Hélène (session de janvier)""",
        other(),
    )),
    # Feature: exams_and_results — graduation — les résultats du jury de janvier
    # route: the body: the January jury's results (January 2027, past) and the last semester of a licence validated, an association sought → bac+3 of 2027-01 → eligible (on 2026-11-26: January 2026, graduation 2026-01)
    N("exams_and_results", "graduation", "les résultats du jury de janvier", M(
        "Fanny Rolland <fanny.rolland@gmail.com>",
        "Candidature - Fanny Rolland",
        "2027-02-07 11:20",
        """Bonjour,

J'ai eu les résultats du jury de janvier : j'ai validé mon dernier semestre et donc ma licence de sciences sanitaires et sociales (j'avais un semestre décalé), à Besançon.

Je cherche un poste dans une association de prévention santé ou un centre de planification. Est-ce que je peux intégrer la prochaine session ?

Fanny Rolland
06 28 47 15 93""",
        app("Fanny", "Rolland", phone="+33628471593", bac=3, grad="2027-01", status="b_fanny_jury_janvier"),
    ), flips=True),
    # Feature: season_words — career_change — avant Noël
    # route: the body: a titre of level 5 finished «avant Noël» (the December before, 2026: a year, its month left to the season) after ten years as a care assistant, the change of trade said → not_career_change fails → not_eligible (on 2026-11-26: the same)
    N("season_words", "career_change", "avant Noël", M(
        "Sylvie Carpentier <sylvie.carpentier@laposte.net>",
        "candidature reconversion",
        "2027-02-07 14:50",
        """Bonjour,

Après dix ans comme aide-soignante, je me suis reconvertie : j'ai fini avant Noël ma formation de gestionnaire de paie (titre professionnel de niveau 5, AFPA de Brest).

Je voudrais travailler dans une association ou une mutuelle, au service RH. Est-ce que votre programme est ouvert aux personnes en reconversion ?

Sylvie Carpentier
06 91 37 52 84""",
        app("Sylvie", "Carpentier", phone="+33691375284", bac=2, grad="2026", failing=("not_career_change",), status="b_sylvie_avant_noel"),
    )),
    # Feature: academic_year — studies_finished — en 2025-2026 j'étais en L3
    # ambiguous: the school year 2025-2026 is over but one course's mark is still awaited: whether the licence is obtained is not said, studies' end stays open
    # route: the body: the L3 of 2025-2026, one course still awaiting its mark, an association sought → studies_finished open → to_verify (on 2026-11-26: the same)
    N("academic_year", "studies_finished", "en 2025-2026 j'étais en L3", M(
        "Kévin Hardy <kevin.hardy@gmail.com>",
        "Inscription Pro'pulse",
        "2027-02-07 17:10",
        """Bonjour,

En 2025-2026 j'étais en L3 de géographie à Tours. Il me manque encore la note d'une UE (un dossier rendu en retard), donc je n'ai pas encore reçu mon diplôme.

Je voudrais travailler dans une association d'éducation à l'environnement ou un parc naturel régional. Puis-je candidater en attendant ?

Kévin Hardy
06 74 20 59 31""",
        app("Kévin", "Hardy", phone="+33674205931", bac=3, grad=None, unknown=("studies_finished",), status="b_kevin_l3_2025_2026"),
    )),
    # Feature: season_other_mail — kind — Host or domain name not found
    # route: the delivery report of our acknowledgement to a misspelt domain (Mailer-Daemon, multipart/report) → bounce
    N("season_other_mail", "kind", "Host or domain name not found", M(
        "Mail Delivery System <MAILER-DAEMON@mx.animafac.net>",
        "Undelivered Mail Returned to Sender",
        "2027-02-07 19:25",
        """Host or domain name not found

Your message « Pro'pulse - accusé de réception » to ambre.lucas@hotmial.fr could not be delivered: the domain hotmial.fr does not exist.""",
        bounce("ambre.lucas@hotmial.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; ambre.lucas@hotmial.fr
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; Host or domain name not found""",
    )),
    # Feature: counted_from_now — aim — depuis six mois je cherche dans les start-up
    # route: the body: a master of 2026 (meets), a post sought in tech start-ups only «depuis six mois» → job_seeking_ess fails → not_eligible (on 2026-11-26: the same)
    N("counted_from_now", "aim", "depuis six mois je cherche dans les start-up", M(
        "Victor Charpentier <victor.charpentier@outlook.fr>",
        "Accompagnement recherche d'emploi",
        "2027-02-08 08:12",
        """Bonjour,

J'ai un master en marketing digital (2026, IAE de Poitiers) et depuis six mois je cherche dans les start-up de la tech, un poste de growth marketer. Je n'ai que des refus et un ami m'a parlé de votre accompagnement.

Merci,
Victor Charpentier
06 80 41 27 63""",
        app("Victor", "Charpentier", phone="+33680412763", bac=5, grad="2026", failing=("job_seeking_ess",), status="b_victor_start_up"),
    )),
    # Feature: cv_periods — level — Titre professionnel Secrétaire assistant (niveau 4)
    # route: two lines in the body, the PDF CV: a bac pro of 2024 and a titre of level 4 of 2026, nothing higher; a job «depuis sept.» (no placement) → degree_level fails → not_eligible (on 2026-11-26: the same)
    N("cv_periods", "level", "Titre professionnel Secrétaire assistant (niveau 4)", M(
        "Jessica Renard <jessica.renard@gmail.com>",
        "Candidature Jessica Renard",
        "2027-02-08 09:00",
        """Bonjour,

Je souhaite m'inscrire à Pro'pulse, mon CV est joint.

Jessica Renard""",
        app("Jessica", "Renard", phone="+33762815394", bac=0, grad="2026", failing=("degree_level",), info_in="cv", status="b_jessica_titre_niveau_4"),
        cv=CV("pdf", "CV_Jessica_Renard.pdf", """Jessica Renard
Orléans - 07 62 81 53 94 - jessica.renard@gmail.com
Recherche : assistante administrative dans une association
EXPÉRIENCES
depuis sept. Agente d'accueil (contrat de 6 mois), Secours populaire du Loiret
2025 Vendeuse, Biocoop Orléans
FORMATION
2026 Titre professionnel Secrétaire assistant (niveau 4), GRETA Centre-Val de Loire
2024 Bac pro Métiers de l'accueil, lycée Jean Lurçat"""),
    )),
    # Feature: placement_end — situation — mon volontariat se termine le 28 février
    # ambiguous: a «volontariat» whose kind (civic service, international solidarity volunteering) is not told: the civic-service criterion stays open
    # route: a relaunch with her facts (no thread): a master of 2026, «mon volontariat se termine le 28 février» (ahead of 2027-02-08), its kind not told → not_service_civique open → to_verify (on 2026-11-26: the same words, also open)
    N("placement_end", "situation", "mon volontariat se termine le 28 février", M(
        "Ophélie Garnier <ophelie.garnier@gmail.com>",
        "Candidature pour la session de mars",
        "2027-02-08 09:35",
        """Bonjour,

J'ai un master Sciences de l'éducation (Université Clermont Auvergne, 2026). Je me permets de vous relancer, je n'ai pas eu de réponse à mon message de janvier. Mon volontariat se termine le 28 février, dans une association qui accompagne des jeunes migrants à Clermont.

Ensuite je voudrais être salariée dans une association du même type. Est-ce que je peux rejoindre la session de mars ?

Ophélie Garnier
07 35 82 64 10""",
        app("Ophélie", "Garnier", phone="+33735826410", bac=5, grad="2026", unknown=("not_service_civique",), status="b_ophelie_volontariat_28_fevrier"),
    )),
    # Feature: beginning — studies_finished — à la rentrée de septembre je reprends un master
    # route: the body: a licence of 2026, a master to begin «à la rentrée de septembre» (September 2027, ahead of 2027-02-08) → not yet a situation → eligible (on 2026-11-26: also ahead)
    N("beginning", "studies_finished", "à la rentrée de septembre je reprends un master", M(
        "Thomas Lemaître <thomas.lemaitre@gmail.com>",
        "Candidature",
        "2027-02-08 10:20",
        """Bonjour,

J'ai une licence de sociologie obtenue en 2026 à Rouen. À la rentrée de septembre je reprends un master, mais d'ici là je voudrais travailler dans une association d'insertion, comme médiateur ou animateur.

Est-ce que votre accompagnement peut m'aider pour ces quelques mois ?

Thomas Lemaître
06 59 13 82 47""",
        app("Thomas", "Lemaître", phone="+33659138247", bac=3, grad="2026", status="b_thomas_rentree_septembre"),
    )),
    # Feature: season_other_mail — kind — reste-t-il des places pour la session de mars
    # route: a short question about the next cohort, no fact of the writer's own → question
    N("season_other_mail", "kind", "reste-t-il des places pour la session de mars", M(
        "julien.perrot.29@gmail.com",
        "session de mars",
        "2027-02-08 11:05",
        """Bonjour, reste-t-il des places pour la session de mars ? et jusqu'à quand peut-on envoyer sa candidature ? Merci""",
        question(),
    )),
    # Feature: cv_periods — situation — sept. 2026 – aujourd'hui
    # route: two lines in the body, the ODT CV: a master of 2026, a job «sept. 2026 – aujourd'hui» (a fixed-term contract, no placement), an association sought → eligible (on 2026-11-26: the same)
    N("cv_periods", "situation", "sept. 2026 – aujourd'hui", M(
        "Mathilde Poirier <mathilde.poirier@yahoo.fr>",
        "CV - candidature",
        "2027-02-08 13:40",
        """Bonjour,

Je vous envoie mon CV : je cherche un poste durable dans une association culturelle après mon CDD.

Mathilde Poirier""",
        app("Mathilde", "Poirier", phone="+33647208193", bac=5, grad="2026", info_in="cv", status="b_mathilde_cdd_aujourdhui"),
        cv=CV("odt", "CV Mathilde Poirier.odt", """Mathilde Poirier
Nice - 06 47 20 81 93 - mathilde.poirier@yahoo.fr
Objectif : chargée de production ou de médiation dans une association culturelle
EXPÉRIENCE
sept. 2026 – aujourd'hui Chargée de billetterie (CDD de remplacement jusqu'en avril), théâtre associatif Le Bouffon, Nice
févr. – juin 2026 Stage de fin d'études, festival associatif Nice Jazz Off
FORMATION
2024 – 2026 Master Management des organisations culturelles, Université Côte d'Azur (diplômée en 2026)
2024 Licence Arts du spectacle"""),
    )),
    # Feature: english_seasons — graduation — I graduated last year
    # route: an English application from Spain: a degree «last year» read on 2027-02-08 → 2026, a year alone that meets, a non-profit sought → eligible (on 2026-11-26: 2025, graduation 2025)
    N("english_seasons", "graduation", "I graduated last year", M(
        "Pablo Herrera <pablo.herrera@gmail.com>",
        "Application to Pro'pulse",
        "2027-02-08 14:55",
        """Hi,

I'm Pablo, 25, from Seville. I graduated last year with a degree in Social Education (Universidad de Sevilla) and moved to Bordeaux in the autumn for my partner's job.

I'm looking for a position in a non-profit working with young people, ideally in sport or street education. My French is B1 and I'm taking classes.

Thank you,
Pablo Herrera
+33 6 24 59 81 07""",
        app("Pablo", "Herrera", phone="+33624598107", bac=3, grad="2026", language="en", status="b_pablo_last_year"),
    ), flips=True),
    # Feature: relative_year — kind — l'an dernier j'ai suivi Pro'pulse
    # route: a former participant tells her news (a permanent contract signed): no application, nothing asked → other
    N("relative_year", "kind", "l'an dernier j'ai suivi Pro'pulse", M(
        "Estelle Berthier <estelle.berthier@gmail.com>",
        "Des nouvelles !",
        "2027-02-08 16:20",
        """Bonjour à toute l'équipe,

L'an dernier j'ai suivi Pro'pulse (session de mars) et je voulais vous dire que je viens de signer un CDI de coordinatrice à la Maison des solidarités de Grenoble ! Merci encore pour les ateliers et pour les relectures de lettres.

Belle année à vous,
Estelle""",
        other(),
    )),
    # Feature: season_other_mail — kind — le bilan annuel 2026
    # route: a funder asks for the 2026 annual report and the spring session's dates → other
    N("season_other_mail", "kind", "le bilan annuel 2026", M(
        "Claire-Anne Vidal <ca.vidal@fondation-solidarites-jeunes.example.org>",
        "Demande de bilan annuel",
        "2027-02-08 17:15",
        """Bonjour,

Afin de préparer notre comité du 15 mars, pourriez-vous nous faire parvenir le bilan annuel 2026 du programme (nombre de jeunes accompagnés, sorties vers l'emploi) ainsi que les dates de la session de printemps ?

Bien cordialement,
Claire-Anne Vidal
Chargée de programmes, Fondation Solidarités Jeunes""",
        other(),
    )),
]
