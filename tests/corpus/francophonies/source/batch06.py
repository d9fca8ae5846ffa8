"""Francophonies corpus, batch 06 (writer B): French of Central Africa (a licence pro from N'Djaména, a stage
professionnel after the master, two years of licence validated in Douala with a cousin's master beside them,
a master 2 still followed at a distance, a Gabonese licence pro in English, a teacher's ten years, a year
alone in Bangui, «on dit quoi»), of West Africa (a licence LMD and its session, a volontariat of unstated
scheme, a stage de pré-emploi, a tonton's maîtrise beside a nephew's one year of BTS, an audit firm, a
licence from Abomey-Calavi in English), of the Maghreb (a Moroccan «lauréate» of a master spécialisé, a bank,
an Algerian DTS of open equivalence, the Algerian service national that is no service civique, a service
civique in Marseille, a Tunisian SIVP ending this month); other mail in those varieties (a question opening
on «on dit quoi», a Cameroonian association's offer, an absence notice from Dakar, a reply in our thread from
Abidjan, a question on Moroccan diplomas, a Tunisian employer)."""
# ruff: noqa: E501

from __future__ import annotations

from francophonies import N
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: central_africa — level — une licence professionnelle en gestion des projets de développement
    # variety: «une licence professionnelle en gestion des projets de développement» = Chadian: the LMD licence professionnelle of the Université de N'Djaména is three years after the bac (bac+3), of July 2025 → meets degree_level → eligible
    N("central_africa", "level", "une licence professionnelle en gestion des projets de développement", M(
        "Mahamat Oumar Saleh <mahamat.saleh@example.org>", "Candidature au programme Pro'pulse", "02 11:26",
        """Bonjour Madame, Bonjour Monsieur,

Je me nomme Mahamat Oumar Saleh, Tchadien, résidant à Toulouse depuis le mois de mars auprès de mon épouse.

Je suis titulaire d'une licence professionnelle en gestion des projets de développement, obtenue à l'Université de N'Djaména en juillet 2025. Au pays, j'ai fait du bénévolat avec une association de femmes maraîchères.

Je cherche l'insertion dans une association de solidarité internationale ou de commerce équitable. Je vous transmets mon CV.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
Mahamat Oumar Saleh
07 51 38 26 90""",
        app("Mahamat", "Oumar Saleh", phone="+33751382690", bac=3, grad="2025-07", status="b_licence_pro_ndjamena"),
        cv=CV("odt", "CV_Mahamat_Oumar_Saleh.odt", """Mahamat Oumar Saleh
Toulouse - 07 51 38 26 90 - mahamat.saleh@example.org
Diplômes
Juillet 2025 : Licence professionnelle, gestion des projets de développement, Université de N'Djaména
2021 : Baccalauréat série D, Lycée Félix Éboué
Expérience
2022-2025 : bénévole, groupement de femmes maraîchères de Farcha (suivi des comptes)
Langues : français, arabe tchadien, anglais (notions)"""),
    )),
    # Feature: central_africa — situation — je suis en stage professionnel dans une ONG jusqu'au 31 mars
    # variety: «je suis en stage professionnel dans une ONG jusqu'au 31 mars» = Congolese: a «stage professionnel» after the diploma is still an internship, running until March 2027 → fails not_internship → not eligible
    N("central_africa", "situation", "je suis en stage professionnel dans une ONG jusqu'au 31 mars", M(
        "Patience Mabiala <patience.mabiala@example.net>", "Demande d'intégration", "03 16:02",
        """Bonjour,

Je suis Congolaise de Brazzaville, en France depuis deux ans. J'ai eu mon master en santé publique à Lyon en juin 2026. Actuellement je suis en stage professionnel dans une ONG jusqu'au 31 mars, sur la santé des femmes migrantes.

Je voudrais être accompagnée pour trouver l'emploi après, dans une association de santé ou une mutuelle. Est-ce possible de commencer déjà ?

Merci beaucoup,
Patience Mabiala
07 44 81 02 57""",
        app("Patience", "Mabiala", phone="+33744810257", bac=5, grad="2026-06", failing=("not_internship",), status="b_stage_pro_ong_mars"),
    )),
    # Feature: central_africa — level — j'ai validé deux ans à l'Université de Douala
    # ambiguous: two years of licence validated with no diploma named, the cousin's master beside them is not hers: whether she holds a bac+2 cannot be told
    # variety: «j'ai validé deux ans à l'Université de Douala» = Cameroonian: two validated years of a licence give no diploma of their own (the cousin's master is the cousin's) → degree_level unknown, bac «*» → to verify
    N("central_africa", "level", "j'ai validé deux ans à l'Université de Douala", M(
        "Carine Ngo Mbock <carine.ngombock@example.com>", "demande", "05 20:14",
        """Bonsoir,

C'est ma cousine Murielle qui m'a parlé de votre programme, elle a son master de Yaoundé II et elle a été accompagnée par une structure comme la vôtre.

Moi j'ai validé deux ans à l'Université de Douala en sciences économiques, puis je suis venue en France rejoindre ma maman à Créteil en 2025. Je cherche l'emploi dans le social, une association d'aide aux personnes âgées par exemple.

Je reste disponible. Merci et bonne soirée
Carine Ngo Mbock
06 27 93 40 18""",
        app("Carine", "Ngo Mbock", phone="+33627934018", bac="*", grad=None, unknown=("degree_level",), status="b_deux_ans_douala_cousine"),
    )),
    # Feature: central_africa — studies_finished — je fais encore mon master 2 à distance
    # variety: «je fais encore mon master 2 à distance» = Cameroonian: the master 2 is still followed at a distance with the Université de Dschang (the licence of 2024 is done) → fails studies_finished → not eligible
    N("central_africa", "studies_finished", "je fais encore mon master 2 à distance", M(
        "Rodrigue Tchoupo <rodrigue.tchoupo@example.org>", "Pro'pulse : candidature", "06 13:37",
        """Bonjour à vous,

Je suis Rodrigue, Camerounais, installé à Amiens depuis janvier. J'ai ma licence en sociologie de l'Université de Dschang (2024) et je fais encore mon master 2 à distance avec la même université, les examens sont en juin.

En même temps je veux travailler : je vise une association d'insertion ou un chantier d'insertion, je suis très manuel aussi.

Cordialement,
Rodrigue Tchoupo
07 62 15 88 34""",
        app("Rodrigue", "Tchoupo", phone="+33762158834", bac=3, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), status="b_master2_distance_dschang"),
    )),
    # Feature: central_africa — graduation — I obtained my licence professionnelle at Université Omar Bongo in June 2025
    # variety: «I obtained my licence professionnelle at Université Omar Bongo in June 2025» = Gabonese English: a licence professionnelle (bac+3) from Libreville, June 2025, seventeen months ago → meets graduation_recent → eligible
    N("central_africa", "graduation", "I obtained my licence professionnelle at Université Omar Bongo in June 2025", M(
        "Ornella Moussavou <ornella.moussavou@example.net>", "Application for Pro'pulse", "07 10:48",
        """Good morning,

I hope you are well. I am Gabonese and I have been living in Bordeaux since September, where I am improving my English at evening classes, so I am practising with this email!

I obtained my licence professionnelle at Université Omar Bongo in June 2025, in tourism and heritage. In Libreville I helped an association that cleans the beaches of Pointe-Denis.

I am looking for a job in an environmental association or a solidarity tourism cooperative.

Thank you for your consideration,
Ornella Moussavou
+33 7 81 46 20 53""",
        app("Ornella", "Moussavou", phone="+33781462053", bac=3, grad="2025-06", language="en", status="b_licence_pro_omar_bongo_en"),
    )),
    # Feature: central_africa — career_change — j'ai été enseignant vacataire au lycée pendant dix ans
    # variety: «j'ai été enseignant vacataire au lycée pendant dix ans» = Congolese: a «vacataire» is a contract teacher paid by the hour; ten years of it before the master of 2025 → fails not_career_change → not eligible
    N("central_africa", "career_change", "j'ai été enseignant vacataire au lycée pendant dix ans", M(
        "Serge Nzaou <serge.nzaou@example.com>", "on dit quoi Pro'pulse", "09 08:05",
        """Bonjour, on dit quoi ?

Je me présente : Serge, de Pointe-Noire. J'ai été enseignant vacataire au lycée pendant dix ans (mathématiques), puis je suis venu en France pour un master en management des organisations sociales, que j'ai fini en septembre 2025 à Poitiers.

Aujourd'hui je veux travailler dans la gestion d'une association ou d'une mutuelle. Ya pas de problème pour me déplacer.

Merci d'avance,
Serge Nzaou
06 58 20 71 93""",
        app("Serge", "Nzaou", phone="+33658207193", bac=5, grad="2025-09", failing=("not_career_change",), status="b_vacataire_dix_ans_master"),
    )),
    # Feature: central_africa — graduation — j'ai eu ma licence à Bangui en 2024
    # ambiguous: a year alone in 2024: the licence may be of before or after November 2024
    # variety: «j'ai eu ma licence à Bangui en 2024» = Centrafrican: a licence of the Université de Bangui (bac+3) dated by the year alone, 2024 → graduation_recent unknown → to verify
    N("central_africa", "graduation", "j'ai eu ma licence à Bangui en 2024", M(
        "Bienvenu Yakondji <bienvenu.yakondji@example.org>", "Candidature", "11 17:59",
        """Bonjour,

Je suis centrafricain, arrivé à Nancy en 2025 pour rejoindre mon grand frère. J'ai eu ma licence à Bangui en 2024, en géographie. Là-bas j'animais des activités pour les enfants déplacés avec une ONG locale.

Je cherche le travail dans l'animation ou l'accompagnement, dans une association ou un centre social.

Que Dieu vous bénisse,
Bienvenu Yakondji
07 83 12 66 09""",
        app("Bienvenu", "Yakondji", phone="+33783126609", bac=3, grad="2024", unknown=("graduation_recent",), status="b_licence_bangui_2024"),
    )),
    # Feature: central_africa — kind — est-ce que les diplômes du Cameroun sont pris chez vous
    # variety: «est-ce que les diplômes du Cameroun sont pris chez vous» = a Cameroonian opening on «on dit quoi» and asking in general about Cameroonian diplomas, no personal fact → kind question
    N("central_africa", "kind", "est-ce que les diplômes du Cameroun sont pris chez vous", M(
        "wandji.t@example.net", "petite question", "12 22:40",
        """On dit quoi l'équipe ?

Je voulais savoir : est-ce que les diplômes du Cameroun sont pris chez vous, ou il faut d'abord faire la reconnaissance avec ENIC-NARIC ? Plusieurs frères ici à Lille se posent la question.

Merci !""",
        question(),
    )),
    # Feature: central_africa — kind — nous organisons une soirée d'information pour la diaspora camerounaise
    # variety: «nous organisons une soirée d'information pour la diaspora camerounaise» = a Cameroonian diaspora association of Lyon inviting us to present the programme, no one applying → kind other
    N("central_africa", "kind", "nous organisons une soirée d'information pour la diaspora camerounaise", M(
        "Association Mboa Lyon <contact@mboa-lyon.example.org>", "Invitation - soirée emploi", "14 10:30",
        """Bonjour,

L'association Mboa Lyon vous salue. Le samedi 12 décembre, nous organisons une soirée d'information pour la diaspora camerounaise autour de l'emploi des jeunes diplômés. Nous serions honorés que Pro'pulse vienne présenter son accompagnement (15 minutes, puis échanges autour du ndolé).

Merci de nous dire si c'est possible.

Pour le bureau,
Valère Owona, secrétaire""",
        other(),
    )),
    # Feature: west_africa — graduation — ma licence LMD en gestion, session de juillet 2025
    # variety: «ma licence LMD en gestion, session de juillet 2025» = Senegalese: the LMD licence is bac+3, the «session» is the exam session that awards it: July 2025 → meets graduation_recent → eligible
    N("west_africa", "graduation", "ma licence LMD en gestion, session de juillet 2025", M(
        "Ndèye Fatou Sarr <ndeyefatou.sarr@example.org>", "Candidature Pro'pulse", "02 09:12",
        """Bonjour à toute l'équipe,

Je suis Ndèye Fatou, originaire de Saint-Louis du Sénégal, et je vis à Rouen chez ma tante depuis le mois d'avril.

J'ai obtenu à l'UGB ma licence LMD en gestion, session de juillet 2025. Pendant mes études j'étais trésorière d'un groupement d'épargne de femmes du quartier Sor.

Je souhaite travailler dans la finance solidaire ou dans une association qui accompagne l'entrepreneuriat des femmes.

Je vous remercie et que la journée soit bonne pour vous.
Ndèye Fatou Sarr
07 54 29 81 36""",
        app("Ndèye Fatou", "Sarr", phone="+33754298136", bac=3, grad="2025-07", status="b_licence_lmd_ugb_juillet_2025"),
    )),
    # Feature: west_africa — situation — je suis en volontariat dans une association de Montreuil
    # ambiguous: a «volontariat» of unstated scheme, with no end date: it may be a service civique running now or not
    # variety: «je suis en volontariat dans une association de Montreuil» = Malian: «volontariat» names no scheme (a service civique, a volontariat associatif, plain bénévolat) and has no end → not_service_civique unknown → to verify
    N("west_africa", "situation", "je suis en volontariat dans une association de Montreuil", M(
        "Oumou Sangaré Traoré <oumou.traore@example.net>", "inscription", "04 14:15",
        """Bonjour,

Je suis malienne, j'ai fait mon master en droit des affaires à Bamako (2025) et je suis à Paris depuis le printemps. En ce moment je suis en volontariat dans une association de Montreuil qui accompagne les femmes dans leurs papiers.

Je voudrais un emploi dans ce domaine, juriste dans une association d'accès aux droits.

Merci beaucoup, Dieu merci votre programme existe.
Oumou Sangaré Traoré
06 31 77 54 20""",
        app("Oumou", "Sangaré Traoré", phone="+33631775420", bac=5, grad="2025", unknown=("not_service_civique",), status="b_volontariat_montreuil"),
    )),
    # Feature: west_africa — situation — je fais mon stage de pré-emploi à la mairie de Cocody jusqu'en février
    # variety: «je fais mon stage de pré-emploi à la mairie de Cocody jusqu'en février» = Ivorian: the «stage de pré-emploi» of the Agence Emploi Jeunes is an internship, running until February 2027 → fails not_internship → not eligible
    N("west_africa", "situation", "je fais mon stage de pré-emploi à la mairie de Cocody jusqu'en février", M(
        "Hermann Yao Kouamé <hermann.kouame@example.com>", "Demande d'accompagnement", "06 19:44",
        """Bonsoir,

Je vous écris d'Abidjan. Je rejoins ma fiancée à Orléans en mars. J'ai mon master en économie sociale et solidaire de l'Université Félix Houphouët-Boigny (2026) et je fais mon stage de pré-emploi à la mairie de Cocody jusqu'en février.

Je veux m'inscrire dès maintenant pour trouver une structure de l'ESS en France à mon arrivée.

Merci d'avance, restons en contact.
Hermann Yao Kouamé
+225 07 48 21 36 90""",
        app("Hermann", "Yao Kouamé", phone="+2250748213690", bac=5, grad="2026", failing=("not_internship",), status="b_pre_emploi_cocody"),
    )),
    # Feature: west_africa — studies_finished — I completed my licence in sociology at Université d'Abomey-Calavi in July 2025, it is all finished
    # variety: «I completed my licence in sociology at Université d'Abomey-Calavi in July 2025, it is all finished» = Beninese English: the licence (bac+3) is over, nothing left to sit → meets studies_finished → eligible
    N("west_africa", "studies_finished", "I completed my licence in sociology at Université d'Abomey-Calavi in July 2025, it is all finished", M(
        "Roméo Zinsou <romeo.zinsou@example.org>", "Application to your programme", "08 12:03",
        """Hello dear Pro'pulse team,

I am from Cotonou in Bénin and I arrived in Toulouse this summer. I write in English because I want to work one day in international solidarity and I must practise.

I completed my licence in sociology at Université d'Abomey-Calavi in July 2025, it is all finished, I have my attestation. Now I am looking for a job in a solidarity association or a fair trade cooperative.

Thank you very much and God bless,
Roméo Zinsou
06 84 30 52 17""",
        app("Roméo", "Zinsou", phone="+33684305217", bac=3, grad="2025-07", language="en", status="b_licence_abomey_calavi_en"),
        html="only",
    )),
    # Feature: west_africa — level — moi j'ai le bac série G2 et une année de BTS
    # variety: «moi j'ai le bac série G2 et une année de BTS» = Ivorian: the bac G2 (gestion) is the bac, one year of a two-year BTS gives no diploma (the tonton's maîtrise is his) → bac+1 → fails degree_level → not eligible
    N("west_africa", "level", "moi j'ai le bac série G2 et une année de BTS", M(
        "Yacouba Ouattara <yacouba.ouattara@example.net>", "Candidature", "10 15:22",
        """Bonjour,

Mon tonton qui m'héberge à Évry a une maîtrise en économie et il m'a dit de vous écrire. Moi j'ai le bac série G2 et une année de BTS en comptabilité à Bouaké, je n'ai pas pu finir à cause des moyens.

Je cherche l'emploi dans une association ou une coopérative, je suis sérieux et travailleur.

Yacouba Ouattara
07 69 14 02 85""",
        app("Yacouba", "Ouattara", phone="+33769140285", bac=1, grad=None, failing=("degree_level",), status="b_bac_g2_un_an_bts_tonton"),
    )),
    # Feature: west_africa — aim — un poste d'auditeur junior dans un grand cabinet
    # variety: «un poste d'auditeur junior dans un grand cabinet» = Guinean: a junior auditor in a big audit firm is outside the ESS → fails job_seeking_ess → not eligible
    N("west_africa", "aim", "un poste d'auditeur junior dans un grand cabinet", M(
        "Mamadou Saliou Sow <ms.sow@example.com>", "Candidature - Pro'pulse", "13 09:40",
        """Bonjour,

Je m'appelle Mamadou Saliou Sow, Guinéen, titulaire d'un master en comptabilité, contrôle et audit obtenu à Clermont-Ferrand en juin 2026.

Je suis sans emploi depuis ma soutenance et je cherche un poste d'auditeur junior dans un grand cabinet, type Big Four. Un ami m'a dit que votre programme aidait les jeunes diplômés à trouver un premier emploi.

Dans l'attente de votre retour, veuillez recevoir mes salutations.
Mamadou Saliou Sow
07 57 63 19 42""",
        app("Mamadou Saliou", "Sow", phone="+33757631942", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_master_cca_big_four"),
    )),
    # Feature: west_africa — kind — je suis en congé jusqu'au 7 décembre inch'Allah
    # variety: «je suis en congé jusqu'au 7 décembre inch'Allah» = a Dakar partner's absence notice («inch'Allah» a wish), no one applying → kind auto_reply
    N("west_africa", "kind", "je suis en congé jusqu'au 7 décembre inch'Allah", M(
        "Seynabou Mbaye <s.mbaye@reseau-ess-dakar.example.org>", "Réponse automatique : Re: échange de pratiques", "16 07:12",
        """Bonjour,

Je suis en congé jusqu'au 7 décembre inch'Allah, pour le Magal puis une formation. Pour toute question sur le partenariat, écrivez à contact@reseau-ess-dakar.example.org.

Bonne journée,
Seynabou Mbaye
Réseau ESS Dakar""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: west_africa — kind — Re: Confirmation de votre rendez-vous
    # variety: «Re: Confirmation de votre rendez-vous» = an Ivorian applicant answering in our thread (In-Reply-To to our Message-ID) with thanks and blessings → kind reply
    N("west_africa", "kind", "Re: Confirmation de votre rendez-vous", M(
        "Nadège Yapi <nadege.yapi@example.net>", "Re: Confirmation de votre rendez-vous", "17 11:50",
        """Bonjour Madame,

Merci beaucoup pour la confirmation. Je serai là vendredi à 10 heures, je vais apporter les papiers demandés. Que Dieu vous garde.

Nadège Yapi

> Le 16 nov. 2026 à 15:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Nadège, votre rendez-vous est confirmé pour vendredi 20 novembre à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-1611.yapi@animafac.net>", "References": "<rdv-1611.yapi@animafac.net>"},
    )),
    # Feature: maghreb — graduation — lauréate du master spécialisé en management des organisations de l'économie sociale, promotion 2025
    # variety: «lauréate du master spécialisé en management des organisations de l'économie sociale, promotion 2025» = Moroccan: a «lauréate» is a graduate (not a prize-winner); the master spécialisé is bac+5; «promotion 2025» dates it by the year 2025 → meets graduation_recent → eligible
    N("maghreb", "graduation", "lauréate du master spécialisé en management des organisations de l'économie sociale, promotion 2025", M(
        "Oumaima Tazi <oumaima.tazi@example.org>", "Candidature - lauréate master spécialisé", "03 10:40",
        """Bonjour,

Je suis lauréate du master spécialisé en management des organisations de l'économie sociale, promotion 2025, de la FSJES de Kénitra. J'ai rejoint mon mari à Montpellier en février.

Au Maroc j'ai accompagné des coopératives féminines d'argan pendant mon stage de fin d'études. Ici je voudrais travailler dans une coopérative, un réseau d'ESS ou une association de commerce équitable.

Cordialement,
Oumaima Tazi
06 29 54 70 31""",
        app("Oumaima", "Tazi", phone="+33629547031", bac=5, grad="2025", status="b_laureate_master_specialise_2025"),
    )),
    # Feature: maghreb — aim — intégrer une grande banque comme Attijariwafa ou la Société Générale
    # variety: «intégrer une grande banque comme Attijariwafa ou la Société Générale» = Moroccan: the aim is a big commercial bank, outside the ESS → fails job_seeking_ess → not eligible
    N("maghreb", "aim", "intégrer une grande banque comme Attijariwafa ou la Société Générale", M(
        "Younes Tahiri-Mernissi <younes.tm@example.com>", "candidature", "05 23:05",
        """Salam,

Je suis titulaire d'une licence professionnelle en banque et assurance (ENCG Settat, juin 2026), je vis à Paris depuis septembre. Mon objectif est d'intégrer une grande banque comme Attijariwafa ou la Société Générale, au service clientèle entreprises.

Est-ce que votre programme peut m'aider pour les entretiens ?

Merci,
Younes Tahiri-Mernissi
07 48 92 16 05""",
        app("Younes", "Tahiri-Mernissi", phone="+33748921605", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="b_lp_banque_attijariwafa"),
    )),
    # Feature: maghreb — level — un DTS en gestion des ressources humaines de l'INSFP de Blida
    # ambiguous: an Algerian DTS (brevet de technicien supérieur of the vocational training) is of open French equivalence: whether it counts as a bac+2 cannot be told
    # variety: «un DTS en gestion des ressources humaines de l'INSFP de Blida» = Algerian: a «diplôme de technicien supérieur» of a vocational institute (INSFP), about two and a half years after the bac, of open equivalence → degree_level unknown, bac «*» → to verify
    N("maghreb", "level", "un DTS en gestion des ressources humaines de l'INSFP de Blida", M(
        "Walid Messaoudi <walid.messaoudi@example.net>", "Demande d'inscription à Pro'pulse", "07 16:30",
        """Bonjour,

Je suis algérien, installé à Marseille depuis un an. J'ai un DTS en gestion des ressources humaines de l'INSFP de Blida, obtenu en juin 2025, et je suis inscrit à France Travail.

Je cherche un poste d'assistant RH dans une association ou une entreprise d'insertion. Je n'ai pas encore fait de demande d'équivalence.

Merci pour votre aide, bon courage à vous.
Walid Messaoudi
07 53 81 26 44""",
        app("Walid", "Messaoudi", phone="+33753812644", bac="*", grad="2025-06", unknown=("degree_level",), status="b_dts_insfp_blida"),
    )),
    # Feature: maghreb — situation — j'ai terminé mon service national en juillet 2026
    # variety: «j'ai terminé mon service national en juillet 2026» = Algerian: the service national is the military service, no service civique, and it is over (the master of June 2025 is recent) → meets not_service_civique → eligible
    N("maghreb", "situation", "j'ai terminé mon service national en juillet 2026", M(
        "Zakaria Ouslimani <zakaria.ouslimani@example.org>", "Candidature Pro'pulse", "09 09:15",
        """Bonjour,

Je suis Zakaria, de Tizi Ouzou. Après mon master en sciences économiques (Université Mouloud Mammeri, juin 2025), j'ai fait mes douze mois obligatoires : j'ai terminé mon service national en juillet 2026. Depuis octobre je suis à Lyon chez mon oncle.

Je cherche un poste de chargé de mission dans une structure de l'ESS, une coopérative ou un réseau associatif.

Saha, merci d'avance,
Zakaria Ouslimani
06 12 48 93 70""",
        app("Zakaria", "Ouslimani", phone="+33612489370", bac=5, grad="2025-06", status="b_service_national_termine"),
    )),
    # Feature: maghreb — situation — je suis en service civique à Marseille jusqu'au 30 juin 2027
    # variety: «je suis en service civique à Marseille jusqu'au 30 juin 2027» = Tunisian in France: a French service civique, running until June 2027 → fails not_service_civique → not eligible
    N("maghreb", "situation", "je suis en service civique à Marseille jusqu'au 30 juin 2027", M(
        "Rim Trabelsi <rim.trabelsi@example.com>", "Pro'pulse", "11 13:02",
        """Bonjour,

Tunisienne, licence appliquée en gestion de l'Université de Sfax (2025), je suis arrivée en France en septembre grâce à un programme d'échange et je suis en service civique à Marseille jusqu'au 30 juin 2027, dans une association d'éducation à l'environnement.

J'aimerais savoir si je peux déjà m'inscrire à Pro'pulse pour préparer la suite, dans l'ESS bien sûr.

Merci bien,
Rim Trabelsi
07 70 35 16 82""",
        app("Rim", "Trabelsi", phone="+33770351682", bac=3, grad="2025", failing=("not_service_civique",), status="b_service_civique_marseille_2027"),
    )),
    # Feature: maghreb — situation — mon SIVP se termine fin novembre
    # ambiguous: the SIVP (an internship contract) ends «fin novembre» with no day: running or over on the 26th cannot be told
    # variety: «mon SIVP se termine fin novembre» = Tunisian: the SIVP (stage d'initiation à la vie professionnelle) is a subsidised internship for young graduates, not a job; it ends this month with no day → not_internship unknown → to verify
    N("maghreb", "situation", "mon SIVP se termine fin novembre", M(
        "Skander Mejri <skander.mejri@example.net>", "Candidature au programme", "12 17:48",
        """Bonjour,

J'ai mon master professionnel en management de projets (ISG Tunis, juin 2025). Mon SIVP se termine fin novembre dans une association de microcrédit à Tunis, et je m'installe à Nice en décembre avec mon visa talent.

Je voudrais continuer dans la microfinance solidaire ou dans une association d'accompagnement de porteurs de projets.

Cordialement,
Skander Mejri
+216 22 417 983""",
        app("Skander", "Mejri", phone="+21622417983", bac=5, grad="2025-06", unknown=("not_internship",), status="b_sivp_fin_novembre"),
    )),
    # Feature: maghreb — kind — faut-il une équivalence pour un diplôme marocain
    # variety: «faut-il une équivalence pour un diplôme marocain» = a question on Moroccan diplomas in general (with «inchallah» as a wish), no personal fact → kind question
    N("maghreb", "kind", "faut-il une équivalence pour un diplôme marocain", M(
        "s.ouazzani@example.org", "question équivalence", "18 20:20",
        """Bonsoir,

Pour candidater chez vous, faut-il une équivalence pour un diplôme marocain, ou une attestation de l'université suffit ? Et le programme est-il ouvert aux personnes en changement de statut (étudiant vers salarié) ?

Merci d'avance, et bonne continuation inchallah.""",
        question(),
    )),
    # Feature: maghreb — kind — nous recrutons deux chargés d'accompagnement pour notre antenne de Roubaix
    # variety: «nous recrutons deux chargés d'accompagnement pour notre antenne de Roubaix» = an association founded by Tunisian women offering jobs to the programme's participants, no one applying → kind other
    N("maghreb", "kind", "nous recrutons deux chargés d'accompagnement pour notre antenne de Roubaix", M(
        "Association Jasmins Solidaires <rh@jasmins-solidaires.example.org>", "Offre d'emploi à relayer", "19 09:05",
        """Bonjour,

Notre association, créée par des femmes de la diaspora tunisienne, accompagne les familles dans l'accès aux droits. Nous recrutons deux chargés d'accompagnement pour notre antenne de Roubaix (CDI, temps plein, débutants acceptés, arabe apprécié).

Pourriez-vous relayer l'offre auprès des jeunes que vous accompagnez ? Fiche de poste sur demande.

Merci et bonne journée,
Leïla Saidani, coordinatrice""",
        other(),
    )),
]
