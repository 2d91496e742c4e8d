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


def test_github_format_annotates_the_file_and_line(docs, capsys):
    """On a pull request the error shows at the line of the field that is wrong."""
    p = docs / "questions/alpha/first-question.md"
    lines = p.read_text().split("\n")
    n = next(i for i, line in enumerate(lines, 1) if line.startswith("difficulty:"))
    p.write_text(p.read_text().replace("difficulty: beginner", "difficulty: hard"))
    assert main(["check", str(docs), "--format", "github"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith(
        f"::error file=docs/questions/alpha/first-question.md,line={n},title=content%3A "
        "front matter%3A 'difficulty'::must be one of") for line in out), out


def test_github_format_uses_the_line_a_body_problem_names(docs, capsys):
    p = docs / "questions/alpha/first-question.md"
    text = p.read_text()
    p.write_text(text + "\n# A heading one\n")
    n = len(text.split("\n")) + 1
    assert main(["check", str(docs), "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert f"file=docs/questions/alpha/first-question.md,line={n}," in out, out
