"""The labelled corpora, each described once: where it lives, how it was written, whether anybody tuned the
reader on it, and the floors its scores must stay above.

bench/score_corpora.py prints a table row per corpus from this list; tests/test_corpus_scores.py checks every
corpus against its floors, its build and its truth. The history comment above each entry records what was
measured when a floor was set: read it before raising one (floors are measured figures minus 0.02, never
lowered to let a change through).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
# The day a corpus is read on (its dates and the two-year limit are written for it), unless a truth line names
# its message's own reading day (`read_on`: the seasons corpus reads each mail on the day it arrived).
TODAY = "2026-11-26"


@dataclass(frozen=True)
class Corpus:
    name: str  # also its folder's name, under `home`
    method: str  # how its messages were written, and when it started to be tuned on
    floors: dict[str, float]  # kind, fields, verdict (bench/score.py's figures)
    max_false_rejections: int  # eligible people judged not eligible; the goal everywhere is 0
    messages_at_least: int
    never_tuned_on: bool = False  # True while nobody has read its mistakes to change the reader
    max_false_acceptances: int | None = None  # None: not bounded (yet)
    min_consistency: float | None = None  # contrast sets only: groups read right in every member
    home: Path = CORPUS

    @property
    def directory(self) -> Path:
        return self.home / self.name

    @property
    def label(self) -> str:
        """The table's row title: name, place, method."""
        seen = ", never tuned on" if self.never_tuned_on else ""
        return f"{self.name} ({os.path.relpath(self.directory, REPO)}, {self.method}{seen})"


