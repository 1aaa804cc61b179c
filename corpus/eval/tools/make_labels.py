"""Writes corpus/eval/<doc>.labels.json from the expert labels below.

Findings and temptations are given by a phrase that occurs on exactly one line of the document, so the labels keep
their line numbers when the text is edited. Run from anywhere: python3 corpus/eval/tools/make_labels.py
"""
import json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = [f"PL{n}" for n in range(1001, 1021)]
SPEC_ONLY = {"PL1003", "PL1020"}

def clauses(kind, present=(), partial=(), missing=None):
    ids = [c for c in ALL if kind == "specification" or c not in SPEC_ONLY]
    out = {}
    for c in ids:
        out[c] = "present" if c in present else "partial" if c in partial else "missing"
    return out

D = {}

D["spec-weak-day-services"] = dict(kind="specification", setting="social-care",
    clauses=clauses("specification", partial=["PL1005", "PL1012"]),
    findings=[("PL4001", "Review date: January 2024"),
              ("PL2002", "1.2 The service is for service users"), ("PL2005", "1.2 The service is for service users"),
              ("PL2003", "3.1 The Provider shall have staff"), ("PL2005", "3.1 The Provider shall have staff"),
              ("PL2001", "3.1 The Provider shall have staff"),
              ("PL2002", "3.2 Where a service user"), ("PL2001", "3.2 Where a service user"),
              ("PL2003", "3.3 The Provider shall ensure that staff know"), ("PL2002", "3.3 The Provider shall ensure that staff know"),
              ("PL2007", "3.3 The Provider shall ensure that staff know"), ("PL2007", "3.3 The Provider shall ensure that staff know"),
              ("PL2007", "3.3 The Provider shall ensure that staff know"), ("PL2009", "3.3 The Provider shall ensure that staff know"),
              ("PL3001", "4.2 The Provider shall ensure that physical"), ("PL2010", "4.2 The Provider shall ensure that physical")],
    quiet=[("PL2003", "manage risk", "manage risk"), ("PL2003", "line manager", "line manager"),
           ("PL3005", "4.1 All staff must be trained", "all staff must be trained: a training requirement, not a blanket restriction"),
           ("PL2001", "NICE guideline NG10", "cited title"), ("PL2010", "NICE guideline NG10", "references section"),
           ("PL2005", "NICE guideline NG11", "cited title"), ("PL1012", "may use physical intervention as a last resort", "last resort only: partial, not present")])

D["spec-weak-residential-school"] = dict(kind="specification", setting="education",
    clauses=clauses("specification"),
    findings=[("PL4002", "**Westmere County Council"),
              ("PL2007", "wheelchair-bound"), ("PL2007", "the autistics"), ("PL2007", "the autistics"),
              ("PL2003", "behaviour management system"), ("PL2008", "time out in a separate room"),
              ("PL2006", "control and restraint course"), ("PL2007", "absconding")],
    quiet=[("PL3005", "3.3 All care staff shall complete", "training requirement, not a blanket restriction"),
           ("PL1005", "significant uses of force", "only significant uses recorded: not every use"),
           ("PL1009", "headteacher will look into any complaint", "complaint handling, not investigation of serious injury")])

D["spec-middling-supported-living"] = dict(kind="specification", setting="learning-disability-autism",
    clauses=clauses("specification",
        present=["PL1002", "PL1003", "PL1005", "PL1008", "PL1011", "PL1012", "PL1014", "PL1016", "PL1019"],
        partial=["PL1001", "PL1006", "PL1007", "PL1010", "PL1017", "PL1020"]),
    findings=[("PL2004", "least restrictive approach"), ("PL2004", "3.2 The Provider shall use restrictive practice"),
              ("PL2002", "5.2 Clients"), ("PL2010", "5.1 Training for staff"), ("PL2010", "5.1 Training for staff")],
    quiet=[("PL3001", "instead of the BILD Code of Practice", "the BILD Code named as what not to use"),
           ("PL2010", "Learning from Lives and Deaths (LeDeR)", "expanded at first use"),
           ("PL4001", "Next review date: March 2027", "review date in the future")])

D["spec-middling-mental-health"] = dict(kind="specification", setting="mental-health-unit",
    clauses=clauses("specification",
        present=["PL1002", "PL1004", "PL1005", "PL1009", "PL1010", "PL1013", "PL1014", "PL1015", "PL1016", "PL1018", "PL1020"],
        partial=["PL1001", "PL1003", "PL1012"]),
    findings=[("PL4001", "Next review: June 2025"),
              ("PL2002", "and for informal patients"), ("PL2002", "give each patient written"),
              ("PL2002", "3.4 Patients, their families"), ("PL2002", "emotional wellbeing of the patient"),
              ("PL2002", "the patient shall be offered"),
              ("PL2001", "PMVA training"), ("PL2010", "PMVA training")],
    quiet=[("PL2010", "NHS Standard Contract", "NHS: the name of the national service, not jargon"),
           ("PL2010", "5.1 The Provider shall ensure that staff are aware", "RRN expanded earlier (4.2)"),
           ("PL1001", "aware of the RRN Training Standards", "aware of: partial")])

