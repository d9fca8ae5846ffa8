"""Disciplines corpus, batch 04 (writer A): vocational_routes (titres professionnels, CAP, CFA
apprenticeships, GRETA and AFPA courses, VAE), english_disciplines (the same fields in English: BSN, BFA,
MBA, MSW, LLB, HND, PhD, a civic service), and disciplines_other_mail (a parent's, a tutor's and a mentor's
referrals, an employer's and a federation's mail, a job board's alert, replies, an auto-reply, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from disciplines import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: vocational_routes — level — titre professionnel Conseiller en insertion professionnelle (niveau 5)
    # route: a vocational route (AFPA de Lille), the titre professionnel of niveau 5 (bac+2) of 2025 named with its level, a structure d'insertion sought → application; bac+2 of 2025, ESS sought → eligible
    N("vocational_routes", "level", "titre professionnel Conseiller en insertion professionnelle (niveau 5)", M(
        "Samira Bouzid <samira.bouzid@gmail.com>", "Candidature Pro'pulse", "02 13:25",
        """Bonjour,

En octobre 2025, j'ai obtenu à l'AFPA de Lille le titre professionnel Conseiller en insertion professionnelle (niveau 5), après dix mois de formation avec une période en entreprise dans une association intermédiaire.

Je cherche un poste de conseillère dans un chantier d'insertion ou une entreprise d'insertion de la métropole. Pouvez-vous m'accompagner ?

Samira Bouzid
06 12 87 45 30""",
        app("Samira", "Bouzid", phone="+33612874530", bac=2, grad="2025-10", status="titre_pro_cip_niveau5_2025"),
    )),
    # Feature: vocational_routes — level — CAP Accompagnant éducatif petite enfance
    # route: a vocational route (GRETA de Lyon), the CAP of June 2026 as her diploma, an associative crèche sought → application; a CAP is niveau 3, below bac+2 → fails degree_level → not eligible
    N("vocational_routes", "level", "CAP Accompagnant éducatif petite enfance", M(
        "Elodie Martins <elodie.martins69@gmail.com>", "demande de renseignement", "03 09:40",
        """Bonjour,

J'ai eu mon CAP Accompagnant éducatif petite enfance en juin 2026 avec le GRETA de Lyon. Je voudrais travailler dans une crèche associative ou parentale.

Est-ce que je peux entrer dans votre programme pour être aidée dans mes recherches ?

Merci beaucoup,
Elodie Martins""",
        app("Elodie", "Martins", phone=None, bac=0, grad="2026-06", failing=("degree_level",), status="cap_aepe_2026"),
    )),
    # Feature: vocational_routes — level — un titre professionnel au GRETA
    # ambiguous: a titre professionnel may be of niveau 3, 4, 5 or 6; he names neither the title nor its level: degree_level open
    # route: a vocational route (GRETA de Nantes), «un titre professionnel» of 2026 with no name nor level, a ressourcerie sought → application; the level unknown → degree_level open → to verify
    N("vocational_routes", "level", "un titre professionnel au GRETA", M(
        "Romain Guérin <romain.guerin44@gmail.com>", "Candidature", "04 16:50",
        """Bonjour,

J'ai passé un titre professionnel au GRETA de Nantes au printemps, je l'ai eu en mai 2026. J'ai fait mon stage en entreprise dans une ressourcerie et ça m'a plu.

Je cherche un emploi dans une ressourcerie ou une recyclerie, sur Nantes ou Saint-Nazaire. Comment s'inscrire à votre programme ?

Romain Guérin""",
        app("Romain", "Guérin", phone=None, bac=None, grad="2026-05", unknown=("degree_level",), status="titre_pro_greta_sans_niveau"),
    )),
    # Feature: vocational_routes — career_change — après quatorze ans comme chauffeur-livreur
    # route: VAE, fourteen years as a delivery driver told first, a titre professionnel of niveau 5 by VAE in 2025 to change trade → application; a career change said as such → fails not_career_change → not eligible
    N("vocational_routes", "career_change", "après quatorze ans comme chauffeur-livreur", M(
        "Patrice Nogueira <patrice.nogueira@orange.fr>", "Reconversion – demande d'accompagnement", "05 19:05",
        """Bonjour,

