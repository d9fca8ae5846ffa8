"""Stances corpus, batch 07 (writer B): Sunday 6 December 2026, morning, every mail read on 2026-12-07.
Sunday morning: corrections in a PS or a second paragraph, vague memories of dates, modest words; a teacher
unsure whether her class may apply, a holiday out-of-office, a bounce, an English reply moving a workshop, a
partner's January invitation and a former participant's news."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from stances import N

MESSAGES = [
    # Feature: stance_other_mail — kind — en congés pour les fêtes
    # route: a Mission locale adviser's end-of-year out-of-office (Auto-Submitted) naming a colleague → auto_reply
    N("stance_other_mail", "kind", "en congés pour les fêtes", M(
        "Romuald Piquet <r.piquet@missionlocale-beauvais.example.org>",
        "Absence : Re: jeunes orientés vers Pro'pulse",
        "2026-12-06 07:04",
        """Bonjour,

Je suis en congés pour les fêtes, du 5 décembre au 3 janvier. En mon absence, vous pouvez joindre ma collègue Nadia Boudiaf au 03 44 10 27 58.

Romuald Piquet
Mission locale du Beauvaisis""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: remembered_vaguely — graduation — ça doit faire cinq ou six ans
    # route: the body: a BTS of «ça doit faire cinq ou six ans» (2020 or 2021, past the limit either way) → graduation_recent fails → not_eligible
    N("remembered_vaguely", "graduation", "ça doit faire cinq ou six ans", M(
        "Rodrigue Essomba <rodrigue.essomba@yahoo.fr>",
        "demande",
        "2026-12-06 07:54",
        """bonjour

je voudrais m'inscrire a votre programme. j'ai un BTS assistant de gestion, ça doit faire cinq ou six ans que je l'ai eu, après j'ai travaillé en logistique.

je cherche un travail dans une asso ou une entreprise d'insertion.

Rodrigue Essomba
06 45 18 93 27""",
        app("Rodrigue", "Essomba", phone="+33645189327", bac=2, grad=None, failing=("graduation_recent",), status="b_rodrigue_cinq_ou_six_ans"),
    )),
    # Feature: corrected — situation — mon stage ne se termine pas fin novembre mais le 15 janvier
    # route: the body: «mon stage est terminé depuis fin novembre» then a PS «je me suis trompée… mon stage ne se termine pas fin novembre mais le 15 janvier» — the corrected end wins, running on 2026-12-07 → not_internship fails → not_eligible
    N("corrected", "situation", "mon stage ne se termine pas fin novembre mais le 15 janvier", M(
        "Cassandre Vidal-Ortega <cassandre.vo@gmail.com>",
        "Candidature",
        "2026-12-06 08:22",
        """Bonjour,

Diplômée d'un master Ingénierie de projets culturels en septembre 2026, mon stage est terminé depuis fin novembre et je cherche maintenant un poste de chargée de production dans une compagnie ou une association culturelle.

Merci de votre attention,
Cassandre Vidal-Ortega
06 17 93 40 58

PS : je me suis trompée en haut, ils ont prolongé ma convention : mon stage ne se termine pas fin novembre mais le 15 janvier. Désolée !""",
        app("Cassandre", "Vidal-Ortega", phone="+33617934058", bac=5, grad="2026-09", failing=("not_internship",), status="b_cassandre_ps_stage_15_janvier"),
    )),
    # Feature: hedged — graduation — a priori je remplis vos conditions
    # route: the body: a politeness hedge («a priori je remplis vos conditions») on her request, over facts said plainly: a BUT (bac+3) whose date is given nowhere, nothing running, an association sought → graduation_recent open (a plainly missing fact, not the hedge) → to_verify
    N("hedged", "graduation", "a priori je remplis vos conditions", M(
        "Yaël Bensoussan <yael.bensoussan@free.fr>",
        "Candidature Pro'pulse",
        "2026-12-06 08:24",
        """Bonjour,

A priori je remplis vos conditions, mais dites-moi si je me trompe : j'ai obtenu mon BUT Carrières sociales (parcours animation sociale et socioculturelle) à l'IUT de Tours, je ne suis ni en stage ni en formation, et je cherche un poste d'animatrice dans une association de quartier ou une MJC.

Je vous remercie par avance de votre retour.

Yaël Bensoussan
06 45 72 30 18""",
        app("Yaël", "Bensoussan", phone="+33645723018", bac=3, grad=None, unknown=("graduation_recent",), status="b_yael_a_priori_conditions"),
    )),
    # Feature: self_question — level — un DUT ça compte comme bac+2
    # route: the body: «un DUT ça compte comme bac+2 ?» — a DUT of 2025 is bac+2; an association sought → eligible
    N("self_question", "level", "un DUT ça compte comme bac+2", M(
        "Matthias Koenig <matthias.koenig@gmx.de>",
        "Question + candidature",
        "2026-12-06 08:27",
        """Bonjour,

Je suis titulaire d'un DUT Gestion administrative et commerciale des organisations, obtenu en 2025 à Strasbourg. Sur votre page il est écrit « au moins bac+2 » : un DUT ça compte comme bac+2 ? Je pense que oui mais je préfère demander.

Je cherche un poste d'assistant administratif dans une association ou une mutuelle.

Cordialement,
Matthias Koenig
06 27 15 83 94""",
        app("Matthias", "Koenig", phone="+33627158394", bac=2, grad="2025", status="b_matthias_dut_compte"),
    )),
    # Feature: stance_other_mail — kind — mes étudiants de BTS peuvent-ils candidater avant leurs examens
    # route: a teacher unsure whether her BTS class may apply before their exams, no student named or presented → question
    N("stance_other_mail", "kind", "mes étudiants de BTS peuvent-ils candidater avant leurs examens", M(
        "Catherine Lemaître-Bonnet <c.lemaitre@lycee-delacroix.example.fr>",
        "Question d'une enseignante",
        "2026-12-06 08:29",
        """Bonjour,

J'enseigne en BTS SP3S et plusieurs de mes étudiants m'ont parlé de votre programme. Je ne suis pas sûre de bien lire vos critères : mes étudiants de BTS peuvent-ils candidater avant leurs examens de juin, ou faut-il absolument attendre les résultats ?

Je ne vous présente personne pour l'instant, je voudrais juste leur donner la bonne information.

Bien à vous,
Catherine Lemaître-Bonnet""",
        question(),
    )),
    # Feature: self_misjudged — situation — avec une convention de stage jusqu'au 28 février
    # route: the body: she believes her «mission» is no internship, but it runs «avec une convention de stage jusqu'au 28 février», running on 2026-12-07 → not_internship fails → not_eligible
    N("self_misjudged", "situation", "avec une convention de stage jusqu'au 28 février", M(
        "Lorène Baptistin <lorene.baptistin@gmail.com>",
        "Inscription Pro'pulse",
        "2026-12-06 08:39",
        """Bonjour,

Je suis diplômée d'une licence de sciences politiques (juin 2026) donc normalement je rentre dans vos critères. En ce moment je suis en mission dans une fondation d'entreprise, sur l'évaluation de projets solidaires, avec une convention de stage jusqu'au 28 février, mais ce n'est pas vraiment un stage : je bosse comme les salariés.

Je cherche un vrai poste de chargée d'évaluation dans une association ou une fondation.

Lorène Baptistin
06 74 31 59 26""",
        app("Lorène", "Baptistin", phone="+33674315926", bac=3, grad="2026-06", failing=("not_internship",), status="b_lorene_mission_convention_stage"),
    )),
    # Feature: plain_fact — level — un CAP petite enfance et le titre pro assistant de vie aux familles
    # route: an HTML-only mail: a CAP and a titre professionnel of niveau 3, nothing at bac+2 → degree_level fails → not_eligible
    N("plain_fact", "level", "un CAP petite enfance et le titre pro assistant de vie aux familles", M(
        "Fatoumata Diabaté <fatou.diabate93@gmail.com>",
        "candidature",
        "2026-12-06 08:43",
        """Bonjour,

J'ai un CAP petite enfance et le titre pro assistant de vie aux familles, eu en 2025. Je travaille en crèche en intérim.

Je voudrais un CDI dans une crèche associative ou parentale. Mon adresse c'est Bobigny.

Merci
Fatoumata Diabaté
06 58 13 92 47""",
        app("Fatoumata", "Diabaté", phone="+33658139247", bac=0, grad="2025", failing=("degree_level",), status="b_fatoumata_cap_titre_pro"),
        html="only",
    )),
    # Feature: pending_result — studies_finished — si je valide mon rattrapage de janvier
    # route: the body: a BTS not obtained, two exams to re-sit in January («si je valide mon rattrapage de janvier»), the diploma ahead → studies_finished fails → not_eligible
    N("pending_result", "studies_finished", "si je valide mon rattrapage de janvier", M(
        "Lenny Dossou <lenny.dossou@gmail.com>",
        "Question inscription",
        "2026-12-06 08:45",
        """salut,

j'ai raté deux épreuves de mon BTS Économie sociale familiale en juin, je les repasse en janvier. si je valide mon rattrapage de janvier j'aurai le diplôme en février normalement.

je voudrais travailler dans une asso d'aide au logement. je m'inscris maintenant ou j'attends ?

Lenny Dossou
06 53 27 18 90""",
        app("Lenny", "Dossou", phone="+33653271890", bac="*", grad=None, failing=("studies_finished",), status="b_lenny_rattrapage_janvier"),
    )),
    # Feature: english_stance — situation — can I still apply while I'm doing an Erasmus+ traineeship until February
    # route: an English mail: a BA of 2026 and the question «can I still apply while I'm doing an Erasmus+ traineeship until February?», a traineeship running on 2026-12-07 → not_internship fails → not_eligible, language en
    N("english_stance", "situation", "can I still apply while I'm doing an Erasmus+ traineeship until February", M(
        "Kasia Zielińska <kasia.zielinska@gmail.com>",
        "Question about eligibility",
        "2026-12-06 08:47",
        """Hello,

Quick question: can I still apply while I'm doing an Erasmus+ traineeship until February? I graduated in June 2026 (BA in Sociology, University of Warsaw) and I'm now a trainee at a social cooperative in Lyon.

After the traineeship I want to stay in France and work in the social economy.

Thanks!
Kasia Zielińska
+33 6 26 48 93 17""",
        app("Kasia", "Zielińska", phone="+33626489317", bac=3, grad="2026-06", failing=("not_internship",), language="en", status="b_kasia_erasmus_traineeship"),
    )),
    # Feature: someone_judged — level — mon ancien professeur m'a assuré que c'est l'équivalent d'un bac+3
    # ambiguous: a Peruvian «título de técnico profesional» with neither its length nor an equivalence, only a teacher's judgement of its level: the degree's level stays open
    # route: the body: a foreign title of 2025 whose level rests on «mon ancien professeur m'a assuré que c'est l'équivalent d'un bac+3», no length nor equivalence told → degree_level open → to_verify
    N("someone_judged", "level", "mon ancien professeur m'a assuré que c'est l'équivalent d'un bac+3", M(
        "Ximena Quispe <ximena.quispe@gmail.com>",
        "Candidatura / candidature",
        "2026-12-06 08:53",
        """Bonjour,

Je suis péruvienne, j'habite à Marseille depuis un an. J'ai un título de técnico profesional en trabajo social de Lima (2025). Mon ancien professeur m'a assuré que c'est l'équivalent d'un bac+3 en France, mais je n'ai pas encore fait de démarche.

Je voudrais travailler dans une association d'accueil de migrants, je parle espagnol, français et quechua.

Ximena Quispe
07 53 86 24 19""",
        app("Ximena", "Quispe", phone="+33753862419", bac=None, grad="2025", unknown=("degree_level",), status="b_ximena_prof_equivalent"),
    )),
    # Feature: stance_other_mail — kind — User unknown
    # route: a Mailer-Daemon delivery report (multipart/report): an address that does not exist → bounce
    N("stance_other_mail", "kind", "User unknown", M(
        "MAILER-DAEMON@mx.animafac.net",
        "Undelivered Mail Returned to Sender",
        "2026-12-06 08:56",
        """This is the mail system at host mx.animafac.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<theo.vandenbroucke@gmial.com>: User unknown""",
        bounce("theo.vandenbroucke@gmial.com"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; theo.vandenbroucke@gmial.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
    )),
    # Feature: contradicted — situation — Stage jusqu'en février 2027
    # ambiguous: the body says the internship is over, the attached CV «Stage jusqu'en février 2027», nothing settles which: whether an internship runs stays open
    # route: the body («mon stage est terminé») against the CV's «Stage jusqu'en février 2027» → not_internship open → to_verify
    N("contradicted", "situation", "Stage jusqu'en février 2027", M(
        "Hermine Castaing <hermine.castaing@gmail.com>",
        "Candidature Pro'pulse - Hermine Castaing",
        "2026-12-06 09:03",
        """Bonjour,

Diplômée d'un master Économie sociale et solidaire (Bordeaux, septembre 2026), mon stage est terminé et je suis disponible. Je cherche un poste de chargée d'accompagnement dans un incubateur d'entreprises sociales.

Vous trouverez mon CV en pièce jointe.

Hermine Castaing
06 18 46 73 29""",
        app("Hermine", "Castaing", phone="+33618467329", bac=5, grad="2026-09", unknown=("not_internship",), info_in="cv", status="b_hermine_cv_stage_fevrier"),
        cv=CV("pdf", "CV_Hermine_Castaing.pdf", """Hermine Castaing
06 18 46 73 29 — hermine.castaing@gmail.com
Formation
2026 : Master Économie sociale et solidaire, Université de Bordeaux
Expérience
Stage jusqu'en février 2027 : chargée d'accompagnement, incubateur ATIS, Bordeaux
2025 : Stage de 2 mois, CRESS Nouvelle-Aquitaine"""),
    )),
    # Feature: corrected — situation — Ah non, il a été prolongé jusqu'au 31 janvier
    # route: the body: «je finis mon service civique le 30 novembre», then «Ah non, il a été prolongé jusqu'au 31 janvier» — the later line wins, running on 2026-12-07 → not_service_civique fails → not_eligible
    N("corrected", "situation", "Ah non, il a été prolongé jusqu'au 31 janvier", M(
        "Tristan Goasdoué <tristan.goasdoue@orange.fr>",
        "inscription pro'pulse",
        "2026-12-06 09:34",
        """Bonjour

J'ai un BTS SP3S (2026) et je finis mon service civique le 30 novembre au Secours populaire de Quimper.

Ah non, il a été prolongé jusqu'au 31 janvier, j'oublie tout le temps, on a signé l'avenant le mois dernier.

Ensuite je voudrais un poste de travailleur social dans une asso. Je peux déjà m'inscrire ?

Tristan Goasdoué
06 31 58 27 94""",
        app("Tristan", "Goasdoué", phone="+33631582794", bac=2, grad="2026", failing=("not_service_civique",), status="b_tristan_ah_non_prolonge"),
    )),
    # Feature: understated — level — donc bac+2 quoi
    # route: the body and the CV: «j'ai fait deux ans de fac, donc bac+2 quoi», but the L2 was not validated (only the L1), no diploma at bac+2 → degree_level fails → not_eligible
    N("understated", "level", "donc bac+2 quoi", M(
        "Jordy Malonga <jordy.malonga@gmail.com>",
        "inscription",
        "2026-12-06 09:36",
        """yo,

j'ai fait deux ans de fac en AES, donc bac+2 quoi, même si j'ai pas validé la deuxième année (j'ai que la L1). j'ai arrêté en 2025 et depuis je suis animateur périscolaire.

je voudrais bosser dans une asso de quartier. cv en pj

Jordy Malonga
06 52 73 18 46""",
        app("Jordy", "Malonga", phone="+33652731846", bac=1, grad=None, failing=("degree_level",), status="b_jordy_deux_ans_fac"),
        cv=CV("docx", "cv jordy malonga.docx", """Jordy Malonga
06 52 73 18 46
Formation
2023-2025 : Licence AES, Université d'Évry (L1 validée, L2 non validée)
2023 : Baccalauréat STMG
Expérience
Animateur périscolaire, mairie de Grigny, depuis 2025"""),
    )),
    # Feature: stance_other_mail — kind — Would Thursday work instead
    # route: an English reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) asking to move a workshop slot → reply
    N("stance_other_mail", "kind", "Would Thursday work instead", M(
        "Priya Chidambaram <priya.chidambaram@gmail.com>",
        "Re: Pro'pulse workshop slot",
        "2026-12-06 09:38",
        """Hi,

Thanks for the invitation. I'm afraid I have a job interview on Wednesday morning. Would Thursday work instead? Any time suits me.

Best,
Priya

On Thu, 3 Dec 2026 at 16:40, Pro'pulse <propulse@animafac.net> wrote:
> Dear Priya,
> Your CV workshop is scheduled for Wednesday 9 December at 10:00.
> The Pro'pulse team""",
        reply(),
        headers={"In-Reply-To": "<atelier-2026-12-03-0121@animafac.net>", "References": "<atelier-2026-12-03-0121@animafac.net>"},
    )),
    # Feature: remembered_vaguely — situation — fin janvier ou mi-février, je ne sais plus
    # route: the body: an internship ending «fin janvier ou mi-février, je ne sais plus» — running on 2026-12-07 either way → not_internship fails → not_eligible
    N("remembered_vaguely", "situation", "fin janvier ou mi-février, je ne sais plus", M(
        "Apolline Vernier <apolline.vernier@gmail.com>",
        "Candidature pour 2027",
        "2026-12-06 09:46",
        """Bonjour,

Je suis en stage dans une coopérative de commerce équitable à Montreuil depuis septembre, ça se termine fin janvier ou mi-février, je ne sais plus, il faudrait que je relise la convention. J'ai une licence de LEA obtenue en 2025.

Ensuite j'aimerais être embauchée dans le commerce équitable.

Apolline Vernier
07 28 94 16 53""",
        app("Apolline", "Vernier", phone="+33728941653", bac=3, grad="2025", failing=("not_internship",), status="b_apolline_fin_janvier_mi_fevrier"),
    )),
    # Feature: hedged — situation — mon stage est fini, enfin je pense qu'on peut dire ça
    # route: the body: a hedge of manner on a plain fact: the internship ended on 20 November («la convention s'est arrêtée le 20 novembre»), over on 2026-12-07; a DEES of 2026, a child-protection association sought → eligible
    N("hedged", "situation", "mon stage est fini, enfin je pense qu'on peut dire ça", M(
        "Prune Lachaud <prune.lachaud@laposte.net>",
        "Candidature",
        "2026-12-06 09:49",
        """Bonjour,

Je suis éducatrice spécialisée, diplômée d'État en juillet 2026 (DEES, IRTS de Montrouge).

Mon stage est fini, enfin je pense qu'on peut dire ça : la convention s'est arrêtée le 20 novembre, mais je continue à passer une fois par semaine au foyer en bénévole parce que les jeunes me demandaient. Je ne suis plus stagiaire en tout cas.

Je cherche un poste en CDI dans une association de protection de l'enfance.

Merci,
Prune Lachaud
06 14 73 58 20""",
        app("Prune", "Lachaud", phone="+33614735820", bac=3, grad="2026-07", status="b_prune_stage_fini_je_pense"),
    )),
    # Feature: self_question — situation — mon service civique s'est terminé le 27 novembre, est-ce que je peux postuler
    # route: the body: a BTS of 2025, a civic service ended on 27 November (over on 2026-12-07) → eligible
    N("self_question", "situation", "mon service civique s'est terminé le 27 novembre, est-ce que je peux postuler", M(
        "Samir Aït-Kaci <samir.aitkaci@gmail.com>",
        "service civique terminé",
        "2026-12-06 10:05",
        """Bonjour,

mon service civique s'est terminé le 27 novembre, est-ce que je peux postuler maintenant ou il faut attendre un délai ? J'étais chez les Restos du cœur à Reims, 8 mois.

J'ai un BTS Négociation et digitalisation de la relation client (2025) et je veux rester dans l'associatif, l'aide alimentaire ou l'insertion.

Samir Aït-Kaci
07 68 41 29 50""",
        app("Samir", "Aït-Kaci", phone="+33768412950", bac=2, grad="2025", status="b_samir_sc_termine_27_novembre"),
    )),
    # Feature: stance_other_mail — kind — Assises régionales de la jeunesse
    # route: a partner's invitation to a January event → other
    N("stance_other_mail", "kind", "Assises régionales de la jeunesse", M(
        "CRAJEP Hauts-de-France <contact@crajep-hdf.example.org>",
        "Invitation : Assises régionales de la jeunesse, 22 janvier",
        "2026-12-06 10:30",
        """Bonjour,

Le CRAJEP a le plaisir de vous inviter aux Assises régionales de la jeunesse, le vendredi 22 janvier 2027 à Amiens. Une table ronde portera sur l'insertion des jeunes diplômé·es dans l'ESS : nous serions ravis que Pro'pulse y intervienne.

Merci de nous dire avant le 18 décembre si vous pensez pouvoir venir.

L'équipe du CRAJEP""",
        other(),
    )),
    # Feature: someone_judged — career_change — ma mère trouve que c'est une reconversion
    # route: the body: «ma mère trouve que c'est une reconversion», but the facts: a student job in a bank during a licence of 2026 → no career change → eligible
    N("someone_judged", "career_change", "ma mère trouve que c'est une reconversion", M(
        "Loan Tchakounté <loan.tchakounte@gmail.com>",
        "candidature jeune diplômé",
        "2026-12-06 10:39",
        """Bonjour,

J'ai travaillé comme conseiller à l'accueil dans une agence bancaire pendant ma licence d'économie (job étudiant, 15 h par semaine, licence obtenue en juin 2026). Maintenant je veux travailler dans une coopérative ou une association de finance solidaire. Ma mère trouve que c'est une reconversion et que vous allez refuser, moi je ne crois pas.

Loan Tchakounté
06 24 79 35 18""",
        app("Loan", "Tchakounté", phone="+33624793518", bac=3, grad="2026-06", status="b_loan_mere_reconversion"),
    )),
    # Feature: english_stance — graduation — sorry, typo: 2025, not 2023
    # route: an English mail: «I graduated in 2023» then «sorry, typo: 2025, not 2023» — the corrected year wins (2025 meets); an association sought → eligible, language en
    N("english_stance", "graduation", "sorry, typo: 2025, not 2023", M(
        "Declan Moriarty <declan.moriarty@gmail.com>",
        "Application",
        "2026-12-06 10:45",
        """Hello,

I graduated in 2023 with a BA in Youth and Community Work from Maynooth University (three years).

Edit — sorry, typo: 2025, not 2023. I've been working as a youth worker in Dublin since then and moved to Lille last month.

I'd like to find a job in a youth association or a centre social. I speak French reasonably well.

Declan Moriarty
+33 7 59 14 26 83""",
        app("Declan", "Moriarty", phone="+33759142683", bac=3, grad="2025", language="en", status="b_declan_typo_2025"),
    )),
    # Feature: pending_result — graduation — résultats publiés sur l'ENT le 20 novembre : admise
    # route: an HTML-only mail: a master whose results were published on 20 November 2026 («admise»), the certificate not yet delivered (obtained all the same) → eligible
    N("pending_result", "graduation", "résultats publiés sur l'ENT le 20 novembre : admise", M(
        "Hortense Delage <hortense.delage@gmail.com>",
        "Candidature",
        "2026-12-06 10:59",
        """Bonjour,

Pour ma candidature : master Développement des territoires et économie solidaire, résultats publiés sur l'ENT le 20 novembre : admise, mention bien. L'attestation de réussite n'est pas encore délivrée, la scolarité dit qu'il faut compter trois semaines.

Je cherche un poste de chargée de développement local dans une association ou une SCIC en Auvergne.

Hortense Delage
06 82 91 40 37""",
        app("Hortense", "Delage", phone="+33682914037", bac=5, grad="2026-11", status="b_hortense_ent_20_novembre"),
        html="only",
    )),
    # Feature: contradicted — studies_finished — mon jury de master est le 16 décembre
    # ambiguous: one sentence says she has been graduated since June, another that her master's jury sits on 16 December; nothing settles which: whether her studies are finished stays open
    # route: the body: «diplômée depuis juin» against «mon jury de master est le 16 décembre» (after 2026-12-07) → studies_finished open → to_verify
    N("contradicted", "studies_finished", "mon jury de master est le 16 décembre", M(
        "Solenn Gaillard <solenn.gaillard@laposte.net>",
        "candidature",
        "2026-12-06 11:43",
        """Bonjour,

Diplômée depuis juin, je cherche un emploi de chargée de mission dans une association environnementale. J'ai fait mon stage à France Nature Environnement.

Je vous précise que mon jury de master est le 16 décembre, au cas où vous auriez besoin de l'attestation.

Solenn Gaillard
07 62 18 39 54""",
        app("Solenn", "Gaillard", phone="+33762183954", bac=5, grad=None, unknown=("studies_finished",), status="b_solenn_juin_et_jury_16_decembre"),
    )),
    # Feature: stance_other_mail — kind — je suis en CDI depuis lundi
    # route: a former participant's news (no application, no thread of ours) → other
    N("stance_other_mail", "kind", "je suis en CDI depuis lundi", M(
        "Lydie Ramassamy <lydie.ramassamy@gmail.com>",
        "Des nouvelles !",
        "2026-12-06 12:16",
        """Coucou l'équipe,

Je voulais vous dire que je suis en CDI depuis lundi à la recyclerie de Saint-Denis, comme coordinatrice des bénévoles ! Je crois que je n'y serais jamais arrivée sans les ateliers du printemps.

Si un jour vous cherchez une ancienne pour témoigner, je suis partante.

Bises,
Lydie (promo de mars)""",
        other(),
    )),
]
