"""Reckoning corpus, batch 08 (writer B): a diploma a year ago to the day, resits three weeks ago, a master
of eighteen months from January 2025, a licence pro of a year begun fourteen months ago whose defence
slipped, a fortnight in a bookshop and ten days of immersion left, two semesters of six, eight semesters,
three years in a business school, fifteen years as an electrician, four years of a CDI, an age at the end of
studies (in English) and an age at a master, a civic service since the start of summer, a chain of CDD and
unemployment after a BTS, since the rentrée in supermarkets, last year, 26 weeks of stage from April,
results out last Friday, and other mail that counts."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from reckoning import N

MESSAGES = [
    # Feature: elapsed_since — graduation — un an, jour pour jour
    # reckoned: a year to the day before the mail of 2026-11-04 = 2025-11-04 → 12 months → recent
    N("elapsed_since", "graduation", "un an, jour pour jour", M(
        "Zoé Lemoine <zoe.lemoine@example.fr>", "Candidature Pro'pulse – Zoé Lemoine", "04 10:30",
        """Bonjour,

Il y a un an, jour pour jour, je recevais mon diplôme d'État de conseillère en économie sociale familiale. Depuis, j'ai fait des remplacements dans des CCAS, et je voudrais maintenant un poste durable dans une association d'accès au logement.

Zoé Lemoine
06 43 17 85 29""",
        app("Zoé", "Lemoine", phone="+33643178529", bac=3, grad="2025-11", status="b_decesf_un_an_jour_pour_jour"),
    )),
    # Feature: elapsed_since — studies_finished — j'ai passé mes rattrapages il y a trois semaines
    # ambiguous: resits sat three weeks ago and no result yet: the licence may be validated or not
    # reckoned: resits early November 2026, results not out on 2026-11-26 → studies_finished open, no graduation written
    N("elapsed_since", "studies_finished", "j'ai passé mes rattrapages il y a trois semaines", M(
        "Anthony Maillard <anthony.maillard@example.net>", "candidature", "06 18:05",
        """Bonjour,

J'ai passé mes rattrapages il y a trois semaines pour valider ma licence de sociologie et j'attends toujours les résultats. Si c'est bon, je voudrais travailler dans une association d'éducation populaire.

Anthony Maillard
07 35 62 90 14""",
        app("Anthony", "Maillard", phone="+33735629014", bac="*", grad=None, unknown=("studies_finished",), status="b_rattrapages_trois_semaines"),
    )),
    # Feature: start_plus_duration — graduation — un master en formation continue de dix-huit mois, démarré en janvier 2025
    # reckoned: 2025-01 + 18 months = June 2026 → graduation 2026 → recent
    N("start_plus_duration", "graduation", "un master en formation continue de dix-huit mois, démarré en janvier 2025", M(
        "Véronique Aubert <veronique.aubert@example.com>", "Candidature", "07 09:41",
        """Bonjour,

J'ai suivi un master en formation continue de dix-huit mois, démarré en janvier 2025, « Direction de projets de l'ESS ». Je cherche maintenant un poste de coordinatrice dans une association ou une coopérative.

Véronique Aubert
06 58 20 13 77""",
        app("Véronique", "Aubert", phone="+33658201377", bac=5, grad="2026", status="b_master_fc_18_mois_janvier_2025"),
    )),
    # Feature: start_plus_duration — studies_finished — commencée il y a quatorze mois pour une durée d'un an
    # ambiguous: a year of licence pro begun in September 2025 should have ended in September 2026, but the defence of the report was put off to a date not known: finished or not?
    # reckoned: 2026-11 − 14 months = 2025-09, + 1 year = 2026-09, but the defence postponed with no date → studies_finished open
    N("start_plus_duration", "studies_finished", "commencée il y a quatorze mois pour une durée d'un an", M(
        "Rose Nakamura <rose.nakamura@example.org>", "Candidature Pro'pulse", "08 14:16",
        """Bonjour,

Ma licence pro « Médiation culturelle », commencée il y a quatorze mois pour une durée d'un an, aurait dû être finie en septembre. Les cours sont finis, mais la soutenance de mon rapport a été repoussée et je ne sais pas encore à quand.

Je voudrais travailler dans une association culturelle.

