"""Chronology corpus, batch 05 (writer B): paths told today first and walking back (a job of today, an
internship running, a trade told last, a European volunteering ending this month, an old BTS met at the end
of the walk, the same in English), told forward with a jump back (a bus driver's years, an old BTS behind a
recent master, kitchen years of no length, a licence older than a journey, a service civique begun
«dans l'intervalle», one ended before a BTS), and told from what comes next (a defence, a departure, a CDD's end,
an interview, a civic mission's end, a deliberation); other mail in the same orders (questions telling a
path backward or from the future, an out-of-office, a reply in our thread, a partner's timeline, a calendar)."""
# ruff: noqa: E501

from __future__ import annotations

from chronology import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: reverse_order — studies_finished — En ce moment je fais des remplacements de nuit
    # order: «en ce moment: remplacements de nuit dans une MECS» ← «auparavant: DE éducatrice spécialisée, juillet 2025» ← «tout au début: une année de psycho» = the present step is a job, the studies are the past steps → meets studies_finished → eligible
    N("reverse_order", "studies_finished", "En ce moment je fais des remplacements de nuit", M(
        "Salomé Ribeiro <salome.ribeiro@example.org>", "Candidature Pro'pulse", "02 08:41",
        """Bonjour,

En ce moment je fais des remplacements de nuit dans une maison d'enfants à caractère social gérée par une association, deux ou trois nuits par semaine, en attendant un poste stable.

Auparavant, j'ai terminé mon diplôme d'État d'éducatrice spécialisée, en juillet 2025, à l'IRTS de Montrouge. Et tout au début, j'avais tenté une année de psychologie à Nanterre, que je n'ai pas poursuivie.

Je cherche un CDI d'éducatrice dans une association de protection de l'enfance ou d'hébergement, en Île-de-France.

Salomé Ribeiro
06 31 72 58 04""",
        app("Salomé", "Ribeiro", phone="+33631725804", bac=3, grad="2025-07", status="b_de_es_remplacements_nuit"),
    )),
    # Feature: reverse_order — situation — Actuellement je suis stagiaire au pôle vie associative
    # order: «actuellement: stagiaire dans une mutuelle, six mois depuis octobre» ← «plus tôt: licence pro obtenue en juin» = the first step told runs today, until spring → fails not_internship → not eligible
    N("reverse_order", "situation", "Actuellement je suis stagiaire au pôle vie associative", M(
        "Théo Vasseur <theo.vasseur@example.net>", "Candidature", "03 12:10",
        """Bonjour,

Actuellement je suis stagiaire au pôle vie associative d'une mutuelle, à Lyon, pour six mois ; j'ai commencé début octobre. Plus tôt dans l'année, j'ai obtenu ma licence pro Métiers de l'animation sociale (juin 2026).

Je voudrais préparer la suite : un emploi de chargé de projets dans une association.

Théo Vasseur
07 44 19 06 82""",
        app("Théo", "Vasseur", phone="+33744190682", bac=3, grad="2026-06", failing=("not_internship",), status="b_lp_stage_mutuelle_six_mois"),
    )),
    # Feature: reverse_order — career_change — pendant onze ans, j'ai tenu les caisses
    # order: «depuis septembre: je cherche dans l'ESS» ← «cette année: BTS ESF en candidate libre» ← «auparavant: onze ans de caisses dans un hypermarché» = the last step told is the earliest, eleven years of a trade before the BTS → fails not_career_change → not eligible
    N("reverse_order", "career_change", "pendant onze ans, j'ai tenu les caisses", M(
        "Nadia Saïdi <nadia.saidi@example.fr>", "Reconversion - BTS ESF", "03 19:27",
        """Bonsoir,

Depuis septembre, je cherche un poste de conseillère dans une association d'aide aux familles ou une épicerie sociale. Cette année, j'ai décroché mon BTS Économie sociale familiale, passé en candidate libre, résultats en juillet.

Auparavant, pendant onze ans, j'ai tenu les caisses d'un hypermarché de Béziers, d'abord hôtesse puis responsable de ligne. Et tout au départ il y a un bac STMG.

J'ai 34 ans et je sais ce que je veux.

Nadia Saïdi
06 12 90 47 63""",
        app("Nadia", "Saïdi", phone="+33612904763", bac=2, grad="2026-07", failing=("not_career_change",), status="b_bts_esf_onze_ans_caisse"),
    )),
    # Feature: reverse_order — situation — Là, maintenant, je postule
    # order: «là, maintenant: je postule dans l'éducation à l'environnement» ← «cet été: BUT bouclé, stage achevé en juin» ← «plus loin: service civique à 19 ans» = the civic service is the earliest step, long over → meets not_service_civique → eligible
    N("reverse_order", "situation", "Là, maintenant, je postule", M(
        "Maxence Oyelaran <maxence.oyelaran@example.com>", "Pro'pulse - BUT génie biologique", "04 10:03",
        """Bonjour,

Là, maintenant, je postule dans des associations d'éducation à l'environnement et des CPIE. Cet été j'ai bouclé mon BUT Génie biologique, diplômé en juillet ; le stage de troisième année s'était achevé en juin, soutenance comprise. Plus loin encore, l'année de mes 19 ans, j'avais fait huit mois de service civique dans une ferme pédagogique, c'est là que tout a commencé.

Merci de me dire si ma candidature vous intéresse.

Maxence Oyelaran
+33 6 58 20 41 97""",
        app("Maxence", "Oyelaran", phone="+33658204197", bac=3, grad="2026-07", status="b_but_bio_service_civique_ancien"),
    )),
    # Feature: reverse_order — situation — je rentre fin novembre
    # ambiguous: the European volunteering is today's step and ends «fin novembre» with no day: over or still running on the 26th, not_service_civique stays open
    # order: «aujourd'hui: dernières semaines de CES à Cluj, je rentre fin novembre» ← «avant: licence LEA 2025» = the volunteering told first is today's, its end has no day → not_service_civique open → to_verify
    N("reverse_order", "situation", "je rentre fin novembre", M(
        "Ilona Zielińska <ilona.zielinska@example.org>", "candidature depuis la Roumanie", "05 21:15",
        """Bonjour,

Je vous écris de Cluj, où je vis mes dernières semaines de volontariat européen (Corps européen de solidarité), auprès d'une structure d'aide aux personnes âgées ; je rentre fin novembre.

Avant de partir, j'avais obtenu ma licence LEA anglais-roumain en juin 2025 à Lyon 2.

Dès mon retour, je voudrais travailler dans une association d'accueil de personnes migrantes.

Ilona Zielińska
07 68 03 52 19""",
        app("Ilona", "Zielińska", phone="+33768035219", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_licence_lea_ces_fin_novembre"),
    )),
    # Feature: reverse_order — graduation — Encore plus loin, il y a mon BTS SP3S
    # order: «aujourd'hui: intérim d'accueil» ← «l'an dernier: formation de trois semaines» ← «encore plus loin: BTS SP3S 2022» = the diploma is the farthest step, four years back → fails graduation_recent → not eligible
    N("reverse_order", "graduation", "Encore plus loin, il y a mon BTS SP3S", M(
        "Kévin Tessier <kev.tessier@example.net>", "inscription", "06 07:52",
        """Bonjour
Aujourd'hui je fais de l'intérim comme agent d'accueil, surtout en mairie. L'an dernier j'ai suivi une formation de trois semaines sur l'accueil des publics en difficulté. Encore plus loin, il y a mon BTS SP3S, que j'ai eu en 2022.
Je voudrais travailler dans un centre social associatif.
Kévin Tessier 0651283940""",
        app("Kévin", "Tessier", phone="+33651283940", bac=2, grad="2022", failing=("graduation_recent",), status="b_bts_sp3s_2022_interim"),
    )),
    # Feature: reverse_order — situation — Currently I volunteer two evenings a week
    # order: «currently: volunteering at a food bank» ← «previously: BA in Social Policy, June 2025» ← «before that: a foundation year» = the present step is a bénévolat, no civic service → meets not_service_civique → eligible
    N("reverse_order", "situation", "Currently I volunteer two evenings a week", M(
        "Rhiannon Pryce <rhiannon.pryce@example.com>", "Application - Pro'pulse programme", "06 15:38",
        """Hello,

Currently I volunteer two evenings a week at a food bank in Lille-Fives, sorting and handing out parcels, and I've been sending applications to social enterprises and associations since September. Previously I finished a BA in Social Policy at the University of Manchester, in June 2025. Before that I did a foundation year in Liverpool, which is how I ended up studying French on the side.

My French is good enough for work (B2 certified) and I'd love help with French-style CVs and interviews.

Kind regards,
Rhiannon Pryce
+44 7700 900418""",
        app("Rhiannon", "Pryce", phone="+447700900418", bac=3, grad="2025-06", language="en", status="b_en_ba_social_policy_food_bank"),
    )),
    # Feature: reverse_order — kind — Aujourd'hui je suis en M2
    # order: «aujourd'hui: M2» ← «avant: licence et un an de césure» = a student asking whether she may apply later, no diploma of her own to judge → kind question
    N("reverse_order", "kind", "Aujourd'hui je suis en M2", M(
        "ophelie.m@example.fr", "question calendrier", "07 11:20",
        """Bonjour,

Aujourd'hui je suis en M2, et avant j'avais fait une licence puis une année de césure. Mon master se termine en septembre prochain : à partir de quand est-ce que je peux déposer une candidature chez vous ? Faut-il attendre le diplôme ?

Merci d'avance""",
        question(),
    )),
    # Feature: reverse_order — kind — je suis absent du 23 novembre au 7 décembre
    # order: «absent du 23 novembre au 7 décembre» ← «revenu de formation la semaine dernière» = an out-of-office, no application in it → kind auto_reply
    N("reverse_order", "kind", "je suis absent du 23 novembre au 7 décembre", M(
        "Samuel Nkemelu <samuel.nkemelu@example.org>", "Réponse automatique : Votre candidature Pro'pulse", "23 09:00",
        """Bonjour,

Je suis absent du 23 novembre au 7 décembre inclus, et je ne lirai pas mes messages. Je reviens juste d'une formation et repars aussitôt. Pour toute urgence, écrivez à accueil@maisondesjeunes.example.org.

Samuel Nkemelu""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: flashback — career_change — j'avais conduit des bus pendant neuf ans
    # order: «DEUST animation en juin, je cherche en centre social» → jump back «je ne vous ai pas dit qu'auparavant j'avais conduit des bus pendant neuf ans» = the flashback puts nine years of a trade before the DEUST → fails not_career_change → not eligible
    N("flashback", "career_change", "j'avais conduit des bus pendant neuf ans", M(
        "Rachid Ouazzani <rachid.ouazzani@example.fr>", "Candidature - DEUST animation", "07 17:45",
        """Bonjour,

J'ai obtenu mon DEUST Intervention sociale en juin 2026 à Marseille. Je cherche maintenant un poste d'animateur coordinateur dans un centre social ou une maison de quartier.

Je ne vous ai pas dit qu'auparavant j'avais conduit des bus pendant neuf ans à la régie des transports, c'est à 37 ans que j'ai tout repris à zéro.

Rachid Ouazzani
06 44 81 29 30""",
        app("Rachid", "Ouazzani", phone="+33644812930", bac=2, grad="2026-06", failing=("not_career_change",), status="b_deust_neuf_ans_bus"),
    )),
    # Feature: flashback — graduation — le BTS, je l'avais eu bien avant
    # order: «master ESS, septembre 2025, je cherche» → jump back «le BTS, je l'avais eu bien avant, en 2019» = the flashback's diploma is older, the master told first is the latest and highest → meets graduation_recent → eligible
    N("flashback", "graduation", "le BTS, je l'avais eu bien avant", M(
        "Yasmina Touré <yasmina.toure@example.net>", "Pro'pulse - candidature master ESS", "08 10:12",
        """Bonjour,

Diplômée du master Économie sociale et solidaire de l'université de Reims en septembre 2025, je cherche un poste de chargée de développement dans une SCIC ou une coopérative d'activité et d'emploi. Depuis la rentrée j'ai eu trois entretiens, sans suite pour l'instant.

Vous verrez sur mon parcours un BTS Assistant de gestion : le BTS, je l'avais eu bien avant, en 2019, et j'avais ensuite repris la fac en licence, sans travailler entre les deux.

Yasmina Touré
07 52 63 18 40""",
        app("Yasmina", "Touré", phone="+33752631840", bac=5, grad="2025-09", status="b_master_ess_bts_ancien"),
    )),
    # Feature: flashback — career_change — j'avais roulé ma bosse en cuisine
    # ambiguous: the flashback puts restaurant work before the licence but says no length («roulé ma bosse»): a student's job or a trade of years, not_career_change stays open
    # order: «licence pro 2026, je cherche dans l'alimentation durable» → jump back «il faut revenir en arrière: j'avais roulé ma bosse en cuisine avant de reprendre» = the trade came before but its length is not told → not_career_change open → to_verify
    N("flashback", "career_change", "j'avais roulé ma bosse en cuisine", M(
        "Enzo Poulain <enzo.poulain@example.com>", "candidature alimentation durable", "08 22:31",
        """Bonsoir,

J'ai validé cette année une licence pro Commercialisation des produits alimentaires (juin 2026) et je cherche dans les épiceries coopératives, les AMAP et les restaurants d'insertion.

Pour être complet, je dois revenir en arrière : j'avais roulé ma bosse en cuisine, comme commis puis chef de partie, avant de reprendre mes études.

Enzo Poulain
06.27.93.41.05""",
        app("Enzo", "Poulain", phone="+33627934105", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_lp_alimentaire_cuisine_un_moment"),
    )),
    # Feature: flashback — graduation — je l'avais obtenue avant de partir, en 2021
    # order: «voyage, retour à Nantes cette année, je cherche dans l'ESS» → jump back «la licence de géographie, je l'avais obtenue avant de partir, en 2021» = the diploma precedes the whole forward story, five years back → fails graduation_recent → not eligible
    N("flashback", "graduation", "je l'avais obtenue avant de partir, en 2021", M(
        "Marius Vidal-Sow <marius.vidalsow@example.org>", "Retour en France et candidature", "09 14:05",
        """Bonjour,

Après la fac, je suis parti en sac à dos en Amérique latine, j'ai fait du woofing au Chili et travaillé dans une auberge en Colombie. Je suis revenu m'installer à Nantes au printemps dernier, et depuis je cherche un poste dans une association de solidarité internationale ou de tourisme solidaire.

Précision utile : la licence de géographie, je l'avais obtenue avant de partir, en 2021.

Est-ce que Pro'pulse peut m'aider à valoriser ces années à l'étranger ?

Marius Vidal-Sow
06 80 15 74 22""",
        app("Marius", "Vidal-Sow", phone="+33680157422", bac=3, grad="2021", failing=("graduation_recent",), status="b_licence_geo_2021_voyage"),
    )),
    # Feature: flashback — situation — dans l'intervalle, je m'étais engagée pour un service civique de huit mois
    # ambiguous: the flashback places a civic service of eight months «dans l'intervalle», between the licence and today, with no start: over or still running, not_service_civique stays open
    # order: «licence juin 2025, puis des candidatures» → jump back «dans l'intervalle, je m'étais engagée pour un service civique de huit mois» = when it began is not told, so whether it runs today is not known → not_service_civique open → to_verify
    N("flashback", "situation", "dans l'intervalle, je m'étais engagée pour un service civique de huit mois", M(
        "Clémence Ndiaye-Roux <clemence.ndr@example.fr>", "Candidature Pro'pulse", "10 09:48",
        """Bonjour,

J'ai eu ma licence d'histoire en juin 2025, et j'ai envoyé depuis des candidatures dans des associations culturelles et des fondations patrimoniales, sans succès.

Je ne l'ai pas mentionné : dans l'intervalle, je m'étais engagée pour un service civique de huit mois dans un réseau de MJC, en médiation culturelle. J'y ai beaucoup appris.

J'aimerais être accompagnée pour trouver un premier emploi.

Clémence Ndiaye-Roux
07 91 36 20 58""",
        app("Clémence", "Ndiaye-Roux", phone="+33791362058", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_licence_histoire_sc_entre_temps"),
    )),
    # Feature: flashback — situation — j'avais fait mon service civique avant d'entrer en BTS
    # order: «BTS ESF 2026, je cherche dans le logement social associatif» → jump back «j'avais fait mon service civique avant d'entrer en BTS» = the civic service precedes the BTS, long ended → meets not_service_civique → eligible
    N("flashback", "situation", "j'avais fait mon service civique avant d'entrer en BTS", M(
        "Lisa Moreau-Tchakounté <lisa.mt@example.net>", "Candidature BTS ESF", "10 18:30",
        """Bonjour,
BTS ESF obtenu en juillet 2026, je cherche un poste de conseillère habitat dans une association de logement. Si vous voyez "Unis-Cité" sur mon CV, c'est que j'avais fait mon service civique avant d'entrer en BTS.
Lisa Moreau-Tchakounté
06 19 57 84 36""",
        app("Lisa", "Moreau-Tchakounté", phone="+33619578436", bac=2, grad="2026-07", status="b_bts_esf_sc_avant"),
    )),
    # Feature: flashback — kind — la soutenance s'est bien passée
    # order: «la soutenance s'est bien passée hier» → jump back «j'avais oublié de vous dire la date» = a reply in our thread telling what happened since, no new application → kind reply
    N("flashback", "kind", "la soutenance s'est bien passée", M(
        "Pauline Messager <pauline.messager@example.org>", "Re: Votre candidature Pro'pulse", "12 16:02",
        """Bonjour,

Petit message pour vous annoncer que la soutenance s'est bien passée hier, j'ai eu le master ! J'avais oublié de vous préciser dans mon premier message qu'elle avait été avancée au 11 novembre.

Je reste disponible pour l'entretien.

Pauline

Le 4 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Pauline, merci pour votre candidature. Nous revenons vers vous après votre soutenance.""",
        reply(),
        headers={"In-Reply-To": "<cand-4417.pauline@animafac.net>", "References": "<cand-4417.pauline@animafac.net>"},
    )),
    # Feature: flashback — kind — Nous avions déjà accueilli deux volontaires
    # order: «nous recrutons une chargée d'accueil» → jump back «nous avions déjà accueilli deux volontaires» = a partner association's offer with its own history, no one applying → kind other
    N("flashback", "kind", "Nous avions déjà accueilli deux volontaires", M(
        "Ressourcerie Le Grand Tri <contact@legrandtri.example.org>", "Poste à pourvoir - pour vos participants", "13 11:34",
        """Bonjour,

La Ressourcerie Le Grand Tri (Vierzon) recrute une chargée ou un chargé d'accueil et de vente solidaire, CDI à temps plein à partir de février. Nous avions déjà accueilli deux volontaires en service civique ces dernières années et l'une d'elles est aujourd'hui salariée chez nous : nous aimons donner une première chance.

La fiche de poste est en ligne sur notre site. N'hésitez pas à la relayer.

Marianne Roussel, co-directrice""",
        other(),
    )),
    # Feature: future_first — studies_finished — Je soutiens mon mémoire le 17 décembre
    # order: «je soutiens mon mémoire le 17 décembre» ← «j'avais commencé ce master en 2024» = the defence told first is still ahead → fails studies_finished → not eligible
    N("future_first", "studies_finished", "Je soutiens mon mémoire le 17 décembre", M(
        "Aurélien Peyrot <aurelien.peyrot@example.com>", "Candidature anticipée", "11 08:15",
        """Bonjour,

Je soutiens mon mémoire le 17 décembre, sur les tiers-lieux en milieu rural. J'avais commencé ce master Développement des territoires en 2024 à Clermont-Ferrand, après une licence d'AES.

Je préfère vous écrire dès maintenant pour commencer à chercher un poste dans une association ou une coopérative de territoire.

Aurélien Peyrot
06 72 14 85 39""",
        app("Aurélien", "Peyrot", phone="+33672148539", bac="*", grad=None, failing=("studies_finished",), status="b_master_soutenance_14_decembre"),
    )),
    # Feature: future_first — aim — je m'envole pour Montréal le 8 janvier
    # order: «je m'envole pour Montréal le 8 janvier, un an de PVT» ← «BUT carrières sociales juin 2026» = what comes next is a year abroad, the search is for a job in Canada, not in the ESS here → fails job_seeking_ess → not eligible
    N("future_first", "aim", "je m'envole pour Montréal le 8 janvier", M(
        "Lou Ramírez <lou.ramirez@example.fr>", "Pro'pulse ?", "11 20:44",
        """Coucou,

Alors voilà : je m'envole pour Montréal le 8 janvier avec un PVT d'un an, et là-bas je prendrai ce que je trouve, serveuse, vendeuse, peu importe. Pour y arriver j'ai fini mon BUT Carrières sociales en juin 2026 et j'ai travaillé tout l'été pour payer le billet.

Est-ce que votre accompagnement peut se faire à distance pour préparer mes candidatures là-bas ?

Lou
07 15 82 63 90""",
        app("Lou", "Ramírez", phone="+33715826390", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="b_but_cs_pvt_montreal"),
    )),
    # Feature: future_first — aim — Mon CDD à la médiathèque s'arrête le 19 décembre
    # order: «mon CDD s'arrête le 19 décembre» ← «entré à la médiathèque après mon BTS de 2025» = the CDD ends soon and the ESS search is named for after it → meets job_seeking_ess → eligible
    N("future_first", "aim", "Mon CDD à la médiathèque s'arrête le 19 décembre", M(
        "Victor Nakamura <victor.nakamura@example.net>", "Candidature - après mon CDD", "12 13:22",
        """Bonjour,

Mon CDD à la médiathèque s'arrête le 19 décembre et je prépare déjà la suite. J'y étais entré comme remplaçant juste après mon BTS Communication, obtenu en juin 2025.

La suite, je la vois dans une association d'éducation populaire ou une fédération culturelle, sur de la communication ou de la médiation. J'ai commencé à postuler.

Victor Nakamura
06 03 58 17 92""",
        app("Victor", "Nakamura", phone="+33603581792", bac=2, grad="2025-06", status="b_bts_com_cdd_mediatheque"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Mon CDD à la médiathèque s'arrête le 19 décembre et je prépare déjà la suite. J'y étais entré comme remplaçant juste après mon <b>BTS Communication</b>, obtenu en juin 2025.</p><p>La suite, je la vois dans une association d'éducation populaire ou une fédération culturelle, sur de la communication ou de la médiation. J'ai commencé à postuler.</p><p>Victor Nakamura<br>06 03 58 17 92</p></body></html>""",
    )),
    # Feature: future_first — aim — J'ai un entretien le 3 décembre
    # order: «entretien le 3 décembre avec une régie de quartier» ← «licence pro intervention sociale, juin» = what comes next is an ESS interview, the search is today's → meets job_seeking_ess → eligible
    N("future_first", "aim", "J'ai un entretien le 3 décembre", M(
        "Zoé Marchetti <zoe.marchetti@example.org>", "candidature + entretien à venir", "13 09:07",
        """Bonjour,

J'ai un entretien le 3 décembre avec une régie de quartier de Villeurbanne pour un poste d'encadrante. J'y arrive après une licence pro Intervention sociale, validée en juin dernier, et deux mois de candidatures dans l'insertion.

Si l'entretien ne donne rien, j'aimerais être accompagnée par Pro'pulse.

Zoé Marchetti
07 60 29 84 13""",
        app("Zoé", "Marchetti", phone="+33760298413", bac=3, grad="2026-06", status="b_lp_is_entretien_regie"),
    )),
    # Feature: future_first — situation — Ma mission se termine le 15 janvier
    # order: «ma mission se termine le 15 janvier» ← «commencée en juillet après mon BTS» = the civic service's end is still ahead, it runs today → fails not_service_civique → not eligible
    N("future_first", "situation", "Ma mission se termine le 15 janvier", M(
        "Wassim Rahmani <wassim.rahmani@example.com>", "Candidature", "14 17:56",
        """Bonjour,

Ma mission se termine le 15 janvier : je fais mon service civique dans une association qui aide les ménages modestes à réduire leurs factures d'énergie, à Roubaix. Je l'ai commencée en juillet, tout de suite après mon BTS Management économique de la construction.

Après, je voudrais être embauché dans l'association ou dans une autre du même réseau.

Wassim Rahmani
06 84 30 71 26""",
        app("Wassim", "Rahmani", phone="+33684307126", bac=2, grad="2026-06", failing=("not_service_civique",), status="b_bts_mec_sc_15_janvier"),
    )),
    # Feature: future_first — studies_finished — La délibération du jury aura lieu le 9 décembre
    # ambiguous: every exam of the DE is passed and the deliberation is still ahead: diploma obtained or not, studies_finished stays open
    # order: «délibération le 9 décembre» ← «toutes les épreuves passées en octobre» ← «trois ans de formation» = the jury ahead after every exam leaves the result unknown → studies_finished open → to_verify
    N("future_first", "studies_finished", "La délibération du jury aura lieu le 9 décembre", M(
        "Océane Vu <oceane.vu@example.net>", "Candidature DE assistante de service social", "15 10:40",
        """Bonjour,

La délibération du jury aura lieu le 9 décembre. Avant cela, j'ai passé toutes les épreuves du diplôme d'État d'assistante de service social en octobre, au terme de trois ans de formation à Lille, avec des stages dans un CCAS et une association d'accès aux droits.

Je voudrais commencer dès maintenant à chercher un poste dans le secteur associatif.

Bien cordialement,
Océane Vu
06 47 92 15 08""",
        app("Océane", "Vu", phone="+33647921508", bac="*", grad=None, unknown=("studies_finished",), info_in="both", status="b_de_ass_deliberation_decembre"),
        cv=CV("docx", "CV_Oceane_Vu.docx", """Océane Vu
Assistante de service social
oceane.vu@example.net - 06 47 92 15 08
2023-2026 : DE assistante de service social, IRTS Hauts-de-France (épreuves passées, jury le 9 décembre 2026)
Stage : CCAS de Tourcoing (2025)
Stage : association d'accès aux droits, Lille (2026)"""),
    )),
    # Feature: future_first — kind — je commence un service civique en février
    # order: «je commence un service civique en février» ← «BTS en juin» = a question about whether the future mission bars the programme, no diploma date enough → kind question
    N("future_first", "kind", "je commence un service civique en février", M(
        "noemie.s@example.com", "Question service civique", "16 19:12",
        """Bonjour, je commence un service civique en février et je finis mes études avant. Est-ce que je peux faire Pro'pulse jusqu'en février, ou est-ce incompatible ? Merci""",
        question(),
    )),
    # Feature: future_first — kind — Prochaines dates
    # order: «prochaines dates: 3, 10 et 17 décembre» ← «ce que nous avons fait cet automne» = a network's newsletter with its calendar ahead → kind newsletter
    N("future_first", "kind", "Prochaines dates", M(
        "Collectif Emploi Solidaire <lettre@emploi-solidaire.example.org>", "La lettre - Prochaines dates de décembre", "17 06:30",
        """LA LETTRE DU COLLECTIF

Prochaines dates : 3 décembre, atelier CV à Tours ; 10 décembre, job dating des SCOP ; 17 décembre, webinaire sur le service civique après un diplôme.

Cet automne, nous avons accompagné 48 jeunes diplômés et publié 120 offres de l'ESS.

Se désinscrire : lettre@emploi-solidaire.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@emploi-solidaire.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
]
