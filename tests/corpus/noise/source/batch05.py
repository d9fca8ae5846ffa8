"""Batch 5: copy-paste artefacts (a text pasted twice, «▪ •» bullets, tabs, non-breaking spaces, «&nbsp;»,
stray HTML tags, smart quotes from a word processor), and emoji with exclamation or question clusters.
Each message written by hand; the comment names its noise, the fact the noisy words carry and those
words."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from noise import N

MESSAGES = [
    # Noise: paste — graduation — pasted twice
    N("paste", "graduation", "master 2 Action publique obtenu en septembre 2025", M(
        "Lison Charpentier <lison.charpentier@example.org>", "Candidature", "02 08:30",
        """Bonjour,

Titulaire d'un master 2 Action publique obtenu en septembre 2025, je cherche un emploi de chargée de
projets dans une association ou une coopérative.Titulaire d'un master 2 Action publique obtenu en
septembre 2025, je cherche un emploi de chargée de projets dans une association ou une coopérative.

Lison Charpentier""",
        app("Lison", "Charpentier", phone=None, bac=5, grad="2025-09", status="colle_deux_fois_master"),
    )),
    # Noise: paste — situation — bullets: Stage en cours
    N("paste", "situation", "▪ Stage en cours", M(
        "Mathilde Gros <mathilde.gros@example.net>", "Pro'pulse - candidature", "03 09:05",
        """Bonjour, voici mon parcours (copié depuis mon profil) :

▪ Licence pro Métiers de l'économie sociale — juin 2026
▪ Stage en cours : Coopérative Oasis, jusqu'au 15 mars 2027
▪ Objectif : emploi dans l'ESS

Mathilde Gros""",
        app("Mathilde", "Gros", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="puces_stage_en_cours"),
    )),
    # Noise: paste — graduation — &nbsp;
    N("paste", "graduation", "BTS&nbsp;ESF&nbsp;obtenu&nbsp;en&nbsp;juin&nbsp;2025", M(
        "Océane Maillard <oceane.maillard@example.com>", "candidature", "04 10:40",
        """Bonjour,

Je&nbsp;suis&nbsp;titulaire&nbsp;d'un&nbsp;BTS&nbsp;ESF&nbsp;obtenu&nbsp;en&nbsp;juin&nbsp;2025 et je cherche
un emploi de conseillère dans un centre social associatif.

Océane Maillard""",
        app("Océane", "Maillard", phone=None, bac=2, grad="2025-06", status="nbsp_bts_esf_2025"),
    )),
    # Noise: paste — career_change — smart quotes
    N("paste", "career_change", "« reconversion » après 10 ans", M(
        "François Dupuy <francois.dupuy@example.fr>", "Candidature", "05 11:15",
        """Madame, Monsieur,

Je vous adresse ma candidature dans le cadre d’une « reconversion » après 10 ans de comptabilité en
CDI. J’ai obtenu un master “Management des entreprises de l’ESS” en septembre 2026 et je cherche un poste
de directeur administratif et financier dans une association.

François Dupuy""",
        app("François", "Dupuy", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="guillemets_reconversion_10_ans"),
    )),
    # Noise: paste — studies_finished — stray tags
    N("paste", "studies_finished", "<b>je suis en 2e année de BUT</b>", M(
        "Noah Vincent <noah.vincent@example.org>", "candidature", "06 14:00",
        """<div>Bonjour,</div>
<div><b>je suis en 2e année de BUT</b> Carrières sociales (fin en juin 2028) et je cherche un emploi dans
une association d'animation.</div><div><br></div>
<div>Noah</div>""",
        app("Noah", "Vincent", phone=None, bac=1, grad=None, failing=["degree_level", "studies_finished"],
            status="balises_2e_annee_but"),
    )),
    # Noise: paste — situation — tabs
    N("paste", "situation", "Service civique : non", M(
        "Élodie Garcia <elodie.garcia@example.net>", "Candidature Pro'pulse", "07 09:25",
        """Bonjour, je remplis les infos demandées :