Rose Nakamura
07 44 28 63 90""",
        app("Rose", "Nakamura", phone="+33744286390", bac="*", grad=None, unknown=("studies_finished",), status="b_lp_soutenance_repoussee"),
    )),
    # Feature: countdown — situation — je quitte la librairie dans quinze jours
    # reckoned: a fortnight left in a job in a bookshop: neither an internship nor a civic service; a licence of 2025 → eligible
    N("countdown", "situation", "je quitte la librairie dans quinze jours", M(
        "Mathis Guérin <mathis.guerin@example.fr>", "Candidature Pro'pulse", "09 20:22",
        """Bonjour,

Licence d'histoire en poche depuis juin 2025, je travaille en attendant comme vendeur dans une librairie, mais j'ai donné ma démission : je quitte la librairie dans quinze jours. Je veux me consacrer à ma recherche d'emploi dans une association de médiation du patrimoine.

Mathis Guérin
06 97 31 48 05""",
        app("Mathis", "Guérin", phone="+33697314805", bac=3, grad="2025-06", status="b_librairie_quinze_jours"),
    )),
    # Feature: countdown — situation — plus que dix jours d'immersion
    # ambiguous: an immersion in a company (a jobseeker's PMSMP) running ten more days: not a student's stage, yet an internship-like period held now
    # reckoned: running until early December 2026 → not_internship open
    N("countdown", "situation", "plus que dix jours d'immersion", M(
        "Karim Slimani <k.slimani@capemploi-ouest.example.fr>", "Candidature de Mme Aurore Petit", "10 11:48",
        """Bonjour,

Chargé d'accompagnement chez Cap emploi, je vous transmets la candidature de Mme Aurore Petit, titulaire d'un BUT Information-communication (2025). Elle est en immersion dans une association de médiation numérique : plus que dix jours d'immersion, puis elle sera disponible.

Elle cherche un poste de chargée de communication dans l'ESS. Contact : aurore.petit@example.org, 06 25 84 17 39.

Cordialement,
Karim Slimani""",
        app("Aurore", "Petit", phone="+33625841739", bac=3, grad="2025", unknown=("not_internship",), status="b_immersion_dix_jours", email="aurore.petit@example.org", forwarded_by="k.slimani@capemploi-ouest.example.fr"),
    )),
    # Feature: study_counts — level — deux semestres de LEA réussis sur les six de la licence
    # reckoned: 2 semesters of 6 = the first year only → bac+1 → degree_level failing
    N("study_counts", "level", "deux semestres de LEA réussis sur les six de la licence", M(
        "Dylan Fournier <dylan.fournier@example.com>", "Candidature", "11 16:09",
        """Bonjour,

J'ai deux semestres de LEA réussis sur les six de la licence, puis je suis parti travailler. Aujourd'hui je suis animateur périscolaire et je voudrais évoluer dans une association.

Dylan Fournier
07 18 52 40 63""",
        app("Dylan", "Fournier", phone="+33718524063", bac=1, grad=None, failing=("degree_level",), status="b_lea_deux_semestres_sur_six"),
    )),
    # Feature: study_counts — level — huit semestres validés
    # reckoned: 8 semesters = four years = licence + M1 → bac+4; M1 of June 2026 → recent
    N("study_counts", "level", "huit semestres validés", M(
        "Inès Cardoso <ines.cardoso@example.net>", "Candidature Pro'pulse – Inès Cardoso", "12 10:55",
        """Bonjour,

Huit semestres validés à l'université de Rouen : la licence de psychologie, puis le M1, terminé en juin 2026. Je fais une pause avant le M2 et je voudrais travailler un an ou deux dans une association d'aide aux personnes âgées. Mon CV est joint.

Inès Cardoso
06 09 74 35 82""",
        app("Inès", "Cardoso", phone="+33609743582", bac=4, grad="2026-06", status="b_huit_semestres_m1", info_in="both"),
        cv=CV("odt", "CV_Ines_Cardoso.odt", """Inès Cardoso — 06 09 74 35 82 — ines.cardoso@example.net
Huit semestres validés, université de Rouen
M1 Psychologie sociale — terminé en juin 2026
Licence de psychologie
Bénévole, visites à domicile de personnes âgées isolées (trois ans)"""),
    )),
    # Feature: study_counts — level — trois ans dans une école de commerce post-bac
    # ambiguous: three years in a private business school whose diploma the writer says is not recognised: no level the State vouches for
    # reckoned: 3 years of study, diploma without recognised level → bac "*", degree_level open
    N("study_counts", "level", "trois ans dans une école de commerce post-bac", M(
        "Lucie Thibault <lucie.thibault@example.fr>", "Candidature", "13 08:44",
        """Bonjour,

