"""Polarity corpus, batch 07 (writer B): restrictions and exceptions («je n'ai que le bac», "I'm only applying
to", «tous terminés, sauf celui», «excepté le mémoire», «uniquement» in a CV, «je n'ai qu'un diplôme»),
«ni … ni» («ni convention de stage ni contrat de service civique», «ni licence ni BTS», «ni fini ni
abandonné», «ni dans le commerce ni dans l'industrie», «ni en stage ni salariée», "neither … nor"), «sans»
and its kin («sans diplôme du supérieur», «sans interruption», «sans stage ni mission» in a CV, «sans aucune
expérience du secteur», "without", «hors stage»), and other mail bounded the same way."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from polarity import N

MESSAGES = [
    # Feature: restriction_exception — level — je n'ai que le bac
    # operated: «ne … que» on «le bac» → level 0 (bac ES 2019) → fails degree_level
    N("restriction_exception", "level", "je n'ai que le bac", M(
        "Mickaël Ferrandon <mickael.ferrandon@example.com>", "Candidature malgré tout", "02 20:05",
        """Bonjour,

Je sais que vous demandez un bac+2, mais je tente : je n'ai que le bac (ES, 2019). Depuis, cinq ans d'animation et de coordination bénévole dans un club de foot de quartier.

Je cherche un poste dans une association sportive ou d'éducation populaire.

Mickaël Ferrandon
06 35 70 84 12""",
        app("Mickaël", "Ferrandon", phone="+33635708412", bac=0, grad="2019", failing=("degree_level",), status="b_que_le_bac"),
    )),
    # Feature: restriction_exception — aim — I'm only applying to non-profits and co-ops
    # operated: «only» on «non-profits and co-ops» → an ESS search and nothing else → meets job_seeking_ess
    N("restriction_exception", "aim", "I'm only applying to non-profits and co-ops", M(
        "Hanna Lindström <hanna.lindstrom@example.net>", "Application Pro'pulse", "03 11:19",
        """Hello,

I hold a master's in development studies from Sciences Po Lyon (July 2025). I've lived in France for six years and I'm only applying to non-profits and co-ops: fundraising, project coordination, anything on the ground.

Many thanks,
Hanna Lindström
06 91 26 53 07""",
        app("Hanna", "Lindström", phone="+33691265307", bac=5, grad="2025-07", language="en", status="b_only_nonprofits"),
    )),
    # Feature: restriction_exception — situation — tous mes stages sont terminés, sauf celui de la Fondation Abri-Jeunes
    # operated: «sauf» on «celui de la Fondation Abri-Jeunes» → one internship still running until 2027-02 → fails not_internship
    N("restriction_exception", "situation", "tous mes stages sont terminés, sauf celui de la Fondation Abri-Jeunes", M(
        "Solveig Delmas <solveig.delmas@example.org>", "candidature Pro'pulse", "04 15:33",
        """Bonjour,

Licence pro Intervention sociale obtenue en juin 2026. J'ai enchaîné plusieurs stages : tous mes stages sont terminés, sauf celui de la Fondation Abri-Jeunes, qui court jusqu'en février.

Je cherche ensuite un poste d'accompagnatrice socio-professionnelle dans une association.

Solveig Delmas
07 48 16 29 53""",
        app("Solveig", "Delmas", phone="+33748162953", bac=3, grad="2026-06", failing=("not_internship",), status="b_stages_finis_sauf_un"),
    )),
    # Feature: restriction_exception — studies_finished — tout est validé, excepté le mémoire
    # ambiguous: the mémoire was defended last week and its mark is awaited: whether the master is finished cannot be settled yet
    # operated: «excepté» on «le mémoire» (defended, mark awaited) → results to come → studies_finished open
    N("restriction_exception", "studies_finished", "tout est validé, excepté le mémoire", M(
        "Basile Mercadier <basile.mercadier@example.fr>", "Pro'pulse — candidature", "05 10:48",
        """Bonjour,

Master 2 Management des organisations sanitaires et sociales, à Montpellier : tout est validé, excepté le mémoire, que j'ai soutenu la semaine dernière et dont j'attends la note.

Je cherche un poste de direction adjointe dans un établissement associatif.

Basile Mercadier
06 52 84 17 30""",
        app("Basile", "Mercadier", phone="+33652841730", bac="*", grad=None, unknown=("studies_finished",), status="b_excepte_memoire"),
    )),
    # Feature: restriction_exception — level — Diplôme : BTS SP3S (juin 2025), uniquement
    # operated: «uniquement» on «BTS SP3S (juin 2025)» (CV line) → level 2, recent → meets
    N("restriction_exception", "level", "Diplôme : BTS SP3S (juin 2025), uniquement", M(
        "Rokhaya Ndiaye <rokhaya.ndiaye@example.com>", "Candidature (CV)", "06 09:26",
        """Bonjour,

