package org.pharos.analytics.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityReconcilerTest {
  private final QuantityReconciler reconciler = new QuantityReconciler();

  private static QuantityReport r(Double min, Double max, String qualifier, String outlet, String doc, String day) {
    return QuantityReport.of(min, max, qualifier, outlet, doc, day == null ? null : LocalDate.parse(day), null);
  }

  @Test
  void best_is_the_figure_most_sources_support() {
    QuantityEstimate e = reconciler.reconcile(List.of(r(5.0, 5.0, null, "A", "a", null), r(5.0, 5.0, null, "B", "b", null),
        r(8.0, 8.0, null, "C", "c", null))).orElseThrow();
    assertEquals(5, e.low());
    assertEquals(5, e.best());
    assertEquals(8, e.high());
    assertTrue(e.disputed());
  }

  @Test
  void a_tie_goes_to_the_more_conservative_figure() {
    QuantityEstimate e = reconciler.reconcile(List.of(r(8.0, 8.0, null, "A", "a", null),
        r(5.0, 5.0, null, "B", "b", null))).orElseThrow();
    assertEquals(5, e.best());
    assertTrue(e.disputed());
  }

  @Test
  void at_least_is_a_lower_bound_that_agrees_with_a_larger_figure() {
    QuantityEstimate e = reconciler.reconcile(List.of(r(34.0, null, "at least", "A", "a", null),
        r(40.0, 40.0, null, "B", "b", null))).orElseThrow();
    assertEquals(34, e.low());
    assertEquals(40, e.best());
    assertEquals(40, e.high());
    assertFalse(e.disputed());
  }

  @Test
  void nearly_allows_figures_just_below_and_about_allows_ten_percent_either_way() {
    QuantityEstimate nearly = reconciler.reconcile(List.of(r(null, 100.0, "nearly", "A", "a", null),
        r(95.0, 95.0, null, "B", "b", null))).orElseThrow();
    assertFalse(nearly.disputed());
    assertEquals(95, nearly.best());
    QuantityEstimate about = reconciler.reconcile(List.of(r(60.0, 60.0, "about", "A", "a", null),
        r(70.0, 70.0, null, "B", "b", null))).orElseThrow();
    assertTrue(about.disputed(), "70 is outside about 60 (54–66)");
  }

  @Test
  void an_outlet_counts_once_with_its_latest_figure() {
    QuantityEstimate e = reconciler.reconcile(List.of(
        r(34.0, 34.0, null, "Wire", "w1", "2024-01-28"),
        r(40.0, 40.0, null, "Wire", "w2", "2024-01-30"),
        r(40.0, 40.0, null, "Post", "p1", "2024-01-31"))).orElseThrow();
    assertEquals(40, e.low(), "a superseded figure is listed but not counted");
    assertEquals(40, e.best());
    assertFalse(e.disputed(), "the Wire's update replaces its first figure");
    assertEquals(3, e.reports().size());
  }

  @Test
  void ranges_support_every_figure_inside_them() {
    QuantityEstimate e = reconciler.reconcile(List.of(r(150.0, 165.0, "about", "A", "a", null),
        r(160.0, 175.0, null, "B", "b", null), r(160.0, null, "more than", "C", "c", null))).orElseThrow();
    assertEquals(150, e.low());
    assertEquals(175, e.high());
    assertEquals(160, e.best());
    assertFalse(e.disputed());
    assertEquals("150–175", e.rangeText());
  }

  @Test
  void no_reports_give_no_estimate() {
    assertTrue(reconciler.reconcile(List.of()).isEmpty());
  }
}
