from app.crypto.passphrase import assess, normalise_passphrase


def test_short_and_common_passphrases_are_refused_with_a_reason() -> None:
    short = assess("abc123")
    assert not short.acceptable and "shorter than" in short.reason
    common = assess("password1234")
    assert not common.acceptable and common.reason


def test_a_few_random_words_are_accepted() -> None:
    verdict = assess("lotus heron kite anchor river")
    assert verdict.acceptable and verdict.score >= 3


def test_the_organisation_name_counts_against_the_passphrase() -> None:
    assert not assess("Mekong Rights Coalition", ("Mekong Rights Coalition",)).acceptable


def test_the_same_passphrase_typed_in_two_normal_forms_is_the_same_bytes() -> None:
    composed = "caf\u00e9 au lait sur la terrasse"
    decomposed = "cafe\u0301 au lait sur la terrasse"
    assert normalise_passphrase(composed) == normalise_passphrase(decomposed)


def test_a_very_long_passphrase_is_judged_not_refused_with_an_exception() -> None:
    # zxcvbn raises ValueError past 72 characters; only a prefix may reach it.
    verdict = assess("lotus heron kite anchor river " * 10)
    assert verdict.acceptable
