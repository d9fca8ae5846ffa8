"""Circumstances corpus, batch 05 (writer B): parenthood — a pregnancy, a birth in the middle of a last year,
a parental leave after years of work, years at home with the children, a crèche place that narrows the
search, a child's «stage de cirque» beside the parent's availability — and the first half of age and path
(an older graduate after fifteen years of another trade or after odd jobs, a very young one, a césure between
M1 and M2); other mail on the same circumstances (an out-of-office on maternity leave, a question about the
workshops' hours with a baby, a crèche for job seekers offering places, a reply in our thread about a
childminder, a question about an age limit, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from circumstances import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: parenthood — graduation — j'ai validé ma licence pro en juin 2025
    # circumstance: «j'ai validé ma licence pro en juin 2025» = the birth (février 2024) dates the pause in the last year, not the diploma, which carries its own date: 17 months → meets graduation_recent → eligible
    N("parenthood", "graduation", "j'ai validé ma licence pro en juin 2025", M(
        "Nadège Oyono <nadege.oyono@example.org>", "Candidature Pro'pulse - maman et diplômée", "02 09:40",
        """Bonjour,

Je me permets de vous écrire pour rejoindre Pro'pulse. Ma fille est née en février 2024, en plein milieu de ma dernière année : j'ai mis mes cours entre parenthèses quelques mois, puis j'ai validé ma licence pro en juin 2025 (Coordination de projets d'animation et de développement social).

Aujourd'hui elle va chez une assistante maternelle trois jours par semaine et je peux chercher sérieusement. Je voudrais coordonner des actions dans un centre social ou une maison des familles.

Merci de votre lecture,
Nadège Oyono
06 14 72 39 50""",
        app("Nadège", "Oyono", phone="+33614723950", bac=3, grad="2025-06", status="b_lp_animation_naissance_2024"),
    )),
    # Feature: parenthood — graduation — j'ai eu mon BTS SP3S en juin 2022
    # circumstance: «j'ai eu mon BTS SP3S en juin 2022» = the second son's birth (septembre 2025) is recent, the BTS is not: 53 months → fails graduation_recent; the years at home are no career → not_eligible
    N("parenthood", "graduation", "j'ai eu mon BTS SP3S en juin 2022", M(
        "Rokia Sanogo <rokia.sanogo@example.fr>", "Reprise de recherche après mes enfants", "03 14:05",
        """Bonjour,

Je m'appelle Rokia, j'ai eu mon BTS SP3S en juin 2022. Juste après, mon premier garçon est arrivé, et le deuxième est né en septembre 2025, alors je suis restée à la maison avec eux.

Maintenant que le petit a une place à la halte-garderie, je voudrais travailler comme conseillère d'accueil dans un centre social ou une association d'accès aux droits. Est-ce que Pro'pulse peut m'aider ?

Rokia Sanogo
07.61.25.48.93""",
        app("Rokia", "Sanogo", phone="+33761254893", bac=2, grad="2022-06", failing=("graduation_recent",), status="b_bts_sp3s_2022_deux_enfants"),
    )),
    # Feature: parenthood — situation — je suis en stage jusqu'au 29 janvier
    # circumstance: «je suis en stage jusqu'au 29 janvier» = the crèche of the association keeps the baby during the mother's own last internship of her DE: it runs after today → fails not_internship, and the DE is not over → fails studies_finished → not_eligible
    N("parenthood", "situation", "je suis en stage jusqu'au 29 janvier", M(
        "Yasmina Terki <yasmina.terki@example.net>", "Inscription pour après mon DE", "04 21:17",
        """Bonsoir,

Je suis en dernière année du DE d'éducatrice de jeunes enfants et je suis en stage jusqu'au 29 janvier dans une association de soutien à la parentalité, à Villeurbanne. Par chance l'association a une crèche et mon bébé de sept mois y est gardé pendant mes journées.

Je voudrais m'inscrire dès maintenant à Pro'pulse pour être prête à chercher un poste en février, idéalement dans un lieu d'accueil enfants-parents associatif.

