package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pairwise precision and recall of event clusters against the gold clusters of {@code
 * demo/gold/clusters.jsonl} (format in {@code demo/gold/README.md}). Stateless and thread-safe.
 *
 * <p>The gold puts each document in at most one cluster (the event it is mainly about), while a
 * document may have reports in several predicted clusters. Each document is therefore assigned to
 * its <b>main</b> predicted cluster: the one holding most of its reports, ties to the cluster with
 * more sources, then the smaller id. Positives are pairs of documents in the same cluster; the
 * documents considered are those in the gold file and those in the predicted clusters.
 *
 * <pre>{@code
 * PairwiseScore s = ClusterEvaluation.pairwise(index.clusters(), Path.of("demo/gold/clusters.jsonl"));
 * }</pre>
 */
public final class ClusterEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterEvaluation() {}

  /**
   * Scores clusters against a gold file.
   *
   * @throws IllegalArgumentException naming the file and line when the gold file is malformed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static PairwiseScore pairwise(Collection<ClusterRecord> clusters, Path goldFile) {
    Map<String, String> predicted = mainCluster(clusters);
    return pairwise(predicted, resolveFeedItems(readGold(goldFile), predicted.keySet()));
  }

  /** Scores two assignments document → cluster label (documents absent from a map are alone). */
  public static PairwiseScore pairwise(Map<String, String> predicted, Map<String, String> gold) {
    Set<String> docs = new HashSet<>(predicted.keySet());
    docs.addAll(gold.keySet());
    Map<String, Long> predSizes = new HashMap<>();
    Map<String, Long> goldSizes = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (String d : docs) {
      String p = predicted.get(d);
      String g = gold.get(d);
      if (p != null) {
        predSizes.merge(p, 1L, Long::sum);
      }
      if (g != null) {
        goldSizes.merge(g, 1L, Long::sum);
      }
      if (p != null && g != null) {
        both.merge(p + "\u0000" + g, 1L, Long::sum);
      }
    }
    return new PairwiseScore(pairs(both.values()), pairs(predSizes.values()), pairs(goldSizes.values()), docs.size());
  }

  /**
   * Scores the clusters of an index against a gold file, counting each document's reports per
   * cluster exactly (see the class comment).
   */
  public static PairwiseScore pairwise(ClusterIndex index, Path goldFile) {
    List<ClusterRecord> clusters = index.clusters();
    Map<String, Map<String, Integer>> perDoc = new HashMap<>();
    index.memberships().forEach((key, cluster) -> {
      String doc = key.substring(0, key.lastIndexOf('/'));
      perDoc.computeIfAbsent(doc, k -> new TreeMap<>()).merge(cluster, 1, Integer::sum);
    });
    Map<String, String> predicted = mainCluster(perDoc, clusters);
    return pairwise(predicted, resolveFeedItems(readGold(goldFile), predicted.keySet()));
  }

  /**
   * The gold names a feed item by its guid, while the store keeps it under a 12-character hash of
   * the guid (the id {@code FeedReader} gives it): a gold document id that is not among the
   * predicted documents but whose hash is, is read as that document.
   */
  static Map<String, String> resolveFeedItems(Map<String, String> gold, Set<String> predictedDocs) {
    Map<String, String> out = new HashMap<>();
    gold.forEach((doc, label) -> {
      String hashed = org.pharos.model.Hashing.shortHash(12, doc);
      out.put(!predictedDocs.contains(doc) && predictedDocs.contains(hashed) ? hashed : doc, label);
    });
    return out;
  }

  /**
   * Each document's main predicted cluster from cluster records alone: as records do not say how
   * many of a cluster's reports come from each document, each listed document counts once, and the
   * cluster with more sources wins, then the one with more reports, then the smaller id.
   */
  public static Map<String, String> mainCluster(Collection<ClusterRecord> clusters) {
    Map<String, Map<String, Integer>> perDoc = new HashMap<>();
    for (ClusterRecord c : clusters) {
      for (String d : c.docIds()) {
        perDoc.computeIfAbsent(d, k -> new TreeMap<>()).put(c.clusterId(), 1);
      }
    }
    return mainCluster(perDoc, clusters);
  }

  private static Map<String, String> mainCluster(Map<String, Map<String, Integer>> perDoc,
      Collection<ClusterRecord> clusters) {
    Map<String, ClusterRecord> byId = new HashMap<>();
    clusters.forEach(c -> byId.put(c.clusterId(), c));
    Map<String, String> out = new HashMap<>();
    perDoc.forEach((doc, counts) -> {
      String best = null;
      for (Map.Entry<String, Integer> e : counts.entrySet()) { // ids ascending: ties keep the smaller
        if (best == null) {
          best = e.getKey();
          continue;
        }
        int cmp = Integer.compare(e.getValue(), counts.get(best));
        if (cmp == 0) {
          cmp = Integer.compare(byId.get(e.getKey()).sources(), byId.get(best).sources());
        }
        if (cmp == 0) {
          cmp = Integer.compare(byId.get(e.getKey()).reports(), byId.get(best).reports());
        }
        if (cmp > 0) {
          best = e.getKey();
        }
      }
      out.put(doc, best);
    });
    return out;
  }

  /** The gold file as document → gold event label. */
  public static Map<String, String> readGold(Path goldFile) {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(goldFile, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(goldFile + ":" + n + ": not valid JSON: " + e.getMessage(), e);
        }
        JsonNode event = node.get("event");
        JsonNode docs = node.get("doc_ids");
        if (event == null || !event.isTextual() || docs == null || !docs.isArray()) {
          throw new IllegalArgumentException(goldFile + ":" + n + ": needs \"event\" (text) and \"doc_ids\" (array)");
        }
        for (JsonNode d : docs) {
          String prev = out.put(d.asText(), event.asText());
          if (prev != null && !prev.equals(event.asText())) {
            throw new IllegalArgumentException(goldFile + ":" + n + ": document " + d.asText()
                + " is already in gold cluster " + prev);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold clusters " + goldFile + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static long pairs(Collection<Long> sizes) {
    long n = 0;
    for (long s : sizes) {
      n += s * (s - 1) / 2;
    }
    return n;
  }
}
