import subprocess

from scripts.qbank.contributors import contributors


def commit(repo, author, n):
    env = {"GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": f"{author}@example.org",
           "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": f"{author}@example.org",
           "HOME": str(repo), "PATH": "/usr/bin:/bin"}
    for i in range(n):
        (repo / f"{author}{i}.txt").write_text("x")
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        subprocess.run(["git", "commit", "-qm", f"{author} {i}"], cwd=repo, check=True, env=env)


def test_most_commits_first_from_full_history(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    commit(tmp_path, "Bo", 1)
    commit(tmp_path, "Ada", 2)
    commit(tmp_path, "Cy", 1)
    assert contributors(tmp_path) == ([("Ada", 2), ("Bo", 1), ("Cy", 1)], True)


def test_no_history_gives_an_empty_list_not_an_error(tmp_path):
    assert contributors(tmp_path / "not-a-repo") == ([], False)