Yasmina Terki
06 47 80 12 36""",
        app("Yasmina", "Terki", phone="+33647801236", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_deeje_stage_creche_bebe"),
    )),
    # Feature: parenthood — situation — mon fils est en stage de cirque
    # circumstance: «mon fils est en stage de cirque» = the stage is the nine-year-old son's, said about the father's availability; the father's BUT is done and he is in no internship → meets not_internship → eligible
    N("parenthood", "situation", "mon fils est en stage de cirque", M(
        "Grégoire Vasseur <g.vasseur@example.com>", "Candidature", "05 12:30",
        """Bonjour,

Je souhaite postuler à Pro'pulse. J'ai eu mon fils très jeune et j'ai fait mes études en décalé, en cours du soir puis à temps plein : BUT Gestion administrative et commerciale des organisations, obtenu en juin 2026.

Je cherche un poste de gestionnaire dans une SCIC ou une association d'éducation populaire, dans l'agglomération de Tours.

Je suis disponible pour un entretien quand vous voulez, sauf la semaine du 21 décembre : mon fils est en stage de cirque à la MJC et je dois l'y déposer chaque matin à 8 h.

Cordialement,
Grégoire Vasseur
+33 6 38 15 92 07""",
        app("Grégoire", "Vasseur", phone="+33638159207", bac=3, grad="2026-06", status="b_but_gaco_fils_stage_cirque"),
    )),
    # Feature: parenthood — studies_finished — la délibération du jury n'a pas encore eu lieu
    # ambiguous: the master's thesis was defended before the birth, but the jury has not deliberated yet: the M2 may or may not be validated, so studies_finished stays open
    # circumstance: «la délibération du jury n'a pas encore eu lieu» = the defence was moved before the delivery (2 octobre); the results are still to come → studies_finished open → to_verify
    N("parenthood", "studies_finished", "la délibération du jury n'a pas encore eu lieu", M(
        "Priscilla Moreno <priscilla.moreno@example.org>", "Pro'pulse - candidature d'une jeune maman", "06 10:12",
        """Bonjour à toute l'équipe,

Petite situation particulière : j'ai soutenu mon mémoire de M2 Développement local le 2 octobre, trois jours avant mon accouchement (on avait avancé la date exprès). Depuis, la délibération du jury n'a pas encore eu lieu, le secrétariat parle de mi-décembre.

Mon fils Lorenzo va très bien et je commence à penser à la suite : je voudrais travailler dans une coopérative d'habitants ou une association de développement rural.

Est-ce que je peux déjà candidater ?

Priscilla Moreno
06 83 57 21 04""",
        app("Priscilla", "Moreno", phone="+33683572104", bac="*", grad=None, unknown=("studies_finished",), status="b_m2_soutenu_avant_accouchement"),
    )),
    # Feature: parenthood — career_change — j'ai été préparatrice en pharmacie pendant sept ans
    # circumstance: «j'ai été préparatrice en pharmacie pendant sept ans» = the parental leave is from that job: seven years of another trade before the licence pro obtained during the leave → fails not_career_change → not_eligible
    N("parenthood", "career_change", "j'ai été préparatrice en pharmacie pendant sept ans", M(
        "Séverine Pottier <severine.pottier@example.fr>", "Fin de congé parental, nouveau projet", "07 08:55",
        """Bonjour,

Je sors d'un congé parental de deux ans pour mes jumeaux. Avant, j'ai été préparatrice en pharmacie pendant sept ans, dans la même officine.

J'ai profité du congé pour suivre à distance une licence pro Métiers de l'accompagnement social, obtenue en juillet 2026, et je ne veux pas retourner au comptoir : je cherche un poste dans une association d'aide aux familles.

Votre programme serait-il ouvert à quelqu'un comme moi ?

Séverine Pottier
0622894517""",
        app("Séverine", "Pottier", phone="+33622894517", bac=3, grad="2026-07", failing=("not_career_change",), status="b_preparatrice_pharmacie_conge_parental"),
    )),
    # Feature: parenthood — career_change — elle est restée à la maison six ans pour élever ses trois enfants
    # circumstance: «elle est restée à la maison six ans pour élever ses trois enfants» = a social worker writes for the mother (forwarded_by her): years at home with the children are no trade → meets not_career_change; BTS ESF of June 2026 → eligible
    N("parenthood", "career_change", "elle est restée à la maison six ans pour élever ses trois enfants", M(
        "Maryse Thiébaut <m.thiebaut@example.fr>", "Orientation d'une personne que j'accompagne", "09 15:22",
        """Bonjour,

