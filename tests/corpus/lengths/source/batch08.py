"""Lengths corpus, batch 08 (writer B): short_english (an MSc, a European Solidarity Corps placement over, «an
NGO or a consulting firm», a private two-year diploma from Lagos, a final year, a BA of 2019, a tutor's short
note with a CV; a question, a reply, an unsubscribe), long_digressive (sisters in civic service, a partner's
reconversion, cousins' diplomas, a grandmother's cooperative — the writer's own fact once; two long
newsletters and a SCIC's long mail about a shared venue), long_english (a life story from Accra, a résumé
with eight years at a bank, a cover letter with a placement ending «late November», a dissertation due in
January, a careers adviser's recommendation; a long bounce carrying our mail, a long question)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, newsletter, other, question, reply
from lengths import N

MESSAGES = [
    # Feature: short_english — level — MSc in Social Entrepreneurship
    # length: short, 34 words, the MSc and its month in the first clause → application (English); MSc (bac+5) of September 2026, a search in cooperatives or charities → eligible
    N("short_english", "level", "MSc in Social Entrepreneurship", M(
        "Rory McAllister <rory.mcallister@example.co.uk>",
        "Pro'pulse application",
        "02 10:18",
        """Hi,

I finished my MSc in Social Entrepreneurship at Glasgow Caledonian in September 2026 and I'm looking for a job with a cooperative or a charity in France.

Rory McAllister""",
        app("Rory", "McAllister", phone=None, bac=5, grad="2026-09", language="en", status="b_en_short_msc_glasgow"),
    )),
    # Feature: short_english — situation — her European Solidarity Corps placement in Lyon ended on 31 October
    # length: short, 39 words, a friend writing for her: the BA, the placement over and the NGO aim in two sentences → application (English, referral: the friend in forwarded_by, the applicant's address); BA of July 2025, placement over → eligible
    N("short_english", "situation", "her European Solidarity Corps placement in Lyon ended on 31 October", M(
        "Marta Zielińska <marta.zielinska@example.pl>",
        "For my friend Ola",
        "04 15:47",
        """Hi, writing for my friend Ola Wiśniewska (ola.wisniewska@example.pl): BA Sociology, Warsaw, July 2025; her European Solidarity Corps placement in Lyon ended on 31 October. She's looking for NGO jobs in France.

Marta""",
        app("Ola", "Wiśniewska", phone=None, bac=3, grad="2025-07", email="ola.wisniewska@example.pl", forwarded_by="marta.zielinska@example.pl", language="en", status="b_en_short_friend_esc_over"),
    )),
    # Feature: short_english — aim — equally happy at an NGO or at a consulting firm
    # ambiguous: «equally happy at an NGO or at a consulting firm», two searches on equal terms: job_seeking_ess stays open
    # length: short, 27 words, the two searches side by side at the end → application (English); BA of June 2026, aim open → to verify
    N("short_english", "aim", "equally happy at an NGO or at a consulting firm", M(
        "Priya Ramanathan <priya.ramanathan@example.com>",
        "Programme",
        "06 09:02",
        """Hello, I graduated with a BA in Economics from Sussex in June 2026. I'd be equally happy at an NGO or at a consulting firm.

Priya""",
        app("Priya", "Ramanathan", phone=None, bac=3, grad="2026-06", unknown=("job_seeking_ess",), language="en", status="b_en_short_equally_ngo_or_consulting"),
    )),
    # Feature: short_english — level — a two-year diploma in Business Administration from a private college in Lagos
    # ambiguous: a private two-year diploma from Lagos with no level or equivalence said: degree_level stays open
    # length: short, 36 words, the diploma's name and its school in the first sentence → application (English); a diploma of open level → to verify
    N("short_english", "level", "a two-year diploma in Business Administration from a private college in Lagos", M(
        "Chinedu Oyelaran <chinedu.oyelaran@example.com>",
        "Application",
        "08 18:31",
        """Good evening, I have a two-year diploma in Business Administration from a private college in Lagos (2025). I now live in Lille and want to work for a social enterprise or an association.

Chinedu""",
        app("Chinedu", "Oyelaran", phone=None, bac="*", grad="2025", unknown=("degree_level",), language="en", status="b_en_short_lagos_private_diploma"),
    )),
    # Feature: short_english — studies_finished — I'm in the final year of my BA
    # length: short, 29 words, the BA still running (graduating next June) in the first clause → application (English); studies running → fails studies_finished → not eligible
    N("short_english", "studies_finished", "I'm in the final year of my BA", M(
        "Tomás Ortega <tomas.ortega@example.es>",
        "Question / application",
        "11 12:44",
        """Hi! I'm in the final year of my BA in Social Work (graduating June 2027) and I'd love to start looking for charity jobs in Paris now. Can I join?""",
        app("Tomás", "Ortega", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_short_final_year_ba"),
    )),
    # Feature: short_english — graduation — BA in International Relations, 2019
    # length: short, 26 words, the BA's year in the first line, no later diploma → application (English); BA of 2019 → fails graduation_recent → not eligible
    N("short_english", "graduation", "BA in International Relations, 2019", M(
        "Yusuf Okonkwo-Parr <yusuf.parr@example.co.uk>",
        "Pro'pulse",
        "13 20:10",
        """Hi there,
BA in International Relations, 2019 (Leicester). Moved to Bordeaux last year, looking for a role in a French association or cooperative.
Thanks,
Yusuf""",
        app("Yusuf", "Okonkwo-Parr", phone=None, bac=3, grad="2019", failing=("graduation_recent",), language="en", status="b_en_short_ba_2019"),
    )),
    # Feature: short_english — situation — Intern, Fair Trade Federation office, Paris (Sept 2026 – Feb 2027)
    # length: short, 30 words, a tutor's note pointing to her student's attached CV, where the running internship stands → application (English, referral: the tutor in forwarded_by, the student's address; info in the CV); internship until February 2027 → fails not_internship → not eligible
    N("short_english", "situation", "Intern, Fair Trade Federation office, Paris (Sept 2026 – Feb 2027)", M(
        "Dr Helen Whitaker <h.whitaker@example.ac.uk>",
        "Student CV – Pro'pulse",
        "16 11:06",
        """Dear colleagues,

Please find attached the CV of my former student Anya Sokolova (anya.sokolova@example.com), who is keen to join your programme.

Best wishes,
Helen Whitaker""",
        app("Anya", "Sokolova", phone="+447700900418", bac=5, grad="2026-07", failing=("not_internship",), info_in="cv", email="anya.sokolova@example.com", forwarded_by="h.whitaker@example.ac.uk", language="en", status="b_en_short_tutor_cv_intern"),
        cv=CV("pdf", "Anya_Sokolova_CV.pdf", """Anya Sokolova