D["spec-strong-older-people"] = dict(kind="specification", setting="older-people",
    clauses=clauses("specification", present=ALL),
    findings=[("PL2004", "5.1 The Provider shall use restrictive practice")],
    quiet=[("PL3003", "must never be used as a punishment", "negation"), ("PL3002", "must never use pain-based", "negation"),
           ("PL3004", "must never use pain-based", "negation: shall not permit planned or deliberate prone restraint"),
           ("PL2002", "'service user'", "quotation"),
           ("PL3005", "6.1 All staff must be trained", "all staff must be trained"),
           ("PL3005", "locked front doors", "an example of a blanket restriction to review"),
           ("PL2001", "NICE guideline NG10", "cited title, references section"),
           ("PL2010", "NICE guideline NG10", "references section"),
           ("PL2010", "Restraint Reduction Network (RRN)", "expanded at first use")])

D["policy-outdated-care-home"] = dict(kind="policy", setting="older-people",
    clauses=clauses("policy", present=["PL1005"], partial=["PL1006", "PL1010", "PL1012"]),
    findings=[("PL4001", "Review date: May 2021"), ("PL2003", "Management of Difficult Residents"), ("PL2007", "Management of Difficult Residents"),
              ("PL2007", "suffer from dementia"), ("PL2007", "suffer from dementia"),
              ("PL3005", "locked at all times"), ("PL3005", "No one is allowed"), ("PL3005", "Mobile phones are not permitted"),
              ("PL3006", "PRN medication to calm"), ("PL2010", "PRN medication to calm"),
              ("PL2001", "PMVA training"), ("PL2010", "PMVA training"),
              ("PL3001", "follows the BILD Code of Practice"), ("PL2010", "follows the BILD Code of Practice")],
    quiet=[("PL2003", "line manager", "line manager"),
           ("PL1010", "will hold a debrief", "one undivided debrief: partial")])

D["policy-outdated-ld-service"] = dict(kind="policy", setting="learning-disability-autism",
    clauses=clauses("policy", present=["PL1005"], partial=["PL1012"]),
    findings=[("PL4002", "**Brightpath Support Services**"),
              ("PL2005", "**Challenging Behaviour and Physical"),
              ("PL2002", "1.1 This procedure applies"),
              ("PL2002", "1.2 We will keep service users"), ("PL2003", "1.2 We will keep service users"), ("PL2005", "1.2 We will keep service users"),
              ("PL2002", "2.1 Some service users"), ("PL2007", "2.1 Some service users"), ("PL2007", "2.1 Some service users"),
              ("PL2002", "2.2 Staff must record any client"), ("PL2007", "2.2 Staff must record any client"),
              ("PL2008", "time-out in the quiet lounge"),
              ("PL2002", "3.2 Where a service user refuses"), ("PL3002", "3.2 Where a service user refuses"),
              ("PL3003", "as a consequence"), ("PL3004", "Planned prone restraint"),
              ("PL2006", "trained in control and restraint"), ("PL2004", "least restrictive intervention")],
    quiet=[("PL2003", "line manager", "line manager")])

D["policy-good-supported-living"] = dict(kind="policy", setting="social-care",
    clauses=clauses("policy", present=ALL),
    findings=[("PL2004", "4.1 We will use restrictive practice only")],
    quiet=[("PL3003", "never use restraint as a punishment", "negation"), ("PL3002", "never use pain-based", "negation"),
           ("PL3004", "do not permit planned or deliberate prone", "negation"),
           ("PL2003", "manage risk", "manage risk"),
           ("PL3001", "was superseded by the Restraint Reduction Network", "the BILD Code was superseded by the RRN Training Standards"),
           ("PL2005", "| Challenging behaviour |", "glossary of terms to avoid"),
           ("PL2002", "| Service user |", "glossary of terms to avoid"),
           ("PL2007", "| Kicking off |", "glossary of terms to avoid"),
           ("PL2007", "| Attention-seeking |", "glossary of terms to avoid"),
           ("PL2008", "| Time out |", "glossary of terms to avoid"),
           ("PL2010", "Riverside Lives CIC", "company suffix")])