Je suis assistante sociale de secteur et j'accompagne Mme Zahra Qasemi, qui souhaite intégrer Pro'pulse. Elle est restée à la maison six ans pour élever ses trois enfants, puis elle a repris une formation et a obtenu son BTS Économie sociale familiale en juin 2026.

Elle voudrait travailler comme conseillère dans une épicerie solidaire ou une association de lutte contre la précarité énergétique. Son plus jeune entre en maternelle, elle est donc disponible en journée.

Vous pouvez la joindre au 07 53 19 84 26 ou à zahra.qasemi@example.org.

Bien cordialement,
Maryse Thiébaut
Assistante sociale""",
        app("Zahra", "Qasemi", phone="+33753198426", bac=2, grad="2026-06", email="zahra.qasemi@example.org", forwarded_by="m.thiebaut@example.fr", status="b_bts_esf_trois_enfants_as"),
    )),
    # Feature: parenthood — aim — que ce soit une association ou une boutique de la zone commerciale
    # ambiguous: the crèche's distance decides, not the sector: an association or a shop of the retail park, a careful reader cannot say the search is in the ESS
    # circumstance: «que ce soit une association ou une boutique de la zone commerciale» = the crèche place narrows the search to a distance, the sector is left to chance → job_seeking_ess open → to_verify
    N("parenthood", "aim", "que ce soit une association ou une boutique de la zone commerciale", M(
        "Mélodie Vautrin <melodie.vautrin@example.net>", "place en crèche + recherche d'emploi", "10 13:48",
        """Bonjour,

Bonne nouvelle pour moi, j'ai enfin obtenu une place en crèche à partir du 5 janvier pour ma fille ! Je peux donc me lancer dans la recherche d'emploi.

J'ai un BTS Négociation et digitalisation de la relation client (2025). Comme je n'ai pas de voiture, je prendrai le premier poste à moins de vingt minutes à pied de la crèche, que ce soit une association ou une boutique de la zone commerciale.

Votre accompagnement m'intéresse, comment faire pour s'inscrire ?

Mélodie
06 29 40 63 18""",
        app("Mélodie", "Vautrin", phone="+33629406318", bac=2, grad="2025", unknown=("job_seeking_ess",), status="b_bts_ndrc_creche_janvier"),
    )),
    # Feature: parenthood — level — BUT Carrières sociales, obtenu en juillet 2026
    # circumstance: «BUT Carrières sociales, obtenu en juillet 2026» = the pregnancy is the circumstance, the diploma is a BUT (bac+3), recent → meets degree_level → eligible
    N("parenthood", "level", "BUT Carrières sociales, obtenu en juillet 2026", M(
        "Bérénice Ravel <berenice.ravel@example.com>", "Une question et une candidature", "11 17:03",
        """Bonjour,

Je suis enceinte de cinq mois (naissance prévue fin mars) et je me demandais si c'était un frein pour rejoindre Pro'pulse. Si ce n'est pas le cas, je voudrais candidater !

Mon parcours : BUT Carrières sociales, obtenu en juillet 2026, parcours animation sociale et socioculturelle. Je vise un poste d'animatrice de réseau dans une fédération d'associations familiales.

Merci d'avance pour votre réponse,
Bérénice Ravel
06 90 12 44 58""",
        app("Bérénice", "Ravel", phone="+33690124458", bac=3, grad="2026-07", status="b_but_cs_enceinte"),
    )),
    # Feature: parenthood — level — j'ai le bac ST2S
    # circumstance: «j'ai le bac ST2S» = the pregnancy stopped the first year of BTS: no BTS, the highest diploma is the bac → fails degree_level → not_eligible
    N("parenthood", "level", "j'ai le bac ST2S", M(
        "Kelly Rabemananjara <kelly.rabe@example.org>", "pro pulse", "12 23:11",
        """Bonsoir,

