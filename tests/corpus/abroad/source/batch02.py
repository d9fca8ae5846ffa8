# ruff: noqa: E501
"""Batch 2: Belgium, Switzerland, Québec, Luxembourg; Senegal, Côte d'Ivoire, Cameroon."""

from abroad import C
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Cell: Belgique × abroad_then_france × session
    C("Belgique", "abroad_then_france", "session", M(
        frm="Manon Delhaye <manon.delhaye@example.be>",
        subject="Candidature Pro'pulse",
        date="02 10:30",
        body="""Bonjour,

J'ai obtenu mon bachelier en communication à la Haute École de la Province de Liège, en seconde session (septembre 2025). Je me suis installée à Lille pour suivre mon compagnon.

Je cherche un emploi de chargée de communication dans une association ou une coopérative. Je n'ai pas de stage en cours.

Manon Delhaye
+32 478 21 90 33""",
        truth=app("Manon", "Delhaye", phone="+32478219033", bac=3, grad="2025-09", status="bachelier_seconde_session"),
    )),
    # Cell: Belgique × straight × annee_univ — master
    C("Belgique", "straight", "annee_univ", M(
        frm="Thibault Vandenberghe <thibault.vdb@example.be>",
        subject="Intégrer Pro'pulse",
        date="03 09:12",
        body="""Bonjour,

Master en sciences de la population et du développement à l'ULB, diplômé au terme de l'année académique 2025-2026, grande distinction (je le dis parce que ma mère insiste).

Je veux travailler en France dans une ONG ou une association de solidarité internationale ; je déménage à Paris en janvier.

Thibault Vandenberghe""",
        truth=app("Thibault", "Vandenberghe", phone=None, bac=5, grad="2026", status="ulb_master_annee_academique"),
    )),
    # Cell: Belgique × straight × month_year — CESS only
    C("Belgique", "straight", "month_year", M(
        frm="Kevin Lambert <kevin.lambert@example.be>",
        subject="demande",
        date="03 20:20",
        body="""Bonjour,

J'ai mon CESS (juin 2024), je n'ai pas fait d'études supérieures. J'habite à Tournai mais je peux aller en France, je cherche du travail dans une entreprise de travail adapté ou une asso.

Kevin""",
        truth=app("Kevin", "Lambert", phone=None, bac=0, grad="2024-06", failing=("degree_level",), status="cess_only"),
    )),
    # Cell: Belgique × dropout_resumed × il_y_a — bachelier, stage now
    C("Belgique", "dropout_resumed", "il_y_a", M(
        frm="Julie Mertens <julie.mertens@example.be>",
        subject="Pro'pulse ?",
        date="04 14:05",
        body="""Bonjour,

Après avoir lâché l'unif en première année, je me suis réinscrite en haute école et j'ai obtenu mon bachelier assistante sociale il y a un an. Actuellement je suis stagiaire (stage non rémunéré) dans un CPAS de Namur, jusqu'en mars.

Je voudrais ensuite travailler dans une association en France. Pouvez-vous m'aider ?

Julie Mertens""",
        truth=app("Julie", "Mertens", phone=None, bac=3, grad="2025", failing=("not_internship",), status="bachelier_stage_cpas"),
    )),
    # Cell: Suisse × straight × dd/mm/yyyy — bachelor HES
    C("Suisse", "straight", "dd/mm/yyyy", M(
        frm="Loïc Favre <loic.favre@example.ch>",
        subject="Candidature",
        date="04 17:48",
        body="""Bonjour,

Titulaire d'un Bachelor of Arts HES-SO en travail social (diplôme remis le 26/09/2025 à Lausanne), je vis désormais à Annecy.

Je cherche un emploi d'éducateur dans une association d'accueil de jeunes, côté français.

Loïc Favre
+41 79 412 55 09""",
        truth=app("Loïc", "Favre", phone="+41794125509", bac=3, grad="2025-09", status="hes_bachelor"),
    )),
    # Cell: Suisse × straight × an_dernier — CFC only
    C("Suisse", "straight", "an_dernier", M(
        frm="Noémie Rochat <noemie.rochat@example.ch>",
        subject="Question + candidature",
        date="05 08:22",
        body="""Bonjour,

J'ai terminé l'an passé mon apprentissage avec un CFC d'employée de commerce (pas de maturité). Je cherche un emploi dans une coopérative en Haute-Savoie.

Merci,
Noémie Rochat""",
        truth=app("Noémie", "Rochat", phone=None, bac=0, grad="2025", failing=("degree_level",), status="cfc_only"),
    )),
    # Cell: Suisse × phd × month_year — doctorat EPFL, aim elsewhere
    C("Suisse", "phd", "month_year", M(
        frm="Dr. Matthias Keller <matthias.keller@example.ch>",
        subject="Candidature - PhD",
        date="05 15:30",
        body="""Bonjour,

J'ai obtenu mon doctorat en sciences de l'environnement à l'EPFL en mai 2026. Je cherche un poste de data scientist dans une grande banque ou un fonds d'investissement à Paris, et un coaching m'aiderait pour les entretiens.

Matthias Keller""",
        truth=app("Matthias", "Keller", phone=None, bac=8, grad="2026-05", failing=("job_seeking_ess",), status="epfl_phd_banque"),
    )),
    # Cell: Québec × abroad_then_france × mm/yyyy — maîtrise
    C("Québec", "abroad_then_france", "mm/yyyy", M(
        frm="Florence Tremblay <florence.tremblay@example.ca>",
        subject="Candidature programme Pro'pulse",
        date="06 11:40",
        body="""Bonjour!

Je viens de m'installer à Lyon. J'ai complété une maîtrise en gestion des organismes sans but lucratif à l'UQAM (diplômée 12/2025).

Je me cherche un emploi dans un OBNL... pardon, une association, en coordination de projets. J'ai vraiment hâte!

Florence Tremblay
+33 7 44 82 10 96""",
        truth=app("Florence", "Tremblay", phone="+33744821096", bac=5, grad="2025-12", status="uqam_maitrise"),
    )),
    # Cell: Québec × equivalence_pending × promo — DEC technique, equivalence unclear
    C("Québec", "equivalence_pending", "promo", M(
        frm="Gabriel Bouchard <gabriel.bouchard@example.ca>",
        subject="DEC et Pro'pulse",
        date="06 19:05",
        body="""Allô,

J'ai un DEC technique en travail social du cégep du Vieux Montréal (cohorte 2025). Je sais pas trop à quoi ça correspond en France : on m'a dit bac+2, on m'a dit bac, j'attends ma comparaison d'études du consulat.

Je vis à Toulouse depuis août et je veux travailler en intervention dans un organisme communautaire, une association quoi.

Gabriel Bouchard""",
        truth=app("Gabriel", "Bouchard", phone=None, bac="*", grad="2025", unknown=("degree_level",), status="dec_equivalence"),
    )),
    # Cell: Québec × gap_year × class_of — English, baccalauréat
    C("Québec", "gap_year", "class_of", M(
        frm="Olivia Nguyen <olivia.nguyen@example.ca>",
        subject="Application",
        date="07 13:15",
        body="""Hello,

I'm from Montreal, McGill University, Class of 2024 (B.A. in International Development). I took a working holiday year in France and I'm staying. I want a job in a French non-profit, ideally in refugee support.

Thanks,
Olivia Nguyen""",
        truth=app("Olivia", "Nguyen", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="mcgill_class_2024"),
    )),
    # Cell: Luxembourg × straight × dd/mm/yyyy — BTS, ESS absent
    C("Luxembourg", "straight", "dd/mm/yyyy", M(
        frm="Lara Schmit <lara.schmit@example.lu>",
        subject="Pro'pulse",
        date="08 10:00",
        body="""Bonjour,

BTS en gestion de bureau, Lycée Technique du Centre à Luxembourg, diplôme daté du 12/07/2026. Je cherche un emploi à Metz ou Thionville.

Lara Schmit
+352 621 45 78 90""",
        truth=app("Lara", "Schmit", phone="+352621457890", bac=2, grad="2026-07", unknown=("job_seeking_ess",), status="lux_bts_no_aim"),
    )),
    # Cell: Luxembourg × double_cursus × mm/yyyy — bachelor, master in progress abroad
    C("Luxembourg", "double_cursus", "mm/yyyy", M(
        frm="Ben Weber <ben.weber@example.lu>",
        subject="Candidature",
        date="08 15:55",
        body="""Bonjour,

Bachelor en sciences sociales et éducatives à l'Université du Luxembourg (07/2025), et je suis maintenant en master à Strasbourg, deuxième année, fin prévue en 09/2027. Je cherche dans l'ESS pour après.

Ben Weber""",
        truth=app("Ben", "Weber", phone=None, bac=3, grad="2025-07", failing=("studies_finished",), status="lux_master_now"),
    )),
    # Cell: Sénégal × abroad_then_france × session
    C("Sénégal", "abroad_then_france", "session", M(
        frm="Aminata Ndiaye <aminata.ndiaye@example.sn>",
        subject="Candidature au programme",
        date="09 09:45",
        body="""Bonjour,

Je suis titulaire d'un master en économie sociale et solidaire de l'Université Cheikh Anta Diop de Dakar, session de juillet 2025. Je suis à Paris depuis mars pour rejoindre mon mari.

Je recherche un emploi dans une mutuelle ou une coopérative de finance solidaire.

Aminata Ndiaye
06 49 02 81 73""",
        truth=app("Aminata", "Ndiaye", phone="+33649028173", bac=5, grad="2025-07", status="ucad_master"),
    )),
    # Cell: Sénégal × straight × il_y_a — licence, French with Wolof turns
    C("Sénégal", "straight", "il_y_a", M(
        frm="Moussa Diop <moussa.diop@example.com>",
        subject="demande d'accompagnement",
        date="09 20:30",
        body="""Bonjour, comment vous allez ? La famille va bien ?

Moi je suis Moussa Diop, j'ai eu ma licence de sociologie à Gaston Berger il y a deux ans et quatre mois. Depuis je suis à Rouen, je me débrouille. Je veux travailler dans une association qui aide les jeunes, c'est ça mon souhait.

Merci beaucoup, Dieureudieuf.
Moussa""",
        truth=app("Moussa", "Diop", phone=None, bac=3, grad="2024-07", failing=("graduation_recent",), status="senegal_28_months"),
    )),
    # Cell: Sénégal × equivalence_pending × mm/yyyy — BTS, current service civique
    C("Sénégal", "equivalence_pending", "mm/yyyy", M(
        frm="Fatou Sow <fatou.sow@example.net>",
        subject="Candidature",
        date="10 11:25",
        body="""Bonjour,

BTS en gestion des ressources humaines (Dakar, 06/2025), demande d'équivalence en cours. Actuellement volontaire en service civique dans une association de quartier à Villeurbanne, mission jusqu'en juin.

Je voudrais préparer ma recherche d'emploi dans l'ESS.

Fatou Sow""",
        truth=app("Fatou", "Sow", phone=None, bac=2, grad="2025-06", failing=("not_service_civique",), status="senegal_bts_sc"),
    )),
    # Cell: Côte d'Ivoire × straight × promo — BTS
    C("Côte d'Ivoire", "straight", "promo", M(
        frm="Koffi Yao <koffi.yao@example.ci>",
        subject="Candidature Pro'pulse",
        date="11 08:05",
        body="""Bonjour,

Je suis Koffi Yao, BTS Finance-Comptabilité (promotion 2026, Abidjan). Arrivé en France pour rejoindre mon frère, je souhaite travailler dans une coopérative ou une association en comptabilité.

Cordialement
Koffi Yao
07 58 20 31 47""",
        truth=app("Koffi", "Yao", phone="+33758203147", bac=2, grad="2026", status="ci_bts_promo"),
    )),
    # Cell: Côte d'Ivoire × dropout_resumed × an_dernier — no diploma after bac
    C("Côte d'Ivoire", "dropout_resumed", "an_dernier", M(
        frm="Aya Kouassi <aya.kouassi@example.com>",
        subject="inscription",
        date="11 18:40",
        body="""Bonjour,

J'ai commencé une licence à Cocody mais les grèves ont duré, j'ai arrêté en deuxième année. L'année dernière je suis venue en France, j'ai juste le bac. Je voudrais travailler dans l'aide à la personne, dans une association.

Aya Kouassi""",
        truth=app("Aya", "Kouassi", phone=None, bac=0, grad=None, failing=("degree_level",), status="ci_dropout"),
    )),
    # Cell: Côte d'Ivoire × phd × annee_univ — master then doctorat in progress
    C("Côte d'Ivoire", "phd", "annee_univ", M(
        frm="Serge Kouamé <serge.kouame@example.org>",
        subject="Candidature",
        date="12 09:50",
        body="""Bonjour,

Master en économie du développement (Université Alassane Ouattara, année 2023-2024), je suis inscrit en thèse à Clermont-Ferrand depuis l'année universitaire 2024-2025. Je voudrais travailler à côté dans une association de solidarité internationale.

Serge Kouamé""",
        truth=app("Serge", "Kouamé", phone=None, bac=5, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), status="ci_phd_now"),
    )),
    # Cell: Cameroun × abroad_then_france × class_of — English, HND
    C("Cameroun", "abroad_then_france", "class_of", M(
        frm="Brenda Tanyi <brenda.tanyi@example.com>",
        subject="Application for Pro'pulse",
        date="12 16:10",
        body="""Good day,

I am Brenda Tanyi from Bamenda. I hold a Higher National Diploma (HND) in Accountancy, Class of 2025. I now live in Lille with my cousin and I wish to work in a cooperative or a mutual society, in accounts.

Thank you and God bless,
Brenda""",
        truth=app("Brenda", "Tanyi", phone=None, bac=2, grad="2025", language="en", status="hnd_class_of"),
    )),
    # Cell: Cameroun × straight × last_summer — English, bachelor, aim elsewhere
    C("Cameroun", "straight", "last_summer", M(
        frm="Emmanuel Fon <emmanuel.fon@example.net>",
        subject="Job search help",
        date="13 10:35",
        body="""Hello,

I graduated last summer from the University of Buea (BSc Computer Science). I am looking for a software developer job in a big tech company or a start-up in Paris. Can your coaching help?

Regards,
Emmanuel Fon
+33 7 62 44 18 20""",
        truth=app("Emmanuel", "Fon", phone="+33762441820", bac=3, grad="2026", failing=("job_seeking_ess",), language="en", status="buea_tech_aim"),
    )),
    # Cell: Cameroun × double_cursus × mm/yyyy — licence pro + master, fixed-term job
    C("Cameroun", "double_cursus", "mm/yyyy", M(
        frm="Arlette Mbarga <arlette.mbarga@example.org>",
        subject="Candidature - Arlette Mbarga",
        date="13 19:00",
        body="""Bonjour,

Licence professionnelle à Yaoundé, puis master 2 Développement social à l'Université de Poitiers (03/2026). Je fais des vacations en CDD de deux mois dans un EHPAD en attendant.

Je cherche un emploi de coordinatrice dans une association médico-sociale.

Arlette Mbarga
06 37 92 10 54""",
        truth=app("Arlette", "Mbarga", phone="+33637921054", bac=5, grad="2026-03", status="cameroun_master_fr"),
    )),
    # Cell: Sénégal × n/a × none — question about equivalence
    C("Sénégal", "n/a", "none", M(
        frm="Ibrahima Fall <ibrahima.fall@example.sn>",
        subject="Diplômes africains acceptés ?",
        date="14 08:30",
        body="""Bonjour,

Un BTS obtenu au Sénégal est-il reconnu comme un bac+2 pour votre programme ? Et si je l'ai obtenu il y a plus de deux ans, est-ce bloquant ?

Merci""",
        truth=question(),
    )),
    # Cell: Belgique × n/a × none — question: Belgian residents
    C("Belgique", "n/a", "none", M(
        frm="Sophie Claes <sophie.claes@example.be>",
        subject="Belges acceptés ?",
        date="14 12:12",
        body="""Bonjour,

Pro'pulse est-il accessible aux personnes qui habitent en Belgique et cherchent en France ? Les séances peuvent-elles se faire en visio ?

Sophie""",
        truth=question(),
    )),
    # Cell: Suisse × n/a × none — English question
    C("Suisse", "n/a", "none", M(
        frm="Anna Meier <anna.meier@example.ch>",
        subject="Question about eligibility",
        date="15 07:45",
        body="""Hello,

Does your programme accept Swiss degrees (Bachelor HES / FH)? And is it only for French nationals or for anyone living in France?

Kind regards""",
        truth=question(language="en"),
    )),
    # Cell: Québec × n/a × none — partner (an Office jeunesse)
    C("Québec", "n/a", "none", M(
        frm="Marie-Ève Gagnon - Office franco-québécois <megagnon@ofq.example.org>",
        subject="Collaboration mobilité jeunes diplômés",
        date="15 14:20",
        body="""Bonjour,

Nous accompagnons chaque année des jeunes diplômés québécois en mobilité en France. Nous aimerions discuter d'un partenariat pour orienter ceux qui cherchent dans l'économie sociale vers votre programme. Seriez-vous disponible pour un appel en décembre ?

Marie-Ève Gagnon
Chargée de projets""",
        truth=other(),
    )),
    # Cell: Côte d'Ivoire × n/a × none — employer
    C("Côte d'Ivoire", "n/a", "none", M(
        frm="Association Solidarité Lagunes <contact@solidarite-lagunes.example.org>",
        subject="Recrutement coordinateur·rice de projets",
        date="16 09:00",
        body="""Bonjour,

Notre association (siège à Bordeaux, projets en Côte d'Ivoire) recrute un·e coordinateur·rice de projets, CDD 12 mois, bac+5. Nous pensons que des participants de Pro'pulse pourraient être intéressés. Offre détaillée sur demande.

Cordialement,
Le bureau""",
        truth=other(),
    )),
    # Cell: Belgique × n/a × none — newsletter
    C("Belgique", "n/a", "none", M(
        frm="ConcertES - Lettre d'info <news@concertes.example.be>",
        subject="L'économie sociale en Wallonie et à Bruxelles - novembre 2026",
        date="16 06:00",
        headers={"List-Unsubscribe": "<https://concertes.example.be/desinscription?id=4471>", "Precedence": "bulk"},
        body="""Au sommaire ce mois-ci : les chiffres clés de l'économie sociale, un portrait de coopérative, l'agenda des formations.

Vous recevez ce message car vous êtes inscrit à notre lettre d'information. Se désinscrire : https://concertes.example.be/desinscription""",
        truth=newsletter(),
    )),
    # Cell: Sénégal × n/a × none — auto-reply
    C("Sénégal", "n/a", "none", M(
        frm="Ousmane Ba <ousmane.ba@example.sn>",
        subject="Absence du bureau",
        date="17 10:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je suis absent du bureau jusqu'au lundi 30 novembre. En cas d'urgence, contactez le secrétariat.

Ousmane Ba""",
        truth=auto_reply(),
    )),
    # Cell: Cameroun × n/a × none — bounce
    C("Cameroun", "n/a", "none", M(
        frm="Mail Delivery System <MAILER-DAEMON@mx.example.net>",
        subject="Undelivered Mail Returned to Sender",
        date="17 11:10",
        body="""This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<paul.nkeng@example.net>: host mx.example.net said: 550 5.1.1 User unknown""",
        bounce="""Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; paul.nkeng@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
        truth=bounce("paul.nkeng@example.net"),
    )),
    # Cell: Québec × n/a × none — reply in our thread
    C("Québec", "n/a", "none", M(
        frm="Florence Tremblay <florence.tremblay@example.ca>",
        subject="Re: Votre candidature à Pro'pulse",
        date="18 13:30",
        headers={"In-Reply-To": "<5522019.0207@animafac.net>", "References": "<5522019.0207@animafac.net>"},
        body="""Bonjour,

Voici mon relevé de notes de l'UQAM, comme demandé. Merci!

Florence

Le 17 nov. 2026 à 10:00, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Florence, pourriez-vous nous envoyer une copie de votre diplôme ?""",
        truth=reply(),
    )),
    # Cell: Belgique × double_cursus × dd/mm/yyyy — CV attached, master
    C("Belgique", "double_cursus", "dd/mm/yyyy", M(
        frm="Élise Dubois <elise.dubois@example.be>",
        subject="Candidature Pro'pulse - Élise Dubois",
        date="19 09:20",
        body="""Bonjour,

Vous trouverez mon CV en pièce jointe. Je cherche un poste dans une coopérative ou une entreprise d'économie sociale, en France ou à la frontière.

Élise Dubois""",
        cv=CV("docx", "CV Elise Dubois.docx", """Élise DUBOIS
Mons - +32 470 18 22 64 - elise.dubois@example.be
FORMATION
Master en gestion des entreprises sociales, UCLouvain FUCaM Mons - diplôme du 08/09/2025
Bachelier en sciences économiques, UMONS - 2023
EXPÉRIENCES
Bénévole, Repair Café de Mons
LANGUES
Français, néerlandais, anglais"""),
        truth=app("Élise", "Dubois", phone="+32470182264", bac=5, grad="2025-09", info_in="cv", status="be_master_cv"),
    )),
    # Cell: Suisse × gap_year × il_y_a — master, gap, current stage? no: ni stage ni SC
    C("Suisse", "gap_year", "il_y_a", M(
        frm="Chloé Berset <chloe.berset@example.ch>",
        subject="Candidature",
        date="19 16:40",
        body="""Bonjour,

J'ai terminé un master en études du développement à l'IHEID à Genève il y a quatorze mois, puis j'ai pris une pause de six mois (voyage au Ladakh). Ni stage ni service civique en cours.

Je cherche un emploi en France dans une fondation ou une association de solidarité internationale.

Chloé Berset
+41 78 655 21 09""",
        truth=app("Chloé", "Berset", phone="+41786552109", bac=5, grad="2025-09", status="iheid_14_months"),
    )),
    # Cell: Luxembourg × equivalence_pending × none — "diplôme de technicien", level unclear
    C("Luxembourg", "equivalence_pending", "none", M(
        frm="Jeff Hoffmann <jeff.hoffmann@example.lu>",
        subject="Pro'pulse",
        date="20 08:15",
        body="""Moien,

J'ai un diplôme de technicien en administration et commerce du Luxembourg et je ne sais pas du tout à quoi il correspond en France. Je voudrais travailler dans une coopérative agricole en Lorraine.

Jeff Hoffmann""",
        truth=app("Jeff", "Hoffmann", phone=None, bac="*", grad=None, unknown=("degree_level", "graduation_recent"), status="lux_technicien_unclear"),
    )),
    # Cell: Sénégal × dropout_resumed × annee_univ — master after resuming, aim absent
    C("Sénégal", "dropout_resumed", "annee_univ", M(
        frm="Khady Sarr <khady.sarr@example.com>",
        subject="Candidature",
        date="20 13:35",
        body="""Bonjour,

J'avais arrêté mes études après la licence pour aider ma famille, puis j'ai repris un master en gestion de projets à Lyon 3, validé à la fin de l'année universitaire 2025-2026. Je voudrais être accompagnée pour trouver mon premier emploi.

Khady Sarr
07 70 18 32 96""",
        truth=app("Khady", "Sarr", phone="+33770183296", bac=5, grad="2026", unknown=("job_seeking_ess",), status="senegal_master_no_aim"),
    )),
    # Cell: Côte d'Ivoire × abroad_then_france × mm/yyyy — referral by Mission Locale
    C("Côte d'Ivoire", "abroad_then_france", "mm/yyyy", M(
        frm="Nadia Perrot - Mission Locale <n.perrot@missionlocale-reims.example.org>",
        subject="Orientation vers Pro'pulse",
        date="21 10:50",
        body="""Bonjour,

Je vous oriente M. Didier Konan, 25 ans, licence en gestion des ressources humaines obtenue à Abidjan (05/2025). Il souhaite travailler dans une structure de l'insertion par l'activité économique.

Ses coordonnées : didier.konan@example.com, 06 14 39 70 22.

Nadia Perrot, conseillère""",
        truth=app("Didier", "Konan", phone="+33614397022", bac=3, grad="2025-05", email="didier.konan@example.com", forwarded_by="n.perrot@missionlocale-reims.example.org", status="ci_referral_ml"),
    )),
    # Cell: Cameroun × equivalence_pending × session — master, equivalence asked but level clear
    C("Cameroun", "equivalence_pending", "session", M(
        frm="Hervé Ndongo <herve.ndongo@example.net>",
        subject="Candidature et attestation de comparabilité",
        date="22 09:05",
        body="""Bonjour,

Master professionnel en gestion des projets de développement, Université de Douala, session d'octobre 2024. J'ai demandé l'attestation de comparabilité, elle est en cours.

Je cherche un emploi dans une ONG ou une association de développement.

Hervé Ndongo""",
        truth=app("Hervé", "Ndongo", phone=None, bac=5, grad="2024-10", failing=("graduation_recent",), status="douala_master_edge_fail"),
    )),
    # Cell: Québec × straight × an_dernier — baccalauréat québécois, level debatable but ≥ bac+2
    C("Québec", "straight", "an_dernier", M(
        frm="Jérémie Côté <jeremie.cote@example.ca>",
        subject="Pro'pulse",
        date="22 17:20",
        body="""Bonjour,

J'ai fini mon baccalauréat en sciences politiques à l'Université Laval cette année, au printemps. Je suis en PVT à Nantes et je cherche un emploi en plaidoyer dans une association environnementale.

Jérémie Côté""",
        truth=app("Jérémie", "Côté", phone=None, bac="*", grad="2026", status="laval_bac_this_year"),
    )),
    # Cell: Luxembourg × n/a × none — employer (mutual insurer)
    C("Luxembourg", "n/a", "none", M(
        frm="RH - Mutuelle Frontalière <rh@mutuelle-frontaliere.example.org>",
        subject="Offre : gestionnaire de prestations (CDI)",
        date="23 08:40",
        body="""Bonjour,

Notre mutuelle basée à Thionville recrute deux gestionnaires de prestations en CDI, débutants bienvenus (bac+2). Pouvez-vous relayer cette offre aux jeunes que vous accompagnez ? Candidatures à rh@mutuelle-frontaliere.example.org.

Service RH""",
        truth=other(),
    )),
    # Cell: Cameroun × n/a × none — a reply in our thread (withdrawal)
    C("Cameroun", "n/a", "none", M(
        frm="Arlette Mbarga <arlette.mbarga@example.org>",
        subject="Re: Votre candidature à Pro'pulse",
        date="24 11:00",
        headers={"In-Reply-To": "<9023481.0220@animafac.net>", "References": "<9023481.0220@animafac.net>"},
        body="""Bonjour,

J'ai été recrutée en CDI dans une association, je retire donc ma candidature. Merci pour tout !

Arlette

> Bonjour Arlette, nous vous proposons un entretien le 2 décembre.""",
        truth=reply(),
    )),
]
