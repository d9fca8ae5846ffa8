"""Polarity corpus, batch 04 (writer A): negative quantifiers and pronouns («Stage en cours : aucun»,
«rien validé depuis 2021», «aucune reconversion», «aucune offre», «aucune équivalence», «nulle part ailleurs»,
"no such user"), scope and modality («je ne dirais pas que c'est une reconversion», «pas sans mal», «je ne
pense pas que…», «pas forcément», «tous mes stages ne sont pas finis», «il n'est pas impossible que…») and
the same operators in English ("no longer", "still", "already", "not yet", "hardly", "wouldn't call it",
"only", "never"), and other mail with the same operators."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, other, question, reply
from polarity import N

MESSAGES = [
    # Feature: negative_quantifier — situation — Stage en cours : aucun
    # operated: «aucun» on «Stage en cours» (CV) with «Service civique : non» → neither running → meets
    N("negative_quantifier", "situation", "Stage en cours : aucun", M(
        "Jérémie Vautrin <jeremie.vautrin@example.net>", "Candidature Pro'pulse – Jérémie Vautrin", "02 09:58",
        """Bonjour,

Je vous adresse ma candidature et mon CV. Je cherche un emploi de chargé d'accueil ou d'animation dans une association d'éducation à l'environnement.

Bien cordialement,
Jérémie Vautrin""",
        app("Jérémie", "Vautrin", phone="+33638470219", bac=3, grad="2025-06", info_in="both", status="stage_en_cours_aucun_cv"),
        cv=CV("docx", "CV_Jeremie_Vautrin.docx", """Jérémie Vautrin
06 38 47 02 19 – jeremie.vautrin@example.net
Diplôme : licence Sciences de la vie et de la Terre, Université de Franche-Comté, juin 2025
Stage en cours : aucun
Service civique : non
Permis B : non
Bénévolat : guide nature, association Les Amis du Doubs"""),
    )),
    # Feature: negative_quantifier — graduation — rien validé depuis 2021
    # operated: «rien» on «validé depuis 2021» → the last diploma is the licence of 2021 → fails graduation_recent
    N("negative_quantifier", "graduation", "rien validé depuis 2021", M(
        "Chiara Lombardi <chiara.lombardi@example.com>", "candidature", "03 14:27",
        """Bonjour,

J'ai une licence de lettres modernes de 2021. J'ai commencé un master ensuite mais je l'ai abandonné, donc rien validé depuis 2021. Je voudrais travailler dans une association de lecture publique ou d'alphabétisation.

Chiara Lombardi
06 22 91 35 48""",
        app("Chiara", "Lombardi", phone="+33622913548", bac=3, grad="2021", failing=("graduation_recent",), status="rien_valide_depuis_2021"),
    )),
    # Feature: negative_quantifier — career_change — aucune reconversion
    # operated: «aucune» on «reconversion» → only student jobs before the 2026 BTS → meets not_career_change
    N("negative_quantifier", "career_change", "aucune reconversion", M(
        "Nolwenn Ferrand <nolwenn.ferrand@example.fr>", "Candidature – BTS ESF juillet 2026", "04 11:06",
        """Bonjour,

BTS Économie sociale et familiale obtenu en juillet 2026. Aucune reconversion dans mon parcours : bac en 2024, BTS juste après, et des jobs d'été en centre de loisirs.

Je souhaite travailler comme conseillère dans une association d'accompagnement budgétaire.

Nolwenn Ferrand
07 48 26 13 90""",
        app("Nolwenn", "Ferrand", phone="+33748261390", bac=2, grad="2026-07", status="aucune_reconversion_bts"),
    )),
    # Feature: negative_quantifier — aim — Je n'ai trouvé aucune offre dans l'ESS, donc je cherche désormais en grande distribution
    # operated: «aucune» on «offre dans l'ESS», then the search moved to mass retail → fails job_seeking_ess
    N("negative_quantifier", "aim", "Je n'ai trouvé aucune offre dans l'ESS, donc je cherche désormais en grande distribution", M(
        "Mehdi Zerrouki <mehdi.zerrouki@example.org>", "candidature quand même", "05 22:13",
        """Bonsoir,

Licence pro Management des organisations, juin 2025. Je n'ai trouvé aucune offre dans l'ESS, donc je cherche désormais en grande distribution, comme manager de rayon. Je vous écris au cas où votre programme accompagne aussi ce genre de projet.