J'ai fait trois ans dans une école de commerce post-bac, diplômée en juin 2026, mais j'ai découvert après coup que le diplôme n'était pas reconnu par l'État. Je voudrais travailler dans une coopérative ou une entreprise d'insertion.

Lucie Thibault
06 71 25 09 48""",
        app("Lucie", "Thibault", phone="+33671250948", bac="*", grad="2026-06", unknown=("degree_level",), status="b_ecole_commerce_trois_ans_non_reconnue"),
    )),
    # Feature: career_span — career_change — quinze ans d'électricien
    # reckoned: fifteen years of another trade before the licence pro of 2026 → not_career_change failing
    N("career_span", "career_change", "quinze ans d'électricien", M(
        "Patrice Mbala <patrice.mbala@example.com>", "Candidature – reconversion", "14 15:30",
        """Bonjour,

Après quinze ans d'électricien sur des chantiers, j'ai repris mes études et obtenu cet été une licence pro « Coordination de projets de développement social ». Je veux maintenant travailler dans une régie de quartier.

Patrice Mbala
06 88 13 47 52""",
        app("Patrice", "Mbala", phone="+33688134752", bac=3, grad="2026", failing=("not_career_change",), status="b_quinze_ans_electricien"),
    )),
    # Feature: career_span — career_change — en CDI depuis quatre ans dans une agence immobilière
    # ambiguous: a permanent job of four years held now, beside a licence finished at a distance: a career to leave, or a job to keep?
    # reckoned: 4 years of CDI, still held on 2026-11-26 → not_career_change open
    N("career_span", "career_change", "en CDI depuis quatre ans dans une agence immobilière", M(
        "Sabrina Chauvin <sabrina.chauvin@example.net>", "Candidature", "15 21:40",
        """Bonjour,

Je suis en CDI depuis quatre ans dans une agence immobilière et j'ai fini en juin une licence d'AES à distance. J'aimerais travailler dans le logement social associatif.

Sabrina Chauvin
07 26 93 51 04""",
        app("Sabrina", "Chauvin", phone="+33726935104", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_cdi_quatre_ans_immobilier"),
    )),
    # Feature: ages — graduation — I finished my studies at 24 and I turn 25 next month
    # reckoned: 25 in December 2026 → 24 since December 2025 → the master ended between 2025-12 and 2026-11 → recent either way
    N("ages", "graduation", "I finished my studies at 24 and I turn 25 next month", M(
        "Gabriel Roux <gabriel.roux@example.org>", "Application to Pro'pulse", "16 12:27",
        """Hello,

I finished my studies at 24 and I turn 25 next month: a master's in development economics at the Université de Genève. I grew up between Lausanne and Manchester, so English comes more easily to me in writing. I want to work for an international solidarity association in France.

Gabriel Roux
06 32 70 84 16""",
        app("Gabriel", "Roux", phone="+33632708416", bac=5, grad=None, status="b_studies_finished_at_24", language="en"),
    )),
    # Feature: ages — career_change — À 36 ans
    # ambiguous: a master at 36 after «plein de choses»: a decade or more of another working life is likely, but what and how long is not said
    # reckoned: 36 − about 22 = about fourteen years before the master, their content unknown → not_career_change open
    N("ages", "career_change", "À 36 ans", M(
        "Laetitia Barbier <laetitia.barbier@example.fr>", "Candidature", "17 09:03",
        """Bonjour,

À 36 ans, je viens de terminer un master « Économie sociale et solidaire » (septembre 2026). Avant, j'ai fait plein de choses, je vous raconterai. Je cherche un poste dans une coopérative.

Laetitia Barbier
06 40 18 72 93""",
        app("Laetitia", "Barbier", phone="+33640187293", bac=5, grad="2026-09", unknown=("not_career_change",), status="b_master_a_36_ans"),
    )),
    # Feature: calendar_anchors — situation — depuis le début de l'été, pour dix mois
    # reckoned: from the start of summer (2026-06) + 10 months = until March 2027 → running → not_service_civique failing
    N("calendar_anchors", "situation", "depuis le début de l'été, pour dix mois", M(
        "Noah Lefebvre <noah.lefebvre@example.com>", "Candidature", "18 11:11",
        """Bonjour,

