"""Translations corpus, batch 07 (writer B): mt_from_french_to_english (French speakers writing English through
a translator: "training course" running, "civic service" running or over, "I passed my master", "professional
license", "retraining" after nine years, "in research of a job" in the social field, "I passed the exams" of a
DE CESF awaiting the jury; a question), bilingual_pair (English + Spanish, English + Portuguese with the TCC
only in the original, French + Portuguese, French + German, French + Arabic with the six years only in the
original, French + Spanish whose years disagree; a reply in our thread, an Italian/French auto-reply),
helper_translated (Pashto, Sudanese Arabic into English, Kurdish from Turkey, Persian into English, Amharic,
Tigrinya: translator's notes that settle or leave open; a helper's question, an interpreters' network)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, other, question, reply
from translations import N

MESSAGES = [
    # Feature: mt_from_french_to_english — situation — I am currently in training course at the Secours Catholique
    # route: French through DeepL into English; "training course" is a stage, running until 15 January 2027 → application (English); internship running → fails not_internship → not eligible
    N("mt_from_french_to_english", "situation", "I am currently in training course at the Secours Catholique", M(
        "Mathilde Rousselot <mathilde.rousselot@example.fr>",
        "Application Pro'pulse",
        "02 10:05",
        """Hello,

I have a professional license in social intervention since June 2026. I am currently in training course at the Secours Catholique of Amiens until 15 January 2027.

After that I would like to find a job in an association. Thank you for your answer.

Mathilde Rousselot""",
        app("Mathilde", "Rousselot", phone=None, bac=3, grad="2026-06", failing=("not_internship",), language="en", status="b_fr_en_training_course_amiens"),
    )),
    # Feature: mt_from_french_to_english — situation — I am in civic service at Unis-Cité since October
    # route: French through Google Translate into English; "civic service" is a service civique, running until June 2027 → application (English); civic service running → fails not_service_civique → not eligible
    N("mt_from_french_to_english", "situation", "I am in civic service at Unis-Cité since October", M(
        "Quentin Le Bihan <quentin.lebihan@example.fr>",
        "Candidacy for the program",
        "03 18:33",
        """Good evening,

I obtained my DUT Social Careers in 2025. I am in civic service at Unis-Cité since October, until June 2027, in Brest.

I would like to prepare my professional project now to work in the social and solidarity economy. Best regards,
Quentin Le Bihan""",
        app("Quentin", "Le Bihan", phone=None, bac=2, grad="2025", failing=("not_service_civique",), language="en", status="b_fr_en_civic_service_brest"),
    )),
    # Feature: mt_from_french_to_english — graduation — I passed my master in social and solidarity economy in September 2026
    # route: French through DeepL into English; "I passed my master" is «j'ai eu mon master», obtained in September 2026 → application (English); master of September 2026, an ESS aim → eligible
    N("mt_from_french_to_english", "graduation", "I passed my master in social and solidarity economy in September 2026", M(
        "Solène Vautrin <solene.vautrin@example.fr>",
        "Application",
        "04 09:12",
        """Hello,

I passed my master in social and solidarity economy in September 2026 at the University of Grenoble. I am in research of a job in a cooperative or an association of the ESS, in the Alps if possible.

Cordially,
Solène Vautrin""",
        app("Solène", "Vautrin", phone=None, bac=5, grad="2026-09", language="en", status="b_fr_en_passed_master_grenoble"),
    )),
    # Feature: mt_from_french_to_english — level — a professional license in social and family economy
    # route: French through Google Translate into English; "professional license" is a licence professionnelle (bac+3), of 2025 → application (English); bac+3 of 2025, an aim in an association → eligible
    N("mt_from_french_to_english", "level", "a professional license in social and family economy", M(
        "Romain Delacroix <romain.delacroix@example.fr>",
        "Registration Pro'pulse",
        "05 14:40",
        """Hello,

I have a professional license in social and family economy (2025), University of Poitiers. I search a job as social worker in an association of housing.