J'ai arrêté ma première année de BTS quand je suis tombée enceinte de mon fils en 2023. Du coup j'ai le bac ST2S, pas plus. Mon fils va à l'école maintenant et j'aimerais trop travailler dans une asso qui aide les jeunes mamans comme moi.

Vous prenez les gens comme moi ?

Kelly
07 68 20 91 35""",
        app("Kelly", "Rabemananjara", phone="+33768209135", bac=0, grad=None, failing=("degree_level",), status="b_bac_st2s_bts_arrete_grossesse"),
    )),
    # Feature: parenthood — graduation — j'ai eu mon master quand elle avait à peu près six mois
    # ambiguous: the master is dated only by the daughter's age (two and a half now, six months then): about two years ago, on either side of the 24 months — graduation_recent stays open
    # circumstance: «j'ai eu mon master quand elle avait à peu près six mois» = the child's age is the only clock: roughly November 2024, give or take → graduation_recent open → to_verify
    N("parenthood", "graduation", "j'ai eu mon master quand elle avait à peu près six mois", M(
        "Solène Werner <solene.werner@example.fr>", "Candidature", "13 09:26",
        """Bonjour,

Je voudrais candidater à Pro'pulse. Ma fille a deux ans et demi aujourd'hui, et j'ai eu mon master quand elle avait à peu près six mois (master Gestion des territoires et développement local). Depuis je me suis occupée d'elle à plein temps.

Je cherche un poste de chargée de mission dans une association de développement local ou un pays d'accueil touristique associatif.

Solène Werner
06 71 38 09 62""",
        app("Solène", "Werner", phone="+33671380962", bac=5, grad=None, unknown=("graduation_recent",), status="b_master_age_de_la_fille"),
    )),
    # Feature: parenthood — studies_finished — Côté études, tout est bouclé
    # circumstance: «Côté études, tout est bouclé» = the maternity leave ends on 4 December; the DE EJE (grade licence) of July 2025 is obtained, nothing runs → meets studies_finished → eligible
    N("parenthood", "studies_finished", "Côté études, tout est bouclé", M(
        "Marion Ueda-Faure <marion.ueda@example.net>", "Candidature au programme Pro'pulse", "14 11:44",
        """Bonjour,

Mon congé maternité se termine le 4 décembre et je reprends ma recherche d'emploi. Côté études, tout est bouclé : DE d'éducatrice de jeunes enfants obtenu en juillet 2025, puis quelques remplacements en crèche associative avant ma grossesse.

J'aimerais un poste en crèche parentale ou dans une association de soutien à la parentalité. Je vous joins mon CV.

Bien à vous,
Marion Ueda-Faure
06 55 30 27 81""",
        app("Marion", "Ueda-Faure", phone="+33655302781", bac=3, grad="2025-07", info_in="both", status="b_deeje_fin_conge_maternite"),
        cv=CV("odt", "CV Marion Ueda-Faure.odt", """Marion Ueda-Faure
Éducatrice de jeunes enfants
marion.ueda@example.net - 06 55 30 27 81
Diplôme d'État d'éducateur de jeunes enfants - juillet 2025
Remplacements, crèche associative Les Lucioles (2025-2026)
Animatrice BAFA, centres de loisirs (étés 2021-2023)"""),
    )),
    # Feature: parenthood — kind — Je suis en congé maternité jusqu'au 1er mars 2027
    # circumstance: «Je suis en congé maternité jusqu'au 1er mars 2027» = a partner's out-of-office on maternity leave, no one applying → kind auto_reply
    N("parenthood", "kind", "Je suis en congé maternité jusqu'au 1er mars 2027", M(
        "Sandrine Peyrot <s.peyrot@example.org>", "Réponse automatique : Intervention Pro'pulse", "16 07:30",
        """Bonjour,

Je suis en congé maternité jusqu'au 1er mars 2027. Pour toute question sur les interventions en lycée, merci de contacter ma collègue à l'adresse partenariats@example.org.

