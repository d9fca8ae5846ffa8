# ruff: noqa: E501
"""Batch 8 — questions carrying facts: «est-ce grave si…», «puis-je postuler alors que…», “can I apply
if…”; a question that carries a fact about its writer is an application (the facts it leaves out are open),
the same question with no fact about the writer is a question."""

from discourse import D
from kit import M, app, newsletter, other, question, reply

MESSAGES = [
    # Discourse: question — date — «est-ce grave si mon diplôme date de 2023 ?»
    D("question", "date", M(
        frm="Manon Lefèvre <manon.lefevre@example.org>",
        subject="Question avant de candidater",
        date="02 20:40",
        body="""Bonjour, est-ce grave si ma licence de sociologie date de 2023 ? Je cherche un emploi dans une association d'insertion et j'aimerais être accompagnée. Manon Lefèvre""",
        truth=app("Manon", "Lefèvre", phone=None, bac=3, grad="2023", failing=("graduation_recent",), status="est_ce_grave_2023"),
    )),
    # Discourse: question — service_civique — «puis-je postuler alors que je suis en service civique jusqu'en mars ?»
    D("question", "service_civique", M(
        frm="Ethan Le Goff <ethan.legoff@example.net>",
        subject="Puis-je postuler ?",
        date="03 13:55",
        body="""Bonjour,

Puis-je postuler alors que je suis en service civique jusqu'en mars ? J'ai un BTS Développement de la relation client de juin 2026 et je voudrais ensuite travailler dans une coopérative.

Ethan Le Goff
07 18 52 63 40""",
        truth=app("Ethan", "Le Goff", phone="+33718526340", bac=2, grad="2026-06", failing=("not_service_civique",), status="puis_je_postuler_sc_mars"),
    )),
    # Discourse: question — level — «un BTS, ça suffit ?» with every other fact given
    D("question", "level", M(
        frm="Clémence Picard <clemence.picard@example.com>",
        subject="Un BTS suffit-il ?",
        date="04 10:20",
        body="""Bonjour,

Mon BTS Économie sociale familiale (juin 2026) suffit-il pour entrer dans le programme ? Je ne suis ni en stage ni en service civique, c'est mon premier emploi que je cherche, dans une association d'aide aux familles.

Clémence Picard
06 60 27 84 15""",
        truth=app("Clémence", "Picard", phone="+33660278415", bac=2, grad="2026-06", status="bts_suffit_il_tout_dit"),
    )),
    # Discourse: question — internship — «mon stage se termine le 4 décembre, dois-je attendre ?»
    D("question", "internship", M(
        frm="Adrien Caron <adrien.caron@example.org>",
        subject="Dois-je attendre la fin de mon stage ?",
        date="05 12:05",
        body="""Bonjour,

Mon stage de fin d'études se termine le 4 décembre : dois-je attendre cette date pour candidater ? Master ESS obtenu en septembre 2026, je cherche un poste dans une SCIC.

Adrien Caron
06 33 81 45 72""",
        truth=app("Adrien", "Caron", phone="+33633814572", bac=5, grad="2026-09", failing=("not_internship",), status="dois_je_attendre_stage_4_decembre"),
    )),
    # Discourse: question — studies — «je finis mon master en juin, est-ce trop tôt ?», one fact only
    D("question", "studies", M(
        frm="Inaya Mercier <inaya.mercier@example.net>",
        subject="Trop tôt ?",
        date="06 21:30",
        body="""Bonjour, je finis mon master en juin prochain : est-ce trop tôt pour vous écrire ?""",
        truth=app("Inaya", "Mercier", phone=None, bac="*", grad=None, failing=("studies_finished",), unknown=("graduation_recent", "job_seeking_ess"), status="finis_master_juin_trop_tot"),
    )),
    # Discourse: question — career_change — «est-ce que ça compte comme reconversion si j'ai été vendeuse trois ans pendant mes études ?»: a student job
    D("question", "career_change", M(
        frm="Charlotte Aubertin <charlotte.aubertin@example.com>",
        subject="Reconversion ou pas ?",
        date="07 15:40",
        body="""Bonjour,

Est-ce que ça compte comme une reconversion si j'ai été vendeuse le week-end pendant mes trois ans de licence ? J'ai eu ma licence d'AES en juin 2026 et je cherche un premier emploi dans une association d'accès aux droits.

Charlotte Aubertin
07 94 16 35 28""",
        truth=app("Charlotte", "Aubertin", phone="+33794163528", bac=3, grad="2026-06", status="reconversion_si_vendeuse_weekend"),
    )),
    # Discourse: question — ess_aim — "can I apply if I want to work in a tech start-up?"
    D("question", "ess_aim", M(
        frm="Ryan Walsh <ryan.walsh@example.com>",
        subject="Eligibility question",
        date="08 11:15",
        body="""Hi,

Can I still apply if what I want is a product job in a tech start-up? I got my Master's in Computer Science at Université de Lille in June 2026.

Ryan Walsh
+33 7 29 41 86 50""",
        truth=app("Ryan", "Walsh", phone="+33729418650", bac=5, grad="2026-06", failing=("job_seeking_ess",), language="en", status="en_can_i_apply_tech_startup"),
    )),
    # Discourse: question — date — «j'ai un BTS, c'est bon ?», one fact only: its date (and the aim) left open
    D("question", "date", M(
        frm="Yacine Belkacem <yacine.belkacem@example.org>",
        subject="BTS",
        date="09 19:20",
        body="""Bonjour j'ai un BTS c'est bon pour votre programme ?""",
        truth=app("Yacine", "Belkacem", phone=None, bac=2, grad=None, unknown=("graduation_recent", "job_seeking_ess"), status="jai_un_bts_cest_bon"),
    )),
    # Discourse: question — internship — «je suis en stage, puis-je quand même candidater ?», end not said
    D("question", "internship", M(
        frm="Justine Leroux <justine.leroux@example.net>",
        subject="Question stage",
        date="10 14:50",
        body="""Bonjour,

Je suis en stage en ce moment : puis-je quand même candidater ? J'ai un master de sciences politiques de juin 2026 et je cherche un poste dans une ONG.

Justine Leroux
06 46 93 20 81""",
        truth=app("Justine", "Leroux", phone="+33646932081", bac=5, grad="2026-06", failing=("not_internship",), status="en_stage_puis_je_candidater"),
    )),
    # Discourse: question — date — «mon diplôme date de fin 2024, est-ce trop vieux ?»: open
    D("question", "date", M(
        frm="Loïc Dumas <loic.dumas@example.com>",
        subject="Date du diplôme",
        date="11 10:35",
        body="""Bonjour,

Ma licence pro date de fin 2024 : est-ce trop vieux pour Pro'pulse ? Je cherche un emploi de technicien dans une coopérative d'énergie citoyenne.

Loïc Dumas
07 38 15 62 94""",
        truth=app("Loïc", "Dumas", phone="+33738156294", bac=3, grad="2024", unknown=("graduation_recent",), status="fin_2024_trop_vieux"),
    )),
    # Discourse: question — service_civique — «mon service civique est fini depuis juin, est-ce que ça pose problème ?»
    D("question", "service_civique", M(
        frm="Mathilde Perrot <mathilde.perrot@example.org>",
        subject="Service civique terminé",
        date="12 16:10",
        body="""Bonjour,

Mon service civique est terminé depuis juin : est-ce que ça pose un problème pour candidater ? Licence de lettres modernes, juin 2025. Je cherche un emploi dans une bibliothèque associative ou une association de lecture.

Mathilde Perrot
06 82 40 57 31""",
        truth=app("Mathilde", "Perrot", phone="+33682405731", bac=3, grad="2025-06", status="sc_fini_depuis_juin_probleme"),
    )),
    # Discourse: question — ess_aim — «est-ce que le programme vise seulement l'ESS ? moi je cherche juste un CDI»: open
    D("question", "ess_aim", M(
        frm="Kevin Morvan <kevin.morvan@example.net>",
        subject="Question",
        date="13 18:25",
        body="""Bonjour, est-ce que le programme vise seulement l'ESS ? Moi je cherche juste un CDI, peu importe où. J'ai un DUT GEA de juin 2025. Kevin Morvan 06 15 73 48 26""",
        truth=app("Kevin", "Morvan", phone="+33615734826", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="vise_seulement_ess_juste_cdi"),
    )),
    # Discourse: question — career_change — "does it matter that I worked before my degree?", field and length unsaid
    D("question", "career_change", M(
        frm="Aisha Adeyemi <aisha.adeyemi@example.com>",
        subject="Question about my background",
        date="16 09:50",
        body="""Hello,

Does it matter that I worked for a while before my degree? I got my Licence in Social Sciences in June 2026 and I want to work in a French association for migrants.

Aisha Adeyemi
+33 6 51 38 24 97""",
        truth=app("Aisha", "Adeyemi", phone="+33651382497", bac=3, grad="2026-06", unknown=("not_career_change",), language="en", status="en_does_it_matter_worked_before"),
    )),
    # Discourse: question — studies — «ma soutenance est passée, mais pas les résultats : puis-je candidater ?»: open
    D("question", "studies", M(
        frm="Émeline Robert <emeline.robert@example.org>",
        subject="Résultats pas encore publiés",
        date="17 13:30",
        body="""Bonjour,

J'ai soutenu mon mémoire de master 2 la semaine dernière, mais les résultats ne sont pas publiés : puis-je candidater dès maintenant ? J'ai un M1 de juin 2025 ; je vise une association de protection de l'enfance.

Émeline Robert
07 21 64 39 85""",
        truth=app("Émeline", "Robert", phone="+33721643985", bac=4, grad="2025-06", unknown=("studies_finished",), status="soutenance_passee_resultats_pas_publies"),
    )),
    # Discourse: question — kind — «un étudiant en service civique peut-il candidater ?», no fact about the writer
    D("question", "kind", M(
        frm="Pauline Giraud <pauline.giraud@example.net>",
        subject="Service civique et Pro'pulse",
        date="04 11:00",
        body="""Bonjour, une personne en service civique peut-elle candidater, ou faut-il attendre la fin de sa mission ? Merci.""",
        truth=question(),
    )),
    # Discourse: question — kind — "is a BTS enough?", asked in general
    D("question", "kind", M(
        frm="Emma Clarke <emma.clarke@example.com>",
        subject="Entry level",
        date="08 16:30",
        body="""Hello, is a two-year degree (BTS or DUT) enough to join the programme, or do you require a Licence?""",
        truth=question(language="en"),
    )),
    # Discourse: question — kind — a question about the calendar
    D("question", "kind", M(
        frm="Lydia Bernier <lydia.bernier@example.org>",
        subject="Durée de l'accompagnement",
        date="12 09:15",
        body="""Bonjour, combien de temps dure l'accompagnement, et les séances ont-elles lieu en visio ?""",
        truth=question(),
    )),
    # Discourse: question — kind — a reply in our thread asking a question
    D("question", "kind", M(
        frm="Sacha Moreau <sacha.moreau@example.com>",
        subject="Re: Votre rendez-vous Pro'pulse",
        date="15 10:50",
        headers={"In-Reply-To": "<1207734.0098@animafac.net>", "References": "<1207734.0098@animafac.net>"},
        body="""Bonjour, le rendez-vous peut-il se faire par téléphone plutôt qu'en visio ? Merci, Sacha

> Votre rendez-vous est fixé au 2 décembre à 14 h, en visio.""",
        truth=reply(),
    )),
    # Discourse: question — kind — a newsletter titled with a question
    D("question", "kind", M(
        frm="Avise Infos <infos@avise-lettre.example.org>",
        subject="Comment recruter un jeune diplômé dans l'ESS ?",
        date="19 07:00",
        headers={"List-Unsubscribe": "<https://avise-lettre.example.org/stop>", "Precedence": "bulk"},
        body="""Comment recruter un jeune diplômé ? Nos fiches pratiques et nos conseils du mois.

Se désinscrire : https://avise-lettre.example.org/stop""",
        truth=newsletter(),
    )),
    # Discourse: question — kind — a journalist's request (other by the corpora's convention)
    D("question", "kind", M(
        frm="Julien Ferry <j.ferry@journal-ouest.example.fr>",
        subject="Demande d'interview",
        date="20 11:40",
        body="""Bonjour, je prépare un article sur l'emploi des jeunes diplômés dans l'ESS : pourrais-je interroger un membre de votre équipe la semaine prochaine ?

Julien Ferry, journaliste""",
        truth=other(),
    )),
]