J'ai un BTS Tourisme (2025). Je fais un service civique dans un office de tourisme associatif depuis le début de l'été, pour dix mois. Je voudrais savoir si je peux déjà postuler pour la suite.

Noah Lefebvre
07 62 39 15 08""",
        app("Noah", "Lefebvre", phone="+33762391508", bac=2, grad="2025", failing=("not_service_civique",), status="b_sc_debut_ete_dix_mois"),
    )),
    # Feature: calendar_anchors — kind — à Pâques
    # reckoned: a question with no personal fact: if an internship ends at Easter (April 2027), can one apply to the spring session?
    N("calendar_anchors", "kind", "à Pâques", M(
        "Arthur Duval <arthur.duval@example.net>", "Question session de printemps", "19 14:35",
        """Bonjour,

Si un stage se termine à Pâques, est-ce qu'on peut candidater dès maintenant pour la session du printemps, ou faut-il attendre la fin du stage pour envoyer le dossier ?

Merci,
Arthur""",
        question(),
    )),
    # Feature: chained_dates — graduation — à peu près un an et demi de CDD dans une crèche associative, puis six mois de chômage
    # ambiguous: about eighteen months and six months back from now is about November 2024: the BTS may be of autumn 2024 (too old) or of the winter after (recent)
    # reckoned: 2026-11 − 6 − ~18 months = ~2024-11, «à peu près» → 2024-09…2025-01 → graduation_recent open, no month written
    N("chained_dates", "graduation", "à peu près un an et demi de CDD dans une crèche associative, puis six mois de chômage", M(
        "Yasmine Belaïd <yasmine.belaid@example.fr>", "Candidature Pro'pulse", "20 16:50",
        """Bonjour,

Mon parcours : BTS Économie sociale familiale, puis à peu près un an et demi de CDD dans une crèche associative, puis six mois de chômage. Me voilà !

Je cherche un poste de conseillère dans une association familiale.

Yasmine Belaïd
06 55 82 31 70""",
        app("Yasmine", "Belaïd", phone="+33655823170", bac=2, grad=None, unknown=("graduation_recent",), status="b_bts_cdd_an_et_demi_chomage"),
    )),
    # Feature: chained_dates — kind — terminé en juillet, puis deux mois de CDD
    # reckoned: a reply in our thread: a civic service ended in July, then two months of CDD; kind reply
    N("chained_dates", "kind", "terminé en juillet, puis deux mois de CDD", M(
        "Sarah Lévy <sarah.levy@example.org>", "Re: Votre service civique", "21 10:14",
        """Bonjour,

Oui, mon service civique s'est terminé en juillet, puis deux mois de CDD dans un centre de loisirs, et depuis octobre je ne travaille plus. Je suis donc disponible tout de suite.

Sarah

