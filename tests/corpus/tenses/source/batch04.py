"""Tenses corpus, batch 04 (writer A): the narrative present of a past and the passé simple («En 2019,
j'obtiens mon BTS», «J'obtins ma licence en 2024»), verbless participles, nominal phrases and CV lines («BTS
ESF : obtenu», «Thesis defence: upcoming»), English tenses ("I have completed", "I'm currently doing", "I'm
due to graduate", "I used to work as"), and other mail whose tenses carry its kind."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from tenses import N

MESSAGES = [
    # Feature: narrative_present — graduation — En 2019, j'obtiens mon BTS
    # timed: «En 2019, j'obtiens» on «mon BTS» = a narrative present of 2019, no diploma since → fails graduation_recent
    N("narrative_present", "graduation", "En 2019, j'obtiens mon BTS", M(
        "Gaëlle Le Bihan <gaelle.lebihan@example.org>", "Mon parcours en quelques lignes", "02 18:26",
        """Bonjour,

En 2019, j'obtiens mon BTS Tourisme à Quimper. Puis je pars deux ans en Australie, entre fermes et auberges de jeunesse. Au retour, j'enchaîne les saisons dans les campings de la côte.

Aujourd'hui, je veux me poser et travailler dans une association de tourisme social ou un réseau d'auberges de jeunesse.

Gaëlle Le Bihan
06 72 41 85 36""",
        app("Gaëlle", "Le Bihan", phone="+33672418536", bac=2, grad="2019", failing=("graduation_recent",), status="en_2019_obtiens_bts"),
    )),
    # Feature: narrative_present — graduation — en juin 2025, j'obtiens ma licence
    # timed: «en juin 2025, j'obtiens» on «ma licence» = a narrative present of June 2025 → meets graduation_recent
    N("narrative_present", "graduation", "en juin 2025, j'obtiens ma licence", M(
        "Ismaël Diop <ismael.diop@example.net>", "Candidature Pro'pulse", "05 10:48",
        """Bonjour,

En 2022, je décroche mon bac à Saint-Louis du Sénégal et j'arrive à Montpellier ; en juin 2025, j'obtiens ma licence de géographie avec mention. Entre-temps, je m'engage dans une association d'accueil des étudiants étrangers.

Je cherche maintenant un poste de chargé de projets dans une association de solidarité internationale.

Ismaël Diop
07 66 30 92 17""",
        app("Ismaël", "Diop", phone="+33766309217", bac=3, grad="2025-06", status="juin_2025_obtiens_licence"),
    )),
    # Feature: narrative_present — career_change — 1998 : j'entre à La Poste
    # timed: «1998 : j'entre à La Poste» + «J'y reste vingt-cinq ans» = a first career told in the narrative present, before the DEJEPS of 2025 → fails not_career_change
    N("narrative_present", "career_change", "1998 : j'entre à La Poste", M(
        "Dominique Vial <dominique.vial@example.com>", "Candidature — parcours atypique", "07 14:02",
        """Bonjour,

1998 : j'entre à La Poste comme facteur. J'y reste vingt-cinq ans, jusqu'à un plan de départs volontaires. 2024 : je reprends une formation. En juin 2025, j'obtiens un DEJEPS Animation socioéducative.

Je cherche un poste de coordinateur dans une association de quartier. CV joint.

Dominique Vial""",
        app("Dominique", "Vial", phone="+33608527419", bac=2, grad="2025-06", failing=("not_career_change",), status="1998_entre_la_poste"),
        cv=CV("docx", "CV_Dominique_Vial.docx", """Dominique Vial
