from scripts.qbank.__main__ import main
from tests.conftest import FIXTURE_DOCS


def test_check_ok(capsys):
    assert main(["check", str(FIXTURE_DOCS)]) == 0
    assert "OK: 4 questions in 2 topics" in capsys.readouterr().out


def test_check_reports_problems(docs, capsys):
    p = docs / "questions/alpha/first-question.md"
    p.write_text(p.read_text().replace("difficulty: beginner", "difficulty: hard"))
    assert main(["check", str(docs)]) == 1
    err = capsys.readouterr().err
    assert "first-question.md: front matter: 'difficulty': must be one of" in err
