"""Others corpus, batch 04 (writer A): a referrer presenting someone and telling of herself («ancienne
volontaire moi-même, je vous présente…»), people named by a first name only with the writer among them, and
the other person and the applicant's facts in English; other mail that names them too (a mission locale
presenting its team, an adviser's reply in our thread, a newsletter of portraits, a question for two
friends, an English bounce, an English auto-reply naming a colleague)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from others import N

MESSAGES = [
    # Feature: adviser_own_facts — situation — Mélissa a terminé son BTS SP3S en juin 2025
    # others: «Ancienne volontaire en service civique moi-même» = the adviser's own past service civique, not the applicant's → Mélissa's facts: a BTS of June 2025, silence on service civique → eligible (referral)
    N("adviser_own_facts", "situation", "Mélissa a terminé son BTS SP3S en juin 2025", M(
        "Corinne Baptiste <corinne.baptiste@example.org>", "Présentation d'une candidate : Mélissa Antoine", "19 10:20",
        """Bonjour,

Ancienne volontaire en service civique moi-même, aujourd'hui conseillère à la mission locale de Créteil, je vous présente Mélissa Antoine, que j'accompagne depuis l'été.

Mélissa a terminé son BTS SP3S en juin 2025. Elle cherche un poste d'accueil et d'accompagnement dans une association de solidarité, et votre programme lui correspondrait bien. Pouvez-vous étudier sa candidature ?

Son adresse : melissa.antoine@example.com, son téléphone : 06 51 39 72 84.

Corinne Baptiste
Conseillère, mission locale
01 43 99 20 16""",
        app("Mélissa", "Antoine", phone="+33651397284", bac=2, grad="2025-06", email="melissa.antoine@example.com", forwarded_by="corinne.baptiste@example.org", status="conseillere_ancienne_volontaire_melissa"),
    )),
    # Feature: adviser_own_facts — career_change — Julien a travaillé huit ans dans le bâtiment avant sa licence pro
    # others: «reconvertie moi-même après quinze ans dans la banque» = the adviser's own career change → Julien's eight years in building before his licence pro are his → fails not_career_change (referral)
    N("adviser_own_facts", "career_change", "Julien a travaillé huit ans dans le bâtiment avant sa licence pro", M(
        "Hélène Bazin <helene.bazin@example.fr>", "Orientation vers Pro'pulse", "20 15:44",
        """Bonjour,

Reconvertie moi-même après quinze ans dans la banque, je suis aujourd'hui chargée d'insertion dans un PLIE. Je vous oriente Julien Castagne : Julien a travaillé huit ans dans le bâtiment avant sa licence pro, obtenue en juin 2026. Il voudrait rejoindre une SCOP de l'écoconstruction.

Est-il éligible à votre programme ? Vous pouvez le joindre au 07 24 86 13 57.

Hélène Bazin""",
        app("Julien", "Castagne", phone="+33724861357", bac=3, grad="2026-06", email=None, failing=("not_career_change",), forwarded_by="helene.bazin@example.fr", status="conseillere_reconvertie_julien_batiment"),
    )),
    # Feature: adviser_own_facts — level — qui a suivi la même formation que moi à l'IUT
    # ambiguous: «a suivi la même formation que moi» says Rayan attended the adviser's course, not that he obtained the diploma, nor when
    # others: «Titulaire d'une licence pro moi-même» = the adviser's diploma; Rayan «a suivi la même formation» → degree_level and graduation_recent open → to_verify (referral)
    N("adviser_own_facts", "level", "qui a suivi la même formation que moi à l'IUT", M(
        "Sylvie Obiora <sylvie.obiora@example.net>", "Un jeune pour Pro'pulse", "21 11:30",
        """Bonjour,

Titulaire d'une licence pro moi-même, j'anime des ateliers d'orientation dans une association de quartier. J'accompagne Rayan Belhocine, qui a suivi la même formation que moi à l'IUT de Saint-Denis.

Rayan voudrait travailler dans une association d'éducation populaire. Peut-il candidater ? Son mail : rayan.belhocine@example.org.

