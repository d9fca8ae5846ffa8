"""Chronology corpus, batch 06 (writer B): events dated only from one another (a BTS two years after a bac
of 2020, a licence pro «l'année d'après» a DUT of 2024, a licence three years after a bac with no year, an
internship signed six weeks after a master, a service civique the month after a licence, a BTS left six
months in, a CDD six months after a licence), events dated by the writer's life or the year's calendar (the
spring everything closed, a move to Brest, an internship ended at the Toussaint, a DU since the rentrée, the
year one turned twenty, the results after the 14th of July), and two strands told side by side (a degree and
a civic service, a licence and weekend catering, a degree and an internship, a job and a distance course, a
search in two directions, a dissertation and a mission); other mail in the same orders."""
# ruff: noqa: E501

from __future__ import annotations

from chronology import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: relative_anchors — graduation — est venu deux années plus tard
    # order: «bac en 2020» → «le BTS est venu deux années plus tard» = counted from the anchor the BTS is 2022, four years back → fails graduation_recent → not eligible
    N("relative_anchors", "graduation", "est venu deux années plus tard", M(
        "Tiphaine Marchal <tiphaine.marchal@example.org>", "Candidature assistante de gestion", "01 10:22",
        """Bonjour,

J'ai passé mon bac STMG en 2020 à Saint-Brieuc ; le BTS Comptabilité et gestion est venu deux années plus tard, dans le même lycée. Depuis, j'ai fait des missions d'aide-comptable en intérim.

Je voudrais maintenant travailler dans une association ou une coopérative, comme assistante de gestion.

Tiphaine Marchal
06 25 81 49 03""",
        app("Tiphaine", "Marchal", phone="+33625814903", bac=2, grad="2022", failing=("graduation_recent",), status="b_bts_cg_deux_ans_apres_bac_2020"),
    )),
    # Feature: relative_anchors — graduation — l'année d'après, la licence pro
    # order: «DUT Carrières sociales en 2024» → «l'année d'après, la licence pro» = the licence pro is 2025, inside the 24 months → meets graduation_recent → eligible
    N("relative_anchors", "graduation", "l'année d'après, la licence pro", M(
        "Mathis Okafor <mathis.okafor@example.net>", "Pro'pulse - candidature", "02 14:47",
        """Bonjour,

DUT Carrières sociales en 2024, l'année d'après, la licence pro Coordination de projets d'animation, à Tours. Je cherche un poste de coordinateur jeunesse dans une fédération d'éducation populaire ou un centre social associatif.

Merci de votre retour,
Mathis Okafor
07 38 60 25 14""",
        app("Mathis", "Okafor", phone="+33738602514", bac=3, grad="2025", status="b_lp_annee_apres_dut_2024"),
    )),
    # Feature: relative_anchors — graduation — trois ans après le bac j'avais ma licence
    # ambiguous: every date hangs on the bac, whose year is never given: the licence may be two years old or five, graduation_recent stays open
    # order: «trois ans après le bac, la licence» → «depuis, un an et demi de petits boulots» = no absolute anchor anywhere, the licence's year cannot be counted → graduation_recent open → to_verify
    N("relative_anchors", "graduation", "trois ans après le bac j'avais ma licence", M(
        "Jonas Wieczorek <jonas.wieczorek@example.com>", "candidature", "03 23:05",
        """Bonsoir,

Trois ans après le bac j'avais ma licence de sciences de l'éducation, sans redoubler. Depuis, petits boulots : livreur, surveillant, animateur en accueil de loisirs.

Je cherche un premier vrai poste dans l'éducation populaire.

Jonas W.
06 90 42 17 58""",
        app("Jonas", "Wieczorek", phone="+33690421758", bac=3, grad=None, unknown=("graduation_recent",), status="b_licence_sans_annee_de_bac"),
    )),
    # Feature: relative_anchors — situation — Six semaines plus tard, j'ai démarré un stage de six mois
    # order: «master validé en septembre» → «six semaines plus tard, un stage de six mois» = the internship began mid-October for six months, it runs until April → fails not_internship → not eligible
    N("relative_anchors", "situation", "Six semaines plus tard, j'ai démarré un stage de six mois", M(
        "Priscille Nzeyimana <priscille.nzeyimana@example.fr>", "Candidature - chargée de plaidoyer", "04 11:51",
        """Bonjour,

Mon master Droits de l'homme a été validé en septembre. Six semaines plus tard, j'ai démarré un stage de six mois dans une ONG de plaidoyer à Paris.

J'aimerais préparer l'après : un poste de chargée de plaidoyer dans une association.

Priscille Nzeyimana
06 58 37 94 20""",
        app("Priscille", "Nzeyimana", phone="+33658379420", bac=5, grad="2026-09", failing=("not_internship",), status="b_master_stage_six_semaines_plus_tard"),
    )),
    # Feature: relative_anchors — situation — le mois suivant, elle a démarré un service civique de dix mois
    # order: «licence en juin 2025» → «le mois suivant, service civique de dix mois» = July 2025 plus ten months ends in May 2026, over → meets not_service_civique → eligible
    N("relative_anchors", "situation", "le mois suivant, elle a démarré un service civique de dix mois", M(
        "Mission locale du Pays de Rennes <s.pereira@ml-rennes.example.fr>", "Orientation d'un jeune vers Pro'pulse", "05 09:14",
        """Bonjour,

J'accompagne depuis l'été Mme Adèle Rousset, qui m'a autorisé à vous écrire. Elle a obtenu sa licence de sociologie en juin 2025 ; le mois suivant, elle a démarré un service civique de dix mois dans une association de lutte contre l'isolement des personnes âgées, et elle aimerait rester dans ce champ.

Elle cherche un poste de coordinatrice de bénévoles. Vous pouvez la joindre au 07 81 04 62 35 ou à adele.rousset@example.org.

Bien cordialement,
Sofia Pereira, conseillère Mission locale""",
        app("Adèle", "Rousset", phone="+33781046235", bac=3, grad="2025-06", email="adele.rousset@example.org", forwarded_by="s.pereira@ml-rennes.example.fr", status="b_licence_socio_sc_mois_suivant"),
    )),
    # Feature: relative_anchors — level — six mois après la rentrée j'ai arrêté le BTS
    # order: «bac pro en 2024» → «un an après, entrée en BTS» → «six mois après la rentrée, arrêt» = the BTS was left before its end, only the bac pro stands → fails degree_level → not eligible
    N("relative_anchors", "level", "six mois après la rentrée j'ai arrêté le BTS", M(
        "Dylan Varenne <dylan.varenne@example.net>", "demande d'accompagnement", "06 16:33",
        """Bonjour,
Bac pro ASSP en 2024. Un an après je suis entré en BTS SP3S, mais six mois après la rentrée j'ai arrêté le BTS pour des raisons familiales. Je voudrais travailler comme aide dans une association d'aide à domicile.
Dylan Varenne
07 12 64 38 91""",
        app("Dylan", "Varenne", phone="+33712643891", bac=0, grad=None, failing=("degree_level",), status="b_bac_pro_bts_arrete_six_mois"),
    )),
    # Feature: relative_anchors — career_change — Six mois après ma licence, j'ai trouvé un CDD
    # order: «licence juin 2025» → «six mois après, CDD dans une banque» → «il s'est arrêté l'été dernier» → «depuis, je cherche dans l'ESS» = the job came after the diploma, a first CDD, no trade before it → meets not_career_change → eligible
    N("relative_anchors", "career_change", "Six mois après ma licence, j'ai trouvé un CDD", M(
        "Inès Sánchez-Morel <ines.sanchez@example.org>", "Candidature Pro'pulse - licence économie", "07 12:02",
        """Bonjour,

J'ai obtenu ma licence d'économie en juin 2025. Six mois après ma licence, j'ai trouvé un CDD de conseillère clientèle dans une banque de réseau ; il s'est arrêté l'été dernier et je ne l'ai pas renouvelé.

Depuis, je cherche dans la finance solidaire : microcrédit, épargne solidaire, accompagnement des porteurs de projet en ADIE ou en coopérative.

Très cordialement,
Inès Sánchez-Morel
06 46 19 83 27""",
        app("Inès", "Sánchez-Morel", phone="+33646198327", bac=3, grad="2025-06", status="b_licence_eco_cdd_banque_apres"),
    )),
    # Feature: relative_anchors — kind — un an plus tard une licence pro
    # order: «un BTS» → «un an plus tard une licence pro» = a general question on which date counts, no diploma of the writer's own → kind question
    N("relative_anchors", "kind", "un an plus tard une licence pro", M(
        "r.mbappe.t@example.com", "Quelle date compte ?", "08 18:40",
        """Bonjour,

Question pratique : si quelqu'un a un BTS, puis un an plus tard une licence pro, c'est la date de laquelle des deux qui compte pour vos deux ans ?

Merci""",
        question(),
    )),
    # Feature: relative_anchors — kind — Final-Recipient: rfc822; yohan.tessier@example.net
    # order: «notre réponse du 6 novembre» → «retour le lendemain» = our answer came back, no application → kind bounce
    N("relative_anchors", "kind", "Final-Recipient: rfc822; yohan.tessier@example.net", M(
        "Mail Delivery System <MAILER-DAEMON@relay.example.net>", "Undelivered Mail Returned to Sender", "09 03:18",
        """This is the mail system at host relay.example.net.

Your message could not be delivered to one or more recipients. It has been retried for 72 hours.

<yohan.tessier@example.net>: 550 5.1.1 recipient address rejected

Final-Recipient: rfc822; yohan.tessier@example.net""",
        bounce("yohan.tessier@example.net"),
        bounce="Reporting-MTA: dns; relay.example.net\n\nFinal-Recipient: rfc822; yohan.tessier@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 recipient address rejected",
    )),
    # Feature: life_anchors — graduation — le printemps où tout a fermé à cause du Covid
    # order: «BTS au printemps où tout a fermé à cause du Covid» → «puis des années en logistique» = the life anchor is spring 2020, six years back → fails graduation_recent → not eligible
    N("life_anchors", "graduation", "le printemps où tout a fermé à cause du Covid", M(
        "Loïc Pereira-Mendes <loic.pm@example.fr>", "candidature ESS", "10 08:26",
        """Bonjour,

J'ai eu mon BTS Gestion des transports et de la logistique le printemps où tout a fermé à cause du Covid, les épreuves avaient été annulées et on l'a eu sur dossier. J'ai ensuite bossé dans plusieurs entrepôts.

Aujourd'hui je voudrais mettre la logistique au service d'une banque alimentaire ou d'une ressourcerie.

Loïc Pereira-Mendes
06 07 93 51 84""",
        app("Loïc", "Pereira-Mendes", phone="+33607935184", bac=2, grad="2020", failing=("graduation_recent",), status="b_bts_gtl_covid_2020"),
    )),
    # Feature: life_anchors — graduation — quand nous avons emménagé à Brest
    # ambiguous: the DEUST is dated only by a move whose year the mail never gives: it may be recent or not, graduation_recent stays open
    # order: «le diplôme est arrivé quand nous avons emménagé à Brest» → «depuis, congé parental» = the move is not dated, so neither is the DEUST → graduation_recent open → to_verify
    N("life_anchors", "graduation", "quand nous avons emménagé à Brest", M(
        "Soraya Quintin <soraya.quintin@example.org>", "Candidature DEUST", "11 13:17",
        """Bonjour,

Mon DEUST Médiation sociale est arrivé quand nous avons emménagé à Brest, avec mon compagnon et notre fille. Depuis je me suis occupée de la petite, et elle entre à la crèche en janvier.

Je cherche un poste de médiatrice dans une association de quartier ou une régie.

Soraya Quintin
06 88 24 60 13""",
        app("Soraya", "Quintin", phone="+33688246013", bac=2, grad=None, unknown=("graduation_recent",), status="b_deust_emmenagement_brest"),
    )),
    # Feature: life_anchors — situation — À la Toussaint, mon stage s'est achevé
    # order: «à la Toussaint, mon stage s'est achevé» → «je cherche depuis» = the Toussaint of this year is early November, the internship is over → meets not_internship → eligible
    N("life_anchors", "situation", "À la Toussaint, mon stage s'est achevé", M(
        "Hugo Mwangi <hugo.mwangi@example.com>", "Candidature - master gestion de projets culturels", "12 10:09",
        """Bonjour,

Après un master Gestion de projets culturels obtenu en juin, j'ai prolongé par un stage court dans un festival associatif. À la Toussaint, mon stage s'est achevé, juste après le bilan de l'édition.

Je cherche maintenant un poste de chargé de production dans une association culturelle ou une SCOP de spectacle. Je suis mobile sur tout le Grand Ouest et disponible tout de suite.

Hugo Mwangi
07 63 90 12 48""",
        app("Hugo", "Mwangi", phone="+33763901248", bac=5, grad="2026-06", status="b_master_culture_stage_toussaint"),
    )),
    # Feature: life_anchors — studies_finished — depuis la rentrée, je suis inscrite en DU
    # order: «licence en 2025» → «depuis la rentrée, je suis inscrite en DU, un an» = la rentrée is September 2026 and the DU runs until June → fails studies_finished → not eligible
    N("life_anchors", "studies_finished", "depuis la rentrée, je suis inscrite en DU", M(
        "Romane Thibault <romane.thibault@example.net>", "Candidature", "13 15:44",
        """Bonjour,

Licence de LEA en 2025. Et depuis la rentrée, je suis inscrite en DU Coordination de projets de solidarité internationale à Grenoble, pour l'année, avec des cours tous les jeudis et vendredis.

Je voudrais trouver un poste dans une ONG en même temps, à temps partiel.

Romane Thibault
06 50 17 83 92""",
        app("Romane", "Thibault", phone="+33650178392", bac=3, grad="2025", failing=("studies_finished",), status="b_licence_lea_du_depuis_rentree"),
    )),
    # Feature: life_anchors — graduation — l'année de mes vingt ans
    # ambiguous: the BTS is dated by the year the writer turned twenty and the mail gives neither her age today nor a birth year: graduation_recent stays open
    # order: «BTS l'année de mes vingt ans» → «depuis, saisons et remplacements» = an age anchor with no year cannot be counted → graduation_recent open → to_verify
    N("life_anchors", "graduation", "l'année de mes vingt ans", M(
        "Naïma Rocher <naima.rocher@example.fr>", "Pro'pulse", "14 11:31",
        """Bonjour,

J'ai eu mon BTS Tourisme l'année de mes vingt ans. Depuis, j'ai enchaîné les saisons et les remplacements en office de tourisme.

J'aimerais m'orienter vers le tourisme social et solidaire : centres de vacances associatifs, auberges de jeunesse, associations de séjours adaptés.

Naïma Rocher
06 35 92 48 17""",
        app("Naïma", "Rocher", phone="+33635924817", bac=2, grad=None, unknown=("graduation_recent",), status="b_bts_tourisme_vingt_ans"),
        html="only",
        body_html="""<html><body><div>Bonjour,</div><div><br></div><div>J'ai eu mon BTS Tourisme l'année de mes vingt ans. Depuis, j'ai enchaîné les saisons et les remplacements en office de tourisme.</div><div><br></div><div>J'aimerais m'orienter vers le tourisme social et solidaire : centres de vacances associatifs, auberges de jeunesse, associations de séjours adaptés.</div><div><br></div><div>Naïma Rocher<br>06 35 92 48 17</div></body></html>""",
    )),
    # Feature: life_anchors — graduation — juste après le 14 juillet
    # order: «cet été, juste après le 14 juillet, les résultats du BUT» → «depuis la rentrée, des candidatures» = the summer of this year dates the BUT, July 2026 → meets graduation_recent → eligible
    N("life_anchors", "graduation", "juste après le 14 juillet", M(
        "Anaïs Pham-Vuong <anais.pham@example.org>", "Candidature Pro'pulse - BUT GEA", "15 19:56",
        """Bonjour,

Cet été, juste après le 14 juillet, j'ai reçu les résultats de mon BUT Gestion des entreprises et des administrations : diplômée. Depuis la rentrée j'envoie des candidatures dans des mutuelles et des associations gestionnaires d'établissements, pour des postes de gestionnaire administrative.

Je joins mon CV.

Anaïs Pham-Vuong
07 29 46 81 50""",
        app("Anaïs", "Pham-Vuong", phone="+33729468150", bac=3, grad="2026-07", info_in="both", status="b_but_gea_apres_14_juillet"),
        cv=CV("pdf", "CV_Anais_Pham-Vuong.pdf", """Anaïs Pham-Vuong
Gestionnaire administrative
anais.pham@example.org - 07 29 46 81 50
BUT GEA, IUT de Poitiers - juillet 2026
Stage : mutuelle santé, service adhérents (avril-juin 2026)
Job étudiant : caissière le samedi (2023-2026)"""),
    )),
    # Feature: life_anchors — kind — jusqu'à la fin des vacances de Noël
    # order: «absente dès aujourd'hui» → «jusqu'à la fin des vacances de Noël» = an out-of-office dated by the calendar, no application → kind auto_reply
    N("life_anchors", "kind", "jusqu'à la fin des vacances de Noël", M(
        "Valentine Robert <valentine.robert@example.net>", "Absence", "20 18:00",
        """Bonjour, je suis en congé à partir d'aujourd'hui et jusqu'à la fin des vacances de Noël. Je lirai vos messages à mon retour. Valentine""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: life_anchors — kind — à la rentrée de janvier
    # order: «nos diplômés de juin» → «à la rentrée de janvier, une nouvelle promotion» = a school's calendar about its own graduates, no one applying → kind other
    N("life_anchors", "kind", "à la rentrée de janvier", M(
        "IRTS Bourgogne - Relations entreprises <relations@irts-bourgogne.example.fr>", "Nos jeunes diplômés et vos offres", "16 10:10",
        """Madame, Monsieur,

Nos éducateurs et éducatrices diplômés en juin cherchent pour beaucoup leur premier poste, et une nouvelle promotion entrera en formation à la rentrée de janvier. Nous serions heureux de relayer vos ateliers auprès d'eux et de recevoir vos offres de stage.

Bien cordialement,
Service des relations entreprises""",
        other(),
    )),
    # Feature: parallel_strands — situation — Au même moment, j'ai démarré une mission de service civique
    # order: «master obtenu en septembre» ‖ «au même moment, une mission de service civique que j'effectue toujours» = the second strand is still told in the present, it runs today → fails not_service_civique → not eligible
    N("parallel_strands", "situation", "Au même moment, j'ai démarré une mission de service civique", M(
        "Morgane Uzan <morgane.uzan@example.com>", "Candidature master", "16 21:14",
        """Bonjour,

J'ai obtenu mon master Information-communication en septembre à Bordeaux. Au même moment, j'ai démarré une mission de service civique à la Croix-Rouge, sur la communication des maraudes, que j'effectue toujours, trois jours par semaine.

Je cherche un poste de chargée de communication dans une association humanitaire.

Morgane Uzan
06 61 27 95 38""",
        app("Morgane", "Uzan", phone="+33661279538", bac=5, grad="2026-09", failing=("not_service_civique",), status="b_master_sc_meme_moment_toujours"),
    )),
    # Feature: parallel_strands — career_change — tous les week-ends de ma licence
    # order: «licence de juin» ‖ «tous les week-ends de ma licence, chez un traiteur» = the job ran beside the studies, a student job → meets not_career_change → eligible
    N("parallel_strands", "career_change", "tous les week-ends de ma licence", M(
        "Baptiste Zanetti <baptiste.zanetti@example.org>", "Candidature - licence AES", "17 09:37",
        """Bonjour,

J'ai terminé ma licence d'AES en juin dernier, et tous les week-ends de ma licence j'ai servi chez un traiteur pour des mariages. Aujourd'hui je postule dans des associations d'insertion comme chargé d'accueil ou assistant de gestion.

Baptiste Zanetti
07 42 83 15 06""",
        app("Baptiste", "Zanetti", phone="+33742831506", bac=3, grad="2026-06", status="b_licence_aes_traiteur_weekends"),
    )),
    # Feature: parallel_strands — situation — j'ai fait un stage dans une SCIC, commencé à la rentrée
    # ambiguous: the two strands are a licence (ended in June) and an internship begun at the rentrée whose end is never told: over or running, not_internship stays open
    # order: «côté diplôme: licence en juin» ‖ «côté terrain: stage dans une SCIC, commencé à la rentrée» = the second strand has a start and no end → not_internship open → to_verify
    N("parallel_strands", "situation", "j'ai fait un stage dans une SCIC, commencé à la rentrée", M(
        "Elias Mbemba <elias.mbemba@example.net>", "Candidature Pro'pulse", "18 14:20",
        """Bonjour,

Côté diplôme : licence de géographie et aménagement, validée en juin. Côté terrain : j'ai fait un stage dans une SCIC, commencé à la rentrée, sur un projet d'habitat partagé, et c'est ce qui m'a donné envie de rester dans le logement coopératif.

Je cherche donc un poste de chargé de projet habitat dans une coopérative ou une association.

Elias Mbemba
06 14 70 52 83""",
        app("Elias", "Mbemba", phone="+33614705283", bac=3, grad="2026-06", unknown=("not_internship",), status="b_licence_geo_stage_scic_sans_fin"),
    )),
    # Feature: parallel_strands — studies_finished — Alongside my job at the café I'm doing a distance-learning degree
    # order: «job at the café» ‖ «distance-learning degree, final exams in June» = the study strand is told in the present with its exams ahead → fails studies_finished → not eligible
    N("parallel_strands", "studies_finished", "Alongside my job at the café I'm doing a distance-learning degree", M(
        "Niamh O'Sullivan <niamh.osullivan@example.com>", "Pro'pulse application", "19 08:04",
        """Hi there,

I moved to Montpellier last year. Alongside my job at the café I'm doing a distance-learning degree in Social Sciences with the Open University, final exams in June. I'd like to start working for a non-profit as soon as I can, maybe part-time until the degree is done.

Thanks,
Niamh O'Sullivan
07 81 52 36 94""",
        app("Niamh", "O'Sullivan", phone="+33781523694", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_distance_degree_cafe"),
    )),
    # Feature: parallel_strands — aim — deux pistes en même temps
    # ambiguous: two searches run side by side, associations and recruitment agencies, neither put first: job_seeking_ess stays open
    # order: «piste 1: associations de solidarité» ‖ «piste 2: cabinets de recrutement» = two strands of search, both running, neither chosen → job_seeking_ess open → to_verify
    N("parallel_strands", "aim", "deux pistes en même temps", M(
        "Yannick Sévère <yannick.severe@example.fr>", "Candidature RH", "20 12:48",
        """Bonjour,

Titulaire d'un master RH obtenu en juin 2025, je mène deux pistes en même temps : des postes RH dans des associations de solidarité, et des postes de chargé de recrutement en cabinet. Je verrai où j'ai le plus de retours.

Cordialement,
Yannick Sévère
+33 6 27 49 83 01""",
        app("Yannick", "Sévère", phone="+33627498301", bac=5, grad="2025-06", unknown=("job_seeking_ess",), status="b_master_rh_deux_pistes"),
    )),
    # Feature: parallel_strands — situation — les deux ont pris fin en juillet
    # order: «mémoire de master» ‖ «volontaire en service civique» → «les deux ont pris fin en juillet» = both strands are closed together, in the past → meets not_service_civique → eligible
    N("parallel_strands", "situation", "les deux ont pris fin en juillet", M(
        "Zacharie Mendy <zacharie.mendy@example.org>", "Candidature - master développement local", "21 10:15",
        """Bonjour,

L'an dernier, pendant que j'écrivais mon mémoire de master Développement local, j'étais aussi volontaire en service civique dans une association de jardins partagés, trois jours par semaine. Les deux ont pris fin en juillet : mémoire soutenu, master validé, mission terminée.

Je cherche un poste d'animateur de réseau dans une association d'agriculture urbaine ou un tiers-lieu.

Zacharie Mendy
06 93 50 28 17""",
        app("Zacharie", "Mendy", phone="+33693502817", bac=5, grad="2026-07", status="b_master_sc_fin_juillet"),
    )),
    # Feature: parallel_strands — kind — tout en cherchant un emploi en même temps
    # order: «service civique en cours» ‖ «recherche d'emploi» = a general question on doing both at once, no facts to judge → kind question
    N("parallel_strands", "kind", "tout en cherchant un emploi en même temps", M(
        "charlie.w@example.net", "Question", "22 20:02",
        """Bonjour, peut-on suivre votre programme pendant un service civique, tout en cherchant un emploi en même temps ? Ou faut-il attendre la fin de la mission ? Bonne soirée""",
        question(),
    )),
    # Feature: parallel_strands — kind — au même moment j'ai eu la réponse de la fondation
    # order: «depuis votre message, stage fini» ‖ «au même moment, réponse de la fondation» = a reply in our thread telling what happened since → kind reply
    N("parallel_strands", "kind", "au même moment j'ai eu la réponse de la fondation", M(
        "Margaux Renard <margaux.renard@example.com>", "Re: Pro'pulse - votre dossier", "24 17:29",
        """Bonjour,

Petites nouvelles depuis votre message : mon stage est terminé depuis vendredi, et au même moment j'ai eu la réponse de la fondation, un CDD de six mois à partir de janvier. Je ne sais pas si je garde ma place dans le programme, dites-moi.

Margaux

> Le 2 novembre 2026, Pro'pulse a écrit :
> Bonjour Margaux, nous reviendrons vers vous à la fin de votre stage.""",
        reply(),
        headers={"In-Reply-To": "<dossier-3308.margaux@animafac.net>", "References": "<dossier-3308.margaux@animafac.net>"},
    )),
]
