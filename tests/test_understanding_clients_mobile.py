"""What plain and mobile clients do to a mail (the clients corpus, t-mobile): a ``format=flowed`` client
cuts the writer's lines wherever they grow long — a soft break is no break, the sentence is read whole;
two employers put on equal terms with no preference said leave the aim open, whatever department of the
other employer is named."""

from __future__ import annotations

from typing import Any

from reading_day import TODAY, extracted, status

from intake.extract import extract_message


def flowed(body: str, *, delsp: bool = False) -> dict[str, Any]:
    """`body` sent as a plain client sends it: text/plain with ``format=flowed`` (soft breaks = «space ⏎»)."""
    params = "; delsp=yes" if delsp else ""
    head = (
        "From: Lou Perrin <lou.perrin@example.org>\nTo: Pro'pulse <propulse@animafac.net>\n"
        "Subject: Candidature\nDate: Tue, 10 Nov 2026 10:42:00 +0100\nMessage-ID: <flowed.1@example.org>\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed{params}\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    )
    return extract_message((head + body).encode("utf-8"), today=TODAY)


def test_a_diploma_s_date_after_a_soft_line_break_is_the_diploma_s_date() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un BTS \nÉconomie sociale familiale (lycée Jean Moulin, juillet 2026) et \n"
        "je cherche un emploi de conseillère dans une association d'aide au logement.\n\n"
        "-- \nLou Perrin\n"
    )
    result = flowed(body)
    assert result["education"]["graduation"] == "2026-07"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_degree_s_date_after_a_soft_line_break_is_read_when_the_client_deletes_the_space() -> None:
    body = (
        "Hello,\n\nI hold a Licence  \nprofessionnelle in social work (Université de Tours, June 2026) "
        "and I am loo \nking for a job in a housing charity.\n\nLou Perrin\n"
    )
    result = flowed(body, delsp=True)
    assert result["education"]["graduation"] == "2026-06"


def test_a_hard_line_break_in_a_flowed_mail_stays_a_break() -> None:
    from intake.flowed import unflow_text

    assert unflow_text("Licence 2026\nStage fini \nen octobre\n-- \nLou") == (
        "Licence 2026\nStage fini en octobre\n-- \nLou"
    )


def test_a_quoted_flowed_line_is_not_joined_to_the_writer_s_own_line() -> None:
    from intake.flowed import unflow_text

    assert (
        unflow_text("> je suis en stage \nJe ne le suis plus.") == "> je suis en stage\nJe ne le suis plus."
    )


def test_an_association_or_a_town_hall_s_department_with_no_preference_leaves_the_aim_open() -> None:
    body = (
        "Bonjour, titulaire d'une licence de sociologie obtenue en juin 2026, je cherche un poste "
        "d'animateur : une association de quartier ou le pôle culture d'une commune, je n'ai pas de "
        "préférence.\n"
        "Lou Perrin"
    )
    assert status(extracted(body), "job_seeking_ess") == "unknown"


def test_a_charity_or_a_council_s_department_with_no_preference_leaves_the_aim_open() -> None:
    body = (
        "Hello, I got my bachelor's in social policy in June 2026 and I am looking for a youth worker job: a "
        "charity or the youth department of a council, I have no preference.\nLou Perrin"
    )
    assert status(extracted(body), "job_seeking_ess") == "unknown"


def test_a_number_given_only_in_one_s_own_earlier_mail_quoted_without_chevrons_is_one_s_number() -> None:
    body = (
        "Bonjour,\n\nJe reviens vers vous : ma licence est bien validée, le jury s'est réuni hier.\n\nLou\n\n"
        "De : Lou Perrin <lou.perrin@example.org>\nEnvoyé : mardi 6 octobre 2026 09:12\n"
        "À : propulse@animafac.net\nObjet : candidature\n\n"
        "Bonjour, je passe ma licence de géographie et je cherche un emploi dans une association de "
        "quartier. Lou Perrin, 07 12 48 36 90"
    )
    result = extracted(body, "RE: candidature", from_name="Lou Perrin", from_addr="lou.perrin@example.org")
    assert result["applicant"]["phone"] == "+33712483690"


def test_a_number_given_only_in_one_s_own_earlier_mail_under_an_english_outlook_header_is_one_s_number() -> (
    None
):
    body = (
        "Hello,\n\nA quick update: my degree has now been awarded.\n\nLou\n\n"
        "From: Lou Perrin <lou.perrin@example.org>\nSent: Tuesday, October 6, 2026 9:12 AM\n"
        "To: propulse@animafac.net\nSubject: application\n\n"
        "Hello, I am finishing a bachelor's in geography and I am looking for a job in a community charity. "
        "Lou Perrin, 07 12 48 36 90"
    )
    result = extracted(body, "RE: application", from_name="Lou Perrin", from_addr="lou.perrin@example.org")
    assert result["applicant"]["phone"] == "+33712483690"


def test_a_number_in_someone_else_s_quoted_mail_is_not_the_writer_s() -> None:
    body = (
        "Bonjour, j'ai une licence de géographie de 2026 et je cherche un emploi dans une association.\n"
        "Lou Perrin\n\n"
        "De : Mission locale <contact@ml.example.fr>\nEnvoyé : mardi 6 octobre 2026 09:12\n"
        "À : lou.perrin@example.org\nObjet : Pro'pulse\n\n"
        "Bonjour Lou, voici le programme dont je vous ai parlé. Sandrine Morel, 04 76 12 48 36"
    )
    result = extracted(body, "TR: Pro'pulse", from_name="Lou Perrin", from_addr="lou.perrin@example.org")
    assert result["applicant"]["phone"] is None