Mehdi Zerrouki
06 90 51 28 36""",
        app("Mehdi", "Zerrouki", phone="+33690512836", bac=3, grad="2025-06", failing=("job_seeking_ess",), status="aucune_offre_ess_grande_distribution"),
    )),
    # Feature: negative_quantifier — level — aucune équivalence n'a été faite
    # ambiguous: a three-year «graduat» from Kinshasa with no equivalence statement: surely higher education, but its French level cannot be settled by a careful reader
    # operated: «aucune» on «équivalence» (the graduat) → French level unknown → open degree_level
    N("negative_quantifier", "level", "aucune équivalence n'a été faite", M(
        "Prisca Mukendi <prisca.mukendi@example.net>", "Candidature Pro'pulse", "06 10:45",
        """Bonjour,

J'ai obtenu en 2025 un graduat en sciences commerciales et financières à Kinshasa (trois ans après le diplôme d'État). Je suis en France depuis un an et aucune équivalence n'a été faite pour l'instant.

Je cherche un emploi dans une association d'aide aux personnes exilées ou une épicerie solidaire.

Prisca Mukendi
07 53 84 20 61""",
        app("Prisca", "Mukendi", phone="+33753842061", bac="*", grad="2025", unknown=("degree_level",), status="aucune_equivalence_graduat"),
    )),
    # Feature: negative_quantifier — aim — Je ne me vois nulle part ailleurs que dans une SCOP
    # operated: «nulle part ailleurs que» on «dans une SCOP» → a cooperative-only search → meets job_seeking_ess
    N("negative_quantifier", "aim", "Je ne me vois nulle part ailleurs que dans une SCOP", M(
        "Félix Oberlin <felix.oberlin@example.com>", "Candidature", "07 13:31",
        """Bonjour,

Master Gestion des entreprises de l'économie sociale (Le Mans, septembre 2025). J'ai fait mon alternance dans une SCOP du bâtiment et je ne me vois nulle part ailleurs que dans une SCOP, ou une SCIC à la rigueur.

Félix Oberlin
06 11 64 72 05""",
        app("Félix", "Oberlin", phone="+33611647205", bac=5, grad="2025-09", status="nulle_part_ailleurs_scop"),
    )),
    # Feature: negative_quantifier — kind — 550 5.1.1 no such user
    # operated: «no» on «such user» → our mail refused → kind bounce
    N("negative_quantifier", "kind", "550 5.1.1 no such user", M(
        "MAILER-DAEMON@mx2.example.org", "Undelivered Mail Returned to Sender", "08 03:17",
        """This is the mail system at host mx2.example.org.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<anissa.haddad@example.org>: host mx2.example.org said: 550 5.1.1 no such user""",
        bounce("anissa.haddad@example.org"),
        bounce="Reporting-MTA: dns; mx2.example.org\nAction: failed\nFinal-Recipient: rfc822; anissa.haddad@example.org\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user",
    )),
    # Feature: negative_quantifier — kind — aucune salle n'est disponible le 3 décembre
    # operated: «aucune» on «salle … disponible» → a venue's logistics mail → kind other
    N("negative_quantifier", "kind", "aucune salle n'est disponible le 3 décembre", M(
        "Maison des associations de Vénissieux <reservations@mda-venissieux.example.fr>", "Votre demande de réservation", "09 15:50",
        """Bonjour,

Suite à votre demande pour l'atelier collectif, aucune salle n'est disponible le 3 décembre. Nous pouvons vous proposer le 10 décembre, salle Rosa-Parks, de 14 h à 17 h.

Le service réservations""",
        other(),
    )),
    # Feature: scope_and_modality — situation — je ne pense pas que mon stage aille au-delà de fin novembre
    # ambiguous: negation raising on the end of an internship: «je ne pense pas que… au-delà de fin novembre» hedges an end around the 30th, after the reading day: a careful reader cannot tell it over
    # operated: «ne … pas» raised over «penser» on «mon stage aille au-delà de fin novembre» → end hedged near 2026-11-30 → open not_internship
    N("scope_and_modality", "situation", "je ne pense pas que mon stage aille au-delà de fin novembre", M(
        "Manon Delattre <manon.delattre@example.org>", "Candidature Pro'pulse", "10 18:26",
        """Bonjour,

Licence pro Gestion de projets culturels obtenue en juin 2026. Je suis en stage dans une compagnie de théâtre associative, et je ne pense pas que mon stage aille au-delà de fin novembre : la convention prévoit une prolongation possible, on en discute.

Je cherche un poste d'administratrice dans une association culturelle.