Ci-joint mon CV pour le programme. Je cherche un emploi de conseillère en insertion dans une association ou un chantier d'insertion.

Rokhaya Ndiaye""",
        app("Rokhaya", "Ndiaye", phone="+33766024815", bac=2, grad="2025-06", info_in="both", status="b_cv_uniquement_bts"),
        cv=CV("odt", "CV_Rokhaya_Ndiaye.odt", """Rokhaya Ndiaye
07 66 02 48 15 — rokhaya.ndiaye@example.com
FORMATION
Diplôme : BTS SP3S (juin 2025), uniquement
Bac ST2S (2023)
EXPÉRIENCE
Agente d'accueil, Restos du cœur (bénévole), 2023–2026"""),
    )),
    # Feature: restriction_exception — graduation — je n'ai qu'un diplôme du supérieur, la licence pro, obtenue en juillet 2025
    # operated: «ne … que» on «un diplôme du supérieur, la licence pro» → the one diploma, 2025-07 → recent → meets
    N("restriction_exception", "graduation", "je n'ai qu'un diplôme du supérieur, la licence pro, obtenue en juillet 2025", M(
        "Lorenzo Bianchi-Faure <lorenzo.bf@example.org>", "candidature", "08 13:57",
        """Bonjour,

Pour répondre à votre formulaire : je n'ai qu'un diplôme du supérieur, la licence pro, obtenue en juillet 2025 (Gestion de projets culturels, Avignon).

Je cherche un poste de chargé de production dans une compagnie associative ou une SCOP culturelle.

Lorenzo Bianchi-Faure
06 28 73 40 65""",
        app("Lorenzo", "Bianchi-Faure", phone="+33628734065", bac=3, grad="2025-07", status="b_quun_diplome_lp"),
    )),
    # Feature: restriction_exception — kind — this server only accepts mail from registered senders
    # operated: «only» on «mail from registered senders» → a delivery failure → kind bounce
    N("restriction_exception", "kind", "this server only accepts mail from registered senders", M(
        "Mail Delivery Subsystem <postmaster@relay.example.com>", "Delivery Status Notification (Failure)", "10 03:12",
        """Your message to camille.ortega@example.com could not be delivered.

Reason: this server only accepts mail from registered senders.""",
        bounce("camille.ortega@example.com"),
        bounce="Reporting-MTA: dns; relay.example.com\n\nFinal-Recipient: rfc822; camille.ortega@example.com\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 only registered senders accepted",
    )),
    # Feature: restriction_exception — kind — Places limitées, uniquement sur inscription
    # operated: «uniquement» on «sur inscription» → a network's newsletter → kind newsletter
    N("restriction_exception", "kind", "Places limitées, uniquement sur inscription", M(
        "Les Rencontres de l'Emploi Associatif <rencontres@emploi-asso.example.org>", "Atelier CV du 2 décembre", "11 06:15",
        """LES RENCONTRES DE L'EMPLOI ASSOCIATIF

Atelier « CV et lettre pour l'ESS », mercredi 2 décembre, 14 h. Places limitées, uniquement sur inscription.

Vous recevez ce message car vous êtes abonné·e à notre lettre. Désinscription : rencontres@emploi-asso.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:rencontres@emploi-asso.example.org?subject=unsubscribe>"},
    )),
    # Feature: neither_nor — situation — Je n'ai ni convention de stage ni contrat de service civique en cours
    # operated: «ni … ni» on «convention de stage», «contrat de service civique» → neither running → meets not_internship and not_service_civique
    N("neither_nor", "situation", "Je n'ai ni convention de stage ni contrat de service civique en cours", M(
        "Clémentine Aubry <clementine.aubry@example.fr>", "Candidature Pro'pulse", "02 16:44",
        """Bonjour,

Je suis diplômée d'une licence Économie-gestion (Dijon, juin 2026). Je n'ai ni convention de stage ni contrat de service civique en cours, je suis disponible tout de suite.

Je cherche un poste d'assistante administrative dans une association ou une mutuelle.

Clémentine Aubry
06 09 57 31 84""",
        app("Clémentine", "Aubry", phone="+33609573184", bac=3, grad="2026-06", status="b_ni_stage_ni_sc"),
    )),
    # Feature: neither_nor — level — ni licence ni BTS
    # operated: «ni … ni» on «licence», «BTS» → only the bac (2021) and the BAFA → level 0 → fails degree_level
    N("neither_nor", "level", "ni licence ni BTS", M(
        "Yanis Oukaci <yanis.oukaci@example.net>", "candidature animateur", "03 19:38",
        """Bonjour,

Je préfère être clair : ni licence ni BTS, j'ai le bac (STMG, 2021) et le BAFA. Je suis animateur vacataire depuis trois ans.

Je voudrais un poste stable dans une association d'éducation populaire.

Yanis Oukaci
07 23 85 10 47""",
        app("Yanis", "Oukaci", phone="+33723851047", bac=0, grad="2021", failing=("degree_level",), status="b_ni_licence_ni_bts"),
    )),
    # Feature: neither_nor — studies_finished — je n'ai ni fini ni abandonné mon master
    # ambiguous: enrolled but with no courses left, the master neither finished nor abandoned: whether studies are over cannot be told
    # operated: «ni … ni» on «fini», «abandonné» (the master) → studies in suspense → studies_finished open
    N("neither_nor", "studies_finished", "je n'ai ni fini ni abandonné mon master", M(
        "Apolline Rousset <apolline.rousset@example.com>", "Candidature — situation un peu particulière", "05 12:20",
        """Bonjour,

Licence de sciences politiques en 2024 à Lille, puis M1 et M2 Action publique. À ce jour je n'ai ni fini ni abandonné mon master : je suis encore inscrite, sans cours, et je ne sais pas si je rendrai le mémoire.

Je voudrais travailler dans une association de défense des droits.

Apolline Rousset
06 16 49 82 03""",
        app("Apolline", "Rousset", phone="+33616498203", bac="*", grad=None, unknown=("studies_finished",), status="b_ni_fini_ni_abandonne"),
    )),
    # Feature: neither_nor — career_change — Je n'ai travaillé ni dans le commerce ni dans l'industrie
    # operated: «ni … ni» on «dans le commerce», «dans l'industrie» → only animation jobs before and after the DUT → meets not_career_change
    N("neither_nor", "career_change", "Je n'ai travaillé ni dans le commerce ni dans l'industrie", M(
        "Aloïs Bernardeau <alois.bernardeau@example.org>", "Candidature Pro'pulse + CV", "06 17:02",
        """Bonjour,

On me demande souvent si je me reconvertis, vu mon âge (29 ans). Non : je n'ai travaillé ni dans le commerce ni dans l'industrie, seulement dans l'animation, avant comme après mon DUT. Mon CV est joint.

Je cherche un poste de coordinateur enfance-jeunesse dans une association.

Aloïs Bernardeau""",
        app("Aloïs", "Bernardeau", phone="+33687140359", bac=2, grad="2025-06", info_in="both", status="b_ni_commerce_ni_industrie"),
        cv=CV("pdf", "CV_Alois_Bernardeau.pdf", """Aloïs Bernardeau
06 87 14 03 59 — alois.bernardeau@example.org
FORMATION
DUT Carrières sociales, option animation sociale et socioculturelle — IUT de Bordeaux, juin 2025
EXPÉRIENCE
Animateur, accueil de loisirs associatif — 2017–2023
Animateur, maison de quartier — depuis 2025"""),
    )),
    # Feature: neither_nor — situation — Je ne suis ni en stage ni salariée : je suis volontaire en service civique
    # operated: «ni … ni» on «en stage», «salariée» → denies those two, a civic service running until 2027-06 → fails not_service_civique
    N("neither_nor", "situation", "Je ne suis ni en stage ni salariée : je suis volontaire en service civique", M(
        "Mariam Dembélé-Dubois <mariam.dd@example.fr>", "candidature", "07 10:11",
        """Bonjour,

BTS Économie sociale familiale obtenu en juillet 2025. Je ne suis ni en stage ni salariée : je suis volontaire en service civique dans une association de lutte contre l'illettrisme, jusqu'en juin 2027.

Je voudrais préparer mon embauche dans une association ensuite.

Mariam Dembélé-Dubois
06 74 38 25 91""",
        app("Mariam", "Dembélé-Dubois", phone="+33674382591", bac=2, grad="2025-07", failing=("not_service_civique",), status="b_ni_stage_ni_salariee_sc"),
    )),
    # Feature: neither_nor — aim — neither only at non-profits nor only at companies
    # ambiguous: a search split between non-profits and companies alike: whether the aim is in the ESS cannot be settled
    # operated: «neither … nor» on «only at non-profits», «only at companies» → a mixed search → job_seeking_ess open
    N("neither_nor", "aim", "neither only at non-profits nor only at companies", M(
        "Tobias Schreiber <tobias.schreiber@example.com>", "Question + application", "09 14:35",
        """Dear Pro'pulse team,

I completed a master's in environmental management at AgroParisTech in September 2025. I'm looking neither only at non-profits nor only at companies: anything with an environmental angle, a consultancy or an NGO.

Would your programme still be open to me?

Tobias Schreiber
07 09 46 21 38""",
        app("Tobias", "Schreiber", phone="+33709462138", bac=5, grad="2025-09", unknown=("job_seeking_ess",), language="en", status="b_neither_only_nonprofits"),
    )),
    # Feature: neither_nor — kind — Faut-il n'être ni en stage ni en service civique au moment de candidater
    # operated: «ni … ni» on «en stage», «en service civique» → a question about the rules, no personal fact → kind question
    N("neither_nor", "kind", "Faut-il n'être ni en stage ni en service civique au moment de candidater", M(
        "Service orientation, Université de Caen <orientation@unicaen.example.fr>", "Conditions d'accès", "12 09:40",
        """Bonjour,

Une question pour nos étudiants : faut-il n'être ni en stage ni en service civique au moment de candidater, ou seulement à l'entrée dans le programme ?

Bien cordialement,
Le service orientation""",
        question(),
    )),
    # Feature: neither_nor — kind — je ne peux venir ni mardi ni jeudi
    # operated: «ni … ni» on «mardi», «jeudi» → a reply in our thread → kind reply
    N("neither_nor", "kind", "je ne peux venir ni mardi ni jeudi", M(
        "Elliot Mansour <elliot.mansour@example.org>", "Re: Entretien Pro'pulse", "13 18:25",
        """Bonjour,

Désolé, je ne peux venir ni mardi ni jeudi, j'ai des remplacements. Un autre créneau serait-il possible la semaine suivante ?

Elliot

> Le 13 nov. 2026, Pro'pulse a écrit :
> Nous vous proposons mardi 17 ou jeudi 19 novembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-1113-mansour@animafac.net>", "References": "<rdv-1113-mansour@animafac.net>"},
    )),
    # Feature: without — level — sans diplôme du supérieur
    # operated: «sans» on «diplôme du supérieur» → CAP and bac pro (2020) → level 0 → fails degree_level
    N("without", "level", "sans diplôme du supérieur", M(
        "Jessica Maréchal <jessica.marechal@example.com>", "candidature", "02 13:15",
        """Bonjour,

Je suis sans diplôme du supérieur : CAP Accompagnant éducatif petite enfance puis bac pro ASSP en 2020. Je travaille depuis dans une crèche associative.

Je voudrais évoluer vers un poste de référente dans une association de parents.

Jessica Maréchal
06 83 20 59 14""",
        app("Jessica", "Maréchal", phone="+33683205914", bac=0, grad="2020", failing=("degree_level",), status="b_sans_diplome_superieur"),
    )),
    # Feature: without — graduation — sans interruption d'études : licence en 2023, master en juin 2025
    # operated: «sans» on «interruption d'études» (a distractor on the path) → the master of 2025-06 is the last diploma → recent → meets
    N("without", "graduation", "sans interruption d'études : licence en 2023, master en juin 2025", M(
        "Léa Vidal-Ouédraogo <lea.vidal@example.net>", "Candidature Pro'pulse", "03 09:50",
        """Bonjour,

Parcours sans interruption d'études : licence en 2023, master en juin 2025 (Développement durable et ESS, Bordeaux). Depuis, un CDD de six mois dans une coopérative alimentaire, terminé.

Je cherche un poste de chargée de projets alimentation durable dans une association ou une SCIC.

Léa Vidal-Ouédraogo
06 59 41 36 28""",
        app("Léa", "Vidal-Ouédraogo", phone="+33659413628", bac=5, grad="2025-06", status="b_sans_interruption"),
    )),
    # Feature: without — situation — Situation actuelle : sans stage ni mission en cours
    # operated: «sans … ni» on «stage», «mission en cours» (CV line) → nothing running → meets not_internship and not_service_civique
    N("without", "situation", "Situation actuelle : sans stage ni mission en cours", M(
        "Gabin Huchet <gabin.huchet@example.org>", "CV — Pro'pulse", "04 08:22",
        """Bonjour,

Voici mon CV. Je cherche un premier poste de chargé de communication dans une association ou une fondation.

Cordialement,
Gabin Huchet""",
        app("Gabin", "Huchet", phone="+33620374158", bac=3, grad="2026-06", info_in="both", status="b_cv_sans_stage_ni_mission"),
        cv=CV("docx", "CV_Gabin_Huchet.docx", """Gabin Huchet
06 20 37 41 58 — gabin.huchet@example.org
Situation actuelle : sans stage ni mission en cours, disponible immédiatement
FORMATION
Licence Information-communication, Université Rennes 2 — juin 2026
EXPÉRIENCE
Stage de communication, Ligue de l'enseignement 35 — mars à juin 2026 (terminé)"""),
    )),
    # Feature: without — career_change — sans aucune expérience du secteur
    # operated: «sans aucune» on «expérience du secteur» → nine years as an estate agent before the master → fails not_career_change
    N("without", "career_change", "sans aucune expérience du secteur", M(
        "Véronique Castel <veronique.castel@example.fr>", "Candidature Pro'pulse", "05 21:30",
        """Bonjour,

Je suis arrivée au master Économie sociale et solidaire sans aucune expérience du secteur : j'ai été agente immobilière pendant neuf ans. Master obtenu en juin 2026, à Marseille.

Je vise un poste de chargée de mission dans une foncière solidaire.

Véronique Castel
06 38 27 94 51""",
        app("Véronique", "Castel", phone="+33638279451", bac=5, grad="2026-06", failing=("not_career_change",), status="b_sans_experience_secteur"),
    )),
    # Feature: without — graduation — without any formal conferral
    # ambiguous: the exam board sat «in late 2024, I think»: November or December 2024 is recent, October or before is not; the month is not given
    # operated: «without» on «any formal conferral» → the board's sitting in late 2024, month unknown → graduation_recent open
    N("without", "graduation", "without any formal conferral", M(
        "Niamh Gallagher <niamh.gallagher@example.com>", "Application — Niamh Gallagher", "07 16:08",
        """Hello,

I finished my BA in social care at Maynooth without any formal conferral: I moved to Lyon before the ceremony, and the exam board sat in late 2024, I think. The BA is a three-year ordinary degree.

I'd love to work for a charity supporting young people in France.

Niamh Gallagher
06 45 83 07 92""",
        app("Niamh", "Gallagher", phone="+33645830792", bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="b_without_conferral"),
    )),
    # Feature: without — situation — Hors stage, aucun engagement en cours
    # ambiguous: «hors stage» can set aside a past internship or except one running now: whether an internship is held cannot be told
    # operated: «hors» on «stage» (+ «aucun engagement en cours») → scope unclear → not_internship open
    N("without", "situation", "Hors stage, aucun engagement en cours", M(
        "Clarisse Lacroix-Mendy <clarisse.lacroix@example.org>", "candidature", "09 12:12",
        """Bonjour,

Licence pro Animation et gestion de projets dans le secteur socioculturel, juin 2026. Hors stage, aucun engagement en cours.

Je cherche un poste d'animatrice coordinatrice dans une association.

Clarisse Lacroix-Mendy
07 51 20 68 34""",
        app("Clarisse", "Lacroix-Mendy", phone="+33751206834", bac=3, grad="2026-06", unknown=("not_internship",), status="b_hors_stage"),
    )),
    # Feature: without — kind — sans accès à ma messagerie
    # operated: «sans» on «accès à ma messagerie» → an out-of-office → kind auto_reply
    N("without", "kind", "sans accès à ma messagerie", M(
        "Hervé Jacquemin <herve.jacquemin@example.org>", "Réponse automatique : candidature Pro'pulse — orientation", "10 07:02",
        """Bonjour,

Je suis en déplacement, sans accès à ma messagerie jusqu'au 24 novembre. En cas d'urgence, contactez le standard de la Mission locale.

Hervé Jacquemin""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: without — kind — rejected without delivery
    # operated: «without» on «delivery» → a delivery failure → kind bounce
    N("without", "kind", "rejected without delivery", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.example.fr>", "Échec de remise du message", "11 04:48",
        """Votre message à nadege.poirier@example.fr a été rejected without delivery.

Le serveur distant a répondu : 552 mailbox full.""",
        bounce("nadege.poirier@example.fr"),
        bounce="Reporting-MTA: dns; smtp.example.fr\n\nFinal-Recipient: rfc822; nadege.poirier@example.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: without — kind — sans réponse de votre part avant le 30 novembre
    # operated: «sans» on «réponse de votre part» → a venue's reminder → kind other
    N("without", "kind", "sans réponse de votre part avant le 30 novembre", M(
        "Salle des Fêtes de Bellevue <reservations@bellevue-salle.example.com>", "Réservation du 10 décembre", "12 11:45",
        """Bonjour,

Votre option sur la salle pour le 10 décembre sera levée sans réponse de votre part avant le 30 novembre.

Cordialement,
Le service réservations""",
        other(),
    )),
]
