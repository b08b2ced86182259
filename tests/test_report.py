"""The advice report as a manager receives it: PDF text, the attached case, the CSV ranking."""

from __future__ import annotations

import csv
import io
import json

import pypdf
import pytest

from app.cli import main
from tests.test_cases import SITUATION, run, show

NAME = "Dorp <i>Oost</i> & ../wijk"
# The CLI makes a bare QGuiApplication when none exists; later window tests in this process need a QApplication.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def saved(capsys, db_url):
    code, _, err = run(capsys, "--db", db_url, "case", "save", NAME, *SITUATION, "--notes", "<b>geen opmaak</b>",
                       "--decision", "moedercentra", "--decision-reason", "Het team kent de aanpak al")
    assert code == 0, err
    return db_url


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_pdf_report_says_what_a_manager_needs(capsys, saved, tmp_path):
    out = tmp_path / "rapport.pdf"
    code, _, err = run(capsys, "--db", saved, "report", NAME, "--out", str(out), "--author", "J. de Vries")
    assert code == 0, err
    text = pdf_text(out)
    case = show(capsys, saved, NAME)
    _, match_out, _ = run(capsys, "--db", saved, "match", *SITUATION, "--json")
    top = json.loads(match_out)["results"][0]
    for expected in (NAME, "J. de Vries", "<b>geen opmaak</b>", "Plaats: dorp", "Doelgroep: ouderen",
                     "Budget: € 5.000", top["name"], *(c["reason"]["text"] for c in top["criteria"]),
                     *(f"§ {k['section']}" for k in top["caveats"]), "Gekozen methode: Moedercentra",
                     "Het team kent de aanpak al", "MOVISIE (2011)", case["catalogue_version"],
                     f"Methodewijzer {case['app_version']}", "Pagina 1 van"):
        assert expected in text, expected
    order = [text.index(s) for s in ("De situatie", "Gewichten en harde eisen", "Methoden op volgorde",
                                     "De eerste drie toegelicht", "Besluit", "Bronnen")]
    assert order == sorted(order)
    assert "tijd 4 aangepast (standaard 2)" in text and "doelen 5 ja standaard" in text
    assert "geen harde eis): plaats, doelgroep, productiekracht, budget, handboek, onderzoek." in text


def test_attached_case_imports_back(capsys, saved, tmp_path):
    out = tmp_path / "rapport.pdf"
    assert run(capsys, "--db", saved, "report", NAME, "--out", str(out))[0] == 0
    attachments = pypdf.PdfReader(str(out)).attachments
    assert list(attachments) == ["casus.methodewijzer.json"]
    assert json.loads(attachments["casus.methodewijzer.json"][0])["name"] == NAME
    fresh = f"sqlite:///{tmp_path / 'ander.sqlite3'}"
    code, _, err = run(capsys, "--db", fresh, "case", "import", str(out))
    assert code == 0, err
    assert show(capsys, fresh, NAME) == show(capsys, saved, NAME)


def test_pdf_without_case_is_refused(capsys, db_url, tmp_path):
    plain = tmp_path / "ander.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(str(plain))
    code, _, err = run(capsys, "--db", db_url, "case", "import", str(plain))
    assert code == 2 and "geen casus" in err


def test_csv_ranking_opens_in_dutch_excel(capsys, saved, tmp_path):
    out = tmp_path / "ranglijst.csv"
    assert run(capsys, "--db", saved, "report", NAME, "--out", str(out))[0] == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    _, match_out, _ = run(capsys, "--db", saved, "match", *SITUATION, "--json")
    results = json.loads(match_out)["results"]
    assert rows[0][:3] == ["plaats", "id", "methode"]
    assert [r[1] for r in rows[1:]] == [r["id"] for r in results]
    assert rows[1][4] == f"{results[0]['score']:.1f}".replace(".", ",")


def test_unknown_report_type_writes_nothing(capsys, saved, tmp_path):
    out = tmp_path / "rapport.docx"
    code, _, err = run(capsys, "--db", saved, "report", NAME, "--out", str(out))
    assert code == 2 and ".pdf" in err and not out.exists()
    assert main(["--db", saved, "report", "bestaat niet", "--out", str(tmp_path / "x.pdf")]) == 2