Manon Delattre
06 69 38 10 52""",
        app("Manon", "Delattre", phone="+33669381052", bac=3, grad="2026-06", unknown=("not_internship",), status="pense_pas_stage_au_dela_novembre"),
    )),
    # Feature: scope_and_modality — career_change — je ne dirais pas que c'est une reconversion
    # operated: «ne … pas» over «dirais» on «c'est une reconversion» → twelve years of bank accounting before the 2026 licence pro: the facts make it one → fails not_career_change
    N("scope_and_modality", "career_change", "je ne dirais pas que c'est une reconversion", M(
        "Philippe Arsenault <philippe.arsenault@example.com>", "Candidature – licence pro ESS", "11 08:41",
        """Madame, Monsieur,

J'ai été comptable dans une banque régionale pendant douze ans, jusqu'en 2024, puis j'ai obtenu en juin 2026 une licence professionnelle Gestion des organisations de l'économie sociale. Je ne dirais pas que c'est une reconversion : les chiffres restent mon métier, seulement au service d'associations.

Je cherche un poste de responsable administratif et financier dans une association.

Philippe Arsenault
06 57 82 46 19""",
        app("Philippe", "Arsenault", phone="+33657824619", bac=3, grad="2026-06", failing=("not_career_change",), status="dirais_pas_reconversion_banque"),
    )),
    # Feature: scope_and_modality — graduation — Pas sans mal, mais je l'ai eu
    # operated: «pas sans mal» on «je l'ai eu» (double negation: the BTS, July 2025) → obtained 2025-07 → recent
    N("scope_and_modality", "graduation", "Pas sans mal, mais je l'ai eu", M(
        "Kenza Belmadani <kenza.belmadani@example.fr>", "candidature BTS", "12 12:33",
        """Bonjour,

Mon BTS SP3S, en juillet 2025 ? Pas sans mal, mais je l'ai eu, au rattrapage. Ce n'est pas rien pour moi, je suis la première de ma famille à avoir un diplôme après le bac.

Je voudrais travailler dans une association d'aide à domicile.

Kenza Belmadani
07 06 43 95 27""",
        app("Kenza", "Belmadani", phone="+33706439527", bac=2, grad="2025-07", status="pas_sans_mal_bts"),
    )),
    # Feature: scope_and_modality — aim — pas forcément dans une association, mais dans l'ESS, oui
    # operated: «pas forcément» on «dans une association» (its scope stops at the kind of structure), «mais dans l'ESS, oui» → an ESS search → meets job_seeking_ess
    N("scope_and_modality", "aim", "pas forcément dans une association, mais dans l'ESS, oui", M(
        "Timothée Rouquette <timothee.rouquette@example.net>", "Candidature", "13 16:04",
        """Bonjour,

DUT Information-communication, juin 2025. Je cherche un poste de chargé de communication, pas forcément dans une association, mais dans l'ESS, oui : une mutuelle, une coopérative ou une fondation me conviendraient tout autant.

Timothée Rouquette
06 40 27 83 61""",
        app("Timothée", "Rouquette", phone="+33640278361", bac=2, grad="2025-06", status="pas_forcement_association_mais_ess"),
    )),
    # Feature: scope_and_modality — situation — tous mes stages ne sont pas finis
    # ambiguous: the scope of «ne … pas» over «tous»: «not all are finished» (one running) or «none is finished»; either way the one running now is not named or dated, a careful reader cannot settle it
    # operated: «tous … ne … pas» on «mes stages … finis» → at least one internship may run, undated → open not_internship
    N("scope_and_modality", "situation", "tous mes stages ne sont pas finis", M(
        "Yasmina Cherifi <yasmina.cherifi@example.com>", "candidature + question", "14 09:22",
        """Bonjour,

J'ai une licence de géographie (juin 2025) et j'ai fait plusieurs stages depuis pour trouver ma voie ; tous mes stages ne sont pas finis, mais je peux me libérer pour un emploi. Je cherche dans les associations de protection de la nature.

Yasmina Cherifi
06 84 51 07 93""",
        app("Yasmina", "Cherifi", phone="+33684510793", bac=3, grad="2025-06", unknown=("not_internship",), status="tous_stages_pas_finis"),
    )),
    # Feature: scope_and_modality — situation — il n'est pas impossible qu'il soit prolongé
    # operated: «pas impossible» on «qu'il soit prolongé» (litotes), while the civic service «se termine le 18 décembre» → running now → fails not_service_civique
    N("scope_and_modality", "situation", "Mon service civique se termine le 18 décembre, et il n'est pas impossible qu'il soit prolongé", M(
        "Ambre Castagnet <ambre.castagnet@example.org>", "candidature pro'pulse", "15 11:57",
        """Bonjour,

J'ai un BTS Économie sociale et familiale (juin 2025). Mon service civique se termine le 18 décembre, et il n'est pas impossible qu'il soit prolongé de quelques semaines. Je préfère candidater dès maintenant pour un poste de conseillère dans une association.