Thanks in advance,
Romain Delacroix
06 33 18 70 42""",
        app("Romain", "Delacroix", phone="+33633187042", bac=3, grad="2025", language="en", status="b_fr_en_professional_license"),
    )),
    # Feature: mt_from_french_to_english — career_change — I am in retraining after nine years as sales assistant
    # route: French through DeepL into English; "retraining" is a reconversion, after nine years as a sales assistant, a BTS of June 2026 → application (English); a career before → fails not_career_change → not eligible
    N("mt_from_french_to_english", "career_change", "I am in retraining after nine years as sales assistant", M(
        "Sandrine Marchal <sandrine.marchal@example.fr>",
        "Application for Pro'pulse",
        "06 20:20",
        """Hello,

I am in retraining after nine years as sales assistant in a supermarket. I obtained the BTS ESF (two-year diploma) in June 2026 by the distance learning.

I want to work in an association of help to families. Thank you.

Sandrine Marchal""",
        app("Sandrine", "Marchal", phone=None, bac=2, grad="2026-06", failing=("not_career_change",), language="en", status="b_fr_en_retraining_vendeuse"),
    )),
    # Feature: mt_from_french_to_english — aim — I am in research of a job in the social field
    # ambiguous: "the social field, maybe in a town hall or a hospital" — public bodies as much as associations: job_seeking_ess stays open
    # route: French through Google Translate into English; a licence of July 2026, the aim in "the social field" → application (English); aim open → to verify
    N("mt_from_french_to_english", "aim", "I am in research of a job in the social field", M(
        "Bastien Giraud <bastien.giraud@example.fr>",
        "Application",
        "07 11:50",
        """Hello,

I have my license of sociology since July 2026 (University of Tours). I am in research of a job in the social field, maybe in a town hall or a hospital.

Best regards,
Bastien Giraud""",
        app("Bastien", "Giraud", phone=None, bac=3, grad="2026-07", unknown=("job_seeking_ess",), language="en", status="b_fr_en_research_social_field"),
    )),
    # Feature: mt_from_french_to_english — studies_finished — I passed the exams of the DE CESF in June and I wait the results of the jury
    # ambiguous: "I passed the exams" is «j'ai passé les épreuves» (sat them), the jury's results still awaited: studies_finished stays open
    # route: French through DeepL into English; the DE CESF sat in June, the results awaited → application (English); studies open → to verify
    N("mt_from_french_to_english", "studies_finished", "I passed the exams of the DE CESF in June and I wait the results of the jury", M(
        "Pauline Ferrand <pauline.ferrand@example.fr>",
        "Candidacy",
        "08 16:16",
        """Hello,

I passed the exams of the DE CESF in June and I wait the results of the jury, they are late this year. I search a job of CESF in an association or a social landlord.

Cordially,
Pauline Ferrand""",
        app("Pauline", "Ferrand", phone=None, bac=3, grad=None, unknown=("studies_finished",), language="en", status="b_fr_en_passed_exams_de_cesf"),
    )),
    # Feature: mt_from_french_to_english — situation — my civic service finished on 31 October
    # route: French through Google Translate into English; a BTS ESF "(two-year diploma)" of July 2025, "civic service" over on 31 October → application (English); civic service over, an aim in an association → eligible
    N("mt_from_french_to_english", "situation", "my civic service finished on 31 October", M(
        "Anaïs Perrot <anais.perrot@example.fr>",
        "Application Pro'pulse - Anaïs Perrot",
        "09 08:48",
        """Hello,

I have the BTS ESF (two-year diploma) since July 2025. After, I made a civic service in a social grocery, and my civic service finished on 31 October.

Now I search a job in an association of solidarity. Thank you!
Anaïs Perrot""",
        app("Anaïs", "Perrot", phone=None, bac=2, grad="2025-07", language="en", status="b_fr_en_civic_service_over"),
    )),
    # Feature: mt_from_french_to_english — kind — Is the program open to the persons in retraining
    # route: French through DeepL into English; a question about who may join, no fact of the writer → question (English)
    N("mt_from_french_to_english", "kind", "Is the program open to the persons in retraining", M(
        "Hélène Castagnet <helene.castagnet@example.fr>",
        "Question about the program",
        "12 13:30",
        """Hello,

