"""Rentree corpus, batch 03 (writer A): Friday 9 – Monday 12 October 2026, each mail read on its own day.
Internships ending or still to do, alternances begun, civic services extended, re-enrolments decided, and
«il y a deux ans» now meaning October 2024; an English question about the cohort, an association offering
an internship, a sick-leave auto-reply, a bounce, a reply moving an interview, a participant leaving us."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from rentree import N

MESSAGES = [
    # Feature: rentree_other_mail — kind — Is the programme run in French only
    # route: an English question about the cohort's language and format, no fact of the writer's own → question
    N("rentree_other_mail", "kind", "Is the programme run in French only", M(
        "Jonas Lindqvist <jonas.lindqvist@gmail.com>", "Language of the programme?", "2026-10-09 08:05",
        """Hello,

Is the programme run in French only, or are some sessions in English? And are the workshops in Paris or online?

Thank you,
Jonas""",
        question(language="en"),
    )),
    # Feature: fresh_graduate — graduation — attestation de réussite
    # route: the first paragraph: a BUT Carrières sociales of June 2026, the attestation de réussite received in July, a post in a social centre sought → bac+3 of 2026-06 → eligible
    N("fresh_graduate", "graduation", "attestation de réussite", M(
        "Yasmine Chérif <yasmine.cherif@gmail.com>", "Candidature - BUT Carrières sociales 2026", "2026-10-09 09:20",
        """Bonjour,

J'ai terminé mon BUT Carrières sociales (parcours animation sociale et socioculturelle) à l'IUT de Bordeaux en juin ; j'ai reçu l'attestation de réussite en juillet, le diplôme lui-même arrivera paraît-il au printemps.

Je cherche un poste d'animatrice dans un centre social ou une maison de quartier, sur la métropole bordelaise. J'ai fait mes stages au centre social de Bègles et dans une ludothèque associative.

Bien cordialement,
Yasmine Chérif
06 45 27 93 18""",
        app("Yasmine", "Chérif", phone="+33645279318", bac=3, grad="2026-06", status="yasmine_attestation_reussite"),
    )),
    # Feature: first_year_out — aim — un poste administratif en mairie ou au conseil départemental
    # route: the second paragraph: a licence of 2025, a year of waiting, a post sought in local government only (a town hall, a département), no ESS aim → bac+3 of 2025, job_seeking_ess fails → not_eligible
    N("first_year_out", "aim", "un poste administratif en mairie ou au conseil départemental", M(
        "Timothée Bouvier <timothee.bouvier@laposte.net>", "demande d'accompagnement", "2026-10-09 10:45",
        """Bonjour,

J'ai eu ma licence d'AES en 2025 à Dijon. Depuis je suis chez mes parents, j'ai un peu travaillé aux vendanges et je m'occupe de ma grand-mère.

Je cherche un poste administratif en mairie ou au conseil départemental, en contractuel pour commencer, puis je passerai peut-être les concours. J'ai vu que vous aidiez les jeunes diplômés, est-ce que vous pouvez m'aider pour les candidatures ?

Timothée Bouvier
06 73 18 45 29""",
        app("Timothée", "Bouvier", phone="+33673184529", bac=3, grad="2025", failing=("job_seeking_ess",), status="timothee_mairie_departement"),
    )),
    # Feature: fresh_graduate — level — le diplôme de l'école en juillet
    # route: a phone mail: a school's own diploma received in July 2026 with neither its level nor its length said, a post in a fair-trade cooperative sought → bac null, degree_level open → to_verify
    N("fresh_graduate", "level", "le diplôme de l'école en juillet", M(
        "Bastien Roy <bastien.roy@icloud.com>", "Candidature", "2026-10-09 11:30",
        """Bonjour
j'ai eu le diplôme de l'école en juillet (Institut de gestion sociale, filière « entreprendre autrement ») et je cherche un poste dans le commerce équitable, type Artisans du Monde ou une coopérative comme Ethiquable. Je suis sur Toulouse.
Vous pouvez me rappeler au 06 86 14 52 37
Bastien Roy