Ambre Castagnet
07 28 63 40 15""",
        app("Ambre", "Castagnet", phone="+33728634015", bac=2, grad="2025-06", failing=("not_service_civique",), status="pas_impossible_sc_prolonge"),
    )),
    # Feature: scope_and_modality — kind — ce n'est pas impossible
    # operated: «pas impossible» on «la salle du haut risque d'être prise» (litotes) → a partner's logistics mail → kind other
    N("scope_and_modality", "kind", "ce n'est pas impossible", M(
        "Thibault Renaudin <t.renaudin@example.com>", "Atelier du 10 décembre", "16 13:45",
        """Bonjour,

Pour l'atelier du 10 décembre, la salle du haut risque d'être prise par le conseil d'administration, ce n'est pas impossible. Je vous confirme la semaine prochaine.

Thibault Renaudin
Maison des associations""",
        other(),
    )),
    # Feature: scope_and_modality — kind — n'a pas pu être remis
    # operated: «ne … pas pu» on «être remis» → our mail refused (mailbox full) → kind bounce
    N("scope_and_modality", "kind", "n'a pas pu être remis", M(
        "Postmaster <postmaster@mail.example.fr>", "Non remis : Votre candidature à Pro'pulse", "17 04:02",
        """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

louis.martel-ndiaye@example.fr : la boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.""",
        bounce("louis.martel-ndiaye@example.fr"),
        bounce="Reporting-MTA: dns; mail.example.fr\nAction: failed\nFinal-Recipient: rfc822; louis.martel-ndiaye@example.fr\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: english_polarity — situation — My civic service is no longer running
    # operated: «no longer» on «running» (the civic service, ended in September) → over → meets
    N("english_polarity", "situation", "My civic service is no longer running", M(
        "Hannah Whitfield <hannah.whitfield@example.org>", "Application – Hannah Whitfield", "18 10:20",
        """Dear Pro'pulse team,

I graduated with a licence in sociology from Université de Rennes 2 in June 2025. My civic service is no longer running: it ended in September, after eight months with a youth association in Rennes.

I am now looking for a job in a non-profit working with young people.

Best regards,
Hannah Whitfield
07 15 86 32 40""",
        app("Hannah", "Whitfield", phone="+33715863240", bac=3, grad="2025-06", language="en", status="en_sc_no_longer_running"),
    )),
    # Feature: english_polarity — situation — I am still doing my internship until February
    # operated: «still» on «doing my internship until February» → internship running until 2027-02 → fails not_internship
    N("english_polarity", "situation", "I am still doing my internship until February", M(
        "Mateo Alvarez <mateo.alvarez@example.com>", "Pro'pulse – application", "18 15:12",
        """Hi,

I got my master's in development economics from Université Clermont Auvergne in September 2025. I am still doing my internship until February, at a fair-trade cooperative in Lyon, and I would like a job in the social economy afterwards.

Thank you,
Mateo Alvarez
06 29 74 15 80""",
        app("Mateo", "Alvarez", phone="+33629741580", bac=5, grad="2025-09", failing=("not_internship",), language="en", status="en_still_internship_february"),
    )),
    # Feature: english_polarity — graduation — I have already got my master's
    # operated: «already» on «got my master's» (July 2026, in the CV) → graduation 2026-07 → recent
    N("english_polarity", "graduation", "I have already got my master's", M(
        "Grace Adeyemi <grace.adeyemi@example.net>", "Application and CV", "19 08:55",
        """Hello,

My adviser thought I was still a student, but I have already got my master's — the details are in my CV. I would love to work for a foundation or a charity supporting refugees.

Kind regards,
Grace Adeyemi""",
        app("Grace", "Adeyemi", phone="+33767208413", bac=5, grad="2026-07", language="en", info_in="both", status="en_already_master"),
        cv=CV("pdf", "Grace_Adeyemi_CV.pdf", """Grace Adeyemi
+33 7 67 20 84 13 – grace.adeyemi@example.net
EDUCATION
July 2026 – Master's in Migration Studies, Université Paris 8
2024 – Licence in English and Political Science
CURRENT INTERNSHIP: none"""),
    )),
    # Feature: english_polarity — aim — I am no longer interested in non-profits
    # operated: «no longer» on «interested in non-profits», then banks and consulting firms → fails job_seeking_ess
    N("english_polarity", "aim", "I am no longer interested in non-profits", M(
        "Lukas Becker <lukas.becker@example.org>", "Application", "19 17:48",
        """Hello,

