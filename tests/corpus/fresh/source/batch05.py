# ruff: noqa: E501
"""Batch 5 — channel (e): mail typed on a phone. Mail-app signatures («Envoyé de mon iPhone», Galaxy,
Outlook for Android), no capitals, SMS abbreviations, dictation slips, one long line, subjects left empty or
typed in a hurry.
"""

from kit import M, app, question

IPHONE = "\n\nEnvoyé de mon iPhone"
GALAXY = "\n\n\nEnvoyé depuis mon smartphone Samsung Galaxy."
OUTLOOK = "\n\nObtenir Outlook pour Android"

MESSAGES = [
    # Channel: iPhone. Kenza, bts ndrc 2025 (juin), «g pa de stage en ce moment», wants «une asso». Eligible.
    M(
        frm="Kenza <kenza.haddou@example.com>",
        subject="pro pulse",
        date="02 23:41",
        body="bjr jai un bts ndrc depuis juin 2025 g pa de stage en ce moment ni rien, je cherche du taf ds une asso (accueil, vente solidaire…) mon num 0651284307 kenza haddou" + IPHONE,
        truth=app("Kenza", "Haddou", phone="+33651284307", bac=2, grad="2025-06", status="sms_g_pa_de_stage"),
    ),
    # Channel: Galaxy. Dylan, «jsuis plus en service civique depuis la fin du mois dernier» (end of October), but no diploma: bac only. bac 0.
    M(
        frm="dylan.ferreira@example.net",
        subject="",
        date="03 07:12",
        body="salut jsuis plus en service civique depuis la fin du mois dernier, jai que le bac (2024) mais jveux continuer dans l'associatif. vous prenez les gens comme moi ? dylan ferreira 07 62 19 40 83" + GALAXY,
        truth=app("Dylan", "Ferreira", phone="+33762194083", bac=0, grad="2024", failing=("degree_level",), status="sms_plus_civique_bac_only"),
    ),
    # Channel: iPhone, dictated (no punctuation, «virgule» left in). Laura, master 2026 juin, seeks «économie sociale». Eligible.
    M(
        frm="Laura Petitjean <laura.petitjean@example.org>",
        subject="Candidature",
        date="03 12:58",
        body="Bonjour je m'appelle Laura Petitjean virgule j'ai eu mon master de science politique en juin 2026 et je cherche un emploi dans l'économie sociale et solidaire de préférence dans une association d'éducation mon numéro est le 06 84 13 57 20 merci" + IPHONE,
        truth=app("Laura", "Petitjean", phone="+33684135720", bac=5, grad="2026-06", status="dictated_virgule"),
    ),
    # Channel: Outlook Android. Sami, «en stage jusqu'au 15 janvier» (current), licence 2026-07. Current internship.
    M(
        frm="Sami Gharbi <sami.gharbi@example.com>",
        subject="Inscription Pro'pulse",
        date="04 18:20",
        body="Bonjour, licence éco validée en juillet 2026, là je suis en stage jusqu'au 15 janvier dans une coopérative, après je voudrais y être embauché ou dans une autre structure de l'ESS. Sami Gharbi 06 12 70 38 95" + OUTLOOK,
        truth=app("Sami", "Gharbi", phone="+33612703895", bac=3, grad="2026-07", failing=("not_internship",), status="mobile_stage_jusqu_janvier"),
    ),
    # Channel: iPhone, one long line, abbreviations: «M2 fini», «dipl en sept», «ds l'ess». Léo, master 2026-09 (month only «sept»). Eligible.
    M(
        frm="Léo Gauthier <leo.gauthier@example.net>",
        subject="candidature rapide",
        date="05 08:03",
        body="bjr, M2 fini, dipl en sept 2026 (urbanisme), je cherche un poste ds l'ess type habitat participatif ou foncière solidaire, dispo de suite. leo gauthier 07 04 58 26 91 merci bcp" + IPHONE,
        truth=app("Léo", "Gauthier", phone="+33704582691", bac=5, grad="2026-09", status="sms_m2_fini_dipl_sept"),
    ),
    # Channel: Galaxy. Question typed fast, no fact.
    M(
        frm="nina.b@example.com",
        subject="question",
        date="05 13:44",
        body="bonjour c en visio ou en vrai le programme ? et ça dure combien de mois ?" + GALAXY,
        truth=question(),
    ),
    # Channel: iPhone. Morgan, BTS in 2019 → old; «jbosse en intérim dpuis», wants ESS.
    M(
        frm="Morgan Lebrun <morgan.lebrun@example.org>",
        subject="Re",
        date="06 19:27",
        body="bonsoir jai eu mon bts en 2019 et dpuis jbosse en interim un peu partout. jaimerais bien travailler ds une recyclerie ou un truc comme ça. morgan 06 93 40 21 75" + IPHONE,
        truth=app("Morgan", "Lebrun", phone="+33693402175", bac=2, grad="2019", failing=("graduation_recent",), status="sms_bts_2019_interim"),
    ),
    # Channel: Outlook Android. Jessica, «j'ai terminé mon contrat d'apprentissage en août» (BUT 2026-08 alternance ended) + «je ne suis inscrite nulle part». Wants association. Eligible.
    M(
        frm="Jessica Martin <jessica.martin@example.com>",
        subject="Pro pulse inscription",
        date="07 10:51",
        body="Bonjour, j'ai terminé mon contrat d'apprentissage en août en même temps que mon BUT GEA (diplômée fin août 2026), je ne suis plus inscrite nulle part. Je cherche un poste de gestionnaire paie dans une association ou une mutuelle. Jessica Martin, 07 36 29 84 51" + OUTLOOK,
        truth=app("Jessica", "Martin", phone="+33736298451", bac=3, grad="2026-08", status="mobile_apprentissage_termine"),
    ),
    # Channel: iPhone, no capitals, typo «licnce», «licence pro 2025 juin»; seeks «taf solidaire»; no phone. Eligible.
    M(
        frm="ryan.mercier@example.net",
        subject="",
        date="07 23:10",
        body="slt, licnce pro métiers de l'animation juin 2025, je cherche un taf solidaire genre coordinateur dans une maison de quartier associative. ryan mercier" + IPHONE,
        truth=app("Ryan", "Mercier", phone=None, bac=3, grad="2025-06", status="sms_licnce_no_phone"),
    ),
    # Channel: Galaxy. Chaïma, «je suis volontaire en service civique jusqu'en juin» (current). DUT 2026-06.
    M(
        frm="Chaïma Bensaïd <chaima.bensaid@example.org>",
        subject="Question",
        date="08 09:30",
        body="Bonjour, je suis volontaire en service civique jusqu'en juin dans un centre social (DUT carrières sociales obtenu en juin 2026). Est-ce que je peux déjà candidater pour trouver un emploi dans une asso après ? Chaïma Bensaïd 06 47 15 93 02" + GALAXY,
        truth=app("Chaïma", "Bensaïd", phone="+33647159302", bac=2, grad="2026-06", failing=("not_service_civique",), status="mobile_volontaire_jusqu_juin"),
    ),
    # Channel: iPhone, SMS. Matéo: «2e année de master en cours», nothing else. Studies unfinished; level "*".
    M(
        frm="mateo.simon@example.com",
        subject="intéressé",
        date="08 22:15",
        body="yo je suis en 2e année de master en cours (gestion de projets humanitaires), ça m'intéresse de bosser ds une ONG après, je peux m'inscrire mtn ? mateo simon" + IPHONE,
        truth=app("Mateo", "Simon", phone=None, bac="*", grad=None, failing=("studies_finished",), status="sms_m2_en_cours"),
    ),
    # Channel: Outlook Android. Estelle, licence pro 2026-06; «je n'ai pas encore commencé à chercher» but «je veux travailler dans une SCIC». Aim is enough: eligible.
    M(
        frm="Estelle Robin <estelle.robin@example.net>",
        subject="Candidature Pro'pulse",
        date="09 07:40",
        body="Bonjour, licence pro en juin 2026. Je n'ai pas encore vraiment commencé à chercher mais je sais que je veux travailler dans une SCIC, c'est pour ça que je vous écris. Estelle Robin 06 55 82 03 19" + OUTLOOK,
        truth=app("Estelle", "Robin", phone="+33655820319", bac=3, grad="2026-06", status="mobile_pas_encore_cherche_scic"),
    ),
    # Channel: iPhone. Alexis, nurse-like subtle: «je suis éducateur de jeunes enfants depuis 2021 en crèche privée, je veux passer dans une crèche associative». Same job, another employer type: not a career change; diploma DEEJE 2021 → old.
    M(
        frm="Alexis Noël <alexis.noel@example.org>",
        subject="Candidature",
        date="09 20:02",
        body="bonsoir, educateur de jeunes enfants (DE obtenu en 2021) en creche privée depuis, je voudrais passer dans une creche associative ou parentale. est ce que pro pulse peut m'aider ? alexis noel 07 21 63 48 05" + IPHONE,
        truth=app("Alexis", "Noël", phone="+33721634805", bac=3, grad="2021", failing=("graduation_recent",), status="mobile_eje_same_job_old"),
    ),
    # Channel: Galaxy. Inès Rahmani, sms: «bac+2 ok (bts sp3s 2026)», «mon stage est fini», «cherche ds le medico social associatif». Eligible.
    M(
        frm="ines rahmani <ines.rahmani@example.com>",
        subject="",
        date="10 12:12",
        body="bjr bac+2 ok (bts sp3s 2026), mon stage est fini, je cherche ds le medico social associatif. 0768215490" + GALAXY,
        truth=app("Ines", "Rahmani", phone="+33768215490", bac=2, grad="2026", status="sms_bac2_ok_stage_fini"),
    ),
    # Channel: iPhone. Hugo Martinez: «ma mère m'a dit de vous écrire», master 2025 (juillet); «je veux pas bosser dans une asso, plutôt dans le public»: not ESS → failing job_seeking_ess.
    M(
        frm="Hugo Martinez <hugo.martinez@example.net>",
        subject="ma mère m'a dit de vous écrire",
        date="10 21:36",
        body="bonjour, ma mère m'a dit de vous écrire. master droit public juillet 2025. perso je veux pas bosser dans une asso, plutôt dans une collectivité (concours attaché). hugo 06 38 12 79 50" + IPHONE,
        truth=app("Hugo", "Martinez", phone="+33638127950", bac=5, grad="2025-07", failing=("job_seeking_ess",), status="mobile_pas_asso_collectivite"),
    ),
    # Channel: Outlook Android. Amandine: «je sors d'un CDD de 6 mois dans une asso», licence 2025-06, wants another ESS job. Eligible.
    M(
        frm="Amandine Faure <amandine.faure@example.com>",
        subject="Demande d'accompagnement",
        date="11 08:25",
        body="Bonjour, je sors d'un CDD de six mois dans une association de prévention (fini le 31 octobre). Licence de psychologie en juin 2025. Je cherche un nouveau poste dans l'ESS, idéalement en prévention jeunesse. Amandine Faure, 06 71 40 29 86" + OUTLOOK,
        truth=app("Amandine", "Faure", phone="+33671402986", bac=3, grad="2025-06", status="mobile_sors_cdd_asso"),
    ),
    # Channel: iPhone, dictation slip «la cérémonie de diplôme c'est en décembre» — master exams over, diploma formally awarded at a December ceremony; results published «admise» in October 2026 → obtained. Eligible.
    M(
        frm="Lou Bertin <lou.bertin@example.org>",
        subject="Candidature Lou Bertin",
        date="11 17:45",
        body="Bonjour, j'ai été déclarée admise à mon master en octobre 2026 (la cérémonie de remise des diplômes c'est en décembre mais c'est juste la fête). Je cherche un emploi de chargée de communication dans une association ou une fondation. Lou Bertin 06 90 73 12 48" + IPHONE,
        truth=app("Lou", "Bertin", phone="+33690731248", bac=5, grad="2026-10", status="mobile_admise_ceremonie_decembre"),
    ),
    # Channel: Galaxy. Nathan Colas, «g arrété la fac en L2», works at a fast food; bac+1? L1 validated: «L1 validée». bac+1.
    M(
        frm="nathan colas <nathan.colas@example.net>",
        subject="info",
        date="12 13:05",
        body="bonjour g arrété la fac en L2 (L1 validée quand même), je travaille au fast food, je voudrais bosser ds une asso d'aide aux jeunes. c possible avec votre programme ? 06 29 83 45 71" + GALAXY,
        truth=app("Nathan", "Colas", phone="+33629834571", bac=1, grad=None, failing=("degree_level",), status="sms_l1_validee"),
    ),
    # Channel: iPhone. Question with «on»: no personal facts.
    M(
        frm="t.lucas@example.org",
        subject="",
        date="13 08:10",
        body="bonjour est ce qu'on peut candidater si on a un diplome etranger ? merci" + IPHONE,
        truth=question(),
    ),
    # Channel: Outlook Android. Noémie, BUT 2026-06, «mon stage de fin d'études ? terminé depuis juin», seeks «mutuelle». Eligible.
    M(
        frm="Noémie Lacroix <noemie.lacroix@example.com>",
        subject="candidature",
        date="13 19:20",
        body="Bonjour ! BUT Carrières juridiques juin 2026. Mon stage de fin d'études ? Terminé depuis juin aussi. Maintenant je postule dans des mutuelles et des associations de consommateurs. Noémie Lacroix 07 53 28 60 14" + OUTLOOK,
        truth=app("Noémie", "Lacroix", phone="+33753286014", bac=3, grad="2026-06", status="mobile_stage_question_termine"),
    ),
    # Channel: iPhone. Ahmed, «ingé 2025», «pas en poste», «cherche ds une coop d'énergie». Month unknown, year only. Eligible.
    M(
        frm="Ahmed Benhamou <ahmed.benhamou@example.net>",
        subject="pro'pulse",
        date="14 11:02",
        body="bjr, ingé diplômé 2025 (génie énergétique), pas en poste actuellement, je cherche ds une coop d'énergie renouvelable citoyenne. Ahmed Benhamou 06 03 91 27 46" + IPHONE,
        truth=app("Ahmed", "Benhamou", phone="+33603912746", bac=5, grad="2025", status="sms_inge_2025"),
    ),
    # Channel: Galaxy. Clémence, «je serai diplômée en juin» (future) — still studying a BTS; she names only the diploma in progress (level "*"). Unfinished.
    M(
        frm="Clémence Hubert <clemence.hubert@example.org>",
        subject="BTS",
        date="14 21:49",
        body="Bonsoir, je serai diplômée de mon BTS ESF en juin prochain, je voudrais déjà préparer mon entrée dans une association d'aide aux familles. Est ce possible ? Clémence 07 14 82 36 59" + GALAXY,
        truth=app("Clémence", "Hubert", phone="+33714823659", bac="*", grad=None, failing=("studies_finished",), status="mobile_serai_diplomee_juin"),
    ),
    # Channel: iPhone. Yohan, «dispo», «master fini en 2024 (décembre)» → 23 months: recent. Seeks ESS. Eligible.
    M(
        frm="Yohan Perrin <yohan.perrin@example.com>",
        subject="dispo",
        date="15 09:33",
        body="bonjour master fini en décembre 2024, dispo tout de suite, je cherche ds l'économie sociale (gestion de projets européens dans une asso ou une fédé). Yohan Perrin 0617290458" + IPHONE,
        truth=app("Yohan", "Perrin", phone="+33617290458", bac=5, grad="2024-12", status="sms_master_dec_2024"),
    ),
    # Channel: Outlook Android. Fanny, licence pro 2026-06, «je fais des missions d'intérim» and «je voudrais un emploi» but no sector. Unknown job_seeking_ess.
    M(
        frm="Fanny Roger <fanny.roger@example.net>",
        subject="Accompagnement emploi",
        date="15 18:07",
        body="Bonjour, licence pro logistique obtenue en juin 2026, je fais des missions d'intérim en attendant un vrai emploi. Comment se passe votre accompagnement ? Fanny Roger 06 80 24 71 93" + OUTLOOK,
        truth=app("Fanny", "Roger", phone="+33680247193", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="mobile_interim_no_sector"),
    ),
    # Channel: iPhone. Élisa, lower case, «j'ai raté mon bts» → bac only; seeks ESS.
    M(
        frm="elisa.marie@example.org",
        subject="",
        date="16 22:30",
        body="bonsoir j'ai raté mon bts l'an dernier donc j'ai juste le bac, mais j'aimerais trop bosser dans une asso de protection de l'enfance. je m'appelle elisa marie, 07 65 30 12 84" + IPHONE,
        truth=app("Elisa", "Marie", phone="+33765301284", bac=0, grad=None, failing=("degree_level",), status="sms_rate_bts"),
    ),
    # Channel: Galaxy. Rayan, «fin de mon stage le 30 novembre» — on 26 November still in it. Licence 2026-06. Current.
    M(
        frm="Rayan Lefebvre <rayan.lefebvre@example.com>",
        subject="candidature",
        date="17 12:40",
        body="Bonjour, fin de mon stage le 30 novembre (dans une fondation), licence de sociologie obtenue en juin 2026. Je cherche ensuite un emploi dans une fondation ou une association. Rayan Lefebvre 06 26 14 87 30" + GALAXY,
        truth=app("Rayan", "Lefebvre", phone="+33626148730", bac=3, grad="2026-06", failing=("not_internship",), status="mobile_fin_stage_30_nov"),
    ),
]
