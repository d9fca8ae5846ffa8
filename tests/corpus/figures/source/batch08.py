"""Figures corpus, batch 08 (writer B): set phrases of the job market («jeune diplômée de juillet», «profil
junior, sorti d'école en 2021», «ouverte à toutes opportunités», «Disponibilité : … à l'issue de mon stage»,
«en fin de contrat», «en poste … évoluer en interne», «en recherche active»), symbols and emoji («BTS SP3S ✅»,
«Stage en cours ⏳», «🎓 Licence pro — 2021», «Résultats du jury ⏳», «Service civique ✔️», «Objectif →») and
the same figures in English ("freshly minted", "my bread and butter … no career pivot", "closed the book on",
"as good as done", "four months on the clock", "climb the ladder"), and other mail that carries the same
figures."""
# ruff: noqa: E501

from __future__ import annotations

from figures import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: set_phrase — graduation — jeune diplômée de juillet
    # figured: «jeune diplômée de juillet» = graduated last July (2026-07) → meets graduation_recent
    N("set_phrase", "graduation", "jeune diplômée de juillet", M(
        "Laure Desjardins <laure.desjardins@example.fr>", "Candidature Pro'pulse – Laure Desjardins", "02 09:25",
        """Madame, Monsieur,

Jeune diplômée de juillet, titulaire du master Économie sociale et solidaire de l'université de Créteil, je vous adresse ma candidature au programme Pro'pulse. Mon CV est joint.

Je souhaite rejoindre une association ou une coopérative comme chargée de développement.

Veuillez agréer mes salutations distinguées.

Laure Desjardins""",
        app("Laure", "Desjardins", phone="+33670284315", bac=5, grad="2026-07", info_in="both", status="b_jeune_diplomee_juillet"),
        cv=CV("odt", "Laure_Desjardins_CV.odt", """Laure Desjardins
laure.desjardins@example.fr — 06 70 28 43 15
Profil junior — chargée de développement ESS
Formation : master Économie sociale et solidaire, université Paris-Est Créteil
Expérience : stage de six mois, réseau des Amap d'Île-de-France (terminé)
Langues : anglais courant, espagnol scolaire"""),
    )),
    # Feature: set_phrase — graduation — profil junior, sorti d'école en 2021
    # figured: «sorti d'école en 2021» = school diploma of 2021 → fails graduation_recent
    N("set_phrase", "graduation", "profil junior, sorti d'école en 2021", M(
        "Thibault Hervé <thibault.herve@example.com>", "Candidature", "03 11:48",
        """Bonjour,

Profil junior, sorti d'école en 2021 (école de commerce de Brest, programme grande école), j'ai enchaîné depuis des missions courtes en agence événementielle.

Je voudrais me stabiliser dans une association culturelle ou un festival associatif.

Thibault Hervé
06 97 35 20 84""",
        app("Thibault", "Hervé", phone="+33697352084", bac=5, grad="2021", failing=("graduation_recent",), status="b_sorti_ecole_2021"),
    )),
    # Feature: set_phrase — aim — ouverte à toutes opportunités
    # ambiguous: «open to all opportunities» names no sector: the ESS aim is unsettled
    # figured: «ouverte à toutes opportunités» = any sector → open job_seeking_ess
    N("set_phrase", "aim", "ouverte à toutes opportunités", M(
        "Rania Saïdi <rania.saidi@example.org>", "Candidature spontanée", "04 14:30",
        """Bonjour,

Titulaire d'une licence de psychologie (Strasbourg, juin 2026), dynamique et rigoureuse, je suis ouverte à toutes opportunités dans le Bas-Rhin.

Dans l'attente de votre retour,
Rania Saïdi
06 24 87 13 59""",
        app("Rania", "Saïdi", phone="+33624871359", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_toutes_opportunites"),
    )),
    # Feature: set_phrase — situation — Disponibilité : mars 2027, à l'issue de mon stage
    # figured: «Disponibilité : mars 2027, à l'issue de mon stage» = internship running until March 2027 → fails not_internship
    N("set_phrase", "situation", "Disponibilité : mars 2027, à l'issue de mon stage", M(
        "Florian Mazoyer <florian.mazoyer@example.net>", "Candidature Pro'pulse", "05 16:15",
        """Bonjour,

Licence professionnelle Gestion des organisations de l'économie sociale, Angers, juin 2026.
Disponibilité : mars 2027, à l'issue de mon stage.
Poste recherché : chargé de gestion dans une mutuelle ou une coopérative.

Florian Mazoyer
07 13 58 24 60""",
        app("Florian", "Mazoyer", phone="+33713582460", bac=3, grad="2026-06", failing=("not_internship",), status="b_disponibilite_mars_stage"),
    )),
    # Feature: set_phrase — situation — en fin de contrat depuis le 31 octobre
    # figured: «en fin de contrat» = a job ended on 31 October, no internship nor civic service → meets
    N("set_phrase", "situation", "en fin de contrat depuis le 31 octobre", M(
        "Agnès Leroux – CCAS de Saint-Nazaire <a.leroux@ccas-saintnazaire.example.fr>", "Présentation d'une candidate", "06 10:02",
        """Bonjour,

Je suis travailleuse sociale au CCAS de Saint-Nazaire et je vous présente Kenza Aït-Ali, titulaire d'un DEES (diplôme d'État d'éducatrice spécialisée) obtenu en juin 2025.

Elle est en fin de contrat depuis le 31 octobre, après un remplacement dans un foyer, et souhaite travailler dans une association de protection de l'enfance.

Vous pouvez la joindre au 06 58 41 90 27 ou à kenza.aitali@example.org.

Cordialement,
Agnès Leroux""",
        app("Kenza", "Aït-Ali", phone="+33658419027", bac=3, grad="2025-06", email="kenza.aitali@example.org", forwarded_by="a.leroux@ccas-saintnazaire.example.fr", status="b_fin_de_contrat_octobre"),
    )),
    # Feature: set_phrase — aim — actuellement en poste dans un grand groupe bancaire, je souhaite évoluer en interne
    # figured: «en poste … évoluer en interne» on «un grand groupe bancaire» = aim inside a bank → fails job_seeking_ess
    N("set_phrase", "aim", "actuellement en poste dans un grand groupe bancaire, je souhaite évoluer en interne", M(
        "Mehdi Zeroual <mehdi.zeroual@example.com>", "Pro'pulse – candidature", "08 12:40",
        """Bonjour,

Diplômé d'un master Finance à Nice (septembre 2025), actuellement en poste dans un grand groupe bancaire, je souhaite évoluer en interne vers un poste de chef de projet. On m'a dit que votre programme aidait les jeunes diplômés.

Cordialement,
Mehdi Zeroual
06 05 72 38 91""",
        app("Mehdi", "Zeroual", phone="+33605723891", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_en_poste_banque_interne"),
    )),
    # Feature: set_phrase — aim — en recherche active dans l'économie sociale et solidaire
    # figured: «en recherche active dans l'économie sociale et solidaire» = actively seeking in the ESS → meets job_seeking_ess
    N("set_phrase", "aim", "en recherche active dans l'économie sociale et solidaire", M(
        "Ousmane Ba <ousmane.ba@example.fr>", "Candidature", "09 08:58",
        """Bonjour,

BTS Comptabilité et gestion (Rouen, juin 2025), je suis en recherche active dans l'économie sociale et solidaire, idéalement comme comptable d'une association ou d'une SCOP.

Ousmane Ba
07 84 26 19 03""",
        app("Ousmane", "Ba", phone="+33784261903", bac=2, grad="2025-06", status="b_recherche_active_ess"),
    )),
    # Feature: set_phrase — kind — les inscriptions affichent complet
    # figured: «affichent complet» on «les inscriptions» = a mailing about a full session → kind newsletter
    N("set_phrase", "kind", "les inscriptions affichent complet", M(
        "Forum Emploi Solidaire <forum@emploisolidaire.example.org>", "Forum du 4 décembre : les inscriptions affichent complet", "15 06:45",
        """Forum Emploi Solidaire — lettre n° 37

Les inscriptions affichent complet pour le forum du 4 décembre. Une liste d'attente est ouverte.

Au programme : 60 recruteurs de l'ESS, des ateliers CV, un espace « premier emploi ».

Se désinscrire : https://emploisolidaire.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emploisolidaire.example.org/desinscription>"},
    )),
    # Feature: set_phrase — kind — destinataire inconnu à cette adresse
    # figured: «destinataire inconnu à cette adresse» = the postal formula for a mailbox that does not exist → kind bounce
    N("set_phrase", "kind", "destinataire inconnu à cette adresse", M(
        "MAILER-DAEMON <mailer-daemon@mail.example.fr>", "Notification d'échec de remise", "17 05:05",
        """Destinataire inconnu à cette adresse. Votre message n'a pas été remis.

Adresse : clementine.rouxel@example.fr""",
        bounce("clementine.rouxel@example.fr"),
        bounce="""Reporting-MTA: dns; mail.example.fr
Final-Recipient: rfc822; clementine.rouxel@example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 recipient unknown""",
    )),
    # Feature: symbols_emoji — graduation — BTS SP3S ✅ (juin 2025)
    # figured: «✅» on «BTS SP3S» = BTS obtained (June 2025) → meets
    N("symbols_emoji", "graduation", "BTS SP3S ✅ (juin 2025)", M(
        "Sarah Lévy <sarah.levy@example.org>", "Candidature Pro'pulse", "03 17:27",
        """Bonjour,

Veuillez trouver mon CV ci-joint pour le programme Pro'pulse.

Sarah Lévy""",
        app("Sarah", "Lévy", phone="+33629840573", bac=2, grad="2025-06", info_in="cv", status="b_bts_sp3s_coche"),
        cv=CV("pdf", "CV_Sarah_Levy.pdf", """Sarah Lévy
sarah.levy@example.org · 06 29 84 05 73
Formation : BTS SP3S ✅ (juin 2025) — lycée Marie-Curie, Marseille
Objectif : ESS ❤️ — coordinatrice dans une association d'aide à domicile
Expériences : animatrice en accueil de loisirs (étés 2022-2024)
Langues : anglais comme une vache espagnole, arabe courant"""),
    )),
    # Feature: symbols_emoji — situation — Stage en cours ⏳ jusqu'au 26 février
    # figured: «⏳» on «Stage en cours» = internship running until 26 February 2027 → fails not_internship
    N("symbols_emoji", "situation", "Stage en cours ⏳ jusqu'au 26 février", M(
        "Théa Cazenave <thea.cazenave@example.com>", "Candidature + CV – Théa Cazenave", "05 13:14",
        """Bonjour,

Je vous envoie mon CV : je cherche un premier poste dans une association de défense de l'environnement pour le printemps.

Théa Cazenave""",
        app("Théa", "Cazenave", phone="+33688142037", bac=3, grad="2026-06", failing=("not_internship",), info_in="both", status="b_stage_sablier"),
        cv=CV("docx", "Thea_Cazenave_CV.docx", """Théa Cazenave
thea.cazenave@example.com — 06 88 14 20 37
Licence Sciences de la vie et de la Terre 🎓 juin 2026, université de Montpellier
Stage en cours ⏳ jusqu'au 26 février — chargée de sensibilisation, Réseau Zéro Déchet Occitanie
Bénévolat : fresques du climat"""),
    )),
    # Feature: symbols_emoji — graduation — 🎓 Licence pro — 2021
    # figured: «🎓» beside «2021» = licence pro of 2021 → fails graduation_recent
    N("symbols_emoji", "graduation", "🎓 Licence pro — 2021", M(
        "Jonathan Caron <jonathan.caron@example.net>", "candidature pro'pulse", "07 21:36",
        """Bonjour,

Quelques lignes sur moi :
🎓 Licence pro — 2021, Métiers de l'animation sociale, Lille
💼 animateur en centre de loisirs depuis
🎯 un poste de coordinateur dans une association de jeunesse

Jonathan Caron
06 45 81 29 70""",
        app("Jonathan", "Caron", phone="+33645812970", bac=3, grad="2021", failing=("graduation_recent",), status="b_toque_licence_2021"),
    )),
    # Feature: symbols_emoji — studies_finished — Résultats du jury ⏳
    # ambiguous: every exam is sat but the jury has not deliberated: the BUT may or may not be obtained
    # figured: «⏳» on «Résultats du jury» = results pending after the exams → open studies_finished
    N("symbols_emoji", "studies_finished", "Résultats du jury ⏳", M(
        "Lou Antoine <lou.antoine@example.fr>", "Pro'pulse 🙂", "10 19:05",
        """Salut !

BUT Carrières sociales, IUT de Nantes :
Examens ✔️ (repasses de novembre incluses)
Résultats du jury ⏳
Ce que je cherche : un poste d'animatrice dans une asso de quartier 🏘️

Lou Antoine
07 20 93 46 18""",
        app("Lou", "Antoine", phone="+33720934618", bac="*", grad=None, unknown=("studies_finished",), status="b_jury_sablier"),
    )),
    # Feature: symbols_emoji — situation — Service civique ✔️ (fini en août)
    # figured: «✔️» on «Service civique» = civic service done (August 2026) → meets not_service_civique
    N("symbols_emoji", "situation", "Service civique ✔️ (fini en août)", M(
        "Malik Guerfi <malik.guerfi@example.org>", "Candidature", "12 10:50",
        """Bonjour,

Mon parcours en trois lignes :
DUT Techniques de commercialisation, Orléans, juin 2025
Service civique ✔️ (fini en août) aux Restos du cœur
Envie : un poste de responsable logistique dans une banque alimentaire ou une épicerie solidaire

Malik Guerfi
06 77 30 52 81""",
        app("Malik", "Guerfi", phone="+33677305281", bac=2, grad="2025-06", status="b_service_civique_coche"),
    )),
    # Feature: symbols_emoji — aim — Objectif → une coopérative d'habitat participatif
    # figured: «→» on «une coopérative d'habitat participatif» = the aim is a cooperative → meets job_seeking_ess
    N("symbols_emoji", "aim", "Objectif → une coopérative d'habitat participatif", M(
        "Ludivine Escoffier <ludivine.escoffier@example.com>", "Pro'pulse – Ludivine Escoffier", "14 09:33",
        """Bonjour,

Master Urbanisme et aménagement, université de Tours, juin 2026.
Objectif → une coopérative d'habitat participatif, comme chargée d'accompagnement des habitants.

Merci de votre lecture,
Ludivine Escoffier
06 31 75 08 42""",
        app("Ludivine", "Escoffier", phone="+33631750842", bac=5, grad="2026-06", status="b_fleche_cooperative"),
    )),
    # Feature: symbols_emoji — kind — Votre commande a pris la route 🚚
    # figured: «🚚» on «a pris la route» = a delivery notice → kind other
    N("symbols_emoji", "kind", "Votre commande a pris la route 🚚", M(
        "Livraisons Express <suivi@livraisons.example.com>", "Votre commande a pris la route 🚚", "18 08:00",
        """Bonjour,

Votre commande a pris la route 🚚 et arrivera demain entre 9 h et 13 h.

Suivre ma livraison : https://livraisons.example.com/suivi""",
        other(),
    )),
    # Feature: symbols_emoji — kind — 🌴 Absente jusqu'au 1er décembre
    # figured: «🌴» on «absente jusqu'au 1er décembre» = away on holiday → kind auto_reply: no personal fact
    N("symbols_emoji", "kind", "🌴 Absente jusqu'au 1er décembre", M(
        "Élise Prévost <elise.prevost@example.fr>", "Réponse automatique : Pro'pulse", "19 07:30",
        """🌴 Absente jusqu'au 1er décembre. Je vous répondrai à mon retour.

Élise Prévost""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_figures — graduation — freshly minted with a BUT in social careers (June 2026)
    # figured: «freshly minted» on «a BUT in social careers» = obtained (June 2026) → meets
    N("english_figures", "graduation", "freshly minted with a BUT in social careers (June 2026)", M(
        "Siobhan Murphy <siobhan.murphy@example.org>", "Pro'pulse application", "02 16:20",
        """Hello,

I'm freshly minted with a BUT in social careers (June 2026) from IUT Paris-Rives de Seine, and I'd like to work in a community centre or a youth charity.

All the best,
Siobhan Murphy
06 53 20 87 41""",
        app("Siobhan", "Murphy", phone="+33653208741", bac=3, grad="2026-06", language="en", status="b_freshly_minted_en"),
    )),
    # Feature: english_figures — career_change — youth work has been my bread and butter since I was sixteen, so this is no career pivot
    # figured: «my bread and butter … no career pivot» = always in youth work → meets not_career_change
    N("english_figures", "career_change", "youth work has been my bread and butter since I was sixteen, so this is no career pivot", M(
        "Tomás García <tomas.garcia@example.com>", "Application – Tomás García", "04 09:10",
        """Dear team,

Youth work has been my bread and butter since I was sixteen, so this is no career pivot: I got my DEJEPS in youth and community development in Toulouse in June 2025 and want to coordinate projects in a youth association.

Best regards,
Tomás García
07 38 60 14 92""",
        app("Tomás", "García", phone="+33738601492", bac=2, grad="2025-06", language="en", status="b_bread_and_butter_en"),
    )),
    # Feature: english_figures — studies_finished — closed the book on my master's in September
    # figured: «closed the book on» on «my master's» = master finished (September 2026) → meets studies_finished
    N("english_figures", "studies_finished", "closed the book on my master's in September", M(
        "Hannah Schmidt <hannah.schmidt@example.net>", "Pro'pulse – application", "06 14:55",
        """Hi,

I handed in my dissertation and closed the book on my master's in September (MA in Social and Solidarity Economy, Université Grenoble Alpes).

I am looking for a role in a cooperative or a foundation working on food systems.

Hannah Schmidt
06 84 57 12 30""",
        app("Hannah", "Schmidt", phone="+33684571230", bac=5, grad="2026-09", language="en", status="b_closed_the_book_en"),
    )),
    # Feature: english_figures — studies_finished — my degree is as good as done
    # ambiguous: «as good as done» leaves unsaid whether anything is still to be sat or validated
    # figured: «as good as done» on «my degree» = nearly finished, what remains unsaid → open studies_finished
    N("english_figures", "studies_finished", "my degree is as good as done", M(
        "Chiamaka Obiora <chiamaka.obiora@example.org>", "Pro'pulse", "08 20:18",
        """Hello,

My degree is as good as done (licence in Sociology, Université de Lille) and I'd love to start working for a housing charity in the new year.

Thanks,
Chiamaka Obiora
07 26 41 83 05""",
        app("Chiamaka", "Obiora", phone="+33726418305", bac="*", grad=None, unknown=("studies_finished",), language="en", status="b_as_good_as_done_en"),
    )),
    # Feature: english_figures — situation — my civic service year still has four months on the clock
    # figured: «four months on the clock» on «my civic service year» = civic service running until about March 2027 → fails not_service_civique
    N("english_figures", "situation", "my civic service year still has four months on the clock", M(
        "Emma Johansson <emma.johansson@example.com>", "Application to Pro'pulse", "11 12:25",
        """Hello,

I have a licence in Languages from Université Rennes 2 (June 2025). My civic service year still has four months on the clock, at an association teaching French to newcomers, and I'd like to stay in that field afterwards.

Best,
Emma Johansson
06 16 49 72 83""",
        app("Emma", "Johansson", phone="+33616497283", bac=3, grad="2025-06", failing=("not_service_civique",), language="en", status="b_four_months_clock_en"),
    )),
    # Feature: english_figures — aim — climb the ladder at a Big Four firm
    # figured: «climb the ladder» on «a Big Four firm» = aim in audit → fails job_seeking_ess
    N("english_figures", "aim", "climb the ladder at a Big Four firm", M(
        "Arjun Raghunathan <arjun.raghunathan@example.net>", "Pro'pulse application", "13 18:02",
        """Hello,

I hold an MSc in Accounting from Kedge (July 2025). My goal is to climb the ladder at a Big Four firm, and I heard your programme helps young graduates get their first job.

Regards,
Arjun Raghunathan
07 57 12 64 38""",
        app("Arjun", "Raghunathan", phone="+33757126438", bac=5, grad="2025-07", failing=("job_seeking_ess",), language="en", status="b_climb_ladder_big_four_en"),
    )),
    # Feature: english_figures — kind — just tossed their caps
    # figured: «just tossed their caps» in a general question → kind question: no personal fact
    N("english_figures", "kind", "just tossed their caps", M(
        "Grace Whitaker <grace.whitaker@example.org>", "Quick question", "16 10:40",
        """Hello,

Is the programme only for people who have just tossed their caps, or can people who graduated a while ago take part too?

Thank you,
Grace Whitaker""",
        question(language="en"),
    )),
    # Feature: english_figures — kind — the link seems to have vanished into thin air
    # figured: «vanished into thin air» on «the link» = the link not received → kind reply: no personal fact
    N("english_figures", "kind", "the link seems to have vanished into thin air", M(
        "Daniel Ashworth <daniel.ashworth@example.com>", "Re: Your application to Pro'pulse", "20 15:05",
        """Thanks for getting back to me — but the link seems to have vanished into thin air. Could you send it again?

Daniel

On 17/11/2026 at 09:12, Pro'pulse wrote:
> Please fill in the form at the link below.""",
        reply(),
        headers={"In-Reply-To": "<b08-ashworth-1@animafac.net>", "References": "<b08-ashworth-1@animafac.net>"},
    )),
]