Is the program open to the persons in retraining, or only to the young graduates of a license or a master? And is it in distance or in presence?

Thank you in advance,
Hélène Castagnet""",
        question(language="en"),
    )),
    # Feature: bilingual_pair — studies_finished — I finished my career of Social Work in April 2026
    # route: Spanish (Argentina, Mendoza) with an English translation first, the Spanish original under it; "career" is carrera, studies finished in April 2026 → application (English); licenciatura of April 2026, an aim in an NGO → eligible
    N("bilingual_pair", "studies_finished", "I finished my career of Social Work in April 2026", M(
        "Agustina Ponce <agustina.ponce@example.com.ar>",
        "Application / Postulación",
        "02 15:55",
        """Hello,

I finished my career of Social Work in April 2026 at the National University of Cuyo (5 years). I live in Paris since September and I look for a job in an NGO or a cooperative.

---
Texto original:
Hola, terminé la carrera de Trabajo Social en abril de 2026 en la Universidad Nacional de Cuyo (5 años). Vivo en París desde septiembre y busco trabajo en una ONG o una cooperativa.

Agustina Ponce""",
        app("Agustina", "Ponce", phone=None, bac=5, grad="2026-04", language="en", status="b_bil_en_es_carrera_cuyo"),
    )),
    # Feature: bilingual_pair — studies_finished — mas ainda falta defender o TCC
    # route: Portuguese (Brazil, Fortaleza) original under an English translation that dropped the clause; "I finished my course in 2025" but the original adds that the TCC is still to defend → application (English); studies not finished → fails studies_finished → not eligible
    N("bilingual_pair", "studies_finished", "mas ainda falta defender o TCC", M(
        "Larissa Bezerra <larissa.bezerra@example.com.br>",
        "Application Pro'pulse",
        "03 12:44",
        """Hello,

I finished my course of Pedagogy in 2025 at the Federal University of Ceará. I want to work in an association of education in France.

Original:
Olá, terminei as disciplinas do curso de Pedagogia em 2025 na Universidade Federal do Ceará, mas ainda falta defender o TCC. Quero trabalhar numa associação de educação na França.

Larissa Bezerra""",
        app("Larissa", "Bezerra", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="b_bil_en_pt_tcc_only_original"),
    )),
    # Feature: bilingual_pair — graduation — je suis licenciée en Service social de l'Université de Coimbra depuis juillet 2025
    # route: Portuguese (Portugal, Coimbra) original after a French translation by DeepL, both saying July 2025 → application; a Bologna licenciatura (bac+3) of July 2025, an aim in an association → eligible
    N("bilingual_pair", "graduation", "je suis licenciée en Service social de l'Université de Coimbra depuis juillet 2025", M(
        "Beatriz Lopes <beatriz.lopes@example.pt>",
        "Candidature / Candidatura",
        "04 17:28",
        """Bonjour,

Je suis licenciée en Service social de l'Université de Coimbra depuis juillet 2025. Je cherche un travail dans une association d'aide aux personnes âgées à Lyon.

Version originale:
Olá, sou licenciada em Serviço Social pela Universidade de Coimbra desde julho de 2025. Procuro trabalho numa associação de apoio a idosos em Lyon.

Beatriz Lopes""",
        app("Beatriz", "Lopes", phone=None, bac=3, grad="2025-07", status="b_bil_fr_pt_licenciada_coimbra"),
    )),
    # Feature: bilingual_pair — situation — Mon année sociale volontaire est terminée en août 2026
    # route: German (Austria, Innsbruck) original after the French translation, both saying the Freiwilliges Sozialjahr ended in August 2026 → application; civic service over, a Bachelor of June 2025, an ESS aim → eligible
    N("bilingual_pair", "situation", "Mon année sociale volontaire est terminée en août 2026", M(
        "Johanna Hofer <johanna.hofer@example.at>",
        "Bewerbung / Candidature",
        "05 08:08",
        """Bonjour,

J'ai un Bachelor en pédagogie de l'Université d'Innsbruck (juin 2025). Mon année sociale volontaire est terminée en août 2026. Maintenant je cherche un emploi dans l'économie sociale et solidaire à Grenoble.

