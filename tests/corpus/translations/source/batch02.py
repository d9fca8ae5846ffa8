"""Translations corpus, batch 02 (writer A): mt_from_german_or_dutch (a Bundesfreiwilligendienst, an
Ausbildung and a career, a HBO bachelor, a Praktikum rendered «pratique», Dutch «afronden» rendered
«arrondir»), mt_from_english_to_french («internat», «baccalauréat» of Quebec, «éventuellement», «gradué du
collège», «majeure»), mt_from_other (Italian laurea and «laureando», Romanian licență, a Ukrainian
«spécialiste», a Vietnamese sentence without tense)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other, question, reply
from translations import N

MESSAGES = [
    # Feature: mt_from_german_or_dutch — situation — service de volontaires fédéral
    # route: German (Germany) through DeepL, «Bundesfreiwilligendienst» rendered «service de volontaires fédéral», running until August 2027: a civic service → application; a Bachelor of Arts of 2025, a federal volunteer service running → fails not_service_civique → not eligible
    N("mt_from_german_or_dutch", "situation", "service de volontaires fédéral", M(
        "Lena Hoffmann <lena.hoffmann@web.de>", "Candidature pour le programme Pro'pulse", "02 08:12",
        """Chère équipe de Pro'pulse,

J'ai terminé en 2025 mon Bachelor of Arts en Travail Social à la Haute École de Esslingen. Depuis septembre 2026 je fais un service de volontaires fédéral (Bundesfreiwilligendienst) dans une association franco-allemande à Kehl, jusqu'au 31.08.2027. Je travaille avec des jeunes des deux côtés du Rhin.

Après, j'aimerais travailler en France, à Strasbourg, dans une association de jeunesse. Est-ce que votre programme est possible pour moi ?

Avec mes salutations amicales
Lena Hoffmann""",
        app("Lena", "Hoffmann", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="bundesfreiwilligendienst_kehl"),
    )),
    # Feature: mt_from_german_or_dutch — career_change — j'ai travaillé dix ans comme employé de banque
    # route: German (Germany) through Google Translate, an Ausbildung then ten years of salaried work, then an «Umschulung» rendered «reconversion» → application; a career of ten years before the change of path → fails not_career_change → not eligible
    N("mt_from_german_or_dutch", "career_change", "j'ai travaillé dix ans comme employé de banque", M(
        "Thomas Brandt <t.brandt.hh@gmx.de>", "Question participation", "03 20:31",
        """Bonjour,

J'ai 36 ans. Après l'Abitur j'ai fait une formation (Ausbildung) de banquier et j'ai travaillé dix ans comme employé de banque à la Sparkasse de Hambourg. En 2024-2026 j'ai fait une reconversion et un Bachelor en Économie Sociale à la Haute École de Hambourg, terminé en juillet 2026.

Maintenant je vis à Lille et je cherche un travail dans une coopérative ou une banque éthique.

Salutations cordiales
Thomas Brandt""",
        app("Thomas", "Brandt", phone=None, bac=3, grad="2026-07", failing=("not_career_change",), status="ausbildung_banque_dix_ans"),
    )),
    # Feature: mt_from_german_or_dutch — level — Bachelor de la haute école professionnelle
    # route: Dutch (the Netherlands, Groningen) through DeepL, «hbo-bachelor» rendered «Bachelor de la haute école professionnelle», the date 30-06-2025 → application; a four-year HBO bachelor of June 2025, an association sought → eligible
    N("mt_from_german_or_dutch", "level", "Bachelor de la haute école professionnelle", M(
        "Femke Bakker <femke.bakker@outlook.com>", "Candidature – Femke Bakker", "04 13:02",
        """Bonjour,

Je m'appelle Femke Bakker, j'ai 24 ans et je viens de Groningue. J'ai mon diplôme de Bachelor de la haute école professionnelle en Travail Social (Hanzehogeschool Groningen, quatre ans), obtenu le 30-06-2025. Depuis cet été je vis à Lyon avec mon ami.

Je cherche un emploi dans une association qui travaille avec des jeunes ou dans le logement social.