Après quatorze ans comme chauffeur-livreur, j'ai décidé de changer de métier. Grâce à mon engagement bénévole dans une épicerie solidaire, j'ai obtenu par VAE en 2025 le titre professionnel Responsable de petite et moyenne structure (niveau 5).

Je voudrais maintenant travailler comme responsable d'une épicerie solidaire ou d'une boutique associative. Est-ce que votre programme est fait pour moi ?

Patrice Nogueira""",
        app("Patrice", "Nogueira", phone=None, bac=2, grad="2025", failing=("not_career_change",), status="vae_chauffeur_livreur_titre_pro"),
    )),
    # Feature: vocational_routes — studies_finished — son contrat d'apprentissage au CFA est terminé depuis août
    # route: a CFA in Nantes, its business relations officer presents an apprentice whose contract and BTS SP3S (bac+2) ended in summer 2026 and who seeks a social-economy employer (forwarded_by, her address given) → application; bac+2 of 2026, studies over, ESS sought → eligible
    N("vocational_routes", "studies_finished", "son contrat d'apprentissage au CFA est terminé depuis août", M(
        "Nathalie Caron <n.caron@cfa-sanitaire-social.example.org>", "Une ancienne apprentie à vous présenter", "06 10:35",
        """Bonjour,

Je suis chargée des relations entreprises au CFA. Je vous présente Océane Lebreton, qui a obtenu son BTS Services et prestations des secteurs sanitaire et social en juillet 2026 : son contrat d'apprentissage au CFA est terminé depuis août.

Océane cherche un poste de coordinatrice dans une association d'aide à domicile ou une mutuelle. Son adresse : oceane.lebreton@gmail.com.

Merci pour ce que vous faites,
Nathalie Caron""",
        app("Océane", "Lebreton", phone=None, bac=2, grad="2026-07", email="oceane.lebreton@gmail.com", forwarded_by="n.caron@cfa-sanitaire-social.example.org", status="cfa_bts_sp3s_2026_referral"),
    )),
    # Feature: vocational_routes — career_change — par VAE après plusieurs années d'expérience
    # ambiguous: «plusieurs années d'expérience» before the VAE, with no trade named: they may be years in the same field (no change) or a first career elsewhere: not_career_change open
    # route: VAE, a titre professionnel of niveau 6 (bac+3) of March 2026, the years before it not described → application; level and date met, an association sought, the years before unknown → not_career_change open → to verify
    N("vocational_routes", "career_change", "par VAE après plusieurs années d'expérience", M(
        "Vanessa Haddou <vanessa.haddou@gmail.com>", "Candidature programme", "07 14:14",
        """Bonjour,

J'ai obtenu en mars 2026 le titre professionnel Responsable d'établissement de la restauration collective (niveau 6), par VAE après plusieurs années d'expérience.

Je souhaite maintenant diriger la cuisine d'un restaurant associatif ou d'une épicerie-cantine d'insertion à Marseille. Votre accompagnement m'intéresse.

Vanessa Haddou""",
        app("Vanessa", "Haddou", phone=None, bac=3, grad="2026-03", unknown=("not_career_change",), status="vae_niveau6_annees_non_dites"),
    )),
    # Feature: vocational_routes — kind — un titre professionnel de niveau 5 suffit-il
    # route: a GRETA counsellor asks about the level a kind of diploma gives, no person's facts → question
    N("vocational_routes", "kind", "un titre professionnel de niveau 5 suffit-il", M(
        "Conseillère formation GRETA Lyon <conseil.formation@greta-lyon.example.fr>", "Niveau requis pour Pro'pulse", "08 11:20",
        """Bonjour,

Je conseille des stagiaires en fin de parcours qualifiant. Pour entrer dans votre programme, un titre professionnel de niveau 5 suffit-il, ou faut-il un diplôme de l'enseignement supérieur ? Et une formation qualifiante sans diplôme compte-t-elle ?

Merci,
Le service conseil formation""",
        question(),
    )),
    # Feature: english_disciplines — level — my BSN (Bachelor of Science in Nursing)
    # route: nursing in English (University of Michigan), the BSN of May 2025 named with its full title, a community health non-profit sought → application (en); bac+3 of 2025, ESS sought → eligible
    N("english_disciplines", "level", "my BSN (Bachelor of Science in Nursing)", M(
        "Hannah Brooks <hannah.brooks.rn@gmail.com>", "Application – nurse, community health", "02 16:00",
        """Hi,

