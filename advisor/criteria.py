"""One scoring rule per criterion: how well a method fits one part of a context.

Every rule returns a match in [0, 1], or None when the method's data is
unknown: unknown scores neutrally (NEUTRAL) and is flagged, never counted as
a match or a miss. Each rule also says whether a *must* would be met and why,
as a message code with parameters so any interface can phrase it.

The rules (documented here because users ask "why this number?"):
- setting: 1 when a place of the user's is one of the method's; 0.5 for a
  neighbouring scale (straat–buurt–wijk–gemeente, and dorp next to buurt and
  gemeente: a village is about a neighbourhood's size and part of a
  municipality); else 0. The best of the user's places counts.
- target_group, goal: the share of the user's groups or goals the method
  names. A method for all residents counts half for a specific resident group
  (it reaches them without being aimed at them), and a method for a specific
  resident group counts half when the user wants all residents.
- production_power: 1 when equal, else 0.25: all 19 methods leave most
  production power with citizens, so the two kinds differ only in degree.
- budget: the method's need is the lowest amount it asks of the user (amounts
  it hands out or costs), else the floor of its budget class. 1 when the user's
  budget covers it, else budget/need. Money a third party pays (a fund, the
  KNHM) does not count as need: it is outside money the method brings in.
- duration: 1 when the method's time fits the horizon, else horizon/time.
- handbook: yes 1, no 0, unknown neutral.
- research: two or more studies or an evaluation 1, only descriptions 0.5,
  no known research 0 (the report knows of none: that is a fact, not a gap).

How firm the advice is (computed in ``advisor.robust``; thresholds below):
- A known match of at least STRONG_MATCH (0.75) is a strength, at most
  WEAK_MATCH (0.25) a weakness; criteria with weight 0 or unknown data are
  neither. Weaknesses are ordered by weight × (1 − match), the score points
  they cost; strengths by weight × match, the points they bring.
- Score range: unknown data counted as 0 (low) and as 1 (high). Rank range:
  best = 1 + the methods whose low beats this one's high, worst = 1 + the
  methods whose high beats this one's low ("beats": higher, or equal and
  ahead in the matcher's tie-break of confidence, then name).
- Clear winner: the top leads the second by at least CLEAR_WINNER_MARGIN
  (5 points) AND no other method could pass it if the unknown data turned
  out differently (its rank range is 1–1). Below 5 points two methods are
  practically level: a quarter better match on one criterion of default
  weight 3 (of about 24) already moves a score by about 3 points. Without a
  clear winner the leading tier is the top plus every method within 5 points
  of it or able to pass it on unknown data.
- Complement: when the top has weaknesses, the other kept method with the
  highest weighted known match on exactly those criteria that is strong on
  at least one of them. Combining methods is our suggestion, not the report's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.context import Context
from advisor.model import Method

NEUTRAL = 0.5
STRONG_MATCH = 0.75
WEAK_MATCH = 0.25
CLEAR_WINNER_MARGIN = 5.0

# Floors of the budget classes in euros a year (our reading, also used by the
# catalogue editors): low < 5,000, medium 5,000-25,000, high > 25,000.
CLASS_FLOOR_EUR = {"low": 0, "medium": 5_000, "high": 25_000}
SCALE = ("street", "neighbourhood", "district", "municipality")
NEIGHBOURS = {
    frozenset(pair) for pair in zip(SCALE, SCALE[1:], strict=False)
} | {frozenset(("village", "neighbourhood")), frozenset(("village", "municipality"))}
RESIDENT_GROUPS = frozenset({
    "resident_groups", "seniors", "youth", "women_with_children", "distant_from_labour_market",
    "individuals_and_families", "vulnerable_groups",
})
EVIDENCE_MATCH = {"multiple_studies": 1.0, "evaluated": 1.0, "descriptive": 0.5, "none_known": 0.0}


@dataclass(frozen=True)
class CriterionScore:
    criterion: str
    match: float | None
    passes: bool
    reason: str
    params: dict = field(default_factory=dict, compare=False)

    @property
    def known(self) -> bool:
        return self.match is not None

    @property
    def value(self) -> float:
        return NEUTRAL if self.match is None else self.match


def _unknown(criterion: str) -> CriterionScore:
    return CriterionScore(criterion, None, True, "unknown")


def score_setting(method: Method, context: Context) -> CriterionScore:
    have = set(method.settings.values)
    if not have:
        return _unknown("setting")
    hits = sorted(context.settings & have)
    if hits:
        return CriterionScore("setting", 1.0, True, "setting.match", {"terms": hits})
    near = sorted(h for h in have for c in context.settings if frozenset((h, c)) in NEIGHBOURS)
    if near:
        params = {"terms": near, "wanted": sorted(context.settings)}
        return CriterionScore("setting", 0.5, False, "setting.near", params)
    return CriterionScore("setting", 0.0, False, "setting.miss", {"terms": sorted(have)})


def _overlap(criterion: str, wanted: frozenset[str], have: set[str], broad: bool) -> CriterionScore:
    if not have:
        return _unknown(criterion)
    hits = sorted(wanted & have)
    partial = sorted(wanted & RESIDENT_GROUPS - have) if broad and "all_residents" in have else []
    part_of_all = sorted(have & RESIDENT_GROUPS)
    if broad and "all_residents" in wanted - have and part_of_all:
        partial.append("all_residents")
    match = (len(hits) + 0.5 * len(partial)) / len(wanted)
    if partial == ["all_residents"] and not hits:
        return CriterionScore(criterion, match, False, f"{criterion}.part", {"terms": part_of_all})
    if hits and len(hits) == len(wanted):
        return CriterionScore(criterion, 1.0, True, f"{criterion}.all", {"terms": hits})
    if partial and not hits:
        return CriterionScore(criterion, match, False, f"{criterion}.broad",
                              {"broad": partial, "missing": sorted(wanted - set(partial))})
    if hits or partial:
        return CriterionScore(criterion, match, True, f"{criterion}.some",
                              {"terms": hits, "broad": [p for p in partial if p != "all_residents"],
                               "missing": sorted(wanted - have - set(partial))})
    return CriterionScore(criterion, 0.0, False, f"{criterion}.none", {"terms": sorted(have)})


def score_target_group(method: Method, context: Context) -> CriterionScore:
    return _overlap("target_group", context.target_groups, set(method.target_groups.values), broad=True)


def score_goal(method: Method, context: Context) -> CriterionScore:
    return _overlap("goal", context.goals, set(method.goals.values), broad=False)


def score_production_power(method: Method, context: Context) -> CriterionScore:
    if not method.production_power:
        return _unknown("production_power")
    if method.production_power == context.production_power:
        return CriterionScore("production_power", 1.0, True, "production_power.match",
                              {"value": method.production_power})
    return CriterionScore("production_power", 0.25, False, "production_power.other",
                          {"value": method.production_power})


def budget_need(method: Method) -> int | None:
    """Euros the method asks of whoever applies it, or None when unknown."""
    own = [a.min_eur if a.min_eur is not None else a.max_eur for a in method.budget.amounts
           if a.flow in ("hands_out", "cost")]
    own = [x for x in own if x is not None]
    if own:
        return min(own)
    return CLASS_FLOOR_EUR.get(method.budget.budget_class)


def score_budget(method: Method, context: Context) -> CriterionScore:
    need = budget_need(method)
    outside = method.budget.brings_outside_money
    if need is None:
        if outside:
            return CriterionScore("budget", None, True, "budget.outside_unknown_own")
        return _unknown("budget")
    budget = context.budget_eur or 0
    if budget >= need:
        code = "budget.outside" if outside else "budget.fits"
        return CriterionScore("budget", 1.0, True, code, {"need": need, "budget": budget})
    return CriterionScore("budget", budget / need, False, "budget.short", {"need": need, "budget": budget})


def score_duration(method: Method, context: Context) -> CriterionScore:
    months = method.duration.months
    if months is None:
        return _unknown("duration")
    horizon = context.months or 1
    if months <= horizon:
        return CriterionScore("duration", 1.0, True, "duration.fits", {"months": months, "horizon": horizon})
    return CriterionScore("duration", horizon / months, False, "duration.long", {"months": months, "horizon": horizon})


def score_handbook(method: Method, _context: Context) -> CriterionScore:
    if method.handbook == "unknown":
        return _unknown("handbook")
    yes = method.handbook == "yes"
    return CriterionScore("handbook", 1.0 if yes else 0.0, yes, "handbook.yes" if yes else "handbook.no")


def score_research(method: Method, _context: Context) -> CriterionScore:
    match = EVIDENCE_MATCH[method.evidence]
    return CriterionScore("research", match, match == 1.0, f"research.{method.evidence}")


RULES = {
    "setting": score_setting,
    "target_group": score_target_group,
    "goal": score_goal,
    "production_power": score_production_power,
    "budget": score_budget,
    "duration": score_duration,
    "handbook": score_handbook,
    "research": score_research,
}

# What each rule reads of a method: methods equal on it score equally for one context, so a
# catalogue of thousands is scored once per distinct value (see ``matcher.evaluate``).
READS = {
    "setting": lambda m: frozenset(m.settings.values),
    "target_group": lambda m: frozenset(m.target_groups.values),
    "goal": lambda m: frozenset(m.goals.values),
    "production_power": lambda m: m.production_power,
    "budget": lambda m: m.budget,
    "duration": lambda m: m.duration.months,
    "handbook": lambda m: m.handbook,
    "research": lambda m: m.evidence,
}

# What each rule reads of the context: a change of situation re-runs only the rules whose part of the
# context changed (see ``MethodTable.scores``).
CONTEXT_READS = {
    "setting": lambda c: c.settings,
    "target_group": lambda c: c.target_groups,
    "goal": lambda c: c.goals,
    "production_power": lambda c: c.production_power,
    "budget": lambda c: c.budget_eur,
    "duration": lambda c: c.months,
    "handbook": lambda c: None,
    "research": lambda c: None,
}
