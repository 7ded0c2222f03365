package org.pharos.analytics.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SignedBlocsTest {

  /** Two camps {0,1,2} and {3,4}: friends inside, enemies across. */
  private static double[][] twoCamps() {
    double[][] w = new double[5][5];
    set(w, 0, 1, 5);
    set(w, 0, 2, 3);
    set(w, 1, 2, 2);
    set(w, 3, 4, 4);
    set(w, 0, 3, -6);
    set(w, 1, 4, -2);
    set(w, 2, 3, -1);
    return w;
  }

  static void set(double[][] w, int i, int j, double v) {
    w[i][j] = v;
    w[j][i] = v;
  }

  @Test
  void a_perfectly_balanced_network_splits_into_its_two_camps_with_zero_frustration() {
    SignedBlocs.Partition p = SignedBlocs.partition(twoCamps());
    assertEquals(2, p.blocCount());
    assertEquals(0.0, p.frustration(), 1e-12);
    assertEquals(p.blocOf(0), p.blocOf(1));
    assertEquals(p.blocOf(0), p.blocOf(2));
    assertEquals(p.blocOf(3), p.blocOf(4));
    assertNotEquals(p.blocOf(0), p.blocOf(3));
  }

  @Test
  void criterion_weighs_negative_inside_and_positive_across_by_half() {
    double[][] w = twoCamps();
    // everyone together: only the negative ties count, alpha * (6 + 2 + 1)
    assertEquals(4.5, SignedBlocs.frustration(w, new int[] {0, 0, 0, 0, 0}), 1e-12);
    // node 2 on the wrong side: positive 3 + 2 across, negative 1 inside
    assertEquals(0.5 * (3 + 2) + 0.5 * 1, SignedBlocs.frustration(w, new int[] {0, 0, 1, 1, 1}), 1e-12);
  }

  @Test
  void an_all_positive_network_stays_one_bloc() {
    double[][] w = new double[4][4];
    set(w, 0, 1, 1);
    set(w, 1, 2, 1);
    set(w, 2, 3, 1);
    SignedBlocs.Partition p = SignedBlocs.partition(w);
    assertEquals(1, p.blocCount());
  }

  @Test
  void an_unbalanced_triangle_keeps_the_least_frustration_possible() {
    // +, +, - triangle: one tie must be frustrated; the cheapest is the weakest
    double[][] w = new double[3][3];
    set(w, 0, 1, 4);
    set(w, 1, 2, 3);
    set(w, 0, 2, -1);
    SignedBlocs.Partition p = SignedBlocs.partition(w);
    assertEquals(0.5, p.frustration(), 1e-12);
  }

  @Test
  void balance_counts_balanced_and_unbalanced_closed_triads() {
    StructuralBalance.Figure balanced = StructuralBalance.of(twoCamps());
    // closed triads: {0,1,2} +++ ; {0,2,3} + - - ; others lack a tie
    assertEquals(2, balanced.closedTriads());
    assertEquals(2, balanced.balancedTriads());
    assertEquals(1.0, balanced.balancedShare(), 1e-12);
    double[][] w = new double[3][3];
    set(w, 0, 1, 4);
    set(w, 1, 2, 3);
    set(w, 0, 2, -1);
    StructuralBalance.Figure unbalanced = StructuralBalance.of(w);
    assertEquals(1, unbalanced.closedTriads());
    assertEquals(0.0, unbalanced.balancedShare(), 1e-12);
    assertNull(StructuralBalance.of(new double[2][2]).balancedShare());
  }
}
