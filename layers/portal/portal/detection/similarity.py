"""Sørensen-Dice over sets of character bigrams, exactly as godice v0.1.2 computes it."""


def _bigrams(text: str) -> set[str]:
    pairs: set[str] = set()
    for word in text.split():
        pairs.update(word[i : i + 2] for i in range(len(word) - 1))
    return pairs


def dice(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    left, right = _bigrams(a.lower()), _bigrams(b.lower())
    if not left and not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))