D["policy-good-mental-health-unit"] = dict(kind="policy", setting="mental-health-unit",
    clauses=clauses("policy", present=ALL),
    findings=[("PL2004", "3.1 We will use force only"),
              ("PL2002", "1.3 We developed this policy with patients"),
              ("PL2002", "Medication may be given to calm a patient"), ("PL2010", "Medication may be given to calm a patient"),
              ("PL2010", "5.1 We will ensure that all training"), ("PL2010", "5.1 We will ensure that all training"),
              ("PL2002", "wellbeing of the patient, staff"), ("PL2002", "we offer the patient therapeutic"),
              ("PL2002", "give a copy to every patient"), ("PL2002", "8.2 Patients, families"),
              ("PL2010", "7.5 We report deaths")],
    quiet=[("PL3006", "Medication may be given to calm a patient", "clinically indicated, STOMP safeguard"),
           ("PL3002", "Staff must never use pain compliance", "negation"),
           ("PL3003", "Staff must never use pain compliance", "negation: never use restraint as a punishment")])

D["letter-contract-monitoring"] = dict(kind="other", setting="social-care", clauses={},
    findings=[("PL2010", "Your training records say"), ("PL2010", "Your training records say"),
              ("PL2002", "some service users"), ("PL2010", "NICE guideline NG10")],
    quiet=[("PL2003", "Policy on the Management of Difficult Residents", "quotation"),
           ("PL3001", "Your training records say", "quoted, and says the BILD Code was superseded"),
           ("PL3005", "mobile phones are not permitted in the lounge", "quotation"),
           ("PL3002", "must never use pain-based", "negation"),
           ("PL3005", "5. All staff must be trained", "all staff must be trained"),
           ("PL2001", "NICE guideline NG10", "cited title"),
           ("PL2010", "HG4 7QT", "postcode"),
           ("PL1020", "under your contract with the Council", "a letter that discusses a contract: kind other, no PL1xxx"),
           ("PL4002", "18 November 2026", "a letter: not a policy or specification")])

D["guidance-commissioner-briefing"] = dict(kind="other", setting="social-care", clauses={},
    findings=[("PL2007", "the learning disabled"),
              ("PL2009", "Commissioners should check"), ("PL2010", "Commissioners should check"), ("PL2010", "Commissioners should check"),
              ("PL2010", "instead of the BILD Code of Practice"),
              ("PL2004", "least restrictive option"), ("PL2006", "restraint techniques training")],
    quiet=[("PL2005", "Specifications often still talk", "quotation"), ("PL2006", "Specifications often still talk", "quotation"),
           ("PL2003", "\"manage the person\"", "quotation"), ("PL2007", "\"difficult patient\"", "quotation"),
           ("PL2002", "\"difficult patient\"", "quotation"),
           ("PL3001", "instead of the BILD Code of Practice", "instead of the BILD Code of Practice"),
           ("PL3002", "never use pain-based", "negation"), ("PL3003", "never be used as a punishment", "negation"),
           ("PL2005", "NICE guideline NG11", "cited title, further reading"),
           ("PL2010", "NICE guideline NG11", "further reading")])

D["letter-provider-foi-reply"] = dict(kind="other", setting="learning-disability-autism", clauses={},
    findings=[("PL3001", "which replaced the RRN Training Standards"), ("PL2010", "which replaced the RRN Training Standards"),
              ("PL2010", "which replaced the RRN Training Standards"),
              ("PL2006", "Control and Restraint Level 2"),
              ("PL2003", "how to manage clients"), ("PL2002", "how to manage clients"),
              ("PL2002", "mostly with patients")],
    quiet=[("PL3002", "We do not use pain compliance", "negation"),
           ("PL2008", "how to manage clients", "time out to calm down: isolation not stated, ambiguous"),
           ("PL3005", "all care staff attend it", "training, not a blanket restriction"),
           ("PL1001", "Our physical intervention training", "a letter: no PL1xxx")])

def line_of(doc, lines, phrase):
    hits = [i for i, l in enumerate(lines, 1) if phrase in l]
    if len(hits) != 1:
        sys.exit(f"{doc}: phrase {phrase!r} found on lines {hits}")
    return hits[0]

for doc, spec in D.items():
    lines = open(os.path.join(HERE, doc + ".md"), encoding="utf-8").read().split("\n")
    out = {"kind": spec["kind"], "setting": spec["setting"], "clauses": spec["clauses"],
           "findings": [{"ruleId": r, "line": line_of(doc, lines, p)} for r, p in spec["findings"]],
           "quiet": [{"ruleId": r, "line": line_of(doc, lines, p), "why": w} for r, p, w in spec["quiet"]]}
    out["findings"].sort(key=lambda f: (f["line"], f["ruleId"]))
    with open(os.path.join(HERE, doc + ".labels.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
print("wrote", len(D))