Envoyé de mon iPhone""",
        app("Bastien", "Roy", phone="+33686145237", bac=None, grad="2026-07", unknown=("degree_level",), status="bastien_diplome_ecole"),
    )),
    # Feature: near_the_limit — graduation — j'ai eu mon master il y a deux ans
    # ambiguous: «il y a deux ans» with no month, read on 2026-10-09: a master of June or September 2024 is past the limit, one of October 2024 inside it; graduation_recent open
    # route: the first sentence: a master «il y a deux ans» (2024, no month), a post in an environmental association sought → bac+5 of 2024, graduation open → to_verify
    N("near_the_limit", "graduation", "j'ai eu mon master il y a deux ans", M(
        "Awa Diallo <awa.diallo.pro@gmail.com>", "Candidature Pro'pulse", "2026-10-09 12:10",
        """Bonjour,

J'ai eu mon master il y a deux ans (Gestion de l'environnement, université de Poitiers) et j'ai travaillé depuis en bureau d'études, sur des diagnostics de biodiversité pour des promoteurs. Je ne m'y retrouve pas.

Je voudrais rejoindre une association de protection de la nature ou un conservatoire d'espaces naturels. Je suis mobile dans tout l'Ouest.

Merci pour votre retour,
Awa Diallo
07 38 92 41 56""",
        app("Awa", "Diallo", phone="+33738924156", bac=5, grad="2024", unknown=("graduation_recent",), status="awa_master_il_y_a_deux_ans"),
    )),
    # Feature: near_the_limit — graduation — DEES obtenu en octobre 2024
    # route: an HTML-only mail: a diplôme d'État d'éducateur spécialisé (bac+3) of October 2024 (24 months before October 2026: inside the limit), a post in a child-protection association sought → bac+3 of 2024-10 → eligible
    N("near_the_limit", "graduation", "DEES obtenu en octobre 2024", M(
        "Loïc Ramanantsoa <loic.ramanantsoa@hotmail.fr>", "candidature éducateur spécialisé", "2026-10-09 14:35",
        """Bonjour,

Je suis éducateur spécialisé, DEES obtenu en octobre 2024 (IRTS de Poitou-Charentes, session de rattrapage). J'ai fait des remplacements en MECS et en foyer d'hébergement, toujours en intérim.

Je voudrais un vrai poste dans une association de protection de l'enfance, et on m'a dit que votre programme pouvait m'aider à mieux cibler mes candidatures.

Cordialement,
Loïc Ramanantsoa
06 26 81 57 34""",
        app("Loïc", "Ramanantsoa", phone="+33626815734", bac=3, grad="2024-10", status="loic_dees_octobre_2024"),
        html="only",
    )),
    # Feature: after_civic_service — situation — mon service civique a été prolongé jusqu'en décembre
    # route: the first paragraph: a licence of 2025, a civic service at the Ligue de l'enseignement extended until December (running on the reading day) → fails not_service_civique → not_eligible
    N("after_civic_service", "situation", "mon service civique a été prolongé jusqu'en décembre", M(
        "Élodie Brémond <elodie.bremond@gmail.com>", "Inscription", "2026-10-09 16:50",
        """Bonjour,

Mon service civique a été prolongé jusqu'en décembre à la Ligue de l'enseignement du Var (il devait finir fin septembre). Je suis contente mais je veux préparer la suite : j'ai une licence de lettres (2025) et je voudrais travailler dans l'éducation populaire ou la lecture publique associative.

Est-ce que je peux m'inscrire maintenant ?

Élodie Brémond""",
        app("Élodie", "Brémond", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="elodie_sc_prolonge"),
    )),
    # Feature: internship_now — kind — je commence un stage lundi
    # route: a participant of the current cohort leaving it because she starts an internship on Monday; no application, she is already in → other
    N("internship_now", "kind", "je commence un stage lundi", M(
        "Naïma Brahimi <naima.brahimi@gmail.com>", "Je dois quitter le programme", "2026-10-09 18:20",
        """Bonjour Claire,

