# ruff: noqa: E501 (each message's implying words stand whole on its comment line and its N(...) line)
"""Batch 7: a money or calendar detail carries the fact; English mail with the same implications. Each
message written by hand; the comment names its implication, the fact it carries and the words that carry
it."""

from implied import N
from kit import M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Implied: money_calendar — studies_finished — mes frais d'inscription 2026-2027 sont payés et ma bourse du Crous tombe chaque mois jusqu'en juin
    N("money_calendar", "studies_finished", "mes frais d'inscription 2026-2027 sont payés et ma bourse du Crous tombe chaque mois jusqu'en juin", M(
        "Elias Benoît <elias.benoit@example.org>", "candidature", "20 09:30",
        """Bonjour,

Licence d'économie en juin 2025. Mes frais d'inscription 2026-2027 sont payés et ma bourse du Crous tombe
chaque mois jusqu'en juin ; j'aimerais pourtant commencer à chercher un emploi dans l'ESS.

Elias Benoît""",
        app("Elias", "Benoît", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="frais_inscription_bourse"),
    )),
    # Implied: money_calendar — graduation — depuis juillet 2025, plus de bourse ni de carte d'étudiante : mon M2 est dans la poche
    N("money_calendar", "graduation", "depuis juillet 2025, plus de bourse ni de carte d'étudiante : mon M2 est dans la poche", M(
        "Amélie Joly <amelie.joly@example.net>", "Candidature", "20 13:10",
        """Bonjour,

Depuis juillet 2025, plus de bourse ni de carte d'étudiante : mon M2 est dans la poche. Je cherche un
emploi de chargée de projets dans une association de l'ESS.

Amélie Joly""",
        app("Amélie", "Joly", phone=None, bac=5, grad="2025", status="plus_de_bourse_m2"),
    )),
    # Implied: money_calendar — situation — la gratification de 4,35 € de l'heure tombe encore jusqu'en février
    N("money_calendar", "situation", "la gratification de 4,35 € de l'heure tombe encore jusqu'en février", M(
        "Gabin Roger <gabin.roger@example.com>", "candidature", "20 16:45",
        """Bonjour,

Master de gestion en septembre 2026. La gratification de 4,35 € de l'heure tombe encore jusqu'en février,
chez une coopérative d'habitants ; après, je cherche un emploi dans l'ESS.

Gabin Roger""",
        app("Gabin", "Roger", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="gratification_435_fevrier"),
    )),
    # Implied: money_calendar — situation — ma dernière indemnité de volontaire, versée par l'État, est tombée en mai
    N("money_calendar", "situation", "ma dernière indemnité de volontaire, versée par l'État, est tombée en mai", M(
        "Louna Martinez <louna.martinez@example.fr>", "candidature", "21 09:00",
        """Bonjour,

BTS SP3S en juin 2025 ; ma dernière indemnité de volontaire, versée par l'État, est tombée en mai. Je
cherche un emploi dans une association d'aide aux familles, dans l'ESS.

Louna Martinez""",
        app("Louna", "Martinez", phone=None, bac=2, grad="2025-06", status="derniere_indemnite_mai"),
    )),
    # Implied: money_calendar — graduation — ma dernière année de bourse, celle de ma licence, c'était 2023-2024
    N("money_calendar", "graduation", "ma dernière année de bourse, celle de ma licence, c'était 2023-2024", M(
        "Mathéo Lebon <matheo.lebon@example.org>", "candidature", "21 11:30",
        """Bonjour,

Ma dernière année de bourse, celle de ma licence, c'était 2023-2024. Je cherche un emploi dans une
association sportive de l'ESS.

Mathéo""",
        app("Mathéo", "Lebon", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            status="bourse_2023_2024"),
    )),
    # Implied: money_calendar — career_change — je touche encore mon salaire de cadre chez Thales, en CDI depuis 2012, le temps de mon préavis
    N("money_calendar", "career_change", "je touche encore mon salaire de cadre chez Thales, en CDI depuis 2012, le temps de mon préavis", M(
        "Olivier Gauthier <olivier.gauthier@example.net>", "Candidature", "21 14:15",
        """Bonjour,

Master de management de l'ESS en juin 2026, en formation continue. Je touche encore mon salaire de cadre
chez Thales, en CDI depuis 2012, le temps de mon préavis, et je veux travailler dans une coopérative.

Olivier Gauthier""",
        app("Olivier", "Gauthier", phone=None, bac=5, grad="2026-06", failing=["not_career_change"],
            status="thales_preavis"),
    )),
    # Implied: money_calendar — studies_finished — je n'ai pas payé la CVEC cette année : plus besoin, mon master s'est conclu en juin 2026
    N("money_calendar", "studies_finished", "je n'ai pas payé la CVEC cette année : plus besoin, mon master s'est conclu en juin 2026", M(
        "Estelle Hubert <estelle.hubert@example.com>", "candidature", "22 10:10",
        """Bonjour,

Je n'ai pas payé la CVEC cette année : plus besoin, mon master s'est conclu en juin 2026. Je cherche un
emploi dans une association de l'ESS.

Estelle Hubert""",
        app("Estelle", "Hubert", phone=None, bac=5, grad="2026-06", status="pas_de_cvec"),
    )),
    # Implied: money_calendar — studies_finished — j'ai payé la CVEC en septembre pour ma deuxième année de master
    N("money_calendar", "studies_finished", "j'ai payé la CVEC en septembre pour ma deuxième année de master", M(
        "Thibault Renaud <thibault.renaud@example.fr>", "candidature", "22 13:45",
        """Bonjour,

Licence de droit en juin 2025 ; j'ai payé la CVEC en septembre pour ma deuxième année de master. Je
voudrais préparer mon entrée dans l'ESS.

Thibault""",
        app("Thibault", "Renaud", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="cvec_deuxieme_annee"),
    )),
    # Implied: money_calendar — studies_finished — les notes de mon dernier semestre tombent le 15 décembre
    N("money_calendar", "studies_finished", "les notes de mon dernier semestre tombent le 15 décembre", M(
        "Chiara Rossi <chiara.rossi@example.org>", "candidature", "22 16:00",
        """Bonjour,

Licence en juin 2025, master ensuite : les notes de mon dernier semestre tombent le 15 décembre, et le
jury suit. Je cherche un emploi dans une association de l'ESS.

Chiara Rossi""",
        app("Chiara", "Rossi", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="notes_15_decembre"),
    )),
    # Implied: money_calendar — aim — je donne chaque mois à la Cimade et je voudrais y travailler
    N("money_calendar", "aim", "je donne chaque mois à la Cimade et je voudrais y travailler", M(
        "Adèle Fabre <adele.fabre@example.net>", "candidature", "23 09:20",
        """Bonjour,

Master de droit des étrangers en septembre 2025. Je donne chaque mois à la Cimade et je voudrais y
travailler, ou dans une association du même genre.

Adèle Fabre""",
        app("Adèle", "Fabre", phone=None, bac=5, grad="2025-09", status="don_cimade"),
    )),
    # Implied: money_calendar — graduation — j'ai remboursé mon prêt étudiant en 2022, trois ans après la fin de ma licence
    N("money_calendar", "graduation", "j'ai remboursé mon prêt étudiant en 2022, trois ans après la fin de ma licence", M(
        "Vincent Aubry <vincent.aubry@example.com>", "Candidature", "23 12:30",
        """Bonjour,

J'ai remboursé mon prêt étudiant en 2022, trois ans après la fin de ma licence. Je cherche un emploi dans
une association de l'ESS.

Vincent Aubry""",
        app("Vincent", "Aubry", phone=None, bac=3, grad="2019", failing=["graduation_recent"],
            status="pret_rembourse_2022"),
    )),
    # Implied: money_calendar — situation — une indemnité mensuelle de ma structure d'accueil jusqu'en mars
    N("money_calendar", "situation", "une indemnité mensuelle de ma structure d'accueil jusqu'en mars", M(
        "Célia Morel <celia.morel@example.fr>", "candidature", "23 15:40",
        """Bonjour,

Licence de sociologie en juin 2026. Je touche une indemnité mensuelle de ma structure d'accueil jusqu'en
mars, et je cherche un emploi dans l'ESS pour le printemps.

Célia Morel""",
        app("Célia", "Morel", phone=None, bac=3, grad="2026-06", unknown=["not_internship", "not_service_civique"],
            status="indemnite_structure_mars"),
    )),
    # Implied: money_calendar — career_change — mon seul salaire jusqu'ici, c'était celui d'apprentie pendant mon BTS
    N("money_calendar", "career_change", "mon seul salaire jusqu'ici, c'était celui d'apprentie pendant mon BTS", M(
        "Inaya Bakari <inaya.bakari@example.org>", "Candidature Pro'pulse", "24 09:50",
        """Bonjour,

Mon seul salaire jusqu'ici, c'était celui d'apprentie pendant mon BTS, reçu en juin 2026. Je cherche un
emploi d'assistante de gestion dans une association de l'ESS.

Inaya Bakari""",
        app("Inaya", "Bakari", phone=None, bac=2, grad="2026-06", status="salaire_apprentie_seul"),
    )),
    # Implied: money_calendar — kind — les participants gardent-ils leurs droits au chômage pendant le programme
    N("money_calendar", "kind", "les participants gardent-ils leurs droits au chômage pendant le programme", M(
        "Ludovic Sanchez <ludovic.sanchez@example.net>", "Question", "24 11:00",
        """Bonjour,

Les participants gardent-ils leurs droits au chômage pendant le programme ? Et y a-t-il un coût ?

Merci""",
        question(),
    )),
    # Implied: money_calendar — kind — votre dossier social étudiant 2027-2028 est ouvert
    N("money_calendar", "kind", "votre dossier social étudiant 2027-2028 est ouvert", M(
        "Crous Académie <ne-pas-repondre@crous-academie.example.fr>", "Dossier social étudiant", "24 07:10",
        """Bonjour,

Votre dossier social étudiant 2027-2028 est ouvert. Connectez-vous à votre espace avant le 15 mai.
Ce message a été adressé par erreur à des partenaires : merci de ne pas en tenir compte.

Le Crous""",
        other(),
    )),
    # Implied: money_calendar — kind — Le calendrier des aides 2027
    N("money_calendar", "kind", "Le calendrier des aides 2027", M(
        "Infos Jeunes <lettre@infosjeunes.example.org>", "Le calendrier des aides 2027", "24 07:30",
        """Le calendrier des aides 2027 : bourses, aide au permis, fonds d'urgence. Pour ne plus recevoir
cette lettre : https://infosjeunes.example.org/desinscription""",
        newsletter(),
    )),
    # Implied: money_calendar — kind — en congé jusqu'au 1er décembre
    N("money_calendar", "kind", "en congé jusqu'au 1er décembre", M(
        "Service comptabilité <compta@asso-partenaire.example.org>", "Absence du service", "24 08:00",
        """Le service comptabilité est en congé jusqu'au 1er décembre. Les factures reçues seront traitées
à notre retour. Message envoyé automatiquement.""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Implied: english — graduation — my commencement at SOAS in June 2025 (MA in Development Studies)
    N("english", "graduation", "my commencement at SOAS in June 2025 (MA in Development Studies)", M(
        "Grace Okoye <grace.okoye@example.org>", "Application to Pro'pulse", "02 17:20",
        """Hello,

My family flew in for my commencement at SOAS in June 2025 (MA in Development Studies); since then I have
moved to Paris and I'm looking for a job in a French cooperative or charity of the social economy.

Best wishes,
Grace Okoye""",
        app("Grace", "Okoye", phone=None, bac="*", grad="2025", unknown=["degree_level"], language="en",
            status="en_commencement_soas_2025"),
    )),
    # Implied: english — situation — my placement agreement with the university runs until March and my supervisor at the co-op signs my timesheets
    N("english", "situation", "my placement agreement with the university runs until March and my supervisor at the co-op signs my timesheets", M(
        "Ben Walker <ben.walker@example.net>", "Application", "03 18:00",
        """Hi,

I finished my master's at Sciences Po Lyon in June 2026. My placement agreement with the university runs
until March and my supervisor at the co-op signs my timesheets; after that I want a job in the social
and solidarity economy.

Ben""",
        app("Ben", "Walker", phone=None, bac=5, grad="2026-06", failing=["not_internship"], language="en",
            status="en_placement_agreement_march"),
    )),
    # Implied: english — situation — I'm volunteering with an association until May
    N("english", "situation", "I'm volunteering with an association until May", M(
        "Chloe Adams <chloe.adams@example.com>", "Pro'pulse application", "04 19:15",
        """Hello,

I got my licence in sociology from Université de Nantes in June 2026. I'm volunteering with an association
until May and would like a job in the social economy afterwards.

Chloe Adams""",
        app("Chloe", "Adams", phone=None, bac=3, grad="2026-06", unknown=["not_service_civique"], language="en",
            status="en_volunteering_may"),
    )),
    # Implied: english — career_change — my only jobs were bartending and tutoring while at uni
    N("english", "career_change", "my only jobs were bartending and tutoring while at uni", M(
        "Tom Fischer <tom.fischer@example.org>", "Application", "05 20:30",
        """Hi there,

Master's in economics from Université Paris-Saclay, September 2025. My only jobs were bartending and
tutoring while at uni. I'm looking for my first real job in the social economy, ideally a co-op.

Tom""",
        app("Tom", "Fischer", phone=None, bac=5, grad="2025-09", language="en", status="en_bartending_tutoring"),
    )),
    # Implied: english — career_change — after nine years as a police officer I'm starting over
    N("english", "career_change", "after nine years as a police officer I'm starting over", M(
        "Daniel Murphy <daniel.murphy@example.net>", "Application - Daniel Murphy", "06 18:45",
        """Dear team,

After nine years as a police officer I'm starting over: I completed a master's in social work
management at Université de Lille in June 2026 and want to join a non-profit in the social economy.

Daniel Murphy""",
        app("Daniel", "Murphy", phone=None, bac=5, grad="2026-06", failing=["not_career_change"], language="en",
            status="en_police_nine_years"),
    )),
    # Implied: english — studies_finished — my viva is scheduled for 10 December
    N("english", "studies_finished", "my viva is scheduled for 10 December", M(
        "Aisha Rahman <aisha.rahman@example.com>", "Application", "07 19:00",
        """Hello,

I hold a licence in geography from Université de Strasbourg (June 2025); my viva is scheduled for 10
December for my master's. I am looking for a job with an environmental charity in the social economy.

Aisha Rahman""",
        app("Aisha", "Rahman", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"], language="en",
            status="en_viva_10_december"),
    )),
    # Implied: english — studies_finished — I still have two modules to resit in January
    N("english", "studies_finished", "I still have two modules to resit in January", M(
        "Jake Sullivan <jake.sullivan@example.org>", "Application", "08 21:10",
        """Hi,

BTS in management from a lycée in Lille, June 2025. I'm now in a licence and I still have two modules to
resit in January. I'd like a job in a cooperative in the social economy.

Jake""",
        app("Jake", "Sullivan", phone=None, bac=2, grad="2025-06", failing=["studies_finished"], language="en",
            status="en_two_modules_resit"),
    )),
    # Implied: english — aim — work for Emmaüs, a housing co-op or a community land trust
    N("english", "aim", "work for Emmaüs, a housing co-op or a community land trust", M(
        "Ellie Turner <ellie.turner@example.net>", "Application", "09 17:40",
        """Hello,

I completed my master's in urban planning at Université Paris 8 in July 2025, and I'd love to work for
Emmaüs, a housing co-op or a community land trust.

Ellie Turner""",
        app("Ellie", "Turner", phone=None, bac=5, grad="2025-07", language="en", status="en_emmaus_clt"),
    )),
]