I earned my BSN (Bachelor of Science in Nursing) at the University of Michigan in May 2025 and moved to Paris this year with my partner. My French is getting better every week.

I would love to work for a community health non-profit, for example an association running mobile clinics for people without housing. Could your programme help me find my way?

Thanks a lot,
Hannah Brooks""",
        app("Hannah", "Brooks", phone=None, bac=3, grad="2025-05", language="en", status="bsn_michigan_2025_en"),
    )),
    # Feature: english_disciplines — graduation — I completed my BFA in 2022
    # route: fine arts in English (a Canadian university), the BFA of 2022 in the first sentence → application (en); bac+3 of 2022, over two years old → fails graduation_recent → not eligible
    N("english_disciplines", "graduation", "I completed my BFA in 2022", M(
        "Maya Thompson <maya.thompson.art@gmail.com>", "Application to the Pro'pulse programme", "03 21:30",
        """Hello,

I completed my BFA in 2022 at Concordia University in Montréal, and I have been working as a freelance illustrator since then.

I'd like to find a stable job in a community arts organisation in Lyon, running workshops for young people. Is your programme open to me?

Best,
Maya Thompson""",
        app("Maya", "Thompson", phone=None, bac=3, grad="2022", failing=("graduation_recent",), language="en", status="bfa_2022_en"),
    )),
    # Feature: english_disciplines — career_change — After a few years of work, I completed an MBA
    # ambiguous: «a few years of work» before the MBA, with no trade named: a first career elsewhere (a change) or short jobs: not_career_change open
    # route: business in English (an Indian business school), an MBA of June 2025 after unnamed years of work, a social enterprise sought → application (en); level and date met, the years before unknown → not_career_change open → to verify
    N("english_disciplines", "career_change", "After a few years of work, I completed an MBA", M(
        "Rohan Kapoor <rohan.kapoor.mba@gmail.com>", "Application – social enterprise roles", "04 07:50",
        """Dear team,

After a few years of work, I completed an MBA at a business school in Pune in June 2025, and I moved to France in September for family reasons.

I am looking for an operations role in a social enterprise or a cooperative, in Lyon if possible. I attach my CV and would be grateful for your guidance.

Regards,
Rohan Kapoor""",
        app("Rohan", "Kapoor", phone=None, bac=5, grad="2025-06", unknown=("not_career_change",), language="en", status="mba_2025_years_before_en"),
        cv=CV("docx", "Rohan_Kapoor_CV.docx", """Rohan Kapoor
Lyon – rohan.kapoor.mba@gmail.com
Education
2023–2025: MBA, business school, Pune
2016–2019: Bachelor of Commerce, University of Pune
Skills: operations, budgeting, supply chain
Languages: English, Hindi, French (A2)"""),
    )),
    # Feature: english_disciplines — career_change — After nine years as an accountant in Mumbai
    # route: social work in English, nine years as an accountant told first, an MSW of 2025 taken to switch careers → application (en); a career change said as such → fails not_career_change → not eligible
    N("english_disciplines", "career_change", "After nine years as an accountant in Mumbai", M(
        "Ananya Iyer <ananya.iyer.msw@gmail.com>", "Application – career switch to social work", "05 12:00",
        """Hello,

After nine years as an accountant in Mumbai, I decided to switch careers completely: I did a Master of Social Work (MSW) at the Tata Institute of Social Sciences and graduated in April 2025.

I now live in Toulouse and want to work for an association supporting migrant women. Does your programme accept people changing careers?

Warm regards,
Ananya Iyer""",
        app("Ananya", "Iyer", phone=None, bac=5, grad="2025-04", failing=("not_career_change",), language="en", status="msw_accountant_career_switch_en"),
    )),
    # Feature: english_disciplines — situation — I'm doing a service civique at a youth association until July 2027
    # route: engineering in English (a British BEng of 2025), a French civic service running to July 2027 → application (en); the service civique runs → fails not_service_civique → not eligible
    N("english_disciplines", "situation", "I'm doing a service civique at a youth association until July 2027", M(
        "Oliver Bennett <oliver.bennett.beng@gmail.com>", "Application", "06 15:45",
        """Hi there,

