package org.pharos.analytics.power;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pharos.model.ActorRef;
import org.pharos.model.Event;

/**
 * The alignment network around a focal country over a period: actors are nodes; each pair of actors
 * has a signed weight, the net Goldstein sum of their (de-duplicated) events in either direction —
 * cooperation minus conflict; blocs come from {@link SignedBlocs} (Doreian–Mrvar); the network's
 * {@link StructuralBalance} is the share of balanced closed triads.
 *
 * <p>Roles: the focal government is every state actor of the focus country ({@link
 * ActorKeys#isState}); its armed opponents are armed non-state actors ({@link
 * ActorKeys#isArmedNonState}) with a negative tie to it, and, when none has such a tie, the armed
 * non-state actors of the focus country. The bloc of the largest focal-government node is the
 * government side; the bloc (another one) of the largest armed opponent is the armed-opposition side.
 * Nothing here knows a particular country: the focus is a parameter. Stateless and thread-safe.
 *
 * <pre>{@code
 * AlignmentNetwork.Result r = AlignmentNetwork.build(events, "IRQ", Period.parse("2024-01..2024-12"),
 *     AlignmentNetwork.Options.defaults(), AnalysisOptions.defaults());
 * AlignmentNetwork.Comparison c = AlignmentNetwork.compare(events, "IRQ",
 *     Period.parse("2020-01..2020-12"), Period.parse("2024-01..2024-12"), ...);
 * }</pre>
 */
public final class AlignmentNetwork {

  private AlignmentNetwork() {}

  /** Side labels. */
  public static final String SIDE_GOVERNMENT = "government";

  public static final String SIDE_ARMED_OPPOSITION = "armed_opposition";
  public static final String SIDE_OTHER = "other";