+44 7700 900418 – anya.sokolova@example.com
MA Development Studies, University of Sussex, July 2026
BA French and Politics, University of Bristol, 2025
Current: Intern, Fair Trade Federation office, Paris (Sept 2026 – Feb 2027)
Seeking: a first job in a cooperative or a fair-trade association in France"""),
    )),
    # Feature: short_english — kind — are the workshops recorded, in case I can't attend live?
    # length: short, 11 words, a question about the programme with no fact of the writer → question (English)
    N("short_english", "kind", "are the workshops recorded, in case I can't attend live?", M(
        "jun.watanabe@example.jp",
        "Quick question",
        "18 07:55",
        """Hello, are the workshops recorded, in case I can't attend live? Thanks.""",
        question(language="en"),
    )),
    # Feature: short_english — kind — Could we make it 4:30 instead of 3
    # length: short, 9 words, an answer to our proposed slot, In-Reply-To our Message-ID → reply
    N("short_english", "kind", "Could we make it 4:30 instead of 3", M(
        "Declan Murphy <declan.murphy@example.ie>",
        "Re: Your first meeting",
        "23 13:20",
        """Could we make it 4:30 instead of 3? Dentist. Otherwise fine.

Declan""",
        reply(),
        headers={"In-Reply-To": "<first-meeting-1203.dm@animafac.net>", "References": "<first-meeting-1203.dm@animafac.net>"},
    )),
    # Feature: short_english — kind — please take me off your mailing list
    # length: short, 10 words, a request to be removed from a list, nothing else → other
    N("short_english", "kind", "please take me off your mailing list", M(
        "Grace Oduya <grace.oduya@example.com>",
        "Unsubscribe",
        "25 09:41",
        """Hi, please take me off your mailing list. Thank you.

Grace""",
        other(),
    )),
    # Feature: long_digressive — situation — moi, mon stage s'est terminé le 30 septembre
    # length: long, about 520 words, a mail full of the sister's civic service, the boyfriend's reconversion, a grandmother's news and an opinion on the ESS; the writer's own internship over in one clause of the fourth paragraph → application; master of July 2026, internship over, an association aim → eligible
    N("long_digressive", "situation", "moi, mon stage s'est terminé le 30 septembre", M(
        "Lola Marchand <lola.marchand@example.fr>",
        "Pro'pulse – candidature (et un peu de ma vie)",
        "03 22:40",
        """Bonsoir,

Je vous écris tard, pardon, c'est le seul moment de calme de la journée. Je vais essayer d'aller à l'essentiel, mais je vous préviens, ce n'est pas mon fort, ma mère dit toujours que je raconte les histoires en commençant par la fin et en finissant par le début.

C'est ma petite sœur qui m'a parlé de vous. Elle est en service civique dans une association de soutien scolaire à Bordeaux depuis septembre, et une de ses collègues volontaires lui a dit que votre programme l'avait aidée à trouver un poste l'an dernier. Ma sœur adore sa mission, elle rentre tous les soirs avec des histoires d'enfants qui ont enfin compris les fractions, et je crois qu'elle va finir institutrice, même si elle jure le contraire.

Mon copain, lui, est en pleine reconversion : après huit ans comme commercial dans l'automobile, il a repris une formation de menuisier, et il est plus heureux qu'il ne l'a jamais été. Le soir, il me montre les tabourets qu'il a faits dans la journée, avec une fierté de gamin. Ça me fait réfléchir à ce que je veux, moi, et à la chance qu'on a quand on peut choisir son travail dès le départ.

Pour ce qui me concerne, j'ai obtenu mon master Développement social et économie solidaire en juillet 2026, à Bordeaux. Moi, mon stage s'est terminé le 30 septembre, dans une fédération d'associations de quartier, où j'ai passé six mois à organiser des assemblées d'habitants et à rédiger des dossiers de subvention. J'ai adoré la partie assemblées, beaucoup moins la partie dossiers, mais j'ai compris que l'une ne va pas sans l'autre.

Ma grand-mère, qui a quatre-vingt-six ans, m'a demandé la semaine dernière ce que c'était, « l'économie solidaire ». Je lui ai expliqué, et elle m'a répondu que de son temps on appelait ça « s'arranger entre voisins ». Elle n'a pas tort, au fond. Elle a passé toute sa vie dans un village des Landes où la coopérative agricole, la caisse locale et l'amicale laïque faisaient tourner le village. Aujourd'hui, il ne reste que l'amicale, et ma grand-mère en est la doyenne.

Je dois avouer que je suis parfois agacée par la façon dont on parle de l'ESS dans les médias, comme d'un petit supplément d'âme pour entreprises en mal d'image. Ce que j'ai vu pendant mon stage, c'est des gens qui tiennent des quartiers entiers à bout de bras, avec des financements qui tombent au dernier moment et des bénévoles qui s'épuisent. Je n'idéalise rien, mais je veux en être.

Concrètement, je cherche un poste de chargée de développement ou d'animatrice de réseau dans une fédération ou une association, en Gironde si possible, parce que mon copain termine sa formation ici et que nous venons de signer un bail. Je suis disponible tout de suite.

Voilà, j'espère que ce n'était pas trop décousu. Merci de m'avoir lue.

Lola Marchand
06 28 94 71 36""",
        app("Lola", "Marchand", phone="+33628947136", bac=5, grad="2026-07", status="b_digress_soeur_sc_copain_reconversion"),
    )),
    # Feature: long_digressive — aim — chargé de recrutement dans un grand groupe d'assurance coté en bourse
    # length: long, about 470 words, friends all working in associations and cooperatives, a flatmate's SCOP, a debate at a wedding; the writer's own search in a listed insurance group said once in the fifth paragraph → application; a search in a listed insurer only → fails job_seeking_ess → not eligible
    N("long_digressive", "aim", "chargé de recrutement dans un grand groupe d'assurance coté en bourse", M(
        "Quentin Rivière <quentin.riviere@example.com>",
        "Demande d'accompagnement",
        "05 19:14",
        """Bonjour,

Je ne sais pas trop par où commencer, alors je vais commencer par mes amis, puisque ce sont eux qui m'ont poussé à vous écrire.

Dans ma bande d'amis de fac, je suis un peu l'exception. Ma meilleure amie travaille dans une association de lutte contre le mal-logement à Marseille, elle est chargée de l'accompagnement des familles et elle m'envoie régulièrement des photos de chantiers de rénovation qu'elle organise avec des bénévoles. Mon colocataire est salarié associé d'une SCOP de graphisme, il a voté la semaine dernière en assemblée générale sur la répartition des bénéfices, et il m'en a parlé pendant deux heures au dîner. Un autre ami a fait un service civique dans une ressourcerie, puis il y a été embauché comme valoriste.

Bref, je baigne dans l'économie sociale et solidaire sans y travailler. Au dernier mariage d'un cousin, on a même eu un grand débat à table sur la question de savoir si une mutuelle était vraiment différente d'une assurance. Mon oncle, qui est agent général d'assurance, n'était pas d'accord avec ma meilleure amie, et ça a failli mal finir. J'ai trouvé ça passionnant, mais je n'ai pas d'avis tranché.

De mon côté, j'ai un master en gestion des ressources humaines, obtenu en septembre 2026 à l'université d'Aix-Marseille, après une alternance de deux ans dans une entreprise de transport. J'y ai appris les bases : la paie, le recrutement, la formation, le dialogue social. J'ai aimé la partie recrutement, beaucoup moins les relations avec les syndicats, où je me sentais un peu dépassé.

Pour être franc, je cherche un poste de chargé de recrutement dans un grand groupe d'assurance coté en bourse, parce que c'est là qu'il y a le plus d'offres pour les jeunes diplômés dans ma région et que les perspectives d'évolution sont réelles. Mon oncle, celui du mariage, m'a même promis de transmettre mon CV. Je sais que ce n'est pas très « solidaire », mes amis me le rappellent assez souvent.

Ma meilleure amie m'a dit que votre programme était excellent pour préparer les entretiens et qu'il serait dommage de ne pas en profiter, même si je ne vise pas le même secteur qu'elle. Je vous pose donc la question directement : est-ce que mon projet est compatible avec votre accompagnement ?

En tout cas, je vous remercie d'avoir pris le temps de me lire, et je ne vous en voudrai pas si la réponse est non. Au pire, je continuerai à écouter mes amis parler de leurs assemblées générales en rêvant un peu.

Quentin Rivière
07 46 15 82 30""",
        app("Quentin", "Rivière", phone="+33746158230", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_digress_amis_ess_moi_assureur_cote"),
    )),
    # Feature: long_digressive — graduation — ma licence à moi, c'était en 2024
    # ambiguous: the writer's licence dated by its year alone in 2024 (the cousins' diplomas have full dates): graduation_recent stays open
    # length: long, about 450 words, cousins' and friends' diplomas with dates, a family cooperative, a trip to Portugal; the writer's own licence year once in the fourth paragraph → application; year alone in 2024 → to verify
    N("long_digressive", "graduation", "ma licence à moi, c'était en 2024", M(
        "Beatriz Mendes <beatriz.mendes@example.fr>",
        "Candidature Pro'pulse",
        "07 14:58",
        """Bonjour,

Je vous écris de la part de toute une famille, ou presque, puisque c'est ma tante qui a entendu parler de votre programme à la radio et qui l'a répété à tout le monde au repas de dimanche.

Chez nous, les diplômes, c'est une affaire sérieuse. Mes grands-parents sont arrivés du Portugal dans les années soixante-dix sans savoir lire le français, et ils ont tout fait pour que leurs petits-enfants fassent des études. Ma cousine Sofia a eu son master de droit en juin 2025 et elle est avocate stagiaire à Lyon. Mon cousin Diogo a obtenu son BTS électrotechnique en juillet 2026 et travaille déjà chez un artisan. Ma grand-mère a encadré les deux diplômes dans le salon, à côté de la photo du mariage.

Mon oncle, lui, a monté avec trois associés une coopérative de maçonnerie il y a quinze ans. Au début, toute la famille trouvait ça bizarre, ce mot de « coopérative », on pensait que c'était une histoire de communistes. Aujourd'hui, ils sont douze associés et ils viennent de racheter leur entrepôt. C'est lui qui m'a donné envie de m'intéresser à l'économie sociale, quand j'avais quinze ans et que je faisais ses factures le samedi pour gagner un peu d'argent de poche.

Ma licence à moi, c'était en 2024, une licence d'économie et gestion à l'université Jean-Monnet de Saint-Étienne. J'ai ensuite fait plusieurs petits boulots, dont une saison dans un hôtel de l'Algarve, chez une amie de ma mère, ce qui m'a permis de parler enfin correctement portugais et de comprendre un peu mieux d'où vient ma famille. Je suis rentrée à Saint-Étienne au printemps.

Ma petite sœur, qui est en terminale, me demande tous les jours ce que je vais faire de ma vie, avec la cruauté des adolescentes. Je lui réponds que je cherche, et c'est vrai. Je voudrais travailler dans une coopérative ou une association d'accompagnement à la création d'entreprise, comme chargée de gestion ou d'accompagnement, dans la Loire ou à Lyon.

Je n'ai pas d'expérience professionnelle dans l'économie sociale, seulement ce que j'ai vu chez mon oncle et ce que j'ai appris en cours. C'est pour cela qu'un accompagnement me ferait du bien : pour savoir par où entrer, qui contacter, et comment présenter un parcours qui n'est pas très linéaire.

Ma tante m'a demandé de vous dire qu'elle vous écoutait à la radio et qu'elle vous trouvait très bien. C'est fait.

Merci et bonne journée,

Beatriz Mendes
06 71 39 20 58""",
        app("Beatriz", "Mendes", phone="+33671392058", bac=3, grad="2024", unknown=("graduation_recent",), status="b_digress_cousins_licence_2024"),
    )),
    # Feature: long_digressive — situation — je suis moi-même en service civique jusqu'en juillet 2027
    # length: long, about 450 words, a brother with a master, a best friend's internship, a neighbour's café, an opinion on volunteering; the writer's own running civic service in one clause of the fifth paragraph → application; civic service until July 2027 → fails not_service_civique → not eligible
    N("long_digressive", "situation", "je suis moi-même en service civique jusqu'en juillet 2027", M(
        "Ilyès Touati <ilyes.touati@example.net>",
        "Pro'pulse, une question de timing",
        "09 11:25",
        """Bonjour,

Mon grand frère me répète depuis des semaines que je devrais vous écrire, alors le voici, ce mail. Il a suivi votre programme il y a trois ans, après son master en urbanisme, et il travaille aujourd'hui dans une coopérative d'habitants à Grenoble. Il dit que c'est grâce à vous qu'il a osé postuler là-bas, alors qu'il pensait ne pas avoir le niveau. Il exagère peut-être un peu, mais il le pense vraiment.

Ma meilleure amie, elle, est en stage dans une mutuelle jusqu'en mars, et elle hésite à rester dans l'assurance ou à partir vers l'associatif. On en parle tous les soirs au téléphone, ça tourne en rond, mais ça m'aide aussi à réfléchir à ce que je veux.

Il y a aussi mon voisin du dessous, qui a ouvert l'an dernier un café associatif au pied de notre immeuble, dans le quartier de la Villeneuve. Au début, personne n'y croyait, et maintenant c'est là que tout le monde se retrouve, les retraités le matin, les mères de famille l'après-midi, les jeunes le soir. J'y donne un coup de main le samedi, et je crois que c'est là que j'ai compris que je voulais travailler dans ce genre de lieux.

J'ai un avis un peu tranché sur le bénévolat, d'ailleurs : je trouve qu'on en demande beaucoup trop aux gens, et que beaucoup de structures tiennent uniquement parce que des retraités et des étudiants donnent leur temps gratuitement. Je ne dis pas qu'il faut tout salarier, mais il faudrait au moins reconnaître ce travail.

Pour ma part, j'ai obtenu un BUT Carrières sociales en juin 2026, parcours animation sociale, et je suis moi-même en service civique jusqu'en juillet 2027 dans une maison de l'enfance de Grenoble, où j'anime des ateliers d'éveil et d'accompagnement à la scolarité. C'est une mission que j'aime, même si l'indemnité est maigre.

Ce que je voudrais, c'est préparer dès maintenant mon entrée dans un vrai poste d'animateur ou de coordinateur dans un centre social ou une association d'éducation populaire, pour ne pas me retrouver sans rien à la fin de la mission. Mon frère pense que votre programme pourrait m'y aider, même si je comprends que le calendrier n'est peut-être pas idéal.

Dites-moi ce que vous en pensez. Si je dois revenir vers vous plus tard, je le ferai sans problème.

Merci beaucoup,

Ilyès Touati
07 59 04 83 62""",
        app("Ilyès", "Touati", phone="+33759048362", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_digress_frere_moi_sc_juillet_2027"),
    )),
    # Feature: long_digressive — career_change — je n'ai jamais travaillé autrement qu'en job étudiant
    # length: long, about 460 words, a partner leaving ten years in a bank, a best friend's business, the writer's mother's opinion, a story about a cat; the writer's own lack of any career in one clause of the fourth paragraph → application; BTS ESF of June 2026, student jobs only, an ESS aim → eligible
    N("long_digressive", "career_change", "je n'ai jamais travaillé autrement qu'en job étudiant", M(
        "Ambre Vallet <ambre.vallet@example.org>",
        "Inscription programme Pro'pulse",
        "12 20:47",
        """Bonsoir,

Je vous écris un peu dans le désordre, parce que ces dernières semaines ont été un tourbillon à la maison, et que tout se mélange dans ma tête.

Mon compagnon vient de quitter la banque où il travaillait depuis dix ans comme conseiller professionnel. Il a démissionné du jour au lendemain, après un énième rendez-vous où on lui demandait de vendre des assurances-vie à des artisans qui avaient à peine de quoi payer leur loyer. Il veut devenir éducateur technique, et il a commencé une formation en alternance dans un établissement pour adultes handicapés. Je suis très fière de lui, mais j'avoue que notre budget va être serré pendant deux ans.

Ma meilleure amie, elle, vient d'ouvrir une boutique de vêtements de seconde main, en SARL classique, et elle me demande sans arrêt de l'aider le samedi. Je l'aide, bien sûr, mais je lui répète qu'elle aurait dû monter une coopérative, elle me répond que je suis trop idéaliste. On se dispute gentiment à ce sujet depuis des mois.

En ce qui me concerne, c'est beaucoup plus simple : j'ai eu mon BTS Économie sociale familiale en juin 2026, et je n'ai jamais travaillé autrement qu'en job étudiant, comme caissière le week-end pendant mes deux années de BTS et comme animatrice de centre aéré l'été. Je ne suis ni en stage ni en service civique. Je voudrais un poste de conseillère ou d'agente d'accompagnement dans une association de lutte contre la précarité énergétique ou d'aide au logement, dans la région de Chambéry.

Ma mère, qui a été aide à domicile toute sa vie, trouve que je devrais viser la fonction publique, « pour la sécurité ». Je comprends son point de vue, mais ce qui m'a plu en stage, dans une association d'insertion par le logement, c'est la liberté d'inventer des solutions avec les gens, sans attendre qu'un règlement nous y autorise. Je ne me vois pas ailleurs.

Et puis, pour finir sur une note plus légère, nous avons adopté un chat la semaine dernière, trouvé dans le local à vélos de notre immeuble. Il s'appelle Crédit, en hommage à la carrière bancaire de mon compagnon, et il passe ses journées sur le clavier de mon ordinateur pendant que j'écris mes lettres de motivation. Si vous trouvez des fautes de frappe étranges dans ce mail, c'est sa faute.

Merci de m'avoir lue jusqu'au bout, et à bientôt j'espère,

Ambre Vallet
06 90 37 12 48""",
        app("Ambre", "Vallet", phone="+33690371248", bac=2, grad="2026-06", status="b_digress_compagnon_banque_moi_jobs"),
    )),
    # Feature: long_digressive — kind — La lettre des solidarités de l'Ouest
    # length: long, about 500 words, a regional network's monthly letter with portraits of graduates (other people's facts), an editorial, job news and an agenda, List-Unsubscribe and Precedence: bulk → newsletter
    N("long_digressive", "kind", "La lettre des solidarités de l'Ouest", M(
        "Réseau Solidarités Ouest <lettre@solidarites-ouest.example.org>",
        "La lettre des solidarités de l'Ouest – n° 47 – novembre 2026",
        "15 07:00",
        """La lettre des solidarités de l'Ouest – n° 47 – novembre 2026

ÉDITO
Il y a des mois où l'on a l'impression que tout va trop vite. Les budgets des départements se resserrent, les appels à projets se multiplient, les équipes fatiguent. Et puis il y a des mois comme celui-ci, où l'on rencontre, au détour d'une journée régionale, des jeunes qui arrivent dans nos structures avec une énergie intacte et des idées plein la tête. Ce numéro leur est en grande partie consacré. Nous avons demandé à trois d'entre eux de nous raconter leur premier emploi dans l'économie sociale et solidaire, et leurs réponses nous ont fait du bien.

PORTRAITS : ILS ONT DÉMARRÉ CETTE ANNÉE
Sarah, 24 ans, a obtenu son master en développement territorial en juin 2025. Après un service civique dans une association de mobilité solidaire, elle a été embauchée en CDI comme chargée de projet dans un garage solidaire de Saint-Nazaire. « Ce qui m'a frappée, c'est la confiance qu'on m'a donnée dès le premier jour », raconte-t-elle.

Antoine, 27 ans, a quitté un poste de commercial dans l'agroalimentaire pour reprendre une licence professionnelle en économie sociale. Il coordonne aujourd'hui une épicerie solidaire à Laval. Il l'avoue sans détour : « Je gagne moins, mais je dors mieux. »

Inès, 23 ans, termine son stage de fin d'études dans une SCOP de traduction à Rennes, où elle espère être embauchée en janvier. Elle prépare en parallèle son mémoire, qu'elle soutiendra au printemps.

DANS LE RÉSEAU
La coopérative d'activités et d'emploi du Morbihan fête ses vingt ans le 12 décembre, avec une journée portes ouvertes et une table ronde sur l'entrepreneuriat salarié. Le Collectif des ressourceries de Loire-Atlantique lance une campagne de collecte de jouets pour les fêtes. La Fédération des centres sociaux de Vendée recrute deux animateurs jeunesse, en CDI, à Fontenay-le-Comte et aux Sables-d'Olonne.

OFFRES D'EMPLOI
Nous relayons ce mois-ci quatorze offres de nos adhérents : chargé de mission économie circulaire, encadrante technique d'insertion en maraîchage, assistante de gestion dans une mutuelle, coordinateur de bénévoles dans une association d'aide alimentaire, et bien d'autres. Retrouvez-les toutes sur notre site, rubrique « Emplois ».

AGENDA
- 2 décembre : formation « Gouvernance partagée : animer un conseil d'administration vivant », à Nantes
- 9 décembre : rencontre des jeunes salariés de l'ESS, à Angers, suivie d'un apéritif
- 16 décembre : webinaire sur les nouvelles règles de financement des chantiers d'insertion

LE COIN LECTURE
Notre équipe a aimé le dernier essai d'une sociologue sur le travail associatif, qui rappelle que l'engagement n'est pas une ressource inépuisable et que les salariés du secteur ont, eux aussi, besoin de reconnaissance.

Vous recevez cette lettre parce que vous êtes adhérent ou partenaire du réseau. Pour vous désinscrire, utilisez le lien en bas de ce message ou répondez simplement « désinscription ».

Réseau Solidarités Ouest – lettre mensuelle""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://solidarites-ouest.example.org/lettre/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: long_digressive — kind — Les nouvelles du Campus solidaire
    # length: long, about 430 words, a student network's newsletter rambling over a festival, a members' assembly, a podcast, volunteers' stories, List-Unsubscribe and Precedence: bulk → newsletter
    N("long_digressive", "kind", "Les nouvelles du Campus solidaire", M(
        "Campus Solidaire <nouvelles@campus-solidaire.example.org>",
        "Les nouvelles du Campus solidaire – hiver 2026",
        "19 18:30",
        """Les nouvelles du Campus solidaire – hiver 2026

Chères adhérentes, chers adhérents, chers amis,

Quel automne ! Nous avons à peine eu le temps de souffler entre le festival de rentrée, l'assemblée générale et le lancement de notre podcast, et voilà déjà les premières gelées sur les pelouses du campus. On vous raconte tout, dans le désordre, comme d'habitude.

LE FESTIVAL DE RENTRÉE
Plus de mille deux cents étudiantes et étudiants sont passés sur nos stands en septembre, un record. La friperie éphémère a vendu près de quatre cents pièces au prix libre, les ateliers de réparation de vélos ont tourné toute la journée, et le concert du soir, malgré une averse mémorable, a réuni tout le monde sous le grand chapiteau prêté par la mairie. Merci aux soixante bénévoles qui ont tenu les stands, dont beaucoup découvraient l'association ce jour-là.

L'ASSEMBLÉE GÉNÉRALE
Notre assemblée générale d'octobre a élu un nouveau conseil d'administration, plus jeune et plus paritaire que jamais. Léonie, notre nouvelle présidente, est en deuxième année de licence de sociologie ; elle a promis des réunions plus courtes, ce qui a été accueilli par une ovation. Le rapport financier a été adopté à l'unanimité, malgré un déficit léger lié à l'achat d'un nouveau camion pour les collectes.

LE PODCAST
Notre podcast, « Tout le monde s'en mêle », donne la parole à des étudiants engagés. Dans le premier épisode, Karim raconte comment il a monté une épicerie solidaire dans sa résidence universitaire ; dans le deuxième, Margot, en service civique chez nous jusqu'en juin, parle de ce que l'engagement lui a appris sur elle-même. Le troisième épisode, consacré aux étudiants qui travaillent pour financer leurs études, sortira en janvier.

DES NOUVELLES DES ANCIENS
Plusieurs anciens bénévoles nous ont écrit ce trimestre. Jeanne, qui a obtenu son master l'an dernier, vient d'être embauchée dans une coopérative d'énergie citoyenne. Bastien, après une licence professionnelle, travaille dans un chantier d'insertion. Et Nour, qui a longtemps animé notre atelier cuisine, a ouvert son propre restaurant solidaire à Montpellier. Nous sommes fiers d'eux !

À VENIR
- 5 décembre : grande collecte de vêtements d'hiver, sur le parvis de la bibliothèque universitaire
- 12 décembre : soirée jeux et soupe, au local
- janvier : formation des nouveaux bénévoles à l'accueil et à l'écoute

Merci de faire vivre le Campus solidaire. À très vite !

L'équipe du Campus solidaire

Vous recevez ces nouvelles en tant que membre ou partenaire de l'association. Pour ne plus les recevoir, cliquez sur le lien de désabonnement.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:desinscription@campus-solidaire.example.org>", "Precedence": "bulk"},
    )),
    # Feature: long_digressive — kind — une salle partagée pour vos ateliers du premier trimestre
    # length: long, about 430 words, a SCIC's manager writing about a shared venue, an invoice, the heating, their members, a festival, with no application and no question about joining → other
    N("long_digressive", "kind", "une salle partagée pour vos ateliers du premier trimestre", M(
        "Pascale Ménard <pascale.menard@scic-tiers-lieu.example.org>",
        "Salle pour les ateliers + quelques nouvelles",
        "21 10:52",
        """Bonjour à toute l'équipe,

Je reviens vers vous, comme promis lors de notre rencontre au salon de l'ESS, au sujet d'une salle partagée pour vos ateliers du premier trimestre. Je profite du message pour vous donner quelques nouvelles de notre côté, il s'est passé beaucoup de choses depuis la dernière fois.

D'abord, la salle. Nous pouvons vous proposer la grande salle du rez-de-chaussée, celle avec les fenêtres sur le jardin, les deuxièmes et quatrièmes mercredis de chaque mois, de janvier à mars. Elle peut accueillir vingt-cinq personnes assises, et nous avons enfin installé un vidéoprojecteur digne de ce nom. Le tarif solidaire que nous appliquons aux associations reste le même, et nous pouvons facturer au trimestre si c'est plus simple pour votre comptabilité.

Ensuite, le chauffage. Je préfère être honnête : notre chaudière a donné des signes de faiblesse en octobre, et nous attendons le passage du chauffagiste. En attendant, la salle est un peu fraîche le matin, pensez à prévenir les participants. Le conseil de gestion a voté le remplacement de la chaudière par une pompe à chaleur, mais le financement ne sera bouclé qu'au printemps.

Côté sociétaires, nous sommes maintenant quatre-vingt-sept, dont douze associations, trois collectivités, une trentaine de salariés et de bénévoles, et des habitants du quartier. L'assemblée générale de juin a été vivante, c'est le moins qu'on puisse dire : deux heures de débat sur la place des habitants dans la programmation culturelle. Nous en sommes ressortis épuisés mais plutôt fiers.

Nous préparons aussi notre festival de printemps, le dernier week-end de mai. Si votre programme voulait y tenir un stand ou animer un atelier sur l'emploi des jeunes, vous seriez les bienvenus. Nous aurons un espace dédié aux métiers de l'économie sociale, avec des employeurs du territoire.

Enfin, une petite chose administrative : la facture de l'atelier de septembre n'a pas encore été réglée, il s'agit sans doute d'un oubli. Je vous la renvoie en pièce jointe dans un message séparé, pour ne pas surcharger celui-ci.

Dites-moi si les dates de janvier à mars vous conviennent, que je puisse bloquer la salle dans notre planning, qui se remplit vite en début d'année.

Belle fin de semaine à vous,

Pascale Ménard
Gérante – SCIC Le Tiers-Lieu des Tanneries
04 78 00 00 00""",
        other(),
    )),
    # Feature: long_english — graduation — I graduated in July 2025 with a Master's in International Development
    # length: long, about 520 words, a life story from Accra (a first degree, a job in a microfinance cooperative, a move to Paris), the master's date in one clause of the fourth of seven paragraphs → application (English); master (bac+5) of July 2025, a search in cooperatives → eligible
    N("long_english", "graduation", "I graduated in July 2025 with a Master's in International Development", M(
        "Kwame Mensah-Asante <kwame.mensah@example.com>",
        "Application to Pro'pulse – Kwame Mensah-Asante",
        "03 09:26",
        """Dear Pro'pulse team,

A friend from my master's programme told me about your coaching programme, and I hope you don't mind me writing in English. My French is improving every week, but I'm still more precise in English, and I'd like to explain my situation properly.

I grew up in Kumasi, in Ghana, in a family of traders. My grandmother sold cloth at Kejetia market for more than forty years, and she was a member of a women's savings group that, looking back, was a cooperative in everything but name. As a child I used to sit with her while the women counted the week's contributions and decided together who would receive the pot. I didn't know the words "social economy" then, but I understood that money could be a way of holding people together.

I studied Economics at the University of Ghana in Accra and finished my first degree in 2019. During my studies I volunteered with a credit union that lent to street vendors, and after graduation I stayed on as a volunteer for a few months to help with their member records. It was there that I decided I wanted to understand how such organisations could grow without losing their soul.

In 2022 I moved to Paris for a master's degree. The first year was hard: a new language, a new climate, a tiny room in a student residence in Cité U and evenings working in a restaurant kitchen to cover my rent. I graduated in July 2025 with a Master's in International Development from Université Paris 1, after a six-month internship with a federation of cooperatives, where I worked on a study of cooperative banks in West Africa.

Since then I've taken on short assignments, translating reports for an NGO and helping a fair-trade association with its annual general meeting. None of these have been full-time, and I'm not currently doing an internship or any kind of volunteering placement. I've realised that I need help understanding how recruitment works in France: the unwritten rules, how to present an international background, how to write a cover letter that a French recruiter will actually read.

What I'm looking for is a role as a project officer or development officer in a cooperative, a cooperative bank's foundation or an association working on financial inclusion, ideally in the Paris region. I'm particularly interested in structures that support migrant entrepreneurs, because I know how lonely that path can be.

Thank you very much for reading this long message. I've attached nothing, but I'd be happy to send my CV in French or English, whichever you prefer.

Kind regards,

Kwame Mensah-Asante
+33 7 53 18 64 20""",
        app("Kwame", "Mensah-Asante", phone="+33753186420", bac=5, grad="2025-07", language="en", status="b_en_long_accra_master_2025"),
    )),
    # Feature: long_english — career_change — 2014 – 2022: Relationship Manager, Barclays
    # length: long, about 430 words, a short greeting then a pasted résumé whose experience ends on eight years at a bank before the MA → application (English); eight years in banking before the diploma → fails not_career_change → not eligible
    N("long_english", "career_change", "2014 – 2022: Relationship Manager, Barclays", M(
        "Siobhan Walsh <siobhan.walsh@example.ie>",
        "CV – Siobhan Walsh (Pro'pulse)",
        "06 16:40",
        """Hello,

Following the information session last week, here is my CV pasted below, as my attachment was blocked. I'd love to join the programme.

SIOBHAN WALSH
Lyon, France – +33 6 44 07 91 28 – siobhan.walsh@example.ie

PROFILE
Project coordinator with a strong background in client relations and finance, now focused on community development and the social economy. Bilingual English–French, with a working knowledge of Irish and Spanish.

EDUCATION
2024 – 2026: MA in Social Economy and Community Development, Université Lumière Lyon 2 (graduated June 2026, with honours)
Dissertation: "Community-owned shops in rural Ireland and France: a comparison of governance models"
2010 – 2013: BA in Business and French, University College Cork

EXPERIENCE
March 2026 – June 2026: Intern, regional union of cooperatives, Lyon
- Supported the conversion of two small businesses into worker cooperatives
- Prepared training materials on cooperative governance for new members
- Organised a regional meeting of 80 cooperative managers

2022 – 2024: Volunteer coordinator (part-time), community food hub, Cork
- Recruited and scheduled around forty volunteers
- Managed relations with local farmers and suppliers
- Set up a pay-what-you-can scheme for low-income households

2014 – 2022: Relationship Manager, Barclays, Dublin and London
- Managed a portfolio of around 150 small-business clients
- Advised on loans, cash management and insurance products
- Trained and mentored new members of the team
- Received an internal award for client satisfaction in 2019

2013 – 2014: Customer Service Adviser, telecoms company, Cork

SKILLS
- Project management: planning, budgeting, reporting
- Financial analysis and business planning for small organisations
- Facilitation of meetings and workshops
- Stakeholder relations with public bodies, funders and members
- Tools: Excel (advanced), Salesforce, Canva, Microsoft Office

LANGUAGES
English: native
French: C1 (DALF C1, 2024)
Irish: conversational
Spanish: B1

TRAINING
2025: Facilitation of participatory meetings (3 days, national network of community hubs)
2023: Introduction to cooperative law and governance (online course, Irish co-operative organisation society)
2021: Certificate in anti-money-laundering compliance (internal, Barclays)

VOLUNTEERING AND INTERESTS
Board member of an Irish cultural association in Lyon
Choir singer, sea swimmer (when I can find the sea), amateur potter

I'm looking for a role as a development officer or project manager in a cooperative network, a social enterprise or an association in the Lyon area. I'd really appreciate your help in explaining a career change to French recruiters.

Many thanks,
Siobhan""",
        app("Siobhan", "Walsh", phone="+33644079128", bac=5, grad="2026-06", failing=("not_career_change",), language="en", status="b_en_long_cv_barclays"),
    )),
    # Feature: long_english — situation — my placement at the food bank ends in late November
    # ambiguous: a placement ending «in late November» with no day, read on the 26th: not_internship stays open
    # length: long, about 420 words, a formal cover letter on food justice and cooperation, the placement's end in one clause of the second paragraph → application (English); internship ending with no day → to verify
    N("long_english", "situation", "my placement at the food bank ends in late November", M(
        "Hannah Schreiber <hannah.schreiber@example.de>",
        "Cover letter – Pro'pulse programme",
        "10 13:15",
        """Dear Sir or Madam,

I am writing to apply for a place on the Pro'pulse programme, which I learned about through the careers service of my university. I believe that your support would help me take the step from my studies to a first position in the social and solidarity economy in France.

I completed a Master's degree in Sustainable Food Systems at the University of Montpellier in September 2026, after a Bachelor's degree in Geography at the University of Freiburg. Since October I have been doing an internship with a regional food bank in Montpellier, where I coordinate a project on fresh produce donations from local farmers; my placement at the food bank ends in late November, and I would like to be ready to start looking for work as soon as it does.

My interest in the social economy grew out of my studies but also out of my life in Germany, where I was an active member of a food cooperative in Freiburg for four years. I learned there that a supermarket can be owned by its members, that prices can be set transparently, and that the people who stock the shelves can have a say in what is sold. This experience convinced me that food is not only a matter of nutrition but also of democracy and dignity.

During my internship, I have seen both the strength and the fragility of the organisations that fight food insecurity in France. Volunteers give an extraordinary amount of time, but the organisations depend on donations and short-term grants, and their staff are often overstretched. I would like to contribute to making these structures more sustainable, whether by developing partnerships with producers, by coordinating volunteers, or by helping to design new models such as social grocery stores and food cooperatives.

I am looking for a position as a project officer or coordinator in an association, a cooperative or a foundation working on food access or sustainable agriculture, in Occitanie or in the Lyon area. I am aware that my French, although fluent, is not yet perfect in writing, and that I still need to learn the codes of recruitment in France. This is precisely why I am applying to your programme.

I would be delighted to meet you, either in person or online, at your convenience.

Yours faithfully,

Hannah Schreiber
+33 7 61 42 08 35""",
        app("Hannah", "Schreiber", phone="+33761420835", bac=5, grad="2026-09", unknown=("not_internship",), language="en", status="b_en_long_letter_placement_late_november"),
    )),
    # Feature: long_english — aim — a graduate analyst role in a management consultancy
    # length: long, about 440 words, a life story of volunteering (a refugee charity, a community radio, a gap year in Peru) that ends on a search outside the ESS, said once near the end → application (English); a search in consultancy only → fails job_seeking_ess → not eligible
    N("long_english", "aim", "a graduate analyst role in a management consultancy", M(
        "Oliver Pennington <oliver.pennington@example.co.uk>",
        "Pro'pulse – enquiry and application",
        "12 18:02",
        """Hello,

I hope it's all right to write in English. A friend who took part in your programme last year suggested I get in touch, and I thought it would be best to tell you a bit about myself before asking whether I'd be a good fit.

I grew up in Bristol, the youngest of four, in a house that was always full of people. My mother ran a refugee support charity from our kitchen table for years before it had an office, and I spent most of my childhood stuffing envelopes, sorting donated coats and, later, helping families fill in forms. I think that's where my interest in how organisations work came from: I watched my mother's charity go from three volunteers to twenty paid staff, with all the growing pains that came with it.

After school I took a gap year in Peru, working with a community radio station in a small town in the Andes. I learned Spanish, I learned how to edit audio on a very old computer, and I learned that good intentions are not enough without good organisation. When I came back, I studied Economics and Management at the University of Nottingham and graduated in 2024, then moved to Paris for a master's (M2) in Management at Université Paris-Dauphine, which I completed in September 2026.

During my master's I did a consulting project for a large social housing association, which I really enjoyed. I liked the problem-solving, the data, the presentations to the board, and the sense that a good analysis could actually change how an organisation spends its money. My supervisor on that project encouraged me to think about consulting as a career.

So, to be honest with you: what I am looking for now is a graduate analyst role in a management consultancy, in Paris or London, ideally one with some public-sector or non-profit clients, but a consultancy all the same. I don't see myself working inside an association or a cooperative, at least not for the next few years. My mother finds this very funny.

My friend told me that your workshops on interviews and networking were excellent, and that the programme was worth it even for people who are not sure about the sector. I'd be grateful if you could tell me whether my plans fit your programme or not. I completely understand if they don't.

Thank you for your time, and for what you do.

Best wishes,

Oliver Pennington
+33 6 12 84 57 93""",
        app("Oliver", "Pennington", phone="+33612845793", bac=5, grad="2026-09", failing=("job_seeking_ess",), language="en", status="b_en_long_consultancy"),
    )),
    # Feature: long_english — level — a Bachelor of Social Science in Social Development from the University of Cape Town
    # length: long, about 430 words, a careers adviser's long recommendation of a graduate: her degree named early with its date, her placements, her character, her search in NGOs → application (English, referral: the adviser in forwarded_by, the graduate's address); BSocSc (a bachelor's, bac+3, placed at a licence's level by ENIC-NARIC) of December 2024 (23 months), an NGO aim → eligible
    N("long_english", "level", "a Bachelor of Social Science in Social Development from the University of Cape Town", M(
        "Rachel Nkosi <r.nkosi@careers-example.ac.za>",
        "Recommendation – Thandiwe Zulu for Pro'pulse",
        "17 08:44",
        """Dear Pro'pulse team,

I am a careers adviser at a South African university's international office, and I am writing to recommend one of our recent graduates, Thandiwe Zulu, for your programme. Thandiwe has asked me to write on her behalf and is copied on this message at her own address, thandiwe.zulu@example.com, so that you can reply to her directly.

Thandiwe holds a Bachelor of Social Science in Social Development from the University of Cape Town, awarded in December 2024. It is a demanding three-year degree, and she completed it with distinction while working part-time as a tutor for first-year students. Her fieldwork placements took her to a child protection organisation in Khayelitsha and to a community health project in the Eastern Cape, where her supervisors praised her calm, her listening skills and her ability to work with families in very difficult circumstances.

In 2025, Thandiwe moved to France to join her partner, who is a researcher in Toulouse. She has been studying French intensively since then and has now reached a solid intermediate level, which she is working hard to improve. She has also volunteered with a local association that supports asylum-seeking families, where she helps run activities for children on Wednesday afternoons. She is not currently in any internship, placement or formal volunteering programme.

Thandiwe's aim is to find a position in a French association or NGO working with children, families or migrants, for instance as a family support worker, an activity coordinator or a project assistant. She has already obtained a statement of comparability from the French ENIC-NARIC centre, which places her degree at the level of a French licence. She would benefit enormously from your guidance on how to present her experience to French employers, how to navigate the recruitment process, and how to build a professional network in Toulouse.

I have worked with many graduates over the years, and I can say without hesitation that Thandiwe is one of the most committed and mature young professionals I have met. She combines genuine empathy with a very practical sense of what needs to be done, and she does not give up easily.

Please do not hesitate to contact me if you need any further information. I would be very grateful for any support you can offer her.

Yours sincerely,

Rachel Nkosi
Careers and International Office
+27 21 000 0000""",
        app("Thandiwe", "Zulu", phone=None, bac=3, grad="2024-12", email="thandiwe.zulu@example.com", forwarded_by="r.nkosi@careers-example.ac.za", language="en", status="b_en_long_recommendation_bsocsc"),
    )),
    # Feature: long_english — kind — The response from the remote server was
    # length: long, about 420 words, Gmail's mailer-daemon reporting a failed delivery, the whole returned mail (our answer in English to an applicant) carried below as plain text → bounce
    N("long_english", "kind", "The response from the remote server was", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "20 05:12",
        """Address not found

Your message wasn't delivered to samuel.tembo@outlook.example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.5.0 Requested action not taken: mailbox unavailable.

---------- Original message ----------
From: Pro'pulse <propulse@animafac.net>
To: samuel.tembo@outlook.example.com
Date: Thu, 19 Nov 2026 17:42
Subject: Your application to Pro'pulse

Dear Samuel,

Thank you very much for your message and for your interest in Pro'pulse. We were glad to read about your background and your plans, and we would like to tell you a little more about how the programme works before inviting you to a first meeting.

Pro'pulse is a coaching programme run by Animafac for young graduates who are looking for their first job in the social and solidarity economy. Over several months, participants take part in group workshops on the job market of the sector, on writing applications and on preparing for interviews. Each participant is also paired with a mentor who works in an association, a cooperative, a mutual or a foundation, and who can share their experience and their network.

To take part, participants need to have completed their studies with at least a two-year higher education diploma obtained within the last two years, and to be actively looking for a job in the social and solidarity economy. The programme is not open to people who are currently doing an internship or a civic service, or to people who are changing careers after several years in another field.

From what you wrote, your situation seems to fit these criteria, but we would like to check a few details with you: the exact date on which your degree was awarded, whether your current volunteering is a formal civic service, and the kind of organisations you are hoping to join. Could you send us a short answer on these three points, together with an up-to-date CV?

Once we have these details, we will suggest a time for a first conversation by video call. These conversations usually last about forty-five minutes, and they are an opportunity for you to ask any questions you may have about the programme, its schedule and what we expect from participants.

We also hold a collective information session every month. The next one will take place online on 3 December at 6 pm, and you would be very welcome to join it. The link will be sent a few days before the session to those who register.

We look forward to hearing from you.

Best regards,

The Pro'pulse team
Animafac""",
        bounce("samuel.tembo@outlook.example.com"),
        bounce="Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; samuel.tembo@outlook.example.com\nAction: failed\nStatus: 5.5.0\nDiagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox unavailable",
    )),
    # Feature: long_english — kind — I have a few questions about how the programme works for people like me
    # length: long, about 400 words, a long question about eligibility, visas, language, schedule and cost, the writer giving no degree, date or situation of her own → question (English)
    N("long_english", "kind", "I have a few questions about how the programme works", M(
        "Mei Lin Tan <meilin.tan@example.sg>",
        "Questions about Pro'pulse",
        "24 16:08",
        """Hello,

I came across Pro'pulse while reading about the social economy in France, and I have a few questions about how the programme works before deciding whether to apply. I hope you can help, and I apologise in advance for the number of questions.

First, about eligibility. Your website mentions "young graduates", but I couldn't find a precise definition. Is there an age limit? Does the degree have to be French, or are foreign degrees accepted? If foreign degrees are accepted, do they need to be officially recognised, and by which body? And how recent does the degree need to be?

Second, about residence and visas. Do participants need to live in France already, or can someone join while still abroad and move later? Does taking part in the programme have any effect on a residence permit, for example a "job seeker" permit after graduation? I imagine you are not immigration advisers, but any general guidance would be welcome.

Third, about language. Are all workshops held in French? Is there a minimum level of French required, and is it tested in any way? Are there any resources in English, or any participants who follow the programme partly in English?

Fourth, about the format. How long does the programme last, and how many hours per week should participants expect to spend on it? Are the workshops in person in Paris, online, or both? If they are in person, are travel costs covered for participants who live outside Paris?

Fifth, about cost. Is the programme free? Are there any hidden costs, such as membership fees, materials or events that participants are expected to pay for?

Sixth, about the kind of jobs. Does the programme help participants find jobs only in associations, or also in cooperatives, mutuals, social enterprises and foundations? Do you have partnerships with employers who recruit directly from the programme?

Finally, about the application process. Is there a deadline, or can people apply at any time of the year? What documents are needed, and how long does it usually take to receive an answer?

Thank you very much for your time. I know these are a lot of questions, and even a short answer to some of them would help me a great deal.

Kind regards,

Mei Lin Tan""",
        question(language="en"),
    )),
]