I have a licence in economics from Université de Strasbourg (June 2026). To be frank, I am no longer interested in non-profits; I am applying to banks and consulting firms. Could your programme still help me?

Lukas Becker
06 73 40 19 52""",
        app("Lukas", "Becker", phone="+33673401952", bac=3, grad="2026-06", failing=("job_seeking_ess",), language="en", status="en_no_longer_nonprofits"),
    )),
    # Feature: english_polarity — level — never been assessed by ENIC-NARIC
    # ambiguous: a two-year Scottish HND never assessed: it may or may not count as bac+2 in France, a careful reader cannot settle the level
    # operated: «never» on «been assessed by ENIC-NARIC» (the HND, 2025) → French level unknown → open degree_level
    N("english_polarity", "level", "never been assessed by ENIC-NARIC", M(
        "Fiona MacLeod <fiona.macleod@example.com>", "Application from Glasgow", "20 10:11",
        """Hello,

I hold an HND in Social Sciences from a college in Glasgow (2025, two years full time). It has never been assessed by ENIC-NARIC, so I don't know whether it counts as a bac+2 in France. I now live in Lille and want to work for a community association.

Fiona MacLeod
07 69 21 05 38""",
        app("Fiona", "MacLeod", phone="+33769210538", bac="*", grad="2025", unknown=("degree_level",), language="en", status="en_hnd_never_assessed"),
    )),
    # Feature: english_polarity — career_change — I wouldn't call it a career change
    # ambiguous: «a few years» in retail before a licence in the field of the aim: a careful reader cannot tell a career change from a stopgap
    # operated: «wouldn't» on «call it a career change», with «a few years» in retail → open not_career_change
    N("english_polarity", "career_change", "I wouldn't call it a career change", M(
        "Aryan Mehta <aryan.mehta@example.net>", "Application – social work", "20 19:30",
        """Hi there,

I worked in retail for a few years after school, then did a licence in social work at Université de Lille, finished in June 2026. I wouldn't call it a career change; the shop was a way to pay the rent.

I am looking for a job in a social action association.

Aryan Mehta
06 44 19 82 07""",
        app("Aryan", "Mehta", phone="+33644198207", bac=3, grad="2026-06", unknown=("not_career_change",), language="en", status="en_wouldnt_call_career_change"),
    )),
    # Feature: english_polarity — aim — She is still job-hunting, and only in the non-profit sector
    # operated: «still» and «only» on «job-hunting … in the non-profit sector» (the applicant, referred) → an ESS search going on → meets job_seeking_ess
    N("english_polarity", "aim", "She is still job-hunting, and only in the non-profit sector", M(
        "Rachel Osei – Maison de l'emploi <r.osei@mde-roubaix.example.org>", "Referral: Ngozi Eze", "21 14:05",
        """Dear colleagues,

I am referring Ngozi Eze, who completed a BUT Carrières sociales at IUT de Tourcoing in June 2026. She is still job-hunting, and only in the non-profit sector: youth work, housing, refugee support.

You can reach her at ngozi.eze@example.org or on 07 42 68 10 97.

Best,
Rachel Osei
Employment adviser""",
        app("Ngozi", "Eze", phone="+33742681097", bac=3, grad="2026-06", language="en", email="ngozi.eze@example.org", forwarded_by="r.osei@mde-roubaix.example.org", status="en_referral_still_only_nonprofit"),
    )),
    # Feature: english_polarity — kind — only accept applicants who have never done a civic service
    # operated: «only» and «never» on «applicants who have … done a civic service» in a general question → kind question
    N("english_polarity", "kind", "only accept applicants who have never done a civic service", M(
        "Jamie Turner <jamie.turner@example.com>", "Quick question", "22 11:40",
        """Hello,

Is it true that you only accept applicants who have never done a civic service? A friend told me so and I find it hard to believe.

Thanks,
Jamie""",
        question(language="en"),
    )),
    # Feature: english_polarity — kind — I haven't received the form yet
    # operated: «not … yet» on «received the form» in our thread → no personal fact → kind reply
    N("english_polarity", "kind", "I haven't received the form yet", M(
        "Sofia Lindgren <sofia.lindgren@example.org>", "Re: Your Pro'pulse registration form", "23 09:03",
        """Hello,

Thanks for your message. I haven't received the form yet; could you send it again, perhaps as a PDF?

Sofia

On 20 Nov 2026, Pro'pulse wrote:
> Please find the registration form in our next message.""",
        reply(),
        headers={"In-Reply-To": "<form-lindgren-2011@animafac.net>", "References": "<form-lindgren-2011@animafac.net>"},
    )),
]
