"""Occasions corpus, batch 04 (writer A): mails written on a move or the end of a contract (the event's date is
no graduation, a past trade told with it), mails to several schemes at once (an APEC programme, a BPI
accelerator, the Region's scheme, the aim said across them), and the occasions in English (a careers fair, a
follow-up, a referral, a LinkedIn post, a closing date, a second try); other mail on those occasions (a bounce
after a move, a reply in our thread, a question on two schemes at once, a scheme's newsletter, an English
question, an English auto-reply)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from occasions import N

MESSAGES = [
    # Feature: moving_or_life_event — graduation — licence de géographie obtenue en juin 2025
    # occasion: «licence de géographie obtenue en juin 2025» = written on a move to Nantes (1 November): the move's date is no graduation; the licence of June 2025 → meets graduation_recent → eligible
    N("moving_or_life_event", "graduation", "licence de géographie obtenue en juin 2025", M(
        "Célestin Abadie <celestin.abadie@example.net>", "Nouvel arrivant à Nantes", "09 10:37",
        """Bonjour,

Je viens d'emménager à Nantes (depuis le 1er novembre) et je découvre les structures du coin. Une amie m'a montré votre site.

J'ai une licence de géographie obtenue en juin 2025 et je cherche un poste dans une association d'urbanisme participatif ou de mobilité douce.

Je voudrais candidater à Pro'pulse.

Célestin Abadie
06 12 36 85 09""",
        app("Célestin", "Abadie", phone="+33612368509", bac=3, grad="2025-06", status="emmenage_nantes_licence_geo"),
    )),
    # Feature: moving_or_life_event — career_change — après huit ans comme commercial dans l'automobile
    # occasion: «après huit ans comme commercial dans l'automobile» = the end of a contract is the occasion, and it ends a former career: eight years of another trade before the licence pro → fails not_career_change → not eligible
    N("moving_or_life_event", "career_change", "après huit ans comme commercial dans l'automobile", M(
        "Franck Delorme <franck.delorme@example.com>", "Fin de contrat, nouveau départ", "05 16:58",
        """Bonjour,

Mon contrat s'est terminé fin octobre, après huit ans comme commercial dans l'automobile. En parallèle, j'avais obtenu en cours du soir une licence pro Gestion des entreprises de l'économie sociale (juin 2025).

Je veux maintenant travailler dans une coopérative ou une association. Je souhaite rejoindre votre programme.

Franck Delorme
07 17 64 02 38""",
        app("Franck", "Delorme", phone="+33717640238", bac=3, grad="2025-06", failing=("not_career_change",), status="fin_contrat_huit_ans_commercial"),
    )),
    # Feature: moving_or_life_event — level — un diplôme de technicien supérieur obtenu au Sénégal
    # ambiguous: a foreign diploma with no equivalence given: bac+2 or not is open
    # occasion: «un diplôme de technicien supérieur obtenu au Sénégal» = written after settling in Toulouse: the move brings a diploma from elsewhere, its level unstated → degree_level unknown → to verify
    N("moving_or_life_event", "level", "un diplôme de technicien supérieur obtenu au Sénégal", M(
        "Mariama Fall <mariama.fall@example.org>", "Je viens de m'installer à Toulouse", "11 13:46",
        """Bonjour,

Je viens de m'installer à Toulouse chez ma sœur. J'ai un diplôme de technicien supérieur obtenu au Sénégal en 2025, en gestion des ressources humaines.

Je voudrais travailler dans une association ou une mutuelle, dans les ressources humaines. Est-ce que je peux rejoindre Pro'pulse ?

Mariama Fall
07 19 82 36 50""",
        app("Mariama", "Fall", phone="+33719823650", bac="*", grad="2025", unknown=("degree_level",), status="installee_toulouse_senegal"),
    )),
    # Feature: moving_or_life_event — situation — je me suis installé à Rennes pour mon service civique, qui dure jusqu'en juin
    # occasion: «je me suis installé à Rennes pour mon service civique, qui dure jusqu'en juin» = the move came with the service civique, running until June → fails not_service_civique → not eligible
    N("moving_or_life_event", "situation", "je me suis installé à Rennes pour mon service civique, qui dure jusqu'en juin", M(
        "Erwan Le Goff <erwan.legoff@example.fr>", "nouveau à Rennes", "15 21:20",
        """Salut,