Avec des salutations amicales,
Femke Bakker
+31 6 41 83 27 90""",
        app("Femke", "Bakker", phone="+31641832790", bac=4, grad="2025-06", status="hbo_bachelor_30_06_2025"),
    )),
    # Feature: mt_from_german_or_dutch — situation — j'ai terminé ma pratique le 30.09.2026
    # route: German (Germany) through DeepL, «Praktikum» rendered «pratique», its end written 30.09.2026: an internship over → application; a master of September 2026, the internship over, a social enterprise sought → eligible
    N("mt_from_german_or_dutch", "situation", "j'ai terminé ma pratique le 30.09.2026", M(
        "Jonas Krüger <jonas.krueger@posteo.de>", "Candidature Pro'pulse – Jonas Krüger", "05 10:44",
        """Bonjour,

J'ai obtenu mon Master en Économie Durable à l'Université de Kassel en septembre 2026. Pour le mémoire j'ai fait une pratique de six mois dans une coopérative d'énergie à Fribourg, et j'ai terminé ma pratique le 30.09.2026.

Je suis maintenant à Paris et je voudrais trouver un emploi dans une entreprise sociale ou une coopérative d'énergie citoyenne.

Meilleures salutations
Jonas Krüger""",
        app("Jonas", "Krüger", phone=None, bac=5, grad="2026-09", status="praktikum_termine_30_09"),
    )),
    # Feature: mt_from_german_or_dutch — level — formation d'éducatrice reconnue par l'État
    # ambiguous: a three-year «Ausbildung» of state-recognised educator at a Fachschule after the Abitur: a post-secondary vocational qualification whose level against bac+2 is not settled by the mail
    # route: German (Germany) through Google Translate, «staatlich anerkannte Erzieherin» rendered «éducatrice reconnue par l'État», July 2025 → application; a recent vocational diploma of uncertain level, an association sought → degree_level open → to verify
    N("mt_from_german_or_dutch", "level", "formation d'éducatrice reconnue par l'État", M(
        "Miriam Schulte <miriam.schulte@t-online.de>", "Candidature", "06 17:26",
        """Bonjour,

Après mon Abitur j'ai fait une formation d'éducatrice reconnue par l'État (Ausbildung, 3 ans à l'école spécialisée de Münster), terminée en juillet 2025. Ensuite j'ai travaillé un an dans une crèche à Münster pendant que j'apprenais le français.

Je vis maintenant à Metz et je cherche un poste dans une association de protection de l'enfance ou un centre social.

Salutations amicales
Miriam Schulte""",
        app("Miriam", "Schulte", phone=None, bac=None, grad="2025-07", unknown=("degree_level",), status="ausbildung_erzieherin"),
    )),
    # Feature: mt_from_german_or_dutch — studies_finished — je suis en train d'arrondir mon master
    # route: Dutch (Belgium, Flanders) through Google Translate, «ik ben mijn master aan het afronden» rendered «arrondir», the thesis due in January: studies running → application; a master not finished → fails studies_finished → not eligible
    N("mt_from_german_or_dutch", "studies_finished", "je suis en train d'arrondir mon master", M(
        "Pieter Janssens <pieter.janssens@telenet.be>", "Info programme Pro'pulse", "07 09:09",
        """Bonjour,

Je suis en train d'arrondir mon master en Sciences Politiques à l'Université de Gand, je dois encore remettre ma thèse de master en janvier. J'aimerais ensuite travailler à Lille ou à Paris, dans une ONG ou une coopérative.

Est-ce que je peux déjà m'inscrire ?

Salutations,
Pieter Janssens""",
        app("Pieter", "Janssens", phone=None, bac="*", grad=None, failing=("studies_finished",), status="afronden_master_gand"),
    )),
    # Feature: mt_from_german_or_dutch — kind — Unzustellbar
    # route: German (a German mail server), a delivery failure in German and English with the delivery report attached → bounce
    N("mt_from_german_or_dutch", "kind", "Unzustellbar", M(
        "MAILER-DAEMON <mailer-daemon@mx.web.de>", "Unzustellbar: Pro'pulse – votre candidature", "13 11:47",
        """Unzustellbar / Undeliverable

Ihre Nachricht konnte nicht zugestellt werden. Die Empfängeradresse existiert nicht.
Your message could not be delivered. The recipient address does not exist.

Empfänger / Recipient: lena.hofman@web.de""",
        bounce("lena.hofman@web.de"),
        bounce="""Reporting-MTA: dns; mx.web.de
