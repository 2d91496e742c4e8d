from scripts.qbank import urls


def test_page_url():
    assert urls.page_url("index.md") == ""
    assert urls.page_url("questions/index.md") == "questions/"
    assert urls.page_url("questions/cnn/pooling.md") == "questions/cnn/pooling/"


def test_relative_and_resolve():
    assert urls.relative("questions/a/x.md", "questions/b/y.md") == "../b/y.md"
    assert urls.resolve("questions/a/x.md", "../b/y.md#frag") == "questions/b/y.md"


def test_rebase_links_keeps_targets():
    md = "[a](y.md) [b](../b/z.md#k) [c](https://e.org/x.md) [d](#top)"
    out = urls.rebase_links(md, "questions/a/x.md", "guide/complete-guide.md")
    assert out == ("[a](../questions/a/y.md) [b](../questions/b/z.md#k) "
                   "[c](https://e.org/x.md) [d](#top)")
    assert urls.rebase_links(md, "questions/a/x.md", "questions/a/index.md") == md
