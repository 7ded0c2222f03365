package org.pharos.analytics.power;

import java.util.Arrays;
import java.util.Random;

/**
 * Signed community detection by the Doreian–Mrvar relocation method ("A partitioning approach to
 * structural balance", Social Networks 1996): find the partition into blocs that minimizes the
 * criterion
 *
 * <pre>P(C) = α · Σ_{i,j in the same bloc} |min(w_ij, 0)| + (1 − α) · Σ_{i,j in different blocs} max(w_ij, 0)</pre>
 *
 * (the negative weight inside blocs plus the positive weight between them, α = 0.5), so blocs hold
 * actors that cooperate and are set against each other. The number of blocs is not fixed: a node may
 * always move to a new, empty bloc.
 *
 * <p>Search: local relocation (each node moves to the bloc that lowers P most, until no move helps)
 * from several starts — everything in one bloc, every node alone, the two sides of the heaviest node's
 * signed edges, and 24 random starts with 2–4 blocs drawn from a fixed seed — keeping the lowest P
 * (ties: fewer blocs, then the earlier start). Deterministic for a given matrix. Blocs are numbered
 * by their lowest node index. Stateless and thread-safe.
 */
public final class SignedBlocs {

  /** The weight given to negative ties inside blocs (1 − α to positive ties between blocs). */
  public static final double ALPHA = 0.5;

  private static final int RANDOM_STARTS = 24;
  private static final long SEED = 20240128L;

  private SignedBlocs() {}

  /**
   * A partition and its criterion value.
   *
   * @param blocs bloc number of each node, numbered 0.. by lowest member index
   * @param blocCount number of blocs
   * @param frustration the criterion P of the partition
   */
  public record Partition(int[] blocs, int blocCount, double frustration) {
    public Partition {
      blocs = blocs.clone();
    }

    @Override
    public int[] blocs() {
      return blocs.clone();
    }

    /** The bloc of node {@code i}. */
    public int blocOf(int i) {
      return blocs[i];
    }
  }

  /**
   * Partitions a symmetric signed weight matrix ({@code w[i][j] == w[j][i]}, diagonal ignored).
   *
   * @throws IllegalArgumentException when the matrix is not square
   */
  public static Partition partition(double[][] w) {
    int n = w.length;
    for (double[] row : w) {
      if (row.length != n) {
        throw new IllegalArgumentException("weight matrix is not square: " + n + " rows, a row of " + row.length);
      }
    }
    if (n == 0) {
      return new Partition(new int[0], 0, 0.0);
    }
    Partition best = null;
    for (int[] start : starts(w)) {
      int[] blocs = relocate(w, start);
      Partition candidate = normalize(w, blocs);
      if (best == null
          || candidate.frustration() < best.frustration() - 1e-9
          || (Math.abs(candidate.frustration() - best.frustration()) <= 1e-9
              && candidate.blocCount() < best.blocCount())) {
        best = candidate;
      }
    }
    return best;
  }

  /** The criterion P of a given partition. */
  public static double frustration(double[][] w, int[] blocs) {
    double p = 0;
    for (int i = 0; i < w.length; i++) {
      for (int j = i + 1; j < w.length; j++) {
        double v = w[i][j];
        if (blocs[i] == blocs[j]) {
          p += v < 0 ? ALPHA * -v : 0;
        } else {
          p += v > 0 ? (1 - ALPHA) * v : 0;
        }
      }
    }
    return p;
  }

  private static int[][] starts(double[][] w) {
    int n = w.length;
    int[][] starts = new int[3 + RANDOM_STARTS][];
    starts[0] = new int[n];
    starts[1] = new int[n];
    for (int i = 0; i < n; i++) {
      starts[1][i] = i;
    }
    int heaviest = 0;
    double heaviestSum = -1;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += i == j ? 0 : Math.abs(w[i][j]);
      }
      if (sum > heaviestSum) {
        heaviestSum = sum;
        heaviest = i;
      }
    }
    starts[2] = new int[n];
    for (int j = 0; j < n; j++) {
      starts[2][j] = j != heaviest && w[heaviest][j] < 0 ? 1 : 0;
    }
    Random random = new Random(SEED);
    for (int s = 0; s < RANDOM_STARTS; s++) {
      int k = Math.min(2 + s % 3, n);
      int[] start = new int[n];
      for (int i = 0; i < n; i++) {
        start[i] = random.nextInt(k);
      }
      starts[3 + s] = start;
    }
    return starts;
  }

  private static int[] relocate(double[][] w, int[] start) {
    int n = w.length;
    int[] blocs = start.clone();
    boolean moved = true;
    int rounds = 0;
    while (moved && rounds++ < 100) {
      moved = false;
      for (int i = 0; i < n; i++) {
        double[] cost = new double[n + 1];
        // cost[c]: i's criterion share if it sat in bloc c; bloc n is a new empty bloc
        double positiveTotal = 0;
        for (int j = 0; j < n; j++) {
          if (j != i) {
            positiveTotal += Math.max(w[i][j], 0) * (1 - ALPHA);
          }
        }
        Arrays.fill(cost, positiveTotal);
        for (int j = 0; j < n; j++) {
          if (j == i) {
            continue;
          }
          double v = w[i][j];
          // moving into j's bloc: the positive tie stops counting, a negative one starts
          cost[blocs[j]] += (v < 0 ? ALPHA * -v : 0) - (v > 0 ? (1 - ALPHA) * v : 0);
        }
        boolean alone = true;
        for (int j = 0; j < n; j++) {
          if (j != i && blocs[j] == blocs[i]) {
            alone = false;
            break;
          }
        }
        int bestBloc = blocs[i];
        double bestCost = cost[blocs[i]];
        for (int c = 0; c <= n; c++) {
          boolean exists = c == n ? !alone : isUsed(blocs, c, i);
          if (!exists) {
            continue;
          }
          double value = c == n ? positiveTotal : cost[c];
          if (value < bestCost - 1e-12) {
            bestCost = value;
            bestBloc = c;
          }
        }
        if (bestBloc != blocs[i]) {
          blocs[i] = bestBloc == n ? freeBloc(blocs) : bestBloc;
          moved = true;
        }
      }
    }
    return blocs;
  }

  private static boolean isUsed(int[] blocs, int c, int except) {
    for (int j = 0; j < blocs.length; j++) {
      if (j != except && blocs[j] == c) {
        return true;
      }
    }
    return false;
  }

  private static int freeBloc(int[] blocs) {
    boolean[] used = new boolean[blocs.length + 1];
    for (int b : blocs) {
      if (b < used.length) {
        used[b] = true;
      }
    }
    for (int c = 0; c < used.length; c++) {
      if (!used[c]) {
        return c;
      }
    }
    return blocs.length;
  }

  private static Partition normalize(double[][] w, int[] blocs) {
    int n = blocs.length;
    int[] renamed = new int[n];
    int[] map = new int[n + 1];
    Arrays.fill(map, -1);
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (map[blocs[i]] < 0) {
        map[blocs[i]] = next++;
      }
      renamed[i] = map[blocs[i]];
    }
    return new Partition(renamed, next, frustration(w, renamed));
  }
}