Je me suis installé à Rennes pour mon service civique, qui dure jusqu'en juin, dans une radio associative. J'ai un BTS Audiovisuel (2025).

Je voudrais déjà m'inscrire à Pro'pulse pour après, pour bosser dans les médias associatifs.

Erwan
06 14 90 27 63""",
        app("Erwan", "Le Goff", phone="+33614902763", bac=2, grad="2025", failing=("not_service_civique",), status="rennes_service_civique_juin"),
    )),
    # Feature: moving_or_life_event — studies_finished — mes études sont finies depuis juin 2025
    # occasion: «mes études sont finies depuis juin 2025» = the end of a contract is the occasion; that end is no end of studies, which ended in June 2025 → meets studies_finished → eligible
    N("moving_or_life_event", "studies_finished", "mes études sont finies depuis juin 2025", M(
        "Grégoire Bonnet <gregoire.bonnet@example.com>", "Candidature – fin de contrat", "18 11:11",
        """Bonjour,

Mon contrat d'assistant d'éducation au collège s'est terminé le 31 octobre, ce qui me laisse enfin du temps pour chercher un vrai poste. Mes études sont finies depuis juin 2025 (master Sciences de l'éducation).

Je cherche dans l'éducation populaire ou l'accompagnement scolaire associatif, et je voudrais rejoindre votre programme.

Grégoire Bonnet
06 17 21 48 96""",
        app("Grégoire", "Bonnet", phone="+33617214896", bac=5, grad="2025-06", status="fin_contrat_aed_etudes_finies"),
    )),
    # Feature: moving_or_life_event — aim — une association d'éducation à l'environnement
    # occasion: «une association d'éducation à l'environnement» = written after a move to Grenoble, the aim said with it: an association → meets job_seeking_ess → eligible
    N("moving_or_life_event", "aim", "une association d'éducation à l'environnement", M(
        "Jasmine Dalmasso <jasmine.dalmasso@example.net>", "déménagement à Grenoble", "20 15:25",
        """Bonjour,

Je viens de déménager à Grenoble avec mon compagnon. J'ai un BTS Gestion et protection de la nature (juin 2025) et je cherche un emploi dans une association d'éducation à l'environnement.

Je souhaite candidater à Pro'pulse. Mon CV est joint.

Jasmine Dalmasso
07 14 53 80 12""",
        app("Jasmine", "Dalmasso", phone="+33714538012", bac=2, grad="2025-06", status="grenoble_education_environnement"),
        cv=CV("pdf", "Dalmasso_Jasmine_CV.pdf", """Jasmine Dalmasso
BTS Gestion et protection de la nature, 2025
Animatrice nature (saisonnière), été 2025
Objectif : association d'éducation à l'environnement"""),
    )),
    # Feature: moving_or_life_event — kind — I've moved and this address is no longer in use
    # occasion: «I've moved and this address is no longer in use» = our mail to an applicant bounced after a move → kind bounce
    N("moving_or_life_event", "kind", "I've moved and this address is no longer in use", M(
        "Mail Delivery System <mailer-daemon@example.org>", "Returned mail: see transcript for details", "21 09:40",
        """The original message was not delivered.

