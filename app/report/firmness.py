"""The report's sections on how firm the advice is and, for a workshop, on the group's weights.

Both are built from data that is already computed (robust advice, group
advice) and only escaped text goes into the HTML, like the rest of the report.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from advisor.group import GroupAdvice
from advisor.messages import (
    criterion_label,
    render_complement,
    render_stability,
    render_tier,
    render_what_if,
    weight_text,
)
from advisor.robust import RobustAdvice

Tr = Callable[[str], str]


def text_html(text: object) -> str:
    """Escaped, with line breaks kept, so typed text reads as typed and can never become markup."""
    return escape(str(text)).replace("\n", "<br/>")


_e = text_html


def firmness_section(robust: RobustAdvice | None, tr: Tr) -> str:
    """Margin, clear winner or leading tier, what-if, stability per weight and the complement."""
    if robust is None or not robust.methods:
        return ""
    out = [f"<h2>{_e(tr('Hoe vast het advies staat'))}</h2>"]
    top = robust.methods[0].method.name
    if robust.margin is None:
        out.append(f"<p>{_e(tr('Er is maar één methode over; er is niets om mee te vergelijken.'))}</p>")
    else:
        lead = tr("Voorsprong van de eerste op de tweede: {0} punten.").format(weight_text(robust.margin))
        out.append(f"<p>{_e(lead)}")
        if robust.clear_winner:
            out.append(f"<br/>{_e(tr('Duidelijke winnaar: {0}.').format(top))}</p>")
        else:
            out.append(f"<br/>{_e(render_tier(robust.tier, tr))}</p>")
    if robust.what_if is not None:
        out.append(f"<p>{_e(render_what_if(robust.what_if, tr))}</p>")
    if robust.stability and len(robust.methods) > 1:
        out.append(f"<p><b>{_e(tr('Hoe vast de eerste plaats staat:'))}</b></p><ul>"
                   + "".join(f"<li>{_e(render_stability(s, tr))}</li>" for s in robust.stability) + "</ul>")
    if robust.complement is not None:
        out.append(f"<p>{_e(render_complement(robust.complement, tr))}</p>")
    return "".join(out)


def group_section(group: GroupAdvice | None, names: dict[str, str], tr: Tr, table) -> str:  # noqa: ANN001
    """The workshop group's weights, consensus, disagreement and each participant's own top."""
    if group is None:
        return ""
    count = len(group.participants)
    out = [f"<h2>{_e(tr('Groepsweging'))}</h2>",
           f"<p>{_e(tr('{0} deelnemers; het groepsgewicht is het gemiddelde van hun gewichten.').format(count))}<br/>",
           _e(tr("Overeenstemming (Kendalls W, 0 tot 1): {0}.").format(weight_text(group.kendall_w))),
           "<br/>", _e(tr("Eigen eerste keuze gelijk aan die van de groep: {0}% van de deelnemers.")
                       .format(round(100 * group.top_agreement))), "</p>"]
    rows = [[_e(tr(criterion_label(s.criterion))), _e(weight_text(group.weights[s.criterion])),
             _e(weight_text(s.min)), _e(weight_text(s.max)), _e(weight_text(s.spread))]
            for s in group.disagreement]
    out.append(f"<p><b>{_e(tr('Waar de gewichten het meest uiteenlopen:'))}</b></p>")
    out.append(table([_e(tr("Criterium")), _e(tr("Groepsgewicht")), _e(tr("Laagste")), _e(tr("Hoogste")),
                      _e(tr("Verschil"))], rows, [32, 20, 16, 16, 16]))
    tops = [[_e(r.participant.name), _e(names.get(r.top, r.top) if r.top else "—")] for r in group.participants]
    out.append(f"<p><b>{_e(tr('Eigen eerste keuze per deelnemer:'))}</b></p>")
    out.append(table([_e(tr("Deelnemer")), _e(tr("Eerste keuze"))], tops, [40, 60]))
    return "".join(out)
