# ruff: noqa: E501 (each message's implying words stand whole on its comment line and its N(...) line)
"""Batch 8: English mail with the same implications; a parent, an adviser or a teacher presents someone and
the facts are implied by what they tell. Each message written by hand; the comment names its implication,
the fact it carries and the words that carry it."""

from implied import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Implied: english — aim — I'm aiming for Goldman Sachs or McKinsey
    N("english", "aim", "I'm aiming for Goldman Sachs or McKinsey", M(
        "Oliver Hughes <oliver.hughes@example.com>", "Application", "10 20:00",
        """Hello,

Master's in finance from HEC Paris, September 2025. I'm aiming for Goldman Sachs or McKinsey and would
value coaching for the interviews.

Oliver Hughes""",
        app("Oliver", "Hughes", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"], language="en",
            status="en_goldman_mckinsey"),
    )),
    # Implied: english — situation — I handed back my badge at the end of August, when my placement at Enercoop ended
    N("english", "situation", "I handed back my badge at the end of August, when my placement at Enercoop ended", M(
        "Sophie Clarke <sophie.clarke@example.org>", "Application and CV", "11 19:30",
        """Hello,

I handed back my badge at the end of August, when my placement at Enercoop ended. My CV is attached; I'm
looking for a job with an energy co-op in the social economy.

Sophie Clarke""",
        app("Sophie", "Clarke", phone=None, bac=5, grad="2026-07", info_in="both", language="en",
            status="en_badge_enercoop_cv"),
        cv=CV("docx", "Sophie_Clarke_CV.docx", """
Sophie Clarke
sophie.clarke@example.org
Education
July 2026 — Master's in Energy Transition, Université Grenoble Alpes
Experience
Placement, Enercoop, March–August 2026 (ended)
"""),
    )),
    # Implied: english — situation — five months into my eight-month Unis-Cité contract, 24 hours a week
    N("english", "situation", "five months into my eight-month Unis-Cité contract, 24 hours a week", M(
        "Liam O'Brien <liam.obrien@example.net>", "Application", "12 21:00",
        """Hi,

Licence in history from Université de Rennes, June 2026. I'm five months into my eight-month Unis-Cité
contract, 24 hours a week, and I'd like to plan a job in the social economy for afterwards.

Liam""",
        app("Liam", "O'Brien", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"], language="en",
            status="en_unis_cite_five_months"),
    )),
    # Implied: english — level — a two-year associate degree from a community college in Ohio
    N("english", "level", "a two-year associate degree from a community college in Ohio", M(
        "Megan Brooks <megan.brooks@example.com>", "Application", "13 19:45",
        """Hello,

I have a two-year associate degree from a community college in Ohio (May 2026) and I now live in
Bordeaux. I'm looking for a job in a French charity of the social economy.

Megan Brooks""",
        app("Megan", "Brooks", phone=None, bac="*", grad="2026-05", unknown=["degree_level"], language="en",
            status="en_associate_ohio"),
    )),
    # Implied: english — graduation — I walked at my master's commencement at Université de Montpellier in 2022
    N("english", "graduation", "I walked at my master's commencement at Université de Montpellier in 2022", M(
        "Ryan Bell <ryan.bell@example.org>", "Application", "14 20:15",
        """Hello,

I walked at my master's commencement at Université de Montpellier in 2022, and I'm now looking for a job
in a cooperative of the social economy.

Ryan Bell""",
        app("Ryan", "Bell", phone=None, bac=5, grad="2022", failing=["graduation_recent"], language="en",
            status="en_commencement_2022"),
    )),
    # Implied: english — kind — can someone still on a placement apply
    N("english", "kind", "can someone still on a placement apply", M(
        "Harriet Cole <harriet.cole@example.net>", "Question about eligibility", "15 18:00",
        """Hello,

Quick question: can someone still on a placement apply, or only once it has ended?

Thanks""",
        question(language="en"),
    )),
    # Implied: english — kind — I'm out of the office until 30 November
    N("english", "kind", "I'm out of the office until 30 November", M(
        "James Porter <james.porter@example.com>", "Out of office: Pro'pulse", "16 08:00",
        """Thank you for your email. I'm out of the office until 30 November with limited access to email.""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Implied: english — kind — message could not be delivered: recipient address rejected
    N("english", "kind", "message could not be delivered: recipient address rejected", M(
        "Postmaster <postmaster@mx.example.net>", "Returned mail: see transcript for details", "16 06:20",
        """Your message could not be delivered: recipient address rejected (emma.shaw@example.net).""",
        bounce("emma.shaw@example.net"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; emma.shaw@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 recipient address rejected""",
    )),
    # Implied: english — kind — The Social Enterprise Digest
    N("english", "kind", "The Social Enterprise Digest", M(
        "The Social Enterprise Digest <digest@se-news.example.org>", "The Social Enterprise Digest #31", "17 06:00",
        """The Social Enterprise Digest: funding calls, three co-op stories, upcoming events. Unsubscribe:
https://se-news.example.org/unsubscribe""",
        newsletter(),
    )),
    # Implied: referral — graduation — son jury de master l'a déclarée admise le 2 juillet 2026
    N("referral", "graduation", "son jury de master l'a déclarée admise le 2 juillet 2026", M(
        "Brigitte Faure <brigitte.faure@example.fr>", "Pour ma fille Lucie", "17 10:30",
        """Bonjour,

Je vous écris pour ma fille, Lucie Faure (lucie.faure@example.com) : son jury de master l'a déclarée
admise le 2 juillet 2026. Elle cherche un emploi dans une association de l'ESS, dans la santé.

Brigitte Faure""",
        app("Lucie", "Faure", phone=None, bac=5, grad="2026-07", email="lucie.faure@example.com",
            forwarded_by="brigitte.faure@example.fr", status="mere_jury_admise_juillet"),
    )),
    # Implied: referral — situation — il est en contrat d'engagement avec Unis-Cité jusqu'en juin, à 24 h par semaine
    N("referral", "situation", "il est en contrat d'engagement avec Unis-Cité jusqu'en juin, à 24 h par semaine", M(
        "Karim Zeroual <karim.zeroual@missionlocale.example.org>", "Orientation d'un jeune", "17 14:40",
        """Bonjour,

Je vous présente Kevin Marchand (kevin.marchand@example.net), BTS SP3S en juin 2025 : il est en contrat
d'engagement avec Unis-Cité jusqu'en juin, à 24 h par semaine, et vise un emploi dans l'ESS ensuite.

Karim Zeroual, conseiller Mission locale""",
        app("Kevin", "Marchand", phone=None, bac=2, grad="2025-06", failing=["not_service_civique"],
            email="kevin.marchand@example.net", forwarded_by="karim.zeroual@missionlocale.example.org",
            status="conseiller_unis_cite_juin"),
    )),
    # Implied: referral — aim — il postule un peu partout
    N("referral", "aim", "il postule un peu partout", M(
        "Patrick Joubert <patrick.joubert@example.fr>", "Mon fils", "18 09:15",
        """Bonjour,

Mon fils Adam Joubert (adam.joubert@example.com) a sa licence de STAPS depuis juin 2026 ; il postule un
peu partout, sans savoir où il veut aller. Votre programme pourrait l'aider.

Patrick Joubert""",
        app("Adam", "Joubert", phone=None, bac=3, grad="2026-06", unknown=["job_seeking_ess"],
            email="adam.joubert@example.com", forwarded_by="patrick.joubert@example.fr",
            status="pere_postule_partout"),
    )),
    # Implied: referral — career_change — she has only ever worked summer jobs
    N("referral", "career_change", "she has only ever worked summer jobs", M(
        "Dr Helen Price <helen.price@univ-tours.example.fr>", "Recommending a former student", "18 11:30",
        """Dear colleagues,

I'm writing to recommend my former student Naomi Evans (naomi.evans@example.org), who completed her
master's in social policy with us in June 2026. She has only ever worked summer jobs and is keen to
start her career in a charity or cooperative of the social economy.

Helen Price""",
        app("Naomi", "Evans", phone=None, bac=5, grad="2026-06", email="naomi.evans@example.org",
            forwarded_by="helen.price@univ-tours.example.fr", language="en", status="en_teacher_summer_jobs"),
    )),
    # Implied: referral — career_change — ancien boulanger pendant quinze ans
    N("referral", "career_change", "ancien boulanger pendant quinze ans", M(
        "Sandra Poirier <sandra.poirier@example.net>", "Candidature de mon mari", "18 15:00",
        """Bonjour,

J'écris pour mon mari, Franck Poirier (franck.poirier@example.net), ancien boulanger pendant quinze ans :
il a repris des études et a eu sa licence pro en juin 2026. Il cherche un emploi dans une association de
l'ESS.

Sandra Poirier""",
        app("Franck", "Poirier", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            email="franck.poirier@example.net", forwarded_by="sandra.poirier@example.net",
            status="epouse_boulanger_quinze_ans"),
    )),
    # Implied: referral — studies_finished — son jury de M2 se réunit le 9 décembre
    N("referral", "studies_finished", "son jury de M2 se réunit le 9 décembre", M(
        "Marc Olivier <marc.olivier@univ-angers.example.fr>", "Une étudiante à vous présenter", "19 10:00",
        """Bonjour,

Je suis le responsable du M2 de Camille Texier (camille.texier@example.com), licence en juin 2025 : son
jury de M2 se réunit le 9 décembre. Elle cherche un emploi dans une coopérative de l'ESS.

Marc Olivier""",
        app("Camille", "Texier", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            email="camille.texier@example.com", forwarded_by="marc.olivier@univ-angers.example.fr",
            status="responsable_jury_9_dec"),
    )),
    # Implied: referral — level — son CAP de cuisine, et rien après
    N("referral", "level", "son CAP de cuisine, et rien après", M(
        "Nadia Belaid <nadia.belaid@example.com>", "Pour mon fils", "19 13:30",
        """Bonjour,

Mon fils Sofiane Belaid (sofiane.belaid@example.com) a son CAP de cuisine, et rien après. Il voudrait
travailler dans un restaurant d'insertion de l'ESS.

Nadia Belaid""",
        app("Sofiane", "Belaid", phone=None, bac=0, grad=None, failing=["degree_level"],
            email="sofiane.belaid@example.com", forwarded_by="nadia.belaid@example.com",
            status="mere_cap_cuisine"),
    )),
    # Implied: referral — level — deux années d'IUT sanctionnées par leur diplôme, en juin 2025
    N("referral", "level", "deux années d'IUT sanctionnées par leur diplôme, en juin 2025", M(
        "Agnès Royer <agnes.royer@missionlocale.example.org>", "Orientation", "20 09:45",
        """Bonjour,

Je vous oriente Jules Tanguy (jules.tanguy@example.org) : deux années d'IUT sanctionnées par leur
diplôme, en juin 2025, et une vraie envie de travailler dans une association de l'ESS.

Agnès Royer, Mission locale""",
        app("Jules", "Tanguy", phone=None, bac=2, grad="2025-06", email="jules.tanguy@example.org",
            forwarded_by="agnes.royer@missionlocale.example.org", status="conseillere_deux_ans_iut"),
    )),
    # Implied: referral — studies_finished — est en deuxième année de master et passe ses partiels en janvier
    N("referral", "studies_finished", "est en deuxième année de master et passe ses partiels en janvier", M(
        "Alain Mercier <alain.mercier@example.fr>", "Candidature de ma fille", "20 15:20",
        """Bonjour,

Ma fille Léa Mercier (lea.mercier@example.fr), licence en juin 2025, est en deuxième année de master et
passe ses partiels en janvier. Elle aimerait travailler ensuite dans une association de l'ESS.

Alain Mercier""",
        app("Léa", "Mercier", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            email="lea.mercier@example.fr", forwarded_by="alain.mercier@example.fr",
            status="pere_partiels_janvier"),
    )),
    # Implied: referral — situation — j'ai été la tutrice de Samia pendant ses huit mois à Unis-Cité, terminés en juin
    N("referral", "situation", "j'ai été la tutrice de Samia pendant ses huit mois à Unis-Cité, terminés en juin", M(
        "Valérie Simon <valerie.simon@example.org>", "Je vous recommande Samia", "21 09:30",
        """Bonjour,

J'ai été la tutrice de Samia pendant ses huit mois à Unis-Cité, terminés en juin. Samia Kaci
(samia.kaci@example.com) a un BTS ESF depuis juin 2025 et cherche un emploi dans l'ESS.

Valérie Simon""",
        app("Samia", "Kaci", phone=None, bac=2, grad="2025-06", email="samia.kaci@example.com",
            forwarded_by="valerie.simon@example.org", status="tutrice_unis_cite_finie"),
    )),
    # Implied: referral — aim — veut entrer à la Société Générale, en salle des marchés
    N("referral", "aim", "veut entrer à la Société Générale, en salle des marchés", M(
        "Bernard Leroux <bernard.leroux@example.com>", "Mon neveu", "21 12:00",
        """Bonjour,

Mon neveu Hugo Leroux (hugo.leroux@example.net), master de finance en septembre 2025, veut entrer à la
Société Générale, en salle des marchés. Pouvez-vous l'aider ?

Bernard Leroux""",
        app("Hugo", "Leroux", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"],
            email="hugo.leroux@example.net", forwarded_by="bernard.leroux@example.com",
            status="oncle_societe_generale"),
    )),
    # Implied: referral — graduation — sa licence, elle l'a finie il y a deux ans, vers 2024
    N("referral", "graduation", "sa licence, elle l'a finie il y a deux ans, vers 2024", M(
        "Manon Giraud <manon.giraud@example.fr>", "Pour ma sœur", "22 10:15",
        """Bonjour,

J'écris pour ma sœur Pauline Giraud (pauline.giraud@example.org) : sa licence, elle l'a finie il y a
deux ans, vers 2024. Elle cherche un emploi dans une association de l'ESS.

Manon Giraud""",
        app("Pauline", "Giraud", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            email="pauline.giraud@example.org", forwarded_by="manon.giraud@example.fr",
            status="soeur_licence_2024"),
    )),
    # Implied: referral — aim — elle vise les régies de quartier et les ressourceries
    N("referral", "aim", "elle vise les régies de quartier et les ressourceries", M(
        "Fabienne Lenoir <fabienne.lenoir@cap-emploi.example.org>", "Orientation avec CV", "22 14:30",
        """Bonjour,

Je vous transmets le CV de Zoé Hamel (zoe.hamel@example.com) ; elle vise les régies de quartier et les
ressourceries, et elle est disponible tout de suite.

Fabienne Lenoir, conseillère""",
        app("Zoé", "Hamel", phone=None, bac=3, grad="2026-06", email="zoe.hamel@example.com",
            forwarded_by="fabienne.lenoir@cap-emploi.example.org", info_in="both",
            status="conseillere_regies_cv"),
        cv=CV("odt", "CV_Zoe_Hamel.odt", """
Zoé Hamel
zoe.hamel@example.com
Formation
Licence professionnelle Métiers de l'animation sociale, juin 2026
"""),
    )),
    # Implied: referral — kind — les parents peuvent-ils inscrire leur enfant
    N("referral", "kind", "les parents peuvent-ils inscrire leur enfant", M(
        "Martine Caillat <martine.caillat@example.net>", "Question d'une maman", "23 09:00",
        """Bonjour,

Les parents peuvent-ils inscrire leur enfant eux-mêmes, ou faut-il que le jeune écrive ?

Merci""",
        question(),
    )),
    # Implied: referral — kind — pourriez-vous nous envoyer des plaquettes pour nos conseillers
    N("referral", "kind", "pourriez-vous nous envoyer des plaquettes pour nos conseillers", M(
        "Mission locale du Val <contact@ml-val.example.org>", "Documentation", "23 11:30",
        """Bonjour,

Nous orientons souvent des jeunes vers vous : pourriez-vous nous envoyer des plaquettes pour nos
conseillers ?

La Mission locale""",
        other(),
    )),
    # Implied: referral — kind — ma fille vous a répondu elle-même hier
    N("referral", "kind", "ma fille vous a répondu elle-même hier", M(
        "Brigitte Faure <brigitte.faure@example.fr>", "Re: Candidature de Lucie Faure", "23 16:00",
        """Bonjour,

Merci pour votre retour rapide ; ma fille vous a répondu elle-même hier pour le rendez-vous.

Brigitte Faure

> Le 19 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Nous avons proposé des créneaux d'entretien à Lucie.""",
        reply(), headers={"In-Reply-To": "<lucie.1919@animafac.net>"},
    )),
    # Implied: referral — kind — La lettre des conseillers
    N("referral", "kind", "La lettre des conseillers", M(
        "Réseau des missions locales <lettre@reseau-ml.example.org>", "La lettre des conseillers - novembre", "24 07:00",
        """La lettre des conseillers : nouveaux dispositifs, partenaires à connaître, agenda. Se
désinscrire : https://reseau-ml.example.org/desinscription""",
        newsletter(),
    )),
]