06 08 52 74 19 — dominique.vial@example.com
Formation
DEJEPS Animation socioéducative — CREPS de Toulouse — 2025
Expérience
1998–2023 : facteur puis agent de tri, La Poste
Bénévolat : trésorier d'une amicale de locataires"""),
    )),
    # Feature: narrative_present — graduation — J'obtins ma licence en 2024
    # ambiguous: the passé simple dates the licence to 2024 only — a year alone in 2024 may fall within 24 months or not
    # timed: «J'obtins» on «ma licence en 2024» = obtained in 2024, month not said → open graduation_recent
    N("narrative_present", "graduation", "J'obtins ma licence en 2024", M(
        "Edmond Fauré-Castel <edmond.faure-castel@example.fr>", "Lettre de candidature", "09 08:30",
        """Madame, Monsieur,

Qu'il me soit permis de vous présenter brièvement mon parcours. J'obtins ma licence en 2024, en lettres classiques, à l'université de Montpellier. Je fus ensuite quelques mois correcteur bénévole pour une association d'alphabétisation, expérience qui me décida à chercher un emploi dans ce secteur.

Je sollicite donc votre accompagnement pour trouver un poste de formateur dans une association d'apprentissage du français.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Edmond Fauré-Castel
06 39 27 64 50""",
        app("Edmond", "Fauré-Castel", phone="+33639276450", bac=3, grad="2024", unknown=("graduation_recent",), status="obtins_licence_2024"),
    )),
    # Feature: narrative_present — level — elle l'obtient en juillet 2025
    # timed: «elle entre en BTS ESF ; elle l'obtient en juillet 2025» = a narrative present of a BTS obtained (level 2) → meets degree_level
    N("narrative_present", "level", "elle l'obtient en juillet 2025", M(
        "Karim Benkirane <karim.benkirane@example.org>", "Pour ma fille Amel", "11 21:15",
        """Bonjour,

Je vous écris pour ma fille Amel, qui n'ose pas le faire elle-même. En 2023, elle entre en BTS Économie sociale familiale au lycée de Vénissieux ; elle l'obtient en juillet 2025. Depuis, elle cherche un poste de conseillère dans une association, sans succès.

Voici son adresse : amel.benkirane@example.org et son portable : 07 23 58 19 64.

Merci pour elle,
Karim Benkirane""",
        app("Amel", "Benkirane", phone="+33723581964", bac=2, grad="2025-07", email="amel.benkirane@example.org", forwarded_by="karim.benkirane@example.org", status="elle_l_obtient_juillet_2025"),
    )),
    # Feature: narrative_present — situation — Septembre 2026 : je commence une mission de volontariat
    # ambiguous: the narrative present starts a volunteering in September under an unnamed scheme and never says it ended — civic service running or not cannot be said
    # timed: «Septembre 2026 : je commence» on «une mission de volontariat au Secours catholique» = begun in September, end and scheme unsaid → open not_service_civique
    N("narrative_present", "situation", "Septembre 2026 : je commence une mission de volontariat au Secours catholique", M(
        "Tristan Ollivier <tristan.ollivier@example.net>", "Candidature", "13 17:19",
        """Bonjour,

Juin 2026 : je valide ma licence de sciences sociales à Nantes. Septembre 2026 : je commence une mission de volontariat au Secours catholique, auprès des familles hébergées à l'hôtel.

Je voudrais maintenant un emploi dans l'accompagnement social, en association.

Tristan Ollivier
06 84 19 37 52""",
        app("Tristan", "Ollivier", phone="+33684193752", bac=3, grad="2026-06", unknown=("not_service_civique",), status="septembre_commence_volontariat"),
    )),
    # Feature: narrative_present — kind — En 2019, tout commence autour d'une table de cuisine
    # timed: «En 2019, tout commence» = an association's history told in the narrative present, to a list → kind newsletter
    N("narrative_present", "kind", "En 2019, tout commence autour d'une table de cuisine", M(
        "Épicerie Les Paniers Partagés <lettre@paniers-partages.example.org>", "Nos cinq ans !", "18 08:45",
        """Chers adhérents,

En 2019, tout commence autour d'une table de cuisine : six voisins décident d'acheter ensemble des produits locaux. En 2021, l'épicerie ouvre ses portes. En 2024, elle compte mille adhérents.

Venez fêter nos cinq ans samedi 6 décembre !

Pour vous désinscrire de cette lettre, répondez « désinscription ».""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:desinscription@paniers-partages.example.org>"},
    )),
    # Feature: narrative_present — kind — Samedi dernier, on arrive à la salle
    # timed: «Samedi dernier, on arrive» = a friend's story sent to the wrong address → kind other: no application
    N("narrative_present", "kind", "Samedi dernier, on arrive à la salle", M(
        "Juliette Garnier-Bosc <juliette.gb@example.com>", "La soirée de samedi !!", "23 11:40",
        """Coucou !

Samedi dernier, on arrive à la salle, et là, surprise : le DJ n'est pas venu. Du coup Paulo sort sa guitare et on chante jusqu'à deux heures du matin. Il faut absolument qu'on refasse ça !

Bisous,
Juju""",
        other(),
    )),
    # Feature: verbless — level — BTS ESF : obtenu (juin 2025)
    # timed: «BTS ESF : obtenu (juin 2025)» with «Licence pro : abandonnée» = a BTS held, the licence left (level 2, no finite verb) → meets degree_level
    N("verbless", "level", "BTS ESF : obtenu (juin 2025)", M(
        "Axelle Girard <axelle.girard@example.fr>", "candidature", "04 12:57",
        """Bonjour,

Mon parcours en bref :
BTS ESF : obtenu (juin 2025).
Licence pro : abandonnée en cours d'année.
Objectif : un poste de conseillère dans une asso d'aide aux familles.

Axelle Girard, 07 41 86 52 09""",
        app("Axelle", "Girard", phone="+33741865209", bac=2, grad="2025-06", status="bts_esf_obtenu"),
    )),
    # Feature: verbless — graduation — BTS Économie sociale familiale — obtenu en 2022
    # timed: «obtenu en 2022» on «BTS Économie sociale familiale» = a participle in the CV, obtained in 2022 → fails graduation_recent
    N("verbless", "graduation", "BTS Économie sociale familiale — obtenu en 2022", M(
        "Moussa Diakité <moussa.diakite@example.org>", "Candidature", "06 09:03",
        """Bonjour,

Ci-joint mon CV pour le programme Pro'pulse.

Cordialement,
Moussa Diakité""",
        app("Moussa", "Diakité", phone="+33765139284", bac=2, grad="2022", failing=("graduation_recent",), info_in="cv", status="bts_esf_obtenu_2022"),
        cv=CV("docx", "CV_Moussa_Diakite.docx", """Moussa Diakité
07 65 13 92 84 — moussa.diakite@example.org
Objectif : conseiller en économie sociale familiale dans une association
Formation
BTS Économie sociale familiale — obtenu en 2022 — lycée Jean-Jaurès, Argenteuil
Expérience
2022–2026 : agent d'accueil, bailleur social (CDD successifs)"""),
    )),
    # Feature: verbless — studies_finished — Thesis defence: upcoming
    # timed: «Thesis defence: upcoming» on «Master's in Social Economy» = the defence to come (no finite verb, in the CV) → fails studies_finished
    N("verbless", "studies_finished", "Thesis defence: upcoming", M(
        "Hannah Schmidt <hannah.schmidt@example.net>", "Application - CV attached", "08 15:38",
        """Hello,

Please find my CV attached. I'm keen to work for a cooperative or a fair-trade network in France.

Best,
Hannah Schmidt""",
        app("Hannah", "Schmidt", phone="+33612730846", bac="*", grad=None, failing=("studies_finished",), info_in="both", language="en", status="thesis_defence_upcoming"),
        cv=CV("pdf", "Hannah_Schmidt_CV.pdf", """Hannah Schmidt
+33 6 12 73 08 46 — hannah.schmidt@example.net
Education
Master's in Social Economy, Université de Liège — coursework completed; Thesis defence: upcoming (January 2027)
BA in Political Science, Universität Freiburg — 2023
Languages: German, English, French"""),
    )),
    # Feature: verbless — career_change — quelques années dans la vente
    # ambiguous: «quelques années» of sales before the return to studies, no number and no trade named — a first career or side jobs, a careful reader cannot say
    # timed: «Avant la reprise d'études : quelques années dans la vente» = a past of unsaid length (no finite verb) → open not_career_change
    N("verbless", "career_change", "quelques années dans la vente", M(
        "Romain Petitjean <romain.petitjean@example.com>", "Candidature Pro'pulse", "12 10:26",
        """Bonjour,

Je vous adresse mon CV : je cherche un poste de chargé d'insertion dans une association ou un chantier d'insertion.

Romain Petitjean""",
        app("Romain", "Petitjean", phone="+33750286143", bac=3, grad="2026-06", unknown=("not_career_change",), info_in="both", status="quelques_annees_vente"),
        cv=CV("odt", "CV_Romain_Petitjean.odt", """Romain Petitjean
07 50 28 61 43
Formation
Licence professionnelle Intervention sociale — IUT de Tours — juin 2026
Avant la reprise d'études : quelques années dans la vente
Centres d'intérêt : randonnée, cuisine"""),
    )),
    # Feature: verbless — graduation — Master 2 — obtenu juin 2025
    # timed: «obtenu juin 2025» on «Master 2» = a participle in the CV (June 2025) → meets graduation_recent
    N("verbless", "graduation", "Master 2 — obtenu juin 2025", M(
        "Léonie Chevalier <leonie.chevalier@example.org>", "Candidature — CV", "14 16:11",
        """Bonjour,

Je souhaite travailler dans une fondation ou une association de protection de l'environnement. Vous trouverez mon CV en pièce jointe.

Léonie Chevalier""",
        app("Léonie", "Chevalier", phone="+33687045218", bac=5, grad="2025-06", info_in="both", status="master2_obtenu_juin_2025"),
        cv=CV("odt", "CV_Leonie_Chevalier.odt", """Léonie Chevalier
06 87 04 52 18
Formation
Master 2 — obtenu juin 2025 — Gestion de l'environnement, Université de Bordeaux
Licence de biologie — 2023
Expérience
2025-2026 : animatrice nature (CDD), parc naturel régional"""),
    )),
    # Feature: verbless — career_change — Jobs étudiants : serveur, caissier
    # timed: «Jobs étudiants : serveur, caissier (étés 2019–2023)» = student jobs, no finite verb, no first career → meets not_career_change
    N("verbless", "career_change", "Jobs étudiants : serveur, caissier", M(
        "Jordan Moreau <jordan.moreau@example.net>", "Ma candidature", "15 20:34",
        """Bonjour,

Parcours :
Licence AES — juin 2025, université de Reims.
Jobs étudiants : serveur, caissier (étés 2019–2023).
Recherche : poste administratif dans une association ou une mutuelle.

Jordan Moreau — 06 43 90 17 25""",
        app("Jordan", "Moreau", phone="+33643901725", bac=3, grad="2025-06", status="jobs_etudiants_serveur"),
    )),
    # Feature: verbless — kind — Absente jusqu'au 30 novembre
    # timed: «Absente jusqu'au 30 novembre» = the sender away, no finite verb, an automatic notice → kind auto_reply
    N("verbless", "kind", "Absente jusqu'au 30 novembre", M(
        "Sabrina Lopes <sabrina.lopes@centre-social.example.fr>", "Réponse automatique", "24 10:00",
        """Absente jusqu'au 30 novembre. Pas d'accès à mes mails.
Pour toute urgence : accueil du centre social, 04 78 20 13 55.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: verbless — kind — Échec de la remise. Adresse inconnue.
    # timed: «Échec de la remise. Adresse inconnue.» = a delivery failure, no finite verb → kind bounce
    N("verbless", "kind", "Échec de la remise. Adresse inconnue.", M(
        "Mail Delivery Subsystem <mailer-daemon@mail.example.fr>", "Échec de la remise", "25 05:17",
        """Échec de la remise. Adresse inconnue.

Destinataire : kenza.bouaziz@example.fr
Code : 550 5.1.1""",
        bounce("kenza.bouaziz@example.fr"),
        bounce="Reporting-MTA: dns; mail.example.fr\nFinal-Recipient: rfc822; kenza.bouaziz@example.fr\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: english_tenses — situation — I've now completed ten months of civic service
    # timed: «I've now completed» on «ten months of civic service» = over (present perfect) → meets not_service_civique
    N("english_tenses", "situation", "I've now completed ten months of civic service", M(
        "Emily Carter <emily.carter@example.com>", "Application for Pro'pulse", "03 13:20",
        """Dear team,

I've now completed ten months of civic service with a youth association in Marseille, running homework clubs. Before that I earned a BA in Education Studies (June 2025).

I'm looking for a job as a project officer in a non-profit working with young people.

Kind regards,
Emily Carter
07 30 64 18 92""",
        app("Emily", "Carter", phone="+33730641892", bac=3, grad="2025-06", language="en", status="have_completed_civic_service"),
    )),
    # Feature: english_tenses — situation — I'm currently doing an internship with a tenants' rights association
    # timed: «I'm currently doing» on «an internship with a tenants' rights association» = running until the end of February 2027 → fails not_internship
    N("english_tenses", "situation", "I'm currently doing an internship with a tenants' rights association", M(
        "Daniel Boateng <daniel.boateng@example.org>", "Pro'pulse", "06 17:45",
        """Hi,

After my master's in Urban Policy (September 2026), I'm currently doing an internship with a tenants' rights association in Lille, until the end of February. I'd like to stay in the sector and find a paid job in a housing association afterwards.

Thanks,
Daniel Boateng
06 70 93 25 48""",
        app("Daniel", "Boateng", phone="+33670932548", bac=5, grad="2026-09", failing=("not_internship",), language="en", status="currently_doing_internship"),
    )),
    # Feature: english_tenses — studies_finished — I'm due to graduate in June
    # timed: «I'm due to graduate» on «in June» = the degree to come (June 2027) → fails studies_finished
    N("english_tenses", "studies_finished", "I'm due to graduate in June", M(
        "Grace Whitfield <grace.whitfield@example.net>", "Question about applying", "09 11:37",
        """Hello,

I'm in the final year of a bachelor's in Social Work at Université de Strasbourg and I'm due to graduate in June. I'd love to work for a refugee support association afterwards.

Could I start the programme now?

Grace Whitfield
07 58 32 90 16""",
        app("Grace", "Whitfield", phone="+33758329016", bac="*", grad=None, failing=("studies_finished",), language="en", status="due_to_graduate_june"),
    )),
    # Feature: english_tenses — career_change — I used to run a bakery with my husband for twelve years
    # timed: «I used to run a bakery» for «twelve years» = a past first trade before the BTS → fails not_career_change
    N("english_tenses", "career_change", "I used to run a bakery with my husband for twelve years", M(
        "Marcus Reid <marcus.reid@example.com>", "Application", "11 08:14",
        """Good morning,

I used to run a bakery with my husband for twelve years, in Manchester and then in Lyon. In June 2026 I completed a BTS in Social and Family Economics, and I now want to work as an adviser in a family support association.

Best wishes,
Marcus Reid
06 19 84 52 73""",
        app("Marcus", "Reid", phone="+33619845273", bac=2, grad="2026-06", failing=("not_career_change",), language="en", status="used_to_run_bakery"),
    )),
    # Feature: english_tenses — studies_finished — I was supposed to graduate in June
    # ambiguous: «was supposed to» says the plan, not what happened — whether the degree came in June or is still pending cannot be said
    # timed: «I was supposed to graduate» on «in June» = planned for June, outcome unsaid → open studies_finished
    N("english_tenses", "studies_finished", "I was supposed to graduate in June", M(
        "Sophie Achterberg <sophie.achterberg@example.org>", "Pro'pulse application", "17 14:48",
        """Hello,

I was supposed to graduate in June from my master's in Sustainable Development at Sciences Po Lille. I'm now looking for work in cooperatives or environmental associations.

Regards,
Sophie Achterberg
07 04 61 83 29""",
        app("Sophie", "Achterberg", phone="+33704618329", bac="*", grad=None, unknown=("studies_finished",), language="en", status="supposed_to_graduate_june"),
    )),
    # Feature: english_tenses — graduation — I was awarded my master's
    # timed: «I was awarded» on «my master's» in July = obtained last July (2026-07) → meets graduation_recent
    N("english_tenses", "graduation", "I was awarded my master's", M(
        "Aisha Rahman <aisha.rahman@example.fr>", "Application - Pro'pulse programme", "19 09:09",
        """Dear Sir or Madam,

I was awarded my master's in Social and Solidarity Economy in July from Université Paris-Est. I am looking for a position in a cooperative bank's foundation or a solidarity finance association.

Yours faithfully,
Aisha Rahman
06 28 47 10 65""",
        app("Aisha", "Rahman", phone="+33628471065", bac=5, grad="2026-07", language="en", status="was_awarded_master_july"),
    )),
    # Feature: english_tenses — situation — I was interning at a foundation while I was writing my thesis
    # ambiguous: the past progressive sets the internship beside the thesis and never closes it — whether it still runs after the degree cannot be said
    # timed: «I was interning» on «at a foundation» = running during the thesis, end unsaid → open not_internship
    N("english_tenses", "situation", "I was interning at a foundation while I was writing my thesis", M(
        "Liam Fitzgerald <liam.fitzgerald@example.net>", "Application", "20 16:56",
        """Hi there,

I got my MA in Public Policy in September. I was interning at a foundation while I was writing my thesis, working on their youth employment grants.

I'd like to find a job in a foundation or an association working on employment.

Cheers,
Liam Fitzgerald
07 87 25 40 61""",
        app("Liam", "Fitzgerald", phone="+33787254061", bac=5, grad="2026-09", unknown=("not_internship",), language="en", status="was_interning_foundation"),
    )),
    # Feature: english_tenses — kind — Do applicants need to have completed their studies
    # timed: «need to have completed» on «their studies» = a generic condition asked, no personal fact → kind question
    N("english_tenses", "kind", "Do applicants need to have completed their studies", M(
        "Nathan Brooks <nathan.brooks@example.com>", "Quick question", "10 19:03",
        """Hi,

Do applicants need to have completed their studies before they apply to Pro'pulse, or are students welcome too?

Thanks,
Nathan""",
        question(language="en"),
    )),
    # Feature: english_tenses — kind — I've just filled in the form
    # timed: «I've just filled in» on «the form» = done, in our thread → kind reply
    N("english_tenses", "kind", "I've just filled in the form", M(
        "Chiara Bellini <chiara.bellini@example.org>", "Re: Your Pro'pulse pre-registration", "24 15:22",
        """Hello,

I've just filled in the form you sent. Let me know if anything is missing.

Best,
Chiara

> On 21 Nov 2026, Pro'pulse <propulse@animafac.net> wrote:
> Please fill in the online form to complete your pre-registration.""",
        reply(),
        headers={"In-Reply-To": "<prereg-9902@animafac.net>", "References": "<prereg-9902@animafac.net>"},
    )),
]
