"""Updates corpus, batch 04 (writer A): third_party_then_self (a mission locale adviser then the young woman
correcting her BTS, and the adviser's reply in our thread; a mother then her son still in L3; a BTS teacher
then the student aiming at a company; the young man first, then his apprenticeship tutor), english_updates (an
internship ended early; "Correction: not a master's"; a question then "Following up on my email"; a civic
service started since) and updates_other_mail (a newsletter sent twice; an employer following up; a careers
adviser's referral then the student's own auto-reply; a father's referral then a bounce of his daughter's
student address). Messages in arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from updates import N

MESSAGES = [
    # Feature: english_updates — situation — an internship at a housing charity until 31 January
    # route: Oliver's first mail (en); the MA of September 2026, an internship running to 31 January 2027 in the first paragraph → application (en); bac+5 of 2026 but an internship running → fails not_internship → not eligible
    N("english_updates", "situation", "an internship at a housing charity until 31 January", M(
        "Oliver Grant <oliver.grant@gmail.com>", "Application - Oliver Grant", "10-03 12:40",
        """Dear Pro'pulse team,

I finished an MA in Urban Studies at the University of Bristol in September 2026 and moved to Lyon. I am currently doing an internship at a housing charity until 31 January.

After that I would like to find a job with an association working on housing or homelessness. Would I be eligible for your programme?

Kind regards,
Oliver Grant""",
        app("Oliver", "Grant", phone=None, bac=5, grad="2026-09", failing=("not_internship",), language="en", status="oliver_ma_internship_january"),
    ), person="oliver_grant"),
    # Feature: third_party_then_self — graduation — obtenu en 2025
    # route: a mission locale adviser presents Yasmine (the adviser's address as From, Yasmine's own contacts given): a BTS said obtained in 2025, an association sought → application, referral; bac+2 of 2025, ESS sought → eligible
    N("third_party_then_self", "graduation", "obtenu en 2025", M(
        "Sandrine Vidal <sandrine.vidal@missionlocale-roubaix.example.fr>", "Orientation d'une jeune vers Pro'pulse", "10-07 10:25",
        """Bonjour,

Je suis conseillère à la mission locale de Roubaix et j'accompagne Yasmine Belkacem, 22 ans. Avec son BTS Management commercial opérationnel obtenu en 2025, elle cherche un poste d'assistante de gestion dans une association.

Vous pouvez la joindre directement : yasmine.belkacem@gmail.com, 06 52 37 18 40.

Bien cordialement,
Sandrine Vidal
Conseillère en insertion professionnelle
Mission locale de Roubaix - 03 20 00 00 00""",
        app("Yasmine", "Belkacem", phone="+33652371840", bac=2, grad="2025", email="yasmine.belkacem@gmail.com", forwarded_by="sandrine.vidal@missionlocale-roubaix.example.fr", status="yasmine_orientee_mission_locale"),
    ), person="yasmine_belkacem"),
    # Feature: updates_other_mail — career_change — il souhaite se reconvertir
    # route: a university careers adviser presents Rémi with his CV (odt), Rémi's own address given: a master of June 2026 after ten years as a sales rep, «il souhaite se reconvertir» → application, referral; bac+5 of 2026, a career change → fails not_career_change → not eligible
    N("updates_other_mail", "career_change", "il souhaite se reconvertir", M(
        "Anne Klein <anne.klein@unistra.example.fr>", "Candidature de Rémi Fournier", "10-08 14:15",
        """Bonjour,

Je me permets de vous présenter Rémi Fournier, qui vient d'obtenir (juin 2026) notre master « économie sociale et solidaire ». Après dix ans comme commercial dans la grande distribution, il souhaite se reconvertir et devenir chargé de développement dans une coopérative.

Son CV est en pièce jointe ; son adresse : remi.fournier@laposte.net.

Cordialement,
Anne Klein
Service d'orientation et d'insertion professionnelle
Université de Strasbourg""",
        app("Rémi", "Fournier", phone=None, bac=5, grad="2026-06", failing=("not_career_change",), email="remi.fournier@laposte.net", forwarded_by="anne.klein@unistra.example.fr", status="remi_suio_reconversion"),
        cv=CV("odt", "CV_Remi_Fournier.odt", """Rémi Fournier
