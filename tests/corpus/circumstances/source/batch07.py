"""Circumstances corpus, batch 07 (writer B): family abroad and its obligations — a family shop in Dakar kept
full time for years, summers in the parents' restaurant in Porto, «un bon moment» in an uncle's shop in Beirut, a
hotel to take over in Tunisia, a sister's wedding in Vietnam that dates a licence, a father's death in Mali
after a DUT of 2024, an internship in an aunt's NGO in Abidjan, a brother's service civique in Dakar, a
defence to come in Oran, an internship in an uncle's cooperative in Senegal ending «ce mois-ci» — and the
first half of volunteering and commitments (a volunteer firefighter's training weekends, a service civique
running, a «volontariat» ending «fin novembre», an SNU of 2021, a club's paid coach, ten years at a food
bank, a municipal councillor aiming at the civil service); other mail on the same circumstances."""
# ruff: noqa: E501

from __future__ import annotations

from circumstances import N
from kit import CV, M, app, auto_reply, bounce, other, question

MESSAGES = [
    # Feature: family_abroad_obligations — career_change — j'ai tenu à plein temps la boutique de tissus de mes parents à Dakar pendant six ans
    # circumstance: «j'ai tenu à plein temps la boutique de tissus de mes parents à Dakar pendant six ans» = the family business, full time for six years before coming to France for the licence, is a trade → fails not_career_change → not_eligible
    N("family_abroad_obligations", "career_change", "j'ai tenu à plein temps la boutique de tissus de mes parents à Dakar pendant six ans", M(
        "Mame Diarra Ndoye <mamediarra.ndoye@example.org>", "Candidature au programme Pro'pulse", "01 10:10",
        """Bonjour,

Avant de venir en France, j'ai tenu à plein temps la boutique de tissus de mes parents à Dakar pendant six ans, de 19 à 25 ans. Ensuite j'ai fait une licence de gestion à Rouen, obtenue en juin 2026.

Je voudrais travailler dans une coopérative de commerce équitable, côté achats et relations avec les producteurs. Votre programme pourrait m'aider à comprendre le monde associatif français.

Mame Diarra Ndoye
07 51 36 90 28""",
        app("Mame Diarra", "Ndoye", phone="+33751369028", bac=3, grad="2026-06", failing=("not_career_change",), status="b_boutique_tissus_dakar_licence"),
    )),
    # Feature: family_abroad_obligations — career_change — chaque été je donne un coup de main au restaurant de mes parents
    # circumstance: «chaque été je donne un coup de main au restaurant de mes parents» = summers helping in the family restaurant in Porto are holiday jobs, no trade → meets not_career_change → eligible
    N("family_abroad_obligations", "career_change", "chaque été je donne un coup de main au restaurant de mes parents", M(
        "Tiago Sequeira <tiago.sequeira@example.com>", "Inscription Pro'pulse", "02 18:02",
        """Bonjour,

J'ai obtenu mon BTS Comptabilité et gestion en juin 2026. Ma famille est portugaise et chaque été je donne un coup de main au restaurant de mes parents à Porto, en salle et à la caisse, mais je n'ai jamais eu d'autre emploi.

Je voudrais devenir aide-comptable dans une association ou une mutuelle, ici à Clermont-Ferrand.

Merci,
Tiago Sequeira
06 66 41 27 85""",
        app("Tiago", "Sequeira", phone="+33666412785", bac=2, grad="2026-06", status="b_bts_cg_restaurant_porto_etes"),
    )),
    # Feature: family_abroad_obligations — career_change — j'ai travaillé un bon moment dans la quincaillerie de mon oncle
    # ambiguous: «un bon moment» in an uncle's hardware shop before the master: years of a trade or a hand lent beside school, a careful reader cannot say
    # circumstance: «j'ai travaillé un bon moment dans la quincaillerie de mon oncle» = the family business abroad, of unstated length and time → not_career_change open → to_verify
    N("family_abroad_obligations", "career_change", "j'ai travaillé un bon moment dans la quincaillerie de mon oncle", M(
        "Nadim Sfeir <nadim.sfeir@example.net>", "Candidature", "03 11:31",
        """Bonjour,

Je suis libanais, arrivé en France il y a trois ans. À Beyrouth, j'ai travaillé un bon moment dans la quincaillerie de mon oncle, avant de venir faire mon master Management des organisations de l'ESS à Lille, que j'ai obtenu en septembre 2026.

Ma famille me demande de rentrer, mais je veux construire ma vie ici : je cherche un poste de responsable administratif dans une association ou une SCIC.

Nadim Sfeir
06 57 23 08 64""",
        app("Nadim", "Sfeir", phone="+33657230864", bac=5, grad="2026-09", unknown=("not_career_change",), status="b_master_moess_oncle_beyrouth"),
    )),
    # Feature: family_abroad_obligations — aim — un poste dans un hôtel de luxe pour me former avant de reprendre l'hôtel familial
    # circumstance: «un poste dans un hôtel de luxe pour me former avant de reprendre l'hôtel familial» = the family business abroad is the aim, trained for in luxury hotels → fails job_seeking_ess → not_eligible
    N("family_abroad_obligations", "aim", "un poste dans un hôtel de luxe pour me former avant de reprendre l'hôtel familial", M(
        "Skander Mabrouk <skander.mabrouk@example.com>", "Demande d'accompagnement", "04 09:50",
        """Bonjour,

Mon père veut que je reprenne un jour l'hôtel familial à Hammamet. J'ai obtenu en juin 2026 un master Management de l'hôtellerie internationale, et je cherche d'abord un poste dans un hôtel de luxe pour me former avant de reprendre l'hôtel familial.

Est-ce que votre accompagnement pourrait m'aider à préparer mes entretiens ?

Cordialement,
Skander Mabrouk
06 21 87 46 30""",
        app("Skander", "Mabrouk", phone="+33621874630", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_master_hotellerie_hotel_familial"),
    )),
    # Feature: family_abroad_obligations — aim — travailler dans une association de solidarité internationale
    # circumstance: «travailler dans une association de solidarité internationale» = the family in Cameroon wants her back, she stays and says her aim → meets job_seeking_ess → eligible
    N("family_abroad_obligations", "aim", "travailler dans une association de solidarité internationale", M(
        "Ornella Tchamba <ornella.tchamba@example.org>", "Ma candidature", "05 20:14",
        """Bonjour,

Ma famille aimerait que je rentre à Douala maintenant que j'ai ma licence de géographie (juin 2025), mais j'ai décidé de rester en France et de travailler dans une association de solidarité internationale, sur les projets d'accès à l'eau.

Je vous envoie ma candidature pour Pro'pulse.

Ornella Tchamba
07 44 90 15 26""",
        app("Ornella", "Tchamba", phone="+33744901526", bac=3, grad="2025-06", status="b_licence_geo_solidarite_internationale"),
        html="only",
        body_html="""<html><body style="font-family:Calibri"><p>Bonjour,</p><p>Ma famille aimerait que je rentre à Douala maintenant que j'ai ma licence de géographie (juin 2025), mais j'ai décidé de rester en France et de <i>travailler dans une association de solidarité internationale</i>, sur les projets d'accès à l'eau.</p><p>Je vous envoie ma candidature pour Pro'pulse.</p><p>Ornella Tchamba<br>07 44 90 15 26</p></body></html>""",
    )),
    # Feature: family_abroad_obligations — graduation — J'ai eu ma licence AES en 2022
    # circumstance: «J'ai eu ma licence AES en 2022» = the sister's wedding in Vietnam is the year's landmark, the licence is of 2022 → fails graduation_recent → not_eligible
    N("family_abroad_obligations", "graduation", "J'ai eu ma licence AES en 2022", M(
        "Linh Pham <linh.pham@example.net>", "Candidature", "06 15:39",
        """Bonjour,

J'ai eu ma licence AES en 2022, l'année du mariage de ma sœur à Hanoï. Depuis, j'ai fait beaucoup d'allers-retours au Vietnam pour aider ma famille, et je suis maintenant installée à Nantes pour de bon.

Je voudrais un poste d'assistante de gestion dans une structure de l'ESS.

Linh Pham
06 39 72 58 01""",
        app("Linh", "Pham", phone="+33639725801", bac=3, grad="2022", failing=("graduation_recent",), status="b_licence_aes_2022_mariage_soeur"),
    )),
    # Feature: family_abroad_obligations — graduation — je l'ai eu en 2024, juste avant le décès de mon père
    # ambiguous: the DUT is dated by a year alone in 2024 (and by the father's death, itself undated): it may be recent or not
    # circumstance: «je l'ai eu en 2024, juste avant le décès de mon père» = the months in Mali for the succession date an absence, the DUT only a year → graduation_recent open → to_verify
    N("family_abroad_obligations", "graduation", "je l'ai eu en 2024, juste avant le décès de mon père", M(
        "Bakary Traoré <bakary.traore@example.fr>", "Candidature Pro'pulse", "07 12:12",
        """Bonjour,

Mon DUT Carrières juridiques, je l'ai eu en 2024, juste avant le décès de mon père. J'ai ensuite passé de longs mois au Mali pour les démarches de la succession et pour être auprès de ma mère.

Je suis revenu à Montreuil et je voudrais travailler dans une association d'accès au droit ou de médiation. Votre programme m'a été conseillé par un ami.

Bakary Traoré
06 09 64 37 52""",
        app("Bakary", "Traoré", phone="+33609643752", bac=2, grad="2024", unknown=("graduation_recent",), status="b_dut_cj_2024_deces_pere"),
    )),
    # Feature: family_abroad_obligations — situation — Je suis en stage jusqu'en mars à Abidjan
    # circumstance: «Je suis en stage jusqu'en mars à Abidjan» = the aunt's job in the NGO is hers, the internship is the writer's and runs after today → fails not_internship → not_eligible
    N("family_abroad_obligations", "situation", "Je suis en stage jusqu'en mars à Abidjan", M(
        "Aya Yapo <aya.yapo@example.net>", "candidature depuis Abidjan", "08 16:44",
        """Bonjour,

Je vous écris d'Abidjan, où vit toute ma famille. J'ai une licence pro Gestion de projets de solidarité internationale obtenue en juin 2026. Je suis en stage jusqu'en mars à Abidjan, dans l'ONG où travaille ma tante depuis quinze ans (c'est elle qui m'a trouvé la place).

Je rentre en France en avril et j'aimerais m'inscrire à Pro'pulse pour chercher un poste dans une ONG française.

Aya Yapo
+225 07 08 41 96 33""",
        app("Aya", "Yapo", phone="+2250708419633", bac=3, grad="2026-06", failing=("not_internship",), status="b_lp_solidarite_stage_abidjan_tante"),
    )),
    # Feature: family_abroad_obligations — situation — Mon frère est en service civique à Dakar jusqu'en juin
    # circumstance: «Mon frère est en service civique à Dakar jusqu'en juin» = the brother's service civique is his; the writer, BTS of 2025, says no mission of her own → meets not_service_civique → eligible
    N("family_abroad_obligations", "situation", "Mon frère est en service civique à Dakar jusqu'en juin", M(
        "Coumba Sarr <coumba.sarr@example.fr>", "Candidature", "09 11:58",
        """Bonjour,

J'ai un BTS Économie sociale familiale (juin 2025) et je cherche un poste de conseillère dans une association de lutte contre le mal-logement.

Petite précision pour mes disponibilités : mon frère est en service civique à Dakar jusqu'en juin, et je pars le voir avec toute la famille du 20 décembre au 4 janvier. Je suis disponible tout le reste du temps.

Coumba Sarr
06 72 18 35 49""",
        app("Coumba", "Sarr", phone="+33672183549", bac=2, grad="2025-06", status="b_bts_esf_frere_service_civique_dakar"),
    )),
    # Feature: family_abroad_obligations — studies_finished — je dois rentrer à Oran en janvier pour soutenir mon mémoire de master
    # circumstance: «je dois rentrer à Oran en janvier pour soutenir mon mémoire de master» = the trip home is for the defence still to come → fails studies_finished → not_eligible
    N("family_abroad_obligations", "studies_finished", "je dois rentrer à Oran en janvier pour soutenir mon mémoire de master", M(
        "Amel Zitouni <amel.zitouni@example.org>", "Inscription", "10 14:25",
        """Bonjour,

Je vis à Marseille depuis un an, mais je dois rentrer à Oran en janvier pour soutenir mon mémoire de master (sociologie urbaine, université d'Oran) ; ma famille en profitera pour fêter l'événement.

Après la soutenance, je voudrais travailler dans un centre social ou une association de quartier à Marseille. Puis-je déjà m'inscrire ?

Amel Zitouni
07 81 62 04 37""",
        app("Amel", "Zitouni", phone="+33781620437", bac="*", grad=None, failing=("studies_finished",), status="b_master_oran_soutenance_janvier"),
    )),
    # Feature: family_abroad_obligations — situation — je termine ce mois-ci mon stage
    # ambiguous: the internship in the uncle's cooperative ends «ce mois-ci» with no day: it may have ended or still run on the 26th, so not_internship stays open
    # circumstance: «je termine ce mois-ci mon stage» = the family's cooperative in Senegal hosts an internship ending this month, no day → not_internship open → to_verify
    N("family_abroad_obligations", "situation", "je termine ce mois-ci mon stage", M(
        "Fatou Seck <fatou.seck@example.com>", "Candidature depuis Saint-Louis", "11 09:03",
        """Bonjour,

J'ai obtenu en juin 2026 un BTSA Développement de l'agriculture des régions chaudes, et je termine ce mois-ci mon stage à la coopérative maraîchère de mon oncle, une affaire de famille, près de Saint-Louis du Sénégal.

À mon retour à Montpellier, je voudrais travailler dans une association d'agriculture paysanne ou une AMAP. Pro'pulse m'intéresse beaucoup.

Fatou Seck
06 45 81 29 70""",
        app("Fatou", "Seck", phone="+33645812970", bac=2, grad="2026-06", unknown=("not_internship",), status="b_btsa_stage_cooperative_oncle"),
    )),
    # Feature: family_abroad_obligations — level — BUT Gestion des entreprises et des administrations obtenu en juin 2026
    # circumstance: «BUT Gestion des entreprises et des administrations obtenu en juin 2026» = the parents wanted her back in Madagascar, she stays; the BUT is bac+3 → meets degree_level → eligible
    N("family_abroad_obligations", "level", "BUT Gestion des entreprises et des administrations obtenu en juin 2026", M(
        "Fanja Rakoto <fanja.rakoto@example.net>", "Candidature Pro'pulse - Fanja Rakoto", "12 17:17",
        """Bonjour,

Mes parents voulaient que je revienne à Antananarivo après mes études, mais j'ai préféré rester en France. J'ai un BUT Gestion des entreprises et des administrations obtenu en juin 2026, et je cherche un poste de gestionnaire dans une mutuelle ou une coopérative.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Fanja Rakoto
06 94 50 73 18""",
        app("Fanja", "Rakoto", phone="+33694507318", bac=3, grad="2026-06", info_in="both", status="b_but_gea_madagascar"),
        cv=CV("docx", "CV_Fanja_RAKOTO.docx", """Fanja RAKOTO
fanja.rakoto@example.net | 06 94 50 73 18
FORMATION
BUT Gestion des entreprises et des administrations, IUT de Cergy - 2026
Baccalauréat, lycée français d'Antananarivo - 2023
EXPÉRIENCE
Stage de fin d'études, mutuelle de santé (avril-juin 2026)
LANGUES
Malgache, français, anglais"""),
    )),
    # Feature: family_abroad_obligations — kind — Je suis au pays pour raisons familiales jusqu'au 5 janvier
    # circumstance: «Je suis au pays pour raisons familiales jusqu'au 5 janvier» = a partner's out-of-office during a family trip, no one applying → kind auto_reply
    N("family_abroad_obligations", "kind", "Je suis au pays pour raisons familiales jusqu'au 5 janvier", M(
        "Mariam Ouattara <m.ouattara@example.org>", "Absence : Atelier CV du 10 décembre", "13 06:40",
        """Bonjour,

Je suis au pays pour raisons familiales jusqu'au 5 janvier, avec un accès très irrégulier à mes messages. Pour l'atelier CV, voyez directement avec Julien au secrétariat.

Mariam Ouattara""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: family_abroad_obligations — kind — s'absenter trois semaines pour un mariage à l'étranger
    # circumstance: «s'absenter trois semaines pour un mariage à l'étranger» = a question about absences during the programme, no one's facts → kind question
    N("family_abroad_obligations", "kind", "s'absenter trois semaines pour un mariage à l'étranger", M(
        "Nabil Ouhadi <nabil.ouhadi@example.com>", "absences pendant le programme", "14 22:05",
        """Bonjour,

Avant de candidater, une question pratique : est-ce qu'on peut s'absenter trois semaines pour un mariage à l'étranger pendant l'accompagnement ? Dans beaucoup de familles, ce genre d'événement ne se rate pas, et je préfère savoir si c'est compatible.

Merci,
Nabil""",
        question(),
    )),
    # Feature: family_abroad_obligations — kind — The following address failed: fatim.diaw@example.net
    # circumstance: «The following address failed: fatim.diaw@example.net» = our answer to an applicant gone home for the family came back → kind bounce
    N("family_abroad_obligations", "kind", "The following address failed: fatim.diaw@example.net", M(
        "Mail Delivery Subsystem <postmaster@relay.example.net>", "Delivery Status Notification (Failure)", "15 03:33",
        """Delivery to the following recipient failed permanently.

The following address failed: fatim.diaw@example.net

The mailbox is full and cannot accept new messages.""",
        bounce("fatim.diaw@example.net"),
        bounce="Reporting-MTA: dns; relay.example.net\n\nFinal-Recipient: rfc822; fatim.diaw@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full",
    )),
    # Feature: family_abroad_obligations — kind — nous proposons une réunion d'information pour les jeunes de notre communauté
    # circumstance: «nous proposons une réunion d'information pour les jeunes de notre communauté» = a diaspora association proposing an info session, no one applying → kind other
    N("family_abroad_obligations", "kind", "nous proposons une réunion d'information pour les jeunes de notre communauté", M(
        "Association des Comoriens du Vieux-Port <contact@acvp.example.org>", "Proposition de partenariat", "16 10:46",
        """Bonjour,

Notre association accompagne les familles comoriennes de Marseille. Beaucoup de nos jeunes diplômés hésitent entre rentrer au pays et chercher ici : nous proposons une réunion d'information pour les jeunes de notre communauté, en janvier, et nous aimerions que Pro'pulse vienne s'y présenter.

Dites-nous quelles dates vous conviendraient.

Fraternellement,
Le bureau de l'ACVP""",
        other(),
    )),
    # Feature: volunteering_commitments — studies_finished — quelques week-ends de formation, pas des études
    # circumstance: «quelques week-ends de formation, pas des études» = the volunteer firefighter's initial training is a few weekends, no studies; the licence pro of 2025 is over → meets studies_finished → eligible
    N("volunteering_commitments", "studies_finished", "quelques week-ends de formation, pas des études", M(
        "Corentin Ménard <corentin.menard@example.fr>", "Candidature", "01 19:07",
        """Bonjour,

J'ai une licence pro Métiers de la protection et de la gestion de l'environnement, obtenue en juin 2025. Je suis aussi sapeur-pompier volontaire dans ma commune : en ce moment je fais mon module de formation d'équipier, mais ce sont quelques week-ends de formation, pas des études.

Je cherche un poste de chargé de mission dans un syndicat de rivière associatif ou une association de protection de la nature.

Corentin Ménard
06 13 70 52 86""",
        app("Corentin", "Ménard", phone="+33613705286", bac=3, grad="2025-06", status="b_lp_environnement_pompier_volontaire"),
    )),
    # Feature: volunteering_commitments — situation — je suis en service civique dans une banque alimentaire jusqu'au 30 avril
    # circumstance: «je suis en service civique dans une banque alimentaire jusqu'au 30 avril» = the commitment is a service civique, running after today → fails not_service_civique → not_eligible
    N("volunteering_commitments", "situation", "je suis en service civique dans une banque alimentaire jusqu'au 30 avril", M(
        "Lamia Ziani <lamia.ziani@example.net>", "Inscription au programme", "02 13:21",
        """Bonjour,

J'ai un BTS Gestion de la PME (juin 2026) et je suis en service civique dans une banque alimentaire jusqu'au 30 avril. J'aimerais y rester après, mais comme salariée, ou trouver un poste administratif dans une autre association d'aide alimentaire.

Lamia Ziani
07 39 46 12 80""",
        app("Lamia", "Ziani", phone="+33739461280", bac=2, grad="2026-06", failing=("not_service_civique",), status="b_bts_pme_sc_banque_alimentaire"),
    )),
    # Feature: volunteering_commitments — situation — il se termine fin novembre
    # ambiguous: a «volontariat» of unstated scheme, ending «fin novembre» with no day: whether a civic service still runs on the 26th a careful reader cannot say
    # circumstance: «il se termine fin novembre» = the commitment's scheme and end are both unclear → not_service_civique open → to_verify
    N("volunteering_commitments", "situation", "il se termine fin novembre", M(
        "Matteo Rinaldi <matteo.rinaldi@example.org>", "Candidature", "03 08:34",
        """Bonjour,

Je fais actuellement un volontariat dans une association de jeunesse à Grenoble ; il se termine fin novembre. J'ai une licence de STAPS obtenue en juin 2026.

Je voudrais continuer dans l'animation, comme coordinateur dans une MJC ou une association sportive.

Matteo Rinaldi
06 86 03 47 19""",
        app("Matteo", "Rinaldi", phone="+33686034719", bac=3, grad="2026-06", unknown=("not_service_civique",), status="b_licence_staps_volontariat_fin_novembre"),
    )),
    # Feature: volunteering_commitments — graduation — mon BUT Métiers du multimédia et de l'internet, je l'ai eu en juin 2026
    # circumstance: «mon BUT Métiers du multimédia et de l'internet, je l'ai eu en juin 2026» = the SNU of 2021 is an old commitment, no graduation; the BUT of June 2026 → meets graduation_recent → eligible
    N("volunteering_commitments", "graduation", "mon BUT Métiers du multimédia et de l'internet, je l'ai eu en juin 2026", M(
        "Louna Marques <louna.marques@example.com>", "Candidature Pro'pulse", "04 17:49",
        """Bonjour,

Je m'engage depuis longtemps : j'ai fait le SNU en 2021, puis une mission d'intérêt général dans une radio associative. Quant à mon BUT Métiers du multimédia et de l'internet, je l'ai eu en juin 2026.

Je cherche un poste de chargée de communication numérique dans une association d'éducation aux médias.

Louna Marques
06 52 97 31 64""",
        app("Louna", "Marques", phone="+33652973164", bac=3, grad="2026-06", status="b_but_mmi_snu_2021"),
    )),
    # Feature: volunteering_commitments — career_change — j'ai été éducateur sportif salarié du club pendant huit ans
    # circumstance: «j'ai été éducateur sportif salarié du club pendant huit ans» = the club was no bénévolat but a paid trade for eight years before the licence → fails not_career_change → not_eligible
    N("volunteering_commitments", "career_change", "j'ai été éducateur sportif salarié du club pendant huit ans", M(
        "Yannick Simonet <yannick.simonet@example.fr>", "Candidature", "05 07:25",
        """Bonjour,

Avec mon BPJEPS, j'ai été éducateur sportif salarié du club pendant huit ans (basket, école de sport). J'ai ensuite repris une licence STAPS Management du sport, obtenue en juin 2026.

Je voudrais devenir directeur d'une association sportive ou d'un comité départemental.

Yannick Simonet
06 03 59 28 74""",
        app("Yannick", "Simonet", phone="+33603592874", bac=3, grad="2026-06", failing=("not_career_change",), status="b_educateur_sportif_salarie_huit_ans"),
    )),
    # Feature: volunteering_commitments — career_change — bénévole depuis dix ans
    # circumstance: «bénévole depuis dix ans» = ten years at a food bank beside school and university are a bénévolat, no trade → meets not_career_change → eligible
    N("volunteering_commitments", "career_change", "bénévole depuis dix ans", M(
        "Wassila Oukaci <wassila.oukaci@example.org>", "Candidature au programme", "06 12:57",
        """Bonjour,

Je suis bénévole depuis dix ans à la banque alimentaire de mon quartier : j'ai commencé au collège avec ma mère et je n'ai jamais arrêté, même pendant mon master Politiques sociales, obtenu en septembre 2026.

Je voudrais maintenant en faire mon métier : un poste de coordinatrice de bénévoles dans une association de solidarité.

Wassila Oukaci
07 58 20 67 31""",
        app("Wassila", "Oukaci", phone="+33758206731", bac=5, grad="2026-09", status="b_master_ps_benevole_dix_ans"),
    )),
    # Feature: volunteering_commitments — aim — je prépare le concours d'attaché territorial
    # circumstance: «je prépare le concours d'attaché territorial» = the municipal mandate leads to the civil service, not the ESS → fails job_seeking_ess → not_eligible
    N("volunteering_commitments", "aim", "je prépare le concours d'attaché territorial", M(
        "Aurélien Thévenin <aurelien.thevenin@example.net>", "Accompagnement", "07 09:40",
        """Bonjour,

Je suis conseiller municipal dans mon village depuis 2020 (mon deuxième mandat commence en 2026) et j'ai une licence de droit public (juin 2025). Mon objectif est d'entrer dans la fonction publique territoriale : je prépare le concours d'attaché territorial pour la session 2027.

Est-ce que votre accompagnement peut m'aider en attendant ?

Aurélien Thévenin
06 28 75 09 41""",
        app("Aurélien", "Thévenin", phone="+33628750941", bac=3, grad="2025-06", failing=("job_seeking_ess",), status="b_licence_droit_conseiller_municipal_concours"),
    )),
    # Feature: volunteering_commitments — kind — présenter le programme à nos licenciés
    # circumstance: «présenter le programme à nos licenciés» = a sports club proposing a talk to its members, no one applying → kind other
    N("volunteering_commitments", "kind", "présenter le programme à nos licenciés", M(
        "AS Villeurbanne Handball <contact@asvh.example.org>", "Intervention au club ?", "08 18:30",
        """Bonjour,

Nous sommes un club de handball de 400 adhérents, dont beaucoup de jeunes de 20 à 25 ans qui finissent leurs études et qui sont aussi entraîneurs bénévoles. Seriez-vous d'accord pour venir présenter le programme à nos licenciés un soir après l'entraînement ?

Sportivement,
Le bureau de l'ASVH""",
        other(),
    )),
    # Feature: volunteering_commitments — kind — un volontariat de solidarité internationale compte-t-il comme un service civique
    # circumstance: «un volontariat de solidarité internationale compte-t-il comme un service civique» = a question about which commitments count, no one's facts → kind question
    N("volunteering_commitments", "kind", "un volontariat de solidarité internationale compte-t-il comme un service civique", M(
        "Justine Mauger <justine.mauger@example.fr>", "volontariat et critères", "09 14:07",
        """Bonjour,

Dans vos critères, vous écrivez qu'on ne doit pas être en service civique. Mais un volontariat de solidarité internationale compte-t-il comme un service civique ? Et le Corps européen de solidarité ?

Merci de m'éclairer,
Justine""",
        question(),
    )),
]
