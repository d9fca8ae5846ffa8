"""Stances corpus, batch 05 (writer B): Friday 4 December 2026, every mail read on 2026-12-07.
The week's end: juries «la semaine prochaine» or on the 15th, defences set for January, dates hedged; each
application given first the way its writer holds her deciding fact; a question about DUs, another about how
the two years are counted, a partner's end-of-year out-of-office, a reply accepting an interview with a hedge,
a network's December letter and a full mailbox."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from stances import N

MESSAGES = [
    # Feature: stance_other_mail — kind — absente jusqu'au lundi 4 janvier 2027
    # route: an end-of-year out-of-office of a partner association (Auto-Submitted); its dates are its own → auto_reply
    N("stance_other_mail", "kind", "absente jusqu'au lundi 4 janvier 2027", M(
        "Hélène Faucher <h.faucher@maisondesassociations-rennes.example.org>",
        "Réponse automatique : Partenariat Pro'pulse 2027",
        "2026-12-04 08:21",
        """Bonjour,

Je suis absente jusqu'au lundi 4 janvier 2027 inclus. Pour toute demande de salle, merci d'écrire à accueil@maisondesassociations-rennes.example.org.

Belles fêtes de fin d'année !
Hélène Faucher""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: plain_fact — level — licence professionnelle Métiers de l'animation sociale, obtenue en juin 2025
    # route: the body, plainly: a licence pro of June 2025 (bac+3, 18 months back), nothing running, a post in a SCOP or an association sought → eligible
    N("plain_fact", "level", "licence professionnelle Métiers de l'animation sociale, obtenue en juin 2025", M(
        "Noor Vandeputte <noor.vandeputte@gmail.com>",
        "Candidature au programme Pro'pulse",
        "2026-12-04 08:30",
        """Bonjour,

Je m'appelle Noor Vandeputte, j'ai 23 ans et je vis à Roubaix. J'ai une licence professionnelle Métiers de l'animation sociale, obtenue en juin 2025 à l'université de Lille. Depuis, j'ai fait des remplacements d'animatrice périscolaire.

Je cherche un emploi de coordinatrice de projets dans une coopérative (SCOP ou SCIC) ou une association d'éducation populaire de la métropole lilloise.

Je serais ravie de rejoindre la prochaine promotion.

Noor Vandeputte
06 71 38 25 94""",
        app("Noor", "Vandeputte", phone="+33671382594", bac=3, grad="2025-06", status="b_noor_licence_pro_juin_2025"),
    )),
    # Feature: hedged — studies_finished — je crois que mon M2 est validé
    # ambiguous: the hedge bears on the fact itself: she believes the master validated but has seen neither grades nor a jury's decision, so whether her studies are finished stays open
    # route: the body: «je crois que mon M2 est validé», the grades not yet published, the jury's decision not seen → studies_finished open → to_verify
    N("hedged", "studies_finished", "je crois que mon M2 est validé", M(
        "Ottilie Marchais <ottilie.marchais@gmail.com>",
        "candidature / question",
        "2026-12-04 08:32",
        """Bonjour,

je crois que mon M2 est validé (Économie sociale et solidaire, Paris-Est Créteil) mais les notes ne sont toujours pas en ligne, le secrétariat ne répond pas et je n'ai aucun document. Le mémoire s'est bien passé je pense.

Je cherche un poste de chargée de développement dans une coopérative d'habitants ou une SCIC. Je vous envoie quand même ma candidature !

Ottilie
07 81 62 45 03""",
        app("Ottilie", "Marchais", phone="+33781624503", bac=5, grad=None, unknown=("studies_finished",), status="b_ottilie_crois_m2_valide"),
    )),
    # Feature: english_stance — studies_finished — the exam board meets on 14 December
    # ambiguous: the dissertation is in but the exam board that confers the master's meets after the reading day, no mark known: whether her studies are finished stays open
    # route: an English mail: an MA whose «exam board meets on 14 December», after 2026-12-07 → studies_finished open → to_verify, language en
    N("english_stance", "studies_finished", "the exam board meets on 14 December", M(
        "Femi Oladipo <femi.oladipo@outlook.com>",
        "Pro'pulse application",
        "2026-12-04 09:33",
        """Dear Pro'pulse team,

I submitted my MA dissertation (Development Studies, SOAS) in September and moved to Paris for my partner's job. I'm still waiting for my final result: the exam board meets on 14 December.

I'm looking for a role in an international solidarity NGO or a migrants' rights association.

Kind regards,
Femi Oladipo
+33 7 48 62 15 93""",
        app("Femi", "Oladipo", phone="+33748621593", bac=5, grad=None, unknown=("studies_finished",), language="en", status="b_femi_exam_board_14_december"),
    )),
    # Feature: self_misjudged — graduation — mon master date de janvier 2025, j'ai peur que ce soit trop ancien
    # route: the body: a master of January 2025, 23 months back on 2026-12-07 (inside the limit, whatever she fears) → eligible
    N("self_misjudged", "graduation", "mon master date de janvier 2025, j'ai peur que ce soit trop ancien", M(
        "Joachim Perret-Diallo <joachim.perretdiallo@gmail.com>",
        "Candidature",
        "2026-12-04 10:08",
        """Bonjour,

J'hésite à vous écrire car mon master date de janvier 2025, j'ai peur que ce soit trop ancien pour un programme « jeunes diplômés ». Master Économie sociale et solidaire, université de Poitiers, diplômé au jury de janvier (j'avais un semestre décalé).

Depuis, j'ai travaillé dans une boulangerie et fait du bénévolat à la Croix-Rouge. Je cherche un poste de chargé de projet dans une association ou une coopérative.

Joachim Perret-Diallo
07 35 62 18 49""",
        app("Joachim", "Perret-Diallo", phone="+33735621849", bac=5, grad="2025-01", status="b_joachim_master_janvier_2025"),
    )),
    # Feature: stance_other_mail — kind — un DU, ça compte comme un diplôme pour vous
    # route: a question about the criteria (a DU as a diploma, a DU taken after a licence) with no diploma, date or situation of the writer's own → question
    N("stance_other_mail", "kind", "un DU, ça compte comme un diplôme pour vous", M(
        "Lila Benhamou <lila.benhamou@gmail.com>",
        "petite question sur les diplômes",
        "2026-12-04 10:20",
        """Bonjour,

Une question rapide avant que des amis ne vous écrivent : un DU, ça compte comme un diplôme pour vous ? Et si quelqu'un a fait un DU après une licence, c'est la date du DU ou celle de la licence qui compte pour les deux ans ?

Merci d'avance,
Lila""",
        question(),
    )),
    # Feature: pending_result — studies_finished — en attendant les résultats du jury du 15 décembre
    # ambiguous: the courses and the defence are over but the jury that awards the licence sits on 15 December, after the reading day, and no result is known: whether her studies are finished stays open
    # route: her tutor writes for her (her address and phone in the body): a licence pro «en attendant les résultats du jury du 15 décembre», after 2026-12-07 → application forwarded_by the tutor; studies_finished open → to_verify
    N("pending_result", "studies_finished", "en attendant les résultats du jury du 15 décembre", M(
        "Jean-Baptiste Orsini <jb.orsini@iut-corte.example.fr>",
        "Une étudiante de LP pour Pro'pulse",
        "2026-12-04 12:09",
        """Bonjour,

Je suis responsable de la licence professionnelle Coordination de projets de développement social à l'IUT de Corte. Une de nos alternantes, Anouk Ferracci, a tout rendu et soutenu ; elle est en attendant les résultats du jury du 15 décembre, et je la crois tout à fait prête à chercher un emploi.

Elle souhaite travailler dans une association d'insertion ou un tiers-lieu, en Corse ou sur le continent. Vous pouvez la contacter à anouk.ferracci@gmail.com ou au 06 19 84 72 35.

Cordialement,
Jean-Baptiste Orsini""",
        app("Anouk", "Ferracci", phone="+33619847235", bac=3, grad=None, unknown=("studies_finished",), email="anouk.ferracci@gmail.com", forwarded_by="jb.orsini@iut-corte.example.fr", status="b_anouk_jury_15_decembre"),
    )),
    # Feature: understated — level — juste un petit BTS
    # route: the body: «juste un petit BTS» (a BTS of June 2025, bac+2: the words that carry the fact, not the modesty), an association sought → eligible
    N("understated", "level", "juste un petit BTS", M(
        "Tiphaine Lormier <tiphaine.lormier@gmail.com>",
        "candidature",
        "2026-12-04 12:25",
        """Bonjour,

Je n'ai pas de master ni rien, juste un petit BTS Support à l'action managériale (juin 2025), mais j'ai très envie de travailler dans une association. J'ai fait l'accueil d'une maison des associations pendant mon alternance.

Je cherche un poste d'assistante de gestion ou de chargée d'accueil dans le secteur associatif, à Caen.

Tiphaine Lormier
06 15 62 48 97""",
        app("Tiphaine", "Lormier", phone="+33615624897", bac=2, grad="2025-06", status="b_tiphaine_petit_bts"),
    )),
    # Feature: corrected — graduation — pardon, je voulais dire 2025
    # route: the body: «licence obtenue en 2023… pardon, je voulais dire 2025» — the corrected year wins (2025 meets); an association sought → eligible
    N("corrected", "graduation", "pardon, je voulais dire 2025", M(
        "Hugo Ravelonjato <hugo.ravelonjato@gmail.com>",
        "Candidature Pro'pulse",
        "2026-12-04 13:00",
        """Bonjour,

J'ai une licence Information-communication obtenue en 2023… pardon, je voulais dire 2025, j'ai tapé trop vite. Depuis je fais de la com en freelance pour des petites assos.

J'aimerais être chargé de communication salarié dans une association ou une SCOP, à Bordeaux.

Hugo Ravelonjato
06 28 64 13 97""",
        app("Hugo", "Ravelonjato", phone="+33628641397", bac=3, grad="2025", status="b_hugo_pardon_2025"),
    )),
    # Feature: remembered_vaguely — graduation — vers la fin du printemps dernier
    # route: the body: a BTS obtained «vers la fin du printemps dernier» (spring 2026, a year alone that meets read in December 2026); a ressourcerie sought → eligible
    N("remembered_vaguely", "graduation", "vers la fin du printemps dernier", M(
        "Corentine Yildiz <corentine.yildiz@gmail.com>",
        "Candidature",
        "2026-12-04 13:34",
        """Bonjour,

J'ai eu mon BTS Métiers des services à l'environnement vers la fin du printemps dernier, je ne sais plus la date exacte, c'était juste avant l'été en tout cas. Depuis je cherche du travail.

Je m'intéresse aux ressourceries et aux recycleries, ou à une association de sensibilisation au tri. Je suis à Clermont-Ferrand.

Corentine Yildiz
06 59 24 87 31""",
        app("Corentine", "Yildiz", phone="+33659248731", bac=2, grad="2026", status="b_corentine_fin_printemps_dernier"),
    )),
    # Feature: stance_other_mail — kind — je pense pouvoir être là mardi
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) accepting an interview with a hedge → reply
    N("stance_other_mail", "kind", "je pense pouvoir être là mardi", M(
        "Armelle Kergoat <armelle.kergoat@gmail.com>",
        "Re: Pro'pulse - proposition d'entretien",
        "2026-12-04 13:37",
        """Bonjour,

Merci pour votre message, je pense pouvoir être là mardi à 14 h, sauf si mon bus est encore supprimé. Je vous confirme lundi au plus tard.

Armelle

Le 3 déc. 2026 à 10:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Armelle,
> Nous vous proposons un entretien le mardi 8 décembre à 14 h dans nos locaux (ou en visio).
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-12-03-0112@animafac.net>", "References": "<entretien-2026-12-03-0112@animafac.net>"},
    )),
    # Feature: self_question — situation — est-ce que je peux candidater alors que je suis en service civique jusqu'à fin avril
    # route: the body: a licence of 2026, and she asks «est-ce que je peux candidater alors que je suis en service civique jusqu'à fin avril», running on 2026-12-07 → not_service_civique fails → not_eligible
    N("self_question", "situation", "est-ce que je peux candidater alors que je suis en service civique jusqu'à fin avril", M(
        "Pauline Ostrowski <pauline.ostrowski@gmail.com>",
        "Puis-je candidater ?",
        "2026-12-04 13:55",
        """Bonjour,

Petite question avant de remplir quoi que ce soit : est-ce que je peux candidater alors que je suis en service civique jusqu'à fin avril ? J'ai une licence de géographie (juin 2026) et je fais mon service civique à la Ligue de l'enseignement à Dijon, sur l'éducation à l'environnement.

Je voudrais ensuite travailler dans une association environnementale.

Pauline Ostrowski
07 26 54 19 83""",
        app("Pauline", "Ostrowski", phone="+33726541983", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_pauline_peux_je_sc_avril"),
    )),
    # Feature: self_misjudged — situation — je ne sais pas si mon stage de l'an dernier compte
    # route: the body: she fears «je ne sais pas si mon stage de l'an dernier compte» — an internship of spring 2025, long over; a licence pro of 2025, an association sought → eligible
    N("self_misjudged", "situation", "je ne sais pas si mon stage de l'an dernier compte", M(
        "Albane Chopin <albane.chopin@gmail.com>",
        "Candidature (peut-être pas éligible ?)",
        "2026-12-04 15:03",
        """Bonjour,

Je pense que je ne suis pas éligible mais je tente quand même : j'ai fait un stage de six mois dans une ressourcerie au printemps 2025, pour ma licence pro, et je ne sais pas si mon stage de l'an dernier compte comme « être en stage ». Depuis je suis diplômée (septembre 2025) et je fais des extras dans l'événementiel.

Je voudrais retourner dans le réemploi, dans une ressourcerie ou une recyclerie associative.

Albane Chopin
06 48 91 26 73""",
        app("Albane", "Chopin", phone="+33648912673", bac=3, grad="2025-09", status="b_albane_stage_an_dernier"),
    )),
    # Feature: hedged — graduation — je dirais novembre ou décembre 2024
    # ambiguous: the hedge bears on the date itself: November 2024 (25 months back, past the limit) or December 2024 (24 months, inside it) read on 2026-12-07, so the two-year limit stays open (the year alone 2024)
    # route: the body: a BTS whose date she gives as «je dirais novembre ou décembre 2024», on both sides of the limit → graduation_recent open → to_verify
    N("hedged", "graduation", "je dirais novembre ou décembre 2024", M(
        "Mélissandre Bouaziz <melissandre.b@hotmail.fr>",
        "Inscription programme jeunes diplômés",
        "2026-12-04 15:35",
        """Bonjour,

J'ai un BTS Services et prestations des secteurs sanitaire et social. Je l'ai passé en alternance et comme j'avais un oral à repasser, je l'ai eu tard : je dirais novembre ou décembre 2024, il faudrait que je retrouve le relevé.

Aujourd'hui je cherche un poste de conseillère d'accueil ou d'assistante de coordination dans une association d'aide à domicile.

Bonne journée
Mélissandre Bouaziz
06 63 50 27 81""",
        app("Mélissandre", "Bouaziz", phone="+33663502781", bac=2, grad="2024", unknown=("graduation_recent",), status="b_melissandre_novembre_ou_decembre"),
    )),
    # Feature: english_stance — level — my university says it counts as a bac+3
    # route: an English mail: a Kenyan Bachelor of Arts of 2025 whose length is not told and whose level rests on her university's judgement alone («my university says it counts as a bac+3»), no equivalence asked → degree_level open → to_verify, language en
    N("english_stance", "level", "my university says it counts as a bac+3", M(
        "Wanjiru Njoroge <wanjiru.njoroge@gmail.com>",
        "Application for Pro'pulse",
        "2026-12-04 16:13",
        """Good morning,

I hold a Bachelor of Arts in Community Development from the University of Nairobi, completed in 2025. My university says it counts as a bac+3 in France; I haven't asked ENIC-NARIC yet.

I live in Montpellier and I'm looking for a job in a cooperative or an association working on fair trade.

Regards,
Wanjiru Njoroge
+33 6 48 21 97 35""",
        app("Wanjiru", "Njoroge", phone="+33648219735", bac=None, grad="2025", unknown=("degree_level",), language="en", status="b_wanjiru_university_says"),
    )),
    # Feature: stance_other_mail — kind — La lettre de décembre du Mouvement des régies
    # route: a network's December newsletter (List-Unsubscribe, Precedence: bulk); its «jeunes diplômé·es» and dates are its own → newsletter
    N("stance_other_mail", "kind", "La lettre de décembre du Mouvement des régies", M(
        "Réseau des régies de quartier <lettre@regies-quartier.example.org>",
        "La lettre de décembre du Mouvement des régies",
        "2026-12-04 18:18",
        """La lettre de décembre du Mouvement des régies

- Bilan du Mois de l'ESS : 41 régies ont ouvert leurs portes
- Recrutement : 12 postes d'encadrant·es techniques, jeunes diplômé·es bienvenu·es
- Agenda : journée nationale le 21 janvier à Lyon

Vous recevez cette lettre en tant que partenaire du réseau.
Se désabonner : https://regies-quartier.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://regies-quartier.example.org/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: plain_fact — graduation — soutenu le 14 décembre 2024
    # route: the body: a master defended on 14 December 2024, 24 months before 2026-12 (the last month that meets), no placement, an ESS federation sought → eligible
    N("plain_fact", "graduation", "soutenu le 14 décembre 2024", M(
        "Baptistine Rouvière <b.rouviere@protonmail.com>",
        "Candidature — chargée de plaidoyer",
        "2026-12-04 19:19",
        """Bonjour,

Je vous écris pour candidater à Pro'pulse. J'ai un master Action publique et solidarités, soutenu le 14 décembre 2024 à Sciences Po Aix. Depuis, j'ai travaillé dix-huit mois en CDD dans une mairie, contrat terminé fin octobre.

Je cherche un poste de chargée de plaidoyer ou de chargée de projet dans une fédération associative ou une fondation, à Marseille ou à distance.

Bien cordialement,
Baptistine Rouvière
07 44 26 91 38""",
        app("Baptistine", "Rouvière", phone="+33744269138", bac=5, grad="2024-12", status="b_baptistine_master_decembre_2024"),
    )),
    # Feature: contradicted — studies_finished — le sujet vient d'un vieux brouillon
    # route: the subject «M2 en cours» against the body's «master validé en septembre», settled by the mail itself («le sujet vient d'un vieux brouillon») → studies finished; an ESS post sought → eligible
    N("contradicted", "studies_finished", "le sujet vient d'un vieux brouillon", M(
        "Cyprien Abadie <cyprien.abadie@gmail.com>",
        "Demande de stage - M2 en cours",
        "2026-12-04 19:37",
        """Bonjour,

Ne tenez pas compte de l'objet, le sujet vient d'un vieux brouillon de l'an dernier quand je cherchais un stage. Mon master Management de projets solidaires est validé depuis septembre (jury du 18 septembre) et je ne suis plus étudiant.

Je cherche un emploi de coordinateur de projets dans une association de solidarité internationale.

Cyprien Abadie
06 43 27 96 15""",
        app("Cyprien", "Abadie", phone="+33643279615", bac=5, grad="2026-09", status="b_cyprien_vieux_brouillon"),
    )),
    # Feature: someone_judged — situation — France Travail m'a dit que mon service civique ne compte pas
    # route: the body: «France Travail m'a dit que mon service civique ne compte pas» (a judgement), but the facts: a civic service running «jusqu'au 30 avril», on 2026-12-07 → not_service_civique fails → not_eligible
    N("someone_judged", "situation", "France Travail m'a dit que mon service civique ne compte pas", M(
        "Emir Demirci <emir.demirci@hotmail.fr>",
        "candidature",
        "2026-12-04 19:45",
        """Bonjour,

J'ai un DUT Techniques de commercialisation de 2025. Je suis en service civique dans une association de prévention routière jusqu'au 30 avril. France Travail m'a dit que mon service civique ne compte pas, que je suis demandeur d'emploi comme les autres, donc je vous écris.

Je cherche un poste de chargé de développement dans une association.

Emir Demirci
06 02 38 15 74""",
        app("Emir", "Demirci", phone="+33602381574", bac=2, grad="2025", failing=("not_service_civique",), status="b_emir_ft_sc_compte_pas"),
    )),
    # Feature: stance_other_mail — kind — boîte de réception du destinataire est pleine
    # route: a Mailer-Daemon delivery report (multipart/report): an applicant's mailbox full → bounce
    N("stance_other_mail", "kind", "boîte de réception du destinataire est pleine", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.animafac.net>",
        "Échec de la remise : Votre candidature à Pro'pulse",
        "2026-12-04 21:21",
        """Votre message n'a pas pu être remis : la boîte de réception du destinataire est pleine.

Destinataire : samia.oudghiri@orange.fr""",
        bounce("samia.oudghiri@orange.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; samia.oudghiri@orange.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    )),
    # Feature: pending_result — studies_finished — ma soutenance de mémoire est fixée au 18 janvier
    # route: the body and the attached CV: a M2 whose «soutenance de mémoire est fixée au 18 janvier», after the reading day: the master not obtained → studies_finished fails → not_eligible (bac+4 last obtained)
    N("pending_result", "studies_finished", "ma soutenance de mémoire est fixée au 18 janvier", M(
        "Ilyes Boukerche <ilyes.boukerche@etu.example.fr>",
        "Candidature (M2 ESS)",
        "2026-12-04 21:47",
        """Bonjour,

Je suis en M2 Management des organisations de l'ESS à Grenoble. Les cours sont finis, mais ma soutenance de mémoire est fixée au 18 janvier (sur les monnaies locales). Je joins mon CV.

Je cherche dès maintenant un poste de chargé de mission dans un réseau d'ESS ou une CRESS, pour février.

Ilyes Boukerche
06 40 93 57 21""",
        app("Ilyes", "Boukerche", phone="+33640935721", bac=4, grad=None, failing=("studies_finished",), status="b_ilyes_soutenance_18_janvier"),
        cv=CV("docx", "CV_Ilyes_Boukerche.docx", """Ilyes Boukerche
ilyes.boukerche@etu.example.fr — 06 40 93 57 21
Formation
2025-2026 : Master 2 Management des organisations de l'ESS, Université Grenoble Alpes (soutenance en janvier 2027)
2025 : Master 1 Économie, Université Grenoble Alpes
2024 : Licence Économie-gestion
Expériences
Stage de 5 mois, Coopérative d'activité et d'emploi Les Ruches (avril-août 2026)
Bénévole, monnaie locale Le Cairn"""),
    )),
    # Feature: understated — studies_finished — j'ai à peine fini mon master
    # route: the body: «j'ai à peine fini mon master» — defended on 23 November and passed: finished; an ESS post sought → eligible
    N("understated", "studies_finished", "j'ai à peine fini mon master", M(
        "Séraphine Ngo <seraphine.ngo@gmail.com>",
        "Candidature",
        "2026-12-04 22:37",
        """Bonjour,

J'ai à peine fini mon master (Politiques sociales et territoires, Rennes) — soutenance le 23 novembre, mémoire validé avec 15 — que je cherche déjà. Je sais que c'est tôt, mais je voudrais un poste de chargée d'études dans une association ou une fédération du secteur social.

Séraphine Ngo
06 87 20 54 13""",
        app("Séraphine", "Ngo", phone="+33687205413", bac=5, grad="2026-11", status="b_seraphine_a_peine_fini"),
    )),
    # Feature: stance_other_mail — kind — la date du jury ou la date de remise du diplôme
    # route: a question about how the two years are counted, no fact of the writer's own → question
    N("stance_other_mail", "kind", "la date du jury ou la date de remise du diplôme", M(
        "Kévin Lozano <kevin.lozano@outlook.fr>",
        "Critère des deux ans",
        "2026-12-04 22:44",
        """Bonjour,

Pour le critère « diplômé depuis moins de deux ans », vous prenez la date du jury ou la date de remise du diplôme ? Dans certaines facs il y a presque un an d'écart entre les deux, ça peut tout changer.

Cordialement,
K. Lozano""",
        question(),
    )),
    # Feature: remembered_vaguely — situation — je crois en octobre, ou tout début novembre
    # route: the body: a civic service ended «je crois en octobre, ou tout début novembre» — over on 2026-12-07 either way; a licence of 2025, an association sought → eligible
    N("remembered_vaguely", "situation", "je crois en octobre, ou tout début novembre", M(
        "Gwenaël Kervella <gwenael.kervella@gmail.com>",
        "Candidature",
        "2026-12-04 23:13",
        """Bonjour,

Mon service civique à la Ligue de protection des oiseaux a fini, je crois en octobre, ou tout début novembre, j'ai un peu perdu la notion du temps depuis. Avant j'ai eu une licence de biologie (2025).

Je cherche un emploi d'animateur nature dans une association d'éducation à l'environnement, en Bretagne de préférence.

Gwenaël Kervella
06 73 52 19 48""",
        app("Gwenaël", "Kervella", phone="+33673521948", bac=3, grad="2025", status="b_gwenael_sc_octobre_ou_novembre"),
    )),
    # Feature: corrected — level — correction : la L3, je ne l'ai pas finie
    # route: the body and the CV: a BTS of 2025 and «une L3», then «correction : la L3, je ne l'ai pas finie», given up in April: the BTS stays the level (bac+2), studies over → eligible
    N("corrected", "level", "correction : la L3, je ne l'ai pas finie", M(
        "Kelyan Doumbouya <kelyan.doumbouya@hotmail.com>",
        "Candidature au programme",
        "2026-12-04 23:28",
        """Bonjour,

Je vous envoie mon CV. J'ai un BTS Comptabilité et gestion (2025) et une L3 en gestion des organisations.

Correction : la L3, je ne l'ai pas finie, j'ai arrêté en avril et je ne suis plus inscrit. Le CV n'est pas à jour là-dessus.

Je cherche un poste de comptable ou d'assistant de gestion dans une association ou une coopérative.

Kelyan Doumbouya
06 21 85 49 63""",
        app("Kelyan", "Doumbouya", phone="+33621854963", bac=2, grad="2025", status="b_kelyan_l3_pas_finie"),
        cv=CV("pdf", "Kelyan_Doumbouya_CV.pdf", """Kelyan Doumbouya
06 21 85 49 63 — kelyan.doumbouya@hotmail.com
Formation
2025-2026 : Licence 3 Gestion des organisations, IAE de Créteil
2025 : BTS Comptabilité et gestion, lycée Louise-Michel, Bobigny
Expérience
Alternance en cabinet comptable (2023-2025)"""),
    )),
]