remi.fournier@laposte.net
Formation
2026 Master Économie sociale et solidaire, Université de Strasbourg
2014 BTS Négociation et relation client
Expériences
2015-2025 Commercial, enseigne de grande distribution, Strasbourg"""),
    ), person="remi_fournier"),
    # Feature: english_updates — level — a master's in social economy
    # route: Ana's first mail (en); a master's in social economy of 2025, a cooperative sought → application (en); bac+5 of 2025, ESS sought → eligible
    N("english_updates", "level", "a master's in social economy", M(
        "Ana Souza <ana.souza.br@gmail.com>", "Pro'pulse - application", "10-11 16:20",
        """Hello,

My name is Ana Souza, I'm Brazilian and I have lived in Marseille since last year. I hold a master's in social economy from the Federal University of Bahia (July 2025).

I would love to work for a cooperative or a fair-trade association in France. Can I apply to your programme?

Obrigada and best regards,
Ana Souza""",
        app("Ana", "Souza", phone=None, bac=5, grad="2025-07", language="en", status="ana_master_social_economy"),
    ), person="ana_souza"),
    # Feature: english_updates — level — Correction: it's not a master's
    # route: Ana's second mail (en); "Correction: it's not a master's, it's a one-year professional certificate" wins over the master's of her first mail → application (en); a one-year certificate after secondary school, below bac+2 → fails degree_level → not eligible
    N("english_updates", "level", "Correction: it's not a master's", M(
        "Ana Souza <ana.souza.br@gmail.com>", "Correction - Pro'pulse application", "10-12 09:05",
        """Hello again,

Correction: it's not a master's, it's a one-year professional certificate in social economy (curso de extensão) that I completed in July 2025. I translated it wrongly yesterday, sorry. Before that I only finished secondary school.

I'm still looking for a cooperative or a fair-trade association.

Ana""",
        app("Ana", "Souza", phone=None, bac=1, grad="2025-07", failing=("degree_level",), language="en", status="ana_correction_certificate"),
    ), person="ana_souza"),
    # Feature: third_party_then_self — aim — il cherche du travail
    # ambiguous: the mother says only «il cherche du travail, dans n'importe quel domaine»: job_seeking_ess open
    # route: a mother writes for her son Théo (her address as From, none of his contacts): a licence finished in June 2026, an aim of any kind → application, referral; bac+3 of 2026, the aim's sector unknown → job_seeking_ess open → to verify
    N("third_party_then_self", "aim", "il cherche du travail", M(
        "Catherine Girard <catherine.girard@orange.fr>", "Pour mon fils", "10-12 20:45",
        """Bonjour,

Je vous écris pour mon fils Théo Girard, 21 ans. Il a fini sa licence d'histoire en juin à Nantes et il cherche du travail, dans n'importe quel domaine. Il n'ose pas vous écrire lui-même.

Pourriez-vous me dire si votre programme peut l'aider ?

Merci beaucoup,
Catherine Girard""",
        app("Théo", "Girard", phone=None, bac=3, grad="2026-06", unknown=("job_seeking_ess",), email=None, forwarded_by="catherine.girard@orange.fr", status="theo_ecrit_par_sa_mere"),
    ), person="theo_girard"),
    # Feature: updates_other_mail — kind — La Lettre de l'Atelier ESS
    # route: a network's monthly newsletter (List-Unsubscribe, Precedence bulk), sent first → newsletter
    N("updates_other_mail", "kind", "La Lettre de l'Atelier ESS", M(
        "L'Atelier ESS Lyon <lettre@atelier-ess-lyon.example.org>", "La Lettre de l'Atelier ESS - octobre 2026", "10-15 07:00",
        """La Lettre de l'Atelier ESS - octobre 2026

Forum de l'emploi solidaire : mardi 17 novembre, de 9 h à 17 h, à la Halle Tony-Garnier. Trente employeurs de l'ESS présents.

Atelier CV : chaque jeudi de novembre, sur inscription.

Portrait : Léonie, chargée de mission dans une coopérative d'habitants.