Diplôme :\tLicence de sociologie\tjuillet 2025
Stage :\tnon
Service civique :\tnon
Recherche :\temploi dans une association de quartier

Élodie Garcia""",
        app("Élodie", "Garcia", phone=None, bac=3, grad="2025-07", status="tabulations_sc_non"),
    )),
    # Noise: paste — graduation — Word paste
    N("paste", "graduation", "DUT « Carrières sociales » en juin 2022", M(
        "Lamia Cherif <lamia.cherif@example.com>", "Candidature", "08 10:10",
        """Bonjour,

J’ai obtenu mon DUT « Carrières sociales » en juin 2022 ; depuis, j’ai travaillé en CDD dans plusieurs
centres sociaux. Je cherche un poste d’animatrice coordinatrice dans l’ESS.

Lamia Cherif""",
        app("Lamia", "Cherif", phone=None, bac=2, grad="2022-06", failing=["graduation_recent"],
            status="word_dut_2022"),
    )),
    # Noise: paste — aim — bullets: Secteur visé
    N("paste", "aim", "• Secteur visé : grande distribution", M(
        "Baptiste Roger <baptiste.roger@example.org>", "candidature", "09 12:45",
        """Bonjour,

• Master marketing — obtenu en septembre 2025
• Secteur visé : grande distribution
• Disponible immédiatement

Baptiste Roger""",
        app("Baptiste", "Roger", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"],
            status="puces_grande_distribution"),
    )),
    # Noise: paste — graduation — • Master 2 Ingénierie de projets en ESS
    N("paste", "graduation", "• Master 2 Ingénierie de projets en ESS", M(
        "Justine Leroux <justine.leroux@example.fr>", "Candidature + CV", "10 08:50",
        """Bonjour,

Je me permets de vous transmettre mon CV. Je recherche un emploi de chargée de projet dans une structure
de l'ESS.

Justine Leroux""",
        app("Justine", "Leroux", phone="+33623456781", bac=5, grad="2026", info_in="both",
            status="cv_puces_tab_master_2026"),
        cv=CV("docx", "CV_Justine_Leroux.docx", """
Justine Leroux — 06 23 45 67 81
FORMATION
2026\t• Master 2 Ingénierie de projets en ESS, Université de Bordeaux
2024\t• Licence AES
"""),
    )),
    # Noise: paste — kind — forwarded twice
    N("paste", "kind", "partagez l'information", M(
        "Réseau Jeunesse 37 <contact@rj37.example.org>", "TR: TR: Forum", "11 10:20",
        """---------- Message transféré ----------