Recipient: <bruno.feraud@example.org>
Reason: mailbox closed. I've moved and this address is no longer in use.""",
        bounce("bruno.feraud@example.org"),
        bounce="Reporting-MTA: dns; mx.example.org\nFinal-Recipient: rfc822; bruno.feraud@example.org\nAction: failed\nStatus: 5.2.1",
    )),
    # Feature: moving_or_life_event — kind — Re: Votre entretien du 2 décembre
    # occasion: «Re: Votre entretien du 2 décembre» = a true reply in our thread, asking to hold the interview by video after a move → kind reply
    N("moving_or_life_event", "kind", "Re: Votre entretien du 2 décembre", M(
        "Lina Castel <lina.castel@example.fr>", "Re: Votre entretien du 2 décembre", "25 13:05",
        """Bonjour,

Je déménage à Bordeaux ce week-end : serait-il possible de faire l'entretien du 2 décembre en visio ?

Merci beaucoup,
Lina

> Le 20 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Lina, nous vous proposons un entretien le 2 décembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-0212.castel@animafac.net>", "References": "<entretien-0212.castel@animafac.net>"},
    )),
    # Feature: several_programmes — aim — c'est l'ESS que je vise
    # occasion: «c'est l'ESS que je vise» = applying to an APEC programme and to Pro'pulse, the aim said across both: the ESS → meets job_seeking_ess → eligible
    N("several_programmes", "aim", "c'est l'ESS que je vise", M(
        "Rémi Delaunay <remi.delaunay@example.org>", "Candidature (et une autre en parallèle)", "07 10:10",
        """Bonjour,

Pour être transparent : je candidate aussi à un programme de l'APEC pour les jeunes diplômés. Mais c'est l'ESS que je vise, et Pro'pulse est mon premier choix.

J'ai un master Économie du développement (juin 2026) et je cherche un poste dans une association de finance solidaire ou une fondation.

Rémi Delaunay
06 18 09 57 31""",
        app("Rémi", "Delaunay", phone="+33618095731", bac=5, grad="2026-06", status="apec_aussi_ess_vise"),
    )),
    # Feature: several_programmes — aim — l'accélérateur de la BPI pour ma start-up
    # occasion: «l'accélérateur de la BPI pour ma start-up» = applying to a BPI accelerator and to us at once: the aim is his start-up, not the ESS → fails job_seeking_ess → not eligible
    N("several_programmes", "aim", "l'accélérateur de la BPI pour ma start-up", M(
        "Samy Benyahia <samy.benyahia@example.com>", "Plusieurs dispositifs", "08 23:02",
        """Bonjour,

Je candidate en ce moment à plusieurs dispositifs d'accompagnement, dont l'accélérateur de la BPI pour ma start-up (une appli de livraison), et au vôtre.

J'ai un master Management (2025). Ce que je cherche, c'est faire grandir ma boîte.

Samy Benyahia
07 11 68 93 24""",
        app("Samy", "Benyahia", phone="+33711689324", bac=5, grad="2025", failing=("job_seeking_ess",), status="bpi_startup_livraison"),
    )),
    # Feature: several_programmes — aim — j'hésite entre le programme de l'APEC pour les cadres du privé et Pro'pulse
    # ambiguous: torn between a programme for the private sector and ours, no preference said: the aim is open
    # occasion: «j'hésite entre le programme de l'APEC pour les cadres du privé et Pro'pulse» = the aim said across two schemes, one for the private sector → job_seeking_ess unknown → to verify
    N("several_programmes", "aim", "j'hésite entre le programme de l'APEC pour les cadres du privé et Pro'pulse", M(
        "Laetitia Gros <laetitia.gros@example.fr>", "lequel choisir ?", "10 12:48",
        """Bonjour,

J'ai une licence de gestion des ressources humaines (juillet 2025) et j'hésite entre le programme de l'APEC pour les cadres du privé et Pro'pulse. Je ne sais pas encore où je veux travailler.

Je vous envoie quand même ma candidature.

Laetitia Gros
06 15 47 09 83""",
        app("Laetitia", "Gros", phone="+33615470983", bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="hesite_apec_propulse"),
    )),
    # Feature: several_programmes — situation — je suis déjà en service civique jusqu'en mai
    # occasion: «je suis déjà en service civique jusqu'en mai» = applying to a European volunteering and to us at once, while a service civique runs until May → fails not_service_civique → not eligible
    N("several_programmes", "situation", "je suis déjà en service civique jusqu'en mai", M(
        "Youssef Chenouf <youssef.chenouf@example.net>", "candidatures", "14 17:15",
        """Bonjour,

Je postule aussi au Corps européen de solidarité pour l'an prochain, et à votre programme. Je suis déjà en service civique jusqu'en mai dans une association de prévention.

J'ai un DUT Carrières sociales (2025). Je voudrais ensuite être éducateur de prévention en association.

Youssef Chenouf
07 16 21 75 40""",
        app("Youssef", "Chenouf", phone="+33716217540", bac=2, grad="2025", failing=("not_service_civique",), status="ces_et_service_civique_mai"),
    )),
    # Feature: several_programmes — level — j'ai un BTS SP3S obtenu en juin 2026
    # occasion: «j'ai un BTS SP3S obtenu en juin 2026» = applying to the Region's scheme and to Pro'pulse at once, the facts said once for both: a BTS (bac+2) → meets degree_level → eligible
    N("several_programmes", "level", "j'ai un BTS SP3S obtenu en juin 2026", M(
        "Céline Evrard <celine.evrard@example.org>", "Candidature Pro'pulse", "16 09:33",
        """Bonjour,

J'ai déposé un dossier au dispositif emploi de la Région, et je candidate aussi chez vous, les deux me semblent complémentaires.

J'ai un BTS SP3S obtenu en juin 2026. Je cherche un poste de coordinatrice dans une association d'aide à domicile ou un centre social. Mon CV est en pièce jointe.

Céline Evrard
06 13 74 26 58""",
        app("Céline", "Evrard", phone="+33613742658", bac=2, grad="2026-06", status="region_et_propulse_bts_sp3s", info_in="both"),
        cv=CV("odt", "CV-Celine-Evrard.odt", """Céline Evrard
BTS Services et prestations des secteurs sanitaire et social, juin 2026
Stage, centre social, 2026 (terminé)
Recherche : coordinatrice, aide à domicile ou centre social"""),
    )),
    # Feature: several_programmes — career_change — je n'ai jamais travaillé ailleurs que dans mes jobs d'été
    # occasion: «je n'ai jamais travaillé ailleurs que dans mes jobs d'été» = applying to several schemes, the career said once for all: summer jobs only → meets not_career_change → eligible
    N("several_programmes", "career_change", "je n'ai jamais travaillé ailleurs que dans mes jobs d'été", M(
        "Axel Fournier <axel.fournier@example.com>", "Candidature (plusieurs programmes)", "17 14:02",
        """Bonjour,

Je postule à plusieurs programmes d'insertion pour jeunes diplômés, dont le vôtre. Certains demandent une première expérience : moi je n'ai jamais travaillé ailleurs que dans mes jobs d'été, en centre de loisirs.

J'ai un DUT Carrières juridiques (juin 2025) et je voudrais travailler dans une association d'accès au droit.

Axel Fournier
06 19 37 60 25""",
        app("Axel", "Fournier", phone="+33619376025", bac=2, grad="2025-06", status="plusieurs_programmes_jobs_ete"),
    )),
    # Feature: several_programmes — kind — peut-on suivre un programme de l'APEC et Pro'pulse en même temps
    # occasion: «peut-on suivre un programme de l'APEC et Pro'pulse en même temps» = a question on two schemes at once, no personal fact → kind question
    N("several_programmes", "kind", "peut-on suivre un programme de l'APEC et Pro'pulse en même temps", M(
        "Manon <manon.r@example.fr>", "deux programmes", "18 20:20",
        """Bonjour, peut-on suivre un programme de l'APEC et Pro'pulse en même temps, ou faut-il choisir ?

Merci !""",
        question(),
    )),
    # Feature: several_programmes — kind — tous les programmes d'accompagnement de la saison
    # occasion: «tous les programmes d'accompagnement de la saison» = a scheme's newsletter listing programmes, nobody applying → kind newsletter
    N("several_programmes", "kind", "tous les programmes d'accompagnement de la saison", M(
        "Réseau Entreprendre Solidaire <infos@example.com>", "Notre sélection : tous les programmes d'accompagnement de la saison", "03 06:30",
        """Notre sélection de novembre : tous les programmes d'accompagnement de la saison.

- Pro'pulse (Animafac) : insertion des jeunes diplômés dans l'ESS
- Incubateurs solidaires : appel à projets ouvert
- Programme jeunes diplômés de l'APEC

Vous recevez cette lettre car vous êtes inscrit à notre liste. Se désabonner.""",
        newsletter(),
    )),
    # Feature: english_occasions — graduation — graduated in July 2026 with a BSc in Environmental Science
    # occasion: «graduated in July 2026 with a BSc in Environmental Science» = written in English after meeting the team at a careers fair: the fair's date is no graduation; a BSc of July 2026 → meets graduation_recent → eligible
    N("english_occasions", "graduation", "graduated in July 2026 with a BSc in Environmental Science", M(
        "Hannah Clarke <hannah.clarke@example.net>", "We met at the careers fair", "20 18:22",
        """Hello,

I met your team at the careers fair on Thursday, at the stand by the entrance. You told me to send my details by email, so here they are.

I graduated in July 2026 with a BSc in Environmental Science (University of Exeter) and I'm now living in Montpellier. I'd like to work for an environmental association or a community garden network.

I'd love to join Pro'pulse.

Best,
Hannah Clarke
07 18 26 94 35""",
        app("Hannah", "Clarke", phone="+33718269435", bac=3, grad="2026-07", status="careers_fair_bsc_july_2026", language="en"),
    )),
    # Feature: english_occasions — situation — my placement at the food bank runs until February
    # occasion: «my placement at the food bank runs until February» = a follow-up in English bringing the situation now: a placement is an internship, running until February → fails not_internship → not eligible
    N("english_occasions", "situation", "my placement at the food bank runs until February", M(
        "Ethan Brooks <ethan.brooks@example.com>", "Following up", "22 10:05",
        """Hi there,

I'm following up on the application I sent in October. One update: my placement at the food bank runs until February, it was extended.

I still have my BA in Sociology (2025) and I still want to work for a charity afterwards.

Cheers,
Ethan Brooks""",
        app("Ethan", "Brooks", phone=None, bac=3, grad="2025", failing=("not_internship",), status="follow_up_placement_february", language="en"),
    )),
    # Feature: english_occasions — career_change — a few years working in warehouses before my foundation degree
    # ambiguous: «a few years» in warehouses before the degree: student work or a first career is not said
    # occasion: «a few years working in warehouses before my foundation degree» = written in English after a move, the past said in passing with no length → not_career_change unknown → to verify
    N("english_occasions", "career_change", "a few years working in warehouses before my foundation degree", M(
        "Kwame Boateng <kwame.boateng@example.org>", "Just moved to Paris", "13 19:40",
        """Hello,

I've just moved to Paris from London. I did a few years working in warehouses before my foundation degree in Youth Work, which I finished in June 2025.

I'm looking for a job in a youth association or a community centre and would like to apply to Pro'pulse.

Thanks,
Kwame Boateng
06 16 40 82 19""",
        app("Kwame", "Boateng", phone="+33616408219", bac=2, grad="2025-06", unknown=("not_career_change",), status="moved_paris_warehouses_foundation", language="en"),
    )),
    # Feature: english_occasions — studies_finished — who finished his MSc in September 2026
    # occasion: «who finished his MSc in September 2026» = a mentor writes in English for a mentee: the mentor's own career is hers; the mentee's MSc is finished → studies finished → eligible
    N("english_occasions", "studies_finished", "who finished his MSc in September 2026", M(
        "Gillian Ashworth <gillian.ashworth@example.net>", "I'd like to recommend Daniel Ibe", "15 08:50",
        """Dear Pro'pulse team,

I have mentored young people for twenty years at a volunteering charity, and I'd like to recommend Daniel Ibe, who finished his MSc in September 2026 (Global Health, King's College London). He has now settled in Lille.

Daniel wants to work for an international solidarity association or a fair-trade co-operative. He asked me to put him in touch: daniel.ibe@example.com.

Warm regards,
Gillian Ashworth""",
        app("Daniel", "Ibe", phone=None, bac=5, grad="2026-09", status="mentor_recommends_msc_sept", email="daniel.ibe@example.com", forwarded_by="gillian.ashworth@example.net", language="en"),
    )),
    # Feature: english_occasions — level — I only have a BTEC Level 3
    # occasion: «I only have a BTEC Level 3» = an answer in English to a LinkedIn post: a BTEC Level 3 is level 4 → fails degree_level → not eligible
    N("english_occasions", "level", "I only have a BTEC Level 3", M(
        "Chloe Fenwick <chloe.fenwick@example.com>", "Your LinkedIn post", "17 21:31",
        """Hi,

I saw your post on LinkedIn and I'd like to apply. I only have a BTEC Level 3, but I've volunteered for three years with a homelessness charity in Bristol and I've just moved to Nantes.

I'm looking for a job in a charity here.

Chloe Fenwick
07 13 05 48 62""",
        app("Chloe", "Fenwick", phone="+33713054862", bac=0, grad=None, failing=("degree_level",), status="linkedin_only_btec_level_3", language="en"),
    )),
    # Feature: english_occasions — aim — I'd like to work for a refugee charity
    # occasion: «I'd like to work for a refugee charity» = written in English before the 30 November deadline: the deadline is no date of the applicant's; the aim, a charity → meets job_seeking_ess → eligible
    N("english_occasions", "aim", "I'd like to work for a refugee charity", M(
        "Isabel Kerr <isabel.kerr@example.org>", "Application before the deadline", "24 16:16",
        """Dear team,

I'm sending my application before the deadline on 30 November.

I have an MA in Migration Studies (September 2025, University of Sussex). I'd like to work for a refugee charity or an association supporting asylum seekers in Lyon.

Kind regards,
Isabel Kerr
06 11 50 73 94""",
        app("Isabel", "Kerr", phone="+33611507394", bac=5, grad="2025-09", status="deadline_refugee_charity", language="en"),
    )),
    # Feature: english_occasions — studies_finished — I've now sat all my final exams and I'm waiting for the results
    # ambiguous: every final exam sat, the results awaited: finished or not is open
    # occasion: «I've now sat all my final exams and I'm waiting for the results» = a second try in English: last year's reason (the degree unfinished) quoted as the old state; today the results are awaited → studies_finished unknown → to verify
    N("english_occasions", "studies_finished", "I've now sat all my final exams and I'm waiting for the results", M(
        "Ciaran Donnelly <ciaran.donnelly@example.net>", "Applying again", "12 11:29",
        """Hello,

I applied last year and you told me then that my degree wasn't finished. I'm applying again: I've now sat all my final exams and I'm waiting for the results (BA in Social Work, Queen's University Belfast).

I'd like to work for a social housing association.

Ciaran Donnelly
07 15 92 31 06""",
        app("Ciaran", "Donnelly", phone="+33715923106", bac="*", grad=None, unknown=("studies_finished",), status="applying_again_results_awaited", language="en"),
    )),
    # Feature: english_occasions — kind — Does the programme accept people who have just moved to France?
    # occasion: «Does the programme accept people who have just moved to France?» = an English question about a move in general, no personal fact → kind question
    N("english_occasions", "kind", "Does the programme accept people who have just moved to France?", M(
        "Sam <sam.w@example.com>", "Quick question", "19 12:12",
        """Hi, does the programme accept people who have just moved to France? And is the course taught in French only?

Thanks""",
        question("en"),
    )),
    # Feature: english_occasions — kind — I am on parental leave until
    # occasion: «I am on parental leave until» = an English automatic answer, a life event with no application → kind auto_reply
    N("english_occasions", "kind", "I am on parental leave until", M(
        "Rachel Green-Hale <r.greenhale@example.org>", "Automatic reply: Pro'pulse partners' meeting", "04 08:00",
        """Thank you for your email. I am on parental leave until 4 January 2027 and will not be reading my emails.

For anything urgent, please contact partnerships@example.org.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
