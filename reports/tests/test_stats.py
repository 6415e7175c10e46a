import math

import pytest

from reports import stats


def test_point_biserial_by_hand():
    # Item right for the first three; rest scores 4, 2, 2, 1, 1.
    # Mean rest 2, population SD sqrt(1.2); M1 = 8/3, M0 = 1; p = 0.6.
    # r = (8/3 - 1) / sqrt(1.2) * sqrt(0.24) = (5/3) * sqrt(0.2).
    r = stats.point_biserial([1, 1, 1, 0, 0], [4, 2, 2, 1, 1])
    assert r == pytest.approx(5 / 3 * math.sqrt(0.2))
    assert r == pytest.approx(0.745356, abs=1e-6)


def test_point_biserial_equals_pearson_correlation():
    items, rests = [1, 0, 1, 1, 0, 0, 1], [7, 3, 5, 6, 4, 2, 3]
    n = len(items)
    mx, my = sum(items) / n, sum(rests) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(items, rests, strict=True))
    pearson = cov / math.sqrt(sum((x - mx) ** 2 for x in items) * sum((y - my) ** 2 for y in rests))
    assert stats.point_biserial(items, rests) == pytest.approx(pearson)


def test_point_biserial_undefined_without_variance():
    assert stats.point_biserial([1, 1, 1], [1, 2, 3]) is None
    assert stats.point_biserial([1, 0, 1], [2, 2, 2]) is None


def test_two_proportion_z_test_by_hand():
    # 2/10 against 9/10: pooled 11/20, SE = sqrt(.55 * .45 * .2) = 0.222486, z = -0.7 / SE = -3.1463.
    test = stats.two_proportion_z_test(2, 10, 9, 10)
    assert test.z == pytest.approx(-3.14627, abs=1e-4)
    assert test.p_value == pytest.approx(0.001653, abs=2e-5)


def test_z_test_two_sided_p_matches_the_normal_table():
    # 60/100 against 46.1/100 gives z close to 1.96, p close to 0.05.
    test = stats.two_proportion_z_test(50, 100, 36, 100)
    assert test.p_value == pytest.approx(2 * (1 - 0.5 * (1 + math.erf(abs(test.z) / math.sqrt(2)))))
    assert stats.two_proportion_z_test(5, 5, 5, 5) is None
    assert stats.two_proportion_z_test(1, 0, 1, 5) is None


def test_histogram_includes_the_top_edge_in_the_last_bin():
    assert stats.histogram([0, 9.9, 10, 55, 100], [0, 10, 50, 100]) == [2, 1, 2]