--- Original (Deutsch) ---
Ich habe einen Bachelor in Pädagogik der Universität Innsbruck (Juni 2025). Mein Freiwilliges Sozialjahr ist im August 2026 beendet. Jetzt suche ich eine Stelle in der Sozial- und Solidarwirtschaft in Grenoble.

Johanna Hofer""",
        app("Johanna", "Hofer", phone=None, bac=3, grad="2025-06", status="b_bil_fr_de_fsj_beendet"),
    )),
    # Feature: bilingual_pair — career_change — عملت محاسبا لمدة ست سنوات
    # route: Arabic (Egypt, Cairo) original under a French translation that says only «j'ai travaillé comme comptable»; the original adds six years → application; a career before → fails not_career_change → not eligible
    N("bilingual_pair", "career_change", "عملت محاسبا لمدة ست سنوات", M(
        "Tarek Fahmy <tarek.fahmy@example.eg>",
        "Candidature",
        "06 13:37",
        """Bonjour,

J'ai le master en gestion de l'Université du Caire (2025). J'ai travaillé comme comptable dans une entreprise. Je veux changer vers le travail associatif.

(traduction) — Texte original:
مرحبا، حصلت على الماجستير في الإدارة من جامعة القاهرة (2025). عملت محاسبا لمدة ست سنوات في شركة. أريد أن أتحول إلى العمل في الجمعيات.

Tarek Fahmy""",
        app("Tarek", "Fahmy", phone=None, bac=5, grad="2025", failing=("not_career_change",), status="b_bil_fr_ar_six_ans_original"),
    )),
    # Feature: bilingual_pair — graduation — me titulé en 2023
    # ambiguous: the French says «diplômée en 2024», the Spanish original «me titulé en 2023»: the two versions disagree, graduation_recent stays open
    # route: Spanish (Venezuela, Valencia) original after a French translation; the year differs between the versions → application; date open → to verify
    N("bilingual_pair", "graduation", "me titulé en 2023", M(
        "Daniela Ochoa <daniela.ochoa@example.com>",
        "Candidature Pro'pulse",
        "07 19:19",
        """Bonjour,

Je suis diplômée en 2024 comme Licenciée en Éducation de l'Université de Carabobo. Je cherche un emploi dans une association éducative.

Texto original:
Hola, me titulé en 2023 como Licenciada en Educación en la Universidad de Carabobo. Busco empleo en una asociación educativa.

Daniela Ochoa""",
        app("Daniela", "Ochoa", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="b_bil_fr_es_years_disagree"),
    )),
    # Feature: bilingual_pair — kind — Oui, je serai là le jeudi 3 décembre
    # route: Spanish and French, the writer's own two versions, an answer in our thread (In-Reply-To our Message-ID) → reply
    N("bilingual_pair", "kind", "Oui, je serai là le jeudi 3 décembre", M(
        "Agustina Ponce <agustina.ponce@example.com.ar>",
        "Re: Réunion d'information",
        "23 09:14",
        """Oui, je serai là le jeudi 3 décembre. Merci!
---
Texto original: Hola, sí, estaré el jueves 3 de diciembre. ¡Muchas gracias!

Agustina""",
        reply(),
        headers={"In-Reply-To": "<reunion-0312.ap@animafac.net>", "References": "<reunion-0312.ap@animafac.net>"},
    )),
    # Feature: bilingual_pair — kind — Risposta automatica
    # route: Italian and French, an automatic absence notice in two versions (Auto-Submitted) → auto_reply
    N("bilingual_pair", "kind", "Risposta automatica", M(
        "Andrea Colombo <andrea.colombo@associazione-esempio.example.it>",
        "Risposta automatica / Réponse automatique",
        "24 07:00",
        """Risposta automatica: sono in ferie fino al 2 dicembre. Grazie.
---
(traduction) Réponse automatique: je suis en congé jusqu'au 2 décembre. Merci.