Pour vous désinscrire : https://atelier-ess-lyon.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://atelier-ess-lyon.example.org/desinscription>", "Precedence": "bulk"},
    ), person="atelier_ess_lyon"),
    # Feature: third_party_then_self — aim — une mission dans l'ESS
    # route: a BTS teacher presents his former student Lina (his school address as From, Lina's own address given): the BTS SP3S of June 2026, a post in the ESS sought → application, referral; bac+2 of 2026, ESS sought → eligible
    N("third_party_then_self", "aim", "une mission dans l'ESS", M(
        "Olivier Besson <o.besson@lycee-livet.example.fr>", "Une ancienne étudiante", "10-16 12:10",
        """Bonjour,

Je suis professeur en BTS Services et prestations des secteurs sanitaire et social au lycée Livet, à Nantes. Mon ancienne étudiante Lina Moreau a obtenu son BTS en juin 2026 et cherche un poste ou une mission dans l'ESS, idéalement dans une association d'aide aux familles.

Elle est sérieuse et motivée ; vous pouvez lui écrire à lina.moreau44@gmail.com.

Olivier Besson""",
        app("Lina", "Moreau", phone=None, bac=2, grad="2026-06", email="lina.moreau44@gmail.com", forwarded_by="o.besson@lycee-livet.example.fr", status="lina_presentee_par_son_prof"),
    ), person="lina_moreau"),
    # Feature: updates_other_mail — kind — Rectificatif
    # route: the same newsletter sent again the next day with the forum's date corrected (List-Unsubscribe, Precedence bulk) → newsletter
    N("updates_other_mail", "kind", "Rectificatif", M(
        "L'Atelier ESS Lyon <lettre@atelier-ess-lyon.example.org>", "[Rectificatif] La Lettre de l'Atelier ESS - octobre 2026", "10-16 07:00",
        """Rectificatif : une erreur s'est glissée dans notre lettre d'hier. Le Forum de l'emploi solidaire a lieu le jeudi 19 novembre (et non le mardi 17).

La Lettre de l'Atelier ESS - octobre 2026

Forum de l'emploi solidaire : jeudi 19 novembre, de 9 h à 17 h, à la Halle Tony-Garnier.

Atelier CV : chaque jeudi de novembre, sur inscription.

Pour vous désinscrire : https://atelier-ess-lyon.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://atelier-ess-lyon.example.org/desinscription>", "Precedence": "bulk"},
    ), person="atelier_ess_lyon"),
    # Feature: updates_other_mail — level — deux ans après le bac
    # ambiguous: the father says «deux ans après le bac, un BTS» but not whether she obtained it: degree_level open (and the date with it)
    # route: a father writes for his daughter Agathe (his address as From, her student address given): a BTS studied, its result unknown, an association sought → application, referral; the level unsettled → degree_level open → to verify
    N("updates_other_mail", "level", "deux ans après le bac", M(
        "Philippe Royer <philippe.royer@free.fr>", "Ma fille Agathe", "10-18 18:30",
        """Bonjour,

Ma fille Agathe Royer a fait deux ans après le bac, un BTS Tourisme à Lille, mais je ne sais pas si elle a eu le diplôme, elle ne m'a jamais montré les résultats. Elle voudrait travailler dans une association de tourisme social.

Son adresse : agathe.royer@etu.univ-lille.example.fr

Merci de votre attention,
Philippe Royer""",
        app("Agathe", "Royer", phone=None, bac=None, grad=None, unknown=("degree_level", "graduation_recent"), email="agathe.royer@etu.univ-lille.example.fr", forwarded_by="philippe.royer@free.fr", status="agathe_ecrite_par_son_pere"),
    ), person="agathe_royer"),
    # Feature: english_updates — kind — open to non-EU graduates
    # route: Daniel's first mail (en), a question on whether non-EU graduates may join, none of his facts told → question
    N("english_updates", "kind", "open to non-EU graduates", M(
        "Daniel Kim <daniel.kim.sf@gmail.com>", "Question about eligibility", "10-19 23:10",
        """Hi there,

Is the Pro'pulse programme open to non-EU graduates with a valid residence permit, or only to graduates of French universities?

Thanks a lot,
Daniel""",
        question(language="en"),
    ), person="daniel_kim"),
    # Feature: updates_other_mail — kind — absent jusqu'au 2 novembre
    # route: Rémi's own auto-reply (Auto-Submitted) to our answer, away until 2 November → auto-reply
    N("updates_other_mail", "kind", "absent jusqu'au 2 novembre", M(
        "Rémi Fournier <remi.fournier@laposte.net>", "Absent : Votre candidature Pro'pulse", "10-20 08:15",
        """Bonjour,

Je suis absent jusqu'au 2 novembre, avec un accès limité à mes mails. Je vous répondrai à mon retour.

Rémi Fournier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="remi_fournier"),
    # Feature: updates_other_mail — kind — un encadrant technique d'insertion
    # route: a régie de quartier asks whether the programme has candidates for a post, no applicant → other
    N("updates_other_mail", "kind", "un encadrant technique d'insertion", M(
        "Régie de quartier Lille Sud <contact@regie-lillesud.example.org>", "Recrutement encadrant technique", "10-20 11:00",
        """Bonjour,

Notre régie de quartier recrute un encadrant technique d'insertion (espaces verts), en CDI, pour janvier. Auriez-vous parmi vos participants des profils à nous proposer ?

Bien à vous,
Karine Dumont
Directrice, Régie de quartier Lille Sud""",
        other(),
    ), person="regie_lille_sud"),
    # Feature: third_party_then_self — level — je n'ai pas eu mon BTS
    # route: Yasmine's own mail after her adviser's; «je n'ai pas eu mon BTS» (failed in June 2024, the bac her highest diploma) wins over the adviser's «BTS obtenu en 2025» → application; the bac only → fails degree_level → not eligible
    N("third_party_then_self", "level", "je n'ai pas eu mon BTS", M(
        "Yasmine Belkacem <yasmine.belkacem@gmail.com>", "Candidature Pro'pulse - Yasmine Belkacem", "10-22 17:40",
        """Bonjour,

Ma conseillère de la mission locale vous a écrit pour moi. Je préfère préciser une chose : je n'ai pas eu mon BTS, j'ai échoué à l'examen en juin 2024 et je ne l'ai pas repassé. J'ai seulement le bac.

Je cherche quand même un poste d'assistante de gestion dans une association. Est-ce que c'est possible ?

Yasmine Belkacem
06 52 37 18 40""",
        app("Yasmine", "Belkacem", phone="+33652371840", bac=0, grad=None, failing=("degree_level",), status="yasmine_bts_non_obtenu"),
    ), person="yasmine_belkacem"),
    # Feature: third_party_then_self — situation — mon service civique finit bientôt
    # ambiguous: «mon service civique finit bientôt» gives no date: on 2026-11-26 it may still run: not_service_civique open
    # route: Dylan's own first mail; the DUT of June 2025, a service civique «finit bientôt», an association sought → application; bac+2 of 2025, ESS sought, the service civique's end unsettled → not_service_civique open → to verify
    N("third_party_then_self", "situation", "mon service civique finit bientôt", M(
        "Dylan Masson <dylan.masson35@gmail.com>", "Inscription", "10-25 14:05",
        """Bonjour,

DUT GEA obtenu en juin 2025 à Rennes. Mon service civique finit bientôt et je cherche un emploi de gestionnaire dans une association ou une ressourcerie.

Dylan Masson""",
        app("Dylan", "Masson", phone=None, bac=2, grad="2025-06", unknown=("not_service_civique",), status="dylan_service_civique_bientot"),
    ), person="dylan_masson"),
    # Feature: english_updates — aim — a social enterprise or maybe a tech start-up
    # ambiguous: "a social enterprise or maybe a tech start-up" leaves the sector between the ESS and a company: job_seeking_ess open
    # route: Fiona's first mail (en); the MSc of 2026, the aim split between a social enterprise and a start-up → application (en); bac+5 of 2026, the aim unsettled → job_seeking_ess open → to verify
    N("english_updates", "aim", "a social enterprise or maybe a tech start-up", M(
        "Fiona Walsh <fiona.walsh@outlook.ie>", "Application for Pro'pulse", "10-28 10:50",
        """Hello,

I'm Fiona, from Cork, living in Paris since the summer. I completed an MSc in Data Analytics at University College Cork in August 2026.

I'm looking for a data analyst role, in a social enterprise or maybe a tech start-up. Could you tell me more about the programme?

Thanks,
Fiona Walsh
+353 87 123 4567""",
        app("Fiona", "Walsh", phone="+353871234567", bac=5, grad="2026-08", unknown=("job_seeking_ess",), language="en", status="fiona_msc_social_or_startup"),
    ), person="fiona_walsh"),
    # Feature: third_party_then_self — studies_finished — il me reste deux matières au rattrapage de janvier
    # route: Théo's own mail after his mother's; «en fait je n'ai pas encore ma licence : il me reste deux matières au rattrapage de janvier» wins over «il a fini sa licence en juin» → application; studies running → fails studies_finished → not eligible
    N("third_party_then_self", "studies_finished", "il me reste deux matières au rattrapage de janvier", M(
        "Théo Girard <theo.girard.44@gmail.com>", "Candidature - Théo Girard", "10-30 22:30",
        """Bonjour,

Ma mère vous a écrit il y a quelques semaines, je prends le relais. En fait je n'ai pas encore ma licence : il me reste deux matières au rattrapage de janvier, je suis toujours inscrit en L3 d'histoire.

Je voudrais travailler dans une association culturelle ou un musée associatif ensuite.

Théo Girard""",
        app("Théo", "Girard", phone=None, bac="*", grad=None, failing=("studies_finished",), status="theo_l3_rattrapages"),
    ), person="theo_girard"),
    # Feature: english_updates — career_change — a complete career change
    # route: Daniel's second mail (en); "Following up on my email" with his facts: the BA of June 2026 after eight years as an accountant, "a complete career change" → application (en); bac+3 of 2026, a career change told → fails not_career_change → not eligible
    N("english_updates", "career_change", "a complete career change", M(
        "Daniel Kim <daniel.kim.sf@gmail.com>", "Following up - Daniel Kim", "11-02 18:35",
        """Hi,

Following up on my email of 19 October, here are my details in case it helps. I worked as an accountant in San Francisco for eight years, then did a BA in Sociology at UC Davis (June 2026) because I wanted a complete career change.

I now live in Paris and I'm looking for a job at a nonprofit working with migrants.

Best,
Daniel Kim""",
        app("Daniel", "Kim", phone=None, bac=3, grad="2026-06", failing=("not_career_change",), language="en", status="daniel_career_change"),
    ), person="daniel_kim"),
    # Feature: third_party_then_self — kind — Yasmine est bien disponible
    # route: the adviser's answer in our thread (In-Reply-To <…@animafac.net>, our question quoted) → reply
    N("third_party_then_self", "kind", "Yasmine est bien disponible", M(
        "Sandrine Vidal <sandrine.vidal@missionlocale-roubaix.example.fr>", "RE: Orientation d'une jeune vers Pro'pulse", "11-03 09:40",
        """Bonjour,

Oui, Yasmine est bien disponible pour un entretien la semaine prochaine ; je lui ai transmis vos créneaux.

Cordialement,
Sandrine Vidal

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Envoyé : lundi 2 novembre 2026 16:05
Objet : RE: Orientation d'une jeune vers Pro'pulse

Bonjour Madame Vidal, Yasmine serait-elle disponible pour un entretien ?""",
        reply(),
        headers={"In-Reply-To": "<orientation-2026-11-02-0120@animafac.net>"},
    ), person="yasmine_belkacem"),
    # Feature: updates_other_mail — kind — agathe.royer@etu.univ-lille.example.fr
    # route: a delivery failure (multipart/report) of our answer to Agathe's student address → bounce
    N("updates_other_mail", "kind", "agathe.royer@etu.univ-lille.example.fr", M(
        "Mail Delivery Subsystem <MAILER-DAEMON@smtp.univ-lille.example.fr>", "Delivery Status Notification (Failure)", "11-03 04:12",
        """Delivery to the following recipient failed permanently:

     agathe.royer@etu.univ-lille.example.fr

The account has been disabled or discontinued.""",
        bounce("agathe.royer@etu.univ-lille.example.fr"),
        bounce="""Reporting-MTA: dns; smtp.univ-lille.example.fr
Final-Recipient: rfc822; agathe.royer@etu.univ-lille.example.fr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 The email account that you tried to reach is disabled""",
    ), person="agathe_royer"),
    # Feature: third_party_then_self — aim — plutôt un poste en entreprise
    # route: Lina's own mail after her teacher's; «en fait je vise plutôt un poste en entreprise» (a temping agency) wins over the teacher's ESS search, and her BTS year given as 2023 → application; bac+2 of June 2023, 41 months ago, and a company sought → fails graduation_recent and job_seeking_ess → not eligible
    N("third_party_then_self", "aim", "plutôt un poste en entreprise", M(
        "Lina Moreau <lina.moreau44@gmail.com>", "Suite au message de M. Besson", "11-05 13:15",
        """Bonjour,

M. Besson, mon ancien professeur, vous a écrit pour moi, c'est gentil de sa part, mais deux précisions : j'ai eu mon BTS en juin 2023, pas cette année, et en fait je vise plutôt un poste en entreprise, comme chargée de recrutement dans une agence d'intérim.

Est-ce que votre programme peut m'aider quand même ?

Lina Moreau""",
        app("Lina", "Moreau", phone=None, bac=2, grad="2023-06", failing=("graduation_recent", "job_seeking_ess"), status="lina_entreprise_bts_2023"),
    ), person="lina_moreau"),
    # Feature: updates_other_mail — kind — je me permets de revenir vers vous
    # route: the same régie de quartier follows up on its question, no applicant → other
    N("updates_other_mail", "kind", "je me permets de revenir vers vous", M(
        "Régie de quartier Lille Sud <contact@regie-lillesud.example.org>", "Re: Recrutement encadrant technique", "11-10 10:20",
        """Bonjour,

Je me permets de revenir vers vous au sujet de notre recrutement d'encadrant technique : le poste est toujours ouvert et nous avons décalé la prise de poste à février. N'hésitez pas à transmettre.

Merci d'avance,
Karine Dumont""",
        other(),
    ), person="regie_lille_sud"),
    # Feature: third_party_then_self — situation — une courte mission de service civique, terminée fin octobre
    # route: Dylan's apprenticeship tutor writes after him (her address as From, none of his contacts): the licence pro of September 2026, a service civique over at the end of October, an ESS structure sought → application, referral; bac+3 of 2026, service civique over, ESS sought → eligible
    N("third_party_then_self", "situation", "une courte mission de service civique, terminée fin octobre", M(
        "Claire Joly <claire.joly@ressourcerie-rennes.example.org>", "Dylan Masson", "11-17 16:50",
        """Bonjour,

J'ai été la tutrice d'apprentissage de Dylan Masson à la Ressourcerie de Rennes. Il a terminé son alternance chez nous en août, a obtenu sa licence professionnelle en septembre 2026, puis a fait une courte mission de service civique, terminée fin octobre.

Il cherche maintenant un poste de gestionnaire dans une structure de l'ESS et je le recommande chaleureusement.

Claire Joly
Responsable de la Ressourcerie de Rennes""",
        app("Dylan", "Masson", phone=None, bac=3, grad="2026-09", email=None, forwarded_by="claire.joly@ressourcerie-rennes.example.org", status="dylan_presente_par_sa_tutrice"),
    ), person="dylan_masson"),
    # Feature: english_updates — situation — Quick update: the internship ended early
    # route: Oliver's second mail (en); "Quick update: the internship ended early, on Friday 13 November" wins over «until 31 January» of his first mail → application (en); bac+5 of 2026, the internship over, ESS sought → eligible
    N("english_updates", "situation", "Quick update: the internship ended early", M(
        "Oliver Grant <oliver.grant@gmail.com>", "Quick update - Oliver Grant", "11-20 11:25",
        """Dear Pro'pulse team,

Quick update: the internship ended early, on Friday 13 November, as the charity's project was cut. So I am now free to start.

I am still looking for a job with an association working on housing (MA Urban Studies, Bristol, September 2026).

Best wishes,
Oliver Grant""",
        app("Oliver", "Grant", phone=None, bac=5, grad="2026-09", language="en", status="oliver_internship_ended"),
    ), person="oliver_grant"),
    # Feature: english_updates — situation — I've since started a service civique
    # route: Fiona's second mail (en); "I've since started a service civique" at a food bank until April wins over her free situation of October → application (en); bac+5 of 2026 but a service civique running → fails not_service_civique → not eligible
    N("english_updates", "situation", "I've since started a service civique", M(
        "Fiona Walsh <fiona.walsh@outlook.ie>", "Update - Fiona Walsh", "11-23 19:40",
        """Hello,

A short update on my application of 28 October: I've since started a service civique at a food bank in Paris, on their data and logistics, until April. I've also made up my mind: I want to stay in the social economy afterwards.

Can I still join the programme while I'm on the mission?

Fiona
+353 87 123 4567""",
        app("Fiona", "Walsh", phone="+353871234567", bac=5, grad="2026-08", failing=("not_service_civique",), language="en", status="fiona_service_civique_started"),
    ), person="fiona_walsh"),
]
