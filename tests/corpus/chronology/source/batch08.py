"""Chronology corpus, batch 08 (writer B): one event that splits the story in two (nine years in the army
before a BUT, a DUT and evening shifts since it, an internship begun after a return from Erasmus, a licence
with two years of CDDs since and no year, a company of one's own since a defence, a VAE before and after, a
level-4 title), the path told twice with the detail holding (a licence pro narrowed to 2023, a «fini»
corrected by a grand oral ahead, an internship ending «fin novembre», an ESS search widened, six years of
work that were a student's weekends, a 2024 narrowed to December), and the same orders in English (a
placement running, a search since graduating, a first year left with a CertHE, results awaited, a summary
and its detail, a volunteering told in a flashback); other mail in the same orders."""
# ruff: noqa: E501

from __future__ import annotations

from chronology import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: pivot_event — career_change — Avant le BUT, j'ai servi neuf ans dans l'armée de terre
    # order: pivot «le BUT» ← «avant le BUT, neuf ans dans l'armée de terre» → «depuis, la recherche» = the nine years are placed before the diploma → fails not_career_change → not eligible
    N("pivot_event", "career_change", "Avant le BUT, j'ai servi neuf ans dans l'armée de terre", M(
        "Yoann Schmitt <yoann.schmitt@example.fr>", "Candidature - reconversion", "01 09:12",
        """Bonjour,

Tout s'organise autour de mon BUT Carrières sociales, obtenu à Metz en juin 2026. Avant le BUT, j'ai servi neuf ans dans l'armée de terre, logisticien puis chef de groupe. Depuis, je cherche un poste de coordinateur dans une association d'aide aux anciens combattants ou d'insertion.

Yoann Schmitt
06 26 84 39 15""",
        app("Yoann", "Schmitt", phone="+33626843915", bac=3, grad="2026-06", failing=("not_career_change",), status="b_but_cs_armee_neuf_ans"),
    )),
    # Feature: pivot_event — career_change — Depuis l'obtention du DUT, je fais des extras en salle
    # order: pivot «l'obtention du DUT, juin 2025» → «depuis, des extras en salle le soir» = the job is placed after the diploma, a job to live on, no trade before it → meets not_career_change → eligible
    N("pivot_event", "career_change", "Depuis l'obtention du DUT, je fais des extras en salle", M(
        "Ilyès Ouattara <ilyes.ouattara@example.net>", "Candidature Pro'pulse - DUT GEA", "02 13:48",
        """Bonjour,

J'ai eu mon DUT GEA en juin 2025. Depuis l'obtention du DUT, je fais des extras en salle le soir dans une brasserie, pour payer le loyer, et je postule la journée dans des associations et des mutuelles comme assistant comptable.

Ilyès Ouattara
07 58 21 64 93""",
        app("Ilyès", "Ouattara", phone="+33758216493", bac=2, grad="2025-06", status="b_dut_gea_extras_depuis"),
    )),
    # Feature: pivot_event — situation — Après mon retour d'Erasmus, j'ai commencé un stage
    # order: pivot «retour d'Erasmus» → «après, un stage à la fondation que je poursuis» = the internship is placed after the pivot and told in the present → fails not_internship → not eligible
    N("pivot_event", "situation", "Après mon retour d'Erasmus, j'ai commencé un stage", M(
        "Mélissa Pires <melissa.pires@example.org>", "Candidature", "03 17:20",
        """Bonjour,

J'ai eu ma licence d'espagnol en juin 2026, à l'université de Pau, après un semestre à Séville. Après mon retour d'Erasmus, j'ai commencé un stage au service mécénat d'une fondation, que je poursuis à temps plein : c'est un stage de six mois.

Pour la suite, je vise un premier emploi dans une association de solidarité internationale.

Mélissa Pires
06 94 13 58 27""",
        app("Mélissa", "Pires", phone="+33694135827", bac=3, grad="2026-06", failing=("not_internship",), status="b_licence_espagnol_stage_apres_erasmus"),
    )),
    # Feature: pivot_event — graduation — Depuis ma licence, deux ans de CDD
    # ambiguous: the licence is placed only as the pivot before «deux ans de CDD», with no year: about 24 months back, on one side or the other of November 2024, graduation_recent stays open
    # order: pivot «ma licence» → «depuis, deux ans de CDD en mairie» = the pivot has no date, only the length after it, astride the 24 months → graduation_recent open → to_verify
    N("pivot_event", "graduation", "Depuis ma licence, deux ans de CDD", M(
        "Thaïs Rivière <thais.riviere@example.com>", "candidature Pro'pulse", "04 08:33",
        """Bonjour,
Depuis ma licence, deux ans de CDD d'agent administratif en mairie, renouvelés trois fois. J'aimerais maintenant travailler dans une association d'aide aux familles, plus près du terrain.
Thaïs Rivière, 06 27 91 40 58""",
        app("Thaïs", "Rivière", phone="+33627914058", bac=3, grad=None, unknown=("graduation_recent",), status="b_licence_deux_ans_cdd_sans_date"),
    )),
    # Feature: pivot_event — aim — depuis ma soutenance, je n'ai qu'une idée
    # order: pivot «ma soutenance de septembre» → «depuis, une seule idée: mon propre cabinet de conseil» = what comes after the pivot is one's own company, not a job in the ESS → fails job_seeking_ess → not eligible
    N("pivot_event", "aim", "depuis ma soutenance, je n'ai qu'une idée", M(
        "Quentin Marceau <quentin.marceau@example.net>", "Accompagnement création d'entreprise ?", "05 21:06",
        """Bonjour,

Master Management de l'innovation, obtenu en septembre après la soutenance. Et depuis ma soutenance, je n'ai qu'une idée : monter mon propre cabinet de conseil en stratégie pour les PME de la région. Je ne cherche pas de poste, je cherche des clients et des conseils pour me lancer.

Votre programme accompagne-t-il aussi les créateurs ?

Quentin Marceau
06 30 67 12 84""",
        app("Quentin", "Marceau", phone="+33630671284", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_master_cabinet_conseil"),
    )),
    # Feature: pivot_event — level — Depuis la VAE, j'ai le titre
    # order: pivot «la VAE de mars 2026» ← «avant, le bac seul» → «depuis, le titre de niveau 6» = the level is the one placed after the pivot, a titre RNCP niveau 6 → meets degree_level → eligible
    N("pivot_event", "level", "Depuis la VAE, j'ai le titre", M(
        "Vanessa Rodrigues <vanessa.rodrigues@example.org>", "Candidature - titre niveau 6", "06 10:19",
        """Bonjour,

Avant la VAE, je n'avais que le bac et quatre ans de bénévolat dans un réseau d'associations étudiantes. Depuis la VAE, j'ai le titre de Responsable de projets de l'économie sociale (RNCP niveau 6), délivré en mars 2026.

Je cherche un poste de responsable de projets dans une association ou une fédération de l'ESS.

Vanessa Rodrigues
07 21 86 53 40""",
        app("Vanessa", "Rodrigues", phone="+33721865340", bac=3, grad="2026-03", status="b_titre_niveau6_vae"),
    )),
    # Feature: pivot_event — level — Depuis mon titre d'agent de médiation
    # order: pivot «titre d'agent de médiation, niveau 4» → «depuis, des missions en intérim» = the only title is of level 4, before and after the pivot → fails degree_level → not eligible
    N("pivot_event", "level", "Depuis mon titre d'agent de médiation", M(
        "Steeve Voisin <steeve.voisin@example.fr>", "Candidature médiation", "07 15:42",
        """Bonjour,

Depuis mon titre d'agent de médiation, information, services (niveau 4), je fais des missions de médiation en intérim dans les transports. Avant ce titre, je n'avais aucun diplôme.

Je voudrais un poste de médiateur social dans une association de quartier.

Steeve Voisin
06 55 32 89 74""",
        app("Steeve", "Voisin", phone="+33655328974", bac=0, grad=None, failing=("degree_level",), status="b_titre_niveau4_mediation"),
    )),
    # Feature: pivot_event — kind — Revenu de congé le 23 novembre
    # order: pivot «revenu de congé le 23 novembre» → «depuis, formation jusqu'au 4 décembre» = an out-of-office, no application → kind auto_reply
    N("pivot_event", "kind", "Revenu de congé le 23 novembre", M(
        "Ulrich Yapo <ulrich.yapo@example.com>", "Réponse automatique", "23 07:30",
        """Revenu de congé le 23 novembre, je suis depuis en formation à l'extérieur jusqu'au 4 décembre. Réponse à vos messages à partir du 7 décembre.

Ulrich Yapo""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: pivot_event — kind — Final-Recipient: rfc822; romain.tellier@univ.example.fr
    # order: pivot «la fin de ses études» → «depuis, adresse universitaire fermée» = our mail to a graduate's closed school address came back → kind bounce
    N("pivot_event", "kind", "Final-Recipient: rfc822; romain.tellier@univ.example.fr", M(
        "MAILER-DAEMON@mx.univ.example.fr", "Undelivered Mail Returned to Sender", "08 04:12",
        """This is the mail system at host mx.univ.example.fr.

I'm sorry to have to inform you that your message could not be delivered. The student account has been closed after graduation.

<romain.tellier@univ.example.fr>: 550 5.1.1 account closed

Final-Recipient: rfc822; romain.tellier@univ.example.fr""",
        bounce("romain.tellier@univ.example.fr"),
        bounce="Reporting-MTA: dns; mx.univ.example.fr\n\nFinal-Recipient: rfc822; romain.tellier@univ.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 account closed",
    )),
    # Feature: told_twice — graduation — la licence pro date de juin 2023
    # order: summary «pour résumer: licence pro, et je cherche» → detail «dans le détail: la licence pro date de juin 2023» = the detail dates the diploma more than three years back → fails graduation_recent → not eligible
    N("told_twice", "graduation", "la licence pro date de juin 2023", M(
        "Killian Morvan <killian.morvan@example.org>", "Candidature licence pro", "09 11:55",
        """Bonjour,

Pour résumer : j'ai une licence pro, et je cherche un poste dans l'ESS.

Dans le détail : la licence pro date de juin 2023 (Gestion des ressources humaines, à Lorient). J'ai ensuite travaillé un an en intérim et voyagé un peu. Depuis septembre, je vise les services RH d'associations du médico-social.

Killian Morvan
06 40 28 95 71""",
        app("Killian", "Morvan", phone="+33640289571", bac=3, grad="2023-06", failing=("graduation_recent",), status="b_lp_rh_juin_2023_detail"),
    )),
    # Feature: told_twice — studies_finished — il me reste le grand oral en janvier
    # order: summary «j'ai fini ma formation» → detail «je reprends: tous les modules validés, il me reste le grand oral en janvier» = the detail puts an exam still ahead → fails studies_finished → not eligible
    N("told_twice", "studies_finished", "il me reste le grand oral en janvier", M(
        "Perrine Voillot <perrine.voillot@example.net>", "Candidature DEJEPS", "10 16:14",
        """Bonjour,

En résumé, j'ai fini ma formation DEJEPS animation socio-éducative et je cherche un poste de coordinatrice.

Je reprends plus précisément : j'ai validé tous les modules en formation, et il me reste le grand oral en janvier devant le jury régional. Je préfère commencer mes recherches dès maintenant, dans les fédérations d'éducation populaire.

Perrine Voillot
06 83 17 42 60""",
        app("Perrine", "Voillot", phone="+33683174260", bac="*", grad=None, failing=("studies_finished",), status="b_dejeps_grand_oral_janvier"),
    )),
    # Feature: told_twice — situation — en réalité il se termine fin novembre
    # ambiguous: the summary says the internship is over, the detail narrows it to «fin novembre» with no day: ended or still running on the 26th, not_internship stays open
    # order: summary «master fini, stage fini» → detail «en réalité il se termine fin novembre» = the detail holds and gives no day → not_internship open → to_verify
    N("told_twice", "situation", "en réalité il se termine fin novembre", M(
        "Rose Savary <rose.savary@example.com>", "Candidature Pro'pulse", "11 10:03",
        """Bonjour,

En deux mots : master fini, stage fini, je cherche.

Un peu plus en détail, parce que je veux être exacte : le master Aménagement est validé depuis septembre ; le stage qui le prolongeait, à l'agence d'urbanisme, je le dis fini mais en réalité il se termine fin novembre, je suis en train de rendre les derniers documents.

Je cherche dans les associations de l'habitat et les coopératives d'habitants.

Rose Savary
07 64 39 18 52""",
        app("Rose", "Savary", phone="+33764391852", bac=5, grad="2026-09", unknown=("not_internship",), status="b_master_stage_fin_novembre_detail"),
    )),
    # Feature: told_twice — aim — grandes entreprises aussi, si rien ne vient
    # ambiguous: the summary names the ESS alone, the detail opens the search to big companies if nothing comes: job_seeking_ess stays open
    # order: summary «je cherche dans l'ESS» → detail «les grandes entreprises aussi, si rien ne vient» = the detail widens the aim, neither side chosen → job_seeking_ess open → to_verify
    N("told_twice", "aim", "grandes entreprises aussi, si rien ne vient", M(
        "Aziz Nour <aziz.nour@example.fr>", "Candidature", "12 12:37",
        """Bonjour,

Pour faire court : BUT Information-communication en juin 2026, je cherche dans l'ESS.

Pour être complet : je postule surtout dans des associations et des SCIC culturelles, mais je regarde les services communication des grandes entreprises aussi, si rien ne vient d'ici février.

Aziz Nour
06 70 48 21 93""",
        app("Aziz", "Nour", phone="+33670482193", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_but_infocom_grandes_entreprises_aussi"),
    )),
    # Feature: told_twice — career_change — mais c'était le week-end, pendant mes études
    # order: summary «six ans de travail» → detail «six ans, mais c'était le week-end, pendant mes études» = the detail makes the six years a student's job beside the licence → meets not_career_change → eligible
    N("told_twice", "career_change", "mais c'était le week-end, pendant mes études", M(
        "Lucas Navarro <lucas.navarro@example.net>", "Candidature Pro'pulse", "13 14:26",
        """Bonjour,

Je résume : six ans de travail en grande surface, une licence de sociologie en juin 2026, et l'envie de travailler dans une association de lutte contre la précarité.

Je détaille le premier point, qui peut faire peur : six ans, mais c'était le week-end, pendant mes études, en commençant en terminale. Je n'ai jamais travaillé à plein temps ailleurs.

Lucas Navarro
07 13 62 85 49""",
        app("Lucas", "Navarro", phone="+33713628549", bac=3, grad="2026-06", status="b_licence_socio_six_ans_weekend"),
    )),
    # Feature: told_twice — graduation — le jury de décembre 2024
    # order: summary «BTS de 2024» → detail «précisément: le jury de décembre 2024, session décalée» = the detail dates it December 2024, inside the 24 months → meets graduation_recent → eligible
    N("told_twice", "graduation", "le jury de décembre 2024", M(
        "Capucine Weber <capucine.weber@example.org>", "Candidature - BTS ESF 2024", "14 09:09",
        """Bonjour,

Pour résumer, j'ai un BTS ESF de 2024 et je cherche un poste de conseillère dans une association de logement.

Dans le détail, car je sais que la date compte : j'ai eu un parcours décalé après une année de maladie, et c'est le jury de décembre 2024 qui m'a délivré le diplôme. Mon CV est joint.

Capucine Weber
06 36 58 71 02""",
        app("Capucine", "Weber", phone="+33636587102", bac=2, grad="2024-12", info_in="both", status="b_bts_esf_jury_decembre_2024"),
        cv=CV("docx", "Weber_Capucine_CV.docx", """Capucine Weber
Conseillère en économie sociale familiale
capucine.weber@example.org - 06 36 58 71 02
BTS Économie sociale familiale - session décalée, jury de décembre 2024
Remplacements CCAS de Mulhouse (2025-2026)"""),
    )),
    # Feature: told_twice — kind — En résumé : trois rendez-vous
    # order: summary «trois rendez-vous» → detail «le détail des dates» = a network's letter with its calendar, no application → kind newsletter
    N("told_twice", "kind", "En résumé : trois rendez-vous", M(
        "Jeunes Diplômés Solidaires <infos@jds.example.org>", "Lettre d'information - fin d'année", "15 07:00",
        """En résumé : trois rendez-vous avant la fin de l'année.

Le détail : le 2 décembre, café-emploi à Lille ; le 9, atelier « parler de son service civique en entretien » ; le 16, rencontre avec des SCOP qui recrutent.

Pour ne plus recevoir cette lettre : infos@jds.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:infos@jds.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: told_twice — kind — Pour résumer notre partenariat
    # order: summary «notre partenariat» → detail «les étapes depuis 2024» = a partner's letter retelling a partnership, no one applying → kind other
    N("told_twice", "kind", "Pour résumer notre partenariat", M(
        "Fondation Passerelles <partenariats@passerelles.example.org>", "Bilan de notre partenariat", "16 15:30",
        """Bonjour,

Pour résumer notre partenariat : douze jeunes accompagnés par Pro'pulse ont rejoint nos structures. Dans le détail : cinq en 2024, quatre en 2025, trois cette année, dont deux en CDI.

Nous aimerions reconduire la convention pour 2027. Pouvons-nous en parler en décembre ?

Bien cordialement,
Marion Ferrand, responsable des partenariats""",
        other(),
    )),
    # Feature: english_chronology — situation — At the moment I'm on a placement
    # order: «at the moment: a placement until February» ← «MSc in July» = the first step told is today's and runs past it → fails not_internship → not eligible
    N("english_chronology", "situation", "At the moment I'm on a placement", M(
        "Priya Raman <priya.raman@example.com>", "Application - Pro'pulse", "17 10:48",
        """Hello,

At the moment I'm on a placement with a housing charity in Paris, which runs until the end of February. I got there after my MSc in Global Health at King's College London, which I completed in July 2026.

I'd like to get ready for my first proper job in the French non-profit sector.

Kind regards,
Priya Raman
+33 7 45 82 19 36""",
        app("Priya", "Raman", phone="+33745821936", bac=5, grad="2026-07", failing=("not_internship",), language="en", status="b_en_msc_placement_february"),
    )),
    # Feature: english_chronology — aim — Since graduating I've been working evenings
    # order: pivot «graduating in June 2025» → «since: evening shifts, and applications to charities» = the job comes after the degree and the search named is in the non-profit sector → meets job_seeking_ess → eligible
    N("english_chronology", "aim", "Since graduating I've been working evenings", M(
        "Kwabena Owusu <kwabena.owusu@example.net>", "Pro'pulse - HND graduate", "18 19:22",
        """Hi,

I got my HND in Social Care in June 2025 in Birmingham, and moved to Toulouse for family reasons. Since graduating I've been working evenings in a supermarket, and I send applications every week to charities and social enterprises working with young people.

Could you help me?

Kwabena Owusu
07 52 94 16 38""",
        app("Kwabena", "Owusu", phone="+33752941638", bac=2, grad="2025-06", language="en", status="b_en_hnd_supermarket_charities"),
    )),
    # Feature: english_chronology — level — I left after the first year with a CertHE
    # order: «A-levels» → «then a BA» → «I left after the first year with a CertHE» = the degree was left after a first year, the highest award is of one year → fails degree_level → not eligible
    N("english_chronology", "level", "I left after the first year with a CertHE", M(
        "Sean Whitaker <sean.whitaker@example.org>", "application", "19 11:15",
        """Hello, after my A-levels I started a BA in Youth Work at Leeds Beckett, but I left after the first year with a CertHE. Since then I've been a youth worker assistant in a community centre. I'd like to work for a French charity now.
Sean Whitaker, +44 7911 123456""",
        app("Sean", "Whitaker", phone="+447911123456", bac=1, grad=None, failing=("degree_level",), language="en", status="b_en_certhe_first_year"),
    )),
    # Feature: english_chronology — studies_finished — results are published in mid-December
    # ambiguous: every module is passed and the dissertation submitted, the board's results are still ahead: degree obtained or not, studies_finished stays open
    # order: «submitted in September» → «all modules passed» → «results are published in mid-December» = the last event, the results, is still ahead after every exam → studies_finished open → to_verify
    N("english_chronology", "studies_finished", "results are published in mid-December", M(
        "Olivia Tremblay <olivia.tremblay@example.com>", "Application for Pro'pulse", "20 09:27",
        """Hello,

I submitted my master's dissertation in September (MA in Social Economy, University of Ottawa, done remotely from Lyon). All my modules were passed before that. The final results are published in mid-December.

Meanwhile, I'm looking for a position with a social enterprise or a co-op in Lyon.

Best wishes,
Olivia Tremblay
06 19 42 87 53""",
        app("Olivia", "Tremblay", phone="+33619428753", bac="*", grad=None, unknown=("studies_finished",), language="en", status="b_en_ma_results_december"),
    )),
    # Feature: english_chronology — graduation — To be precise, the degree was awarded in September
    # order: summary «to sum up: MA, 2026» → detail «to be precise, the degree was awarded in September, after the August dissertation» = the detail holds, September 2026 → meets graduation_recent → eligible
    N("english_chronology", "graduation", "To be precise, the degree was awarded in September", M(
        "Yusuf Okonjo <yusuf.okonjo@example.org>", "Application - MA Human Rights", "21 14:03",
        """Dear team,

To sum up: MA in Human Rights, 2026, and now looking for a role in a French NGO or association working with refugees.

To be precise, the degree was awarded in September, after I handed in my dissertation in August. I have lived in Marseille for three years and speak French fluently.

Best regards,
Yusuf Okonjo
+33 6 71 29 58 40""",
        app("Yusuf", "Okonjo", phone="+33671295840", bac=5, grad="2026-09", language="en", status="b_en_ma_awarded_september"),
    )),
    # Feature: english_chronology — situation — that had ended long before I started my degree
    # order: «BSc in 2026, looking for a job» → flashback «I should mention I had volunteered with the European Solidarity Corps, that had ended long before I started my degree» = the volunteering lies before the degree, over → meets not_service_civique → eligible
    N("english_chronology", "situation", "that had ended long before I started my degree", M(
        "Tomasz Wróbel <tomasz.wrobel@example.net>", "Pro'pulse application", "22 16:50",
        """Hi,

I graduated with a BSc in Environmental Science in June 2026 (Université de Strasbourg, taught partly in English) and I'm looking for a job in an environmental association or a recycling cooperative.

I should mention that I had volunteered with the European Solidarity Corps in Portugal, but that had ended long before I started my degree.

Thanks,
Tomasz Wróbel
07 84 36 15 92""",
        app("Tomasz", "Wróbel", phone="+33784361592", bac=3, grad="2026-06", language="en", status="b_en_bsc_esc_before_degree"),
    )),
    # Feature: english_chronology — kind — then a placement, then a job search
    # order: «first a degree» → «then a placement, then a job search» = a general question in English, no facts of the writer's own → kind question
    N("english_chronology", "kind", "then a placement, then a job search", M(
        "curious.grad@example.com", "Quick question", "24 08:15",
        """Hi, if someone finishes a degree, then a placement, then a job search, at which point can they join the programme? Does the placement have to be over? Thanks!""",
        question(language="en"),
    )),
    # Feature: english_chronology — kind — Since your last email
    # order: «since your last email: the interview» → «and now: the offer» = a reply in our thread telling what happened since → kind reply
    N("english_chronology", "kind", "Since your last email", M(
        "Rhiannon Pryce <rhiannon.pryce@example.com>", "Re: Your Pro'pulse application", "25 18:40",
        """Hello,

Since your last email I had the interview at the social enterprise you mentioned, and this morning they offered me a six-month contract starting in January. Should I still come to the workshop next week?

Rhiannon

> On 12 Nov 2026, Pro'pulse <propulse@animafac.net> wrote:
> Dear Rhiannon, thank you for your application. Here are two offers you might like.""",
        reply(),
        headers={"In-Reply-To": "<app-6120.rhiannon@animafac.net>", "References": "<app-6120.rhiannon@animafac.net>"},
    )),
]