Andrea Colombo""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: helper_translated — level — il dit qu'il a fait le lycée à Kandahar
    # route: Pashto (Afghanistan) through a neighbour who writes for him, a translator's note saying no university degree → application (a referral); no higher degree → fails degree_level → not eligible
    N("helper_translated", "level", "il dit qu'il a fait le lycée à Kandahar", M(
        "Sylvie Garnier <sylvie.garnier@example.fr>",
        "Pour mon voisin, Ahmad Noorzai",
        "02 17:02",
        """Bonjour,

J'écris pour mon voisin Ahmad Noorzai, qui parle pachto et un peu d'anglais. Je traduis ce qu'il me dit: il dit qu'il a fait le lycée à Kandahar et deux ans de cours d'anglais dans un centre privé (NdT: pas un diplôme universitaire). Il voudrait travailler dans une association, par exemple comme interprète.

Son numéro: 07 58 22 91 40.
Sylvie Garnier""",
        app("Ahmad", "Noorzai", phone="+33758229140", bac=0, grad=None, failing=("degree_level",), email=None, forwarded_by="sylvie.garnier@example.fr", status="b_helper_pashto_lycee"),
    )),
    # Feature: helper_translated — graduation — she means the Bachelor of Medical Laboratory Sciences
    # route: Sudanese Arabic into English through a volunteer, a translator's note giving the degree and its date (March 2025) → application (English, a referral); bac+5 of March 2025, an aim in a refugees' association → eligible
    N("helper_translated", "graduation", "she means the Bachelor of Medical Laboratory Sciences", M(
        "Helen Whitmore <helen.whitmore@example.org.uk>",
        "Application for Amna Osman",
        "03 11:11",
        """Hello,

I am a volunteer at a refugee drop-in in Calais and I write for Amna Osman, who speaks Arabic. She says she finished her Bachelor of Laboratory in 2025. [Translator's note: she means the Bachelor of Medical Laboratory Sciences, 5 years, University of Khartoum, graduation in March 2025.] She wants to work in an association helping refugees, maybe in health.

Her email: amna.osman@example.com

Helen Whitmore""",
        app("Amna", "Osman", phone=None, bac=5, grad="2025-03", email="amna.osman@example.com", forwarded_by="helen.whitmore@example.org.uk", language="en", status="b_helper_sudan_lab_en"),
    )),
    # Feature: helper_translated — situation — il fait le service civique à la Croix-Rouge depuis septembre
    # route: Kurdish (Turkey) through a friend, a translator's note giving eight months → application (a referral); civic service running → fails not_service_civique → not eligible
    N("helper_translated", "situation", "il fait le service civique à la Croix-Rouge depuis septembre", M(
        "Baran Aydın <baran.aydin@example.fr>",
        "Candidature de mon ami Serhat Demir",
        "04 19:40",
        """Bonjour,

Je traduis pour mon ami Serhat Demir, il parle kurde et turc. Il a le lisans (licence) en sociologie de l'Université de Diyarbakır, 2025. Il dit qu'il fait le service civique à la Croix-Rouge depuis septembre (NdT: il a signé pour huit mois). Après il veut travailler dans une association.

Son mail: serhat.demir@example.com
Baran""",
        app("Serhat", "Demir", phone=None, bac=4, grad="2025", failing=("not_service_civique",), email="serhat.demir@example.com", forwarded_by="baran.aydin@example.fr", status="b_helper_kurde_service_civique"),
    )),
    # Feature: helper_translated — aim — she says she is looking for any job
    # ambiguous: the translator's note says she did not name a sector — social work is the translator's guess: job_seeking_ess stays open
    # route: Persian (Iran) into English through a friend; a kārshenāsi of June 2026, the aim left to "any job" → application (English, a referral); aim open → to verify
    N("helper_translated", "aim", "she says she is looking for any job", M(
        "Nasrin Tehrani <nasrin.tehrani@example.com>",
        "For my friend Leila Ahmadi",
        "05 15:05",
        """Hello,

I translate for my friend Leila Ahmadi, she does not speak French or English yet. She has a bachelor (kārshenāsi) in psychology from the University of Isfahan, June 2026. She says she is looking for any job. [Translator's note: I think she means social work, but she did not say it.]

Leila's email: leila.ahmadi@example.com
Nasrin""",
        app("Leila", "Ahmadi", phone=None, bac=4, grad="2026-06", unknown=("job_seeking_ess",), email="leila.ahmadi@example.com", forwarded_by="nasrin.tehrani@example.com", language="en", status="b_helper_farsi_any_job_en"),
    )),
    # Feature: helper_translated — aim — elle voudrait travailler dans une association de santé communautaire
    # route: Amharic (Ethiopia) through an association volunteer, a translator's note settling «infirmière diplômée» as a BSc of July 2026 → application (a referral); bac+4 of July 2026, an aim in a community-health association → eligible
    N("helper_translated", "aim", "elle voudrait travailler dans une association de santé communautaire", M(
        "Claire Bonnefoy <claire.bonnefoy@asso-accueil.example.org>",
        "Candidature de Meron Tesfaye",
        "06 10:30",
        """Bonjour,

Je suis bénévole à l'accueil de jour et je traduis pour Meron Tesfaye (amharique). Elle dit qu'elle est infirmière diplômée depuis 2026 (NdT: elle veut dire qu'elle a fini l'école en juillet 2026, le diplôme s'appelle BSc Nursing, 4 ans, Université d'Addis-Abeba). Elle voudrait travailler dans une association de santé communautaire.

Claire Bonnefoy""",
        app("Meron", "Tesfaye", phone=None, bac=4, grad="2026-07", email=None, forwarded_by="claire.bonnefoy@asso-accueil.example.org", status="b_helper_amharique_bsc_nursing"),
    )),
    # Feature: helper_translated — studies_finished — je ne suis pas sûre qu'elle a eu le diplôme
    # ambiguous: the translator's note doubts the diploma — «j'ai fini les cours» may mean the degree or only the courses: studies_finished stays open
    # route: Tigrinya (Eritrea) through a cousin, a note that leaves the diploma open → application (a referral); studies open → to verify
    N("helper_translated", "studies_finished", "je ne suis pas sûre qu'elle a eu le diplôme", M(
        "Senait Gebremedhin <senait.gebre@example.fr>",
        "Pour ma cousine Ruth Haile",
        "07 21:21",
        """Bonjour,

J'écris pour ma cousine Ruth Haile qui parle tigrigna. Elle dit « j'ai fini les cours de comptabilité au collège d'Asmara en 2025 » (NdT: je ne suis pas sûre qu'elle a eu le diplôme, là-bas le collège c'est après le lycée). Elle cherche un travail dans une association ou une coopérative.

Senait""",
        app("Ruth", "Haile", phone=None, bac="*", grad=None, unknown=("studies_finished",), email=None, forwarded_by="senait.gebre@example.fr", status="b_helper_tigrigna_fini_les_cours"),
    )),
    # Feature: helper_translated — kind — je traduis pour une amie qui voudrait savoir
    # route: a helper translating a friend's question about documents, no fact of the friend → question
    N("helper_translated", "kind", "je traduis pour une amie qui voudrait savoir", M(
        "Fatoumata Keïta <fatoumata.keita@example.fr>",
        "Question pour une amie",
        "14 16:40",
        """Bonjour,

Je traduis pour une amie qui voudrait savoir si elle peut venir au rendez-vous avec quelqu'un pour traduire, et si les documents doivent être en français. (NdT: elle parle dari, elle n'a pas encore d'adresse mail.)

Merci,
Fatoumata""",
        question(),
    )),
    # Feature: helper_translated — kind — notre réseau d'interprètes bénévoles
    # route: an interpreters' network offers its volunteers to partners (its note on «NdT» conventions) → other
    N("helper_translated", "kind", "notre réseau d'interprètes bénévoles", M(
        "Interprètes Solidaires <contact@interpretes-solidaires.example.org>",
        "Proposition: interprètes bénévoles pour vos rendez-vous",
        "16 10:00",
        """Bonjour,

Notre réseau d'interprètes bénévoles (arabe, dari, pachto, tigrigna, ukrainien) peut accompagner les personnes que vous recevez. Nos traductions écrites portent toujours la mention « note du traducteur » quand nous expliquons un mot.

Contactez-nous pour une convention.
L'équipe""",
        other(),
    )),
]