Sylvie Obiora""",
        app("Rayan", "Belhocine", phone=None, bac="*", grad=None, email="rayan.belhocine@example.org", unknown=("degree_level", "graduation_recent"), forwarded_by="sylvie.obiora@example.net", status="conseillere_meme_formation_rayan"),
    )),
    # Feature: adviser_own_facts — aim — Killian veut entrer dans une grande entreprise de la logistique
    # others: «je travaille moi-même dans une association d'insertion depuis dix ans» = the educator's ESS job → Killian's aim is a big logistics company → fails job_seeking_ess (referral)
    N("adviser_own_facts", "aim", "Killian veut entrer dans une grande entreprise de la logistique", M(
        "Thierry Lebon <thierry.lebon@example.com>", "candidature pour un jeune", "22 09:05",
        """Bonjour,

Éducateur, je travaille moi-même dans une association d'insertion depuis dix ans. Je vous écris pour Killian Lamarre, BTS transport et logistique obtenu en juin 2025 : Killian veut entrer dans une grande entreprise de la logistique, il vise un poste d'exploitant.

Votre programme pourrait-il l'aider ? Il est joignable au 06 87 21 45 30, killian.lamarre@example.net.

Thierry Lebon""",
        app("Killian", "Lamarre", phone="+33687214530", bac=2, grad="2025-06", email="killian.lamarre@example.net", failing=("job_seeking_ess",), forwarded_by="thierry.lebon@example.com", status="educateur_asso_killian_logistique"),
    )),
    # Feature: adviser_own_facts — identity — Vous pouvez joindre Aïcha directement au 06 13 70 58 42
    # others: «ou moi au 04 78 52 16 90» = the adviser's phone and signature, a second candidate for the contacts → the applicant's phone is Aïcha's 06 number → eligible (referral)
    N("adviser_own_facts", "identity", "Vous pouvez joindre Aïcha directement au 06 13 70 58 42", M(
        "Marion Grenier <marion.grenier@example.org>", "Candidature d'Aïcha Cissokho", "23 14:12",
        """Bonjour,

Je suis conseillère en insertion et j'ai moi-même fait votre programme il y a trois ans, après mon master. Je vous présente Aïcha Cissokho, titulaire d'un DUT carrières sociales depuis juin 2026, qui cherche un poste d'animatrice dans un centre social associatif.

Vous pouvez joindre Aïcha directement au 06 13 70 58 42 (aicha.cissokho@example.com), ou moi au 04 78 52 16 90.

Merci pour elle,
Marion Grenier""",
        app("Aïcha", "Cissokho", phone="+33613705842", bac=2, grad="2026-06", email="aicha.cissokho@example.com", forwarded_by="marion.grenier@example.org", info_in="both", status="conseillere_ancienne_aicha_telephone"),
        cv=CV("pdf", "CV_Aicha_Cissokho.pdf", "Aïcha Cissokho\n06 13 70 58 42\nDUT Carrières sociales, juin 2026\nAnimation : centre social Les Minguettes, 2025\nObjectif : animatrice en centre social associatif"),
    )),
    # Feature: adviser_own_facts — situation — Elle est en service civique chez nous jusqu'au 30 novembre
    # others: «en poste depuis dix ans» = the tutor's own job; «Elle est en service civique chez nous jusqu'au 30 novembre» = Emma's, still running today → fails not_service_civique (referral)
    N("adviser_own_facts", "situation", "Elle est en service civique chez nous jusqu'au 30 novembre", M(
        "Pascale Duret <pascale.duret@example.fr>", "Emma Lecomte - candidature", "24 16:36",
        """Bonjour,

Coordinatrice d'une ressourcerie, en poste depuis dix ans, je suis la tutrice d'Emma Lecomte. Elle est en service civique chez nous jusqu'au 30 novembre, après une licence d'économie de juin 2025, et voudrait continuer dans le réemploi.

Peut-elle intégrer votre programme ? Son adresse : emma.lecomte@example.org.

Pascale Duret""",
        app("Emma", "Lecomte", phone=None, bac=3, grad="2025-06", email="emma.lecomte@example.org", failing=("not_service_civique",), forwarded_by="pascale.duret@example.fr", status="tutrice_emma_service_civique_30_novembre"),
    )),
    # Feature: adviser_own_facts — kind — je voulais vous présenter notre équipe
    # others: «Aurélie, ancienne volontaire, et Mehdi, conseiller» = a mission locale presenting its team → kind other
    N("adviser_own_facts", "kind", "je voulais vous présenter notre équipe", M(
        "Mission locale Val-de-Loire <contact@ml-valdeloire.example.org>", "Notre équipe et vos ateliers", "25 10:10",
        """Bonjour,