  /**
   * Size limits. Immutable.
   *
   * @param maxNodes keep at most this many actors, by event volume (focal-government nodes always kept)
   * @param minEdgeEvents ignore ties with fewer units than this
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Options(int maxNodes, int minEdgeEvents) {
    public Options {
      if (maxNodes < 2) {
        throw new IllegalArgumentException("maxNodes must be at least 2: " + maxNodes);
      }
      if (minEdgeEvents < 1) {
        throw new IllegalArgumentException("minEdgeEvents must be at least 1: " + minEdgeEvents);
      }
    }

    /** 30 nodes, ties of one unit or more. */
    public static Options defaults() {
      return new Options(30, 1);
    }
  }

  /**
   * An actor in the network.
   *
   * @param id actor key
   * @param label readable name
   * @param role {@code focal_government}, {@code focal_armed_group}, {@code state}, {@code armed_group}
   *     or {@code other}
   * @param bloc bloc number
   * @param side {@code government}, {@code armed_opposition} or {@code other}
   * @param events units touching the actor
   * @param affinityToFocus (coop − conflict)/(coop + conflict), Goldstein-weighted, on its tie with the
   *     focal government; {@code null} without a tie (or for the government itself)
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Node(
      String id, String label, String role, int bloc, String side, int events, Double affinityToFocus) {}

  /**
   * A signed tie.
   *
   * @param a one actor key
   * @param b the other
   * @param weight net Goldstein sum (cooperation − conflict)
   * @param cooperation sum of positive Goldstein values
   * @param conflict sum of |negative Goldstein values|
   * @param events units
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Edge(String a, String b, double weight, double cooperation, double conflict, int events) {}

  /**
   * A bloc.
   *
   * @param id bloc number
   * @param side which side it is
   * @param members actor keys, largest first
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Bloc(int id, String side, List<String> members) {}

  /**
   * The network for one period.
   *
   * @param focus the focal country
   * @param period the period ({@code FROM..TO})
   * @param level actor level
   * @param selection what was counted
   * @param nodes actors, largest first
   * @param edges ties, heaviest |weight| first
   * @param blocs blocs
   * @param balance structural balance of the kept nodes
   * @param frustration Doreian–Mrvar criterion of the partition
   * @param method one-line statement of the method
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Result(
      String focus,
      String period,
      String level,
      SelectionSummary selection,
      List<Node> nodes,
      List<Edge> edges,
      List<Bloc> blocs,
      StructuralBalance.Figure balance,
      double frustration,
      String method) {

    /** The node with key {@code id}, or {@code null}. */
    public Node node(String id) {
      for (Node n : nodes) {
        if (n.id().equals(id)) {
          return n;
        }
      }
      return null;
    }
  }

  /**
   * How one actor moved between two periods.
   *
   * @param id actor key
   * @param label readable name
   * @param sideBefore side in the first period ({@code absent} when not in that network)
   * @param sideAfter side in the second period
   * @param affinityBefore affinity to the focal government in the first period
   * @param affinityAfter in the second
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Move(
      String id,
      String label,
      String sideBefore,
      String sideAfter,
      Double affinityBefore,
      Double affinityAfter) {

    /** True when the side changed. */
    public boolean changedSide() {
      return !sideBefore.equals(sideAfter);
    }
  }

  /**
   * Two periods side by side.
   *
   * @param before the first period's network
   * @param after the second period's network
   * @param moves every actor in either network, side changes first
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Comparison(Result before, Result after, List<Move> moves) {}

  private static final class Tie {
    double coop;
    double conflict;
    int events;
  }

  private static final class Actor {
    final String key;
    String country;
    boolean state;
    boolean armed;
    int events;

    Actor(String key) {
      this.key = key;
    }

    Actor see(ActorRef ref) {
      events++;
      state |= ActorKeys.isState(ref);
      armed |= ActorKeys.isArmedNonState(ref);
      if (country == null) {
        country = ActorKeys.country(ref);
      }
      return this;
    }
  }

  /** Builds the network of {@code focus} over {@code period} (narrowing {@code analysis.period()}). */
  public static Result build(
      List<Event> events, String focus, Period period, Options options, AnalysisOptions analysis) {
    Objects.requireNonNull(focus, "focus");
    AnalysisOptions scoped = analysis.withPeriod(analysis.period().intersect(period));
    return build(EventSelection.select(events, scoped), focus, scoped, options);
  }

  /** Builds the network from an existing selection (its period is taken from {@code analysis}). */
  public static Result build(
      EventSelection.Result selection, String focus, AnalysisOptions analysis, Options options) {
    ActorLevel level = analysis.level();
    KeyLabels labels = new KeyLabels(level, analysis.actorNames());
    Map<String, Actor> actors = new HashMap<>();
    Map<String, Tie> ties = new HashMap<>();
    for (CountedEvent unit : selection.units()) {
      Event e = unit.event();
      String s = ActorKeys.key(e.source(), level);
      String t = ActorKeys.key(e.target(), level);
      if (s == null || t == null || s.equals(t)) {
        continue;
      }
      labels.see(s, e.source());
      labels.see(t, e.target());
      actors.computeIfAbsent(s, Actor::new).see(e.source());
      actors.computeIfAbsent(t, Actor::new).see(e.target());
      Tie tie = ties.computeIfAbsent(pairKey(s, t), k -> new Tie());
      tie.events++;
      if (e.goldstein() > 0) {
        tie.coop += e.goldstein();
      } else {
        tie.conflict -= e.goldstein();
      }
    }
    List<Actor> ranked = new ArrayList<>(actors.values());
    ranked.sort(Comparator.comparingInt((Actor a) -> -a.events).thenComparing(a -> a.key));
    List<Actor> kept = new ArrayList<>();
    for (Actor a : ranked) {
      if (kept.size() < options.maxNodes() || isFocalGovernment(a, focus)) {
        kept.add(a);
      }
    }
    int n = kept.size();
    double[][] w = new double[n][n];
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Tie tie = ties.get(pairKey(kept.get(i).key, kept.get(j).key));
        if (tie == null || tie.events < options.minEdgeEvents()) {
          continue;
        }
        double weight = DyadSeries.round(tie.coop - tie.conflict);
        w[i][j] = weight;
        w[j][i] = weight;
        String a = kept.get(i).key;
        String b = kept.get(j).key;
        edges.add(
            new Edge(
                a.compareTo(b) < 0 ? a : b,
                a.compareTo(b) < 0 ? b : a,
                weight,
                DyadSeries.round(tie.coop),
                DyadSeries.round(tie.conflict),
                tie.events));
      }
    }
    edges.sort(Comparator.comparingDouble((Edge e) -> -Math.abs(e.weight())).thenComparing(Edge::a).thenComparing(Edge::b));
    SignedBlocs.Partition partition = SignedBlocs.partition(w);

    int anchor = -1;
    for (int i = 0; i < n; i++) {
      if (isFocalGovernment(kept.get(i), focus)) {
        anchor = i;
        break;
      }
    }
    List<Integer> opponents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (kept.get(i).armed && anchor >= 0 && w[i][anchor] < 0) {
        opponents.add(i);
      }
    }
    if (opponents.isEmpty()) {
      for (int i = 0; i < n; i++) {
        Actor a = kept.get(i);
        if (a.armed && focus.equals(a.country)) {
          opponents.add(i);
        }
      }
    }
    int governmentBloc = anchor >= 0 ? partition.blocOf(anchor) : -1;
    int oppositionBloc = -1;
    for (int i : opponents) {
      if (partition.blocOf(i) != governmentBloc) {
        oppositionBloc = partition.blocOf(i);
        break;
      }
    }
    String[] sideOfBloc = new String[partition.blocCount()];
    for (int b = 0; b < sideOfBloc.length; b++) {
      sideOfBloc[b] =
          b == governmentBloc ? SIDE_GOVERNMENT : b == oppositionBloc ? SIDE_ARMED_OPPOSITION : SIDE_OTHER;
    }
    List<Node> nodes = new ArrayList<>(n);
    Map<Integer, List<String>> members = new LinkedHashMap<>();
    for (int b = 0; b < partition.blocCount(); b++) {
      members.put(b, new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      Actor a = kept.get(i);
      Double affinity = null;
      if (anchor >= 0 && i != anchor) {
        Tie tie = ties.get(pairKey(a.key, kept.get(anchor).key));
        if (tie != null && tie.coop + tie.conflict > 0) {
          affinity = DyadSeries.round((tie.coop - tie.conflict) / (tie.coop + tie.conflict));
        }
      }
      int bloc = partition.blocOf(i);
      members.get(bloc).add(a.key);
      nodes.add(new Node(a.key, labels.label(a.key), role(a, focus), bloc, sideOfBloc[bloc], a.events, affinity));
    }
    List<Bloc> blocs = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> en : members.entrySet()) {
      blocs.add(new Bloc(en.getKey(), sideOfBloc[en.getKey()], List.copyOf(en.getValue())));
    }
    return new Result(
        focus,
        analysis.period().toString(),
        level.name().toLowerCase(java.util.Locale.ROOT),
        selection.summary(),
        List.copyOf(nodes),
        List.copyOf(edges),
        List.copyOf(blocs),
        StructuralBalance.of(w),
        DyadSeries.round(partition.frustration()),
        "signed weights = net Goldstein sum per pair; blocs by Doreian-Mrvar relocation (alpha 0.5);"
            + " balance = balanced share of closed triads");
  }

  /** The networks of two periods and how each actor moved between them. */
  public static Comparison compare(
      List<Event> events,
      String focus,
      Period before,
      Period after,
      Options options,
      AnalysisOptions analysis) {
    Result first = build(events, focus, before, options, analysis);
    Result second = build(events, focus, after, options, analysis);
    return new Comparison(first, second, moves(first, second));
  }

  static List<Move> moves(Result first, Result second) {
    Map<String, Move> moves = new LinkedHashMap<>();
    for (Node n : first.nodes()) {
      Node later = second.node(n.id());
      moves.put(
          n.id(),
          new Move(
              n.id(),
              n.label(),
              n.side(),
              later == null ? "absent" : later.side(),
              n.affinityToFocus(),
              later == null ? null : later.affinityToFocus()));
    }
    for (Node n : second.nodes()) {
      moves.putIfAbsent(n.id(), new Move(n.id(), n.label(), "absent", n.side(), null, n.affinityToFocus()));
    }
    List<Move> list = new ArrayList<>(moves.values());
    list.sort(Comparator.comparing((Move m) -> !m.changedSide()));
    return List.copyOf(list);
  }

  private static boolean isFocalGovernment(Actor a, String focus) {
    return a.state && !a.armed && focus.equals(a.country);
  }

  private static String role(Actor a, String focus) {
    if (isFocalGovernment(a, focus)) {
      return "focal_government";
    }
    if (a.armed) {
      return focus.equals(a.country) ? "focal_armed_group" : "armed_group";
    }
    return a.state ? "state" : "other";
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }
}
