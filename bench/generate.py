#!/usr/bin/env python3
"""Generates the benchmark data: policies and service specifications about restrictive practice in English care.

Everything comes from one seed, so the same command writes the same Markdown on any machine (the .docx are
byte-identical too, pandoc honours SOURCE_DATE_EPOCH; LibreOffice stamps its PDFs, so only their text is stable).

    python3 bench/generate.py [--out bench/out/data] [--seed 8] [--docs 200] [--small 10000] [--big 1,2,4,5,8]
                              [--formats md,docx,pdf] [--jobs 2]

Writes, under --out:
    docs/md/doc-0001.md ...      --docs documents of about 24 KB each (a policy or a commissioning specification)
    docs/docx/doc-0001.docx ...  the same texts through pandoc (Word numbering, tables and lists as Word has them)
    docs/pdf/doc-0001.pdf ...    the .docx through LibreOffice headless (a private profile under --out)
    small/n200, small/n2000, small/n10000   short documents (about 3 KB) for peak memory against document count;
                                 each set is the first N of the same stream, so the sets differ only in how many
    big/big-1mb.md ...           one long trust-wide policy of 1, 2, 4, 5 and 8 MiB; each is a prefix of the next
                                 (same seed), so the text per megabyte is the same and time should grow in a line
    sample/sample.{md,txt,html,docx,pdf}   document 1 in every format the readers take (for BenchmarkDotNet)
    phrases.txt                  the four phrases the peer linters look for (one a line, for grep -F -f)
    manifest.json                what was asked for; a later run with the same arguments and generator is skipped

Needs python3; pandoc for .docx, .txt and .html; soffice (LibreOffice) for .pdf.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

GENERATOR_VERSION = 1

# The four phrases of the RRN language table that the peer linters are given (PolicyLint's PL2001, PL2002, PL2003 and
# PL2005 look for these and their variants).
PHRASES = ["violence and aggression", "service user", "challenging behaviour", "behaviour management"]

PLACES = [
    "Ashcombe", "Brackenfield", "Castlemoor", "Dunmere", "Easterleigh", "Fenwold", "Greyhaven", "Harrowvale",
    "Ingleby Cross", "Kestrel Bay", "Lowther Dale", "Millbrook", "Northwick", "Oakhampton Vale", "Pellham",
    "Ravensmoor", "Saltmarsh", "Thornbury", "Upperford", "Wexcombe", "Whitlow Green", "Yarrowfield",
]
COMMISSIONERS = ["{p} City Council", "{p} County Council", "{p} Borough Council", "{p} Integrated Care Board",
                 "{p} Council and {q} Integrated Care Board"]
PROVIDERS = ["{p} Support Ltd", "{p} Care Services", "{p} Community Living CIC", "{p} Healthcare Partnership",
             "{p} Housing and Support Association", "{p} NHS Foundation Trust", "{p} Residential Homes Ltd"]
SERVICES = [
    "supported living for autistic people and people with a learning disability",
    "residential care for older people, including people living with dementia",
    "short breaks for children and young people with complex needs",
    "community mental health rehabilitation",
    "a locked rehabilitation unit for adults with mental health needs",
    "home care for adults with physical disabilities",
    "day opportunities for adults with a learning disability",
    "a secure children's home",
    "an assessment and treatment unit",
    "extra care housing",
]
ROLES = ["Registered Manager", "Director of Care", "Head of Quality", "Chief Nurse", "Director of Operations",
         "Positive Behaviour Support Lead", "Deputy Manager", "Clinical Lead", "Nominated Individual"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBERS = ["two", "three", "four", "six", "seven", "ten", "twelve", "fourteen"]

# Slots. A document draws a "quality" q in [0, 1]; every slot picks its good wording with probability q, else the weak
# one, so the set holds strong, middling and weak documents (as a national collection would).
GOOD_PERSON = ["the person", "each person", "the person we support", "the individual"]
WEAK_PERSON = ["the service user", "the client", "the patient", "the resident"]
GOOD_PEOPLE = ["people", "the people we support", "people who draw on the service", "people using the service"]
WEAK_PEOPLE = ["service users", "clients", "patients", "residents"]
GOOD_BEHAVIOUR = ["distressed behaviour", "behaviour of concern", "behaviour that may harm", "distress"]
WEAK_BEHAVIOUR = ["challenging behaviour", "violence and aggression", "aggressive behaviour", "problem behaviour"]
GOOD_SUPPORT = ["support", "help", "work with"]
WEAK_SUPPORT = ["manage", "control", "deal with"]


class Writer:
    """Fills templates for one document: who speaks, about whom, how well."""

    def __init__(self, rng: random.Random, kind: str, quality: float, commissioner: str, provider: str, service: str):
        self.rng = rng
        self.kind = kind
        self.q = quality
        self.commissioner = commissioner
        self.provider = provider
        self.service = service
        # A specification speaks of "the Provider"; a policy speaks for itself.
        self.we = "the Provider" if kind == "specification" else "we"
        self.We = "The Provider" if kind == "specification" else "We"
        self.shall = "shall" if kind == "specification" else "will"

    def pick(self, items):
        return self.rng.choice(items)

    def good(self) -> bool:
        return self.rng.random() < self.q

    def fill(self, template: str, capital: bool = True) -> str:
        r = self.rng
        good = self.good
        values = {
            "We": self.We, "we": self.we, "shall": self.shall,
            "Our": "The Provider's" if self.kind == "specification" else "Our",
            "our": "the Provider's" if self.kind == "specification" else "our",
            "commissioner": self.commissioner, "provider": self.provider, "service": self.service,
            "person": self.pick(GOOD_PERSON if good() else WEAK_PERSON),
            "people": self.pick(GOOD_PEOPLE if good() else WEAK_PEOPLE),
            "behaviour": self.pick(GOOD_BEHAVIOUR if good() else WEAK_BEHAVIOUR),
            "support": self.pick(GOOD_SUPPORT if good() else WEAK_SUPPORT),
            "role": self.pick(ROLES), "role2": self.pick(ROLES),
            "n": self.pick(NUMBERS), "n2": self.pick(NUMBERS),
            "month": self.pick(MONTHS), "year": str(r.randint(2019, 2029)), "days": str(r.choice([3, 5, 7, 10, 14, 28])),
            "hours": str(r.choice([24, 48, 72])), "place": self.pick(PLACES),
        }
        text = template
        for _ in range(3):  # slots may name slots
            for key, value in values.items():
                text = text.replace("{" + key + "}", value)
        return text[0].upper() + text[1:] if capital else text


# Each section: (heading, paragraphs, extra) where a paragraph is a list of alternatives (one picked) and extra, when
# present, is a callable adding a list or a table.
def training_para(w: Writer) -> str:
    if w.good():
        return w.pick([
            "{We} {shall} make sure that all training in restrictive practices is certified as complying with the RRN Training Standards by a UKAS-accredited certification body.",
            "All training that includes restrictive interventions must be certified against the RRN Training Standards (Restraint Reduction Network, 2019), and {we} {shall} keep each trainer's certificate on file.",
            "Training certified against the RRN Training Standards is required for every member of staff who may use restraint, and refresher training takes place every {n} months.",
        ])
    return w.pick([
        "Training in physical intervention {shall} be delivered in line with the Restraint Reduction Network Training Standards.",
        "Our trainers follow the BILD Code of Practice, which is the standard {we} use for all physical intervention training.",
        "All support staff must complete PMVA training before they work alone, and a refresher every year.",
        "Staff are trained in control and restraint techniques by an accredited trainer.",
    ])


SECTIONS: list[tuple[str, list[list[str]]]] = [
    ("Purpose", [
        ["This {kind} sets out how {we} {support} {people} when they are distressed and how {we} keep everyone safe.",
         "This {kind} explains what {commissioner} expects of providers of {service} when {people} show {behaviour}."],
        ["It applies to every member of staff, including bank and agency staff, students and volunteers.",
         "It applies to all staff working in {service}, whatever their role or grade."],
        ["The aim is to reduce the use of restrictive practice and to make sure that, when it is used, it is lawful, safe and respectful.",
         "The aim is that {people} live good lives in the least restrictive way, with their rights respected."],
        ["{We} {shall} read this {kind} alongside the safeguarding, medication and complaints policies."],
    ]),
    ("Scope", [
        ["The {kind} covers {service} in {place} and the surrounding area.",
         "The {kind} covers all services run by {provider}, including {service}."],
        ["It covers physical, chemical, mechanical and environmental restraint, seclusion and long-term segregation, and any restriction of a person's liberty.",
         "It covers any practice that stops {person} doing something they want to do, or makes them do something they do not want to do."],
        ["Many {people} will have complex needs, including {behaviour}, autism or a dual diagnosis.",
         "Some {people} may present with {behaviour} when they are in pain, frightened or unable to make themselves understood."],
    ]),
    ("Definitions", [
        ["Restrictive practice means making someone do something they do not want to do, or stopping them from doing something they want to do.",
         "A restrictive intervention is any action that restricts a person's movement, liberty or freedom to act independently."],
        ["Seclusion means keeping a person apart from others in a room they cannot leave; long-term segregation means keeping a person apart from others over a long period."],
        ["A blanket restriction is a rule or practice that applies to everyone in a service, whatever their own needs and risks."],
        ["Positive Behaviour Support (PBS) is a person-centred approach that looks for the reasons behind behaviour and improves quality of life."],
    ]),
    ("Principles", [
        ["{We} {shall} respect and protect each person's rights under the Human Rights Act 1998, the Mental Capacity Act 2005 and the Equality Act 2010.",
         "Every restriction is an interference with a person's rights and must be justified, recorded and reviewed."],
        ["Restrictive practice must never be used as a punishment or a sanction.",
         "Restraint may be used to teach {person} that their behaviour is not acceptable.",
         "Staff must never use restraint to punish, humiliate or frighten anyone."],
        ["Staff must never use pain-based techniques.",
         "Pain compliance may be used when all other methods have failed.",
         "Staff must never use pain compliance or any technique that causes pain."],
        ["Support is person-centred, trauma-informed and based on PBS.",
         "{We} {shall} use the least restrictive option for the shortest possible time.",
         "{We} aim to {support} {behaviour} in the least restrictive way possible."],
    ]),
    ("Roles and responsibilities", [
        ["The {role} is the responsible person for the use of all restrictions, including the use of force, across {our} services.",
         "The {role} owns this {kind} and makes sure staff follow it.",
         "The {role} is responsible for making sure that this {kind} is followed in each service."],
        ["The {role} reports to the Board on the use of restrictive practice at least every quarter.",
         "Team leaders check incident forms and arrange debriefs."],
        ["Each member of staff must tell their line manager if they have not had the training described in this {kind}."],
    ]),
    ("Preventing distress", [
        ["Staff must read each person's behaviour support plan before working with them, and understand their triggers and early warning signs.",
         "Every person who may be restrained has a behaviour support plan written with them, their family and the people who know them best."],
        ["Staff must use de-escalation first: a calm voice, giving the person space, offering choices and distraction.",
         "Staff should {support} risk by planning activities, having enough staff on shift and knowing each person's routines."],
        ["When {person} becomes agitated, staff may use time out in the quiet room until they are calm.",
         "When {person} becomes distressed, staff offer a quiet space that the person is free to leave at any time."],
        ["Staff must be able to {support} {person}'s {behaviour} safely and must understand PBS.",
         "Behaviour management plans must be kept up to date by the key worker.",
         "Support plans are reviewed with the person at least every {n} months."],
    ]),
    ("Use of restrictive practice", [
        ["Restrictive practice is used only as a last resort to prevent serious harm, in proportion to the risk, for the shortest possible time and with the correct authorisation.",
         "Physical intervention should only be used as a last resort.",
         "Staff may use physical intervention when {person} refuses to follow instructions."],
        ["Planned or deliberate prone restraint is not permitted in any of {our} services.",
         "Prone restraint may be used for short periods by trained staff.",
         "Staff must never restrain a person face down, and must release any hold that becomes prone straight away."],
        ["Seclusion and long-term segregation are used only in services registered to use them, under the Mental Health Act 1983 Code of Practice.",
         "Seclusion may be used for up to {hours} hours when {person} is a danger to others."],
        ["Any planned restriction is agreed and authorised in advance, recorded in the person's support plan and reviewed at least every {n} months.",
         "Where {person}'s behaviour places themselves or others at risk, staff should take whatever action they consider reasonable in the circumstances, which may include physical intervention, removing the person from the situation or calling the police, and should then let the manager know as soon as is practicable."],
        ["Staff must stop any restraint as soon as the person is safe, and one member of staff must watch the person's breathing and wellbeing throughout."],
    ]),
    ("Medication", [
        ["Medication must never be used to control behaviour.",
         "PRN medication may be given to calm {person} when they are distressed, if it is in their medication record.",
         "Rapid tranquillisation may be used to {support} {behaviour}."],
        ["{We} support the national programme to stop the over-medication of people with a learning disability, autism or both (STOMP).",
         "Any medication given when required is reviewed by the prescriber within {days} days."],
        ["Staff must record each dose on the medication administration record."],
    ]),
    ("Training", [
        ["@training"],
        ["@training"],
        ["New staff shadow an experienced member of staff for at least {n} shifts before they work alone.",
         "Refresher training takes place every {n} months."],
    ]),
    ("Recording and reporting", [
        ["Every use of a restrictive intervention, planned or unplanned, is recorded on the same day.",
         "Staff must complete an incident form after every physical intervention, before the end of their shift.",
         "Incidents should be written up as appropriate."],
        ["Records are kept for at least {n} years and the data is reviewed by the Board at least every quarter.",
         "The {role} reviews the data every month, looking at trends by type, service and protected characteristic."],
        ["{We} {shall} notify the Care Quality Commission (CQC) of any serious injury without delay."],
    ]),
    ("After an incident", [
        ["Straight after any restrictive intervention, staff check the physical and emotional wellbeing of the person, of the staff involved and of anyone who saw it.",
         "After any physical intervention the team leader will hold a debrief with the staff involved and {person} to discuss what happened."],
        ["Separately from immediate support, and at a later time, a senior member of staff leads a blame-free post-incident learning review.",
         "A debrief is held with the staff on shift to go over what happened and agree what to do next time."],
        ["The person, their family or carers and their advocate are invited to take part in the review.",
         "{We} arrange therapeutic support for the person and review their support plan within {days} days."],
    ]),
    ("Serious injury and deaths", [
        ["{We} {shall} arrange an independent review of any use of restrictive practice in which a person is seriously injured.",
         "The {role} will look at any injury and decide whether to tell the Care Quality Commission."],
        ["{We} {shall} refer the death of any autistic person or person with a learning disability to the Learning from Lives and Deaths programme (LeDeR).",
         "{We} publish an annual report on deaths reported to the coroner."],
    ]),
    ("Rights, concerns and advocacy", [
        ["{We} {shall} give each person clear information about their rights on restrictions and the use of force, in easy read and other formats.",
         "Information about rights is available on request."],
        ["People, families, carers and advocates can raise a concern about restrictive practice, and {we} reply to each concern within {days} working days.",
         "{We} {shall} help each person to get an independent advocate when they want one."],
    ]),
    ("Blanket restrictions", [
        ["House rules apply to everyone so that all houses are run fairly.",
         "{We} {shall} identify, challenge and review blanket restrictions at least every {n} months, and remove any that cannot be justified for each person."],
        ["The kitchen is locked at night in every house.",
         "Any restriction is decided for the person, with the person, and never for the whole service."],
    ]),
    ("Reducing restrictive practice", [
        ["{We} {shall} have a written plan to reduce the use of restrictive practice, based on the six core strategies and the Restraint Reduction Network (RRN) quality framework.",
         "The plan sets measurable aims and is reviewed with {people} and their families every year."],
        ["People with lived experience, families and carers take part in writing {our} policies, in designing and delivering training and in reviewing the use of restrictive practice.",
         "{We} {shall} ask {people} for feedback at least once a year."],
        ["The Board reviews restrictive practice data and progress against the reduction plan at least every quarter."],
    ]),
    ("Contract monitoring", [
        ["{commissioner} will monitor compliance with this {kind} at quarterly contract meetings and an annual visit.",
         "{commissioner} will monitor the contract through quarterly meetings with the Provider."],
        ["The quarterly return shows the number of incidents of restraint and other restrictive interventions by type, the learning from reviews and the level of staff training."],
    ]),
]

LISTS = {
    "Preventing distress": ("Staff look for early signs of distress, such as:", [
        "changes in the person's voice, pace or breathing;", "pacing, withdrawing or repeating a question;",
        "pain, hunger, tiredness or a change of routine;", "noise, crowding or a change of staff;",
        "the anniversary of a loss or a difficult time;", "being told no without a reason;"]),
    "Recording and reporting": ("Each record includes at least:", [
        "the type of restrictive intervention used and why;", "where and when it started and how long it lasted;",
        "the names and roles of the staff involved;", "any injury to the person or to staff;",
        "the person's age, sex, disability, race and other protected characteristics;",
        "how the person took part in the review and what will change;", "when the family or carers were told;"]),
    "Blanket restrictions": ("Examples of restrictions that must be reviewed for each person:", [
        "mobile phones are not permitted after 10pm;", "the kitchen is locked at night;", "visitors must leave by 8pm;",
        "bedtimes are fixed for everyone;", "snacks are only available at set times;", "the garden door is kept locked;"]),
    "Contract monitoring": ("The quarterly return shows:", [
        "the number of incidents of restraint, by type;", "the number of people restrained more than once;",
        "learning from post-incident reviews and the actions taken;",
        "the level and quality of staff training, with evidence of certification;", "concerns raised and how they were resolved;"]),
}

TABLES = {
    "Definitions": (["Type", "What it means"], [
        ["Physical restraint", "Any direct physical contact meant to stop or limit a person's movement"],
        ["Chemical restraint", "Medication used to restrict movement or behaviour rather than to treat a diagnosed condition"],
        ["Mechanical restraint", "A device or equipment that limits a person's movement"],
        ["Environmental restraint", "Locked doors, removed items or other changes to a person's surroundings"],
        ["Seclusion", "Keeping a person apart from others in a space they cannot leave"],
        ["Psychological restraint", "Threats, pressure or withholding things a person values to make them comply"]]),
    "Roles and responsibilities": (["Role", "Responsibility"], [
        ["{role}", "Owns this {kind} and reports to the Board"], ["Team leaders", "Check incident forms and arrange debriefs"],
        ["Support workers", "Follow behaviour support plans and this {kind}"], ["Line manager", "Supports each member of staff through supervision"],
        ["PBS practitioner", "Writes and reviews behaviour support plans with the person"]]),
    "Training": (["Course", "Who", "How often"], [
        ["Positive Behaviour Support", "All staff", "Every {n} years"], ["Restrictive practice (RRN certified)", "All support staff", "Every 12 months"],
        ["PMVA (control and restraint)", "All support staff", "Every 12 months"], ["Managing challenging behaviour", "All staff", "Every 2 years"],
        ["Safe handling of medicines", "Staff who give medication", "Every 12 months"], ["Autism awareness", "All staff", "Every {n} years"]]),
}

SETTINGS_FOR_PARTS = [
    "supported living", "residential care", "short breaks", "community teams", "inpatient wards", "day services",
    "home care", "children's services", "forensic services", "older people's services", "extra care housing",
]


def render_document(rng: random.Random, target_bytes: int, long_form: bool = False) -> str:
    """One document of about target_bytes. long_form: a trust-wide policy in parts, for the big documents.

    The paragraphs per section are calibrated: the document is drawn again from the same random state with a
    corrected count until it is within 15% of the target (deterministic, since the state is the same each time)."""
    if long_form:
        return _render(rng, target_bytes, True, 6.0)
    state = rng.getstate()
    per_section = target_bytes / (16 * 180)
    text = ""
    for _ in range(4):
        rng.setstate(state)
        text = _render(rng, target_bytes, False, per_section)
        ratio = target_bytes / max(1, len(text.encode("utf-8")))
        if 0.85 <= ratio <= 1.15:
            break
        per_section *= ratio
    return text


def _render(rng: random.Random, target_bytes: int, long_form: bool, per_section_mean: float) -> str:
    kind = rng.choice(["specification", "policy"])
    p, q = rng.sample(PLACES, 2)
    commissioner = rng.choice(COMMISSIONERS).format(p=p, q=q)
    provider = rng.choice(PROVIDERS).format(p=q, q=p)
    service = rng.choice(SERVICES)
    quality = rng.random()
    w = Writer(rng, kind, quality, commissioner, provider, service)
    kind_word = "specification" if kind == "specification" else "policy"

    out: list[str] = []
    size = 0

    def emit(text: str = "") -> None:
        nonlocal size
        text = text.replace("{kind}", kind_word)
        out.append(text)
        size += len(text.encode("utf-8")) + 1

    # Title block and document control.
    if kind == "specification":
        emit(f"**{commissioner}, Joint Commissioning**")
        emit()
        emit(f"**Service Specification: {service[0].upper() + service[1:]}**")
    else:
        emit(f"**{provider}**")
        emit()
        title = rng.choice(["Restrictive Practice Policy", "Positive Behaviour Support and Restraint Reduction Policy",
                            "Policy and Procedure: Physical Intervention and the Management of Challenging Behaviour",
                            "Policy on Reducing Restrictive Practice"])
        emit(f"**{title}**")
    emit()
    year = rng.randint(2019, 2027)
    review_year = year + rng.choice([1, 2, 3])
    control = rng.choice([
        f"Version {rng.randint(1, 4)}.{rng.randint(0, 9)}, approved on {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}. Next review date: {rng.choice(MONTHS)} {review_year}.",
        f"Owner: {rng.choice(ROLES)}. Approved: {rng.choice(MONTHS)} {year}. Review date: {rng.choice(MONTHS)} {review_year}.",
        f"Draft for consultation. Version 0.{rng.randint(1, 9)}. Owner: {rng.choice(ROLES)}.",
    ])
    emit(control)
    emit()

    sections = [s for s in SECTIONS if kind == "specification" or s[0] != "Contract monitoring"]
    if not long_form and per_section_mean < 1.5:
        # A short document (a leaflet, a one-page procedure) has fewer sections, not one line under every heading.
        keep = max(3, min(len(sections), round(len(sections) * per_section_mean / 1.5)))
        kept = sorted(rng.sample(range(len(sections)), keep))
        sections = [sections[i] for i in kept]
        per_section_mean = max(1.0, per_section_mean)
    per_section = max(1, round(per_section_mean))
    part = 0
    while True:
        part += 1
        if long_form:
            emit(f"# Part {part}: {rng.choice(SETTINGS_FOR_PARTS).capitalize()}")
            emit()
        for number, (heading, paragraphs) in enumerate(sections, start=1):
            prefix = f"{part}.{number}" if long_form else f"{number}"
            emit(("## " if long_form else "# ") + f"{prefix} {heading}")
            emit()
            count = per_section if long_form else max(1, round(rng.gauss(per_section_mean, per_section_mean / 3)))
            order = list(range(len(paragraphs)))
            chosen: list[int] = []
            while len(chosen) < count:
                rng.shuffle(order)
                chosen.extend(sorted(order[: count - len(chosen)]))
            for index, choice in enumerate(chosen, start=1):
                alternatives = paragraphs[choice]
                template = rng.choice(alternatives)
                text = training_para(w) if template == "@training" else template
                sentence = w.fill(text)
                # A second sentence now and then, so paragraphs are not all one sentence long.
                if rng.random() < 0.35 and len(paragraphs) > 1:
                    other = rng.choice(paragraphs[rng.choice([k for k in range(len(paragraphs)) if k != choice])])
                    if other != "@training":
                        sentence += " " + w.fill(other)
                emit(f"{prefix}.{index} {sentence}")
                emit()
            if heading in LISTS and rng.random() < 0.7:
                lead, items = LISTS[heading]
                emit(w.fill(lead))
                emit()
                for item in rng.sample(items, rng.randint(3, len(items))):
                    emit(f"- {w.fill(item, capital=False)}")
                emit()
            if heading in TABLES and rng.random() < 0.7:
                header, rows = TABLES[heading]
                emit(f"{prefix}.{len(chosen) + 1} The table below {rng.choice(['sets this out', 'gives the detail', 'summarises this'])}.")
                emit()
                emit("| " + " | ".join(header) + " |")
                emit("|" + "---|" * len(header))
                for row in rng.sample(rows, rng.randint(3, len(rows))):
                    emit("| " + " | ".join(w.fill(c) for c in row) + " |")
                emit()
            if long_form and size >= target_bytes:
                break
        if not long_form or size >= target_bytes:
            break

    emit("# References" if not long_form else f"# Part {part + 1}: References")
    emit()
    refs = [
        "Care Quality Commission (CQC), policy position statement on restrictive practice, 2023.",
        "Restraint Reduction Network, Training Standards, 2019.",
        "Department of Health, Positive and Proactive Care: reducing the need for restrictive interventions, 2014.",
        "NICE guideline NG10, \"Violence and aggression: short-term management in mental health, health and community settings\" (2015).",
        "NICE guideline NG11, \"Challenging behaviour and learning disabilities\" (2015).",
        "Local Government Association, \"Reducing restrictive practice: essentials for commissioners\".",
        "Mental Health Act 1983: Code of Practice, chapter 26.",
    ]
    for ref in rng.sample(refs, rng.randint(3, len(refs))):
        emit(f"- {ref}")
    return "\n".join(out) + "\n"


def render_big(seed: int, target_bytes: int) -> str:
    """The long document: a prefix of the same stream for every size, cut at a part boundary near the target."""
    rng = random.Random(f"{seed}:big")
    text = render_document(rng, target_bytes, long_form=True)
    return text


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run(cmd: list[str], **kw) -> None:
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(cmd)}\n{result.stderr[-2000:]}")


def to_docx(pairs: list[tuple[Path, Path]], jobs: int) -> None:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1793577600", TZ="UTC")

    def one(pair: tuple[Path, Path]) -> None:
        src, dst = pair
        dst.parent.mkdir(parents=True, exist_ok=True)
        run(["pandoc", "--from", "markdown", "--to", "docx", "--output", str(dst), str(src)], env=env)

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, pairs))


def to_pdf(docx_files: list[Path], outdir: Path, profile: Path, batch: int = 50) -> None:
    """LibreOffice converts many files per start; a private profile keeps it off the user's own."""
    outdir.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(docx_files), batch):
        chunk = docx_files[i:i + batch]
        run(["soffice", f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in chunk])
    missing = [p for p in docx_files if not (outdir / (p.stem + ".pdf")).exists()]
    if missing:
        sys.exit(f"LibreOffice did not write {len(missing)} PDFs, e.g. {missing[0]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "out" / "data"))
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--doc-kb", type=float, default=22.0, help="mean size of a document of the main set (KB)")
    ap.add_argument("--small", type=int, default=10000, help="short documents for the memory sets (0: none)")
    ap.add_argument("--small-kb", type=float, default=3.0)
    ap.add_argument("--big", default="1,2,4,5,8", help="sizes of the long document in MiB ('' for none)")
    ap.add_argument("--formats", default="md,docx,pdf", help="formats of the main set")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()

    out = Path(args.out)
    manifest = {k: v for k, v in vars(args).items() if k not in ("out", "jobs", "force")}
    manifest["generator"] = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    manifest_path = out / "manifest.json"
    if not args.force and manifest_path.exists() and json.loads(manifest_path.read_text()) == manifest:
        print(f"generate: {out} is up to date (seed {args.seed})")
        return
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    formats = set(args.formats.split(",")) if args.formats else set()

    write(out / "phrases.txt", "\n".join(PHRASES) + "\n")

    # The main set. Sizes vary around the mean as real policies do (a 6-page letter to a 30-page specification).
    rng = random.Random(args.seed)
    md_files = []
    for i in range(1, args.docs + 1):
        doc_rng = random.Random(f"{args.seed}:doc:{i}")
        target = int(args.doc_kb * 1024 * min(2.0, max(0.4, rng.lognormvariate(0, 0.35))))
        path = out / "docs" / "md" / f"doc-{i:04d}.md"
        write(path, render_document(doc_rng, target))
        md_files.append(path)
    total = sum(p.stat().st_size for p in md_files)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in md_files)
    print(f"generate: {len(md_files)} Markdown documents, {total / 1e6:.2f} MB, {words:,} words")

    # Short documents for peak memory against the number of documents.
    if args.small:
        small_dir = out / "small" / f"n{args.small}"
        for i in range(1, args.small + 1):
            write(small_dir / f"s-{i:05d}.md", render_document(random.Random(f"{args.seed}:small:{i}"), int(args.small_kb * 1024)))
        for n in (200, 2000):
            if n < args.small:
                sub = out / "small" / f"n{n}"
                sub.mkdir(parents=True, exist_ok=True)
                for i in range(1, n + 1):
                    shutil.copyfile(small_dir / f"s-{i:05d}.md", sub / f"s-{i:05d}.md")
        print(f"generate: {args.small} short documents (sets of 200, 2,000 and {args.small:,})")

    # The long documents.
    for mib in [int(x) for x in args.big.split(",") if x]:
        text = render_big(args.seed, mib * 1024 * 1024)
        write(out / "big" / f"big-{mib}mb.md", text)
        print(f"generate: big-{mib}mb.md, {len(text.encode('utf-8')) / 1048576:.2f} MiB")

    # Document 1 in every format, for the reader benchmarks.
    sample = out / "sample"
    sample.mkdir(parents=True, exist_ok=True)
    # The sample is the document of median size, so a per-document figure is a typical one.
    by_size = sorted(md_files, key=lambda p: (p.stat().st_size, p.name))
    median = by_size[len(by_size) // 2]
    shutil.copyfile(median, sample / "sample.md")
    (sample / "SOURCE").write_text(f"{median.name}\n")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1793577600", TZ="UTC")
    if shutil.which("pandoc"):
        run(["pandoc", "--from", "markdown", "--to", "plain", "--columns", "100", "--output", str(sample / "sample.txt"), str(sample / "sample.md")], env=env)
        run(["pandoc", "--from", "markdown", "--to", "html5", "--standalone", "--metadata", "title=Policy",
             "--output", str(sample / "sample.html"), str(sample / "sample.md")], env=env)

    if "docx" in formats or "pdf" in formats:
        if not shutil.which("pandoc"):
            sys.exit("pandoc is needed for .docx (apt-get install -y pandoc)")
        pairs = [(p, out / "docs" / "docx" / (p.stem + ".docx")) for p in md_files]
        pairs.append((sample / "sample.md", sample / "sample.docx"))
        to_docx(pairs, args.jobs)
        print(f"generate: {len(md_files)} .docx (pandoc)")
    if "pdf" in formats:
        if not shutil.which("soffice"):
            sys.exit("LibreOffice is needed for .pdf (apt-get install -y libreoffice-writer-nogui)")
        profile = Path(tempfile.mkdtemp(prefix="lo-profile-", dir=out))
        try:
            to_pdf([out / "docs" / "docx" / (p.stem + ".docx") for p in md_files], out / "docs" / "pdf", profile)
            to_pdf([sample / "sample.docx"], sample, profile)
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        print(f"generate: {len(md_files)} .pdf (LibreOffice)")

    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