CORPORA = (
    # Floors = the scores measured when the floors were last raised (stop 20, the merged reader), minus 0.02.
    # Tuned on since stop 19 (kind 1.000, fields 0.997, verdict 1.000). These floors guard against regression;
    # they are not a figure for unseen mail. See README, «Measured on mail we did not tune on». No false
    # rejection, and none may come back.
    Corpus("voices", "written one by one, tuned on from stop 19", messages_at_least=220,
           floors={"kind": 0.980, "fields": 0.977, "verdict": 0.980}, max_false_rejections=0),
    # Same rule as voices. Tuned on since stop 20 (kind 1.000, fields 0.988, verdict 0.972; the unseen corpus
    # then became ../fresh). No false rejection, and none may come back.
    Corpus("holdout", "written from persona cards, tuned on from stop 20", messages_at_least=150,
           floors={"kind": 0.980, "fields": 0.968, "verdict": 0.952}, max_false_rejections=0),
    # First figure (2026-12-02, reader of main at 389bd05, nobody had read the corpus): kind 0.922, fields
    # 0.809, verdict 0.650, 4 false rejections, 7 false acceptances. That figure recorded, fresh is TUNED ON
    # from stop 20 (kind side h-fkinds, criteria side h-fcrit); its floors are the merged reader's scores
    # (kind 1.000, fields 0.988, verdict 0.937, no false rejection nor acceptance) minus 0.02, and no false
    # rejection is allowed. The unseen corpus then became ../contrast.
    Corpus("fresh", "written channel first, tuned on from stop 20", messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.968, "verdict": 0.917}, max_false_rejections=0),
    # First figure (2026-12-02, reader of main at 67a9df0, after the corpus was committed and before anybody
    # read it): kind 0.986, fields 0.977, verdict 0.833, 1 false rejection, 2 false acceptances, consistency
    # 45/70 = 0.643; after the round that tuned on ../fresh (nobody read this corpus): kind 0.986, fields
    # 0.983, verdict 0.854, 1 false rejection, 1 false acceptance, consistency 46/70 = 0.657. Tuned on at stop
    # 21 (h-caim, h-csit, h-cedu): kind 1.000, fields 1.000, verdict 1.000, no false rejection nor acceptance,
    # consistency 70/70. Floors = those minus 0.02; no false rejection may come back.
    Corpus("contrast", "contrast sets, tuned on from stop 21", messages_at_least=200, min_consistency=0.980,
           floors={"kind": 0.980, "fields": 0.980, "verdict": 0.980}, max_false_rejections=0),
    # First figure (2026-12-02, reader of main at 711910a, after the corpus was committed and before anybody
    # read it): kind 0.927, fields 0.961, verdict 0.701, 3 false rejections, 7 false acceptances; one label
    # found wrong in its mistakes (a bulk sales mail labelled `other`, a `newsletter` by the corpora's
    # convention) was corrected, which gives kind 0.932 on the same output. Tuned on at stop 21 (h-docs):
    # kind 0.986, fields 0.963, verdict 0.878, no false rejection nor acceptance. Floors = those minus 0.02;
    # no false rejection may come back.
    Corpus("documents", "written documents first, tuned on from stop 21", messages_at_least=200,
           floors={"kind": 0.966, "fields": 0.943, "verdict": 0.858}, max_false_rejections=0),
    # First figure (2026-12-02, reader of main at 305a4da, after all 210 messages and labels were committed
    # and before anybody read it): kind 0.948, fields 0.953, verdict 0.776, 0 false rejections, 2 false
    # acceptances, consistency 38/70 = 0.543 (sets read right in all three registers). Its mistakes were read
    # only for wrong labels: none was found. Scored again after the round tuned on ../contrast and
    # ../documents (reader of main at 2498fec; nobody had read this corpus): kind 0.948, fields 0.959, verdict
    # 0.871, 0 false rejections, 1 false acceptance, consistency 45/70 = 0.643. Tuned on in stop 21's second
    # round (h-rkinds, h-rcrit): kind 1.000, fields 0.990, verdict 0.986, no false rejection nor acceptance,
    # consistency 68/70 = 0.971. Floors = those minus 0.02; no false rejection may come back.
    Corpus("registers", "invariance sets across registers, tuned on from stop 21", messages_at_least=200,
           min_consistency=0.951, floors={"kind": 0.980, "fields": 0.970, "verdict": 0.966},
           max_false_rejections=0),
    # First figure (2026-12-02, reader of main at ae18e10, after all 230 messages and labels were committed
    # and before anybody read it): kind 0.983, fields 0.929, verdict 0.845, 2 false rejections, 1 false
    # acceptance.
    # Its mistakes were read only for wrong labels: two were (a parent writing that his son is still studying,
    # an application and not a question; a German Ausbildung, of the bac's level, failing degree_level and
    # not left open); corrected, the same output scores kind 0.987, fields 0.928, verdict 0.846, 2 false
    # rejections, 1 false acceptance. Floors = that figure minus 0.02; no more false rejections than measured.
    # Scored again at the end of stop 21, after the round tuned on ../registers (reader of main at the merge
    # of h-rcrit; nobody had read this corpus): kind 0.991, fields 0.928, verdict 0.846, 2 false rejections,
    # 1 false acceptance. Tuned on at stop 22 (h-aedu: education and dates; h-asit: situation, aim, kinds,
    # names): kind 1.000, fields 0.999, verdict 0.988, no false rejection nor acceptance. Floors = those minus
    # 0.02; no false rejection may come back.
    Corpus("abroad", "written from a grid of education systems, paths and date styles, tuned on from stop 22",
           messages_at_least=200, floors={"kind": 0.980, "fields": 0.979, "verdict": 0.968},
           max_false_rejections=0),
    # First figure (2026-12-03, reader of main at c09c139, on h-ninth's commit 0e44272, after all 205 messages
    # and labels were committed and before anybody read it): kind 0.985, fields 0.954, verdict 0.717, 0 false
    # rejections, 8 false acceptances. Its mistakes were read only for wrong labels: one was (a journalist's
    # request for figures labelled a `question`, `other` by the corpora's convention); corrected, the same
    # output scores kind 0.990, fields 0.954, verdict 0.717, 0 false rejections, 8 false acceptances. Floors =
    # that figure minus 0.02; no false rejection allowed, as measured. Scored again after the round tuned on
    # ../abroad (reader of main at 5b816e5; nobody had read this corpus): kind 0.985, fields 0.957, verdict
    # 0.724, 0 false rejections, 8 false acceptances. Tuned on in stop 22's second round (h-bedu: dates,
    # levels, kinds, names; h-bsit: situations, career change, aim): kind 1.000, fields 1.000, verdict 0.959,
    # no false rejection nor acceptance. Floors = those minus 0.02; no false rejection may come back.
    Corpus("boundaries", "written boundaries first, each message on one side of one decision edge, tuned on "
           "from stop 22", messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.980, "verdict": 0.939}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at 1fbf16c — tuned on abroad, not yet on boundaries — after all
    # 200 messages and labels were committed and before anybody read it): kind 0.975, fields 0.913, verdict
    # 0.547, 8 false rejections, 14 false acceptances (10 % of 139 applications). Three of its false
    # rejections were read only to check their labels: all three right, none corrected. Floors = that figure
    # minus 0.02; no more false rejections than measured. Tuned on at stop 23 (h-dcor: corrections,
    # postscripts, quoted older mail, tense; h-dmod: reported speech, conditions, questions, hedges,
    # concessions, lists; h-dfin: ends not reached yet, a volunteering of unsaid kind; h-drest: the rest):
    # kind 0.980, fields 0.950, verdict 0.906, no false rejection, 4 false acceptances. Floors = those minus
    # 0.02; no false rejection may come back.
    Corpus("discourse", "written discourse first, the deciding fact inside one structure (PS, hedge, quote…),"
           " tuned on from stop 23", messages_at_least=200,
           floors={"kind": 0.960, "fields": 0.930, "verdict": 0.886}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at 9091bdc — tuned on abroad and boundaries, not on discourse —
    # after all 200 messages and labels were committed and before anybody read it): kind 0.985, fields 0.972,
    # verdict 0.757, 3 false rejections, 3 false acceptances (2 % of 140 applications). Its three false
    # rejections were read only to check their labels: all three right, none corrected. Floors = that figure
    # minus 0.02; no more false rejections than measured. Scored again after the round tuned on ../discourse
    # (reader of main at 5ba8f12; nobody had read this corpus): the same figure, no verdict or kind changed.
    # Tuned on in stop 23's second round (h-ledu: education; h-lsit: situations, aim, kinds): kind 0.985,
    # fields 0.995, verdict 0.964, no false rejection nor acceptance. Floors = those minus 0.02; no false
    # rejection may come back.
    Corpus("lives", "written lives first: life timelines drawn by a seeded generator, labelled by an oracle "
           "from the card, each narrated by hand, tuned on from stop 23", messages_at_least=200,
           floors={"kind": 0.965, "fields": 0.975, "verdict": 0.944}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at 3e9356e — tuned on discourse's first round, not on lives —
    # after all 204 messages and labels were committed and before anybody read it): kind 0.956, fields 0.917,
    # verdict 0.578, 9 false rejections, 3 false acceptances (2 % of 147 applications). Its nine false
    # rejections were read only to check their labels: all nine right, none corrected. Floors = that figure
    # minus 0.02; no more false rejections than measured. Scored again at the end of stop 23, after the rounds
    # that tuned on ../discourse and ../lives (reader of main at f52b70c; nobody had read this corpus): kind
    # 0.956, fields 0.915, verdict 0.599, 9 false rejections, 2 false acceptances. Tuned on at stop 24
    # (h-sown: whose a fact is; h-ssense: in which sense a criterion's word is used, a mail's wrapped
    # lines; h-skind: kinds, names, ESS, true senses): kind 0.995, fields 0.987, verdict 0.939, no false
    # rejection nor acceptance. Floors = those minus 0.02; no false rejection may come back.
    Corpus("senses", "written word senses first: the criteria's words in other senses, of other people, and "
           "in their true sense, tuned on from stop 24", messages_at_least=200,
           floors={"kind": 0.975, "fields": 0.967, "verdict": 0.919}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at cdaa0a4 — tuned on discourse and lives, not on senses —
    # after all 240 messages and labels were committed and before anybody read it): kind 0.958, fields 0.940,
    # verdict 0.614, 1 false rejection, 9 false acceptances (5.3 % of 171 applications). Its false rejection
    # was read only to check its label: right («l'arrêt de mon service civique remonte à la fin août», read
    # as one held now). Floors = that figure minus 0.02; no more false rejections than measured. Scored
    # again after the round that tuned on ../senses (reader of main at b81b77c; nobody had read this corpus):
    # kind 0.975, fields 0.975, verdict 0.737, 1 false rejection, 18 false acceptances. Tuned on in stop 24's
    # second round (h-cedu: education, dates, levels; h-csit: situations, career change; one label corrected,
    # 0091; h-caim: aims said through a comparison): kind 0.975, fields 0.996, verdict 0.965, no false
    # rejection nor acceptance. Floors = those minus 0.02; no false rejection may come back.
    Corpus("constructions", "written constructions first: each deciding fact stated in a construction drawn "
           "from a grid fixed first (nominalisation, passive, relative, cleft, relative time…), tuned on "
           "from stop 24", messages_at_least=240,
           floors={"kind": 0.955, "fields": 0.976, "verdict": 0.945}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at 7f4532e — tuned on senses, not on constructions — after all
    # 204 messages and labels were committed and before anybody read it): kind 0.917, fields 0.875, verdict
    # 0.603, no false rejection, 11 false acceptances (7.3 % of 151 applications). Floors = that figure minus
    # 0.02; no false rejection allowed, as measured. Scored again at the end of stop 24, after the round that
    # tuned on ../constructions (reader of main at 0bcdd70; nobody had read this corpus): kind 0.917, fields
    # 0.889, verdict 0.629, no false rejection, 11 false acceptances. Tuned on at stop 25, once ../implied had
    # its first figure (h-nword: the surface of words; h-nedu: education and dates; h-nsit: situations,
    # career, aim, sentence ends; h-nkind: kinds and contacts): kind 0.995, fields 0.993, verdict 0.921, no
    # false rejection, 2 false acceptances. Floors = those minus 0.02; no false rejection may come back.
    Corpus("noise", "written surface noise first: each deciding fact written under one kind of noise from a "
           "grid fixed first (typos, no accents, dictation, OCR, franglais, odd dates…), tuned on from "
           "stop 25",
           messages_at_least=204,
           floors={"kind": 0.975, "fields": 0.973, "verdict": 0.901}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at 19f6155 — tuned on senses and constructions, not on noise —
    # after all 205 messages and labels were committed and before anybody read it): kind 0.976, fields 0.973,
    # verdict 0.580, 1 false rejection, 28 false acceptances (17.8 % of 157 applications). Its false
    # rejection was read only to check its label: right («plus de bourse ni de carte d'étudiante : mon M2 est
    # dans la poche», read as studies going on). Floors = that figure minus 0.02; no more false rejections
    # than measured. Scored again at the end of stop 25, after the round that tuned on ../noise (nobody had
    # read this corpus): kind 0.995, fields 0.974, verdict 0.586, 1 false rejection, 27 false acceptances.
    # Tuned on at stop 26, once ../learners had its first figure (h-itrap: an internship's and a service
    # civique's trappings; h-icareer: years in a trade then a turn; h-istudy: what is left to pass, a
    # student's trappings, years of study; h-iemploy: the employers a search names): kind 1.000, fields 0.991,
    # verdict 0.949, no false rejection nor acceptance. Floors = those minus 0.02; no false rejection.
    Corpus("implied", "written implied facts first: each deciding fact implied by an event, a document, a "
           "role, a routine or money, never named by the criterion's own words (ceremony, trappings…), "
           "tuned on from stop 26",
           messages_at_least=205,
           floors={"kind": 0.980, "fields": 0.971, "verdict": 0.929}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at 1276122 — tuned on noise, not on implied — after all 213
    # messages and labels were committed and before anybody read it): kind 0.981, fields 0.928, verdict
    # 0.661, 2 false rejections, 10 false acceptances (6.1 % of 165 applications). Its two false rejections
    # were read only to check their labels: right (0009 «Je finis mon master en septembre 2025», a learner's
    # present for a past date, read as studies going on; 0105 "My internship is finish since September, now
    # I am free", read as an internship going on). Floors = that figure minus 0.02; no more false
    # rejections than measured.
    # Scored again at the end of stop 26, after the round that tuned on ../implied (reader of main at
    # a40d452; nobody had read this corpus): kind 0.981, fields 0.928, verdict 0.667, 2 false rejections, 9
    # false acceptances. Tuned on at stop 27, once ../answers had its first figure (h-ldates: dates and
    # verb forms; h-lsitu: situations and career change; h-laim: aims and kinds; h-llevel: levels and names):
    # kind 0.986, fields 0.971, verdict 0.885, no false rejection, 1 false acceptance. Floors = those minus
    # 0.02; no false rejection may come back.
    Corpus("learners", "written interlanguage first: each deciding fact carried through one feature of the "
           "French or English of someone whose first language is another (calques, gender, verb forms, "
           "code switching, machine translation…), tuned on from stop 27",
           messages_at_least=213,
           floors={"kind": 0.966, "fields": 0.951, "verdict": 0.865}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at eac84a1, tuned on implied, not on learners:
    # after all 200 messages and labels were committed and before anybody read it): kind 0.855, fields 0.761,
    # verdict 0.566, 11 false rejections, 3 false acceptances (2.0 % of 152 applications); 22 applications
    # not read as applications. Its false rejections were read only to check their labels: right, all eleven
    # read the call's own exclusion list («Critères d'exclusion : reconversion ; stage en cours ; service
    # civique en cours»), or an answer «Reconversion : non» / «ni stage, ni service civique, ni reconversion»,
    # as the applicant's situation. Scored again at the end of stop 27 (eb52bcd, tuned on learners; nobody had
    # read it): kind 0.855, fields 0.765, verdict 0.559, 11 false rejections, 3 false acceptances. Tuned on at
    # stop 28, once ../englishes had its first figure (h-acall: the call's text inside a mail is not the
    # applicant's word; h-alabel: a label's, a question's or a mark's answer read with its polarity;
    # h-alevel: a level or a date answering the call's threshold; h-akind: a first mail answering the criteria
    # is an application; the lead: a table's row, answers alike under a list of labels): kind 0.970, fields
    # 0.920, verdict 0.724, no false rejection, 2 false acceptances. Floors = those minus 0.02; no false
    # rejection. Tuned on again at stop 38 (h-ans: a yes to a question about the search that names the ESS, a
    # bound closing a question dates nothing, a date answering the recency criterion or a diploma's label, a
    # diploma delivered in a month without its year): kind 0.970, fields 0.940, verdict 0.783, no false
    # rejection, 2 false acceptances (lead38 merge). Floors = those minus 0.02.
    Corpus("answers", "written answering the call first: each application answers the programme's own words "
           "(the call quoted, pasted or forwarded, its criteria as a checklist, a form, a table, yes/no "
           "answers…), the deciding fact in the answer, never in the criteria's words, tuned on from stop 28",
           messages_at_least=200,
           floors={"kind": 0.950, "fields": 0.920, "verdict": 0.763}, max_false_rejections=0),
    # First figure (2026-12-03, reader of main at eb52bcd — tuned on learners, not on answers — after all 200
    # messages and labels were committed and before anybody read it): kind 0.955, fields 0.819, verdict 0.493,
    # 1 false rejection, 1 false acceptance (0.7 % of 152 applications); 39 eligible applications left to
    # verify. Its false rejection was read only to check its label: right (six months as a paralegal after the
    # degree, «…think career change - it isn't, really», read as a career change). Floors = that figure minus
    # 0.02; no more false rejections than measured. Scored again at the end of stop 28, after the round that
    # tuned on ../answers (nobody had read this corpus): the same figure, not one message's output changed.
    # Tuned on at stop 29, once ../jargon had its first figure (h-mend: names, contacts and kinds; h-elevel:
    # degrees and levels; h-edate: dates, terms, academic years; h-estatus: placements, co-ops, national
    # service, career paths; h-ekind: first mails in its idioms; h-eaim: the not-for-profit sector as an aim):
    # kind 0.995, fields 0.972, verdict 0.862, no false rejection, no false acceptance (main at a258d2f).
    # Floors = those minus 0.02; no false rejection.
    Corpus("englishes", "written Englishes first: every application in English, by native speakers of twelve "
           "varieties (UK, Ireland, US, Canada, India, West and southern Africa, Australia…), each deciding "
           "fact carried through its variety's own idiom of degrees, dates, internships and service, "
           "tuned on from stop 29",
           messages_at_least=200,
           floors={"kind": 0.975, "fields": 0.952, "verdict": 0.842}, max_false_rejections=0),
    # First figure (2026-12-04, reader of main at 0dfa713 — tuned on answers, not on englishes — after all 200
    # messages and labels were committed and before anybody read it): kind 0.995, fields 0.965, verdict 0.697,
    # no false rejection, 6 false acceptances (3.9 % of 152 applications); 12 eligible applications left to
    # verify. Scored again at the end of stop 29, after the round that tuned on ../englishes (a258d2f; nobody
    # had read this corpus): kind 0.995, fields 0.973, verdict 0.750, no false rejection, 6 false acceptances.
    # Tuned on at stop 30, once ../reckoning had its first figure (h-jstatus: immersions, volunteering and
    # career-change schemes, students' statuses; h-jlevel: diplomas' acronyms, levels of certifications;
    # h-jdate: juries' and forms' dates; h-jaim: ESS structure types, liaison sheets, surnames): kind 1.000,
    # fields 0.999, verdict 0.974, no false rejection nor acceptance (main at 010993e). Floors = those minus
    # 0.02; no false rejection.
    Corpus("jargon", "written institutions' words first: each deciding fact carried by an institution's "
           "word (RNCP and EQF levels, ECTS and juries' codes, diploma acronyms, employment schemes, "
           "contracts, immersions, volunteering schemes, career-change schemes, ESS structure types, "
           "advisers' referrals), tuned on from stop 30",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.979, "verdict": 0.954}, max_false_rejections=0),
    # First figure (2026-12-04, reader of main at 16ababe — tuned on englishes, not on jargon — after all 200
    # messages and labels were committed and before anybody read it): kind 0.975, fields 0.938, verdict 0.667,
    # 1 false rejection, 2 false acceptances (1.3 % of 150 applications); 22 eligible applications left to
    # verify. Its false rejection was read only to check its label: right («Née en 2001, j'ai fini mon master
    # à 24 ans», the birth year read as the diploma's). Floors = that figure minus 0.02; no more false
    # rejections than measured.
    # Tuned on at stop 31, once ../anaphora had its first figure (h-rdate: ages and birth years, calendar
    # anchors, counts back, a course's start plus its length, chains; h-rlevel: levels counted from what was
    # validated, diplomas had by their use; h-rstatus: a status's start plus its length, countdowns to a
    # course's last step; h-rcareer: career spans, the search's place, kinds): kind 0.995, fields 0.988,
    # verdict 0.920, no false rejection nor acceptance (main at 5b81f6e). Floors = those minus 0.02; no
    # false rejection.
    Corpus("reckoning", "written reckoning first: each deciding fact must be computed from the reading day "
           "(elapsed times, start plus duration, countdowns, years of study, career spans, ages, calendar "
           "anchors, chained dates, the search's length), tuned on from stop 31",
           messages_at_least=200,
           floors={"kind": 0.975, "fields": 0.968, "verdict": 0.900}, max_false_rejections=0),
    # First figure (2026-12-04, reader of main at 54d4eba — tuned on jargon, not on reckoning — after all 200
    # messages and labels were committed and before anybody read it): kind 0.965, fields 0.928 (bac_plus
    # 0.830, graduation 0.727), verdict 0.567, 1 false rejection, 8 false acceptances (5.3 % of 150
    # applications); 27 eligible applications left to verify. Its false rejection was read only to check
    # its label: right (a civic service said over by a dislocated «elle est finie depuis septembre», read as
    # running). Floors = that figure minus 0.02; no more false rejections than measured. At the end of stop 31
    # (tuned on reckoning): kind 0.975, fields 0.929, verdict 0.580, 1 false rejection, 8 false acceptances.
    # Tuned on at stop 32, once ../polarity had its first figure (h-adate: links.py, a resolver making each
    # linked sentence name its thing again, and dates through links; h-alevel: levels through headings,
    # gapping and whose diploma; h-astatus: situations through dislocations, ends this month, CV periods;
    # h-acareer: the aim as an answer, whose search, careers and kinds): kind 1.000, fields 0.984, verdict
    # 0.880, no false rejection, 2 false acceptances (main at f0c0e47). Floors = those minus 0.02; no false
    # rejection.
    Corpus("anaphora", "written links first: each deciding fact split across a link the reader must resolve "
           "(a pronoun, a demonstrative, a bridging part, ellipsis, dislocation, a question and its answer, "
           "a heading and its items, distance, two candidates, a detached relative, a chain), tuned on from "
           "stop 32",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.964, "verdict": 0.860}, max_false_rejections=0),
    # First figure (2026-12-04, reader of main at 3ab3031 — tuned on reckoning, not on anaphora — after all
    # 200 messages and labels were committed and before anybody read it): kind 0.980, fields 0.988 (bac_plus
    # 0.976, graduation 0.961), verdict 0.760, 2 false rejections, 0 false acceptances; 9 eligible
    # applications left to verify. Its false rejections were read only to check their labels: right (a
    # volunteer «toujours bénévole … aucun contrat ni aucune convention» read as a status running; «je n'ai
    # travaillé ni dans le commerce ni dans l'industrie» read as a career change). Floors = that figure minus
    # 0.02; no more false rejections than measured. At the end of stop 32 (tuned on anaphora, main at
    # f0c0e47): kind 0.980, fields 0.988, verdict 0.773, 2 false rejections, 0 false acceptances.
    # Tuned on at stop 33, once ../figures and ../tenses had their first figures (h-pstatus: one shared
    # operator reader in clauses.py, operator_on / read_operator, and situations through it; h-plevel: levels,
    # dates and studies under an operator; h-pcareer: careers, the aim and kinds under an operator): kind
    # 1.000, fields 1.000, verdict 0.993, no false rejection, no false acceptance (main at 41dad88). Floors =
    # those minus 0.02; no false rejection.
    Corpus("polarity", "written polarity and aspect first: each deciding fact turned or bounded by an "
           "operator (a negation, «ne … plus», «pas encore», «toujours», «déjà», «jamais», «ne … que», "
           "«ni … ni», «sans», «aucun», scope and modality, the same in English), tuned on from stop 33",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.980, "verdict": 0.973}, max_false_rejections=0),
    # First figure (2026-12-04, reader of main at 1c5c2f7 — tuned on anaphora, not on polarity — after all
    # 200 messages and labels were committed and before anybody read it): kind 0.990, fields 0.968 (bac_plus
    # 0.907, graduation 0.883), verdict 0.633, 2 false rejections, 5 false acceptances; 16 eligible
    # applications left to verify. Its false rejections were read only to check their labels: right (slang
    # for an internship that is over, «le stage, c'est plié / torché depuis …», read as running). Floors =
    # that figure minus 0.02; no more false rejections than measured.
    # At the end of stop 33 (tuned on polarity and tenses, main at 30d9ad1): kind 0.990, fields 0.971, verdict
    # 0.633, 2 false rejections, 5 false acceptances. Tuned on at stop 34, once ../placement and ../genres
    # had their first figures (h-fstatus: one shared figure reader, intake/understanding/figures.py and
    # rules/lexicon/figures.toml, and situations through it; h-flevel: levels and dates said by a figure;
    # h-fstudies: studies still going on or left open by a figure, study_figures.py; h-fcareer: careers, the
    # aim and kinds): kind 1.000, fields 0.993, verdict 0.973, no false rejection, no false acceptance (main
    # at m34 f10a62e). Floors = those minus 0.02; no false rejection.
    Corpus("figures", "written figures of speech first: each deciding fact said through a figure (an idiom, "
           "a metaphor, a metonymy, a periphrasis, a euphemism, a hyperbole, a minimiser, slang, a simile or "
           "hedge, a job-market set phrase, a symbol or emoji, the same in English), tuned on from stop 34",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.973, "verdict": 0.953}, max_false_rejections=0),
    # First figure (2026-12-04, reader of main at 1c5c2f7 — tuned on anaphora, not on polarity, measured the
    # same day as ../figures — after all 200 messages and labels were committed and before anybody read it):
    # kind 0.980, fields 0.975 (bac_plus 0.945, graduation 0.897), verdict 0.687, 3 false rejections, 8 false
    # acceptances; 11 eligible applications left to verify. Its false rejections were read only to check their
    # labels: right (a progressive whose last day is past; two narrative presents of a past year, read as
    # running). Floors = that figure minus 0.02; no more false rejections than measured.
    # Tuned on at stop 33, the day it was written, after that first figure (h-tstatus: one shared tense reader
    # in clauses.py, time_of / english_time, and situations through it; h-tlevel: diplomas in time,
    # diploma_time.py; h-tcareer: careers, the aim and kinds in time): kind 1.000, fields 0.984, verdict
    # 0.907, no false rejection, no false acceptance (main at 600b228). Floors = those minus 0.02; no false
    # rejection.
    Corpus("tenses", "written tense and mood first: each deciding fact's time carried by the verb's tense, "
           "mood or periphrasis (passé composé or present, imparfait, plus-que-parfait, «venir de», «aller», "
           "future and futur antérieur, conditional, subjunctive, «en train de», narrative present, verbless "
           "lines, English tenses), tuned on from stop 33",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.964, "verdict": 0.887}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 30d9ad1 — tuned on polarity and tenses, not on figures —
    # after all 200 messages and labels were committed and before anybody read it): kind 0.965, fields 0.956
    # (bac_plus 0.944, graduation 0.932), verdict 0.682, 7 false rejections, 10 false acceptances; 9 eligible
    # applications left to verify. Its false rejections were read only to check their labels: right (a
    # brother's or sister's status buried in a family story taken for the writer's; an internship a P.S. says
    # is over; a signature the body says is out of date). Floors = that figure minus 0.02; no more false
    # rejections than measured.
    # Tuned on at stop 34, the day it was written, after that first figure (h-pframe: the subject, the
    # signature's title, a correcting postscript, footnotes and a relative's facts in a story, read where they
    # sit; h-pparts: the sender's own quoted mail, forwarded authors, lists and dated lists, a résumé's aim
    # heading, a parent's form): kind 0.975, fields 0.990, verdict 0.821, no false rejection, 2 false
    # acceptances (main at m34 f10a62e). Floors = those minus 0.02; no false rejection. Tuned on again at stop
    # 38 (h-plc: a situation «en» under a verb of working is held now, a form's field for today dated by its
    # end, a where-word narrowed to a place is no open search, a Subject naming a situation with no end leaves
    # it open): kind 0.975, fields 0.990, verdict 0.868, no false rejection, 1 false acceptance. Floors =
    # those minus 0.02.
    # At stop 39, tuned on ../tensions (the most recent diploma dates the graduation; a stint in a trade says
    # no length): kind 0.975, fields 0.991, verdict 0.881, no false rejection, 1 false acceptance. Floors =
    # those minus 0.02.
    Corpus("placement", "written placement and layout first: each deciding fact put in one place of the "
           "message chosen first (the Subject alone, a telegraphic first line, buried in a long story, an "
           "aside, a postscript, the signature, a list, a form or table cell, an HTML-only body, a quoted or "
           "forwarded message, the attached CV alone, the same in English), tuned on from stop 34",
           messages_at_least=200,
           floors={"kind": 0.955, "fields": 0.971, "verdict": 0.861}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 30d9ad1 — tuned on polarity and tenses, not on figures nor
    # placement — after all 200 messages and labels were committed and before anybody read it): kind 0.950,
    # fields 0.882 (names 0.854, bac_plus 0.888, graduation 0.871), verdict 0.715, 1 false rejection, 5 false
    # acceptances; 11 eligible applications left to verify. Its false rejection was read only to check its
    # label: right (a chatbot's question «Êtes-vous … en stage … ?» in a pasted transcript read as the
    # applicant's internship). Floors = that figure minus 0.02; no more false rejections than measured. The
    # same at the end of stop 34 (tuned on figures and placement: not one output changed). Tuned on at stop
    # 35, once ../sectors had its first figure (h-gtalk: one shared reader of turns, turns.py, and a
    # voicemail's transcription as the caller's speech, dictation.py; h-gprofile: one shared reader of a
    # résumé's periods, periods.py, timelines and profiles as a CV's lines; h-gletter: letters,
    # attestations.py, ads and kinds; h-gthird: forms' ticked boxes, fields for today, notes and bios about
    # their sender): kind 0.970, fields 0.981, verdict 0.921, no false rejection, 2 false acceptances (m35 at
    # 3eea513; the same at 612d80e). Floors = those minus 0.02; no false rejection.
    Corpus("genres", "written borrowed genres first: every application written as a text of another genre "
           "chosen first (a cover letter, a pasted profile, a CV in the body, a relayed form, a chat or "
           "voicemail transcript, an adviser's note, a certificate, a reply to an ad, a third-person bio, a "
           "timeline, the same in English), tuned on from stop 35",
           messages_at_least=200,
           floors={"kind": 0.950, "fields": 0.961, "verdict": 0.901}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at e2c951c — tuned on figures and placement, not on genres —
    # after all 200 messages and labels were committed and before anybody read it): kind 0.975, fields 0.961
    # (bac_plus 0.892, graduation 0.920), verdict 0.788, 1 false rejection, 2 false acceptances; 8 eligible
    # applications left to verify, 14 not eligible left to verify. Its false rejection was read only to check
    # its label: right (years as a holiday-centre animator during the studies, before a DEJEPS, read as a
    # career change). Floors = that figure minus 0.02; no more false rejections than measured. 0.975 · 0.964 ·
    # 0.795 · 1 · 2 after the round that tuned on ../genres (3eea513). Tuned on at stop 35, the day it was
    # written, once ../asking had its first figure (h-slevel: the sectors' diplomas and titles as meanings, a
    # titre professionnel by its trade's level, a degree dated by its last step, diploma_closing.py;
    # h-sstatus: a student's job is no career, a course's placement, an immersion, a volunteering of unsaid
    # scheme; h-saim: a sector's employers outside the ESS, a public body's field, carrying on at an ESS
    # employer): kind 0.985, fields 1.000, verdict 0.947, no false rejection, no false acceptance (m35 at
    # 612d80e). Floors = those minus 0.02; no false rejection.
    Corpus("sectors", "written sectors and trades first: every application set first in one field of the "
           "social and solidarity economy or next to it (insertion, the medico-social, animation, culture, "
           "the environment, food and farming, housing, finance, international solidarity, cooperatives, "
           "digital inclusion, the same in English), its facts said in that sector's diplomas, trades and "
           "employers, tuned on from stop 35",
           messages_at_least=200,
           floors={"kind": 0.965, "fields": 0.980, "verdict": 0.927}, max_false_rejections=0),
    # First figure (2026-12-05, reader of m35 at 3eea513 — main e2c951c tuned on genres, not on sectors —
    # after all 200 messages and labels were committed and before anybody read it): kind 0.945, fields 0.928
    # (names 0.914, bac_plus 0.926, graduation 0.938), verdict 0.789, 1 false rejection, 4 false acceptances;
    # 6 eligible applications left to verify, 6 applications filed as a question or other mail. Its false
    # rejection was read only to check its label: right (a question whether weekends as a holiday-centre
    # animator during the studies count as a «reconversion», read as one). Floors = that figure minus 0.02; no
    # more false rejections than measured. At the end of stop 35 (tuned on genres and sectors, m35 at
    # 612d80e): kind 0.950, fields 0.932, verdict 0.796, 1 false rejection (the same), 3 false acceptances.
    # Tuned on at stop 36, once ../others and ../occasions had their first figures (h-amood: a word asked
    # about is no fact, a presupposition is, a hypothetical is none, a present «finit», an end of this month
    # left open; h-alevel: a diploma asked about is held, dated by its participle, its level open when only an
    # analogy gives it (diploma_asked.py); h-aaim: «c'est là que…», an either-or aim, a place set aside,
    # agencies and a «régie municipale» outside the ESS; h-akind: a question's presupposition, a tag and an
    # arrow are facts, a question about the criteria with no personal fact, the person asked about is the
    # applicant): kind 1.000, fields 0.992, verdict 0.974, no false rejection, no false acceptance (m36 at
    # 8c8fa61). Floors = those minus 0.02; no false rejection.
    Corpus("asking", "written asking first: every message asks the programme something, an application's "
           "facts carried inside the asking (a question's presupposition, a condition, «sachant que», an "
           "indirect question, a hypothetical that is no fact, a request for an exception, a list of "
           "questions, a self-check of the criteria, a question tag, how to apply, a parent or adviser "
           "asking, English), tuned on from stop 36",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.972, "verdict": 0.954}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 5ccad1a — tuned on genres and sectors, not on asking — after
    # all 200 messages and labels were committed and before anybody read it): kind 0.965, fields 0.924 (phone
    # 0.908, bac_plus 0.836, graduation 0.913), verdict 0.678, 7 false rejections, 6 false acceptances; 9
    # eligible applications left to verify, 13 to verify read eligible. Its false rejections were read only to
    # check their labels: all right (another person's fact — a brother's retraining, a father's career, a
    # flatmate's internship, a cousin's aim — taken for the applicant's). Floors = that figure minus 0.02; no
    # more false rejections than measured. 0.965 · 0.929 · 0.671 · 6 · 6 after the round that tuned on
    # ../asking (m36 at dd0a8e2). Tuned on at stop 36, the day it was written, once ../occasions had its first
    # figure (h-oowner: a first name's clause in a list of people, a referrer's own life set apart by
    # «moi-même», a colleague's degree in an apposition are theirs; h-ocopy: «moi aussi / idem / so do I» copy
    # another's fact to the writer, «lui oui, moi non / pas moi» and «contrairement à» keep it theirs, another
    # person's phone and address are not the applicant's, echoes.py and contact_owner.py): kind 0.965, fields
    # 0.958, verdict 0.776, no false rejection, 2 false acceptances (m36 at 8c8fa61). Floors = those minus
    # 0.02; no false rejection. Tuned on again at stop 38 (h-oth: another's service or internship with the
    # writer put at the same place, or said of part of a group, leaves the writer's open — beside.py —; the
    # writer's clause failing what another was said to have denies it): kind 0.970, fields 0.959, verdict
    # 0.809, no false rejection, 1 false acceptance. Floors = those minus 0.02.
    Corpus("others", "written other people first: every message names another person (a sibling, a parent, a "
           "partner, classmates and «nous», a tutor, a friend applying too, one's own child, an adviser "
           "telling of herself, people named by a first name, English) with a deciding fact beside the "
           "applicant's own (theirs, copied by «moi aussi», denied by «pas moi»), tuned on from stop 36",
           messages_at_least=200,
           floors={"kind": 0.950, "fields": 0.939, "verdict": 0.789}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 5ccad1a — tuned on genres and sectors, not on asking
    # nor others — after all 200 messages and labels were committed and before anybody read it): kind
    # 0.970, fields 0.961 (bac_plus 0.912, graduation 0.922), verdict 0.789, 4 false rejections, 6 false
    # acceptances; 5 eligible applications left to verify, 4 questions read as applications. Its false
    # rejections were read only to check their labels: all right (a fact out of date taken as today's —
    # last year's «pas encore validé», a date corrected on the phone — and a recommender's own year).
    # Floors = that figure minus 0.02; no more false rejections than measured. The same at the end of stop 36
    # (tuned on asking and others: not one output changed). Tuned on at stop 37, once ../attitudes had its
    # first figure (h-ostale: a lack quoted from our earlier refusal, a date told before and put right,
    # «j'ai toujours seulement le bac»; h-odone: a defence before the diploma dates it, a jury that validated,
    # a jury awaited or a defence this month left open, an unfinished state in a past tense is not today's;
    # h-osit: an end verb in the mention's own clause, a start on a weekday gone by, an English placement
    # held to a term, «bientôt» open; h-okind: a relance with no fact is a question, a course someone teaches
    # is nobody's diploma, a friend written for is presented): kind 1.000, fields 0.990, verdict 0.954, no
    # false rejection, no false acceptance (m37 at 984ffa3). Floors = those minus 0.02; no false rejection.
    Corpus("occasions", "written occasions first: every message written on an occasion chosen first (a first "
           "mail, after a forum or a call, a follow-up with no answer, a situation changed, applying again, "
           "recommended by someone, answering a post, a deadline, a move or a life event, several "
           "programmes at once, English), the facts brought the way the occasion brings them, tuned on from "
           "stop 37",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.970, "verdict": 0.934}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 8a5eb42 — tuned on asking and others, not on occasions —
    # after all 200 messages and labels were committed and before anybody read it): kind 0.975, fields 0.970
    # (bac_plus 0.911, graduation 0.931), verdict 0.743, 2 false rejections, 10 false acceptances; 9 eligible
    # applications left to verify, 10 not eligible read eligible. Its false rejections were read only to check
    # their labels: both right (a student job feared as a career change, a proud teacher's own years beside
    # her student's diploma). Floors = that figure minus 0.02; no more false rejections than measured.
    # Tuned on at stop 37, the day it was written, once ../francophonies had its first figure (h-atone: a
    # feared category is not stated, a feeling about one's internship or a stretch still to go says it runs
    # now, a diploma named as a joke is none — attitude.py; h-alife: years of a trade regretted, complained of
    # or praised before a degree taken up again are a career change — years_left.py —, a place set aside by a
    # bare «pas» is no aim, words in capitals read in lower case): kind 0.975, fields 0.978, verdict 0.829,
    # 1 false rejection, 1 false acceptance (m37 at 984ffa3). Floors = those minus 0.02; at most that one
    # false rejection (0101: a teacher's own «depuis quinze ans» when only the Subject presents her student).
    # Tuned on again at stop 39 (h-fra: a teacher writing for a former student keeps her own years apart from
    # his, signals._person_written_for; a status word put in quotes and felt now is held; a wish written as a
    # field, «Mon rêve : …», names the aim): kind 0.975, fields 0.979, verdict 0.868, no false rejection nor
    # acceptance (lead39 merge). Floors = those minus 0.02; no false rejection.
    # Stop 40 (lead40 merge, tuned on ../chronology: a question from someone who gives no name, number nor
    # document is an inquiry): kind 0.980 (0049 a question); kind floor raised to 0.960.
    Corpus("attitudes", "written attitudes first: every message written in an attitude chosen first (pride, "
           "modesty, hedging, complaint, irony, enthusiasm, anxiety, regret, defiance, humour, heavy "
           "politeness, English), the deciding fact carried through the writer's stance toward it, tuned on "
           "from stop 37",
           messages_at_least=200,
           floors={"kind": 0.960, "fields": 0.959, "verdict": 0.848}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 8a5eb42 — tuned on asking and others, not on occasions nor
    # attitudes — after all 200 messages and labels were committed and before anybody read it): kind 0.970,
    # fields 0.936 (phone 0.862, bac_plus 0.875, graduation 0.932), verdict 0.724, 7 false rejections, 4 false
    # acceptances; 17 not eligible applications left to verify. Its false rejections were read only to check
    # their labels: all right (a Québec university «bac» is a bachelor's, a Belgian master «réussi en session
    # de juin», a Belgian «stage d'insertion» is no internship). Floors = that figure minus 0.02; no more
    # false rejections than measured. Tuned on at stop 37, the day it was written, once ../circumstances had
    # its first figure (h-fdip: a «bac» a university awards or that lasts three or four years is Québec's
    # bachelor's — systems.py —, a «kot» is a student's room, «blocus», «aux études», «finissante» are studies
    # running; h-fword: a phone grouped the way Belgium, Switzerland or an overseas department writes it is
    # read in that plan — phone_plans.py —, a Belgian «stage d'insertion» is no internship, a question about
    # how the coaching is held or about papers is a question; the lead: summers are no career): kind 0.980,
    # fields 0.967, verdict 0.796, no false rejection, 3 false acceptances (m37 at 984ffa3 + the summers).
    # Floors = those minus 0.02; no false rejection.
    # Tuned on again at stop 39 (h-fra: studies running when the course follows the writer's own name, «Je
    # suis Awa, étudiante en M2»; a PFE is an internship): kind 0.980, fields 0.967, verdict 0.822, no false
    # rejection, 3 false acceptances (lead39 merge). Floors = those minus 0.02.
    Corpus("francophonies", "written francophonies first: every message written in a variety of French "
           "chosen first (Belgium, Switzerland, Québec and Canada, West and Central Africa, the Maghreb, the "
           "Indian Ocean, the Caribbean, regional France, the Pacific and overseas, code-switching, English "
           "of francophones), the deciding fact said in that variety's own words, tuned on from stop 37",
           messages_at_least=200,
           floors={"kind": 0.960, "fields": 0.947, "verdict": 0.802}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 8a5eb42 — tuned on asking and others, not on occasions,
    # attitudes nor francophonies — after all 200 messages and labels were committed and before anybody read
    # it): kind 0.980, fields 0.982 (bac_plus 0.963, graduation 0.977), verdict 0.776, 2 false rejections, 3
    # false acceptances; 8 eligible applications left to verify, 10 not eligible left to verify. Its false
    # rejections were read only to check their labels: both right (years at home raising children read as a
    # career change; «pas l'âge habituel d'un jeune diplômé» read as studies unfinished). Floors = that figure
    # minus 0.02; no more false rejections than measured. Scored again at the end of stop 37 (tuned on
    # occasions, attitudes and francophonies; nobody had read it): kind 0.980, fields 0.983, verdict 0.789, 2
    # false rejections, 3 false acceptances. Tuned on at stop 38, on branches, while ../tensions was written
    # and scored on main's unchanged reader (h-cno: a course begun or taken up again is studies running, a
    # diploma told by its start only is not had, a hospital, a clinic or a hotel of open kind, years full time
    # in the family's business are a trade; h-cyes: years at home for one's children and studies resumed after
    # no trade are no career change, a disabled worker's status is no job, «pas l'âge habituel d'un jeune
    # diplômé» denies the age, not the diploma; h-copen: a level whose recognition is awaited, only believed,
    # or a private school's bachelor is left open, years of a trade counted vaguely leave the career open,
    # joining only supposed is no wish to join): kind 0.995, fields 0.987, verdict 0.934, no false rejection
    # nor acceptance (lead38 merge). Floors = those minus 0.02; no false rejection.
    # At stop 39 (the lead: a relative told only by a birth presents nobody; skills put at an ESS employer's
    # service are a search; «un prêt étudiant» introduces no student): fields 0.997, the two identities of
    # 0059 and 0100 read. Fields floor = that minus 0.02.
    Corpus("circumstances", "written circumstances first: every message written around a circumstance of "
           "the applicant's life chosen first (health or disability, caring, papers, side jobs and money, "
           "housing, schedule, parenthood, age and path, learning differences, family abroad, volunteering, "
           "English), the deciding fact among facts about it that look like the criteria's, tuned on from "
           "stop 38",
           messages_at_least=200,
           floors={"kind": 0.975, "fields": 0.977, "verdict": 0.914}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 47ab91c — tuned on occasions, attitudes and francophonies,
    # not on circumstances — after all 200 messages and labels were committed and before anybody read it):
    # kind 0.985, fields 0.976 (bac_plus 0.964, graduation 0.897), verdict 0.664, 10 false rejections, 12
    # false acceptances; 10 not eligible applications left to verify, 12 to verify read eligible. Its false
    # rejections were read only to check their labels: all ten right (an old diploma or a year of entry taken
    # for the date, a result given or a course left read as studies running, a student's side job read as a
    # career, «encore stagiaire» in a directory). Floors = that figure minus 0.02; no more false rejections
    # than measured.
    # Tuned on at stop 39, on branches, while ../chronology was written and scored on main's unchanged reader
    # (t-date: the most recent diploma of bac+2 or more dates the graduation, a date put right in a PS
    # replaces the letter's, a yearless month between the verb of obtaining and the diploma dates it, a year
    # of entry dates nothing; t-stud: a job held through the course or at weekends is a student's, a student
    # card kept with no course is no studies, «déclarée admise» is a diploma held, a status word in quotes is
    # a label; t-out: a course followed now after a diploma is studies running, an ESS aim put off to an
    # undated later is no search, «tous les secteurs» is a search open to any sector; t-open: an end «à la fin
    # de novembre» is this month with no day, a fallback outside the ESS or a search bound to keeping a job
    # leaves the aim open, a stint or vague years leave the career open, a training of unsaid kind leaves the
    # studies open; t-left: a defence to do again ahead is studies running, a pseudo-cleft or a verbless list
    # of ESS places after a search says where it is aimed): kind 0.985, fields 0.982, verdict 0.855, 2 false
    # rejections (0135, 0137: an L3 given up and an M1 not validated, still read as studies running), 2 false
    # acceptances (lead39 merge). Floors = those minus 0.02; no more false rejections than measured.
    # Stop 40 (lead40 merge, tuned on ../chronology): kind 0.990 (0073 a question from someone who gives no
    # name); kind floor raised to 0.970.
    Corpus("tensions", "written tensions first: every application carries two facts that pull its "
           "verdict opposite ways, the pair chosen first from a grid of twelve (a career then a new degree, "
           "a diploma then a new enrolment, a diploma then an internship or a service civique, two "
           "diplomas, a job now beside the search, an ESS aim beside another, done against awaited, a level "
           "claimed against the title, two dates, the writer's word against a status, English), the "
           "programme's rule settling it, tuned on from stop 39",
           messages_at_least=200,
           floors={"kind": 0.970, "fields": 0.962, "verdict": 0.835}, max_false_rejections=2),
    # First figure (2026-12-05, reader of main at cf0bed9 — tuned on ../circumstances, ../answers, ../others
    # and ../placement, not on ../tensions nor on this — after all 200 messages and labels were committed and
    # before anybody read it): kind 0.960, fields 0.956 (bac_plus 0.890, graduation 0.847), verdict 0.658, 4
    # false rejections, 16 false acceptances; 12 not eligible applications left to verify, 9 to verify read
    # eligible, 9 eligible left to verify; one application filed as other mail (0146), six questions read as
    # applications. Its false rejections were read only to check their labels: all four right (a defence in
    # September told behind today's state with an internship before it, an internship ended on 20 November
    # told before its start, a service civique range closed in June, six years of weekend work during
    # studies). Floors = that figure minus 0.02; no more false rejections than measured.
    # Tuned on at stop 40, on branches, while ../repairs was written and scored on main's unchanged reader
    # (c-fr: a closed range of months on a CV line is over, a step told «avant ça» before the step told
    # before it is over unless carried to today, years of work retold as weekends during studies are a
    # student's; c-out: years in a trade in the pluperfect, as the earliest step of a path walked back or on
    # a typed timeline are a career, a count «trois mois plus tard» is dated from the month told before it, a
    # start fronted before the verb is counted by its length, an open range and «…, que je poursuis» run
    # today, «la mission» takes up the writer's own service; c-level: a diploma told by its place in the
    # path — a verbless step after «ensuite», «avant ça», «deux ans après» — is held, a first year validated
    # is bac+1; c-year: the month a diploma's own words give past its whole title, in a relative clause or
    # counted back from a later event dates it, a copy's year does not; c-kind: a question from someone who
    # gives no name, number nor document is an inquiry, a keyword to send back unsubscribes, an ESS aim said
    # on a pro-form «dans ce milieu» is aimed at the place named before it): kind 1.000, fields 0.993,
    # verdict 0.849, no false rejection (4 before), 5 false acceptances (lead40 merge). Floors = those minus
    # 0.02; no false rejection.
    Corpus("chronology", "written chronology first: every application tells the writer's path in an order "
           "chosen first from a grid of twelve (today first and back, a flashback, what comes next first, "
           "events dated from one another, by the writer's life, two strands side by side, an undated "
           "sequence, an end told before its start, a timeline, a pivot event, told twice, English), the "
           "deciding fact's time read from that order, tuned on from stop 40",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.973, "verdict": 0.829}, max_false_rejections=0),
    # First figure (2026-12-05, reader of main at 95c46cd — tuned on ../tensions, ../attitudes and
    # ../francophonies, not on ../chronology nor on this — after all 200 messages and labels were committed
    # and before anybody read it; four surnames' accents put right in the truth first): kind 0.970, fields
    # 0.953 (bac_plus 0.912, graduation 0.853), verdict 0.520, 19 false rejections, 15 false acceptances; 13
    # not eligible applications left to verify, 11 to verify read eligible, 6 eligible left to verify. Its
    # false rejections were read only to check their labels: all nineteen right (each the first statement read
    # and its repair ignored: an internship, a service civique, studies or a «reconversion» put right as over,
    # renamed or withdrawn; a date struck or corrected). Floors = that figure minus 0.02; no more false
    # rejections than measured. At the end of stop 40 (lead40 merge, tuned on ../chronology, not on this):
    # kind 0.980 (0107, 0157 questions now), fields 0.953, verdict 0.520, 19 false rejections, 15 false
    # acceptances — the same verdicts.
    # Tuned on at stop 41, on branches, while ../mixtures was written and scored on main's unchanged reader
    # (r-inline: a clause said again from its subject, a length or a date put right in the sentence or a
    # bracket, «Non, <date>» opening the next sentence, «ah si» taking a correction back — discourse.py;
    # r-later: a retraction gives way to what follows it or leaves the writer's own thing open, a correcting
    # postscript puts right a course said running or a phone number — taken_back.py, studies_put_right.py,
    # phone_put_right.py; r-struck: words struck through in HTML are taken back, a date doubted by another
    # is open, a search weighed against another plan is asked — struck.py, date_doubted.py; r-scope: a
    # state renamed, narrowed or outgrown is read as finally named, an end with a part left to do is not
    # over — renamed.py): kind 0.980, fields 0.970, verdict 0.770, 1 false rejection (19 before: 0018, a PS
    # ending the internship without naming it), 5 false acceptances (15 before) (lead41 merge). Floors =
    # those minus 0.02; no more false rejections than measured.
    Corpus("repairs", "written repairs first: every application states its deciding fact and then the writer "
           "repairs it in a way chosen first from a grid of twelve (in the sentence, in a bracket, in a "
           "postscript, struck through, retracted, narrowed, upgraded, renamed, correcting another, a repair "
           "of a repair, a hedged repair, English), the label following what the writer finally means, tuned "
           "on from stop 41",
           messages_at_least=200,
           floors={"kind": 0.960, "fields": 0.950, "verdict": 0.750}, max_false_rejections=1),
    # First figure (2026-12-05, reader of main at 91cdac1 — tuned on ../chronology, not on ../repairs nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.835,
    # fields 0.819 (names 0.778, email 0.771, bac_plus 0.868, graduation 0.872), verdict 0.708, no false
    # rejection nor acceptance; 26 applications filed as another kind (10 replies in our thread, 9
    # auto-replies, 3 bounces, 2 newsletters, 2 other), 7 other mails or questions read as applications. No
    # false rejection, so nothing was opened. Floors = that figure minus 0.02; no false rejection.
    # Tuned on at stop 42, on branches, while ../typography was written and scored on main's unchanged reader
    # (m-auto: an out-of-office's or a delivery failure's header and words are a presumption a person's own
    # words beside them overturn, a bare read receipt is other mail — envelope.py; m-thread: someone new in
    # one of our threads — under a mailing, a mail greeting someone else, a mail passed on — is read by
    # their own words — newcomer.py; m-relay: a relay's mailer never names the applicant, a forward of one's
    # own mail relays nobody — own_forward.py, forms.py; m-ask: a wish to join from someone unnamed that only
    # asks how is a question, a relative asked about with neither name nor diploma too — relative_asked.py):
    # kind 0.975, fields 0.967, verdict 0.889, no false rejection nor acceptance (lead42 merge). Floors =
    # those minus 0.02; no false rejection.
    Corpus("mixtures", "written mixtures first: every message carries the marks of two kinds of mail at "
           "once, the mixture chosen first from a grid of twelve (a reply to a mailing, a forward, a job "
           "board's relay, a web form's notification, a resend after a bounce, an out-of-office wrapper, a "
           "question turning into an application, a newcomer in our thread, an unsubscribe with more, a "
           "partner's or employer's mail carrying a person, a machine's envelope, English), the kind "
           "following what the message is for, tuned on from stop 42",
           messages_at_least=200,
           floors={"kind": 0.955, "fields": 0.947, "verdict": 0.869}, max_false_rejections=0),
    # First figure (2026-12-06, reader of main at 8850e64 — tuned on ../repairs, not on ../mixtures nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.980, fields
    # 0.954 (first name 0.931, bac_plus 0.930, graduation 0.905), verdict 0.785, 1 false rejection (0171: a
    # service civique «terminée» written with non-breaking hyphens read as running; its label checked, right),
    # 2 false acceptances; 3 questions or other mails read as applications. Floors = that figure minus 0.02;
    # no more false rejections than measured.
    # Tuned on at stop 43, on branches, while ../clients was written and scored on main's unchanged reader
    # (t-code: a text read in its plain code points where it enters the reader — plain.py —, «s'arrête» an
    # end, listed places a search's aim; t-inclusive: the marks of inclusive writing and the neopronouns read
    # as the words they mark — inclusive.py —, a role entered said with «être» held now; t-titles: «Mx» and
    # «Dre» titles, level 3 below the bac, a diploma dated by its defence or a yearless month told apart —
    # done_dated.py —, a trade held «un certain temps»; t-names: the first name one goes by, given names and a
    # second family name, a Latin signature over a header in another alphabet — name_of_use.py —, a foreign
    # diploma's level doubted a sentence on, its recognition line's year — recognition_line.py): kind 0.980,
    # fields 0.983, verdict 0.931, no false rejection nor acceptance (lead43 merge). Floors = those minus
    # 0.02; no false rejection.
    Corpus("typography", "written typography and inclusive writing first: every message spelt in a "
           "way chosen first from a grid of twelve (the middle dot, the other marks of écriture "
           "inclusive, doublets, epicene rewording, neopronouns, feminised titles, a chosen name, "
           "typographic apostrophes and quotes, other code points — decomposed accents, superscripts, "
           "soft hyphens —, names and diplomas in many scripts, charsets and HTML entities, English), "
           "the deciding fact's own words carrying it, tuned on from stop 43",
           messages_at_least=200,
           floors={"kind": 0.960, "fields": 0.963, "verdict": 0.911}, max_false_rejections=0),
    # First figure (2026-12-06, reader of main at e8a306f — tuned on ../mixtures, not on ../typography nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.980, fields
    # 0.971 (phone 0.958, bac_plus 0.961, graduation 0.919), verdict 0.792, 6 false rejections, 2 false
    # acceptances; 1 application filed as other mail, 3 other mails or questions read as applications. The six
    # false rejections were opened to check their labels (all right): in each the newest words — an update
    # above the writer's own earlier mail quoted, forwarded or attached, a body against an out-of-date
    # signature or a template's hidden preheader, answers under our quoted questions — say an internship or
    # studies are over.
    # Floors = that figure minus 0.02; no more false rejections than measured. At the end of stop 43 (tuned
    # on ../typography, not on this): kind 0.980, fields 0.971, verdict 0.819, 6 false rejections, 2 false
    # acceptances.
    # Tuned on at stop 44, on branches, while ../lengths was written and scored on main's unchanged reader
    # (t-quoted: the writer's own earlier mail — forwarded, quoted by the client, attached — an earlier state
    # the words above it update, our own questions answered under them no words of theirs — newest_words.py;
    # t-sig: hidden HTML no text, a signature said out of date no diploma — signature_claims.py —, a mobile
    # over a switchboard — signed_phones.py —, years at one's own bank a trade; t-mobile: format=flowed soft
    # breaks joined back — intake/flowed.py —, a defence told done dating its diploma, «mon seul diplôme
    # après le bac», a role «cette année» left open — this_year_held.py; t-english: a day and a month dating
    # a diploma told done, a generic diploma taken up from the cited mail — cited_mail.py —, a diploma a
    # résumé's objective waits for none had — end_awaited.py): kind 0.980, fields 0.988, verdict 0.938, no
    # false rejection nor acceptance (lead44 merge). Floors = those minus 0.02; no false rejection.
    Corpus("clients", "written mail client and MIME shape first: every message given the shape a mail "
           "client or sending habit gives it, chosen first from a grid of twelve (Outlook's Word HTML, "
           "Gmail, Apple Mail's interleaved parts, mobile apps, French webmails, plain clients with "
           "format=flowed and PGP, an attached message, attachments first, signatures and disclaimers, "
           "HTML composers, quoting styles, English clients), the deciding fact where that shape puts it, "
           "tuned on from stop 44",
           messages_at_least=200,
           floors={"kind": 0.960, "fields": 0.968, "verdict": 0.918}, max_false_rejections=0),
    # First figure (2026-12-06, reader of main at a12e42b — tuned on ../typography, not on ../clients nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.940, fields
    # 0.944 (first name 0.952, bac_plus 0.902, graduation 0.904), verdict 0.822, 2 false rejections, 2 false
    # acceptances; 1 application filed as other mail, 7 questions or other mails read as applications, 4
    # questions read as other mail. The two false rejections were opened to check their labels (both right):
    # in each, a long text's other fact is taken for the writer's present — a master applied for in March 2024
    # dates the diploma validated in September 2026, a boyfriend's «reconversion» is read as the writer's.
    # Floors = that figure minus 0.02; no more false rejections than measured. At the end of stop 44 (tuned
    # on ../clients, not on this): the same figure, not one of its outputs changed.
    # Tuned on at stop 45, on branches, while ../translations was written and scored on main's unchanged
    # reader (t-short: ends noted as dated nouns — end_noted.py —, a course done but for its jury asked, a
    # diploma's own brackets; t-story: a relative's state set apart is theirs, a course left the next sentence
    # none — stopped_next.py —, classmates' diplomas no antecedent; t-letter: an internship's course giving
    # way to the diploma's own line — placement_course.py —, a résumé's line awaiting its jury —
    # awaited_line.py; t-kinds: an organisation asking whom the programme takes — public_asked.py —, a subject
    # asking for information, applying weighed under «si», a requirement told). At the end of that round
    # (lead45 merge): kind 0.985, fields 0.974, verdict 0.911, no false rejection, 1 false acceptance. Floors
    # = those minus 0.02; no false rejection.
    Corpus("lengths", "written length first: every message given first a length and a form of length, "
           "chosen from a grid of twelve (the subject only, one line, telegraphic fragments, a short note "
           "pointing to an attachment, short English; a life story, a cover letter, a pasted CV, many "
           "practical matters, a long mail with a postscript, a long digression full of other people's "
           "facts, long English), the deciding fact among very few words or once among many, tuned on from "
           "stop 45",
           messages_at_least=200,
           floors={"kind": 0.965, "fields": 0.954, "verdict": 0.891}, max_false_rejections=0),
    # First figure (2026-12-06, reader of main at a1487b8 — tuned on ../clients, not on ../lengths nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.965, fields
    # 0.822 (first name 0.870, bac_plus 0.473, graduation 0.699), verdict 0.548, 2 false rejections, 4 false
    # acceptances; 2 applications filed as other mail and 2 as questions, 2 other mails read as applications.
    # The two false rejections were opened to check their labels (both right): in each, a translation's false
    # friend is read in its French sense — «terminé la carrière de Licence en Travail Social» (carrera: the
    # studies) as a career change, «licenciée en Service social» (Portuguese licenciada: graduated) as studies
    # not finished. Floors = that figure minus 0.02; no more false rejections than measured.
    # Tuned on at stop 46, on branches, while ../assistants was written and scored on main's unchanged reader
    # (t-levels: a degree abroad placed by its home length or system — level_abroad.py,
    # rules/lexicon/degrees_abroad.toml — and a date in its source form or calendar — source_dates.py;
    # t-senses: a course's length in brackets no trade's years — course_length.py —, internships and civic
    # services under their source names, a thesis still to present, a transcript's «Ajourné», a CV's open
    # internship line — open_range.py; t-english: a machine translation's namesakes read as their source
    # words — calques.py —, a four-year system's bachelor's — years_at_home.py —, a diploma not received yet
    # — not_received.py; t-voices: two family names — family_names.py —, whose words a helper's or a
    # partner's mail carries, a translator's doubt — kind_doubted.py). At the end of that round (lead46
    # merge): kind 0.995, fields 0.956, verdict 0.829, no false rejection, 1 false acceptance. Floors = those
    # minus 0.02; no false rejection.
    Corpus("translations", "written translation first: every message given first the language it was first "
           "written in and the route by which it came into French or English, chosen from a grid of twelve "
           "(machine translation from Spanish, Portuguese, Arabic, German or Dutch, English into French, "
           "French into English, other languages; a bilingual pair; a helper's translation; a half "
           "translation; translated documents; other mail through a translator), the deciding fact carried "
           "through it, tuned on from stop 46",
           messages_at_least=200,
           floors={"kind": 0.975, "fields": 0.936, "verdict": 0.809}, max_false_rejections=0),
    # First figure (2026-12-06, reader of main at 0b22775 — tuned on ../lengths, not on ../translations nor
    # on this — after all 200 messages and labels were committed and before anybody read it): kind 0.965,
    # fields 0.936 (first name 0.952, bac_plus 0.852, graduation 0.918), verdict 0.801, 3 false rejections, 4
    # false acceptances; 2 applications read as questions and 2 as other mail, 3 other mails read as
    # applications. The three false rejections were opened to check their labels (all right): in each, what
    # the tool put in the mail is taken for the person's fact — a job site template's stock «Fort de trois
    # années d'expérience» as a career change, an assistant's «Actuellement engagé en service civique» over
    # the person's own pasted prompt («mon service civique s'est terminé fin août»), a form's unchecked box
    # «☐ Je suis actuellement en stage» as a running internship. Floors = that figure minus 0.02; no more
    # false rejections than measured.
    # Tuned on at stop 47, on branches, while ../spoken was written and scored on main's unchanged reader
    # (a-forms: a form's choices answered by the boxes ticked — form_choices.py —, a relayed form the
    # person's own fiche, the form's title no application — form_named.py; a-markdown: raw markdown read as
    # the structure its marks draw — markdown.py —, a situation «en cours» held — in_course.py —, a bracket
    # closing an item its status; a-person: the person's own prompt or rough note over the tool's draft —
    # drafted_words.py —, two tool versions disagreeing leave the date open — tool_versions.py —, a
    # template's years of experience with no room before a degree taken right after the bac — path_no_room.py;
    # a-english: an ESS named only as what draws the writer beside a search aimed elsewhere —
    # aim_drawn.py —, a course of a year or less after a bac — course_year.py —, an agent writing in the
    # person's name). At the end of that round (lead47 merge): kind 0.985, fields 0.977, verdict 0.959, no
    # false rejection, no false acceptance. Floors = those minus 0.02; no false rejection.
    Corpus("assistants", "written drafted by a machine or a template first: every message given first "
           "the tool or template that drafted or shaped it, chosen from a grid of twelve (a chat assistant's "
           "cover letter, a template's unfilled slots, a prompt pasted with its draft, a rough note and its "
           "improved version, raw markdown, a job site's template barely adapted, a form builder's "
           "notification, a rewrite in another register, the mail client's assistant, an AI agent writing "
           "for the person, English, other mail machines drafted), the deciding fact carried through what "
           "the tool does to it, tuned on from stop 47",
           messages_at_least=200,
           floors={"kind": 0.965, "fields": 0.957, "verdict": 0.939}, max_false_rejections=0),
    # First figure (2026-12-06, reader of main at 8286746 — tuned on ../translations, not on ../assistants nor
    # on this — after all 200 messages and labels were committed and before anybody read it): kind 0.935,
    # fields 0.909 (first name 0.938, email 0.932, bac_plus 0.830, graduation 0.789), verdict 0.610, 3 false
    # rejections, 7 false acceptances; 3 applications read as questions, 8 questions read as other mail, 2
    # other mails read as applications. The three false rejections were opened to check their labels (all
    # right): in each, an internship told in speech is taken as running — a spoken repair «je suis en stage
    # enfin j'étais jusqu'en octobre», a false start «je fais un stage euh je faisais un stage … il s'est
    # terminé le 30 octobre», the typist's own «moi je suis en stage» in a flatmate's dictation. Floors = that
    # figure minus 0.02; no more false rejections than measured. At the end of stop 47 (tuned on
    # ../assistants): kind 0.935, fields 0.906, verdict 0.603, 3 false rejections, 7 false acceptances (one
    # output worse).
    # Tuned on at stop 48, on branches, while ../disciplines was written and scored on main's unchanged reader
    # (s-repairs: a spoken repair with no comma replacing what it follows — a start again, a false start, a
    # self-correction: spoken_repairs.py —, oral French read in its written form — oral_forms.py —, «ça fait N
    # ans» after the event counted back; s-turns: a call's captions read as voices — labels, clocks, Teams'
    # layout, a question with no mark, the speaker questioned in an adviser's mail —, a typist's own words
    # set aside — typist.py —, a situation resting on words the transcription lost asked — lost_speech.py;
    # s-words: words a recogniser wrote apart read as the one word said — heard_apart.py —, the address a
    # writer gives to answer at — reply_address.py; s-kinds: a telephony service's notice read by what it
    # says, the caller the writer — call_notice.py —, a question said without its mark — unmarked.py —, an
    # application taken back — withdrawn.py). At the end of that round (lead48 merge): kind 1.000, fields
    # 0.974, verdict 0.877, no false rejection, 1 false acceptance. Floors = those minus 0.02; no false
    # rejection.
    Corpus("spoken", "written composed by voice first: every message given first the way speech "
           "became its text, chosen from a grid of twelve (dictation to a phone keyboard, spoken "
           "punctuation written as words, recognition homophones, oral syntax, spoken self-corrections, "
           "a voicemail turned into mail, a voice note's transcript, a call's captions, words dictated to "
           "someone who typed them, dates and levels as said, English, other mail composed by voice), the "
           "deciding fact carried through what the transcription does to it, tuned on from stop 48",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.954, "verdict": 0.857}, max_false_rejections=0),
    # First figure (2026-12-06, reader of main at 4c0cd48 — tuned on ../assistants, not on ../spoken nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.990, fields
    # 0.965 (first name 0.986, bac_plus 0.878, graduation 0.927), verdict 0.849, 2 false rejections, 1 false
    # acceptance; 1 question read as other mail, 1 other mail read as an application. The two false
    # rejections were opened to check their labels (both right): in each, the attached CV's own line for the
    # diploma, with its years of study, is quoted as a career change (under a headline naming the trade the
    # diploma leads to: «designer objet» over a DNMADE, «RN» over a nursing bachelor's). Floors = that
    # figure minus 0.02; no more false rejections than measured. At the end of stop 48 (tuned on ../spoken):
    # kind 0.990, fields 0.967, verdict 0.849, 2 false rejections, 1 false acceptance (one output better).
    # Tuned on at stop 49, on branches, while ../identities was written and scored on main's unchanged reader
    # (d-care: care and social work's State diplomas at their level — a short form spelt out beside it one
    # diploma —, the speech therapist's certificate at bac+5, a diploma dated by its results published or the
    # contract that ended with it — award_dated.py —, a bare «diplôme d'État» the one of the writer's trade —
    # trade_diploma.py; d-studios: the architect's State diploma, the capacité en droit, a HMONP running, a
    # prépa left with nothing obtained — preparation_years.py —, a school's accreditation withheld, an exam's
    # results awaited its own — exam_named.py —, people named by their degree a partner's public; d-teach: a
    # trainee teacher in a stage — trainee_teacher.py —, farming's brevets at the bac's level and its ESS
    # employers, a civic service held since a month with no end asked — civic_length.py —, a placement with no
    # end fixed asked — end_unfixed.py —, a hire giving a withdrawal's reason; d-abroad: a résumé's line of
    # education gives the course's years, not a trade's — course_length.py —, a length told beating a
    # system's, one table of the systems abroad). At the end of that round (lead49 merge): kind 1.000, fields
    # 0.993, verdict 0.966, no false rejection, no false acceptance. Floors = those minus 0.02; no false
    # rejection.
    Corpus("disciplines", "written disciplines first: every application set first in a field of study "
           "and its diplomas, chosen from a grid of twelve (health and paramedical studies, social work, "
           "sport and animation, art, design and architecture, engineering and sciences, business and "
           "management, law, politics and public service, humanities and teaching, agriculture and the "
           "environment, vocational and work-based routes, English, other mail of the fields' world), the "
           "deciding fact said in that field's diplomas, calendars, placements and trades, tuned on from "
           "stop 49",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.973, "verdict": 0.946}, max_false_rejections=0),
    # First figure (2026-12-06, reader of main at 1f9c171 — tuned on ../spoken, not on ../disciplines nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.975, fields
    # 0.889 (first name 0.795, last name 0.815, email 0.904, phone 0.966, bac_plus 0.920, graduation 0.945),
    # verdict 0.918, no false rejection, no false acceptance; 4 questions read as other mail, 1 application
    # presented by someone else read as other mail. Nothing was opened. At the end of stop 49 (tuned on
    # ../disciplines): kind 0.975, fields 0.889, verdict 0.925, no false rejection, no false acceptance (one
    # output better). Tuned on at stop 50, on branches, while ../updates was written and scored on main's
    # unchanged reader (i-world: the name as she writes it — accents, apostrophes, letters an address cannot
    # carry, initials spelt out — written_name.py —, what she tells of her name — «mon nom de famille est …»,
    # «appelez-moi Max» — name_told.py —, a compound first name said alone; i-english: the first name in use —
    # a nickname in quotes, an English middle name left out, the full given names signed — given_names.py —,
    # «Jr.» no part of the family name, capitals telling the order, a form's «Nom : / Prénom :» in her own
    # mail, a phone cut across two lines; i-contacts: the address she asks to be answered at —
    # reply_address.asked_address —, a mailbox she says is someone else's — mailbox_lent.py; i-third: a name
    # signed alone under the closing — closing_name.py —, a person an adviser accompanies or an employer names
    # between commas presented, a question taking up the programme's thing named before it — asked_after.py).
    # At the end of that round (lead50 merge): kind 0.995, fields 0.985, verdict 0.952, no false rejection, no
    # false acceptance. Floors = that figure minus 0.02; no false rejection.
    Corpus("identities", "written identities first: every message given first the way its writer names "
           "herself and gives her contacts, chosen from a grid of twelve (compound first names, several "
           "surnames, the family name first, a name in the closing only, a mailbox not the person's, usage "
           "and chosen names, phones of every country, an address given in the body, names of the world, "
           "names of third parties, English, other mail full of names), the deciding fact written as "
           "ordinary mail, tuned on from stop 50",
           messages_at_least=200,
           floors={"kind": 0.975, "fields": 0.965, "verdict": 0.932}, max_false_rejections=0),
    # First figure (2026-12-07, reader of main at 10d8fc8 — tuned on ../disciplines, not on ../identities nor
    # on this — after all 200 messages and labels were committed and before anybody read it): kind 0.970,
    # fields 0.932 (first name 0.966, last name 0.959, email 0.966, phone 0.973, bac_plus 0.843, graduation
    # 0.875), verdict 0.769, 1 false rejection (0154, opened: her earlier mail quoted below, «je ne sais pas
    # encore si je continue en M2 l'an prochain», read as studies running under her new «je ne reprends pas de
    # M2»), 4 false acceptances; 5 other mails read as applications, 1 application read as other mail. Floors
    # = that figure minus 0.02. At the end of stop 50 (tuned on ../identities; course_ahead.py read from
    # 0154's kind of sentence, in my own phrasings): kind 0.970, fields 0.933, verdict 0.782, no false
    # rejection, 4 false acceptances (4 outputs changed: 3 as labelled, 0154 refused → to verify): no false
    # rejection allowed since. Tuned on at stop 51, on branches, while ../inbox was written and scored on
    # main's unchanged reader (u-since: a diploma obtained since, a placement extended — extended.py —, a
    # correcting contrast — contrast_denied.py; u-began: a withdrawal, a relaunch that asks, her own mail
    # quoted bare, a placement or a training begun since, a turn of mind — aim_turned.py; u-people: a person
    # presented by her teacher or tutor, her phone before the writer's, a married name, an employer's
    # follow-up; u-english: a diploma named as what hers is not — named_not.py —, a hedged employer outside
    # the ESS, a doubted internship). At the end of stop 51: kind 0.995, fields 0.967, verdict 0.898, no false
    # rejection, 1 false acceptance. Floors = that figure minus 0.02.
    Corpus("updates", "written as updates: the same people writing two or three mails in arrival order, "
           "their facts changed between them, chosen from a grid of twelve (a diploma obtained since, a "
           "placement over since, a situation begun since, a search turned, a fact corrected, contacts "
           "changed, her own earlier mail below, answers in our thread, a relaunch, a third party then "
           "herself, English updates, other mail of the same conversations), each message labelled by what "
           "it says is true on its own, tuned on from stop 51",
           messages_at_least=200,
           floors={"kind": 0.975, "fields": 0.947, "verdict": 0.878}, max_false_rejections=0),
    # First figure (2026-12-07, reader of main at 81a8514 — tuned on ../identities, not on ../updates nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.955, fields
    # 0.983 (first name, last name, email, phone 0.990, bac_plus 0.947, graduation 0.988), verdict 0.880, 1
    # false rejection (0002, opened: a CV's part-time job in the years its course lines fill read as a trade
    # before the degree), 2 false acceptances; 6 other mails read as applications, 2 as auto-replies, 1
    # question as other mail. Floors = that figure minus 0.02. At the end of stop 51 (tuned on ../updates; its
    # false rejection mended from that one message's kind of line, careers.studied_through, in the lead's own
    # CVs): kind 0.955, fields 0.983, verdict 0.890, no false rejection, 2 false acceptances (one output
    # changed, as labelled): no false rejection allowed since. Tuned on at stop 52, on branches, while
    # ../seasons was written and scored on main's unchanged reader (i-members: a participant's job found,
    # applying denied, an offer passed round, an absence's subject over a mail that asks, a question on a
    # known session; i-near: mail for something near the programme — elsewhere.py —, a group searching;
    # i-situation: an internship taken up by «y», a CV's internship dated by its end, an end told near;
    # i-facts: titres pro of level 3–4, «jai», a start-up or a gym sought, results awaited, a school's own
    # diploma). At the end of stop 52: kind 1.000, fields 0.998, verdict 0.960, no false rejection, no false
    # acceptance. Floors = that figure minus 0.02.
    Corpus("inbox", "written as a month of the inbox: 200 messages in the order they arrive over "
           "four weeks (28 October to 26 November 2026), each from a sender drawn first from the mix "
           "such an inbox really gets (a first application, a referral, an answer to a post, a person "
           "writing again, questions before applying, replies in our threads, the cohort's participants, "
           "employers and partners, machines, unwanted mail, English mail, people writing for something "
           "near the programme), written as that sender would on that day, tuned on from stop 52",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.978, "verdict": 0.940}, max_false_rejections=0),
    # First figure (2026-12-07, reader of main at 9d60cb4 — the reader of 7f6948a, tuned on ../updates, not on
    # ../inbox nor on this — after all 200 messages and labels were committed and before anybody read it; each
    # message read on its own read_on): kind 0.985, fields 0.971 (first name, last name, email, phone 1.000,
    # bac_plus 0.932, graduation 0.876), verdict 0.757, 1 false rejection (0194, opened: a master to resume at
    # the next rentrée, its month said before the verb, read as studies running), 5 false acceptances; 2 other
    # mails read as applications, 1 as an auto-reply. Floors = that figure minus 0.02. At the end of stop 52
    # (tuned on ../inbox; its false rejection mended from that one message's kind of sentence,
    # course_ahead.py, in the lead's own phrasings): kind 0.990, fields 0.976, verdict 0.771, no false
    # rejection, 5 false acceptances (five outputs changed, as labelled): no false rejection allowed since.
    # Tuned on from stop 53 (after ../forms was written and scored on main's unchanged reader: s-dates — a
    # time phrase put first holds time spent, no aim elsewhere; s-school — a CV laid out by year dates its
    # months, results had «hier» or on a weekday date the diploma they award, a change of path in any tense;
    # s-time — a placement begun this month has begun, a start day fronted, a council types no mission, a
    # course to enter under a doubt; s-english — an end on a weekday alone, "wrap up", "two years ago, in
    # June", a feast or a season without its year). At the end of stop 53: kind 0.990, fields 0.983, verdict
    # 0.889, no false rejection, 1 false acceptance. Floors = that figure minus 0.02.
    Corpus("seasons", "written as a year of the inbox: 200 messages in eight batches of four days, "
           "from December 2025 to February 2027, each read on its own day (its truth line's read_on), "
           "each application's deciding fact drawn first from a grid of twelve meanings that day decides "
           "(a diploma's age, a month without its year, a relative year, a school year, exams and results, "
           "a placement's end, a beginning, a season's words, a time counted from now, a CV's open "
           "periods, the season's other mail, the same in English), tuned on from stop 53",
           messages_at_least=200,
           floors={"kind": 0.970, "fields": 0.963, "verdict": 0.869}, max_false_rejections=0),
    # First figure (2026-12-07, reader of main at 3ac1ac7 — tuned on ../inbox, not on ../seasons nor on this —
    # after all 200 messages and labels were committed and before anybody read it): kind 0.930, fields 0.835
    # (first name 0.833, last name 0.827, email 0.833, phone 0.887, bac_plus 0.825, graduation 0.800), verdict
    # 0.707, 2 false rejections (0062, a profile's civic service whose period ended in July read as held;
    # 0151, a row of boxes on one line whose empty box's words were read as stated — both opened), 2 false
    # acceptances; 11 applications read as another kind. Floors = that figure minus 0.02. At the end of stop
    # 53 (tuned on ../seasons; its two false rejections mended from those messages' kinds of line, in the
    # lead's own phrasings: form_choices._row_answered, situation._period_behind_in_a_note): kind 0.930,
    # fields 0.835, verdict 0.727, no false rejection, 1 false acceptance (three outputs changed, all as
    # labelled): no false rejection allowed since. Tuned on from stop 54 (while ../rentree was written and
    # scored on main's unchanged reader; four tuners by slice of its grid: forms that present a person,
    # questions and answers, boxes tables and fields, English forms and form-shaped other mail): kind 0.985,
    # fields 0.948, verdict 0.900, no false rejection, no false acceptance. Floors = that minus 0.02.
    Corpus("forms", "written forms first: every message given first the shape of a form, a questionnaire, "
           "a template or a structured record, chosen from a grid of twelve (fields typed by the applicant, "
           "boxes ticked, the programme's questions quoted and answered, a website's contact-form "
           "notification, an adviser's referral sheet, a school's careers-office template, a job board's "
           "relayed application, a table, a self-check against the criteria, numbered answers, the same in "
           "English, mail with a form's shape that is no application), the deciding fact carried by it, "
           "tuned on from stop 54",
           messages_at_least=200,
           floors={"kind": 0.965, "fields": 0.928, "verdict": 0.880}, max_false_rejections=0),
    # First figure (2026-12-07, reader of main at 112c96d — tuned on ../seasons, not on ../forms nor on this —
    # after all 200 messages and labels were committed and before anybody read it): kind 0.980, fields 0.963
    # (names and email 1.000, phone 0.993, bac_plus 0.900, graduation 0.868), verdict 0.747, 3 false
    # rejections (0028, a doubt about still being «jeune diplômée» read as studies running; 0065, a job in an
    # association «de reconversion professionnelle» read as the writer's own; 0088, «je pensais ne pas avoir
    # fini ma licence…, mais… validée» read as a licence not finished — all three opened), 4 false
    # acceptances; 4 other mails read as applications. Floors = that figure minus 0.02. At the end of stop 54
    # (tuned on ../forms; its three false rejections mended from those messages' kinds of sentence, in the
    # lead's own phrasings: unfinished._of_a_kind, owner._object_controller and senses.toml [sense_roles],
    # believed_then): kind 0.980, fields 0.963, verdict 0.760, no false rejection, 4 false acceptances (three
    # outputs changed: two as labelled, 0088 now to verify): no false rejection allowed since. Tuned on from
    # stop 55 (while ../stances was written and scored on main's unchanged reader; four tuners by slice of its
    # grid: dates against the reading day, placements and re-enrolments, paths and referrals, abroad, English
    # and other mail; three of their readers withdrawn at the merge): kind 1.000,
    # fields 0.965, verdict 0.833, no false rejection, 1 false acceptance. Floors = that minus 0.02.
    Corpus("rentree", "written life stage first, in the month of the rentrée: the inbox of October 2026, "
           "each mail read on its own day (its truth line's read_on), every application given first the "
           "writer's life stage from a grid of twelve (a fresh graduate, a first year out, a diploma near "
           "the two-year limit, after a service civique, an internship now, back to school or not, studies "
           "not finished, a career change, back from abroad, written for by someone else, the same in "
           "English, October's other mail), the deciding fact what that stage leaves uncertain in October, "
           "tuned on from stop 55",
           messages_at_least=200,
           floors={"kind": 0.980, "fields": 0.945, "verdict": 0.813}, max_false_rejections=0),
    # First figure (2026-12-07, reader of main at eaeb829 — tuned on ../forms, not on ../rentree nor on this —
    # after all 200 messages and labels were committed and before anybody read it): kind 0.980, fields 0.960
    # (names and email 0.993, phone 0.987, bac_plus 0.890, graduation 0.883), verdict 0.693, 4 false
    # rejections (0057, a first job's fear «d'être considéré comme en reconversion»; 0112, a doubt whether a
    # past stage «compte comme être en stage»; 0038, an adviser's conclusion «pas encore diplômée» after a
    # jury passed; 0121, «à peine fini mon master» — all four opened), 2 false acceptances; 1 application read
    # as a question, 3 other mails read as applications. Floors = that figure minus 0.02. At the end of stop
    # 55 (tuned on ../rentree; its four false rejections mended from those messages' kinds of sentence, in the
    # lead's own phrasings: a category feared or asked about read before any report, a mention naming only the
    # category asked blanked, another's inference no fact, a last step's word no verb without its subject):
    # kind 0.980, fields 0.959, verdict 0.727, no false rejection, 2 false acceptances (six outputs changed:
    # three as labelled, two to verify as labelled, 0112 now to verify): no false rejection allowed since.
    # Tuned on from stop 56 (while ../newyear was written and scored on main's unchanged reader; four tuners
    # by slice of its grid: stated plainly, hedged or hanging on a result; asked about, misjudged or
    # corrected; half remembered, judged by another or understated; contradicted, English and other mail):
    # kind 0.990, fields 0.973, verdict 0.880, no false rejection, no false acceptance. Floors = that minus
    # 0.02.
    Corpus("stances", "written stance first: every application given first the way its writer holds the "
           "fact that decides her case, from a grid of twelve (stated plainly, hedged, hanging on a result "
           "to come, asked about her own case, misjudged by herself, corrected in the same mail, half "
           "remembered, judged by someone else, understated or inflated, contradicted between two places, "
           "the same in English, December's other mail with doubts), every label read on 2026-12-07, tuned "
           "on from stop 56",
           messages_at_least=200,
           floors={"kind": 0.970, "fields": 0.953, "verdict": 0.860}, max_false_rejections=0),
    # First figure (2026-12-07, reader of main at 4577fb7 — tuned on ../rentree, not on ../stances nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.990, fields
    # 0.971 (names, email and phone 0.993, bac_plus 0.901, graduation 0.939), verdict 0.793, 3 false
    # rejections (0024, a service civique that «se finit le 23 décembre» in a draft sent on 4 January, read as
    # held; 0025, a service civique begun «le 15», read on the 5th, and 0058, «demain je commence un stage»,
    # read as held — all three opened: labels right, by rentree's convention that a placement not begun is not
    # held), 2 false acceptances; 1 question read as an application, 1 as other mail. Floors = that figure
    # minus 0.02. At the end of stop 56 (tuned on ../stances; its three false rejections mended from those
    # messages' kinds of sentence, in the lead's own phrasings: a day of the month told alone, a start told
    # ahead by «demain», an end said now whose yearless day is the nearest): kind 0.995, fields 0.971, verdict
    # 0.833, no false rejection, 1 false acceptance (seven outputs changed, all as labelled): no false
    # rejection allowed since. Tuned on from stop 57 (while ../forwards was written and scored on main's
    # unchanged reader; four tuners by slice of its grid: words of last year, the year ahead and December
    # just past; January now, the limit turning and the holidays' gap; school years, resolutions and winter
    # results; written for, English and other mail): kind 0.995, fields 0.981, verdict 0.927, no false
    # rejection, no false acceptance. Floors = that minus 0.02.
    Corpus("newyear", "written the turn of the year first: the inbox of 28 December 2026 to 29 January "
           "2027, each mail read on its own day (its truth line's read_on), every application given first "
           "the way its writer places her deciding fact in time around the year's turn, from a grid of "
           "twelve (words of last year, the year ahead, December just past, January now, the two-year limit "
           "turning, school years, resolutions, winter results, the holidays' gap, written for by someone "
           "else, the same in English, the season's other mail), tuned on from stop 57",
           messages_at_least=200,
           floors={"kind": 0.975, "fields": 0.961, "verdict": 0.907}, max_false_rejections=0),
    # First figure (2026-12-07, reader of main at f15d89b — tuned on ../stances, not on ../newyear nor on
    # this — after all 200 messages and labels were committed and before anybody read it): kind 0.905, fields
    # 0.853 (names, email and phone 0.853–0.867, bac_plus 0.821, graduation 0.858), verdict 0.620, 15 false
    # rejections (all fifteen opened: labels right — a carried mail's words read as the writer's: an offer's
    # requirements, a friend's own situation, an adviser's reminder of an end long past; a carried mail's
    # yearless or relative date counted from the reading day instead of its own Date; a certificate's title, a
    # last day told «aujourd'hui», a CV's volunteering read as a career), 4 false acceptances; 5 applications
    # read as other mail or questions, 7 other mails (one an auto-reply) and 2 questions as applications, 5
    # questions as other mail. Floors = that figure minus 0.02. At the end of stop 57 (tuned on ../newyear;
    # the lead's readers of whose words a carried mail holds and of its yearless dates read from its own Date,
    # from those messages' kinds of sentence in his own phrasings): kind 0.905, fields 0.855, verdict 0.653, 9
    # false rejections, 3 false acceptances (seventeen outputs changed: nine verdicts now as labelled, one
    # refused person now to verify, four verdicts and two fields worse): no more than nine allowed since.
    # Tuned on from stop 58 (while ../backlog was written and scored on main's unchanged reader; four tuners
    # by slice of its grid: her own mail, forwarded by someone else and chains; a school's, an adviser's and a
    # placement's mail; an offer, a correction above and answers inline; an attached message, English and
    # other mail that carries mail): kind 0.935, fields 0.882, verdict 0.713, 1 false rejection, 2 false
    # acceptances. Floors = that minus 0.02.
    Corpus("forwards", "written what the mail carries first: the inbox of 1 to 26 February 2027, each mail "
           "read on its own day (its truth line's read_on), every application given first the way its "
           "deciding fact sits among the messages the mail carries, from a grid of twelve (her own mail "
           "forwarded, a school's, an adviser's, a placement's, an offer, a correction above, answers inline "
           "between quotes, forwarded by someone else, a chain, an attached message, the same in English, "
           "other mail that carries mail), tuned on from stop 58",
           messages_at_least=200,
           floors={"kind": 0.915, "fields": 0.862, "verdict": 0.693}, max_false_rejections=1),
    # First figure (2026-12-08, reader of main at 6005544 — tuned on ../newyear, not on ../forwards beyond
    # its false rejections, nor on this — after all 200 messages and labels were committed and before anybody
    # read it): kind 0.995, fields 0.971 (names and contacts 0.993–1.000, bac_plus 0.872, graduation 0.957),
    # verdict 0.693 (same day 36 in 40, read later 68 in 110), 12 false rejections (all twelve opened: labels
    # right — a placement's end told from the mail's own day, by a yearless date or by relative words, passed
    # by the reading day and read as held; an end «ce soir»; a start told ahead read as held), 3 false
    # acceptances; 1 other mail read as an application. Floors = that figure minus 0.02.
    # At the end of stop 58 (the lead's reading of a mail's own days, from its false rejections' kinds of
    # sentence in his own phrasings: an end on a day the mail named from its Date and come since is over; an
    # end on the reading day is over; an English end noun a whole word): kind 0.995, fields 0.971, verdict
    # 0.767, 2 false rejections, 3 false acceptances (fifteen outputs changed: ten refused people now
    # eligible, one now to verify as labelled, two people to verify no longer refused but read eligible, two
    # graduation years now read where none is labelled): no more than two allowed since.
    Corpus("backlog", "written read later than written first: the inbox of 1 to 19 March 2027, each mail "
           "read on a day chosen first for it (its Date's day or up to seven weeks later: its truth line's "
           "read_on), every application given first what changes between the mail's own day and the day it "
           "is read, from a grid of twelve (read the same day, an end between, an end after, a start "
           "between, the two-year limit crossing, a result between, relative words of the past, weekdays and "
           "dates without a year, planned steps, written for by someone else, the same in English, other "
           "mail read late)",
           messages_at_least=200, never_tuned_on=True,
           floors={"kind": 0.975, "fields": 0.951, "verdict": 0.673}, max_false_rejections=2),
    # A new corpus goes here, last, its first figure (date, commit, scores) in a comment above it, e.g.
    #   Corpus("sixth", "written …", messages_at_least=…, never_tuned_on=True,
    #          floors={"kind": …, "fields": …, "verdict": …}, max_false_rejections=…),
    # bench/score_corpora.py and tests/test_corpus_scores.py pick it up.
)

# Template-generated, beside the repository (../shared): not built here, so only scored (bench) and read
# through the command line (tests/test_extract_corpus.py); its floors are the project's acceptance thresholds.
DEV = Corpus("dev", "template-generated", messages_at_least=60, home=REPO.parent / "shared" / "corpus",
             floors={"kind": 0.98, "fields": 0.95, "verdict": 0.95}, max_false_rejections=0)


def corpus_named(name: str) -> Corpus:
    """The corpus called `name` (KeyError names the known ones otherwise)."""
    known = {c.name: c for c in (*CORPORA, DEV)}
    if name not in known:
        raise KeyError(f"{name}: known corpora are {', '.join(known)}")
    return known[name]


def reading_days(directory: Path) -> dict[str, list[Path]]:
    """The messages of the corpus in `directory` by the day each is read on, in file order: its truth line's
    `read_on`, else TODAY. The service reads a mail on the day it arrives; a corpus written across a year
    must be read so too, or its relative dates («l'an dernier», «en juin», «il y a huit mois») mean another
    day's."""
    named = {}
    truth = directory / "truth.jsonl"
    if truth.exists():
        for line in truth.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            named[entry["file"]] = entry.get("read_on", TODAY)
    days: defaultdict[str, list[Path]] = defaultdict(list)
    for path in sorted(directory.glob("*.eml")):
        days[named.get(path.name, TODAY)].append(path)
    return dict(sorted(days.items()))