I have a BEng in Mechanical Engineering from the University of Leeds (July 2025). I'm doing a service civique at a youth association until July 2027 in Marseille, running a bike repair workshop.

After that I'd like a job in a cycling co-operative or a repair social enterprise. Could I start your programme now?

Cheers,
Oliver Bennett""",
        app("Oliver", "Bennett", phone=None, bac=3, grad="2025-07", failing=("not_service_civique",), language="en", status="beng_service_civique_2027_en"),
    )),
    # Feature: english_disciplines — graduation — My degree was conferred in December 2025
    # route: law in English (a British LLB), the degree conferred in December 2025 and the ceremony of July 2026 (not the date), a law centre charity sought → application (en); bac+3 of 2025-12, ESS sought → eligible
    N("english_disciplines", "graduation", "My degree was conferred in December 2025", M(
        "Georgia Clarke <georgia.clarke.llb@gmail.com>", "Application – Pro'pulse", "07 10:30",
        """Dear Pro'pulse,

I studied law at the University of Kent (LLB with a year in France). My degree was conferred in December 2025; the graduation ceremony only took place in July 2026.

I am looking for a paralegal or caseworker position with a charity or association providing free legal advice, in France. I would be glad to join your programme.

Kind regards,
Georgia Clarke""",
        app("Georgia", "Clarke", phone=None, bac=3, grad="2025-12", language="en", status="llb_conferred_dec_2025_en"),
    )),
    # Feature: english_disciplines — graduation — Higher National Diploma (HND) in Business, completed in 2024
    # ambiguous: the HND's year 2024 is given with no month: a diploma of mid-2024 is over two years old, one of late 2024 is not: graduation_recent open
    # route: business in English (a Scottish college), the HND (bac+2) dated by the year alone, a co-operative sought → application (en); bac+2, 2024 with no month → graduation_recent open → to verify
    N("english_disciplines", "graduation", "Higher National Diploma (HND) in Business, completed in 2024", M(
        "Callum Reid <callum.reid.hnd@gmail.com>", "Application", "08 13:55",
        """Hello,

My qualifications: Higher National Diploma (HND) in Business, completed in 2024 at Edinburgh College. I have lived in Strasbourg since this spring.

I'm looking for an admin or sales job in a co-operative or a fair-trade shop run as a social enterprise. Thanks for considering me.

Callum Reid""",
        app("Callum", "Reid", phone=None, bac=2, grad="2024", unknown=("graduation_recent",), language="en", status="hnd_2024_en"),
    )),
    # Feature: english_disciplines — kind — Do international graduates need a French diploma
    # route: a question in English from a university's international office, no person's facts → question (en)
    N("english_disciplines", "kind", "Do international graduates need a French diploma", M(
        "International Office <intl.office@univ-lyon.example.fr>", "Eligibility of international graduates", "09 09:15",
        """Hello,

We advise international students who have finished their degrees abroad and now live in Lyon. Do international graduates need a French diploma to join Pro'pulse, or is a foreign bachelor's or master's degree accepted?

Thank you,
International Office""",
        question(language="en"),
    )),
    # Feature: disciplines_other_mail — graduation — ma fille Clara a obtenu son DEEJE en juillet 2026
    # route: a parent presents her daughter (forwarded_by, the daughter's address given): the DEEJE of July 2026 (bac+3), an associative crèche sought → application; bac+3 of 2026, ESS sought → eligible
    N("disciplines_other_mail", "graduation", "ma fille Clara a obtenu son DEEJE en juillet 2026", M(
        "Isabelle Fontaine <isabelle.fontaine@wanadoo.fr>", "Pour ma fille Clara", "10 20:40",
        """Bonjour,