Je suis désolée de vous prévenir si tard : je commence un stage lundi au Planning familial de Marseille (six mois, c'est pour valider ma licence pro finalement) et je ne pourrai plus venir aux ateliers du jeudi.

Merci pour tout, et je reviendrai peut-être vers vous au printemps.

Naïma""",
        other(),
    )),
    # Feature: after_civic_service — situation — volontaire à la Croix-Rouge jusqu'en janvier
    # ambiguous: «volontaire à la Croix-Rouge» may be a civic service (volontaire en service civique) or plain volunteering, and he does not say: not_service_civique open
    # route: the second paragraph: a BTS of 2026, «volontaire à la Croix-Rouge jusqu'en janvier», a job in an emergency-aid association sought → bac+2 of 2026-06, the volunteering open → to_verify
    N("after_civic_service", "situation", "volontaire à la Croix-Rouge jusqu'en janvier", M(
        "Gabin Lefort <gabin.lefort@gmail.com>", "Candidature", "2026-10-10 09:30",
        """Salut,

Je viens d'avoir mon BTS (Gestion de la PME, juin 2026, Chambéry).

En ce moment je suis volontaire à la Croix-Rouge jusqu'en janvier, sur les maraudes et le vestiaire solidaire, du lundi au jeudi. Après j'aimerais vraiment être salarié dans une asso comme ça, côté gestion ou logistique.

Vous pouvez m'appeler au 06 90 12 47 83 ?

Gabin""",
        app("Gabin", "Lefort", phone="+33690124783", bac=2, grad="2026-06", unknown=("not_service_civique",), status="gabin_volontaire_croix_rouge"),
    )),
    # Feature: internship_now — studies_finished — il me reste le stage de fin d'études
    # route: the first paragraph: a master 2 whose final internship (January to June) is still to do before the diploma → bac "*", studies_finished fails → not_eligible
    N("internship_now", "studies_finished", "il me reste le stage de fin d'études", M(
        "Laure Abiven <laure.abiven@etu.univ-rennes.example.fr>", "Pro'pulse - une question", "2026-10-10 11:15",
        """Bonjour,

Je suis en M2 Économie sociale et solidaire à Rennes : les cours sont finis fin décembre et il me reste le stage de fin d'études, de janvier à juin. Je cherche un stage qui puisse déboucher sur un emploi, dans une coopérative agricole ou une association de circuits courts.

Est-ce que votre programme accompagne aussi les étudiants dans ma situation, ou seulement les diplômés ?

Merci,
Laure Abiven""",
        app("Laure", "Abiven", phone=None, bac="*", grad=None, failing=("studies_finished",), status="laure_stage_fin_etudes_a_faire"),
    )),
    # Feature: internship_now — situation — un stage BAFA pendant les vacances de la Toussaint
    # route: a mother writes for her son (his address and phone in the body): a BTS of July 2026, a BAFA training course («stage») during the holidays is no internship → referral; every criterion meets → eligible
    N("internship_now", "situation", "un stage BAFA pendant les vacances de la Toussaint", M(
        "Christine Viguier <christine.viguier@orange.fr>", "Demande pour mon fils", "2026-10-10 14:40",
        """Bonjour,

Mon fils Nolan Viguier a obtenu en juillet son BTS Économie sociale familiale. Il cherche un emploi dans une association d'aide aux familles ou un centre social, dans le Tarn.

Il fait un stage BAFA pendant les vacances de la Toussaint (la session de formation générale, huit jours), mais à part ça il est disponible tout de suite.

Il n'ose pas trop vous écrire, mais il est d'accord : nolan.viguier81@gmail.com, 06 51 84 29 73.

Bien cordialement,
Christine Viguier""",
        app("Nolan", "Viguier", phone="+33651842973", bac=2, grad="2026-07", email="nolan.viguier81@gmail.com", forwarded_by="christine.viguier@orange.fr", status="nolan_stage_bafa"),
    )),
    # Feature: back_to_school — studies_finished — en alternance depuis septembre
    # route: the first lines: a BTS of 2025, then a licence pro in alternance «depuis septembre» (running) → bac+2 of 2025, studies_finished fails → not_eligible
    N("back_to_school", "studies_finished", "en alternance depuis septembre", M(
        "Inaya Boukhari <inaya.boukhari@gmail.com>", "Pro'pulse ?", "2026-10-10 17:05",
        """Bonjour

je suis en alternance depuis septembre (licence pro Métiers de l'économie sociale, une semaine sur deux à l'IUT de Tourcoing, le reste dans une ressourcerie) après mon BTS de 2025.

Mon alternance finit en août et je voudrais être prête à trouver un CDI dans une ressourcerie ou une recyclerie. Je peux m'inscrire ?

Inaya Boukhari
07 84 39 61 25""",
        app("Inaya", "Boukhari", phone="+33784396125", bac=2, grad="2025", failing=("studies_finished",), status="inaya_alternance"),
    )),
    # Feature: rentree_other_mail — kind — en arrêt maladie jusqu'au 23 octobre
    # route: an adviser's out-of-office (Auto-Submitted) answering our mail, on sick leave; its dates are hers → auto_reply
    N("rentree_other_mail", "kind", "en arrêt maladie jusqu'au 23 octobre", M(
        "Murielle Poncet <m.poncet@apec-rhone.example.org>", "Absence : Atelier commun Pro'pulse / APEC", "2026-10-10 18:00",
        """Bonjour,

Je suis en arrêt maladie jusqu'au 23 octobre. Votre message ne sera pas transféré.

Pour l'atelier jeunes diplômés, vous pouvez contacter ma collègue Alice Bertrand : a.bertrand@apec-rhone.example.org.

Murielle Poncet
Consultante APEC""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: not_finished — studies_finished — mon mémoire est à rendre en décembre
    # route: the first paragraph: a master 2 whose thesis is due in December (ahead), the internship done → bac "*", studies_finished fails → not_eligible
    N("not_finished", "studies_finished", "mon mémoire est à rendre en décembre", M(
        "Héloïse Bertin <heloise.bertin@gmail.com>", "Candidature Pro'pulse (Héloïse Bertin)", "2026-10-11 10:25",
        """Bonjour,

Un petit point sur ma situation : stage terminé en août, mais mon mémoire est à rendre en décembre (M2 Sociologie de l'action publique, Strasbourg), avec une soutenance en janvier. J'ai pris du retard à cause d'un job d'été à temps plein.

Je commence déjà à chercher un poste de chargée d'études ou de plaidoyer dans une association ou une fédération. Pourriez-vous m'accompagner dès maintenant ?

Héloïse Bertin
06 82 59 14 37""",
        app("Héloïse", "Bertin", phone="+33682591437", bac="*", grad=None, failing=("studies_finished",), status="heloise_memoire_decembre"),
    )),
    # Feature: career_change — career_change — ancien commercial dans l'automobile pendant quinze ans
    # route: the first paragraph and a PDF CV: fifteen years in car sales, then a titre professionnel CIP (niveau 5: bac+2) of June 2026, a post in an insertion structure sought → bac+2 of 2026-06, not_career_change fails → not_eligible
    N("career_change", "career_change", "ancien commercial dans l'automobile pendant quinze ans", M(
        "Thierry Lagache <thierry.lagache@orange.fr>", "Candidature - conseiller en insertion", "2026-10-11 15:40",
        """Bonjour,

Ancien commercial dans l'automobile pendant quinze ans, j'ai fait un bilan de compétences après un licenciement économique, puis la formation de conseiller en insertion professionnelle (titre professionnel de niveau 5, obtenu en juin 2026).

À 46 ans, je veux mettre mon sens du contact au service des personnes éloignées de l'emploi, dans un chantier d'insertion, une entreprise d'insertion ou une association intermédiaire. CV joint.

Cordialement,
Thierry Lagache
06 19 73 82 45""",
        app("Thierry", "Lagache", phone="+33619738245", bac=2, grad="2026-06", failing=("not_career_change",), status="thierry_ancien_commercial"),
        cv=CV("pdf", "CV_Thierry_Lagache.pdf", """Thierry Lagache
Valenciennes - 06 19 73 82 45 - thierry.lagache@orange.fr
Formation
Titre professionnel Conseiller en insertion professionnelle (niveau 5) - AFPA Valenciennes - juin 2026
BTS Négociation relation client - 2003
Expérience
Conseiller commercial puis chef des ventes, concessions automobiles - 2009 - 2024
Stage CIP, PLIE du Valenciennois - mars - mai 2026
Bénévole, Restos du cœur de Denain (depuis 2023)"""),
    )),
    # Feature: career_change — career_change — une association de reconversion professionnelle
    # route: the second paragraph: a master of 2025 and a first job at the reception of an association «de reconversion professionnelle» (the employer's trade, not hers: no career change), an ESS post sought → bac+5 of 2025 → eligible
    N("career_change", "career_change", "une association de reconversion professionnelle", M(
        "Alix Perrot <alix.perrot@gmail.com>", "Candidature", "2026-10-11 18:10",
        """Bonjour,

J'ai obtenu mon master en Sciences de l'éducation en 2025 à Lille.

Depuis un an je suis chargée d'accueil en CDD dans une association de reconversion professionnelle, qui accompagne des adultes qui changent de métier. Le contrat se termine fin octobre et ne sera pas renouvelé.

J'aimerais évoluer vers un poste de chargée d'accompagnement ou de formation dans une association ou une SCIC, sur Lille.

Alix Perrot
07 21 64 98 53""",
        app("Alix", "Perrot", phone="+33721649853", bac=5, grad="2025", status="alix_asso_de_reconversion"),
    )),
    # Feature: back_to_school — studies_finished — sur liste d'attente pour le M2
    # route: the first paragraph: an M1 validated in June 2026, on a waiting list for an M2 in alternance (not enrolled on the reading day), a job sought meanwhile in an association → bac+4 of 2026-06 → eligible
    N("back_to_school", "studies_finished", "sur liste d'attente pour le M2", M(
        "Antonin Carrel <antonin.carrel@gmail.com>", "Candidature programme", "2026-10-12 08:35",
        """Bonjour,

J'ai validé mon M1 Management des associations en juin à Grenoble. Je suis sur liste d'attente pour le M2 en alternance, mais vu la date je pense que c'est fichu, et honnêtement je préfère travailler.

Je cherche un poste de chargé de vie associative ou de coordination de bénévoles dans une association sportive ou culturelle en Isère.

Merci pour votre réponse,
Antonin Carrel
06 64 27 19 85""",
        app("Antonin", "Carrel", phone="+33664271985", bac=4, grad="2026-06", status="antonin_liste_attente_m2"),
    )),
    # Feature: rentree_other_mail — kind — Undelivered Mail Returned to Sender
    # route: a delivery failure (multipart/report) of our invitation, the domain misspelt → bounce
    N("rentree_other_mail", "kind", "Undelivered Mail Returned to Sender", M(
        "MAILER-DAEMON <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "2026-10-12 09:10",
        """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<rayane.belhadj@hotmial.fr>: Host or domain name not found. Name service error for name=hotmial.fr type=MX""",
        bounce("rayane.belhadj@hotmial.fr"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; rayane.belhadj@hotmial.fr
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found""",
    )),
    # Feature: back_from_abroad — graduation — master obtenu en 2024
    # route: the first paragraph and a DOCX CV: a master obtained «en 2024» just before an 18-month VIE in Munich (a contract, no placement) ended in August → bac+5 of 2024, the year alone open → to_verify
    N("back_from_abroad", "graduation", "master obtenu en 2024", M(
        "Victor Lambrecht <victor.lambrecht@gmail.com>", "Retour de VIE - candidature Pro'pulse", "2026-10-12 10:20",
        """Bonjour,

Master obtenu en 2024 à l'ESSCA, je suis parti juste après en VIE chez un fabricant de vélos à Munich (18 mois, responsable logistique). Mon VIE s'est terminé en août et je suis rentré à Angers.

Je veux maintenant travailler dans l'économie circulaire : un atelier vélo solidaire, une recyclerie, une coopérative de réemploi. Je joins mon CV.

Bien à vous,
Victor Lambrecht
06 35 48 72 91""",
        app("Victor", "Lambrecht", phone="+33635487291", bac=5, grad="2024", unknown=("graduation_recent",), status="victor_retour_vie"),
        cv=CV("docx", "Victor_Lambrecht_CV.docx", """Victor Lambrecht
Angers - 06 35 48 72 91 - victor.lambrecht@gmail.com
Expérience
VIE - Responsable logistique, fabricant de vélos, Munich - mars 2025 - août 2026
Stage de fin d'études, supply chain, distributeur de cycles - 2024
Formation
Master Grande École - ESSCA - 2024
Langues : allemand (C1), anglais (C1)
Bénévole, atelier vélo participatif d'Angers"""),
    )),
    # Feature: written_for — level — un bac pro ASSP puis le diplôme d'aide-soignante
    # route: a former teacher writes for a former pupil (her phone in the body, no address of her own): a bac pro ASSP then a DEAS (niveau 4, the bac's level) → referral, email null; degree_level fails → not_eligible
    N("written_for", "level", "un bac pro ASSP puis le diplôme d'aide-soignante", M(
        "Jean-Marc Ollier <jm.ollier@lycee-jaures.example.fr>", "Une ancienne élève", "2026-10-12 11:45",
        """Bonjour,

Je suis professeur au lycée professionnel Jean-Jaurès d'Argenteuil. Une ancienne élève, Leïla Mansouri, m'a demandé conseil : elle a un bac pro ASSP puis le diplôme d'aide-soignante, obtenu en juillet 2025, et elle voudrait quitter l'hôpital pour travailler dans une association d'aide aux personnes âgées à domicile.

Je ne sais pas si votre programme lui est ouvert, mais je vous transmets son numéro : 06 58 21 47 36. Elle n'a pas d'adresse mail qu'elle consulte vraiment.

Bien cordialement,
Jean-Marc Ollier""",
        app("Leïla", "Mansouri", phone="+33658214736", bac=0, grad="2025-07", failing=("degree_level",), email=None, forwarded_by="jm.ollier@lycee-jaures.example.fr", status="leila_bac_pro_deas"),
    )),
    # Feature: rentree_other_mail — kind — Accueillir un·e stagiaire à partir de novembre
    # route: an association offering an internship from November for our participants or others; its «bac+3» and its dates are its offer → other
    N("rentree_other_mail", "kind", "Accueillir un·e stagiaire à partir de novembre", M(
        "Les Jardins de Cocagne du Val <contact@cocagne-val.example.org>", "Accueillir un·e stagiaire à partir de novembre", "2026-10-12 13:15",
        """Bonjour,

Notre jardin d'insertion cherche à accueillir un·e stagiaire à partir de novembre (6 mois, gratification légale) sur la commercialisation des paniers et la communication. Niveau bac+3 minimum, en cours de formation.

Si certaines personnes que vous accompagnez sont encore étudiantes et cherchent un stage, pouvez-vous leur transmettre ?

Merci beaucoup,
Romain Tisserand, coordinateur""",
        other(),
    )),
    # Feature: written_for — aim — elle cherche du travail
    # route: an HTML-only mail: a friend writes for Romane (her address in the body): a master of June 2026, «elle cherche du travail» with no employer nor field named → referral; job_seeking_ess open → to_verify
    N("written_for", "aim", "elle cherche du travail", M(
        "Samia Lounis <samia.lounis@gmail.com>", "Pour une amie", "2026-10-12 14:30",
        """Coucou,

Je me permets d'écrire pour une amie, Romane Chevallier, qui a eu son master d'histoire de l'art en juin dernier à Lyon. Elle cherche du travail depuis l'été et elle commence à désespérer, alors je lui ai parlé de vous (j'ai fait Pro'pulse l'an dernier, c'était super).

Elle est au courant que je vous écris, vous pouvez la contacter : romane.chevallier@outlook.fr

Bises et merci !
Samia""",
        app("Romane", "Chevallier", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), email="romane.chevallier@outlook.fr", forwarded_by="samia.lounis@gmail.com", status="romane_par_une_amie"),
        html="only",
    )),
    # Feature: english_stage — situation — my service civique ends on 31 October
    # route: an English mail: a German Bachelor of 2025 (three years), a civic service in a Lyon association ending on 31 October (after the reading day: running) → fails not_service_civique → not_eligible
    N("english_stage", "situation", "my service civique ends on 31 October", M(
        "Lena Hoffmann <lena.hoffmann@gmx.de>", "Application Pro'pulse", "2026-10-12 15:55",
        """Hello,

I am German and I have a Bachelor's degree in Social Work from the Hochschule Esslingen (2025, three years). I came to Lyon for a service civique in an association working with young migrants - my service civique ends on 31 October.

I would really like to stay and find a job in a French association in the same field. My French is B2. Can I apply?

Best,
Lena Hoffmann
07 57 31 28 64""",
        app("Lena", "Hoffmann", phone="+33757312864", bac=3, grad="2025", failing=("not_service_civique",), language="en", status="lena_service_civique_october"),
    )),
    # Feature: rentree_other_mail — kind — Pourrait-on décaler l'entretien
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) asking to move the interview → reply
    N("rentree_other_mail", "kind", "Pourrait-on décaler l'entretien", M(
        "Tristan Olivier <tristan.olivier@gmail.com>", "Re: Votre entretien Pro'pulse le 14 octobre", "2026-10-12 16:40",
        """Bonjour,

Pourrait-on décaler l'entretien à la semaine suivante ? J'ai une journée d'essai le 14 dans une association et je ne peux pas la déplacer.

Merci beaucoup et désolé,
Tristan

Le 9 oct. 2026 à 11:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Tristan,
> Votre entretien est prévu le mercredi 14 octobre à 15h dans nos locaux.
> À très bientôt,
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-10-09-0087@animafac.net>"},
    )),
    # Feature: english_stage — aim — any job where I can use my languages
    # route: an English mail: a four-year BSc of July 2026 from Lagos, «any job where I can use my languages» in Paris, no employer nor sector named → bac+4 of 2026-07, job_seeking_ess open → to_verify
    N("english_stage", "aim", "any job where I can use my languages", M(
        "Chinedu Okonkwo <chinedu.okonkwo@yahoo.com>", "Seeking guidance", "2026-10-12 17:20",
        """Good evening,

My name is Chinedu Okonkwo. I obtained a four-year BSc in Mass Communication from the University of Lagos in July 2026 and I joined my sister in Paris in September.

I am looking for any job where I can use my languages (English, Igbo, Yoruba and some French). Somebody at the church told me about your programme. Please what are the requirements?

Thank you and God bless,
Chinedu Okonkwo
07 45 18 93 62""",
        app("Chinedu", "Okonkwo", phone="+33745189362", bac=4, grad="2026-07", unknown=("job_seeking_ess",), language="en", status="chinedu_any_job"),
    )),
]
