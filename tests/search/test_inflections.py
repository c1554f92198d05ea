"""How often two forms of one word meet in one stem: hundreds of Dutch and English pairs
from the movement's kind of text (tests/search/inflections_*.txt), with a floor for the
share that meets, and the pairs that must stay apart.

`python tests/search/test_inflections.py` prints the shares and the misses.
"""

import sys
from pathlib import Path

import pytest

if __name__ == "__main__":  # run as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from search.stemming import stem  # noqa: E402

HERE = Path(__file__).parent

# The shares reached (see the README, Search), so that a change to search/stemming.py
# that loses pairs fails here. With Snowball 3 and only the earlier repairs (issue 15):
# Dutch 68.0% (69.8% through tokens(), which drops a plural "'s"), English 76.3%.
FLOORS = {"nl": 0.96, "en": 0.99}


def read_pairs(language):
    """(pairs that must meet, pairs that must stay apart) from inflections_<language>.txt."""
    together, apart = [], []
    for line in (HERE / f"inflections_{language}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!="):
            apart.append(tuple(line[2:].split()))
        else:
            together.append(tuple(line.split()))
    return together, apart


def misses(language):
    """The pairs of `language` whose two forms get different stems, with those stems."""
    together, _ = read_pairs(language)
    found = []
    for first, second in together:
        stems = stem(first, language), stem(second, language)
        if stems[0] != stems[1]:
            found.append(f"{first} -> {stems[0]}, {second} -> {stems[1]}")
    return found


def share(language):
    together, _ = read_pairs(language)
    return 1 - len(misses(language)) / len(together)


@pytest.mark.parametrize(("language", "at_least"), [("nl", 300), ("en", 150)])
def test_the_lists_are_long_enough_and_well_formed(language, at_least):
    together, apart = read_pairs(language)
    assert len(set(together)) >= at_least
    assert all(len(pair) == 2 for pair in together + apart)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_singular_and_plural_and_verb_forms_share_a_stem(language):
    missed = misses(language)
    assert share(language) >= FLOORS[language], (
        f"{share(language):.1%} of the {language} pairs meet; missed:\n" + "\n".join(missed)
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_different_words_keep_different_stems(language):
    _, apart = read_pairs(language)
    merged = [
        f"{first} and {second} -> {stem(first, language)}"
        for first, second in apart
        if stem(first, language) == stem(second, language)
    ]
    assert not merged, merged


if __name__ == "__main__":
    for code in ("nl", "en"):
        pairs, _ = read_pairs(code)
        print(f"{code}: {share(code):.1%} of {len(pairs)} pairs share a stem")
        for miss in misses(code):
            print("   ", miss)
