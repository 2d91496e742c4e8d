from scripts.qbank import frontmatter


def test_split_returns_meta_body_and_body_line():
    meta, body, line = frontmatter.split("---\na: 1\nb: 2\n---\nbody\n")
    assert meta == "a: 1\nb: 2\n"
    assert body == "body\n"
    assert line == 5


def test_parse_valid():
    meta, body, problems = frontmatter.parse("x.md", "---\ntitle: T\n---\n\ntext")
    assert meta == {"title": "T"} and problems == [] and body.strip() == "text"


def test_missing_front_matter_is_a_problem():
    meta, _, problems = frontmatter.parse("x.md", "no front matter")
    assert meta is None
    assert "missing" in str(problems[0]) and str(problems[0]).startswith("x.md: front matter")


def test_unclosed_front_matter_is_a_problem():
    _, _, problems = frontmatter.parse("x.md", "---\ntitle: T\n")
    assert "no closing '---'" in str(problems[0])


def test_malformed_yaml_names_the_line():
    _, _, problems = frontmatter.parse("x.md", "---\ntitle: T\nkeywords: [a, b\n---\n")
    assert len(problems) == 1
    text = str(problems[0])
    assert text.startswith("x.md: front matter (line") and "malformed YAML" in text


def test_colon_in_unquoted_value_is_malformed():
    _, _, problems = frontmatter.parse("x.md", "---\ntitle: a: b\n---\n")
    assert "malformed YAML" in str(problems[0])


def test_duplicate_key_is_refused():
    _, _, problems = frontmatter.parse("x.md", "---\ntitle: A\ntitle: B\n---\n")
    assert "duplicate key 'title'" in str(problems[0])


def test_non_mapping_is_refused():
    _, _, problems = frontmatter.parse("x.md", "---\n- a\n- b\n---\n")
    assert "must be a mapping" in str(problems[0])
