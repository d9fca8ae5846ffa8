"""Chronology corpus, batch 01 (writer A): paths told today first and back in time (the present step
runs, the last step told is the earliest), told forward with a jump back (a trade, an old licence, a
convention signed, summers), and told from what comes next (a defence, a mission's end, a CDD's end, a jury,
a departure, a ceremony); other mail in those orders (an auto-reply of a leave, a reply in our thread telling
what happened since, a question with a break in studies, a ressourcerie telling a hiring, a calendar of
events, a delayed then failed delivery)."""
# ruff: noqa: E501

from __future__ import annotations

from chronology import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: reverse_order — situation — Aujourd'hui, je suis volontaire en service civique
    # order: «today first: volontaire en service civique jusqu'à fin mars» ← «avant ça, licence pro en juin» ← «BTS ESF» = the first step told is the present and runs past today → fails not_service_civique → not eligible
    N("reverse_order", "situation", "Aujourd'hui, je suis volontaire en service civique", M(
        "Adèle Bakayoko <adele.bakayoko@example.fr>", "Candidature Pro'pulse", "02 08:47",
        """Bonjour,

Aujourd'hui, je suis volontaire en service civique à la Ligue de l'enseignement du Val-de-Marne, sur l'accompagnement aux devoirs, et ce jusqu'à fin mars.
Avant ça, j'ai terminé ma licence pro Intervention sociale (juin 2026, UPEC).
Et encore avant, j'avais fait un BTS Économie sociale familiale à Créteil.

J'aimerais préparer la suite dès maintenant et trouver un poste d'accompagnatrice socio-éducative dans une association.

Adèle Bakayoko
06 41 27 88 30""",
        app("Adèle", "Bakayoko", phone="+33641278830", bac=3, grad="2026-06", failing=("not_service_civique",), status="sc_ligue_jusqu_mars_lp_is"),
    )),
    # Feature: reverse_order — situation — avant ça, six mois de stage à la Ressourcerie du pays de Redon
    # order: «today first: mi-temps dans un magasin bio» ← «avant ça, six mois de stage à la ressourcerie» ← «master en septembre 2025» = the internship sits behind today's job in the backward walk: it is over → meets not_internship → eligible
    N("reverse_order", "situation", "avant ça, six mois de stage à la Ressourcerie du pays de Redon", M(
        "Cyril Aubertin <cyril.aubertin@example.org>", "candidature - Cyril Aubertin", "03 19:12",
        """Bonjour,

En ce moment je travaille à mi-temps dans un magasin bio de Rennes, le temps de trouver un vrai poste.
Avant ça, six mois de stage à la Ressourcerie du pays de Redon (collecte, atelier de réemploi, animation d'ateliers avec les habitants).
Et au départ de tout ça, mon master Développement des territoires et économie sociale, validé en septembre 2025.

Je cherche un poste de chargé de projet réemploi ou économie circulaire dans une structure de l'ESS, en Bretagne si possible. Mon CV est en pièce jointe.

Bonne journée,
Cyril Aubertin
07 66 02 19 45""",
        app("Cyril", "Aubertin", phone="+33766021945", bac=5, grad="2025-09", status="magasin_bio_apres_stage_ressourcerie", info_in="both"),
        cv=CV("pdf", "CV_Cyril_Aubertin.pdf", """Cyril Aubertin — Rennes
Vendeur à mi-temps, magasin bio, Rennes (depuis avril 2026)
Stagiaire, Ressourcerie du pays de Redon (6 mois)
Master Développement des territoires et économie sociale, Université Rennes 2, 2025
Licence de géographie, 2023"""),
    )),
    # Feature: reverse_order — career_change — au tout début, huit ans auxiliaire de puériculture
    # order: «today: DEEJE en poche, je cherche» ← «trois ans de formation en cours d'emploi» ← «au tout début, huit ans auxiliaire de puériculture» = the last step told is the earliest: eight years of a trade before the diploma → fails not_career_change → not eligible
    N("reverse_order", "career_change", "au tout début, huit ans auxiliaire de puériculture", M(
        "Gaëlle Chen <gaelle.chen@example.net>", "Candidature — éducatrice de jeunes enfants", "04 13:05",
        """Madame, Monsieur,

Actuellement je suis titulaire du diplôme d'État d'éducatrice de jeunes enfants, obtenu en juin 2026, et je cherche un poste dans une crèche associative ou parentale.

Juste avant, il y a eu trois années de formation à l'école de Tours, en cours d'emploi.

Et au tout début, huit ans auxiliaire de puériculture dans une crèche d'entreprise, à plein temps.

Je reste à votre disposition,
Gaëlle Chen
02 47 35 60 18""",
        app("Gaëlle", "Chen", phone="+33247356018", bac=3, grad="2026-06", failing=("not_career_change",), status="deeje_apres_huit_ans_auxiliaire"),
    )),
    # Feature: reverse_order — studies_finished — la soutenance du M2 Énergie et sociétés, en septembre
    # order: «today: bénévole et en recherche» ← «avant ça, la soutenance du M2, en septembre» ← «stage à la SCIC» = the defence stands behind today's state in the walk back: done → meets studies_finished → eligible
    N("reverse_order", "studies_finished", "la soutenance du M2 Énergie et sociétés, en septembre", M(
        "Hamza Djebbar <hamza.djebbar@example.com>", "Pro'pulse", "05 10:31",
        """Bonjour à l'équipe Pro'pulse,

Je suis aujourd'hui bénévole deux soirs par semaine dans une épicerie solidaire à Villeurbanne, et je cherche à temps plein un poste de chargé de mission transition énergétique dans une coopérative ou une association.
Avant ça, la soutenance du M2 Énergie et sociétés, en septembre, avec mention.
Avant encore, six mois de stage chez une SCIC d'énergie citoyenne dans la Drôme, qui m'a donné envie de rester dans ce monde-là.

Au plaisir d'en parler,
Hamza Djebbar
+33 6 20 93 48 71""",
        app("Hamza", "Djebbar", phone="+33620934871", bac=5, grad="2026-09", status="m2_soutenu_septembre_benevole"),
    )),
    # Feature: reverse_order — situation — je suis en train de finir mon stage au Secours populaire, il s'arrête à la fin du mois
    # ambiguous: the present step is an internship that stops «à la fin du mois» with no day: it may run past 26 November or end that very week — a coordinator must ask
    # order: «today first: stage au Secours populaire, il s'arrête à la fin du mois» ← «avant ça, licence AES en juin» = the running step ends this month with no day → not_internship unknown → to verify
    N("reverse_order", "situation", "je suis en train de finir mon stage au Secours populaire, il s'arrête à la fin du mois", M(
        "Iris Keller <iris.keller@example.fr>", "Candidature programme Pro'pulse", "06 17:44",
        """Bonjour,

Là, je suis en train de finir mon stage au Secours populaire, il s'arrête à la fin du mois. Avant ça, j'ai eu ma licence AES en juin 2026 à Metz.

Je voudrais enchaîner sur un emploi de coordinatrice de bénévoles dans une association de solidarité.

Iris Keller
06.58.73.20.14""",
        app("Iris", "Keller", phone="+33658732014", bac=3, grad="2026-06", unknown=("not_internship",), status="stage_secours_pop_fin_du_mois"),
        html="only",
    )),
    # Feature: reverse_order — graduation — et juste avant, mon DUT Carrières sociales
    # ambiguous: the DUT is placed only «juste avant» about two years of work ending now, with no year: summer 2024 (too old) or early 2025 (recent) — a coordinator must ask
    # order: «today: il cherche» ← «depuis à peu près deux ans, animateur périscolaire» ← «et juste avant, son DUT» = the DUT's date is only «about two years ago», astride the 24 months → graduation_recent unknown → to verify
    N("reverse_order", "graduation", "et juste avant, son DUT Carrières sociales", M(
        "Sonia Ferrand — Mission locale Sud-Gironde <s.ferrand@example.org>", "Orientation d'un jeune : Lamine Fofana", "09 11:20",
        """Bonjour,

Je vous oriente Lamine Fofana, que j'accompagne depuis septembre.

Aujourd'hui, il cherche un emploi d'animateur-coordinateur dans une association d'éducation populaire. Depuis à peu près deux ans, il est animateur périscolaire à la mairie de Langon, à temps partiel. Et juste avant, son DUT Carrières sociales à Bordeaux.

Il est joignable au 07 52 81 34 09 ou à lamine.fofana@example.net.

Bien cordialement,
Sonia Ferrand, conseillère""",
        app("Lamine", "Fofana", phone="+33752813409", bac=2, grad=None, unknown=("graduation_recent",), status="dut_cs_juste_avant_deux_ans_periscolaire", email="lamine.fofana@example.net", forwarded_by="s.ferrand@example.org"),
    )),
    # Feature: reverse_order — aim — Right now I'm working evenings in a bakery
    # order: «right now: evenings in a bakery, looking for a charity job» ← «before that, MSc in September 2025» ← «BA in Lisbon» = the present step is a side job beside an ESS search → meets job_seeking_ess → eligible (English)
    N("reverse_order", "aim", "Right now I'm working evenings in a bakery", M(
        "Beatriz Almeida <beatriz.almeida@example.com>", "Application to Pro'pulse", "10 21:58",
        """Hi,

Right now I'm working evenings in a bakery in Montreuil and spending my days applying to charities and cooperatives working with migrants — that is the job I want.
Before that I finished an MSc in Development Studies at SOAS, in September 2025.
And before that, a BA in Anthropology in Lisbon.

I speak French (C1), Portuguese and English.

Best,
Beatriz Almeida
+33 7 49 16 52 80""",
        app("Beatriz", "Almeida", phone="+33749165280", bac=5, grad="2025-09", status="msc_soas_bakery_evenings", language="en"),
    )),
    # Feature: reverse_order — kind — Je suis actuellement en congé jusqu'au 7 décembre
    # order: «today: on leave until 7 December» ← «before that, the job fair» = an absence with its dates, no application → kind auto_reply
    N("reverse_order", "kind", "Je suis actuellement en congé jusqu'au 7 décembre", M(
        "Nadège Roussel <n.roussel@example.org>", "Réponse automatique : Forum emploi ESS", "11 07:02",
        """Bonjour,

Je suis actuellement en congé jusqu'au 7 décembre inclus, après trois semaines sur le salon de l'emploi solidaire. Pour toute question urgente, écrivez à accueil@example.org.

Nadège Roussel
Chargée de relations entreprises, CRESS""",
        auto_reply(),
    )),
    # Feature: reverse_order — kind — Aujourd'hui j'ai signé
    # order: «today: signed a CDD» ← «before that, the interview you set up» = a reply in our thread telling what happened since, no application → kind reply
    N("reverse_order", "kind", "Aujourd'hui j'ai signé", M(
        "Jessica Laborde <jessica.laborde@example.fr>", "Re: Votre entretien Pro'pulse", "24 16:40",
        """Bonjour,

Aujourd'hui j'ai signé un CDD d'un an à la régie de quartier de Montpellier ! Avant ça, il y a eu l'entretien que vous m'aviez décroché, et la semaine d'avant la simulation avec votre bénévole. Merci pour tout.

Je vous laisse ma place dans le programme pour quelqu'un d'autre.

Jessica

> Bonjour Jessica, nous vous confirmons l'entretien du 17 novembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-1117.laborde@animafac.net>", "References": "<rdv-1117.laborde@animafac.net>"},
    )),
    # Feature: flashback — career_change — il faut dire qu'avant tout ça, j'avais été chef de rayon
    # order: «forward: licence pro ESS 2026, stage in a SCOP, search» → jump back «j'avais été chef de rayon pendant neuf ans» = the plus-que-parfait places nine years of a trade before the licence → fails not_career_change → not eligible
    N("flashback", "career_change", "il faut dire qu'avant tout ça, j'avais été chef de rayon", M(
        "Benoît Gauthier <benoit.gauthier@example.net>", "Candidature Pro'pulse — Benoît Gauthier", "02 14:16",
        """Bonjour,

En juin 2026 j'ai obtenu la licence professionnelle Gestion des structures de l'économie sociale et solidaire, à Poitiers. Mon stage s'est fait dans une SCOP de menuiserie, où j'ai repris tout le suivi administratif, et depuis septembre je cherche un poste d'assistant de gestion dans une coopérative.

Il faut dire qu'avant tout ça, j'avais été chef de rayon dans un hypermarché pendant neuf ans. C'est ce qui m'a décidé à reprendre les études : je voulais que mon travail serve à autre chose.

Bien cordialement,
Benoît Gauthier
05 49 62 13 87""",
        app("Benoît", "Gauthier", phone="+33549621387", bac=3, grad="2026-06", failing=("not_career_change",), status="chef_rayon_neuf_ans_avant_lp"),
    )),
    # Feature: flashback — graduation — ma licence de sociologie, je l'avais eue en 2022
    # order: «forward: two years of CDDs as animatrice, search now» → jump back «ma licence, je l'avais eue en 2022, rien depuis» = the only diploma lies behind the story told, in 2022 → fails graduation_recent → not eligible
    N("flashback", "graduation", "ma licence de sociologie, je l'avais eue en 2022", M(
        "Aminata Konaté <aminata.konate@example.org>", "Candidature", "03 12:09",
        """Bonjour,

Depuis deux ans j'enchaîne les CDD d'animatrice dans des centres sociaux de Seine-Saint-Denis, et je voudrais maintenant un poste stable de coordinatrice jeunesse dans une association.

J'oubliais le principal : ma licence de sociologie, je l'avais eue en 2022 à Nanterre, et je n'ai pas repris d'études depuis.

Merci de votre retour,
Aminata Konaté
07 28 50 66 13""",
        app("Aminata", "Konaté", phone="+33728506613", bac=3, grad="2022", failing=("graduation_recent",), status="licence_socio_2022_cdd_animatrice"),
    )),
    # Feature: flashback — graduation — quelques semaines avant d'y entrer
    # order: «forward: au café depuis juillet dernier, search» → jump back «j'avais soutenu mon M2 quelques semaines avant» = the defence comes just before July 2026 → meets graduation_recent → eligible
    N("flashback", "graduation", "quelques semaines avant d'y entrer", M(
        "László Horváth <laszlo.horvath@example.com>", "candidature", "04 22:30",
        """Bonsoir,

Depuis juillet dernier je sers des cafés dans un bar associatif de la Croix-Rousse, et je cherche un poste de chargé de développement dans une structure de l'ESS (tiers-lieu, coopérative, association culturelle).

Ce que je n'ai pas précisé, c'est que j'avais soutenu mon mémoire de M2 Management des organisations culturelles quelques semaines avant d'y entrer ; le café, c'était pour ne pas rester sans rien.

László Horváth
06 93 27 40 58""",
        app("László", "Horváth", phone="+33693274058", bac=5, grad="2026", status="m2_soutenu_avant_cafe_juillet"),
    )),
    # Feature: flashback — career_change — deux étés comme animatrice en colo
    # order: «forward: licence pro animation juin 2025, search» → jump back «avant la licence pro, j'avais fait deux étés en colo» = the flashback's event is summers during studies, no trade → meets not_career_change → eligible
    N("flashback", "career_change", "deux étés comme animatrice en colo", M(
        "Déborah Lemaire <deborah.lemaire@example.fr>", "Candidature Pro'pulse", "05 09:14",
        """Bonjour,

J'ai fini ma licence pro Animation sociale et socioculturelle en juin 2025 et depuis je cherche un poste d'animatrice dans une association de quartier ou une MJC. J'ai répondu à une trentaine d'offres.

Vous verrez sur mon CV « expérience d'animation » : il faut préciser qu'avant la licence pro j'avais simplement fait deux étés comme animatrice en colo, avec mon BAFA. Rien d'autre.

Cordialement,
Déborah Lemaire
06 14 85 39 72""",
        app("Déborah", "Lemaire", phone="+33614853972", bac=3, grad="2025-06", status="lp_animation_deux_etes_colo"),
    )),
    # Feature: flashback — career_change — j'avais travaillé un bon moment dans le BTP
    # ambiguous: the flashback places work in building «un bon moment» before the IUT without a length nor whether it was a trade — career or short jobs, a coordinator must ask
    # order: «forward: BUT Carrières sociales juin 2026, search» → jump back «avant l'IUT, j'avais travaillé un bon moment dans le BTP» = a job before the diploma with no length → not_career_change unknown → to verify
    N("flashback", "career_change", "j'avais travaillé un bon moment dans le BTP", M(
        "Karim Jaziri <karim.jaziri@example.net>", "Candidature programme", "06 15:51",
        """Bonjour,

J'ai eu mon BUT Carrières sociales, parcours éducation spécialisée, en juin 2026 à Lille, et je cherche un poste d'éducateur dans une association de prévention spécialisée.

Je dois ajouter qu'avant l'IUT, j'avais travaillé un bon moment dans le BTP, sur des chantiers. C'est un éducateur de rue de mon quartier qui m'a poussé à reprendre.

Karim Jaziri
07 81 64 29 05""",
        app("Karim", "Jaziri", phone="+33781642905", bac=3, grad="2026-06", unknown=("not_career_change",), status="but_cs_btp_un_bon_moment"),
    )),
    # Feature: flashback — situation — Un détail que j'ai omis : entre-temps j'avais signé une convention de stage
    # order: «forward: master in September, applications, now writing» → jump back «entre-temps j'avais signé une convention de stage de six mois, commencé le 2 novembre» = the internship begun this month for six months runs today → fails not_internship → not eligible
    N("flashback", "situation", "Un détail que j'ai omis : entre-temps j'avais signé une convention de stage", M(
        "Clara Ibáñez <clara.ibanez@example.org>", "Candidature Pro'pulse - Clara Ibáñez", "07 18:26",
        """Bonjour,

J'ai obtenu mon master Action humanitaire et solidarité internationale en septembre, à Lyon 2. J'ai ensuite répondu à plusieurs offres de chargée de projet dans des ONG, sans succès, et je vous écris donc pour rejoindre Pro'pulse.

Un détail que j'ai omis : entre-temps j'avais signé une convention de stage de six mois à la Fondation Abbé Pierre, commencé le 2 novembre. L'université a accepté de me la faire en tant que diplômée.

Bien à vous,
Clara Ibáñez
+33 6 71 09 52 36""",
        app("Clara", "Ibáñez", phone="+33671095236", bac=5, grad="2026-09", failing=("not_internship",), status="master_puis_stage_fap_six_mois"),
    )),
    # Feature: flashback — kind — il faut dire que j'avais arrêté mes études trois ans
    # order: «forward: reprise d'études» → jump back «j'avais arrêté trois ans» = a general question with no name, diploma nor date → kind question
    N("flashback", "kind", "il faut dire que j'avais arrêté mes études trois ans", M(
        "<t.ebrard@example.net>", "question sur les conditions", "12 20:03",
        """Bonjour,

Je termine un BTS l'an prochain et je me renseigne en avance. Il faut dire que j'avais arrêté mes études trois ans avant de le commencer, pour travailler. Est-ce que ces trois années comptent comme une « reconversion » pour vous ? Et à partir de quand peut-on candidater ?

Merci""",
        question(),
    )),
    # Feature: flashback — kind — il avait d'abord été stagiaire chez nous
    # order: «forward: he is now our CDI» → jump back «il avait d'abord été stagiaire chez nous» = a ressourcerie telling its own hiring of a former participant, no application → kind other
    N("flashback", "kind", "il avait d'abord été stagiaire chez nous", M(
        "Ressourcerie La Trouvaille <contact@example.org>", "Un retour sur Thibault, accompagné par Pro'pulse", "13 11:47",
        """Bonjour à l'équipe Pro'pulse,

Un petit mot pour vous dire que Thibault, que vous aviez accompagné l'an dernier, est depuis le 1er octobre en CDI chez nous comme responsable de l'atelier. Il avait d'abord été stagiaire chez nous, pendant son DUT, et c'est grâce à votre programme qu'il a osé revenir frapper à la porte.

Nous aurons sans doute un autre poste au printemps : nous vous tiendrons au courant.

L'équipe de La Trouvaille""",
        other(),
    )),
    # Feature: future_first — studies_finished — Ma soutenance de M2 est fixée au 14 décembre
    # order: «next first: soutenance fixée au 14 décembre» ← «ce M2 commencé en septembre 2025» = the defence told first is still ahead → fails studies_finished → not eligible
    N("future_first", "studies_finished", "Ma soutenance de M2 est fixée au 14 décembre", M(
        "Élodie Garnier <elodie.garnier@example.fr>", "Candidature - Élodie Garnier", "02 16:33",
        """Bonjour,

Ma soutenance de M2 est fixée au 14 décembre, sur les jardins partagés comme lieux d'insertion. J'ai commencé ce M2 Économie sociale et solidaire en septembre 2025 à Marne-la-Vallée, après une licence d'économie.

J'aimerais être prête à chercher dès janvier un poste de chargée de projet dans un chantier d'insertion ou une association d'agriculture urbaine.

Élodie Garnier
06 03 48 71 29""",
        app("Élodie", "Garnier", phone="+33603487129", bac="*", grad=None, failing=("studies_finished",), status="soutenance_m2_14_decembre"),
    )),
    # Feature: future_first — situation — Ma mission de service civique à la Croix-Rouge se termine le 8 décembre
    # order: «next first: mission ends 8 December» ← «commencée en avril» ← «licence 2025» = the mission's end is still ahead: it runs today → fails not_service_civique → not eligible
    N("future_first", "situation", "Ma mission de service civique à la Croix-Rouge se termine le 8 décembre", M(
        "Jean-Baptiste Kouassi <jb.kouassi@example.com>", "Pro'pulse - candidature", "03 10:55",
        """Bonjour,

Ma mission de service civique à la Croix-Rouge se termine le 8 décembre. Je l'avais commencée en avril, après avoir validé ma licence de psychologie en juin 2025 et passé quelques mois à chercher.

Je souhaite ensuite travailler dans l'accompagnement de personnes en précarité, au sein d'une association.

Jean-Baptiste Kouassi
07 36 58 14 92""",
        app("Jean-Baptiste", "Kouassi", phone="+33736581492", bac=3, grad="2025-06", failing=("not_service_civique",), status="sc_croix_rouge_fin_8_decembre"),
    )),
    # Feature: future_first — graduation — j'y suis entrée en septembre, deux mois après mon BTS
    # order: «next first: CDD ends 31 December» ← «entrée en septembre, deux mois après mon BTS» = the BTS is dated from the CDD's start: July 2026 → meets graduation_recent; a CDD ending with an ESS search named → eligible
    N("future_first", "graduation", "j'y suis entrée en septembre, deux mois après mon BTS", M(
        "Fatou Cissokho <fatou.cissokho@example.net>", "candidature pro'pulse", "05 13:37",
        """Bonjour,

Mon CDD d'agent d'accueil à la CAF de Nantes se termine le 31 décembre ; j'y suis entrée en septembre, deux mois après mon BTS SP3S.

À partir de janvier, je voudrais travailler dans une association d'accès aux droits ou un centre d'hébergement. Je commence déjà à chercher.

Fatou Cissokho
06 59 30 82 47""",
        app("Fatou", "Cissokho", phone="+33659308247", bac=2, grad="2026-07", status="cdd_caf_fin_decembre_bts_juillet"),
    )),
    # Feature: future_first — studies_finished — Le jury de délibération se réunit le 10 décembre
    # ambiguous: every exam and the defence are passed (October) but the jury that awards the master sits on 10 December: the diploma is not yet given — a coordinator must check the result
    # order: «next first: jury on 10 December» ← «exams and defence passed in October» = results still ahead after every exam → studies_finished unknown → to verify
    N("future_first", "studies_finished", "Le jury de délibération se réunit le 10 décembre", M(
        "Lina Haddad <lina.haddad@example.org>", "Candidature Pro'pulse", "08 18:08",
        """Bonjour,

Le jury de délibération se réunit le 10 décembre. D'ici là, tout est derrière moi : mes derniers examens de master Sciences sociales et ma soutenance ont eu lieu en octobre, à Toulouse.

Je cherche un poste de chargée d'études dans une association ou un réseau de l'ESS (observatoire, fédération).

Lina Haddad
06 85 21 47 90""",
        app("Lina", "Haddad", phone="+33685214790", bac="*", grad=None, unknown=("studies_finished",), status="jury_10_decembre_soutenu_octobre"),
    )),
    # Feature: future_first — aim — Je pars peut-être en février en Australie
    # ambiguous: the departure told first is only «peut-être», and the ESS search runs «en attendant»: the aim is split between a year abroad and a job here — a coordinator must ask
    # order: «next first: peut-être l'Australie en février» ← «master juin 2026, recherche en attendant» = what comes next is undecided against the search → job_seeking_ess unknown → to verify
    N("future_first", "aim", "Je pars peut-être en février en Australie", M(
        "Gabriel Lefort <gabriel.lefort@example.fr>", "Candidature", "10 14:22",
        """Bonjour,

Je pars peut-être en février en Australie, en PVT — rien n'est encore décidé, ça dépendra de ce que je trouve ici. En attendant je cherche un poste dans une association d'éducation à l'environnement.

J'ai eu mon master Gestion de l'environnement en juin 2026 à Montpellier.

Gabriel Lefort
06 12 77 84 30""",
        app("Gabriel", "Lefort", phone="+33612778430", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="pvt_australie_peut_etre_fevrier"),
    )),
    # Feature: future_first — studies_finished — La remise des diplômes aura lieu le 12 décembre
    # order: «next first: ceremony on 12 December» ← «admise au DE CESF en juillet» = only the ceremony is ahead, the result was given → meets studies_finished → eligible
    N("future_first", "studies_finished", "La remise des diplômes aura lieu le 12 décembre", M(
        "Amira Belkacem <amira.belkacem@example.com>", "Candidature Pro'pulse — Amira Belkacem", "12 09:49",
        """Bonjour,

La remise des diplômes aura lieu le 12 décembre à l'IRTS, mais le diplôme, je l'ai déjà : j'ai été déclarée admise au DE de conseillère en économie sociale familiale en juillet 2026.

Depuis, je cherche un poste de CESF dans une association de lutte contre le surendettement ou d'accès au logement.

Merci,
Amira Belkacem
07 64 13 92 58""",
        app("Amira", "Belkacem", phone="+33764139258", bac=3, grad="2026-07", status="de_cesf_ceremonie_12_decembre"),
        html="only",
    )),
    # Feature: future_first — kind — Jeudi 3 décembre : forum de l'emploi solidaire
    # order: «next first: the dates ahead» = a network's calendar of events, no application → kind newsletter
    N("future_first", "kind", "Jeudi 3 décembre : forum de l'emploi solidaire", M(
        "Réseau des acteurs solidaires <lettre@example.org>", "La lettre de décembre", "20 08:00",
        """LA LETTRE DES ACTEURS SOLIDAIRES — DÉCEMBRE

À venir :
- Jeudi 3 décembre : forum de l'emploi solidaire, halle aux grains, de 9 h à 17 h
- Mardi 8 décembre : webinaire « Premier emploi dans une SCOP »
- Janvier : ouverture des candidatures au service civique de printemps

Retour sur novembre : 240 visiteurs au mois de l'ESS.

Se désinscrire de cette lettre""",
        newsletter(),
    )),
    # Feature: future_first — kind — will retry until 28 Nov
    # order: «first: delivery delayed, retry until 28 Nov» → «then: failed» = a mail system's notice, no application → kind bounce
    N("future_first", "kind", "will retry until 28 Nov", M(
        "Mail Delivery System <mailer-daemon@example.com>", "Undelivered Mail Returned to Sender", "25 03:15",
        """This is the mail system at host mx.example.com.

Your message to <k.ouattara@univ-example.fr> could not be delivered yet; the system will retry until 28 Nov.
Update: the remote server now answers that the mailbox does not exist. Giving up.

<k.ouattara@univ-example.fr>: host mx.univ-example.fr said: 550 5.1.1 User unknown""",
        bounce("k.ouattara@univ-example.fr"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; k.ouattara@univ-example.fr\nAction: failed\nStatus: 5.1.1",
    )),
]