def test_a_defence_told_held_in_the_sentence_naming_the_diploma_dates_the_diploma() -> None:
    body = (
        "Bonjour, mon mémoire a été soutenu le 9 octobre et j'ai obtenu dans la foulée mon master "
        "Management des associations. Je cherche un emploi de chargé de mission dans une "
        "fédération associative.\nLou Perrin"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-10"


def test_a_viva_that_took_place_in_the_sentence_naming_the_degree_dates_the_degree() -> None:
    body = (
        "Hello, my viva took place on 4 November and I was awarded my master's degree in development "
        "studies that week. I am looking for a job in a fair-trade cooperative.\nLou Perrin"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-11"


def test_a_defence_still_to_come_in_the_diploma_s_sentence_dates_nothing() -> None:
    body = (
        "Bonjour, ma soutenance aura lieu le 9 décembre et je recevrai alors mon master Management des "
        "associations. Je cherche un emploi dans une fédération associative.\nLou Perrin"
    )
    assert extracted(body)["education"]["graduation"] is None


def test_a_sales_job_sought_at_a_motorbike_dealer_is_a_search_outside_the_ess() -> None:
    body = (
        "Bonjour, licence de gestion obtenue en juin 2026, je voudrais travailler comme vendeuse chez un "
        "concessionnaire de motos à Nantes.\nLou Perrin"
    )
    assert status(extracted(body), "job_seeking_ess") == "not_met"


def test_a_sales_job_sought_at_a_car_dealership_is_a_search_outside_the_ess() -> None:
    body = (
        "Hello, I finished my bachelor's in management in June 2026 and I want a sales job at a car "
        "dealership in Leeds.\nLou Perrin"
    )
    assert status(extracted(body), "job_seeking_ess") == "not_met"


def test_a_care_state_diploma_told_the_only_diploma_since_the_bac_is_below_bac_plus_two() -> None:
    body = (
        "Bonjour, je suis titulaire du diplôme d'État d'aide-soignant depuis juillet 2025, c'est mon unique "
        "diplôme depuis le bac. Je cherche un poste dans un EHPAD associatif.\nLou Perrin"
    )
    assert status(extracted(body), "degree_level") == "not_met"


def test_a_state_diploma_told_the_only_qualification_after_the_baccalaureat_is_below_bac_plus_two() -> None:
    body = (
        "Hello, I hold the diplôme d'État d'aide-soignant (2025), my only qualification after the "
        "baccalauréat. I am looking for a job in a care charity.\nLou Perrin"
    )
    assert status(extracted(body), "degree_level") == "not_met"


def test_a_care_state_diploma_spelt_out_alone_keeps_the_level_open() -> None:
    body = (
        "Bonjour, j'ai obtenu mon diplôme d'État d'aide-soignant en juin 2026. Je cherche un poste dans un "
        "EHPAD associatif.\nLou Perrin"
    )
    assert status(extracted(body), "degree_level") == "unknown"


def test_years_given_to_jobs_of_no_kind_on_a_line_of_their_own_leave_the_career_change_open() -> None:
    body = (
        "Bonjour, j'ai une licence de sociologie obtenue en juin 2026 ; de 2016 à 2020, j'ai enchaîné des "
        "contrats. Je cherche un emploi dans une association d'insertion.\nLou Perrin"
    )
    assert status(extracted(body), "not_career_change") == "unknown"


def test_a_span_of_years_of_various_jobs_before_the_degree_leaves_the_career_change_open() -> None:
    body = (
        "Hello, I got my bachelor's in social policy in June 2026. Before that, 2015-2019: various "
        "jobs. I am looking for a job in a housing charity.\nLou Perrin"
    )
    assert status(extracted(body), "not_career_change") == "unknown"


def test_an_internship_done_this_year_with_no_end_said_may_still_run() -> None:
    body = (
        "Bonjour, licence de droit obtenue en juin 2026 ; j'ai fait mon stage cette année dans "
        "une recyclerie, je cherche un emploi dans l'économie sociale et solidaire.\nLou Perrin"
    )
    assert status(extracted(body), "not_internship") == "unknown"


def test_a_civic_service_done_this_year_with_no_end_said_may_still_run() -> None:
    body = (
        "Hello, I finished my bachelor's in June 2026 and I did a civic service this year with a "
        "food bank; I am looking for a job in a charity.\nLou Perrin"
    )
    assert status(extracted(body), "not_service_civique") == "unknown"


def test_a_civic_service_told_finished_this_year_is_over() -> None:
    body = (
        "Bonjour, licence de droit obtenue en juin 2026 ; j'ai terminé mon service civique cette "
        "année dans une recyclerie, je cherche un emploi dans l'économie sociale et solidaire.\nLou Perrin"
    )
    assert status(extracted(body), "not_service_civique") == "met"


def test_a_civic_service_validated_this_year_is_over() -> None:
    body = (
        "Bonjour, licence d'histoire obtenue en juin 2026 ; j'ai validé mon service civique cette année "
        "auprès d'une ressourcerie, je cherche un poste dans une association de quartier.\nLou Perrin"
    )
    assert status(extracted(body), "not_service_civique") == "met"