Je me permets de vous écrire pour ma fille : ma fille Clara a obtenu son DEEJE en juillet 2026 (éducatrice de jeunes enfants, à l'IRTS de Lyon). Elle est très timide pour ce genre de démarches.

Elle cherche un poste dans une crèche associative ou un lieu d'accueil enfants-parents. Son adresse est clara.fontaine@gmail.com, vous pouvez lui écrire directement.

Merci beaucoup,
Isabelle Fontaine""",
        app("Clara", "Fontaine", phone=None, bac=3, grad="2026-07", email="clara.fontaine@gmail.com", forwarded_by="isabelle.fontaine@wanadoo.fr", status="mere_deeje_2026"),
    )),
    # Feature: disciplines_other_mail — career_change — après vingt ans dans le bâtiment
    # route: a tutor of the Mission Locale's partner association presents a man (forwarded_by, his address given): twenty years in building, a DEJEPS by VAE to change trade → application; a career change said as such → fails not_career_change → not eligible
    N("disciplines_other_mail", "career_change", "après vingt ans dans le bâtiment", M(
        "Didier Marchal <d.marchal@maison-quartier.example.org>", "Orientation d'un bénévole vers Pro'pulse", "11 11:45",
        """Bonjour,

Je suis tuteur à la maison de quartier. Je vous oriente Jean-Marc Leroy, bénévole chez nous depuis longtemps : après vingt ans dans le bâtiment, il a obtenu un DEJEPS par VAE en 2025 et veut changer de métier pour devenir coordinateur d'animation.

Il cherche un poste dans une association d'éducation populaire. Vous pouvez le joindre à jm.leroy@laposte.net.

Cordialement,
Didier Marchal""",
        app("Jean-Marc", "Leroy", phone=None, bac=2, grad="2025", email="jm.leroy@laposte.net", forwarded_by="d.marchal@maison-quartier.example.org", failing=("not_career_change",), status="tuteur_vae_batiment_dejeps"),
    )),
    # Feature: disciplines_other_mail — graduation — She finished her BA in Development Studies at SOAS
    # ambiguous: the mentor gives the BA with no date at all, and nothing else dates it: graduation_recent open
    # route: an alumni mentor writes in English to present a graduate (forwarded_by, her address given): a BA (bac+3) with no year, a development NGO sought → application (en); the date unknown → graduation_recent open → to verify
    N("disciplines_other_mail", "graduation", "She finished her BA in Development Studies at SOAS", M(
        "Richard Hall <richard.hall@alumni-network.example.co.uk>", "Introducing a mentee – Amara Osei", "12 17:10",
        """Dear colleagues,

I mentor young graduates through our alumni network, and I would like to introduce Amara Osei. She finished her BA in Development Studies at SOAS and has since moved to Paris, where she volunteers with a food bank.

Amara is looking for a first job in an NGO or a social enterprise working on food access. Her email is amara.osei@gmail.com.

With best wishes,
Richard Hall""",
        app("Amara", "Osei", phone=None, bac=3, grad=None, email="amara.osei@gmail.com", forwarded_by="richard.hall@alumni-network.example.co.uk", unknown=("graduation_recent",), language="en", status="mentor_soas_ba_no_date_en"),
    )),
    # Feature: disciplines_other_mail — kind — pourriez-vous nous présenter des candidats
    # route: an employer (a SCIC running a tiers-lieu) asks us to put candidates forward for a post, no applicant → other
    N("disciplines_other_mail", "kind", "pourriez-vous nous présenter des candidats", M(
        "Recrutement – Le Bocal SCIC <recrutement@lebocal-scic.example.org>", "Recrutement chargé·e d'accueil", "09 15:00",
        """Bonjour,

Notre SCIC ouvre un poste de chargé·e d'accueil et d'animation pour son tiers-lieu à Lille (CDI, à pourvoir en janvier). Pourriez-vous nous présenter des candidats parmi les jeunes diplômés que vous accompagnez ? Un BTS, un DEJEPS ou une licence pro conviendraient.

Merci d'avance,
L'équipe recrutement""",
        other(),
    )),
    # Feature: disciplines_other_mail — kind — une convention de partenariat avec votre programme
    # route: a federation of social and medico-social associations proposes a partnership agreement, no applicant → other
    N("disciplines_other_mail", "kind", "une convention de partenariat avec votre programme", M(
        "Fédération régionale des associations médico-sociales <contact@fram-sociale.example.org>", "Proposition de convention", "10 10:00",
        """Madame, Monsieur,

Nos adhérents (IME, ESAT, services d'aide à domicile) peinent à recruter de jeunes diplômés. Nous aimerions étudier une convention de partenariat avec votre programme : relais de nos offres, présentation des métiers du médico-social lors de vos ateliers.

Pouvons-nous convenir d'un rendez-vous ?

La déléguée régionale""",
        other(),
    )),
    # Feature: disciplines_other_mail — kind — 14 nouvelles offres pour « éducateur spécialisé »
    # route: a job board's alert by field, sent in bulk (List-Unsubscribe, Precedence bulk) → newsletter
    N("disciplines_other_mail", "kind", "14 nouvelles offres pour « éducateur spécialisé »", M(
        "Social Emploi <alertes@social-emploi.example.com>", "Votre alerte : 14 nouvelles offres", "13 05:00",
        """Bonjour,

14 nouvelles offres pour « éducateur spécialisé » correspondent à votre alerte (Nord, Pas-de-Calais) : MECS associative à Roubaix, SESSAD à Lens, prévention spécialisée à Lille…

Voir les offres : https://social-emploi.example.com/alertes

Vous recevez ce message car vous avez créé une alerte. Gérer mes alertes / me désabonner : https://social-emploi.example.com/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://social-emploi.example.com/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: disciplines_other_mail — kind — les étudiants de BTS SP3S qui finissent en juin
    # route: a lycée's careers teacher asks how and when her students should apply, no person's facts → question
    N("disciplines_other_mail", "kind", "les étudiants de BTS SP3S qui finissent en juin", M(
        "Mme Tessier – Lycée Jacquard <tessier.prof@lycee-jacquard.example.fr>", "Question – inscription de nos étudiants", "14 12:05",
        """Bonjour,

Je suis professeure principale en BTS. Pour les étudiants de BTS SP3S qui finissent en juin, à partir de quand peuvent-ils s'inscrire chez vous, et faut-il attendre les résultats officiels ?

Merci de votre réponse,
Mme Tessier""",
        question(),
    )),
    # Feature: disciplines_other_mail — kind — je vous confirme que Malik viendra à l'entretien
    # route: a careers adviser answers in our thread (In-Reply-To <…@animafac.net>) about a student's appointment → reply
    N("disciplines_other_mail", "kind", "je vous confirme que Malik viendra à l'entretien", M(
        "Cécile Aubry – Service carrières <c.aubry@carrieres.example.fr>", "Re: Rendez-vous de Malik Traoré", "15 09:50",
        """Bonjour,

Suite à votre message, je vous confirme que Malik viendra à l'entretien du 23 novembre à 10 h. Il apportera son attestation de réussite.

Bien cordialement,
Cécile Aubry

> Bonjour, pouvez-vous confirmer la présence de Malik le 23 novembre à 10 h ?""",
        reply(),
        headers={"In-Reply-To": "<rdv-2026-11-14-0412@animafac.net>"},
    )),
    # Feature: disciplines_other_mail — kind — le CFA est fermé pendant les congés
    # route: a CFA's automatic answer during its closure (Auto-Submitted) → auto-reply
    N("disciplines_other_mail", "kind", "le CFA est fermé pendant les congés", M(
        "CFA des métiers de l'animation <accueil@cfa-animation.example.org>", "Réponse automatique : Pro'pulse – partenariat", "16 08:00",
        """Bonjour,

Le CFA est fermé pendant les congés, du 16 au 20 novembre. Votre message sera traité à notre retour.

Pour une urgence concernant un apprenti, appelez le 04 78 00 00 00.

L'équipe du CFA""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: disciplines_other_mail — kind — Votre message n'a pas pu être remis
    # route: a delivery failure of our answer to a student's IFSI address, closed after the diploma (multipart/report) → bounce
    N("disciplines_other_mail", "kind", "Votre message n'a pas pu être remis", M(
        "Mail Delivery System <mailer-daemon@mx.example.org>", "Non remis : Votre candidature à Pro'pulse", "17 07:12",
        """Votre message n'a pas pu être remis à manon.perret@etu.ifsi-lyon.example.fr.

Cette boîte aux lettres n'existe plus.""",
        bounce("manon.perret@etu.ifsi-lyon.example.fr"),
        bounce="""Reporting-MTA: dns; mx.example.org
Final-Recipient: rfc822; manon.perret@etu.ifsi-lyon.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist""",
    )),
]
