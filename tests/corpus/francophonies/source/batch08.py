"""Francophonies corpus, batch 08 (writer B): code-switching (French with Lingala — a stage still running, a
search split between an NGO and a bank —, with Portuguese — a licenciatura finished, a TCC defended and its
grade awaited —, with Haitian Creole — ten years of moto-taxi —, with Bambara — studies finished —, with
Kabyle greetings around an old licence), French of the Pacific and other overseas territories (a licence from
the UPF in Tahiti, a BTS from Saint-Pierre of 2022, a BTS from Wallis with no date, a Polynesian in service
civique in Brest, a Kanak association recommending a young woman of its tribu, a Tahitian graduate in
English), English written by francophones (a Cameroonian HND, a Tunisian licence appliquée of 2022, a Haitian
licence of 2024, a Mauritian placement, a Bachelor HES from Lausanne, a master from Bouaké recommended by
a teacher); other mail in those varieties (an absence notice in French and Portuguese, a bounce, a letter of
Polynesians in the Hexagone, a Saint-Pierre office's absence notice, a question in English, a bounce in
English)."""
# ruff: noqa: E501

from __future__ import annotations

from francophonies import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question

MESSAGES = [
    # Feature: mixed_codes — situation — nazali naino na stage kino sanza ya mibale
    # variety: «nazali naino na stage kino sanza ya mibale» = French–Lingala: «nazali naino na stage» is «I am still in a stage», «kino sanza ya mibale» «until the second month», February 2027 → fails not_internship → not eligible
    N("mixed_codes", "situation", "nazali naino na stage kino sanza ya mibale", M(
        "Merveille Tshibanda <merveille.tshibanda@example.org>", "Candidature Pro'pulse", "02 19:30",
        """Mbote na bino,

Je suis Merveille, Kinoise, à Paris depuis 2023. Nasilisi master na ngai ya communication na Paris 8 en juin 2026 (j'ai fini mon master). Kasi nazali naino na stage kino sanza ya mibale, dans une agence de pub à Saint-Denis, mais ce que je veux vraiment c'est la communication d'une association.

Je peux déjà m'inscrire ? Melesi mingi,
Merveille Tshibanda
07 53 40 29 18""",
        app("Merveille", "Tshibanda", phone="+33753402918", bac=5, grad="2026-06", failing=("not_internship",), status="b_naino_na_stage_lingala"),
    )),
    # Feature: mixed_codes — graduation — terminei a licenciatura em Serviço Social em julho de 2025
    # variety: «terminei a licenciatura em Serviço Social em julho de 2025» = French–Portuguese: «terminei» is «I finished»; a Portuguese licenciatura of the Bologna system is three years (bac+3), July 2025 → meets graduation_recent → eligible
    N("mixed_codes", "graduation", "terminei a licenciatura em Serviço Social em julho de 2025", M(
        "Beatriz Santos Moreira <beatriz.moreira@example.com>", "Candidatura / candidature Pro'pulse", "03 10:10",
        """Bonjour,

Je suis portugaise et française, née à Champigny, mais j'ai fait mes études à Lisbonne. Terminei a licenciatura em Serviço Social em julho de 2025, no ISCTE, et je suis revenue en France cet été.

Je cherche un poste d'assistante sociale ou de conseillère dans une association, de preferência uma associação que trabalha com imigrantes. Je vous envoie mon CV.

Obrigada e bom dia !
Beatriz Santos Moreira
06 47 18 39 25""",
        app("Beatriz", "Santos Moreira", phone="+33647183925", bac=3, grad="2025-07", status="b_licenciatura_iscte_2025"),
        cv=CV("pdf", "CV_Beatriz_Santos_Moreira.pdf", """Beatriz Santos Moreira
Champigny-sur-Marne - 06 47 18 39 25
Formação / Formation
2022-2025 : Licenciatura em Serviço Social, ISCTE - Instituto Universitário de Lisboa (julho 2025)
Experiência / Expérience
2024 : estágio curricular, Associação de apoio a imigrantes, Lisboa (6 meses)
Línguas : português, français, English"""),
    )),
    # Feature: mixed_codes — studies_finished — já defendi o TCC, mas ainda estou esperando a nota final da banca
    # ambiguous: the final-year thesis (TCC) is defended, the jury's final grade still awaited: the degree may or may not be validated
    # variety: «já defendi o TCC, mas ainda estou esperando a nota final da banca» = French–Brazilian Portuguese: the TCC (trabalho de conclusão de curso) is defended, the «banca»'s final grade awaited → studies_finished unknown (the bacharelado in progress, bac «*») → to verify
    N("mixed_codes", "studies_finished", "já defendi o TCC, mas ainda estou esperando a nota final da banca", M(
        "Larissa Oliveira Nunes <larissa.nunes@example.net>", "inscrição / inscription", "05 15:42",
        """Olá, bonjour !

Je suis brésilienne, de Recife, en France avec mon mari depuis septembre. Fiz bacharelado em Administração Pública na UFPE : já defendi o TCC, mas ainda estou esperando a nota final da banca. Normalement ça arrive en décembre.

Je voudrais travailler dans une coopérative ou une association de microcrédit, comme le Banco Palmas chez nous.

Beijos et merci,
Larissa Oliveira Nunes
07 81 26 40 53""",
        app("Larissa", "Oliveira Nunes", phone="+33781264053", bac="*", grad=None, unknown=("studies_finished",), status="b_tcc_nota_banca"),
    )),
    # Feature: mixed_codes — career_change — mwen te pase dis an ap kondui taksi-moto
    # variety: «mwen te pase dis an ap kondui taksi-moto» = French–Haitian Creole: «I spent ten years driving a moto-taxi» in Port-au-Prince before going back to school → fails not_career_change → not eligible
    N("mixed_codes", "career_change", "mwen te pase dis an ap kondui taksi-moto", M(
        "Wesner Pierre-Paul <wesner.pierrepaul@example.org>", "Candidature", "07 22:15",
        """Bonsoir,

Mwen rele Wesner. Mwen te pase dis an ap kondui taksi-moto nan Pòtoprens avant de venir en France en 2021. Ici j'ai repris les études et j'ai eu ma licence de sciences de l'éducation à Paris 8 en juin 2026.

Mwen ta renmen travay nan yon asosyasyon, avec les enfants ou les familles. Mèsi anpil pou tan nou.

Wesner Pierre-Paul
07 45 92 13 60""",
        app("Wesner", "Pierre-Paul", phone="+33745921360", bac=3, grad="2026-06", failing=("not_career_change",), status="b_taksi_moto_dis_an"),
    )),
    # Feature: mixed_codes — studies_finished — n ye n ka kalan ban
    # variety: «n ye n ka kalan ban» = French–Bambara: «I have finished my studies»; the master of the Université de Bamako obtained in July 2025 → meets studies_finished → eligible
    N("mixed_codes", "studies_finished", "n ye n ka kalan ban", M(
        "Moussa Tangara <moussa.tangara@example.com>", "Demande d'inscription", "09 08:30",
        """I ni ce, bonjour,

Ne tɔgɔ ye Moussa. N ye n ka kalan ban : j'ai eu mon master en sociologie du développement à l'Université de Bamako en juillet 2025, et je suis à Montreuil depuis mars.

Je cherche un travail dans une association de développement ou une coopérative agricole, je connais bien le maraîchage.

Aw ni ce (merci à vous),
Moussa Tangara
06 52 74 81 09""",
        app("Moussa", "Tangara", phone="+33652748109", bac=5, grad="2025-07", status="b_kalan_ban_bambara"),
    )),
    # Feature: mixed_codes — aim — nazali koluka mosala na ONG to na banque
    # ambiguous: the search is split between an NGO and a bank with no preference: job_seeking_ess stays open
    # variety: «nazali koluka mosala na ONG to na banque» = French–Lingala: «I am looking for work at an NGO or at a bank»: the NGO is the ESS, the bank is not → job_seeking_ess unknown → to verify
    N("mixed_codes", "aim", "nazali koluka mosala na ONG to na banque", M(
        "Rosette Ngalula <rosette.ngalula@example.net>", "Pro'pulse", "11 17:17",
        """Bonjour,

J'ai une licence en économie de l'Université de Lubumbashi (2025) et un master 1 validé à Lille en juin 2026. Sikoyo nazali koluka mosala na ONG to na banque, peu importe, du moment que c'est un CDI.

Merci de me dire si je peux rejoindre votre programme.

Rosette Ngalula
06 75 30 41 82""",
        app("Rosette", "Ngalula", phone="+33675304182", bac=4, grad="2026-06", unknown=("job_seeking_ess",), status="b_ong_to_banque_lingala"),
    )),
    # Feature: mixed_codes — graduation — ma licence en 2021 à l'université de Béjaïa
    # variety: «ma licence en 2021 à l'université de Béjaïa» = French with Kabyle greetings («azul», «tanemmirt»): a licence (bac+3) of 2021, five years ago → fails graduation_recent → not eligible
    N("mixed_codes", "graduation", "ma licence en 2021 à l'université de Béjaïa", M(
        "Sofiane Ouali-Mezaï <sofiane.mezai@example.com>", "Azul - candidature", "13 12:00",
        """Azul fellawen,

J'ai eu ma licence en 2021 à l'université de Béjaïa, en sciences commerciales. Depuis je suis arrivé à Grenoble, j'ai fait de la manutention et de la livraison, et je voudrais enfin travailler dans mon domaine, dans une coopérative ou une mutuelle.

Tanemmirt, merci beaucoup,
Sofiane Ouali-Mezaï
07 68 20 94 13""",
        app("Sofiane", "Ouali-Mezaï", phone="+33768209413", bac=3, grad="2021", failing=("graduation_recent",), status="b_licence_bejaia_2021"),
    )),
    # Feature: mixed_codes — kind — Estou ausente até 30 de novembro / je suis absente jusqu'au 30 novembre
    # variety: «Estou ausente até 30 de novembro / je suis absente jusqu'au 30 novembre» = a bilingual Portuguese–French absence notice of a Lusophone association, no one applying → kind auto_reply
    N("mixed_codes", "kind", "Estou ausente até 30 de novembro / je suis absente jusqu'au 30 novembre", M(
        "Graça Teixeira <graca.teixeira@example.org>", "Resposta automática / Réponse automatique", "16 09:00",
        """Olá / Bonjour,

Estou ausente até 30 de novembro / je suis absente jusqu'au 30 novembre. Para assuntos urgentes, pour toute urgence : secretariat@lusofonia-solidaria.example.org.

Graça Teixeira
Associação Lusofonia Solidária""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: mixed_codes — kind — Message non délivré / Mensagem não entregue
    # variety: «Message non délivré / Mensagem não entregue» = a bilingual French–Portuguese delivery failure for our answer to a Lisbon address → kind bounce
    N("mixed_codes", "kind", "Message non délivré / Mensagem não entregue", M(
        "MAILER-DAEMON <mailer-daemon@mail.example.pt>", "Message non délivré / Mensagem não entregue", "17 03:40",
        """Message non délivré / Mensagem não entregue

L'adresse suivante n'existe pas / O endereço seguinte não existe :
joao.ventura@example.pt

550 5.1.1 Utilisateur inconnu / Utilizador desconhecido""",
        bounce("joao.ventura@example.pt"),
        bounce="Reporting-MTA: dns; mail.example.pt\n\nFinal-Recipient: rfc822; joao.ventura@example.pt\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: pacific_overseas — studies_finished — fini la fac, j'ai eu ma licence à l'UPF en juin
    # variety: «fini la fac, j'ai eu ma licence à l'UPF en juin» = Tahitian: the UPF (Université de la Polynésie française, at Outumaoro) is a French university; «fiu» is a mood; studies over, the licence of June 2026 → meets studies_finished → eligible
    N("pacific_overseas", "studies_finished", "fini la fac, j'ai eu ma licence à l'UPF en juin", M(
        "Hinatea Teriitahi <hinatea.teriitahi@example.org>", "Ia ora na - candidature", "02 21:00",
        """Ia ora na,

J'étais un peu fiu à la fin, mais voilà : fini la fac, j'ai eu ma licence à l'UPF en juin (licence de gestion, à Outumaoro). Je suis arrivée à Montpellier le mois dernier chez ma tante.

Je voudrais travailler dans une association culturelle ou une coopérative d'artisans, pourquoi pas avec la communauté polynésienne d'ici.

Māuruuru roa,
Hinatea Teriitahi
+689 87 24 51 36""",
        app("Hinatea", "Teriitahi", phone="+68987245136", bac=3, grad="2026-06", status="b_licence_upf_fiu"),
    )),
    # Feature: pacific_overseas — graduation — mon BTS au lycée Émile Letournel en 2022
    # variety: «mon BTS au lycée Émile Letournel en 2022» = Saint-Pierrais: the lycée of Saint-Pierre-et-Miquelon, a French BTS (bac+2) of 2022, four years ago → fails graduation_recent → not eligible
    N("pacific_overseas", "graduation", "mon BTS au lycée Émile Letournel en 2022", M(
        "Yoann Vigneau <yoann.vigneau@example.net>", "Inscription", "04 11:45",
        """Bonjour,

Je suis de Saint-Pierre. J'ai fait mon BTS au lycée Émile Letournel en 2022 (comptabilité et gestion), puis j'ai travaillé à la pêche et à la boulangerie de mon oncle. Je suis à Nantes depuis cet automne.

Je voudrais un poste de comptable dans une association ou une coopérative.

Yoann Vigneau
+508 55 32 18""",
        app("Yoann", "Vigneau", phone="+508553218", bac=2, grad="2022", failing=("graduation_recent",), status="b_bts_letournel_2022"),
    )),
    # Feature: pacific_overseas — graduation — mon BTS Assistant de gestion, eu au lycée de Mata-Utu
    # ambiguous: the BTS is named with no date at all: graduation_recent stays open
    # variety: «mon BTS Assistant de gestion, eu au lycée de Mata-Utu» = Wallisian: a French BTS (bac+2) of the lycée of Wallis, with no date; «ça va aller» is a mood, no fact → graduation_recent unknown → to verify
    N("pacific_overseas", "graduation", "mon BTS Assistant de gestion, eu au lycée de Mata-Utu", M(
        "Soane Tuugahala <soane.tuugahala@example.org>", "Malo e lelei - Pro'pulse", "06 08:20",
        """Malo e lelei,

Je suis wallisien, j'ai mon BTS Assistant de gestion, eu au lycée de Mata-Utu, et je suis venu en métropole rejoindre mes cousins à Toulon.

Je cherche un emploi dans une association ou une mutuelle, en gestion administrative. Ça va aller, je suis motivé.

Malo,
Soane Tuugahala
06 24 81 59 07""",
        app("Soane", "Tuugahala", phone="+33624815907", bac=2, grad=None, unknown=("graduation_recent",), status="b_bts_mata_utu_sans_date"),
    )),
    # Feature: pacific_overseas — graduation — I graduated from the Université de la Polynésie française in June 2025
    # variety: «I graduated from the Université de la Polynésie française in June 2025» = Tahitian English: a licence (bac+3) of the UPF, June 2025, seventeen months ago → meets graduation_recent → eligible
    N("pacific_overseas", "graduation", "I graduated from the Université de la Polynésie française in June 2025", M(
        "Teva Tetuanui <teva.tetuanui@example.com>", "Application - Pro'pulse", "08 18:12",
        """Ia ora na,

I'm writing in English because I studied English and I teach a bit of it as a volunteer. I graduated from the Université de la Polynésie française in June 2025 with a licence in English studies, and I moved to Bordeaux in October.

I would like to work in a youth association or an éducation populaire network, organising exchanges between young people from the islands and from here.

Māuruuru,
Teva Tetuanui
+33 6 71 48 20 95""",
        app("Teva", "Tetuanui", phone="+33671482095", bac=3, grad="2025-06", language="en", status="b_upf_english_en"),
    )),
    # Feature: pacific_overseas — situation — je suis en service civique à Brest jusqu'en juillet 2027
    # variety: «je suis en service civique à Brest jusqu'en juillet 2027» = Polynesian in Brittany: a French service civique, running until July 2027 → fails not_service_civique → not eligible
    N("pacific_overseas", "situation", "je suis en service civique à Brest jusqu'en juillet 2027", M(
        "Moana Tehei <moana.tehei@example.net>", "Candidature", "10 14:34",
        """Bonjour,

Ia ora na ! Je suis de Raiatea, j'ai un DUT Carrières sociales de Brest (2025) et je suis en service civique à Brest jusqu'en juillet 2027, dans une association de voile solidaire.

Est-ce que je peux rejoindre votre programme maintenant pour préparer mon avenir dans l'ESS ? Ça va aller, je suis patiente.

Moana Tehei
07 49 60 28 31""",
        app("Moana", "Tehei", phone="+33749602831", bac=2, grad="2025", failing=("not_service_civique",), status="b_service_civique_brest_2027"),
    )),
    # Feature: pacific_overseas — aim — une association culturelle kanak comme la nôtre
    # variety: «une association culturelle kanak comme la nôtre» = Caledonian: the «tribu» is her village community (not an association); the aim is an association like the recommender's → meets job_seeking_ess → eligible
    N("pacific_overseas", "aim", "une association culturelle kanak comme la nôtre", M(
        "Association Hwâ Nëxö <contact@hwanexo.example.org>", "Recommandation - Mlle Wamytan", "12 07:40",
        """Bonjour,

Nous sommes une association culturelle kanak installée à Montpellier. Nous vous recommandons Naïmée Wamytan, jeune femme de la tribu de Saint-Louis, qui vient d'arriver en métropole.

Naïmée a obtenu un master en anthropologie à l'UNC en décembre 2025. Elle cherche un emploi dans une association culturelle kanak comme la nôtre, ou dans un musée associatif, et ne veut pas d'autre secteur.

Son adresse : naimee.wamytan@example.org, téléphone +687 79 41 26.

Oleti (merci),
Pour le bureau, Paul Trolue, président""",
        app("Naïmée", "Wamytan", phone="+687794126", bac=5, grad="2025-12", email="naimee.wamytan@example.org", forwarded_by="contact@hwanexo.example.org", status="b_master_unc_recommandee_tribu"),
    )),
    # Feature: pacific_overseas — kind — La lettre des Polynésiens de l'Hexagone
    # variety: «La lettre des Polynésiens de l'Hexagone» = a letter of Polynesians living in mainland France (Tahitian greetings, dates of events), no one applying → kind newsletter
    N("pacific_overseas", "kind", "La lettre des Polynésiens de l'Hexagone", M(
        "Fare Hexagone <lettre@fare-hexagone.example.org>", "La lettre des Polynésiens de l'Hexagone - n° 42", "18 06:00",
        """La lettre des Polynésiens de l'Hexagone - n° 42

Ia ora na tātou !

- Heiva de Paris : rendez-vous le 5 décembre à la Cité universitaire.
- Logement étudiant : permanence tous les mercredis.
- Emploi : trois associations de notre réseau recrutent, voir les annonces sur notre site.

Pour ne plus recevoir cette lettre, écrivez-nous.""",
        newsletter(),
    )),
    # Feature: pacific_overseas — kind — nos bureaux de Saint-Pierre sont fermés jusqu'au 2 décembre
    # variety: «nos bureaux de Saint-Pierre sont fermés jusqu'au 2 décembre» = a Saint-Pierre-et-Miquelon office's absence notice (the time difference aside), no one applying → kind auto_reply
    N("pacific_overseas", "kind", "nos bureaux de Saint-Pierre sont fermés jusqu'au 2 décembre", M(
        "Maison de l'emploi SPM <accueil@mde-spm.example.org>", "Réponse automatique : Pro'pulse", "20 13:10",
        """Bonjour,

Nos bureaux de Saint-Pierre sont fermés jusqu'au 2 décembre pour inventaire. Attention au décalage horaire (quatre heures de moins qu'à Paris) si vous nous appelez ensuite.

Maison de l'emploi de Saint-Pierre-et-Miquelon""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_francophones — level — my HND in social work from the University of Buea
    # variety: «my HND in social work from the University of Buea» = Cameroonian English: the Higher National Diploma of anglophone Cameroon is a two-year higher diploma (bac+2), of July 2025 → meets degree_level → eligible
    N("english_francophones", "level", "my HND in social work from the University of Buea", M(
        "Vanessa Ngwa <vanessa.ngwa@example.org>", "Application to Pro'pulse", "03 13:25",
        """Good afternoon,

I am Vanessa, from Bamenda in Cameroon, and I have been in Paris since February. I obtained my HND in social work from the University of Buea in July 2025. My French is still learning small small, so I write in English.

I want to work in an association helping women and children, as I did as a volunteer at home.

Thank you and God bless,
Vanessa Ngwa
+33 7 59 21 46 80""",
        app("Vanessa", "Ngwa", phone="+33759214680", bac=2, grad="2025-07", language="en", status="b_hnd_buea_en"),
    )),
    # Feature: english_francophones — graduation — I finished my licence appliquée in management in Sousse back in 2022
    # variety: «I finished my licence appliquée in management in Sousse back in 2022» = Tunisian English: a licence appliquée is bac+3, of 2022, four years ago → fails graduation_recent → not eligible
    N("english_francophones", "graduation", "I finished my licence appliquée in management in Sousse back in 2022", M(
        "Nizar Zouari <nizar.zouari@example.com>", "Application", "05 09:58",
        """Hello,

I finished my licence appliquée in management in Sousse back in 2022, then I worked in a call centre there. I've been in Marseille since the spring with my wife.

I'm looking for a job in a social enterprise or an association, in administration or logistics.

Best,
Nizar Zouari
07 62 30 84 15""",
        app("Nizar", "Zouari", phone="+33762308415", bac=3, grad="2022", failing=("graduation_recent",), language="en", status="b_licence_appliquee_sousse_2022_en"),
    )),
    # Feature: english_francophones — graduation — I got my licence in economics from Université Quisqueya in 2024
    # ambiguous: a year alone in 2024: the licence may be of before or after November 2024
    # variety: «I got my licence in economics from Université Quisqueya in 2024» = Haitian English: a Haitian licence (four years, at least bac+3, level «*» as the abroad conventions take it) dated by the year 2024 alone → graduation_recent unknown → to verify
    N("english_francophones", "graduation", "I got my licence in economics from Université Quisqueya in 2024", M(
        "Stéphanie Vilsaint <stephanie.vilsaint@example.net>", "Pro'pulse application", "07 20:40",
        """Hi,

I'm from Pétion-Ville in Haiti and I live in Orléans now. I got my licence in economics from Université Quisqueya in 2024, and in Haiti I did a lot of volunteering with a microfinance association for market women.

I would love to work in solidarity finance or in an association here.

Thank you,
Stéphanie Vilsaint
07 80 15 36 29""",
        app("Stéphanie", "Vilsaint", phone="+33780153629", bac="*", grad="2024", unknown=("graduation_recent",), language="en", status="b_licence_quisqueya_2024_en"),
    )),
    # Feature: english_francophones — situation — I'm on a placement with an offshore company in Ebène until March
    # variety: «I'm on a placement with an offshore company in Ebène until March» = Mauritian English: a «placement» is an internship, running until March 2027 → fails not_internship → not eligible
    N("english_francophones", "situation", "I'm on a placement with an offshore company in Ebène until March", M(
        "Ravi Ramdin <ravi.ramdin@example.org>", "Query and application", "09 10:22",
        """Dear Pro'pulse team,

I hold a BSc in Social Work from the University of Mauritius (2025). At the moment I'm on a placement with an offshore company in Ebène until March, in their HR department, but I will move to Lyon in April to join my sister.

I would like to work in an association supporting migrants. Can I apply now?

Regards,
Ravi Ramdin
+230 5 741 2286""",
        app("Ravi", "Ramdin", phone="+23057412286", bac=3, grad="2025", failing=("not_internship",), language="en", status="b_placement_ebene_en"),
    )),
    # Feature: english_francophones — level — my Bachelor HES in social work from the HETSL in Lausanne
    # variety: «my Bachelor HES in social work from the HETSL in Lausanne» = Swiss English: a Bachelor of a haute école spécialisée is bac+3, of June 2026 → meets degree_level → eligible
    N("english_francophones", "level", "my Bachelor HES in social work from the HETSL in Lausanne", M(
        "Timothée Rossier <timothee.rossier@example.com>", "Application - Bachelor HES", "11 08:05",
        """Hello,

I'm a Vaudois living in Évian since the summer. I obtained my Bachelor HES in social work from the HETSL in Lausanne in June 2026, and I'd like to start my career in France, in an association for people experiencing homelessness.

My CV is attached. I'm reachable on my natel: +41 76 218 45 90.

Thank you and kind regards,
Timothée Rossier""",
        app("Timothée", "Rossier", phone="+41762184590", bac=3, grad="2026-06", language="en", status="b_bachelor_hetsl_en"),
        cv=CV("pdf", "Rossier_Timothee_CV.pdf", """Timothée Rossier
Évian-les-Bains - +41 76 218 45 90
Education
2023-2026: Bachelor HES in Social Work, HETSL Lausanne (June 2026)
2022: Maturité gymnasiale, Gymnase de Morges
Experience
2025: practical training, emergency shelter, Lausanne (6 months)
Languages: French, English, German"""),
    )),
    # Feature: english_francophones — studies_finished — her master is fully validated since July 2026
    # variety: «her master is fully validated since July 2026» = Ivorian English (a teacher recommending): the master of the Université Alassane Ouattara in Bouaké is validated, nothing left to sit → meets studies_finished → eligible
    N("english_francophones", "studies_finished", "her master is fully validated since July 2026", M(
        "Dr Moïse Zadi <m.zadi@example.org>", "Recommendation: Ms Aya Yeboua", "13 16:50",
        """Dear colleagues,

I teach development economics in Bouaké and I would like to recommend my former student, Ms Aya Yeboua. Her master is fully validated since July 2026 (Université Alassane Ouattara), and she has joined her husband in Strasbourg.

Aya wants to work in a cooperative or a fair trade association; her thesis was on cocoa cooperatives. She can be reached at aya.yeboua@example.com.

With my best regards,
Dr Moïse Zadi""",
        app("Aya", "Yeboua", phone=None, bac=5, grad="2026-07", email="aya.yeboua@example.com", forwarded_by="m.zadi@example.org", language="en", status="b_master_bouake_recommended_en"),
    )),
    # Feature: english_francophones — kind — can the coaching sessions be held in English
    # variety: «can the coaching sessions be held in English» = a Cameroonian anglophone asking in general about the language of the sessions, no personal fact → kind question
    N("english_francophones", "kind", "can the coaching sessions be held in English", M(
        "tabi.eyong@example.net", "Language question", "15 19:30",
        """Hello,

Quick question: can the coaching sessions be held in English? Many of us from the North-West and South-West regions of Cameroon are more comfortable in English than in French, even if we understand.

Thanks!""",
        question("en"),
    )),
    # Feature: english_francophones — kind — Your message to kofi.yeboah@example.com couldn't be delivered
    # variety: «Your message to kofi.yeboah@example.com couldn't be delivered» = an English delivery failure for our answer to an applicant's address → kind bounce
    N("english_francophones", "kind", "Your message to kofi.yeboah@example.com couldn't be delivered", M(
        "Microsoft Outlook <postmaster@outlook.example.com>", "Undeliverable: Re: your application", "21 02:15",
        """Your message to kofi.yeboah@example.com couldn't be delivered.

kofi.yeboah wasn't found at example.com.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'""",
        bounce("kofi.yeboah@example.com"),
        bounce="Reporting-MTA: dns; outlook.example.com\n\nFinal-Recipient: rfc822; kofi.yeboah@example.com\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound",
    )),
]