Avant l'atelier de janvier, je voulais vous présenter notre équipe : Aurélie, ancienne volontaire en service civique devenue conseillère, et Mehdi, conseiller emploi, qui a lui-même travaillé dans une SCOP. Ils seront vos interlocuteurs.

Bien à vous,
Nathalie Roche, directrice""",
        other(),
    )),
    # Feature: adviser_own_facts — kind — Re: Dossier de Marius Girard
    # others: «Marius m'a confirmé…» = an adviser answering in our thread about a young person → kind reply
    N("adviser_own_facts", "kind", "Re: Dossier de Marius Girard", M(
        "Yann Keraudren <yann.keraudren@example.net>", "Re: Dossier de Marius Girard", "26 09:00",
        """Bonjour,

Marius m'a confirmé qu'il viendra à l'entretien du 2 décembre. Je l'accompagnerai, comme je le fais pour les jeunes que je suis. Faut-il prévoir des pièces particulières ?

Yann Keraudren, conseiller

Le 25 nov. 2026 à 17:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, nous proposons à Marius un entretien le 2 décembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-2511-mg@animafac.net>", "References": "<entretien-2511-mg@animafac.net>"},
    )),
    # Feature: named_people — situation — et moi, Sacha, j'ai eu mon DUT en juin
    # others: «Léa est en stage chez Emmaüs jusqu'en février, Karim a fini son master en septembre» = Léa's and Karim's facts; the writer is Sacha (the signature) → the writer's DUT of June 2026, no stage → eligible
    N("named_people", "situation", "et moi, Sacha, j'ai eu mon DUT en juin", M(
        "Sacha Morillon <sacha.morillon@example.com>", "On est trois à s'intéresser au programme", "19 20:20",
        """Bonjour,

On est trois colocs à s'intéresser à votre programme : Léa est en stage chez Emmaüs jusqu'en février, Karim a fini son master en septembre, et moi, Sacha, j'ai eu mon DUT en juin (DUT GACO, juin 2026). Chacun vous écrira de son côté.

Moi je cherche un poste dans une association culturelle. Je peux candidater ?

Sacha Morillon
06 29 84 51 73""",
        app("Sacha", "Morillon", phone="+33629845173", bac=2, grad="2026-06", status="lea_karim_sacha_dut"),
    )),
    # Feature: named_people — situation — on se retrouve souvent là-bas
    # ambiguous: «on se retrouve souvent là-bas» after Nour's (and maybe Baptiste's) internship at the CAF: whether the writer is an intern there too is unsaid
    # others: «Nour est en stage à la CAF jusqu'en janvier, Baptiste aussi je crois» = the others' internships; the writer «se retrouve souvent là-bas» → not_internship open → to_verify
    N("named_people", "situation", "on se retrouve souvent là-bas", M(
        "Ilona Varga <ilona.varga@example.org>", "candidature", "20 12:48",
        """Coucou,

Avec Nour et Baptiste on sort tous du BTS SP3S (juin 2026). Nour est en stage à la CAF jusqu'en janvier, Baptiste aussi je crois, et on se retrouve souvent là-bas.

Je voudrais travailler dans une association de médiation sociale. Est-ce que je peux m'inscrire ?

Ilona Varga
07 37 60 24 19""",
        app("Ilona", "Varga", phone="+33737602419", bac=2, grad="2026-06", unknown=("not_internship",), status="nour_baptiste_caf_la_bas"),
    )),
    # Feature: named_people — graduation — et moi en 2022
    # others: «Zoé a eu son BTS en 2025, Malik en 2024» = Zoé's and Malik's dates → the writer's BTS of 2022 is more than 24 months old → fails graduation_recent
    N("named_people", "graduation", "et moi en 2022", M(
        "Jérémy Lucchesi <jeremy.lucchesi@example.fr>", "Pro'pulse", "21 18:02",
        """Bonjour,

On a tous fait le BTS Économie sociale familiale au même lycée : Zoé a eu son BTS en 2025, Malik en 2024, et moi en 2022. Ils m'ont dit de tenter ma chance chez vous.

Je cherche un poste de conseiller dans une association d'accès au logement. Est-ce possible ?

Jérémy Lucchesi
06 54 18 37 92""",
        app("Jérémy", "Lucchesi", phone="+33654183792", bac=2, grad="2022", failing=("graduation_recent",), status="zoe_malik_moi_2022"),
    )),
    # Feature: named_people — identity — c'est Yasmina qui écrit
    # others: «Manon (06 58 41 93 27) a déjà trouvé» = a classmate's name and phone, a second candidate → the applicant is Yasmina, who writes and signs → eligible
    N("named_people", "identity", "c'est Yasmina qui écrit", M(
        "yasmina.ait@example.net", "Candidature", "22 17:15",
        """Bonjour, c'est Yasmina qui écrit.

Dans ma promo de licence pro gestion des structures sanitaires et sociales (juin 2026), Manon (06 58 41 93 27) a déjà trouvé, Hugo est parti en Espagne. Moi je cherche un poste de gestionnaire dans une mutuelle ou une association médico-sociale.

Est-ce que je peux rejoindre Pro'pulse ?

Yasmina Aït-Ouarab
07 81 40 65 23""",
        app("Yasmina", "Aït-Ouarab", phone="+33781406523", bac=3, grad="2026-06", status="manon_hugo_yasmina_ecrit"),
    )),
    # Feature: named_people — career_change — moi j'ai été boulanger dix ans avant mon BTS
    # others: «Hugo a fait un BTS juste après le bac, Sonia aussi» = the others' straight paths → the writer's ten years as a baker → fails not_career_change
    N("named_people", "career_change", "moi j'ai été boulanger dix ans avant mon BTS", M(
        "Frédéric Aubriot <frederic.aubriot@example.com>", "inscription programme", "23 08:30",
        """Bonjour,

Dans mon groupe de BTS, Hugo a fait un BTS juste après le bac, Sonia aussi ; moi j'ai été boulanger dix ans avant mon BTS, que j'ai eu en juin 2026 (BTS ESF).

Je voudrais travailler dans une épicerie solidaire. Est-ce que votre programme m'est ouvert ?

Frédéric Aubriot
06 45 72 30 81""",
        app("Frédéric", "Aubriot", phone="+33645723081", bac=2, grad="2026-06", failing=("not_career_change",), info_in="both", status="hugo_sonia_boulanger"),
        cv=CV("docx", "Frederic_Aubriot_CV.docx", "Frédéric Aubriot\nBTS Économie sociale familiale, juin 2026\n2013-2023 : boulanger\nObjectif : épicerie solidaire"),
    )),
    # Feature: named_people — aim — Théo et moi, on voit plutôt le privé, enfin Théo surtout
    # ambiguous: «Théo et moi, on voit plutôt le privé, enfin Théo surtout»: the writer half takes back her share of the private aim
    # others: «Jules et Amina visent l'associatif» = their aims; «enfin Théo surtout» leaves the writer's own aim between the two → job_seeking_ess open → to_verify
    N("named_people", "aim", "Théo et moi, on voit plutôt le privé, enfin Théo surtout", M(
        "Capucine Joly <capucine.joly@example.org>", "candidature Pro'pulse", "24 21:40",
        """Bonsoir,

On a fini notre master de communication en septembre 2026, à quatre. Jules et Amina visent l'associatif ; Théo et moi, on voit plutôt le privé, enfin Théo surtout.

Est-ce que je peux quand même candidater ?

Capucine Joly
06 16 93 28 47""",
        app("Capucine", "Joly", phone="+33616932847", bac=5, grad="2026-09", unknown=("job_seeking_ess",), status="jules_amina_theo_prive"),
    )),
    # Feature: named_people — kind — Portraits : Lina, Bastien et Mariam
    # others: «Lina, ancienne volontaire … Bastien, reconverti … Mariam» = people's stories in a newsletter → kind newsletter
    N("named_people", "kind", "Portraits : Lina, Bastien et Mariam", M(
        "Les Nouvelles de l'ESS <nouvelles@ess-ouest.example.org>", "Portraits : Lina, Bastien et Mariam", "25 06:00",
        """LES NOUVELLES DE L'ESS — OUEST — décembre 2026

Portraits : Lina, Bastien et Mariam

Lina, ancienne volontaire en service civique, anime un tiers-lieu à Vannes. Bastien, reconverti après dix ans dans l'industrie, a rejoint une SCOP de menuiserie. Mariam, diplômée d'un BTS en 2025, coordonne une AMAP.

Se désinscrire : https://ess-ouest.example.org/desinscription""",
        newsletter(),
    )),
    # Feature: named_people — kind — une limite d'âge
    # others: «Jade et Bilal se demandent» = friends mentioned with no fact of anyone → kind question
    N("named_people", "kind", "une limite d'âge", M(
        "Maud Lacombe <maud.lacombe@example.com>", "question âge", "26 11:25",
        """Bonjour,

Mes amis Jade et Bilal se demandent s'il y a une limite d'âge pour votre programme. Pouvez-vous me répondre, je transmettrai ?

Merci,
Maud""",
        question(),
    )),
    # Feature: english_others — situation — me too, until March
    # others: «My sister is on an internship at the town hall» = the sister's, COPIED by «me too» → the writer's internship runs until March → fails not_internship
    N("english_others", "situation", "me too, until March", M(
        "Siobhan O'Brien <siobhan.obrien@example.com>", "Pro'pulse question", "19 14:10",
        """Hi,

My sister is on an internship at the town hall, and me too, until March, at a housing charity in Lyon. I already have a BA in sociology from June 2026.

After March I'd like to work for a charity here. Can I apply now?

Siobhan O'Brien
07 15 62 84 39""",
        app("Siobhan", "O'Brien", phone="+33715628439", bac=3, grad="2026-06", failing=("not_internship",), status="sister_internship_me_too", language="en"),
    )),
    # Feature: english_others — graduation — I finished my BA in June 2026
    # others: «my brother graduated in 2021» = the brother's old degree → the writer's BA of June 2026 → eligible
    N("english_others", "graduation", "I finished my BA in June 2026", M(
        "Daniel Owusu <daniel.owusu@example.net>", "Application", "20 10:45",
        """Hello,

My brother graduated in 2021 and has been working for a housing association since; he told me about you. I finished my BA in June 2026 (international development) and I'm looking for a job in a French NGO or a cooperative.

Am I eligible for Pro'pulse?

Daniel Owusu
06 38 27 91 54""",
        app("Daniel", "Owusu", phone="+33638279154", bac=3, grad="2026-06", status="brother_2021_ba_2026", language="en"),
    )),
    # Feature: english_others — studies_finished — we're both still writing up our dissertations, well, he is
    # ambiguous: «we're both still writing up our dissertations, well, he is» takes the writer half out of the «we»: whether her MA is finished is unsaid
    # others: «my boyfriend … well, he is» = the boyfriend's running studies; the «we» is taken back → studies_finished open → to_verify
    N("english_others", "studies_finished", "we're both still writing up our dissertations, well, he is", M(
        "Isla McKenzie <isla.mckenzie@example.org>", "Quick question - joining", "21 16:20",
        """Hi,

My boyfriend and I came to Nantes for our MAs in European studies, and we're both still writing up our dissertations, well, he is, mostly. I'd like to work for a cooperative or an environmental charity.

Can I join your programme?

Isla McKenzie
07 90 35 14 62""",
        app("Isla", "McKenzie", phone="+33790351462", bac=5, grad=None, unknown=("studies_finished",), status="boyfriend_dissertations_well_he_is", language="en"),
    )),
    # Feature: english_others — aim — I want to work in investment banking
    # others: «unlike my sister, who works for a food charity» = the sister's ESS job, denied for the writer → the writer aims at banking → fails job_seeking_ess
    N("english_others", "aim", "I want to work in investment banking", M(
        "Oliver Grant <oliver.grant@example.com>", "Pro'pulse", "22 13:33",
        """Hello,

Unlike my sister, who works for a food charity, I want to work in investment banking. I have an MSc in finance from September 2026. Could your programme still help me find a first job?

Oliver Grant
06 26 48 73 15""",
        app("Oliver", "Grant", phone="+33626487315", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="sister_charity_banking", language="en"),
    )),
    # Feature: english_others — career_change — in our family we've all switched careers at some point
    # ambiguous: «we've all switched careers at some point» is a family «we» of unclear scope: whether the writer changed trade before her degree is unsaid
    # others: «my mum went from nursing to teaching» = the mother's career change; «we've all switched» may or may not include the writer → not_career_change open → to_verify
    N("english_others", "career_change", "in our family we've all switched careers at some point", M(
        "Megan Hughes <megan.hughes@example.net>", "Eligibility", "23 19:05",
        """Hi there,

In our family we've all switched careers at some point: my mum went from nursing to teaching, my dad from the army to a charity shop. I got my BSc in social work in July 2025 and I'm looking for a job with a community association in Lille.

Am I eligible?

Megan Hughes
07 43 59 20 86""",
        app("Megan", "Hughes", phone="+33743592086", bac=3, grad="2025-07", unknown=("not_career_change",), status="family_all_switched", language="en"),
    )),
    # Feature: english_others — situation — I did mine last year, it ended in June
    # others: «My friend Marta is doing her service civique» = the friend's running service civique → the writer's ended in June → eligible
    N("english_others", "situation", "I did mine last year, it ended in June", M(
        "Lucía Fernández <lucia.fernandez@example.org>", "Application for Pro'pulse", "24 11:52",
        """Hello,

My friend Marta is doing her service civique with a refugee charity in Toulouse. I did mine last year, it ended in June, with the same charity. I have a licence in Spanish and French from June 2025.

I'm looking for a job in an association working with refugees. May I apply?

Lucía Fernández
06 60 83 14 27""",
        app("Lucía", "Fernández", phone="+33660831427", bac=3, grad="2025-06", info_in="both", status="marta_service_civique_mine_ended", language="en"),
        cv=CV("docx", "CV Lucia Fernandez.docx", "Lucía Fernández\nLicence LLCER Spanish-French, June 2025\nService civique, refugee charity, Toulouse, 2025-2026 (ended June 2026)\nAim: association working with refugees"),
    )),
    # Feature: english_others — identity — the right one is 07 59 12 46 83
    # others: «my stepdad's number, 06 02 71 38 95, went on it by mistake» = the stepfather's phone, a second candidate → the applicant's own number; the writer's own service civique runs until January → fails not_service_civique
    N("english_others", "identity", "the right one is 07 59 12 46 83", M(
        "Aiden Walsh <aiden.walsh@example.com>", "Application - please use my number", "25 15:18",
        """Hi,

I filled in your online form but my stepdad's number, 06 02 71 38 95, went on it by mistake: the right one is 07 59 12 46 83, that's mine. I'm on a service civique until January with a youth association, after my HND (June 2025).

I'd like to join the programme. Is that possible while I finish my service civique?

Aiden Walsh""",
        app("Aiden", "Walsh", phone="+33759124683", bac=2, grad="2025-06", failing=("not_service_civique",), status="stepdad_number_service_civique", language="en"),
    )),
    # Feature: english_others — kind — Mail delivery failed: returning message to sender
    # others: «your friend Tasha gave us this address» = our mail to a friend's address, bounced → kind bounce
    N("english_others", "kind", "Mail delivery failed: returning message to sender", M(
        "Mail Delivery System <Mailer-Daemon@mail.example.com>", "Mail delivery failed: returning message to sender", "23 05:40",
        """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  jo.pemberton@example.com
    SMTP error from remote mail server after RCPT TO: 550 5.1.1 No such user

----- Original message -----
Hello Jo, your friend Tasha gave us this address: here is the information about Pro'pulse.""",
        bounce("jo.pemberton@example.com"),
        bounce="Reporting-MTA: dns; mail.example.com\nFinal-Recipient: rfc822; jo.pemberton@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 No such user",
    )),
    # Feature: english_others — kind — please contact my colleague Ben Okoro
    # others: «please contact my colleague Ben Okoro» = an English auto-reply naming a colleague → kind auto_reply
    N("english_others", "kind", "please contact my colleague Ben Okoro", M(
        "Rachel Adebanjo <rachel.adebanjo@example.org>", "Automatic reply: Pro'pulse partnership", "26 08:10",
        """Thank you for your email. I'm out of the office until 7 December. For anything about the partnership, please contact my colleague Ben Okoro (ben.okoro@example.org).

Rachel Adebanjo""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