> Bonjour Sarah, votre service civique est-il terminé ? L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<pp-2611-1977@animafac.net>", "References": "<pp-2611-1977@animafac.net>"},
    )),
    # Feature: search_duration — aim — depuis la rentrée, je postule dans les grandes surfaces et les cabinets de recrutement
    # reckoned: since September, applications only to supermarkets and recruitment firms → job_seeking_ess failing
    N("search_duration", "aim", "depuis la rentrée, je postule dans les grandes surfaces et les cabinets de recrutement", M(
        "Enzo Girard <enzo.girard@example.com>", "Candidature", "22 13:20",
        """Bonjour,

J'ai un BUT GEA obtenu en juin 2026. Depuis la rentrée, je postule dans les grandes surfaces et les cabinets de recrutement, pour un poste de gestionnaire RH. Est-ce que votre programme peut m'aider ?

Enzo Girard
07 83 40 26 15""",
        app("Enzo", "Girard", phone="+33783402615", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="b_rentree_grandes_surfaces_recrutement"),
    )),
    # Feature: search_duration — kind — depuis trois semaines
    # reckoned: a recruiter's auto-reply: many applications for three weeks, an answer within a fortnight, no personal fact
    N("search_duration", "kind", "depuis trois semaines", M(
        "Recrutement Le Relais des Possibles <recrutement@relais-possibles.example.org>", "Réponse automatique", "22 18:02",
        """Bonjour,

Nous recevons beaucoup de candidatures depuis trois semaines et nous vous répondrons sous quinze jours. Merci de ne pas renvoyer votre message.

L'équipe recrutement""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: relative_years — graduation — diplômé l'année dernière
    # reckoned: «l'année dernière» = 2025 → recent
    N("relative_years", "graduation", "diplômé l'année dernière", M(
        "Malik Traoré <malik.traore@example.net>", "Candidature Pro'pulse", "23 08:58",
        """Bonjour,

Diplômé l'année dernière d'un master de géopolitique, en même temps que ma sœur jumelle (elle en droit), je veux maintenant travailler dans une ONG ou une association de défense des droits.

Malik Traoré
06 14 59 27 83""",
        app("Malik", "Traoré", phone="+33614592783", bac=5, grad="2025", status="b_master_annee_derniere"),
    )),
    # Feature: relative_years — kind — comme l'an dernier
    # reckoned: a network's newsletter: a forum back «comme l'an dernier» (2025), no personal fact
    N("relative_years", "kind", "comme l'an dernier", M(
        "ESS en Région <newsletter@ess-en-region.example.fr>", "La lettre de l'ESS en région – décembre", "24 07:15",
        """LA LETTRE DE L'ESS EN RÉGION

Comme l'an dernier, le forum de l'emploi solidaire revient en janvier, à Tours. Plus de soixante structures attendues.

Aussi dans ce numéro : les chiffres de l'emploi associatif de l'année passée, et un guide pour les jeunes diplômés.

Se désinscrire : écrivez-nous.""",
        newsletter(),
    )),
    # Feature: status_durations — situation — mon stage de 26 semaines, démarré début avril
    # reckoned: early April 2026 + 26 weeks = early October 2026 → ended → not_internship met
    N("status_durations", "situation", "mon stage de 26 semaines, démarré début avril", M(
        "Aïcha Fofana <aicha.fofana@example.org>", "Candidature", "24 15:45",
        """Bonjour,

Master « Action humanitaire » obtenu en 2025. Mon stage de 26 semaines, démarré début avril dans une ONG d'urgence, est derrière moi, et je cherche maintenant un premier poste salarié dans une association de solidarité internationale.

Aïcha Fofana
07 21 36 94 57""",
        app("Aïcha", "Fofana", phone="+33721369457", bac=5, grad="2025", status="b_stage_26_semaines_avril"),
    )),
    # Feature: status_durations — kind — suspendu depuis trois mois
    # reckoned: a bounce: an account suspended for three months, no person's fact
    N("status_durations", "kind", "suspendu depuis trois mois", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.example.org>", "Returned mail: account suspended", "25 05:31",
        """Le message n'a pas pu être remis.

Le compte du destinataire est suspendu depuis trois mois.

Destinataire : volontaire.k.ba@example.org""",
        bounce("volontaire.k.ba@example.org"),
        bounce="""Reporting-MTA: dns; smtp.example.org

Final-Recipient: rfc822; volontaire.k.ba@example.org
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 account suspended""",
    )),
    # Feature: english_reckoning — studies_finished — my results came out last Friday
    # reckoned: final exams three weeks ago, results out last Friday (2026-11-20): passed → studies finished, graduation 2026-11 → recent
    N("english_reckoning", "studies_finished", "my results came out last Friday", M(
        "Chloe Tan <chloe.tan@example.com>", "Application – Chloe Tan", "25 09:26",
        """Hello,

My final exams for the MSc in Social Innovation were three weeks ago and my results came out last Friday: I passed everything. My CV is attached.

I'd like to work for a social enterprise or a co-op in France.

Kind regards,
Chloe Tan
+33 6 77 41 20 38""",
        app("Chloe", "Tan", phone="+33677412038", bac=5, grad="2026-11", status="b_results_last_friday", language="en", info_in="both"),
        cv=CV("docx", "CV_Chloe_Tan.docx", """Chloe Tan — chloe.tan@example.com — +33 6 77 41 20 38
MSc Social Innovation — final exams three weeks ago, results out last Friday: passed
BA Sociology
Volunteer, community kitchen (two years)"""),
    )),
    # Feature: english_reckoning — kind — twelve-week course starts in January
    # reckoned: a language school's offer in English: a twelve-week course from January, no personal fact
    N("english_reckoning", "kind", "twelve-week course starts in January", M(
        "Bright Words Language School <courses@brightwords.example.com>", "French for professionals – new intake", "25 12:00",
        """Dear partner,

Our next twelve-week course starts in January: French for professionals, evenings, aimed at newcomers looking for work in France. We would be glad to offer places to your participants.

Best wishes,
Bright Words Language School""",
        other(),
    )),
]
