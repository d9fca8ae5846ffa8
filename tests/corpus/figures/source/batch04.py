"""Figures corpus, batch 04 (writer A): set phrases of the job market («jeune diplômée», «sortie d'école»,
«en recherche active», «fin de contrat», «profil junior»), symbols and emoji («🎓 en poche», «M2 ✅», «Stage
✔️ terminé», «Soutenance ⏳», «ESS ❤️») and the same figures in English ("fresh out of uni", "wrapped up my
master's", "still hitting the books", "done and dusted", "a career pivot"), and other mail that carries the
same figures."""
# ruff: noqa: E501

from __future__ import annotations

from figures import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: set_phrase — graduation — jeune diplômée de juin
    # figured: «jeune diplômée de juin» = graduated last June (2026-06, a licence pro) → meets graduation_recent
    N("set_phrase", "graduation", "jeune diplômée de juin", M(
        "Elsa Rolland <elsa.rolland@example.org>", "Candidature Pro'pulse – Elsa Rolland", "02 10:05",
        """Bonjour,

Jeune diplômée de juin en licence professionnelle « Coordination de projets sociaux », je souhaite rejoindre une association d'insertion ou une entreprise adaptée.

Cordialement,
Elsa Rolland
06 38 27 50 14""",
        app("Elsa", "Rolland", phone="+33638275014", bac=3, grad="2026-06", status="jeune_diplomee_juin"),
    )),
    # Feature: set_phrase — aim — actively job hunting in the social and solidarity economy
    # figured: «actively job hunting in the social and solidarity economy» = seeking in the ESS → meets job_seeking_ess
    N("set_phrase", "aim", "actively job hunting in the social and solidarity economy", M(
        "Oluwaseun Adeyemi <seun.adeyemi@example.net>", "Application – Oluwaseun Adeyemi", "03 14:26",
        """Dear team,

Licence in economics (Université Paris Cité, June 2025). I am actively job hunting in the social and solidarity economy, mainly cooperatives and microfinance associations.

Regards,
Oluwaseun Adeyemi
+33 7 24 61 38 90""",
        app("Oluwaseun", "Adeyemi", phone="+33724613890", bac=3, grad="2025-06", status="active_job_hunting_ess", language="en"),
    )),
    # Feature: set_phrase — situation — Situation : fin de contrat au 31 octobre 2026
    # figured: «fin de contrat» = a fixed-term job ended on 31 October 2026, no internship nor civic service → meets
    N("set_phrase", "situation", "Situation : fin de contrat au 31 octobre 2026", M(
        "Quentin Bellamy <quentin.bellamy@example.com>", "candidature", "04 08:50",
        """Bonjour,

Je vous adresse mon CV pour le programme Pro'pulse. Je cherche un poste de gestionnaire dans une mutuelle ou une association.

Quentin Bellamy""",
        app("Quentin", "Bellamy", phone="+33610852947", bac=2, grad="2025-06", status="fin_de_contrat", info_in="both"),
        cv=CV("odt", "Bellamy_CV.odt", """Quentin Bellamy
06 10 85 29 47 — quentin.bellamy@example.com
Situation : fin de contrat au 31 octobre 2026
Formation
BTS Comptabilité et gestion, juin 2025
Expérience
Mai – octobre 2026 : CDD d'aide-comptable, mutuelle santé
Loisirs : course à pied (ligne droite du 10 km de Vannes)"""),
    )),
    # Feature: set_phrase — graduation — sortie d'école
    # ambiguous: «sortie d'école» gives no date: the phrase is used two years after as well as two months after, so recency cannot be settled
    # figured: «sortie d'école» = a master of a business school of no stated date → open graduation_recent
    N("set_phrase", "graduation", "sortie d'école", M(
        "Capucine Delorme <capucine.delorme@example.fr>", "Pro'pulse", "05 16:11",
        """Bonjour,

Sortie d'école avec un master en management de l'innovation sociale, je cherche un poste de chargée de projets dans une fondation ou une association.

Capucine Delorme
07 62 84 13 29""",
        app("Capucine", "Delorme", phone="+33762841329", bac=5, grad=None, unknown=("graduation_recent",), status="sortie_d_ecole"),
    )),
    # Feature: set_phrase — aim — profil junior à la recherche d'un poste dans un cabinet d'audit
    # figured: «profil junior à la recherche d'un poste dans un cabinet d'audit» = aims at audit, not the ESS → fails job_seeking_ess
    N("set_phrase", "aim", "profil junior à la recherche d'un poste dans un cabinet d'audit", M(
        "Arthur Blanchet <arthur.blanchet@example.org>", "candidature", "06 09:37",
        """Bonjour,

Master CCA obtenu en septembre 2026, profil junior à la recherche d'un poste dans un cabinet d'audit. On m'a dit que votre programme aidait à préparer les entretiens.

Arthur Blanchet
06 57 39 82 04""",
        app("Arthur", "Blanchet", phone="+33657398204", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="profil_junior_audit"),
    )),
    # Feature: set_phrase — career_change — primo-demandeuse d'emploi
    # figured: «primo-demandeuse d'emploi» = looking for a first job, no earlier career → meets not_career_change
    N("set_phrase", "career_change", "primo-demandeuse d'emploi", M(
        "Yasmine Toure <yasmine.toure@example.com>", "candidature Pro'pulse", "07 13:48",
        """Bonjour,

Primo-demandeuse d'emploi, titulaire d'un DEASS obtenu en juillet 2025, je cherche un poste d'assistante sociale dans une association d'accueil de familles.

Yasmine Toure
07 35 90 61 28""",
        app("Yasmine", "Toure", phone="+33735906128", bac=3, grad="2025-07", status="primo_demandeuse"),
    )),
    # Feature: set_phrase — kind — Les profils « sortie d'école » sont-ils prioritaires
    # figured: «sortie d'école» = asked in general → kind question: no personal fact
    N("set_phrase", "kind", "Les profils « sortie d'école » sont-ils prioritaires", M(
        "Bureau des élèves <bde@ecole.example.fr>", "Question pour nos étudiants", "08 11:22",
        """Bonjour,

Les profils « sortie d'école » sont-ils prioritaires dans votre programme, ou acceptez-vous aussi les personnes en reconversion ?

Le BDE""",
        question(),
    )),
    # Feature: set_phrase — kind — Poste à pourvoir immédiatement
    # figured: «Poste à pourvoir immédiatement» = job offers broadcast → kind newsletter
    N("set_phrase", "kind", "Poste à pourvoir immédiatement", M(
        "Emplois Solidaires <offres@emplois-solidaires.example.org>", "Les offres de la semaine", "09 06:00",
        """Les offres de la semaine

- Coordinateur·rice de tiers-lieu, CDI, poste à pourvoir immédiatement (Nantes)
- Chargé·e d'accueil, CDD 6 mois, temps plein (Lyon)

Vous recevez ce courriel car vous êtes abonné·e. Se désabonner : https://emplois-solidaires.example.org/stop""",
        newsletter(),
    )),
    # Feature: symbols_emoji — graduation — 🎓 en poche depuis juillet 2025
    # figured: «🎓 en poche» = the diploma (a licence) obtained in July 2025 → meets graduation_recent
    N("symbols_emoji", "graduation", "🎓 en poche depuis juillet 2025", M(
        "Léonie Masson <leonie.masson@example.net>", "candidature 🙂", "09 19:44",
        """Hello !

Licence de sciences de l'éducation : 🎓 en poche depuis juillet 2025. Je cherche un poste d'animatrice-coordinatrice dans une asso d'éducation populaire 🌱

Léonie Masson
06 04 73 18 56""",
        app("Léonie", "Masson", phone="+33604731856", bac=3, grad="2025-07", status="diplome_en_poche"),
    )),
    # Feature: symbols_emoji — studies_finished — M2 ✅ (juin 2025)
    # figured: «M2 ✅» = the master 2 done and obtained (June 2025) → meets studies_finished
    N("symbols_emoji", "studies_finished", "M2 ✅ (juin 2025)", M(
        "Anton Petrov <anton.petrov@example.org>", "Candidature Pro'pulse", "10 10:19",
        """Bonjour,

Veuillez trouver mon CV ci-joint.

Anton Petrov""",
        app("Anton", "Petrov", phone="+33741952068", bac=5, grad="2025-06", status="m2_coche", info_in="cv"),
        cv=CV("pdf", "Anton_Petrov_CV.pdf", """Anton Petrov
07 41 95 20 68 — anton.petrov@example.org
Formation : M2 ✅ (juin 2025) — Économie sociale et solidaire, Université de Strasbourg
Objectif : chargé de développement dans une coopérative ou une association d'insertion
Langues : russe, français, anglais"""),
    )),
    # Feature: symbols_emoji — studies_finished — Soutenance ⏳ février
    # figured: «⏳» on «Soutenance» = the master's defence still to come in February → fails studies_finished
    N("symbols_emoji", "studies_finished", "Soutenance ⏳ février", M(
        "Rose Lefebvre <rose.lefebvre@example.fr>", "Pro'pulse 📩", "11 15:05",
        """Bonjour,

Mon point d'avancement : Master Développement social — cours ✔️, stage ✔️, Soutenance ⏳ février.

Je vise une association de développement local.

Rose Lefebvre
06 70 26 94 35""",
        app("Rose", "Lefebvre", phone="+33670269435", bac="*", grad=None, failing=("studies_finished",), status="soutenance_sablier"),
    )),
    # Feature: symbols_emoji — situation — Stage ✔️ terminé le 15 octobre
    # figured: «Stage ✔️ terminé» = internship over since 15 October 2026 → meets not_internship
    N("symbols_emoji", "situation", "Stage ✔️ terminé le 15 octobre", M(
        "Malik Benyahia <malik.benyahia@example.com>", "candidature", "12 12:37",
        """Bonjour,

BUT Gestion des entreprises et des administrations, juin 2026. Stage ✔️ terminé le 15 octobre. Je cherche un poste administratif dans une association ou une SCOP.

Malik Benyahia
07 77 12 40 69""",
        app("Malik", "Benyahia", phone="+33777124069", bac=3, grad="2026-06", status="stage_coche_termine"),
    )),
    # Feature: symbols_emoji — aim — ESS ❤️ ou privé 💼, peu importe
    # ambiguous: the heart on the ESS sits beside a briefcase for any private company and «peu importe»: whether the search is in the ESS cannot be settled
    # figured: «ESS ❤️ ou privé 💼, peu importe» = ESS or a private firm alike → open job_seeking_ess
    N("symbols_emoji", "aim", "ESS ❤️ ou privé 💼, peu importe", M(
        "Lucie Renard <lucie.renard@example.org>", "Pro'pulse ✨", "13 18:58",
        """Coucou,

Licence de communication (juin 2026). Secteurs visés : ESS ❤️ ou privé 💼, peu importe, je veux surtout faire de la com'.

Lucie Renard
06 15 48 27 93""",
        app("Lucie", "Renard", phone="+33615482793", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="ess_coeur_ou_prive"),
    )),
    # Feature: symbols_emoji — situation — Stage en cours ⏳ jusqu'au 28 février
    # figured: «⏳» on «Stage en cours» = internship running until 28 February 2027 → fails not_internship
    N("symbols_emoji", "situation", "Stage en cours ⏳ jusqu'au 28 février", M(
        "Hugo Ferrand <hugo.ferrand@example.net>", "candidature 📝", "14 09:51",
        """Bonjour,

Licence pro « Gestion associative », juin 2026 🎓. Stage en cours ⏳ jusqu'au 28 février dans une fédération sportive. Ensuite : un emploi dans une association sportive ou de loisirs.

Hugo Ferrand
06 84 57 30 12""",
        app("Hugo", "Ferrand", phone="+33684573012", bac=3, grad="2026-06", failing=("not_internship",), status="stage_sablier"),
    )),
    # Feature: symbols_emoji — kind — Votre colis est en route 🚚
    # figured: «🚚» on «Votre colis est en route» = a parcel notice → kind other
    N("symbols_emoji", "kind", "Votre colis est en route 🚚", M(
        "Suivi colis <suivi@colis.example.com>", "Votre colis est en route 🚚", "15 07:12",
        """Bonjour,

Votre colis est en route 🚚 ! Livraison prévue le 17 novembre entre 9 h et 13 h.

Suivi colis""",
        other(),
    )),
    # Feature: symbols_emoji — kind — ❌ Échec de remise
    # figured: «❌» on «Échec de remise» = the mail was not delivered → kind bounce
    N("symbols_emoji", "kind", "❌ Échec de remise", M(
        "Mail Delivery Subsystem <mailer-daemon@gw.example.fr>", "❌ Échec de remise : Pro'pulse", "16 03:33",
        """❌ Échec de remise

Votre message à laura.michaud@example.fr n'a pas été distribué : adresse inconnue.""",
        bounce("laura.michaud@example.fr"),
        bounce="Reporting-MTA: dns; gw.example.fr\nFinal-Recipient: rfc822; laura.michaud@example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: english_figures — graduation — fresh out of uni since July
    # figured: «fresh out of uni since July» = a bachelor's obtained last July (2026-07) → meets graduation_recent
    N("english_figures", "graduation", "fresh out of uni since July", M(
        "Aiden Walsh <aiden.walsh@example.com>", "Pro'pulse – application", "16 13:29",
        """Hi there,

I'm fresh out of uni since July with a bachelor's in social policy from Lyon, and I'd love to join a housing charity or a community land trust.

Best,
Aiden Walsh
07 58 14 29 60""",
        app("Aiden", "Walsh", phone="+33758142960", bac=3, grad="2026-07", status="fresh_out_of_uni", language="en"),
    )),
    # Feature: english_figures — studies_finished — I wrapped up my master's in September
    # figured: «wrapped up my master's» = the master finished and obtained (September 2026) → meets studies_finished
    N("english_figures", "studies_finished", "I wrapped up my master's in September", M(
        "Mei Lin Chen <meilin.chen@example.org>", "Application for Pro'pulse", "17 10:40",
        """Hello,

I wrapped up my master's in September (public policy, Sciences Po Lille). I'm looking for a job with a cooperative or an association working on social inclusion.

Many thanks,
Mei Lin Chen
06 96 31 57 24""",
        app("Mei Lin", "Chen", phone="+33696315724", bac=5, grad="2026-09", status="wrapped_up_masters", language="en"),
    )),
    # Feature: english_figures — studies_finished — I'm still hitting the books
    # figured: «still hitting the books» = the M2 still being followed → fails studies_finished
    N("english_figures", "studies_finished", "I'm still hitting the books", M(
        "Diego Alvarez <diego.alvarez@example.net>", "question / application", "18 21:07",
        """Hey,

I'm still hitting the books for my M2 in sustainable development in Montpellier, until next summer. Can I apply already? I'm aiming at an energy cooperative.

Diego Alvarez
07 43 26 81 50""",
        app("Diego", "Alvarez", phone="+33743268150", bac="*", grad=None, failing=("studies_finished",), status="hitting_the_books", language="en"),
    )),
    # Feature: english_figures — situation — my civic service year is done and dusted
    # figured: «done and dusted» on «my civic service year» = service civique over → meets not_service_civique
    N("english_figures", "situation", "my civic service year is done and dusted", M(
        "Hannah Fischer <hannah.fischer@example.com>", "Application", "19 11:33",
        """Dear Pro'pulse team,

BTS in tourism, June 2025. My civic service year is done and dusted, after eight months with a youth hostel network. I want to stay in social tourism, ideally in a non-profit holiday association.

Kind regards,
Hannah Fischer
06 27 40 83 61""",
        app("Hannah", "Fischer", phone="+33627408361", bac=2, grad="2025-06", status="civic_done_and_dusted", language="en"),
    )),
    # Feature: english_figures — career_change — a career pivot after a few years in sales
    # ambiguous: «a few years in sales» before the pivot may be a student job or a first career: the length and nature are never told
    # figured: «a career pivot after a few years in sales» = a turn after an unclear stretch in sales, then a licence pro (2026) → open not_career_change
    N("english_figures", "career_change", "a career pivot after a few years in sales", M(
        "Rohan Mehta <rohan.mehta@example.org>", "Pro'pulse application – Rohan Mehta", "20 15:14",
        """Hello,

My licence pro in social intervention (June 2026) was a career pivot after a few years in sales. I now want to work in a work-integration social enterprise.

Rohan Mehta
07 91 05 37 42""",
        app("Rohan", "Mehta", phone="+33791053742", bac=3, grad="2026-06", unknown=("not_career_change",), status="career_pivot_sales", language="en"),
    )),
    # Feature: english_figures — aim — I just want my work to make a difference, wherever that is
    # ambiguous: «make a difference, wherever that is» names no sector: ESS or not, a careful reader cannot tell
    # figured: «make a difference, wherever that is» = a wish for meaning, no sector → open job_seeking_ess
    N("english_figures", "aim", "I just want my work to make a difference, wherever that is", M(
        "Grace Okafor <grace.okafor@example.net>", "Application", "21 09:48",
        """Hi,

Master's in psychology, July 2025. I just want my work to make a difference, wherever that is.

Grace Okafor
06 13 72 98 45""",
        app("Grace", "Okafor", phone="+33613729845", bac=5, grad="2025-07", unknown=("job_seeking_ess",), status="make_a_difference", language="en"),
    )),
    # Feature: english_figures — graduation — out of school since the dinosaurs (well, since 2018)
    # figured: «since the dinosaurs» = overstated, the year beside it decides: 2018 → fails graduation_recent
    N("english_figures", "graduation", "out of school since the dinosaurs (well, since 2018)", M(
        "Liam O'Connor <liam.oconnor@example.com>", "Application – Pro'pulse", "22 14:02",
        """Hello,

BTS in management, and I've been out of school since the dinosaurs (well, since 2018). I'd like to move into a job with a food bank or a community association.

Liam O'Connor
07 65 48 21 37""",
        app("Liam", "O'Connor", phone="+33765482137", bac=2, grad="2018", failing=("graduation_recent",), status="since_the_dinosaurs", language="en"),
    )),
    # Feature: english_figures — kind — I haven't seen the link pop up yet
    # figured: «pop up» on «the link» = the link not arrived → kind reply: no personal fact
    N("english_figures", "kind", "I haven't seen the link pop up yet", M(
        "Sara Lindqvist <sara.lindqvist@example.org>", "Re: Pro'pulse – information session", "23 10:26",
        """Hi,

I haven't seen the link pop up yet for Thursday's session. Could you send it again?

Sara

> On 20 Nov 2026, Pro'pulse wrote:
> The information session is on Thursday at 6 pm.""",
        reply(),
        headers={"In-Reply-To": "<sess.20261120.0019@animafac.net>", "References": "<sess.20261120.0019@animafac.net>"},
    )),
    # Feature: english_figures — kind — I'm out of pocket until Monday
    # figured: «out of pocket» = away and unreachable → kind auto_reply: no personal fact
    N("english_figures", "kind", "I'm out of pocket until Monday", M(
        "Daniel Brooks <daniel.brooks@example.net>", "Automatic reply: Pro'pulse", "24 08:00",
        """Thanks for your email. I'm out of pocket until Monday 30 November and will reply when I'm back.

Daniel Brooks""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
