"""Batch 6: run-on text (many lines, no full stop, the facts inside one long sentence), and abbreviations
(«M2 ESS ok», «dipl.», «ds l'ESS», «asso», «SC», «LP»). Each message written by hand; the comment names
its noise, the fact the noisy words carry and those words."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from noise import N

MESSAGES = [
    # Noise: run_on — graduation — run-on with the date inside
    N("run_on", "graduation", "ma licence pro que j'ai eue en juin 2025 et", M(
        "Virginie Aubert <virginie.aubert@example.fr>", "candidature", "02 21:30",
        """Bonjour je me permets de vous écrire parce qu'une amie m'a parlé de votre programme et que
depuis ma licence pro que j'ai eue en juin 2025 et que j'ai faite en alternance dans une mutuelle je
cherche un emploi dans une structure de l'économie sociale et solidaire mais je n'ai pas beaucoup de
réponses alors je me dis qu'un accompagnement pourrait m'aider et que ça vaut le coup d'essayer en tout
cas merci de me dire si c'est possible Virginie Aubert""",
        app("Virginie", "Aubert", phone=None, bac=3, grad="2025-06", status="run_on_licence_pro_2025"),
    )),
    # Noise: run_on — situation — stage in the middle of a long sentence
    N("run_on", "situation", "je suis en stage jusqu'à la fin avril", M(
        "Arthur Pelletier <arthur.pelletier@example.org>", "Pro'pulse", "03 22:10",
        """Bonjour alors voilà j'ai fini mon master en septembre 2026 à Toulouse et depuis la rentrée je
suis en stage jusqu'à la fin avril dans une coopérative d'habitants où j'apprends plein de choses sur la
gouvernance partagée et après ce stage j'aimerais vraiment trouver un emploi dans l'ESS si possible
dans le logement et c'est pour ça que je vous écris Arthur""",
        app("Arthur", "Pelletier", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="run_on_stage_fin_avril"),
    )),
    # Noise: run_on — career_change — après vingt ans de secrétariat en CDI
    N("run_on", "career_change", "après vingt ans de secrétariat en CDI", M(
        "Brigitte Lemoine <brigitte.lemoine@example.net>", "candidature", "04 20:00",
        """Bonjour je vous écris parce qu'après vingt ans de secrétariat en CDI dans la même entreprise
j'ai décidé de changer de voie et j'ai repris des études qui se sont conclues par un master ESS en
septembre 2026 et maintenant je voudrais travailler dans une association qui a du sens pour moi et je
pense que votre accompagnement pourrait m'aider Brigitte Lemoine""",
        app("Brigitte", "Lemoine", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="run_on_vingt_ans_secretariat"),
    )),
    # Noise: run_on — aim — secteur peu importe
    N("run_on", "aim", "peu importe le secteur", M(
        "Damien Leduc <damien.leduc@example.com>", "candidature", "05 23:45",
        """bonjour j'ai eu mon BTS commerce en juin 2025 et depuis je cherche du travail un peu partout
peu importe le secteur du moment que c'est un CDI et pas trop loin de chez moi à Amiens et quelqu'un
m'a dit que vous aidiez les jeunes diplômés alors je tente ma chance Damien""",
        app("Damien", "Leduc", phone=None, bac=2, grad="2025-06", unknown=["job_seeking_ess"],
            status="run_on_peu_importe_secteur"),
    )),
    # Noise: run_on — graduation — 2024 year alone
    N("run_on", "graduation", "mon master que j'ai eu en 2024", M(
        "Solène Barbier <solene.barbier@example.org>", "candidature", "06 22:20",
        """Bonjour voilà je cherche un emploi dans une association culturelle depuis mon master que j'ai
eu en 2024 en médiation culturelle et entre-temps j'ai fait des missions en intérim qui n'avaient rien
à voir et je voudrais enfin travailler dans mon domaine dans l'ESS alors si vous pouvez m'aider ce
serait super Solène""",
        app("Solène", "Barbier", phone=None, bac=5, grad="2024", unknown=["graduation_recent"],
            status="run_on_master_2024"),
    )),
    # Noise: run_on — studies_finished — cours jusqu'en mai
    N("run_on", "studies_finished", "mes cours de M2 continuent jusqu'en mai", M(
        "Gabriel Fournier <gabriel.fournier@example.fr>", "candidature", "07 21:05",
        """Bonjour j'ai une licence de science politique depuis juillet 2025 et mes cours de M2 continuent
jusqu'en mai mais j'anticipe et je cherche déjà un emploi dans l'ESS pour la suite parce que je sais
que ça prend du temps Gabriel Fournier""",
        app("Gabriel", "Fournier", phone=None, bac=3, grad="2025-07", failing=["studies_finished"],
            status="run_on_m2_jusqu_mai"),
    )),
    # Noise: run_on — situation — SC done
    N("run_on", "situation", "mon service civique qui s'est terminé en juin", M(
        "Lina Moreau <lina.moreau@example.com>", "Pro'pulse", "08 20:40",
        """Bonjour j'ai obtenu mon DUT carrières sociales en juin 2025 puis j'ai fait mon service civique
qui s'est terminé en juin dernier dans une association de lutte contre le gaspillage et depuis je
cherche un emploi dans l'ESS sans succès et je voudrais être accompagnée Lina Moreau""",
        app("Lina", "Moreau", phone=None, bac=2, grad="2025-06", status="run_on_sc_termine_juin"),
    )),
    # Noise: run_on — graduation — English run-on
    N("run_on", "graduation", "since I finished my master's in September 2025", M(
        "Oliver Grant <oliver.grant@example.net>", "application", "09 23:00",
        """Hello I am writing because since I finished my master's in September 2025 in Paris I have been
applying to cooperatives and associations without any luck and a friend told me about your programme
and I think it could really help me find a job in the social economy Oliver""",
        app("Oliver", "Grant", phone=None, bac=5, grad="2025-09", language="en",
            status="run_on_english_master_2025"),
    )),
    # Noise: run_on — kind — long question
    N("run_on", "kind", "est-ce que vous acceptez aussi", M(
        "Monique Carré <monique.carre@example.fr>", "renseignement", "10 15:30",
        """Bonjour je travaille dans une mission locale et je voulais savoir est-ce que vous acceptez aussi
les jeunes qui viennent d'autres régions et est-ce que l'accompagnement se fait en présentiel ou à
distance parce que plusieurs jeunes m'ont posé la question merci""",
        question(),
    )),
    # Noise: run_on — kind — partner
    N("run_on", "kind", "nous aimerions vous proposer", M(
        "Tiers-Lieu La Fabrique <contact@lafabrique.example.org>", "partenariat", "11 14:00",
        """Bonjour nous sommes un tiers-lieu à Angers et nous aimerions vous proposer d'accueillir une de
vos sessions collectives dans nos locaux au printemps si cela vous intéresse et on peut en parler par
téléphone quand vous voulez l'équipe de La Fabrique""",
        other(),
    )),
    # Noise: run_on — kind — reply
    N("run_on", "kind", "merci beaucoup pour votre retour", M(
        "Virginie Aubert <virginie.aubert@example.fr>", "Re: candidature", "12 20:30",
        """merci beaucoup pour votre retour et oui je serai disponible mercredi matin et je vous apporte
mon CV imprimé comme demandé

> Le 10 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Pouvons-nous vous recevoir mercredi 18 novembre à 10 h ?""",
        reply(), headers={"In-Reply-To": "<rdv.1010@animafac.net>"},
    )),
    # Noise: abbrev — graduation — M2 ESS ok
    N("abbrev", "graduation", "M2 ESS ok (sept. 25)", M(
        "Pierre-Yves Colas <py.colas@example.org>", "cand. Pro'pulse", "13 08:15",
        """Bjr,
M2 ESS ok (sept. 25), dispo immédiatement, rech. poste coordo ds asso ou coop.
Pas de stage ni SC en cours.
PY Colas""",
        app("Pierre-Yves", "Colas", phone=None, bac=5, grad="2025-09", status="abrev_m2_ess_ok"),
    )),
    # Noise: abbrev — situation — SC en cours
    N("abbrev", "situation", "SC en cours ds une asso", M(
        "Yanis Belkacem <yanis.belkacem@example.com>", "cand.", "13 12:00",
        """Bjr,
LP anim. sociale obtenue 06/26, SC en cours ds une asso de quartier (fin 05/27). Rech. emploi ESS
ensuite.
Yanis B.""",
        app("Yanis", "Belkacem", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            status="abrev_sc_en_cours"),
    )),
    # Noise: abbrev — level — dipl. niv. 4
    N("abbrev", "level", "dipl. niv. 4 (bac pro", M(
        "Cindy Lemaitre <cindy.lemaitre@example.fr>", "cand", "14 09:00",
        """Bjr,
dipl. niv. 4 (bac pro ASSP, 2025) uniquement, rech. emploi ds asso d'aide à dom.
Cindy L.""",
        app("Cindy", "Lemaitre", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="abrev_niveau_4_bac_pro"),
    )),
    # Noise: abbrev — career_change — 10 a. en CDI
    N("abbrev", "career_change", "ex-compta 10 a. en CDI", M(
        "Serge Daumas <serge.daumas@example.net>", "cand. Pro'pulse", "14 13:30",
        """Bjr,
ex-compta 10 a. en CDI, reconv. : M2 MOESS obtenu 09/2026. Rech. poste RAF ds asso.
S. Daumas""",
        app("Serge", "Daumas", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="abrev_ex_compta_reconv"),
    )),
    # Noise: abbrev — studies_finished — L3 en cours
    N("abbrev", "studies_finished", "L3 en cours (fin 06/27)", M(
        "Mélanie Caron <melanie.caron@example.org>", "cand.", "15 10:10",
        """Bjr,
BTS SP3S (07/25), L3 en cours (fin 06/27). Rech. emploi ds l'ESS après.
Mélanie""",
        app("Mélanie", "Caron", phone=None, bac=2, grad="2025-07", failing=["studies_finished"],
            status="abrev_l3_en_cours"),
    )),
    # Noise: abbrev — aim — rech. ds l'ESS
    N("abbrev", "aim", "rech. empl. ds l'ESS", M(
        "Kader Mebarki <kader.mebarki@example.com>", "cand. Pro'pulse", "15 17:40",
        """Bjr,
BUT GEA obt. 06/2025, rech. empl. ds l'ESS (gestion, compta asso). Tél. 07 81 45 62 30.
K. Mebarki""",
        app("Kader", "Mebarki", phone="+33781456230", bac=3, grad="2025-06", status="abrev_rech_empl_ess"),
    )),
    # Noise: abbrev — graduation — dipl. 2022
    N("abbrev", "graduation", "dipl. 2022", M(
        "Laetitia Favre <laetitia.favre@example.fr>", "cand.", "16 08:45",
        """Bjr,
M2 dév. local, dipl. 2022, rech. poste chargée de mission ds asso env.
L. Favre""",
        app("Laetitia", "Favre", phone=None, bac=5, grad="2022", failing=["graduation_recent"],
            status="abrev_dipl_2022"),
    )),
    # Noise: abbrev — graduation — CV with abbreviations
    N("abbrev", "graduation", "LP Coord. proj. ESS — obt. 06/26", M(
        "Anthony Rivière <anthony.riviere@example.net>", "cand. + CV", "16 14:50",
        """Bjr,
CV en PJ. Rech. emploi ds asso ou coop.
A. Rivière""",
        app("Anthony", "Rivière", phone="+33698123457", bac=3, grad="2026-06", info_in="both",
            status="cv_abrev_lp_2026"),
        cv=CV("odt", "CV_A_Riviere.odt", """
A. Rivière — 06 98 12 34 57
Form.
LP Coord. proj. ESS — obt. 06/26 — IUT Bayonne
BTS SP3S — obt. 06/24
Exp.
Alt. 2025-26 : chargé de proj. asso Bizi
"""),
    )),
    # Noise: abbrev — kind — qq infos
    N("abbrev", "kind", "qq infos svp", M(
        "Sylvie Royer <sylvie.royer@example.org>", "info", "17 11:20",
        """Bjr, qq infos svp sur les dates de la proch. session et le nb de places ? Mci""",
        question(),
    )),
    # Noise: abbrev — kind — abs. jusqu'au
    N("abbrev", "kind", "abs. jusqu'au 24/11", M(
        "Franck Noël <franck.noel@example.com>", "Abs.", "17 12:00",
        """Msg auto : abs. jusqu'au 24/11, réponse à mon retour. Urg. : standard.""",
        auto_reply(),
    )),
    # Noise: abbrev — kind — newsletter
    N("abbrev", "kind", "AG le 12/12", M(
        "CRESS Occitanie <info@cress.example.org>", "Infos CRESS", "18 07:00",
        """Infos CRESS : AG le 12/12, rdv ESS & emploi le 15/12, nouv. adhérents.
Désabo. : lien ci-dessous.""",
        newsletter(),
    )),
    # Noise: abbrev — kind — bounce
    N("abbrev", "kind", "Msg non distrib.", M(
        "MAILER-DAEMON <mailer-daemon@mx.example.com>", "Msg non distrib.", "18 09:00",
        """Msg non distrib. : dest. inconnu (m.vallet@example.com).""",
        bounce("m.vallet@example.com"),
        bounce="""Reporting-MTA: dns; mx.example.com
Final-Recipient: rfc822; m.vallet@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 unknown recipient""",
    )),
    # Noise: abbrev — situation — English abbreviations
    N("abbrev", "situation", "no internship atm", M(
        "Ravi Patel <ravi.patel@example.org>", "appl.", "18 15:00",
        """Hi,
MSc Dev. Econ. (Sept. '25), no internship atm, no civic service. Looking for a job in an NGO/co-op in the
social economy asap.
Ravi""",
        app("Ravi", "Patel", phone=None, bac=5, grad="2025-09", language="en",
            status="abbrev_no_internship_atm"),
    )),
    # Noise: run_on — aim — English, any job
    N("run_on", "aim", "any job really", M(
        "Jack Morrison <jack.morrison@example.com>", "job", "19 22:40",
        """hi I finished my bachelor in business in June 2025 and I am looking for any job really whatever
the sector because I need to pay my rent and I saw your programme online so I thought I would write to
you Jack""",
        app("Jack", "Morrison", phone=None, bac=3, grad="2025-06", unknown=["job_seeking_ess"], language="en",
            status="run_on_english_any_job"),
    )),
]