Sandrine Peyrot""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: parenthood — kind — est-il possible d'y venir avec un bébé de quelques mois
    # circumstance: «est-il possible d'y venir avec un bébé de quelques mois» = a question about the workshops with a baby, no diploma nor search said → kind question
    N("parenthood", "kind", "est-il possible d'y venir avec un bébé de quelques mois", M(
        "m.sorel@example.com", "ateliers et bébé ?", "17 20:02",
        """Bonjour,

Les ateliers collectifs de Pro'pulse ont lieu à quelle heure, et combien de fois par semaine ? Et est-il possible d'y venir avec un bébé de quelques mois, ou de les suivre à distance ?

Merci,
M. Sorel""",
        question(),
    )),
    # Feature: parenthood — kind — nous réservons des places aux parents en recherche d'emploi
    # circumstance: «nous réservons des places aux parents en recherche d'emploi» = a crèche for job seekers offering places to our participants, no one applying → kind other
    N("parenthood", "kind", "nous réservons des places aux parents en recherche d'emploi", M(
        "Crèche Les Petits Pas <direction@lespetitspas.example.org>", "Places en crèche pour vos participant·es", "18 10:15",
        """Bonjour,

La crèche Les Petits Pas est une crèche à vocation d'insertion professionnelle : nous réservons des places aux parents en recherche d'emploi, pour la durée de leur recherche et les premiers mois du poste.

Si certains de vos participant·es ont de jeunes enfants, n'hésitez pas à leur transmettre nos coordonnées. Nous pouvons aussi venir présenter la crèche lors d'un de vos ateliers.

Bien cordialement,
Nadia Foulon, directrice""",
        other(),
    )),
    # Feature: parenthood — kind — Re: Proposition d'entretien
    # circumstance: «Re: Proposition d'entretien» = a true reply in our thread (In-Reply-To to our Message-ID): the applicant found a childminder for the interview → kind reply
    N("parenthood", "kind", "Re: Proposition d'entretien", M(
        "Tessa Marchal <tessa.marchal@example.fr>", "Re: Proposition d'entretien", "19 18:40",
        """Bonjour,

Le jeudi 3 décembre à 14 h me va très bien, ma mère gardera le bébé. À jeudi !

Tessa

Le 19/11/2026 à 10:05, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Tessa, nous vous proposons un entretien le jeudi 3 décembre à 14 h. Merci de nous confirmer.""",
        reply(),
        headers={"In-Reply-To": "<entretien-0312.tessa@animafac.net>", "References": "<entretien-0312.tessa@animafac.net>"},
    )),
    # Feature: age_and_path — career_change — Pendant quinze ans j'ai été conducteur de bus
    # circumstance: «Pendant quinze ans j'ai été conducteur de bus» = at 43, a late licence pro after fifteen years of another trade → fails not_career_change → not_eligible
    N("age_and_path", "career_change", "Pendant quinze ans j'ai été conducteur de bus", M(
        "Richard Mbarga <richard.mbarga@example.net>", "Candidature - reconversion à 43 ans", "02 06:50",
        """Bonjour,

J'ai 43 ans. Pendant quinze ans j'ai été conducteur de bus dans un réseau de transport urbain, puis j'ai repris mes études : licence pro Gestion des structures sanitaires et sociales, obtenue en juin 2026.

Je cherche maintenant un poste de gestionnaire dans une association du secteur médico-social. J'ai vu que Pro'pulse accompagnait les jeunes diplômés, je tente ma chance.

Richard Mbarga
06 02 48 75 13""",
        app("Richard", "Mbarga", phone="+33602487513", bac=3, grad="2026-06", failing=("not_career_change",), status="b_conducteur_bus_lp_43_ans"),
    )),
    # Feature: age_and_path — career_change — j'ai multiplié les jobs sans lendemain
    # circumstance: «j'ai multiplié les jobs sans lendemain» = at 34, the years before the BUT were seasons, temp work and deliveries, no trade → meets not_career_change → eligible
    N("age_and_path", "career_change", "j'ai multiplié les jobs sans lendemain", M(
        "Yohan Schmitt <yohan.schmitt@example.org>", "Candidature Pro'pulse", "03 19:34",
        """Bonjour,

J'ai 34 ans, ce qui n'est pas l'âge habituel d'un jeune diplômé, je sais. Entre 18 et 30 ans, j'ai multiplié les jobs sans lendemain : saisons à la montagne, intérim, livraisons à vélo. À 30 ans j'ai repris mes études et j'ai obtenu en juin 2026 un BUT Information-communication.

Je voudrais être chargé de communication dans une association environnementale ou une coopérative d'énergie citoyenne.

Merci,
Yohan Schmitt
07 45 63 18 20""",
        app("Yohan", "Schmitt", phone="+33745631820", bac=3, grad="2026-06", status="b_but_infocom_34_ans_petits_boulots"),
    )),
    # Feature: age_and_path — level — je n'ai que le bac
    # circumstance: «je n'ai que le bac» = at 19, in a gap year after the bac of July 2025: no diploma after it → fails degree_level → not_eligible
    N("age_and_path", "level", "je n'ai que le bac", M(
        "Inaya Saadi <inaya.saadi@example.com>", "Est-ce que je peux m'inscrire ?", "04 16:20",
        """Bonjour,

J'ai 19 ans et je fais une année de pause après mon bac général (juillet 2025, mention bien). Je sais que je n'ai que le bac, mais je suis très motivée pour travailler dans l'associatif, j'anime déjà un atelier de soutien scolaire dans mon quartier.

Est-ce que Pro'pulse pourrait m'accompagner ?

Inaya Saadi
06 31 57 82 40""",
        app("Inaya", "Saadi", phone="+33631578240", bac=0, grad=None, failing=("degree_level",), status="b_bac_general_19_ans_pause"),
    )),
    # Feature: age_and_path — level — BTS Gestion des transports et logistique associée en poche depuis juin 2026
    # circumstance: «BTS Gestion des transports et logistique associée en poche depuis juin 2026» = at 20 he fears he is too young; the BTS is bac+2, recent → meets degree_level → eligible
    N("age_and_path", "level", "BTS Gestion des transports et logistique associée en poche depuis juin 2026", M(
        "Timothée Perrin <timothee.perrin@example.net>", "Trop jeune pour Pro'pulse ?", "05 11:08",
        """Bonjour,

J'ai 20 ans et on me dit souvent que je suis trop jeune pour qu'on me confie un poste. Pourtant j'ai eu mon bac à 17 ans et j'ai un BTS Gestion des transports et logistique associée en poche depuis juin 2026.

Mon idée : m'occuper de la logistique d'une ressourcerie ou d'un réseau de banques alimentaires. Je serais content de rejoindre votre programme.

Timothée Perrin
06-84-29-70-13""",
        app("Timothée", "Perrin", phone="+33684297013", bac=2, grad="2026-06", status="b_bts_gtla_20_ans"),
        html="only",
        body_html="""<html><body><div>Bonjour,</div><div><br></div><div>J'ai 20 ans et on me dit souvent que je suis trop jeune pour qu'on me confie un poste. Pourtant j'ai eu mon bac à 17 ans et j'ai un <b>BTS Gestion des transports et logistique associée</b> en poche depuis juin 2026.</div><div><br></div><div>Mon idée : m'occuper de la logistique d'une ressourcerie ou d'un réseau de banques alimentaires. Je serais content de rejoindre votre programme.</div><div><br></div><div>Timothée Perrin<br>06-84-29-70-13</div></body></html>""",
    )),
    # Feature: age_and_path — studies_finished — je suis en année de césure entre mon M1 et mon M2
    # circumstance: «je suis en année de césure entre mon M1 et mon M2» = at 24, a césure inside the master: the M2 resumes in September 2027, the studies run → fails studies_finished → not_eligible
    N("age_and_path", "studies_finished", "je suis en année de césure entre mon M1 et mon M2", M(
        "Ilona Varga <ilona.varga@example.org>", "Candidature pendant ma césure", "06 15:51",
        """Bonjour,

J'ai 24 ans et je suis en année de césure entre mon M1 et mon M2 de géographie (je reprends en septembre 2027). J'aimerais profiter de cette année pour trouver un premier emploi dans une association de protection de la nature, et Pro'pulse me semble parfait pour ça.

Bonne journée,
Ilona Varga
06 24 91 05 37""",
        app("Ilona", "Varga", phone="+33624910537", bac="*", grad=None, failing=("studies_finished",), status="b_cesure_m1_m2_geo"),
    )),
    # Feature: age_and_path — career_change — j'ai travaillé un temps dans la vente de prêt-à-porter
    # ambiguous: «un temps» in retail before the licence, at 31: a student job or years of a trade, a careful reader cannot say
    # circumstance: «j'ai travaillé un temps dans la vente de prêt-à-porter» = the age says there were years before the degree, the words do not say how many → not_career_change open → to_verify
    N("age_and_path", "career_change", "j'ai travaillé un temps dans la vente de prêt-à-porter", M(
        "Arnaud Thibault <arnaud.thibault@example.fr>", "Candidature", "07 10:36",
        """Bonjour,

J'ai 31 ans. Avant de reprendre mes études, j'ai travaillé un temps dans la vente de prêt-à-porter. J'ai obtenu en juin 2026 une licence de sciences de l'éducation.

Je cherche un poste de coordinateur périscolaire dans une association d'éducation populaire.

Arnaud Thibault
06 40 83 26 75""",
        app("Arnaud", "Thibault", phone="+33640832675", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_licence_sde_31_ans_vente"),
    )),
    # Feature: age_and_path — graduation — j'ai obtenu mon master Économie sociale et solidaire en septembre 2026
    # circumstance: «j'ai obtenu mon master Économie sociale et solidaire en septembre 2026» = at 45, the age says nothing of the diploma's date: two months ago → meets graduation_recent; years raising children and volunteering are no career → eligible
    N("age_and_path", "graduation", "j'ai obtenu mon master Économie sociale et solidaire en septembre 2026", M(
        "Marie-Claire Ondoua <mc.ondoua@example.fr>", "Reprise d'études à 45 ans - candidature", "08 14:14",
        """Madame, Monsieur,

J'ai 45 ans et j'ai obtenu mon master Économie sociale et solidaire en septembre 2026, au terme d'une reprise d'études de trois ans. Auparavant, j'ai élevé mes quatre enfants et j'ai été bénévole dans l'association de parents d'élèves de leur école.

Je souhaite désormais occuper un poste de chargée de projet dans une fondation ou une coopérative d'activité et d'emploi. Je serais heureuse de bénéficier de votre accompagnement.

Veuillez agréer mes salutations distinguées,
Marie-Claire Ondoua
06 12 60 94 38""",
        app("Marie-Claire", "Ondoua", phone="+33612609438", bac=5, grad="2026-09", status="b_master_ess_45_ans"),
    )),
    # Feature: age_and_path — kind — y a-t-il un âge maximum pour entrer dans Pro'pulse
    # circumstance: «y a-t-il un âge maximum pour entrer dans Pro'pulse» = a question about the age limit, no one's facts → kind question
    N("age_and_path", "kind", "y a-t-il un âge maximum pour entrer dans Pro'pulse", M(
        "Bertrand Rolland <b.rolland@example.net>", "Limite d'âge ?", "09 08:12",
        """Bonjour,

Une question simple : y a-t-il un âge maximum pour entrer dans Pro'pulse ? Sur votre site on parle de « jeunes diplômés », mais est-ce que ça veut dire moins de 26 ans, moins de 30 ans, ou simplement diplômé récemment ?

Merci pour votre réponse,
B. Rolland""",
        question(),
    )),
    # Feature: age_and_path — kind — The following address failed: g.samba.1981@example.com
    # circumstance: «The following address failed: g.samba.1981@example.com» = our answer to an older applicant came back → kind bounce
    N("age_and_path", "kind", "The following address failed: g.samba.1981@example.com", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.example.net>", "Undelivered Mail Returned to Sender", "10 04:27",
        """This is the mail system at host smtp.example.net.

Your message could not be delivered to one or more recipients.

The following address failed: g.samba.1981@example.com

550 5.1.1 <g.samba.1981@example.com>: Recipient address rejected: User unknown""",
        bounce("g.samba.1981@example.com"),
        bounce="Reporting-MTA: dns; smtp.example.net\n\nFinal-Recipient: rfc822; g.samba.1981@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
    )),
]
