"""The local copy of a shared catalogue applies the desk's own work exactly as the server does.

Own methods, local changes to shipped methods and hidden marks live in their
own tables; when the server is gone, the ranked list, a method page and a
search read from the copy must be the ones the server gave.
"""

from __future__ import annotations

import json

from app.cli import main
from tests.pg import server_of_its_own
from tests.test_own_methods import OWN

QUERIES = [
    ("match", "--goal", "participation", "--goal", "social_cohesion", "--setting", "neighbourhood", "--json"),
    ("match", "--json"),
    ("list", "--json"),
    ("search", "zwemclub", "--json"),
    ("search", "kookavond", "--json"),
    ("search", "moedercentra", "--json"),
    ("show", "kern-met-pit", "--json"),
    ("show", "buurtkamer-plus", "--json"),
]


def test_the_offline_copy_ranks_searches_and_shows_as_the_server_did(capsys, tmp_path):
    with server_of_its_own() as server:
        url = server.url(server.new_database())

        def cli(*args: str) -> tuple[int, str, str]:
            code = main(["--db", url, *args])
            out, err = capsys.readouterr()
            return code, out, err

        own = tmp_path / "eigen.toml"
        own.write_text(OWN.format(section=""), encoding="utf-8")
        goal = tmp_path / "doel.toml"
        goal.write_text('goal = "Bij ons: een zaal voor de zwemclub."\n', encoding="utf-8")
        for change in (("method", "add", str(own)), ("method", "edit", "kern-met-pit", str(goal)),
                       ("method", "hide", "moedercentra")):
            assert cli(*change)[0] == 0
        online = [cli(*query) for query in QUERIES]
        assert all(code == 0 for code, _out, _err in online)
        ranked = [r["id"] for r in json.loads(online[0][1])["results"]]
        assert "buurtkamer-plus" in ranked and "moedercentra" not in ranked
        assert json.loads(online[3][1])["results"][0]["id"] == "kern-met-pit"
        server.stop()

        offline = [cli(*query) for query in QUERIES]
        for (query, (_c, before, _e), (code, after, err)) in zip(QUERIES, online, offline, strict=True):
            assert code == 0 and "(alleen lezen)" in err, (query, err)
            assert after == before, query