---------- Message transféré ----------
Forum des métiers du lien social le 5 décembre à Tours, partagez l'information autour de vous !
Forum des métiers du lien social le 5 décembre à Tours, partagez l'information autour de vous !""",
        other(),
    )),
    # Noise: paste — kind — &nbsp; newsletter
    N("paste", "kind", "Lettre&nbsp;d'information", M(
        "Fonda <lettre@fonda.example.org>", "Lettre d'information", "12 07:00",
        """Lettre&nbsp;d'information de novembre&nbsp;: nos prochains webinaires, un dossier sur le bénévolat.
Se&nbsp;désabonner&nbsp;: https://fonda.example.org/desabo""",
        newsletter(),
    )),
    # Noise: paste — kind — bounce with tags
    N("paste", "kind", "Delivery has failed", M(
        "Mail Delivery System <mailer-daemon@mx.example.fr>", "Undelivered Mail Returned to Sender",
        "12 08:00",
        """<p>Delivery has failed to these recipients:</p><p>camille.brun@example.fr</p>""",
        bounce("camille.brun@example.fr"),
        bounce="""Reporting-MTA: dns; mx.example.fr
Final-Recipient: rfc822; camille.brun@example.fr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled""",
    )),
    # Noise: emoji — graduation — 🎓 Master validé en juin 2026
    N("emoji", "graduation", "🎓🎓 Master validé en juin 2026", M(
        "Louna Besson <louna.besson@example.com>", "candidature 😊", "13 20:15",
        """Coucou l'équipe Pro'pulse !!! 👋

🎓🎓 Master validé en juin 2026 !!! 🎉🎉 Et maintenant je cherche un emploi dans l'ESS 💚💚 (idéalement
dans une asso de défense de l'environnement 🌱)

Louna ✨""",
        app("Louna", "Besson", phone=None, bac=5, grad="2026-06", status="emoji_master_juin_2026"),
    )),
    # Noise: emoji — situation — stage 😩
    N("emoji", "situation", "encore en stage 😩😩", M(
        "Maxime Guillaume <maxime.guillaume@example.net>", "candidature !!", "13 21:00",
        """Hello !!

Licence pro obtenue en juin 2026 ✅ mais je suis encore en stage 😩😩 jusqu'au 28 février... Après,
direction l'ESS 🚀🚀

Maxime""",
        app("Maxime", "Guillaume", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="emoji_encore_en_stage"),
    )),
    # Noise: emoji — career_change — 👩‍🍳 ➡️ 🤝
    N("emoji", "career_change", "cuisinière en CDI pendant 9 ans 👩‍🍳 ➡️ 🤝", M(
        "Sonia Ferrand <sonia.ferrand@example.org>", "Ma candidature 🙏", "14 19:40",
        """Bonjour !!

J'ai été cuisinière en CDI pendant 9 ans 👩‍🍳 ➡️ 🤝 puis j'ai repris les études : licence pro médiation
sociale obtenue en juin 2026 🎉. Je veux changer de métier et travailler dans une asso !!!

Sonia""",
        app("Sonia", "Ferrand", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="emoji_cuisiniere_9_ans"),
    )),
    # Noise: emoji — studies_finished — 🙈 pas fini
    N("emoji", "studies_finished", "pas encore fini mon M2 🙈🙈", M(
        "Lilou Baron <lilou.baron@example.fr>", "question ???", "15 22:30",
        """Hello ???

J'ai une licence depuis 2025 (juin) mais pas encore fini mon M2 🙈🙈 (les cours finissent en avril).
Je cherche un job dans l'ESS !!! Je peux m'inscrire ??? 🙏

Lilou""",
        app("Lilou", "Baron", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="emoji_m2_pas_fini"),
    )),
    # Noise: emoji — aim — 💼💼 dans l'ESS
    N("emoji", "aim", "un CDI dans l'ESS 💼💼", M(
        "Ilyes Mansouri <ilyes.mansouri@example.com>", "candidature", "16 18:00",
        """Salut !!! 😄

BTS SP3S ✅ (juillet 2025), pas de stage ❌, pas de service civique ❌, je cherche un CDI dans l'ESS 💼💼
le plus vite possible !!!!

Ilyes""",
        app("Ilyes", "Mansouri", phone=None, bac=2, grad="2025-07", status="emoji_cdi_ess"),
    )),
    # Noise: emoji — graduation — 😅 2023
    N("emoji", "graduation", "diplômé en 2023 😅", M(
        "Quentin Barre <quentin.barre@example.net>", "candidature 🙂", "16 20:45",
        """Bonjour !!

Master de sociologie, diplômé en 2023 😅😅 (oui ça fait un moment !!). Je cherche un emploi dans une
association d'éducation populaire 🙏

Quentin""",
        app("Quentin", "Barre", phone=None, bac=5, grad="2023", failing=["graduation_recent"],
            status="emoji_diplome_2023"),
    )),
    # Noise: emoji — situation — 🇫🇷 service civique
    N("emoji", "situation", "mon service civique se termine le 30 novembre 🥳", M(
        "Eva Rolland <eva.rolland@example.org>", "candidature !!", "20 17:30",
        """Hello !! 👋

Licence de sociologie en juin 2025 🎓, mon service civique se termine le 30 novembre 🥳🥳 et je cherche
un emploi dans une asso de solidarité à partir de décembre !!!

Eva""",
        app("Eva", "Rolland", phone=None, bac=3, grad="2025-06", failing=["not_service_civique"],
            status="emoji_sc_fin_30_novembre"),
    )),
    # Noise: emoji — graduation — English 🎓
    N("emoji", "graduation", "graduated in July 2025!!! 🎓", M(
        "Maya Levin <maya.levin@example.com>", "Application 🙌", "17 16:00",
        """Hi there!! 👋

I graduated in July 2025!!! 🎓🎓 (MA in International Development) and I'm looking for a job in a
French non-profit or co-op 💚🌍 Could you help me??

Maya""",
        app("Maya", "Levin", phone=None, bac=5, grad="2025-07", language="en",
            status="emoji_english_graduated_july_2025"),
    )),
    # Noise: emoji — level — bac pro 😬
    N("emoji", "level", "un bac pro 😬😬", M(
        "Nolan Girard <nolan.girard@example.fr>", "candidature ?!", "18 19:10",
        """Bonjour !!

J'ai un bac pro 😬😬 (2025) et rien après... Je veux bosser dans une asso !!! C'est possible ???

Nolan""",
        app("Nolan", "Girard", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="emoji_bac_pro"),
    )),
    # Noise: emoji — kind — 🤔🤔 question
    N("emoji", "kind", "c'est payant ??? 🤔🤔", M(
        "Amandine Roux <amandine.roux@example.net>", "???", "19 09:30",
        """Bonjour !! Le programme, c'est payant ??? 🤔🤔 Merci !!! 🙏""",
        question(),
    )),
    # Noise: emoji — kind — 👍 reply
    N("emoji", "kind", "👍👍 c'est noté", M(
        "Louna Besson <louna.besson@example.com>", "Re: candidature 😊", "19 10:00",
        """👍👍 c'est noté pour jeudi !!! 😊

> Le 18 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Nous vous proposons un premier entretien jeudi 26 novembre à 11 h.""",
        reply(), headers={"In-Reply-To": "<entretien.1302@animafac.net>"},
    )),
    # Noise: emoji — kind — 🎄 newsletter
    N("emoji", "kind", "🎄✨ Notre agenda de décembre", M(
        "Coopérative Le Relais <news@lerelais.example.org>", "🎄✨ Notre agenda de décembre", "20 07:00",
        """🎄✨ Notre agenda de décembre : marché de Noël solidaire 🎁, atelier réparation 🔧 !!!
Se désinscrire : https://lerelais.example.org/stop""",
        newsletter(),
    )),
    # Noise: emoji — kind — 🌴 auto reply
    N("emoji", "kind", "en congés 🌴🌴", M(
        "Jérôme Lacombe <jerome.lacombe@example.com>", "Absence 🌴", "20 08:00",
        """Je suis en congés 🌴🌴 jusqu'au 30 novembre ! Je vous réponds à mon retour 😊
(message automatique)""",
        auto_reply(),
    )),
    # Noise: paste — aim — pasted twice, English
    N("paste", "aim", "looking for a job in the social economy", M(
        "Hannah Schmidt <hannah.schmidt@example.org>", "Application", "20 11:30",
        """Dear team,

I hold a Master's in Public Policy (September 2025) and I am looking for a job in the social economy
(cooperatives, associations).I hold a Master's in Public Policy (September 2025) and I am looking for a
job in the social economy (cooperatives, associations).

Hannah Schmidt""",
        app("Hannah", "Schmidt", phone=None, bac=5, grad="2025-09", language="en",
            status="paste_twice_english_social_economy"),
    )),
]