Final-Recipient: rfc822; lena.hofman@web.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable""",
    )),
    # Feature: mt_from_german_or_dutch — kind — Abwesenheitsnotiz
    # route: German then a translator's French, an out-of-office in both languages (Auto-Submitted) → auto-reply
    N("mt_from_german_or_dutch", "kind", "Abwesenheitsnotiz", M(
        "Katrin Weber <k.weber@jugendwerk-exemple.example.de>", "Abwesenheitsnotiz / Réponse automatique", "14 07:30",
        """Abwesenheitsnotiz: Ich bin bis zum 27.11.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an info@jugendwerk-exemple.example.de.

Message d'absence : je ne suis pas au bureau jusqu'au 27.11.2026. Dans les cas urgents, veuillez vous adresser à info@jugendwerk-exemple.example.de.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: mt_from_english_to_french — situation — je fais un internat dans une association
    # route: English (United States) through Google Translate, «I'm doing an internship» rendered «je fais un internat», until March → application; a BA of 2025, an internship running until March 2027 → fails not_internship → not eligible
    N("mt_from_english_to_french", "situation", "je fais un internat dans une association", M(
        "Emily Carter <emily.carter.nyc@gmail.com>", "Candidature Pro'pulse", "02 15:36",
        """Bonjour !

Je m'appelle Emily, je suis américaine et j'ai obtenu mon diplôme de l'Université de Boston en mai 2025 (Relations Internationales). En ce moment, je fais un internat dans une association d'aide aux réfugiés à Paris, jusqu'à la fin du mois de mars 2027.

Après mon internat, je voudrais trouver un emploi à temps plein dans le secteur associatif en France.

Merci beaucoup pour votre temps !
Emily Carter""",
        app("Emily", "Carter", phone=None, bac=4, grad="2025-05", failing=("not_internship",), status="internat_refugies_mars"),
    )),
    # Feature: mt_from_english_to_french — level — un baccalauréat en travail social
    # route: English (Canada, Ontario) through DeepL, «a Bachelor of Social Work» rendered «un baccalauréat en travail social» (the Quebec word for a bachelor's) → application; a bachelor's of 2025, a community organisation or association sought → eligible
    N("mt_from_english_to_french", "level", "un baccalauréat en travail social", M(
        "Ryan MacLeod <ryan.macleod@yahoo.ca>", "Candidature – programme d'emploi", "03 18:03",
        """Bonjour,

J'ai un baccalauréat en travail social de l'Université McGill, complété en avril 2025. J'ai déménagé à Bordeaux en janvier avec ma conjointe, qui est française.

Je cherche un poste d'intervenant dans un organisme communautaire ou une association, idéalement auprès des jeunes en situation d'itinérance.

Merci et au plaisir,
Ryan MacLeod""",
        app("Ryan", "MacLeod", phone=None, bac=3, grad="2025-04", status="bsw_mcgill_baccalaureat"),
    )),
    # Feature: mt_from_english_to_french — studies_finished — j'ai éventuellement obtenu mon diplôme
    # route: English (United Kingdom) through DeepL, «I eventually got my degree in July 2026» rendered «j'ai éventuellement obtenu»: finally obtained, not perhaps → application; a degree of July 2026, a charity or an association sought → eligible
    N("mt_from_english_to_french", "studies_finished", "j'ai éventuellement obtenu mon diplôme", M(
        "Hannah Pryce <hannah.pryce@hotmail.co.uk>", "Candidature au programme Pro'pulse", "04 21:48",
        """Bonjour,

Après une année de pause pour des raisons de santé, j'ai éventuellement obtenu mon diplôme en juillet 2026 (BA en Études du Développement, Université de Sussex). Je suis venue en France en septembre pour améliorer mon français.

Je voudrais travailler pour une association caritative ou une association de l'économie sociale et solidaire, peut-être dans la collecte de fonds.

Bien à vous,
Hannah Pryce""",
        app("Hannah", "Pryce", phone=None, bac=3, grad="2026-07", status="eventually_obtenu_juillet_2026"),
    )),
    # Feature: mt_from_english_to_french — graduation — Je suis gradué du collège en mai 2024
    # route: English (United States) through a phone translator, «I graduated from college in May 2024» rendered «gradué du collège»: a BA of May 2024, thirty months ago → application; fails graduation_recent → not eligible
    N("mt_from_english_to_french", "graduation", "Je suis gradué du collège en mai 2024", M(
        "Tyler Brooks <tyler.brooks.ohio@gmail.com>", "question pour participer", "05 12:19",
        """Salut,

Je suis gradué du collège en mai 2024 avec un BA en sociologie (Université d'État de l'Ohio). Depuis je travaille comme assistant d'anglais dans un lycée à Rouen.

Je veux trouver un travail dans une association environnementale. Est-ce que je peux participer ?

Merci !
Tyler Brooks""",
        app("Tyler", "Brooks", phone=None, bac=4, grad="2024-05", failing=("graduation_recent",), status="gradue_college_mai_2024"),
    )),
    # Feature: mt_from_english_to_french — graduation — J'ai majeure en Études Environnementales
    # ambiguous: the majors and the college are named but no year of the degree anywhere: graduation_recent stays open
    # route: English (United States) through Google Translate, «I majored in Environmental Studies» rendered «J'ai majeure», no date → application; a bachelor's of unknown date, a cooperative sought → graduation_recent open → to verify
    N("mt_from_english_to_french", "graduation", "J'ai majeure en Études Environnementales", M(
        "Olivia Bennett <olivia.bennett.vt@gmail.com>", "Candidature", "06 19:40",
        """Bonjour,

J'ai majeure en Études Environnementales et mineure en Français à l'Université du Vermont. J'habite à Grenoble maintenant et je travaille à temps partiel dans un café.

Je suis très intéressée par les coopératives agricoles et l'agriculture urbaine, et je cherche un emploi dans une coopérative ou une association de ce type.

Cordialement,
Olivia Bennett""",
        app("Olivia", "Bennett", phone=None, bac=4, grad=None, unknown=("graduation_recent",), status="majeure_sans_date"),
    )),
    # Feature: mt_from_english_to_french — career_change — faire une transition de carrière
    # route: English (United States) through DeepL, «after 8 years as a software engineer… make a career transition into the nonprofit space» rendered literally → application; a career of eight years before a change of path → fails not_career_change → not eligible
    N("mt_from_english_to_french", "career_change", "faire une transition de carrière", M(
        "Jessica Nguyen <jess.nguyen.sf@gmail.com>", "Intéressée par Pro'pulse", "07 16:58",
        """Bonjour l'équipe,

Après 8 ans comme ingénieure logicielle dans la Silicon Valley, j'ai déménagé à Paris et je voudrais faire une transition de carrière dans l'espace à but non lucratif. J'ai complété un certificat en ligne en gestion des organisations à but non lucratif en juin 2026.

Je pense que mes compétences techniques peuvent être utiles pour une association ou une entreprise sociale.

Meilleur,
Jessica Nguyen""",
        app("Jessica", "Nguyen", phone=None, bac="*", grad=None, failing=("not_career_change",), status="transition_de_carriere_ingenieure"),
    )),
    # Feature: mt_from_english_to_french — kind — est-ce que je dois appliquer avant une date limite
    # route: English (Australia) through Google Translate, «do I need to apply before a deadline» rendered «appliquer», a question with no facts of the writer → question
    N("mt_from_english_to_french", "kind", "est-ce que je dois appliquer avant une date limite", M(
        "Chloe Harrington <chloe.harrington@gmail.com>", "Question", "09 22:10",
        """Bonjour,

Est-ce que le programme est ouvert aux personnes internationales avec un visa vacances-travail ? Et est-ce que je dois appliquer avant une date limite ?

Merci d'avance,
Chloe""",
        question(),
    )),
    # Feature: mt_from_english_to_french — kind — Merci pour revenir à moi
    # route: English (United Kingdom) through a phone translator, «thanks for getting back to me» rendered «merci pour revenir à moi», an answer in our thread (In-Reply-To ours) → reply
    N("mt_from_english_to_french", "kind", "Merci pour revenir à moi", M(
        "Oliver Grant <oliver.grant.uk@gmail.com>", "Re: Votre candidature Pro'pulse – entretien", "18 09:32",
        """Bonjour Madame Lefort,

Merci pour revenir à moi. Jeudi 3 décembre à 10h me convient parfaitement, je serai là.

Meilleures salutations,
Oliver Grant""",
        reply(),
        headers={"In-Reply-To": "<entretien-grant.8812@animafac.net>", "References": "<entretien-grant.8812@animafac.net>"},
    )),
    # Feature: mt_from_other — graduation — lauréate en mars 2026
    # route: Italian through DeepL, «laureata a marzo 2026 (laurea triennale)» rendered «lauréate en mars 2026» → application; a laurea triennale (bac+3) of March 2026, a social cooperative sought → eligible
    N("mt_from_other", "graduation", "lauréate en mars 2026", M(
        "Giulia Moretti <giulia.moretti.93@libero.it>", "Candidature Pro'pulse", "02 11:25",
        """Bonjour,

Je suis lauréate en mars 2026 en Sciences de l'Éducation (laurea triennale) à l'Université de Bologne. Depuis juin je vis à Nice.

Je cherche un travail comme éducatrice dans une coopérative sociale ou dans une association, comme celles qui existent en Italie pour l'inclusion des personnes handicapées.

Cordiales salutations,
Giulia Moretti""",
        app("Giulia", "Moretti", phone=None, bac=3, grad="2026-03", status="laureata_marzo_2026"),
    )),
    # Feature: mt_from_other — studies_finished — je suis lauréand
    # route: Italian through Google Translate, «sono laureando magistrale, discuterò la tesi a febbraio 2027» rendered «lauréand», «discuterai la thèse»: still a student → application; a laurea magistrale whose thesis is defended in February 2027 → fails studies_finished → not eligible
    N("mt_from_other", "studies_finished", "je suis lauréand", M(
        "Lorenzo Bianchi <lorenzo.bianchi.to@gmail.com>", "Demande d'informations et candidature", "03 14:14",
        """Bonjour,

Je suis lauréand en Économie Sociale (laurea magistrale) à l'Université de Turin et je discuterai la thèse en février 2027. En ce moment je suis à Lyon pour écrire la thèse sur les SCOP françaises.

Je voudrais commencer à chercher un emploi dans une coopérative en France.

Merci et bonne journée,
Lorenzo Bianchi""",
        app("Lorenzo", "Bianchi", phone=None, bac="*", grad=None, failing=("studies_finished",), status="laureando_tesi_febbraio"),
    )),
    # Feature: mt_from_other — aim — un emploi dans une ONG ou une association
    # route: Romanian through DeepL, «licența în Asistență Socială» rendered «licence en Assistance Sociale», the aim in the second paragraph → application; a licence of July 2026, an NGO or an association sought → eligible
    N("mt_from_other", "aim", "un emploi dans une ONG ou une association", M(
        "Ioana Popescu <ioana.popescu.buc@yahoo.com>", "Candidature – Ioana Popescu", "04 09:51",
        """Bonjour,

J'ai obtenu le diplôme de licence en Assistance Sociale à l'Université de Bucarest en juillet 2026 et je suis venue à Toulouse où vit ma sœur.

Je cherche un emploi dans une ONG ou une association qui travaille avec les communautés roms ou avec les enfants.

Je vous remercie,
Ioana Popescu
07 44 18 62 35""",
        app("Ioana", "Popescu", phone="+33744186235", bac=3, grad="2026-07", status="licenta_asistenta_sociala"),
    )),
    # Feature: mt_from_other — graduation — diplôme de spécialiste en pédagogie
    # route: Ukrainian through Google Translate, «диплом спеціаліста» rendered «diplôme de spécialiste» (a five-year degree) of 2014, then eight years as a teacher → application; a degree of 2014 and a career as a teacher → fails graduation_recent and not_career_change → not eligible
    N("mt_from_other", "graduation", "diplôme de spécialiste en pédagogie", M(
        "Olena Kovalenko <olena.kovalenko.kh@ukr.net>", "Programme pour l'emploi", "05 20:37",
        """Bonjour,

Je suis de Kharkiv, je suis en France avec la protection temporaire depuis 2022. J'ai le diplôme de spécialiste en pédagogie de l'Université Nationale de Kharkiv (2014) et j'ai travaillé huit ans comme enseignante d'école primaire.

Maintenant je voudrais changer de métier et travailler dans une association d'aide aux réfugiés.

Merci beaucoup,
Olena Kovalenko""",
        app("Olena", "Kovalenko", phone=None, bac=5, grad="2014", failing=("graduation_recent", "not_career_change"), status="specialiste_2014_enseignante"),
    )),
    # Feature: mt_from_other — studies_finished — Je obtenir diplôme de licence en juin
    # ambiguous: Vietnamese marks no tense and the year is not given: «in June» may be June 2026 (finished) or June 2027 (still studying)
    # route: Vietnamese through a phone translator, «tôi nhận bằng cử nhân vào tháng 6» rendered without tense or year → application; a licence whose June may be past or to come, an association sought → studies_finished open → to verify
    N("mt_from_other", "studies_finished", "Je obtenir diplôme de licence en juin", M(
        "Phạm Thị Lan <lan.pham.hn@gmail.com>", "Candidature programme", "06 23:05",
        """Bonjour Madame Monsieur,

Je m'appelle Phạm Thị Lan. Je obtenir diplôme de licence en juin, spécialité Travail Social, Université des Sciences Sociales et Humaines de Hanoï. Je habiter à Paris 13e avec ma tante.

Je veux travailler dans une association pour aider les personnes âgées ou les familles immigrées.

Merci beaucoup
Lan""",
        app("Lan", "Phạm", phone=None, bac=3, grad=None, unknown=("studies_finished",), status="cu_nhan_juin_sans_annee"),
    )),
    # Feature: mt_from_other — situation — mon volontariat dans le Corps Européen de Solidarité s'est terminé
    # route: Romanian through Google Translate, «voluntariatul meu în Corpul European de Solidaritate s-a încheiat în octombrie»: the volunteering over → application; a licence of 2025, a volunteering over in October, an association sought → eligible
    N("mt_from_other", "situation", "mon volontariat dans le Corps Européen de Solidarité s'est terminé", M(
        "Andrei Munteanu <andrei.munteanu.cj@gmail.com>", "Candidature", "07 13:33",
        """Bonjour,

J'ai fini la licence en Sociologie à Cluj-Napoca en juin 2025. Ensuite je suis venu à Lyon et mon volontariat dans le Corps Européen de Solidarité s'est terminé en octobre 2026 (un an dans une ressourcerie).

Maintenant je cherche un contrat dans une association de réemploi ou d'éducation à l'environnement.

Avec respect,
Andrei Munteanu""",
        app("Andrei", "Munteanu", phone=None, bac=3, grad="2025-06", status="ces_termine_octobre"),
    )),
    # Feature: mt_from_other — kind — Lettre d'information de la Rete
    # route: Italian through the sender's machine translation, a network's monthly newsletter (List-Unsubscribe, Precedence bulk) → newsletter
    N("mt_from_other", "kind", "Lettre d'information de la Rete", M(
        "Rete Giovani Economia Sociale <newsletter@rete-giovani-es.example.it>", "Lettre d'information de la Rete – novembre 2026", "15 06:00",
        """Lettre d'information de la Rete – novembre 2026
(version française traduite automatiquement)

Chers amis,

Ce mois-ci notre réseau a accompagné 42 jeunes lauréats vers un emploi dans les coopératives sociales de Lombardie et du Piémont. Nous vous présentons le nouveau parcours « Primo lavoro » et l'appel à projets pour les échanges franco-italiens de 2027.

Agenda : 4 décembre, webinaire sur les coopératives de communauté ; 11 décembre, rencontre à Turin.

Pour vous désinscrire, cliquez sur le lien en bas de ce courriel.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:cancella@rete-giovani-es.example.it>", "Precedence": "bulk"},
    )),
    # Feature: mt_from_other — kind — Consulat Général de Roumanie
    # route: Romanian through the consulate's translator, an information about a job fair for Romanian citizens, no applicant → other
    N("mt_from_other", "kind", "Consulat Général de Roumanie", M(
        "Consulat Général de Roumanie à Lyon <consulat.lyon@mae-exemple.example.ro>", "Information – salon de l'emploi pour les citoyens roumains", "16 12:00",
        """Madame, Monsieur,

Le Consulat Général de Roumanie à Lyon vous informe de l'organisation d'un salon de l'emploi pour les citoyens roumains résidents en France, le 9 décembre 2026. Les organisations intéressées à présenter des offres ou des programmes d'accompagnement sont priées de confirmer leur participation jusqu'au 30 novembre.

Avec considération,
Le service des relations avec les communautés roumaines""",
        other(),
    )),
    # Feature: mt_from_other — kind — Est-ce que la protection temporaire permet
    # route: Ukrainian through a phone translator, a question about the residence status with no facts of the writer's studies → question
    N("mt_from_other", "kind", "Est-ce que la protection temporaire permet", M(
        "Dmytro Shevchenko <dmytro.shevchenko@gmail.com>", "Question sur le programme", "17 19:19",
        """Bonjour,

Est-ce que la protection temporaire permet de participer à votre programme ? Et il faut avoir le niveau de français quel ?

Merci pour la réponse.
Dmytro""",
        question(),
    )),
]
