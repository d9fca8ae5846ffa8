"""Batch 7: a question the writer asks and answers, and English constructions — the deciding fact in «Mon
niveau ? Un bac+3.», «Un stage en cours ? Oui, jusqu'en avril.», or in an English passive, perfect or
“-ing” clause (“having finished my degree”, “was awarded in 2021”, “have been looking since…”). Each
message written by hand; the comment names its construction, the fact it carries and its words."""

from constructions import C
from kit import CV, M, app, auto_reply, question, reply

MESSAGES = [
    # Construction: self_question — level — Mon niveau ? Un bac+3.
    C("self_question", "level", "Mon niveau ? Un bac+3.", M(
        "Lorine Cousin <lorine.cousin@example.org>", "Candidature", "03 10:00",
        """Bonjour,

Mon niveau ? Un bac+3. Mon diplôme ? Une licence pro Gestion des structures sociales, obtenue en juin
2026. Ce que je cherche ? Un poste dans une association d'aide sociale.

Lorine Cousin""",
        app("Lorine", "Cousin", phone=None, bac=3, grad="2026-06", status="mon_niveau_bac3"),
    )),
    # Construction: self_question — situation — Est-ce que je suis en stage ? Oui
    C("self_question", "situation", "Est-ce que je suis en stage ? Oui", M(
        "Antoine Mallet <antoine.mallet@example.net>", "Candidature", "04 09:15",
        """Bonjour,

Master de droit social, septembre 2025. Est-ce que je suis en stage ? Oui, jusqu'en avril, dans un
syndicat. Je cherche un emploi dans une mutuelle pour la suite.

Antoine Mallet""",
        app("Antoine", "Mallet", phone=None, bac=5, grad="2025-09", failing=["not_internship"],
            status="en_stage_oui_avril"),
    )),
    # Construction: self_question — graduation — Quand ai-je eu mon BTS ? En 2022.
    C("self_question", "graduation", "Quand ai-je eu mon BTS ? En 2022.", M(
        "Bryan Lemaître <bryan.lemaitre@example.com>", "candidature", "05 13:20",
        """Bonjour,
Quand ai-je eu mon BTS ? En 2022. Et depuis je cherche dans les assos. Vous pouvez m'aider ?
Bryan""",
        app("Bryan", "Lemaître", phone=None, bac=2, grad="2022", failing=["graduation_recent"],
            status="quand_bts_2022"),
    )),
    # Construction: self_question — situation — Un service civique en cours ? Non
    C("self_question", "situation", "Un service civique en cours ? Non", M(
        "Pauline Marchand <pauline.marchand@example.fr>", "Candidature", "06 10:35",
        """Bonjour,

Licence de langues, juin 2025. Un service civique en cours ? Non, terminé en juillet. Je cherche un
emploi dans une association d'accueil de personnes exilées.

Pauline Marchand""",
        app("Pauline", "Marchand", phone=None, bac=3, grad="2025-06", status="sc_en_cours_non"),
    )),
    # Construction: self_question — aim — Quel secteur ? Franchement, aucune idée.
    C("self_question", "aim", "Quel secteur ? Franchement, aucune idée.", M(
        "Damien Riou <damien.riou@example.org>", "Inscription", "07 11:10",
        """Bonjour,

Master d'histoire de l'art, juillet 2026. Quel secteur ? Franchement, aucune idée. Je veux juste
travailler.

Damien Riou""",
        app("Damien", "Riou", phone=None, bac=5, grad="2026-07", unknown=["job_seeking_ess"],
            status="quel_secteur_aucune_idee"),
    )),
    # Construction: self_question — aim — Ce que je veux faire ? Travailler dans une SCOP
    C("self_question", "aim", "Ce que je veux faire ? Travailler dans une SCOP", M(
        "Kévin Bastide <kevin.bastide@example.net>", "Candidature", "08 15:40",
        """Bonjour,

BTS Bâtiment obtenu en juillet 2026. Ce que je veux faire ? Travailler dans une SCOP du bâtiment, comme
conducteur de travaux adjoint.

Kévin Bastide""",
        app("Kévin", "Bastide", phone=None, bac=2, grad="2026-07", status="veux_travailler_scop"),
    )),
    # Construction: self_question — career_change — Pourquoi ce changement ?
    C("self_question", "career_change", "Pourquoi ce changement ?", M(
        "Franck Delorme <franck.delorme@example.com>", "Candidature", "09 09:05",
        """Bonjour,

Pourquoi ce changement ? Après quatorze ans comme vendeur en CDI, j'avais besoin de sens. Licence pro
Métiers de l'ESS obtenue en juin 2026 ; je cherche un poste en association.

Franck Delorme""",
        app("Franck", "Delorme", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="pourquoi_ce_changement"),
    )),
    # Construction: self_question — level — Mes diplômes ? Le bac, et c'est tout.
    C("self_question", "level", "Mes diplômes ? Le bac, et c'est tout.", M(
        "Ludovic Sanchez <ludovic.sanchez@example.fr>", "candidature", "10 14:25",
        """Bonjour,
Mes diplômes ? Le bac, et c'est tout. Mais je veux travailler dans une asso de quartier.
Ludo""",
        app("Ludovic", "Sanchez", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="diplomes_bac_cest_tout"),
    )),
    # Construction: self_question — studies_finished — Mon master est-il fini ? Pas tout à fait
    C("self_question", "studies_finished", "Mon master est-il fini ? Pas tout à fait", M(
        "Agnès Lebrun <agnes.lebrun@example.org>", "Candidature", "11 10:50",
        """Bonjour,

Licence obtenue en juin 2025. Mon master est-il fini ? Pas tout à fait : le jury se réunit le 10
décembre. Je cherche un poste dans une association de santé communautaire.

Agnès Lebrun""",
        app("Agnès", "Lebrun", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="master_fini_pas_tout_a_fait"),
    )),
    # Construction: self_question — aim — Ce que je cherche ? Un poste dans l'industrie pharmaceutique
    C("self_question", "aim", "Ce que je cherche ? Un poste dans l'industrie pharmaceutique", M(
        "Charlotte Weiss <charlotte.weiss@example.net>", "Candidature", "12 12:30",
        """Bonjour,

Master de biologie, juin 2026. Ce que je cherche ? Un poste dans l'industrie pharmaceutique, en affaires
réglementaires.

Charlotte Weiss""",
        app("Charlotte", "Weiss", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="cherche_industrie_pharma"),
    )),
    # Construction: self_question — level — Mon niveau ? Difficile à dire
    C("self_question", "level", "Mon niveau ? Difficile à dire", M(
        "Youssef Amrani <youssef.amrani@example.com>", "Candidature", "13 16:05",
        """Bonjour,

Mon niveau ? Difficile à dire : une formation privée de deux ans, non reconnue par l'État, terminée en
juin 2026. Je cherche un emploi dans une association d'aide aux jeunes.

Youssef Amrani""",
        app("Youssef", "Amrani", phone=None, bac=None, grad="2026-06", unknown=["degree_level"],
            status="niveau_difficile_a_dire"),
    )),
    # Construction: self_question — studies_finished — Études terminées ? Non
    C("self_question", "studies_finished", "Études terminées ? Non", M(
        "Lana Fournier <lana.fournier@example.fr>", "Candidature", "14 13:45",
        """Bonjour,

DUT obtenu en 2025. Études terminées ? Non, je suis en dernière année de licence jusqu'en juin. Je
cherche un emploi à mi-temps dans une coopérative.

Lana Fournier""",
        app("Lana", "Fournier", phone=None, bac=2, grad="2025", failing=["studies_finished"],
            status="etudes_terminees_non"),
    )),
    # Construction: self_question — graduation — Pourquoi ce mail ?
    C("self_question", "graduation", "Pourquoi ce mail ?", M(
        "Célestine Morin <celestine.morin@example.org>", "Candidature Pro'pulse", "15 11:15",
        """Bonjour,

Pourquoi ce mail ? Pour vous envoyer mon CV : tout y est. Je cherche un poste de chargée de projet dans
une association de l'économie sociale et solidaire.

Célestine Morin""",
        app("Célestine", "Morin", phone="+33687452310", bac=5, grad="2025-09", info_in="both",
            status="cv_master_2025_09"),
        cv=CV("odt", "CV_Celestine_Morin.odt", """
Célestine Morin
06 87 45 23 10
Formation
Septembre 2025 : Master Développement social urbain, Université de Lille
Expérience
Mars-août 2025 : stage, centre social du Faubourg (terminé)
"""),
    )),
    # Construction: self_question — kind — Qui peut candidater ?
    C("self_question", "kind", "Qui peut candidater ?", M(
        "Véronique Bailly <veronique.bailly@example.net>", "Question", "16 09:30",
        """Bonjour,
Qui peut candidater ? Je suppose qu'il faut un diplôme, mais lequel ? Je demande pour mon neveu.
Merci""",
        question(),
    )),
    # Construction: self_question — kind — Suis-je toujours intéressée ? Oui
    C("self_question", "kind", "Suis-je toujours intéressée ? Oui", M(
        "Mathilde Lemoine <mathilde.lemoine@example.com>", "Re: Toujours intéressée ?", "17 10:10",
        """Suis-je toujours intéressée ? Oui, bien sûr ! Je serai au rendez-vous.
Mathilde

> Le 16 nov. 2026, Pro'pulse a écrit :
> Êtes-vous toujours intéressée par l'accompagnement ?""",
        reply(),
        headers={"In-Reply-To": "<relance-1611@animafac.net>", "References": "<relance-1611@animafac.net>"},
    )),
    # Construction: english — graduation — Having finished my master's degree in June 2025
    C("english", "graduation", "Having finished my master's degree in June 2025", M(
        "Emily Carter <emily.carter@example.com>", "Application to Pro'pulse", "04 10:20",
        """Dear Pro'pulse team,

Having finished my master's degree in June 2025 at Sciences Po, I am looking for a job in a social
enterprise or a cooperative in Paris.

Best regards,
Emily Carter""",
        app("Emily", "Carter", phone=None, bac=5, grad="2025-06", language="en",
            status="en_having_finished_2025_06"),
    )),
    # Construction: english — situation — which will be completed in March
    C("english", "situation", "which will be completed in March", M(
        "Liam O'Brien <liam.obrien@example.net>", "Application", "05 11:40",
        """Hello,

I hold a bachelor's degree (June 2026) and I am currently doing an internship at a housing charity,
which will be completed in March. I'd like to find a job in the social economy afterwards.

Liam O'Brien""",
        app("Liam", "O'Brien", phone=None, bac=3, grad="2026-06", failing=["not_internship"], language="en",
            status="en_internship_completed_march"),
    )),
    # Construction: english — graduation — My degree was awarded in 2021
    C("english", "graduation", "My degree was awarded in 2021", M(
        "Sophie Müller <sophie.muller@example.org>", "Pro'pulse application", "06 14:05",
        """Hi,

My degree was awarded in 2021 (BA in sociology). I am now looking for a job in a French association.

Sophie Müller""",
        app("Sophie", "Müller", phone=None, bac=3, grad="2021", failing=["graduation_recent"], language="en",
            status="en_degree_awarded_2021"),
    )),
    # Construction: english — graduation — have been looking for work in the social economy
    C("english", "graduation", "have been looking for work in the social economy", M(
        "Daniel Osei <daniel.osei@example.com>", "Application", "07 09:50",
        """Dear team,

I have been looking for work in the social economy since I graduated in July 2026 with a master's in
public policy. I would love to join a cooperative or an association.

Daniel Osei""",
        app("Daniel", "Osei", phone=None, bac=5, grad="2026-07", language="en",
            status="en_looking_since_july_2026"),
    )),
    # Construction: english — graduation — I was awarded a bachelor's degree in 2024
    C("english", "graduation", "I was awarded a bachelor's degree in 2024", M(
        "Hannah Lewis <hannah.lewis@example.net>", "Application", "08 13:15",
        """Hello,

I was awarded a bachelor's degree in 2024 in Dublin. I am looking for a job in a French charity working
with young people.

Hannah Lewis""",
        app("Hannah", "Lewis", phone=None, bac=3, grad="2024", unknown=["graduation_recent"], language="en",
            status="en_awarded_bachelor_2024"),
    )),
    # Construction: english — situation — I'm currently serving as a service civique volunteer
    C("english", "situation", "I'm currently serving as a service civique volunteer", M(
        "Lucas Schneider <lucas.schneider@example.org>", "Application", "09 10:25",
        """Hi,

I'm currently serving as a service civique volunteer at a food bank until May. I hold a master's degree
(September 2025) and I'm looking for a job in an association afterwards.

Lucas Schneider""",
        app("Lucas", "Schneider", phone=None, bac=5, grad="2025-09", failing=["not_service_civique"],
            language="en", status="en_serving_service_civique"),
    )),
    # Construction: english — career_change — Having worked as an accountant for twelve years
    C("english", "career_change", "Having worked as an accountant for twelve years", M(
        "Mark Thompson <mark.thompson@example.com>", "Application", "10 11:55",
        """Dear Sir or Madam,

Having worked as an accountant for twelve years on a permanent contract, I went back to university and
obtained a master's in social economy in June 2026. I am looking for a job in a cooperative bank.

Mark Thompson""",
        app("Mark", "Thompson", phone=None, bac=5, grad="2026-06", failing=["not_career_change"],
            language="en", status="en_accountant_twelve_years"),
    )),
    # Construction: english — aim — Looking for any job, whatever the sector
    C("english", "aim", "Looking for any job, whatever the sector", M(
        "Chloe Bennett <chloe.bennett@example.net>", "Application", "11 14:40",
        """Hello,

Master's in literature, September 2026. Looking for any job, whatever the sector, as soon as possible.

Chloe Bennett""",
        app("Chloe", "Bennett", phone=None, bac=5, grad="2026-09", unknown=["job_seeking_ess"], language="en",
            status="en_any_job_any_sector"),
    )),
    # Construction: english — situation — My civic service was completed
    C("english", "situation", "My civic service was completed", M(
        "Ana Ribeiro <ana.ribeiro@example.org>", "Application Pro'pulse", "12 09:05",
        """Dear team,

My civic service was completed in June, and I got my bachelor's degree in July 2025. I am applying to find
a job in a French association working on inclusion.

Ana Ribeiro""",
        app("Ana", "Ribeiro", phone=None, bac=3, grad="2025-07", language="en",
            status="en_civic_service_completed"),
    )),
    # Construction: english — studies_finished — I'm still studying for my master's
    C("english", "studies_finished", "I'm still studying for my master's", M(
        "Jacob Wilson <jacob.wilson@example.com>", "Application", "13 15:30",
        """Hi,

I got my bachelor's in 2025 and I'm still studying for my master's, finishing in June. I'd like a
part-time job in a social enterprise meanwhile.

Jacob Wilson""",
        app("Jacob", "Wilson", phone=None, bac=3, grad="2025", failing=["studies_finished"], language="en",
            status="en_still_studying_master"),
    )),
    # Construction: english — graduation — graduated last spring
    C("english", "graduation", "graduated last spring", M(
        "Olivia Hughes <olivia.hughes@example.net>", "Application", "23 10:15",
        """Hello,

I graduated last spring with a master's in development studies, and I am looking for a job in a French
NGO or an association.

Olivia Hughes""",
        app("Olivia", "Hughes", phone=None, bac=5, grad="2026", language="en",
            status="en_graduated_last_spring"),
    )),
    # Construction: english — aim — aiming at a position in investment banking
    C("english", "aim", "aiming at a position in investment banking", M(
        "Ryan Patel <ryan.patel@example.com>", "Application", "14 12:20",
        """Hello,

I completed my master's in finance in June 2026 and I am aiming at a position in investment banking in
Paris.

Ryan Patel""",
        app("Ryan", "Patel", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"], language="en",
            status="en_aiming_investment_banking"),
    )),
    # Construction: english — level — having obtained my diploma from a polytechnic
    C("english", "level", "having obtained my diploma from a polytechnic", M(
        "Chinedu Okeke <chinedu.okeke@example.org>", "Application", "15 10:05",
        """Good morning,

I moved to Lyon this year, having obtained my diploma from a polytechnic in Nigeria in 2025. I am looking
for a job in an association supporting migrants.

Chinedu Okeke""",
        app("Chinedu", "Okeke", phone=None, bac=None, grad="2025", unknown=["degree_level"], language="en",
            status="en_polytechnic_diploma"),
    )),
    # Construction: english — kind — Can international graduates apply?
    C("english", "kind", "Can international graduates apply?", M(
        "Grace Kim <grace.kim@example.com>", "Question", "16 08:45",
        """Hello,
Can international graduates apply? Is the programme run in English too?
Thanks, Grace""",
        question(language="en"),
    )),
    # Construction: english — kind — I am currently out of the office
    C("english", "kind", "I am currently out of the office", M(
        "Peter Hall <peter.hall@example.net>", "Automatic reply: Pro'pulse", "16 10:00",
        """I am currently out of the office and will be returning on 30 November, with limited access to
email.""",
        auto_reply(),
    )),
]
